"""CI fails where a gate cannot run: .ci/needs.sh (what .ci/run's gates need) and tests.services.require_or_skip."""

import socket
import subprocess
from pathlib import Path

import pytest

from tests.services import require_or_skip

NEEDS = Path(__file__).resolve().parents[2] / ".ci" / "needs.sh"


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the probe is


def gate(setup: str, needs: str, ci: str, tmp_path, port: int = 0) -> subprocess.CompletedProcess:
    """``if needs …; then …; fi`` as .ci/run calls it, in bash with errexit, after .ci/needs.sh and ``setup``. The gate
    prints "ran", and "listening" if ``port`` answers by then; "reached" is printed if the script gets to its end."""
    gate = f"if needs {needs}; then echo ran; port_open {port} && echo listening; fi"
    return subprocess.run(
        ["bash", "-c", f"set -euo pipefail; source {NEEDS}; {setup}; {gate}; echo reached"],
        env={"PATH": "/usr/bin:/bin", "CI": ci},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_under_ci_a_service_that_is_down_and_cannot_be_started_fails_the_run_naming_it(tmp_path):
    port = closed_port()
    setup = f"have_thing() {{ service_up Thing {port} no-such-start-command; }}"
    result = gate(setup, "'the smoke test' thing", "true", tmp_path)
    assert result.returncode == 1
    assert "ran" not in result.stdout and "reached" not in result.stdout
    assert (
        f"FAILED: the smoke test cannot run without Thing: nothing listens on 127.0.0.1:{port} "
        "and no-such-start-command is not installed" in result.stderr
    )


def test_under_ci_a_start_command_that_fails_fails_the_run(tmp_path):
    port = closed_port()
    result = gate(f"have_thing() {{ service_up Thing {port} false; }}", "'the smoke test' thing", "true", tmp_path)
    assert result.returncode == 1 and "reached" not in result.stdout
    assert f"Thing: nothing listens on 127.0.0.1:{port} and 'false' did not start it" in result.stderr


def test_with_ci_false_set_by_hand_the_gate_is_left_out_and_said_so(tmp_path):
    port = closed_port()
    result = gate(f"have_thing() {{ service_up Thing {port} false; }}", "'the smoke test' thing", "false", tmp_path)
    assert result.returncode == 0
    assert "the smoke test not run (CI=false): missing Thing" in result.stdout
    assert "ran" not in result.stdout and "reached" in result.stdout


def test_a_service_already_listening_is_used_without_starting_it(tmp_path):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        setup = f"have_thing() {{ service_up Thing {port} touch started; }}"
        result = gate(setup, "'the smoke test' thing", "true", tmp_path)
    assert result.returncode == 0 and "ran" in result.stdout and "reached" in result.stdout
    assert not (tmp_path / "started").exists()


def test_a_stopped_service_is_started_and_the_gate_runs(tmp_path):
    port = closed_port()
    # The start command returns at once and the listener comes up a second later, as a daemon's does: the gate
    # must wait for it.
    listener = (
        f"import socket, time; time.sleep(1); s = socket.socket(); s.bind(('127.0.0.1', {port})); s.listen(); "
        "time.sleep(30)"
    )
    setup = (
        f'start_thing() {{ python3 -c "{listener}" >/dev/null 2>&1 & echo $! > listener.pid; }}; '
        f"have_thing() {{ service_up Thing {port} start_thing; }}"
    )
    try:
        result = gate(setup, "'the smoke test' thing", "true", tmp_path, port)
    finally:
        pid = (tmp_path / "listener.pid").read_text().strip()
        subprocess.run(["kill", pid], check=False)
    assert result.returncode == 0, result.stderr
    assert f"Thing: nothing listens on 127.0.0.1:{port}: starting it (start_thing)" in result.stdout
    assert "listening" in result.stdout and "reached" in result.stdout


def bare_path(tmp_path) -> str:
    """A PATH with only what the port check uses: no npm, node, redis-server or pg_ctlcluster on it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "timeout"):
        (bin_dir / tool).symlink_to(f"/usr/bin/{tool}")
    return str(bin_dir)


@pytest.mark.parametrize(
    "need, variable, missing",
    [
        ("npm", None, "npm and node: not installed (apt-get install npm)"),
        ("redis", "REDIS_PORT", "Redis: nothing listens on 127.0.0.1:{port} and redis-server is not installed"),
        ("postgresql", "PG_PORT", "PostgreSQL: nothing listens on 127.0.0.1:{port} and pg_ctlcluster is not installed"),
    ],
)
def test_on_a_machine_without_them_the_gates_needs_fail_under_ci(tmp_path, need, variable, missing):
    port = closed_port()
    setting = f"{variable}={port} " if variable else ""
    result = gate(f"export {setting}PATH={bare_path(tmp_path)}", f"'the gate' {need}", "true", tmp_path)
    assert result.returncode == 1 and "reached" not in result.stdout
    assert f"FAILED: the gate cannot run without {missing.format(port=port)}" in result.stderr


def test_require_or_skip_fails_under_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no Redis here"):
        require_or_skip(False, "no Redis here")


@pytest.mark.parametrize("ci", ["false", None])
def test_require_or_skip_skips_on_a_developers_machine(monkeypatch, ci):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match="no Redis here"):
        require_or_skip(False, "no Redis here")


def test_require_or_skip_lets_the_test_go_on_when_the_need_is_there(monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert require_or_skip(True, "unused") is None
