"""Wagtail's bakerydemo, served beside the portal so that the page benchmark compares against a peer in the same
run (manage.py perf --peer). The scripts here set it up in var/peer from a fetched copy of its repository."""

import contextlib
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

from django.conf import settings

from ops.release import free_port

SCRIPTS = Path(__file__).resolve().parent
# The portal's pages and the bakerydemo pages they compare with.
PAGES = {
    "home": ("bakerydemo home", "/"),
    "article list": ("bakerydemo blog index", "/blog/"),
    "an article": ("bakerydemo blog post", "/blog/wild-yeast/"),
}


def set_up(log) -> None:
    result = subprocess.run([SCRIPTS / "setup_bakerydemo.sh"], capture_output=True, text=True, cwd=settings.BASE_DIR)
    if result.returncode != 0:
        raise RuntimeError(f"bakerydemo could not be set up:\n{(result.stdout + result.stderr)[-2000:]}")
    log(result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "bakerydemo set up")


@contextlib.contextmanager
def serving():
    """bakerydemo under gunicorn (2 workers × 1 thread) on a free loopback port; yields (port, master pid)."""
    port = free_port()
    process = subprocess.Popen(
        [SCRIPTS / "serve_bakerydemo.sh", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("bakerydemo did not answer on its port") from None
                time.sleep(0.3)
        yield port, process.pid
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
