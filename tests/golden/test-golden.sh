#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The golden programs, each recorded through the real traceloopd and run under
# the real strace; golden-compare.py holds both to the program's expectations.

. "$(dirname "$0")/../integration/lib.sh"

: "${GOLDEN_PROGRAMS:?}"
# GOLDEN_RECORD_ONLY=1: record through traceloop and under strace, keep it all
# in GOLDEN_REPORT_DIR and compare nothing. tests/arm64 does this in an arm64
# VM that has no python3, and compares on the host afterwards.
record_only=${GOLDEN_RECORD_ONLY:-}
if [ -n "$record_only" ]; then
        : "${GOLDEN_REPORT_DIR:?GOLDEN_RECORD_ONLY needs GOLDEN_REPORT_DIR}"
else
        : "${GOLDEN_COMPARE:?}"
fi

if ! command -v strace >/dev/null; then
        echo "strace is not installed (tools/setup.sh installs it): it is the second reference" >&2
        exit 1
fi

# strace and the decoder date times (time(), utimes) in local time: one zone for all.
export TZ=UTC

start_bus
start_daemon

# Both runs use the same directory path, emptied in between.
work="$TEST_DIR/work"

for prog in $GOLDEN_PROGRAMS; do
        name=$(basename "$prog")
        cg=$(new_cgroup "$name")
        ctl add "$name" "$cg" >/dev/null

        mkdir "$work"
        if ! sh -c 'echo $$ > "$1/cgroup.procs" && shift && exec "$@"' sh "$CGROOT$cg" \
                "$prog" "$work" "$TEST_DIR/$name.ours.exp" >"$TEST_DIR/$name.ours.out" 2>&1; then
                not_ok "$name runs under traceloop"; sed 's/^/    /' "$TEST_DIR/$name.ours.out"
                rm -rf "$work"
                continue
        fi
        pid=$(awk -F'\t' '$1 == "pid" { print $2 }' "$TEST_DIR/$name.ours.exp")
        ctl dump "$name" --no-columns -p "$pid" > "$TEST_DIR/$name.ours"
        ctl close "$name" >/dev/null
        rm -rf "$work"

        mkdir "$work"
        # -q, not -qq: the process's end ("+++ exited with 0 +++") is a line too.
        if ! strace -f -q -o "$TEST_DIR/$name.strace" \
                "$prog" "$work" "$TEST_DIR/$name.strace.exp" >"$TEST_DIR/$name.strace.out" 2>&1; then
                not_ok "$name runs under strace"; sed 's/^/    /' "$TEST_DIR/$name.strace.out"
                rm -rf "$work"
                continue
        fi
        rm -rf "$work"

        if [ -n "$record_only" ]; then
                ok "$name: recorded by traceloop and by strace"
                continue
        fi
        if python3 "$GOLDEN_COMPARE" "$name" -v \
                --ours "$TEST_DIR/$name.ours" --ours-expect "$TEST_DIR/$name.ours.exp" \
                --strace "$TEST_DIR/$name.strace" --strace-expect "$TEST_DIR/$name.strace.exp" \
                --markdown "$TEST_DIR/$name.tsv"; then
                ok "$name: traceloop prints every line it is expected to, strace agrees with the expectations"
        else
                not_ok "$name: differences above"
        fi
done

if [ -n "$record_only" ]; then
        cp "$TEST_DIR"/*.ours "$TEST_DIR"/*.strace "$TEST_DIR"/*.exp "$GOLDEN_REPORT_DIR"/
        stop_daemon
        finish
        exit
fi

python3 "$GOLDEN_COMPARE" --summary "$TEST_DIR"/*.tsv

# Ordinary programs, through libc and the dynamic loader: no expectations, only
# how many of strace's lines traceloop prints the same.
mkdir "$work"
printf 'line one\nline two\n' > "$work/in"
free_run() {
        local name=$1; shift
        local cg pid
        cg=$(new_cgroup "$name")
        ctl add "$name" "$cg" >/dev/null
        sh -c 'echo $$ > "$1"; echo $$ > "$2/cgroup.procs" && shift 2 && exec "$@"' sh \
                "$TEST_DIR/$name.pid" "$CGROOT$cg" "$@" >/dev/null 2>&1 || true
        pid=$(cat "$TEST_DIR/$name.pid")
        ctl dump "$name" --no-columns -p "$pid" > "$TEST_DIR/$name.ours"
        ctl close "$name" >/dev/null
        strace -f -qq -o "$TEST_DIR/$name.strace" "$@" >/dev/null 2>&1 || true
        python3 "$GOLDEN_COMPARE" --free "$name" "$TEST_DIR/$name.ours" "$TEST_DIR/$name.strace" \
                "$pid" "$(awk '{ print $1; exit }' "$TEST_DIR/$name.strace")"
}
free_run cat "$(command -v cat)" "$work/in"
free_run ls "$(command -v ls)" -l "$work"
free_run sh "$(command -v sh)" -c "echo hi > $work/out; read x < $work/out"
rm -rf "$work"
# GOLDEN_REPORT_DIR=DIR keeps the recordings and the per-program counts
# (from which golden-compare.py --doc makes docs/DECODING.md's tables).
if [ -n "${GOLDEN_REPORT_DIR:-}" ]; then
        cp "$TEST_DIR"/*.tsv "$TEST_DIR"/*.ours "$TEST_DIR"/*.strace "$TEST_DIR"/*.exp "$GOLDEN_REPORT_DIR"/
fi

stop_daemon
finish
