#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The golden programs, each recorded through the real traceloopd and run under
# the real strace; golden-compare.py holds both to the program's expectations.

. "$(dirname "$0")/../integration/lib.sh"

: "${GOLDEN_PROGRAMS:?}" "${GOLDEN_COMPARE:?}"

if ! command -v strace >/dev/null; then
        echo "strace is not installed (tools/setup.sh installs it): it is the second reference" >&2
        exit 1
fi

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
        if ! strace -f -qq -o "$TEST_DIR/$name.strace" \
                "$prog" "$work" "$TEST_DIR/$name.strace.exp" >"$TEST_DIR/$name.strace.out" 2>&1; then
                not_ok "$name runs under strace"; sed 's/^/    /' "$TEST_DIR/$name.strace.out"
                rm -rf "$work"
                continue
        fi
        rm -rf "$work"

        if python3 "$GOLDEN_COMPARE" "$name" -v \
                --ours "$TEST_DIR/$name.ours" --ours-expect "$TEST_DIR/$name.ours.exp" \
                --strace "$TEST_DIR/$name.strace" --strace-expect "$TEST_DIR/$name.strace.exp" \
                --markdown "$TEST_DIR/$name.tsv"; then
                ok "$name: traceloop prints every line it is expected to, strace agrees with the expectations"
        else
                not_ok "$name: differences above"
        fi
done

python3 "$GOLDEN_COMPARE" --summary "$TEST_DIR"/*.tsv
# To regenerate docs/DECODING.md's Conformance lists: GOLDEN_REPORT_DIR=/some/dir meson test ...
if [ -n "${GOLDEN_REPORT_DIR:-}" ]; then
        cp "$TEST_DIR"/*.tsv "$GOLDEN_REPORT_DIR"/
fi

stop_daemon
finish
