"""The pure parts of `manage.py load_test`: reading wrk's report, gunicorn's access log and pg_lsclusters."""

import pytest

from ops.management.commands.load_test import (
    cluster_for_port,
    lua_script,
    parse_access_log,
    parse_time,
    parse_wrk_output,
    public_paths,
)

CLEAN = """\
Running 1m test @ http://127.0.0.1:40123
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    88.51ms   40.02ms 812.00ms   71.20%
    Req/Sec   365.10     60.33     1.20k    70.00%
  Latency Distribution
     50%   80.12ms
     75%  110.40ms
     90%  140.00ms
     99%  230.55ms
  43702 requests in 1.00m, 1.31GB read
Requests/sec:    727.81
Transfer/sec:     22.35MB
"""

WITH_ERRORS = """\
Running 10s test @ http://127.0.0.1:58397
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   237.13ms  309.26ms   1.94s    89.04%
    Req/Sec   201.13    166.41   740.00     65.98%
  Latency Distribution
     50%  118.66ms
     75%  322.91ms
     90%  571.92ms
     99%    1.60s \n\
  3980 requests in 10.07s, 128.46MB read
  Socket errors: connect 1, read 2, write 3, timeout 10
  Non-2xx or 3xx responses: 26
Requests/sec:    395.42
Transfer/sec:     12.76MB
LOADTEST_JSON {"requests": 3980, "duration_us": 10065317, "bytes": 134701181, "connect": 1, "read": 2, \
"write": 3, "status": 26, "timeout": 10, "p50_us": 118660, "p90_us": 571916, "p95_us": 812607, \
"p99_us": 1602061, "max_us": 1935424}
"""


@pytest.mark.parametrize(
    ("text", "seconds"), [("812.00us", 0.000812), ("35.21ms", 0.03521), ("1.94s", 1.94), ("1.00m", 60.0)]
)
def test_wrk_durations(text, seconds):
    assert parse_time(text) == pytest.approx(seconds)


def test_a_clean_report():
    result = parse_wrk_output(CLEAN)
    assert result.requests == 43702
    assert result.duration_s == pytest.approx(60.0)
    assert result.requests_per_s == pytest.approx(727.81)
    assert result.latency_s == pytest.approx({50: 0.08012, 75: 0.1104, 90: 0.14, 99: 0.23055})
    assert result.socket_errors == {"connect": 0, "read": 0, "write": 0, "timeout": 0}
    assert result.non_2xx_3xx == 0
    assert result.errors == 0


def test_a_report_with_errors_and_our_exact_figures():
    result = parse_wrk_output(WITH_ERRORS)
    assert result.requests == 3980
    assert result.socket_errors == {"connect": 1, "read": 2, "write": 3, "timeout": 10}
    assert result.non_2xx_3xx == 26
    assert result.errors == 42
    # The JSON line from done() gives exact percentiles, p95 among them.
    assert result.latency_s[95] == pytest.approx(0.812607)
    assert result.latency_s[99] == pytest.approx(1.602061)


def test_output_without_a_summary_is_an_error():
    with pytest.raises(ValueError, match="requests in"):
        parse_wrk_output("unable to connect to 127.0.0.1:1 Connection refused\n")


def test_access_log_lines_among_other_output():
    log = """\
[2026-11-23 15:56:40 -0300] [9296] [INFO] Booting worker with pid: 9301
[23/Nov/2026:15:56:50 -0300] <9301> "GET /healthz HTTP/1.1" 503 12 "-"
Internal Server Error: /en/search/
[23/Nov/2026:15:56:51 -0300] <9302> "GET /en/search/?q=probe1 HTTP/1.1" 500 640 "load-test-probe"
[23/Nov/2026:15:56:52 -0300] <9301> "GET /th/ HTTP/1.1" 200 3 "-"
"""
    entries = parse_access_log(log)
    assert [(e.pid, e.path, e.status, e.ms, e.agent) for e in entries] == [
        (9301, "/healthz", 503, 12, "-"),
        (9302, "/en/search/?q=probe1", 500, 640, "load-test-probe"),
        (9301, "/th/", 200, 3, "-"),
    ]
    assert [e.failed for e in entries] == [True, True, False]
    assert entries[1].time - entries[0].time == 1


def test_cluster_for_port():
    listing = (
        "15  main    5432 online postgres /var/lib/postgresql/15/main /var/log/postgresql/postgresql-15-main.log\n"
        "16  spare   5433 down   postgres /var/lib/postgresql/16/spare /var/log/postgresql/postgresql-16-spare.log\n"
    )
    assert cluster_for_port(listing, 5432) == ("15", "main", "postgres")
    assert cluster_for_port(listing, 5433) == ("16", "spare", "postgres")
    assert cluster_for_port(listing, 6543) is None


def test_the_script_rotates_over_every_language_and_healthz():
    paths = public_paths()
    assert "/healthz" in paths
    for lang in ("es", "th", "en"):
        assert f"/{lang}/" in paths and f"/{lang}/blocs/mercosur/" in paths
        assert any(path.startswith(f"/{lang}/search/?q=") for path in paths)
    assert all(path.isascii() for path in paths)  # the Thai slug and query are percent-encoded
    script = lua_script(paths, {"X-Forwarded-Proto": "https"})
    assert 'wrk.headers["X-Forwarded-Proto"] = "https"' in script
    assert all(f'"{path}"' in script for path in paths)
