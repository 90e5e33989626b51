#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# A ring small enough to wrap: the oldest events are gone and the dump says so,
# once, at the top; the newest are all there, in order, none stale.

. "$(dirname "$0")/lib.sh"

start_bus
# 8K of ring at 400 bytes a record: 20 records.
start_daemon --buffer-size=8K

cg=$(new_cgroup wrap)
ctl add wrap "$cg" >/dev/null
run_in "$cg" say:first spin:5000 say:one say:two say:three exit:7 >/dev/null || true
ctl dump wrap --no-columns > "$TEST_DIR/dump"

head -n1 "$TEST_DIR/dump" > "$TEST_DIR/top"
if grep -qE '^\[\.\.\. [0-9]+ older events overwritten \.\.\.\]$' "$TEST_DIR/top"; then
        ok "loss marker at the top"
else
        not_ok "loss marker at the top: $(cat "$TEST_DIR/top")"
fi
expect_eq "$(grep -c 'older events overwritten' "$TEST_DIR/dump")" 1 "loss marker only once"
expect_no_match '"first' "$TEST_DIR/dump" "the oldest events are gone"
tail -n5 "$TEST_DIR/dump" > "$TEST_DIR/tail"
expect_eq "$(cat "$TEST_DIR/tail")" 'write(1, "one\n", 4) = 4
write(1, "two\n", 4) = 4
write(1, "three\n", 6) = 6
exit_group(7) = ?
+++ exited with 7 +++' "the newest events are all there, in order, the exit last"

# The marker's count plus the records shown is what was recorded.
events=$(busctl --address="$BUS" get-property org.traceloop /org/traceloop/trace/1 org.traceloop.Trace1 Events | cut -d' ' -f2)
lost=$(sed -nE 's/^\[\.\.\. ([0-9]+) older events overwritten \.\.\.\]$/\1/p' "$TEST_DIR/dump")
shown=$(grep -vc '^\[' "$TEST_DIR/dump")
expect_eq "$((lost + shown))" "$events" "overwritten + shown = recorded ($lost + $shown)"
expect_eq "$shown" 20 "a full ring of 20 records is shown"

# A ring that wrapped many times shows only getppid and the last lines: nothing stale.
expect_eq "$(grep -vcE '^(getppid\(\) = [0-9]+|write\(1, "(one|two|three)\\n", [46]\) = [46]|exit_group\(7\) = \?|\+\+\+ exited with 7 \+\+\+|\[.*\])$' "$TEST_DIR/dump")" 0 "no stale or foreign records"

# One trace's storm does not evict another trace's events.
quiet=$(new_cgroup quiet)
ctl add --buffer-size=1M quiet "$quiet" >/dev/null
run_in "$quiet" say:keep-me >/dev/null
run_in "$cg" spin:20000 >/dev/null
ctl dump quiet --no-columns > "$TEST_DIR/dump-quiet"
expect_line 'write(1, "keep-me\n", 8) = 8' "$TEST_DIR/dump-quiet" "a storm in another trace evicts nothing here"
expect_no_match 'overwritten' "$TEST_DIR/dump-quiet" "the quiet trace did not wrap"
expect_no_match 'getppid' "$TEST_DIR/dump-quiet" "none of the storm in the quiet trace"
ctl close quiet

# The same ring reused by a new trace shows nothing of the old one.
ctl close wrap
cg2=$(new_cgroup wrap2)
ctl add wrap2 "$cg2" >/dev/null
run_in "$cg2" say:fresh >/dev/null
ctl dump wrap2 --no-columns > "$TEST_DIR/dump2"
expect_no_match 'getppid' "$TEST_DIR/dump2" "a reused buffer shows nothing of the previous trace"
expect_line 'write(1, "fresh\n", 6) = 6' "$TEST_DIR/dump2" "the new trace's own events"

stop_daemon

# --- Capture size: what does not fit is cut and marked, never overrun ---
# 40 is rounded down to 32 bytes per record.
start_daemon --capture-size=40
expect_eq "$(busctl --address="$BUS" get-property org.traceloop /org/traceloop org.traceloop.Manager1 CaptureSize)" "u 32" "capture size rounded down to a multiple of 16"
cg3=$(new_cgroup capture)
ctl add capture "$cg3" >/dev/null
long=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ
run_in "$cg3" "say:$long" "enoent:/nonexistent/$long" >/dev/null
ctl dump capture --no-columns -s 200 > "$TEST_DIR/dump3"
expect_line 'write(1, "abcdefghijklmnopqrstuvwxyz012345"..., 47) = 47' "$TEST_DIR/dump3" "write buffer cut at the capture size, marked"
expect_line 'openat(AT_FDCWD, "/nonexistent/abcdefghijklmnopqr"..., O_RDONLY) = -1 ENOENT (No such file or directory)' "$TEST_DIR/dump3" "path cut at the capture size, marked"
stop_daemon
finish
