# SPDX-License-Identifier: LGPL-2.1-or-later
# Shared by the integration tests: a private dbus-daemon, traceloopd on it,
# cgroups below the cgroup2 mount, and cleanup of all of it by PID and path.

set -euo pipefail

: "${TRACELOOPD:?}" "${TRACELOOPCTL:?}" "${VICTIM:?}"

. "$(dirname "${BASH_SOURCE[0]}")/../require-recorder.sh"

TEST_DIR=$(mktemp -d /tmp/traceloop-test.XXXXXX)
# The non-root checks connect to the bus socket in here.
chmod 0755 "$TEST_DIR"
CGROOT=$(awk '$9 == "cgroup2" { print $5; exit }' /proc/self/mountinfo)
[ -n "$CGROOT" ] || { echo "no cgroup2 mount" >&2; exit 1; }
CGBASE="/traceloop-test-$$"
mkdir "$CGROOT$CGBASE"

PIDS=()
BUS=""
DAEMON_PID=""
FAILURES=0
CHECKS=0

cleanup() {
        local p c
        for p in "${PIDS[@]}"; do
                kill -KILL "$p" 2>/dev/null || true
        done
        for p in "${PIDS[@]}"; do
                wait "$p" 2>/dev/null || true
        done
        # Deepest first; processes are gone, so rmdir succeeds.
        if [ -d "$CGROOT$CGBASE" ]; then
                find "$CGROOT$CGBASE" -depth -type d | while read -r c; do
                        rmdir "$c" 2>/dev/null || true
                done
        fi
        rm -rf "$TEST_DIR"
}
trap cleanup EXIT
# A signal (a closed pipe, ^C) ends the script through its EXIT trap too.
trap 'exit 129' HUP INT TERM PIPE

start_bus() {
        "$(dirname "${BASH_SOURCE[0]}")/../../tools/private-bus.sh" "$TEST_DIR" 2>"$TEST_DIR/dbus.log" &
        PIDS+=($!)
        BUS="unix:path=$TEST_DIR/bus"
        for _ in $(seq 100); do
                [ -S "$TEST_DIR/bus" ] && return 0
                sleep 0.05
        done
        echo "dbus-daemon did not start" >&2
        return 1
}

# start_daemon [traceloopd options...]
start_daemon() {
        "$TRACELOOPD" --bus="$BUS" "$@" 2>"$TEST_DIR/traceloopd.log" &
        DAEMON_PID=$!
        PIDS+=($DAEMON_PID)
        for _ in $(seq 200); do
                if ctl status >/dev/null 2>&1; then
                        return 0
                fi
                if ! kill -0 "$DAEMON_PID" 2>/dev/null; then
                        cat "$TEST_DIR/traceloopd.log" >&2
                        echo "traceloopd exited" >&2
                        return 1
                fi
                sleep 0.05
        done
        echo "traceloopd did not come up" >&2
        return 1
}

stop_daemon() {
        local rc=0
        kill -TERM "$DAEMON_PID"
        wait "$DAEMON_PID" || rc=$?
        DAEMON_PID=""
        expect_eq "$rc" 0 "traceloopd exits cleanly on SIGTERM"
        # Built with -Db_sanitize=..., the daemon reports leaks and UB here.
        if grep -qE "Sanitizer|runtime error" "$TEST_DIR/traceloopd.log"; then
                not_ok "traceloopd reported a sanitizer error:"
                sed 's/^/    /' "$TEST_DIR/traceloopd.log" | head -40
        fi
}

ctl() {
        "$TRACELOOPCTL" --bus="$BUS" "$@"
}

# Raw bus call showing the D-Bus error name: call METHOD ARGS...
call() {
        local method=$1; shift
        dbus-send --bus="$BUS" --print-reply --dest=org.traceloop /org/traceloop \
                "org.traceloop.Manager1.$method" "$@" 2>&1
}

new_cgroup() {
        mkdir -p "$CGROOT$CGBASE/$1"
        echo "$CGBASE/$1"
}

# run_in CGROUP ARGS...: run the victim inside CGROUP, in the foreground.
run_in() {
        local cg=$1; shift
        sh -c 'echo $$ > "$1/cgroup.procs" && shift && exec "$@"' sh "$CGROOT$cg" "$VICTIM" "$@"
}

# spawn_in CGROUP ARGS...: same, in the background; sets SPAWNED.
spawn_in() {
        local cg=$1; shift
        sh -c 'echo $$ > "$1/cgroup.procs" && shift && exec "$@"' sh "$CGROOT$cg" "$VICTIM" "$@" &
        SPAWNED=$!
        PIDS+=($SPAWNED)
}

# wait_blocked PID NR: until PID sits in syscall NR.
wait_blocked() {
        for _ in $(seq 200); do
                if [ "$(cut -d' ' -f1 "/proc/$1/syscall" 2>/dev/null)" = "$2" ]; then
                        return 0
                fi
                sleep 0.02
        done
        echo "process $1 never blocked in syscall $2" >&2
        return 1
}

ok() { CHECKS=$((CHECKS + 1)); echo "ok - $*"; }
not_ok() { CHECKS=$((CHECKS + 1)); FAILURES=$((FAILURES + 1)); echo "not ok - $*"; }

# expect_line TEXT FILE DESC: TEXT is a whole line of FILE.
expect_line() {
        if grep -qxF -- "$1" "$2"; then ok "$3"; else not_ok "$3: no line '$1' in:"; sed 's/^/    /' "$2" | tail -40; fi
}
expect_no_match() {
        if grep -qF -- "$1" "$2"; then not_ok "$3: unexpected '$1'"; grep -F -- "$1" "$2" | head -5 | sed 's/^/    /'; else ok "$3"; fi
}
expect_match() {
        if grep -qF -- "$1" "$2"; then ok "$3"; else not_ok "$3: no '$1' in:"; sed 's/^/    /' "$2" | tail -20; fi
}
expect_eq() {
        if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3: got '$1', want '$2'"; fi
}

finish() {
        echo "$CHECKS checks, $FAILURES failed"
        [ "$FAILURES" = 0 ]
}
