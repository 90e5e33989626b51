#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Every CaptureSize= must load: tools/verifier-stats loads each of the
# recorder's programs as traceloopd opens them, at the default capture size
# and at the largest, and no program may use more than 90% of the verifier's
# instruction limit (check-verifier-stats.py). The counts go to the log.

. "$(dirname "$0")/lib.sh"
: "${VERIFIER_STATS:?}" "${RECORDER_OBJECT:?}"
check=$(dirname "$0")/../check-verifier-stats.py

# The largest size as the tool (and traceloopd) accept it: its --help names the range.
max=$("$VERIFIER_STATS" --help | sed -n 's/.*--capture-size=BYTES.* [0-9]*\.\.\([0-9]*\) .*/\1/p')
[ -n "$max" ] || { not_ok "verifier-stats --help names the capture size range"; finish; }

for size in default "$max"; do
        opt=()
        [ "$size" = default ] || opt=(--capture-size="$size")
        rc=0
        "$VERIFIER_STATS" "${opt[@]}" --json > "$TEST_DIR/stats-$size.json" 2> "$TEST_DIR/err-$size" || rc=$?
        cat "$TEST_DIR/err-$size"
        expect_eq "$rc" 0 "capture size $size: every program loaded"
        if python3 "$check" --max-percent 90 "$TEST_DIR/stats-$size.json"; then
                ok "capture size $size: loaded, at most 90% of the verifier's limit"
        else
                not_ok "capture size $size: over 90% of the verifier's limit, or not loaded"
        fi
        want=$([ "$size" = default ] && sed -n 's/.*(default \([0-9]*\)).*/\1/p' <("$VERIFIER_STATS" --help) || echo "$size")
        got=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["capture_size"])' "$TEST_DIR/stats-$size.json")
        expect_eq "$got" "$want" "capture size $size: the size measured is the one asked for"
done

# The object given as a file, here the one built in: the same counts, at
# the largest size (the capture size reaches a file's rodata too).
rc=0
"$VERIFIER_STATS" --json --capture-size="$max" "$RECORDER_OBJECT" > "$TEST_DIR/stats-file.json" 2> "$TEST_DIR/err-file" || rc=$?
cat "$TEST_DIR/err-file"
expect_eq "$rc" 0 "the object as a file: every program loaded"
if python3 - "$TEST_DIR/stats-$max.json" "$TEST_DIR/stats-file.json" <<'PY'
import json, sys
runs = [json.load(open(f)) for f in sys.argv[1:]]
counts = [{p['name']: p.get('processed') for p in r['programs']} for r in runs]
sys.exit(0 if counts[0] == counts[1] and runs[1]['object'] else 1)
PY
then
        ok "the object as a file: the same counts as the one built in"
else
        not_ok "the object as a file: not the counts of the one built in"
fi
# Anything else is refused before a program is loaded.
rc=0
"$VERIFIER_STATS" "$VERIFIER_STATS" > "$TEST_DIR/not-object" 2>&1 || rc=$?
expect_eq "$rc" 2 "a file that is no BPF object is refused"
expect_match "is not a build of this recorder" "$TEST_DIR/not-object" "and the message says so"

# Outside the daemon's range: refused, as traceloopd refuses it.
rc=0
"$VERIFIER_STATS" --capture-size=$((max + 1)) > /dev/null 2>&1 || rc=$?
expect_eq "$rc" 2 "--capture-size=$((max + 1)) is refused"

# The check is not vacuous: at 0% every program fails it.
if python3 "$check" --max-percent 0 "$TEST_DIR/stats-default.json" > /dev/null; then
        not_ok "check-verifier-stats.py fails a program over the threshold"
else
        ok "check-verifier-stats.py fails a program over the threshold"
fi

# A program the kernel does not load is a failure, not a table of blanks:
# without privileges none loads.
rc=0
setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all \
        "$VERIFIER_STATS" > "$TEST_DIR/unpriv" 2>&1 || rc=$?
expect_eq "$rc" 1 "unprivileged: exits 1"
expect_match "sys_enter was not loaded" "$TEST_DIR/unpriv" "unprivileged: says which program was not loaded"

finish
