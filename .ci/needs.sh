# What the gates of .ci/run need from the machine, sourced by it (and by tests/ops/test_ci_needs.py).
#
#   needs "GATE" NEED...   returns 0 when every NEED is there, starting a stopped service first; otherwise, under
#                          CI (CI=true, which .ci/run sets unless told otherwise), prints what is missing and exits
#                          the run (or the background job it is in) with status 1. With CI=false set by hand, it
#                          prints that GATE is not run and returns 1.
#
# NEEDs: postgresql and redis (on 127.0.0.1:5432 and 6379, started with the machine's own commands when installed
# but stopped), npm, chromium (both installed by .ci/run's apt step), root.

PG_PORT=${PG_PORT:-5432}
REDIS_PORT=${REDIS_PORT:-6379}

port_open() {
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

wait_for_port() {
    local tries
    for tries in $(seq 60); do
        port_open "$1" && return 0
        sleep 0.5
    done
    return 1
}

# service_up NAME PORT COMMAND...: something listens on PORT, or COMMAND (when installed) started it there.
service_up() {
    local name=$1 port=$2
    shift 2
    port_open "$port" && return 0
    if ! command -v "$1" >/dev/null; then
        reason="$name: nothing listens on 127.0.0.1:$port and $1 is not installed"
        return 1
    fi
    echo "== $name: nothing listens on 127.0.0.1:$port: starting it ($*) =="
    if "$@" && wait_for_port "$port"; then
        return 0
    fi
    reason="$name: nothing listens on 127.0.0.1:$port and '$*' did not start it"
    return 1
}

have_postgresql() {
    # The cluster of the machine's PostgreSQL (Debian's layout: one version in /etc/postgresql).
    service_up PostgreSQL "$PG_PORT" pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql 2>/dev/null)" main start
}

have_redis() {
    service_up Redis "$REDIS_PORT" redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" \
        --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
}

have_npm() {
    command -v npm >/dev/null && command -v node >/dev/null && return 0
    reason="npm and node: not installed (apt-get install npm)"
    return 1
}

have_chromium() {
    [ -x /usr/bin/chromium ] && return 0
    reason="Chromium: /usr/bin/chromium is missing (apt-get install chromium)"
    return 1
}

have_root() {
    [ "$(id -u)" = 0 ] && return 0
    reason="root: the Observatory scanner looks at ports 80 and 443"
    return 1
}

needs() {
    local gate=$1 need reason
    shift
    for need in "$@"; do
        "have_$need" && continue
        if [ "${CI:-}" = true ]; then
            echo "== FAILED: $gate cannot run without $reason ==" >&2
            exit 1
        fi
        echo "== $gate not run (CI=false): missing $reason =="
        return 1
    done
}
