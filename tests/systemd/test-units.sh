#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# docs/SYSTEMD.md against a real systemd (PID 1 of a private namespace) and
# the project as installed: traceloopd runs as traceloop.service, units are
# enabled with traceloopctl (a drop-in) or by a pattern in traceloop.conf,
# each invocation gets a trace named UNIT_INVOCATIONID, a failed one is
# written to the journal (explained by the catalog) and to a dump file, and
# the retention settings bound what is kept.
#
#   test-units.sh BUILDDIR

set -euo pipefail
BUILDDIR=$(realpath "$1")
HERE=$(dirname "$(realpath "$0")")

. "$HERE/../require-recorder.sh"
. "$HERE/lib-systemd.sh"

show_file() { sed 's/^/    /' "$1" | tail -"${2:-20}"; }
expect_match() { # STRING FILE WHAT: FILE holds STRING
        if grep -qF -- "$1" "$2"; then ok "$3"; else not_ok "$3: no '$1' in:"; show_file "$2"; fi
}
expect_no_match() { # STRING FILE WHAT
        if ! grep -qF -- "$1" "$2"; then ok "$3"; else not_ok "$3: '$1' in:"; grep -F -- "$1" "$2" | show_file /dev/stdin; fi
}

WORK=$(mktemp -d /tmp/traceloop-units.XXXXXX)
cleanup() {
        trap '' PIPE    # its own messages must not end it half way
        sd_down
        rm -rf "$WORK"
}
trap cleanup EXIT
# A signal (a closed pipe, ^C) ends the script through its EXIT trap too.
trap 'exit 129' HUP INT TERM PIPE

MID_SUMMARY=a6821b31d7e04b19aa7706a35ccb53a2
MID_LINE=3feeb96262ba40f8b21670a38d410500
DUMPDIR=/var/lib/traceloop
DROPIN_LINE='ExecStartPre=-+/usr/local/bin/traceloopctl add-unit %n'

# --- helpers (everything inside the namespace) ---

ctl() { sd_run traceloopctl "$@"; }
show() { sd_run systemctl show -P "$2" "$1" 2>/dev/null || true; }

# wait_for CMD...: true as soon as CMD is, polled every 0.1 s for at most 10 s.
wait_for() {
        local i
        for i in $(seq 100); do
                "$@" && return 0
                sleep 0.1
        done
        return 1
}
unit_is() { [ "$(show "$1" ActiveState)" = "$2" ]; }

# The names of the traces traceloopd lists for UNIT, one a line.
traces_of() {
        { ctl list 2>/dev/null || true; } | grep -oE "${1//./\\.}_[0-9a-f]{32}" | sort -u || true
}
# The state traceloopd lists for the trace NAME ("recording", "stopped"), or "-".
trace_state() {
        { ctl list 2>/dev/null || true; } | awk -v n="$1" '
                { for (i = 1; i <= NF; i++) if ($i == n) { for (j = 1; j <= NF; j++) if ($j == "recording" || $j == "stopped") s = $j; exit } }
                END { print s == "" ? "-" : s }'
}
trace_is() { [ "$(trace_state "$1")" = "$2" ]; }
trace_absent() { ! { ctl list 2>/dev/null || true; } | grep -qF -- "$1"; }

# summary UNIT INVOCATION: the summary entry traceloopd wrote for that
# invocation, as FIELD=VALUE lines (nothing if there is none).
summary() {
        { sd_run journalctl -q --no-pager -o json -u "$1" MESSAGE_ID=$MID_SUMMARY \
                OBJECT_SYSTEMD_INVOCATION_ID="$2" 2>/dev/null || true; } | python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    for k, v in sorted(e.items()):
        if isinstance(v, str):
            print(f"{k}={v}")
    break'
}
has_summary() { [ -n "$(summary "$1" "$2")" ]; }
field() { # FIELD, of a summary on stdin
        sed -n "s/^$1=//p" | head -1
}
# The invocations that summary entries of UNIT name, one a line, as often as written.
summary_invocations() {
        { sd_run journalctl -q --no-pager -o json -u "$1" MESSAGE_ID=$MID_SUMMARY 2>/dev/null || true; } |
                python3 -c '
import json, sys
for line in sys.stdin:
    print(json.loads(line).get("OBJECT_SYSTEMD_INVOCATION_ID", "(none)"))'
}
n_lines() { # UNIT INVOCATION: syscall-line entries written for it
        { sd_run journalctl -q --no-pager -o cat -u "$1" MESSAGE_ID=$MID_LINE \
                OBJECT_SYSTEMD_INVOCATION_ID="$2" 2>/dev/null || true; } | wc -l
}
dump_files_of() { # UNIT: its dump files, one a line
        { sd_run sh -c "ls -1 $DUMPDIR 2>/dev/null" || true; } | grep -E "^${1//./\\.}_[0-9a-f]{32}\.txt\.gz$" | sort || true
}
file_exists() { sd_run test -f "$1"; }
journal_has() { # UNIT STRING
        { sd_run journalctl -q --no-pager -o cat -u "$1" 2>/dev/null || true; } | grep -qF -- "$2"
}

# tl-ok.service's runs, by the $INVOCATION_ID each wrote (systemd forgets
# the ID of a unit that went inactive), oldest first.
ok_runs() {
        { sd_run journalctl -q --no-pager -o cat -u tl-ok.service 2>/dev/null || true; } |
                awk '$1 == "tl-ok" && $2 == "run" { print $3 }'
}
more_ok_runs_than() { [ "$(ok_runs | wc -l)" -gt "$1" ]; }
# Runs tl-ok.service to its end; sets OK_INV to the invocation.
run_ok() {
        local n
        n=$(ok_runs | wc -l)
        sd_run systemctl start tl-ok.service 2>/dev/null || true
        wait_for more_ok_runs_than "$n" || true
        OK_INV=$(ok_runs | tail -1)
}

# An enabled unit's run started now is recorded and stopped once traceloopd
# has handled all that systemd told it before: a point after which the
# absence of a trace means something.
barrier() {
        run_ok
        wait_for trace_is "tl-ok.service_$OK_INV" stopped || echo "# barrier: tl-ok.service_$OK_INV was not recorded" >&2
}

unit() { # NAME: the unit file, from stdin, to /etc/systemd/system inside
        cat > "$SD_STATE/etc-system/$1"
}

# --- the project as installed, with a test configuration ---
DEST=$WORK/dest
sd_install "$BUILDDIR" "$DEST"
mkdir -p "$DEST/usr/local/etc/traceloop"
cat > "$DEST/usr/local/etc/traceloop/traceloop.conf" <<EOF
[Dump]
JournalLines=20

[Retention]
KeepPerUnit=2

[Unit tl-pat-*.service]
Trace=yes

[Unit tl-filt-*.service]
Syscalls=openat,exit_group

[Unit tl-scope-*.scope]
EOF

# What must stay as it is on the host.
host_var_lib_traceloop=$([ -e /var/lib/traceloop ] && echo present || echo absent)
host_catalog=$(stat -c %Y /var/lib/systemd/catalog/database 2>/dev/null || echo none)

sd_up "$DEST"
ok "systemd runs as PID 1 of the test namespace"

# Every unit here may start more often than the default start limit allows.
unit tl-fail.service <<'EOF'
[Unit]
Description=traceloop test: computes, then fails to open a file
StartLimitIntervalSec=0

[Service]
ExecStart=/bin/sh -c 'echo "3*7*2" | bc > /run/tl-file-$$$$; true < /run/tl-file-nonexistent-$$$$; exit 3'
EOF
unit tl-segv.service <<'EOF'
[Unit]
Description=traceloop test: killed by SIGSEGV
StartLimitIntervalSec=0

[Service]
ExecStart=/bin/sh -c 'kill -SEGV $$$$'
LimitCORE=0
EOF
# Fails three times, then runs on.
unit tl-restart.service <<'EOF'
[Unit]
Description=traceloop test: fails three times, then runs
StartLimitIntervalSec=0

[Service]
Restart=on-failure
RestartSec=0.2
ExecStart=/bin/sh -c 'n=$$(( $$(cat /run/tl-restart-count 2>/dev/null || echo 0) + 1 )); echo $$n > /run/tl-restart-count; echo "tl-restart run $$n $$INVOCATION_ID"; if [ $$n -le 3 ]; then cat /run/tl-restart-nonexistent-$$n; exit 1; fi; exec sleep infinity'
EOF
unit tl-ok.service <<'EOF'
[Unit]
Description=traceloop test: succeeds
StartLimitIntervalSec=0

[Service]
Type=oneshot
ExecStart=/bin/sh -c 'echo "tl-ok run $$INVOCATION_ID"; cat /run/tl-ok-nonexistent 2>/dev/null; exit 0'
EOF
unit tl-never.service <<'EOF'
[Unit]
Description=traceloop test: never enabled
StartLimitIntervalSec=0

[Service]
ExecStart=/bin/sh -c 'cat /run/tl-never-nonexistent; exit 1'
EOF
unit tl-early.service <<'EOF'
[Unit]
Description=traceloop test: runs on
StartLimitIntervalSec=0

[Service]
ExecStart=/bin/sh -c 'while :; do cat /run/tl-early-marker 2>/dev/null; sleep 0.2; done'
EOF
unit tl-now.service <<'EOF'
[Unit]
Description=traceloop test: runs on, enabled while it runs
StartLimitIntervalSec=0

[Service]
ExecStart=/bin/sh -c 'while :; do cat /run/tl-now-marker 2>/dev/null; sleep 0.1; done'
EOF
unit tl-reload.service <<'EOF'
[Unit]
Description=traceloop test: fails, across reloads of systemd
StartLimitIntervalSec=0

[Service]
ExecStart=/bin/sh -c 'cat /run/tl-reload-nonexistent; exit 1'
EOF
sd_run systemctl daemon-reload

sd_run systemctl start traceloop.service || true
expect_eq "$(sd_run systemctl is-active traceloop.service || true)" active "traceloop.service starts"
daemon_pid=$(show traceloop.service MainPID)
sd_run journalctl -q --no-pager -o cat -u traceloop.service > "$WORK/daemon-log" 2>&1 || true
expect_no_match "traceloop.conf:" "$WORK/daemon-log" "traceloopd reads the test's traceloop.conf without a warning"

# --- a. enable writes the drop-in ---
ctl enable tl-fail.service > "$WORK/enable" 2>&1 || { echo "# traceloopctl enable:"; show_file "$WORK/enable"; }
dropin=$SD_STATE/etc-system/tl-fail.service.d/50-traceloop.conf
if [ -f "$dropin" ]; then ok "a. enable creates /etc/systemd/system/tl-fail.service.d/50-traceloop.conf"
else not_ok "a. enable creates /etc/systemd/system/tl-fail.service.d/50-traceloop.conf"; fi
: > "$WORK/dropin"; [ ! -f "$dropin" ] || cp "$dropin" "$WORK/dropin"
expect_match "$DROPIN_LINE" "$WORK/dropin" "a. the drop-in runs the installed traceloopctl add-unit before the main process"
expect_match "Wants=traceloop.service" "$WORK/dropin" "a. the drop-in wants traceloop.service"
sd_run systemctl cat tl-fail.service > "$WORK/cat" 2>&1 || true
expect_match "# /etc/systemd/system/tl-fail.service.d/50-traceloop.conf" "$WORK/cat" "a. systemctl cat shows the drop-in (enable reloaded systemd)"
expect_eq "$(show tl-fail.service NeedDaemonReload)" no "a. systemd needs no reload after enable"
for u in tl-segv tl-restart tl-ok tl-early tl-reload; do
        ctl enable "$u.service" > "$WORK/enable" 2>&1 || { echo "# traceloopctl enable $u.service:"; show_file "$WORK/enable"; }
done

# --- b. a failing unit's invocation is traced, from its execve on ---
sd_run systemctl start tl-fail.service 2>/dev/null || true
wait_for unit_is tl-fail.service failed || true
expect_eq "$(show tl-fail.service Result)" exit-code "b. tl-fail.service fails with Result=exit-code"
INV=$(show tl-fail.service InvocationID)
MAINPID=$(show tl-fail.service ExecMainPID)
wait_for trace_is "tl-fail.service_$INV" stopped || true
ctl list > "$WORK/list" 2>&1 || true
expect_match "tl-fail.service_$INV" "$WORK/list" "b. traceloopctl list shows the trace tl-fail.service_INVOCATION"
expect_eq "$(trace_state "tl-fail.service_$INV")" stopped "b. the trace of the ended invocation is stopped"
ctl units > "$WORK/units" 2>&1 || true
if grep -F "tl-fail.service" "$WORK/units" | grep -qF "$INV"; then ok "b. traceloopctl units lists tl-fail.service with its invocation"
else not_ok "b. traceloopctl units lists tl-fail.service with its invocation $INV:"; show_file "$WORK/units"; fi
ctl dump-unit tl-fail.service --no-columns > "$WORK/dump" 2>&1 || true
expect_match 'execve("/bin/sh", ' "$WORK/dump" "b. dump-unit shows the main process's execve"
OPENAT="openat(AT_FDCWD, \"/run/tl-file-nonexistent-$MAINPID\", O_RDONLY) = -1 ENOENT (No such file or directory)"
WRITE42='write(1, "42\n", 3) = 3'
expect_match "$OPENAT" "$WORK/dump" "b. dump-unit shows the failed open"
ctl dump-unit tl-fail.service "$INV" --no-columns > "$WORK/dump-inv" 2>&1 || true
expect_match 'execve("/bin/sh", ' "$WORK/dump-inv" "b. dump-unit UNIT INVOCATION shows it too"

# --- c. the journal: a summary, the last lines, the catalog ---
wait_for has_summary tl-fail.service "$INV" || true
summary tl-fail.service "$INV" > "$WORK/summary"
if [ -s "$WORK/summary" ]; then ok "c. a summary entry (MESSAGE_ID=$MID_SUMMARY) for the invocation is under journalctl -u"
else not_ok "c. a summary entry (MESSAGE_ID=$MID_SUMMARY) for the invocation is under journalctl -u"; fi
expect_eq "$(field OBJECT_SYSTEMD_UNIT < "$WORK/summary")" tl-fail.service "c. summary: OBJECT_SYSTEMD_UNIT"
expect_eq "$(field TRACELOOP_RESULT < "$WORK/summary")" exit-code "c. summary: TRACELOOP_RESULT"
expect_eq "$(field TRACELOOP_EXIT_CODE < "$WORK/summary")" exited "c. summary: TRACELOOP_EXIT_CODE (as systemd's \$EXIT_CODE)"
expect_eq "$(field TRACELOOP_EXIT_STATUS < "$WORK/summary")" 3 "c. summary: TRACELOOP_EXIT_STATUS"
expect_eq "$(field TRACELOOP_TRACE < "$WORK/summary")" "tl-fail.service_$INV" "c. summary: TRACELOOP_TRACE names the trace"
expect_eq "$(field TRACELOOP_DUMP < "$WORK/summary")" "$DUMPDIR/tl-fail.service_$INV.txt.gz" "c. summary: TRACELOOP_DUMP"
expect_eq "$(field TRACELOOP_LINES < "$WORK/summary")" 20 "c. summary: TRACELOOP_LINES is JournalLines=20 (the trace has more)"
[ ! -s "$WORK/summary" ] || wait_for journal_has tl-fail.service "$OPENAT" || true
expect_eq "$(n_lines tl-fail.service "$INV")" 20 "c. 20 syscall entries (MESSAGE_ID=$MID_LINE) for the invocation"
sd_run journalctl -q --no-pager -o cat -u tl-fail.service > "$WORK/journal" 2>&1 || true
message=$(field MESSAGE < "$WORK/summary")
if [ -n "$message" ] && grep -qxF -- "$message" "$WORK/journal"; then ok "c. journalctl -u shows the summary line: $message"
else not_ok "c. journalctl -u shows the summary line ('$message')"; show_file "$WORK/journal"; fi
expect_match "$WRITE42" "$WORK/journal" "c. journalctl -u shows the write of 42"
expect_match "$OPENAT" "$WORK/journal" "c. journalctl -u shows the failed open"
expect_match "Failed with result 'exit-code'" "$WORK/journal" "c. next to systemd's own failure line"
sd_update_catalog
sd_run journalctl -q --no-pager -x -u tl-fail.service > "$WORK/journal-x" 2>&1 || true
expect_match "Subject: Syscall trace of a failed unit" "$WORK/journal-x" "c. journalctl -x explains the summary with the catalog"
expect_match "An invocation of tl-fail.service failed with result \"exit-code\"." "$WORK/journal-x" \
        "c. the catalog text has the unit and the result filled in"
expect_match "zcat $DUMPDIR/tl-fail.service_$INV.txt.gz" "$WORK/journal-x" "c. the catalog text tells how to read the dump file"
expect_match "traceloopctl dump-unit tl-fail.service $INV" "$WORK/journal-x" "c. and how to print the kept trace"
expect_match "Subject: One syscall of a failed unit's trace" "$WORK/journal-x" "c. journalctl -x explains the syscall entries"

# --- d. the dump file ---
FILE=$DUMPDIR/tl-fail.service_$INV.txt.gz
wait_for file_exists "$FILE" || true
if file_exists "$FILE"; then ok "d. the dump file $FILE exists"; else not_ok "d. the dump file $FILE exists"; fi
expect_eq "$(sd_run stat -c %a "$FILE" 2>&1 || true)" 600 "d. the dump file has mode 0600"
expect_eq "$(sd_run stat -c %a "$DUMPDIR" 2>&1 || true)" 700 "d. $DUMPDIR has mode 0700"
sd_run zcat "$FILE" > "$WORK/file" 2>&1 || true
expect_match 'execve("/bin/sh", ' "$WORK/file" "d. zcat of the file shows the main process's execve"
expect_match "$WRITE42" "$WORK/file" "d. zcat of the file shows the write of 42"
expect_match "$OPENAT" "$WORK/file" "d. zcat of the file shows the failed open"

# --- e. killed by a signal ---
sd_run systemctl start tl-segv.service 2>/dev/null || true
wait_for unit_is tl-segv.service failed || true
want=signal
case $(cat /proc/sys/kernel/core_pattern) in '|'*) want=core-dump ;; esac # a pipe dumps whatever LimitCORE=
expect_eq "$(show tl-segv.service Result)" $want "e. tl-segv.service fails with Result=$want"
SEGV_INV=$(show tl-segv.service InvocationID)
wait_for has_summary tl-segv.service "$SEGV_INV" || true
summary tl-segv.service "$SEGV_INV" > "$WORK/summary-segv"
expect_eq "$(field TRACELOOP_RESULT < "$WORK/summary-segv")" $want "e. its summary entry has TRACELOOP_RESULT=$want"
expect_eq "$(field TRACELOOP_EXIT_STATUS < "$WORK/summary-segv")" SEGV "e. its summary entry has TRACELOOP_EXIT_STATUS=SEGV"
wait_for file_exists "$DUMPDIR/tl-segv.service_$SEGV_INV.txt.gz" || true
if file_exists "$DUMPDIR/tl-segv.service_$SEGV_INV.txt.gz"; then ok "e. its dump file exists"
else not_ok "e. its dump file $DUMPDIR/tl-segv.service_$SEGV_INV.txt.gz exists"; fi
sd_run zcat "$DUMPDIR/tl-segv.service_$SEGV_INV.txt.gz" > "$WORK/file-segv" 2>&1 || true
expect_match "kill(" "$WORK/file-segv" "e. the file shows the kill"

# --- f. Restart=: one trace per invocation, KeepPerUnit=2 ---
sd_run systemctl start tl-restart.service 2>/dev/null || true
restart_running() { [ "$(show tl-restart.service NRestarts)" = 3 ] && unit_is tl-restart.service active; }
wait_for restart_running || true
expect_eq "$(show tl-restart.service NRestarts)/$(show tl-restart.service ActiveState)" 3/active \
        "f. tl-restart.service failed three times and runs the fourth time"
run_invocation() { # N: the invocation of run N, as it wrote it
        { sd_run journalctl -q --no-pager -o cat -u tl-restart.service 2>/dev/null || true; } | awk -v n="$1" '$1 == "tl-restart" && $2 == "run" && $3 == n { print $4 }' | tail -1
}
R1=$(run_invocation 1) R2=$(run_invocation 2) R3=$(run_invocation 3) R4=$(run_invocation 4)
expect_eq "$R4" "$(show tl-restart.service InvocationID)" "f. the running invocation is the fourth run's"
three_summaries() { [ "$(summary_invocations tl-restart.service | wc -l)" -ge 3 ]; }
wait_for three_summaries || true
expect_eq "$(summary_invocations tl-restart.service | tr '\n' ' ')" "$R1 $R2 $R3 " \
        "f. exactly one summary for each failed invocation, none for the running one"
restart_files_are() { [ "$(dump_files_of tl-restart.service | tr '\n' ' ')" = "$1" ]; }
want_files=$(printf '%s\n' "tl-restart.service_$R2.txt.gz" "tl-restart.service_$R3.txt.gz" | sort | tr '\n' ' ')
wait_for restart_files_are "$want_files" || true
expect_eq "$(dump_files_of tl-restart.service | tr '\n' ' ')" "$want_files" \
        "f. KeepPerUnit=2: the dump files of the two latest failures are kept, the first one's is gone"
restart_traces() { # the states of the traces of runs 1..4
        local r
        for r in "$R1" "$R2" "$R3" "$R4"; do printf '%s\n' "$(trace_state "tl-restart.service_$r")"; done | paste -sd' '
}
restart_traces_are() { [ "$(restart_traces)" = "$1" ]; }
wait_for restart_traces_are "- stopped stopped recording" || true
expect_eq "$(restart_traces)" "- stopped stopped recording" \
        "f. KeepPerUnit=2: traces of runs 1..4: dropped, stopped, stopped, recording"
expect_eq "$(traces_of tl-restart.service | wc -l)" 3 "f. three traces of tl-restart.service are listed"
ctl units tl-restart.service > "$WORK/units" 2>&1 || true
units_states() { # the states traceloopctl units shows for runs 1..4
        local r
        for r in "$R1" "$R2" "$R3" "$R4"; do
                awk -v u=tl-restart.service -v r="$r" '
                        { hu = hr = 0; s = ""
                          for (i = 1; i <= NF; i++) { hu += $i == u; hr += $i == r; if ($i == "recording" || $i == "stopped") s = $i }
                          if (hu && hr && r != "") { print s; found = 1; exit } }
                        END { if (!found) print "-" }' "$WORK/units"
        done | paste -sd' '
}
expect_eq "$(units_states)" "- stopped stopped recording" "f. traceloopctl units shows the same three invocations"
# A clean stop ends the fourth invocation with success: stopped, no dump.
sd_run systemctl stop tl-restart.service || true
wait_for restart_traces_are "- - stopped stopped" || true
expect_eq "$(restart_traces)" "- - stopped stopped" "f. after a clean stop: runs 3 and 4 kept, stopped (KeepPerUnit=2)"
expect_eq "$(summary_invocations tl-restart.service | wc -l)" 3 "f. the clean stop wrote no summary"
expect_eq "$(dump_files_of tl-restart.service | tr '\n' ' ')" "$want_files" "f. the clean stop wrote no dump file"

# --- g. success: traced, stopped, not dumped ---
run_ok
expect_eq "$(show tl-ok.service Result)" success "g. tl-ok.service succeeds"
wait_for trace_is "tl-ok.service_$OK_INV" stopped || true
expect_eq "$(trace_state "tl-ok.service_$OK_INV")" stopped "g. its trace is listed, stopped"
barrier
expect_eq "$(summary_invocations tl-ok.service | wc -l)" 0 "g. no summary entry for a successful unit"
expect_eq "$(dump_files_of tl-ok.service | wc -l)" 0 "g. no dump file for a successful unit"

# --- h. disable ---
ctl disable tl-fail.service > "$WORK/disable" 2>&1 || { echo "# traceloopctl disable:"; show_file "$WORK/disable"; }
if [ ! -e "$dropin" ] && [ ! -e "${dropin%/*}" ]; then ok "h. disable removes the drop-in and its empty directory"
else not_ok "h. disable removes the drop-in and its empty directory:"; ls -la "${dropin%/*}" 2>&1 | show_file /dev/stdin; fi
sd_run systemctl cat tl-fail.service > "$WORK/cat" 2>&1 || true
expect_no_match "50-traceloop.conf" "$WORK/cat" "h. systemctl cat no longer shows it (disable reloaded systemd)"
sd_run systemctl start tl-fail.service 2>/dev/null || true
inv2=$(show tl-fail.service InvocationID)
wait_for unit_is tl-fail.service failed || true
barrier
if [ "$inv2" != "$INV" ] && trace_absent "tl-fail.service_$inv2"; then ok "h. the next start of tl-fail.service is not traced"
else not_ok "h. the next start of tl-fail.service ($inv2) is not traced: $(trace_state "tl-fail.service_$inv2")"; fi
expect_eq "$(summary_invocations tl-fail.service | tr '\n' ' ')" "$INV " "h. nor dumped"
expect_eq "$(trace_state "tl-fail.service_$INV")" stopped "h. the earlier invocation's trace stays"

# --- i. a unit never enabled ---
sd_run systemctl start tl-never.service 2>/dev/null || true
wait_for unit_is tl-never.service failed || true
barrier
expect_eq "$(traces_of tl-never.service | wc -l)" 0 "i. a unit never enabled is not traced"
expect_eq "$(summary_invocations tl-never.service | wc -l)/$(dump_files_of tl-never.service | wc -l)" 0/0 "i. nor dumped"

# --- j. a unit enabled by a pattern of traceloop.conf ---
sd_run systemd-run --quiet --unit=tl-pat-1.service sh -c 'sleep 1; cat /nonexistent-pat; exit 1' || true
PAT_INV=$(show tl-pat-1.service InvocationID)
wait_for unit_is tl-pat-1.service failed || true
expect_eq "$(show tl-pat-1.service DropInPaths | grep -c 50-traceloop.conf || true)" 0 "j. tl-pat-1.service has no drop-in"
expect_eq "$(trace_state "tl-pat-1.service_$PAT_INV")" stopped "j. tl-pat-1.service is traced (pattern tl-pat-*.service)"
wait_for has_summary tl-pat-1.service "$PAT_INV" || true
expect_eq "$(summary tl-pat-1.service "$PAT_INV" | field TRACELOOP_RESULT)" exit-code "j. its failure is in the journal"
wait_for file_exists "$DUMPDIR/tl-pat-1.service_$PAT_INV.txt.gz" || true
sd_run zcat "$DUMPDIR/tl-pat-1.service_$PAT_INV.txt.gz" > "$WORK/file-pat" 2>&1 || true
expect_match 'openat(AT_FDCWD, "/nonexistent-pat", O_RDONLY) = -1 ENOENT (No such file or directory)' \
        "$WORK/file-pat" "j. its dump file holds the failed open"

# --- j2. Syscalls= of a pattern: its traces record those syscalls only ---
sd_run systemd-run --quiet --unit=tl-filt-1.service sh -c 'sleep 1; cat /nonexistent-filt; exit 1' || true
FILT_INV=$(show tl-filt-1.service InvocationID)
wait_for unit_is tl-filt-1.service failed || true
expect_eq "$(trace_state "tl-filt-1.service_$FILT_INV")" stopped "j2. tl-filt-1.service is traced (pattern tl-filt-*.service)"
ctl dump "tl-filt-1.service_$FILT_INV" --no-columns > "$WORK/dump-filt" 2>&1 || true
expect_match 'openat(AT_FDCWD, "/nonexistent-filt", O_RDONLY) = -1 ENOENT (No such file or directory)' \
        "$WORK/dump-filt" "j2. its trace holds the failed open"
expect_eq "$(sed -n 's/^\([a-z_0-9]*\)(.*/\1/p' "$WORK/dump-filt" | sort -u | tr '\n' ' ')" "exit_group openat " \
        "j2. and only the syscalls of Syscalls=openat,exit_group"
wait_for has_summary tl-filt-1.service "$FILT_INV" || true
summary tl-filt-1.service "$FILT_INV" > "$WORK/summary-filt"
expect_eq "$(field TRACELOOP_SYSCALLS < "$WORK/summary-filt")" "exit_group,openat" \
        "j2. the failure's journal summary has TRACELOOP_SYSCALLS, the trace's filter"
expect_match "(the trace records only exit_group,openat)" <(field MESSAGE < "$WORK/summary-filt") \
        "j2. and its message names the filter"
expect_eq "$(field TRACELOOP_SYSCALLS < "$WORK/summary")" "all" "c. a trace without a filter: TRACELOOP_SYSCALLS=all"

# --- j3. enable --syscalls= writes the canonical list into the drop-in ---
unit tl-efilt.service <<'EOF'
[Unit]
Description=traceloop test: enabled with --syscalls=
StartLimitIntervalSec=0

[Service]
ExecStart=/bin/sh -c 'cat /nonexistent-efilt; exit 1'
EOF
rc=0; ctl enable --syscalls=openat,frobnicate tl-efilt.service > "$WORK/enable-bad" 2>&1 || rc=$?
expect_eq "$rc" 2 "j3. enable --syscalls= with an unknown name is wrong usage"
expect_match "frobnicate" "$WORK/enable-bad" "j3. and names it"
ctl enable --syscalls=' exit_group, openat' tl-efilt.service > "$WORK/enable" 2>&1 || { echo "# traceloopctl enable:"; show_file "$WORK/enable"; }
: > "$WORK/dropin-efilt"
cp "$SD_STATE/etc-system/tl-efilt.service.d/50-traceloop.conf" "$WORK/dropin-efilt" 2>/dev/null || true
expect_match "add-unit --syscalls=exit_group,openat %n" "$WORK/dropin-efilt" "j3. the drop-in's add-unit carries the canonical list"
sd_run systemctl start tl-efilt.service 2>/dev/null || true
EFILT_INV=$(show tl-efilt.service InvocationID)
wait_for unit_is tl-efilt.service failed || true
ctl dump "tl-efilt.service_$EFILT_INV" --no-columns > "$WORK/dump-efilt" 2>&1 || true
expect_match 'openat(AT_FDCWD, "/nonexistent-efilt", O_RDONLY) = -1 ENOENT (No such file or directory)' \
        "$WORK/dump-efilt" "j3. its trace holds the failed open"
expect_eq "$(sed -n 's/^\([a-z_0-9]*\)(.*/\1/p' "$WORK/dump-efilt" | sort -u | tr '\n' ' ')" "exit_group openat " \
        "j3. and only openat and exit_group"
ctl disable tl-efilt.service > /dev/null 2>&1 || true

# --- k. units that run before traceloopd does ---
sd_run systemctl start tl-early.service || true
EARLY_INV=$(show tl-early.service InvocationID)
wait_for trace_is "tl-early.service_$EARLY_INV" recording || true
expect_eq "$(show traceloop.service NRestarts)/$(show traceloop.service MainPID)" "0/$daemon_pid" \
        "k. traceloopd ran without a crash or restart up to here"
sd_run systemctl stop traceloop.service || true
expect_eq "$(show traceloop.service Result)/$(show traceloop.service ExecMainStatus)" success/0 "k. traceloopd stops cleanly"
# Nothing may call traceloopd from here on until it is started again: a call activates it.
sd_run systemd-run --quiet --unit=tl-pat-early.service sh -c 'while :; do cat /run/tl-pat-early-marker 2>/dev/null; sleep 0.2; done' || true
PE_INV=$(show tl-pat-early.service InvocationID)
expect_eq "$(sd_run systemctl is-active traceloop.service || true)" inactive "k. a pattern unit started meanwhile does not start traceloopd"
expect_eq "$(show tl-early.service InvocationID)" "$EARLY_INV" "k. the enabled unit runs on, same invocation"
sd_run systemctl start traceloop.service || true
daemon_pid=$(show traceloop.service MainPID)
wait_for trace_is "tl-pat-early.service_$PE_INV" recording || true
expect_eq "$(trace_state "tl-pat-early.service_$PE_INV")" recording \
        "k. the pattern unit started before traceloopd gets a trace tl-pat-early.service_INVOCATION"
recorded() { ctl dump "$1" --no-columns 2>/dev/null | grep -qF -- "$2"; }
wait_for recorded "tl-pat-early.service_$PE_INV" 'openat(AT_FDCWD, "/run/tl-pat-early-marker", O_RDONLY) = -1 ENOENT' || true
ctl dump "tl-pat-early.service_$PE_INV" --no-columns > "$WORK/dump-pe" 2>&1 || true
expect_match 'openat(AT_FDCWD, "/run/tl-pat-early-marker", O_RDONLY) = -1 ENOENT' "$WORK/dump-pe" "k. which records its syscalls"
wait_for trace_is "tl-early.service_$EARLY_INV" recording || true
expect_eq "$(trace_state "tl-early.service_$EARLY_INV")" recording \
        "k. the enabled unit that ran before this traceloopd gets a trace tl-early.service_INVOCATION"
wait_for recorded "tl-early.service_$EARLY_INV" 'openat(AT_FDCWD, "/run/tl-early-marker", O_RDONLY) = -1 ENOENT' || true
ctl dump "tl-early.service_$EARLY_INV" --no-columns > "$WORK/dump-early" 2>&1 || true
expect_match 'openat(AT_FDCWD, "/run/tl-early-marker", O_RDONLY) = -1 ENOENT' "$WORK/dump-early" "k. which records its syscalls"
sd_run systemctl stop tl-early.service tl-pat-early.service || true
# An enabled unit started while traceloopd is down brings it up first (the
# drop-in's Wants= and After=) and is recorded from its execve on.
sd_run systemctl stop traceloop.service || true
run_ok
expect_eq "$(sd_run systemctl is-active traceloop.service || true)" active "k. starting an enabled unit starts traceloopd first"
wait_for trace_is "tl-ok.service_$OK_INV" stopped || true
ctl dump "tl-ok.service_$OK_INV" --no-columns > "$WORK/dump-ok" 2>&1 || true
expect_match 'execve("/bin/sh", ' "$WORK/dump-ok" "k. and is recorded from its execve on"
daemon_pid=$(show traceloop.service MainPID)

# --- l. systemd reloads and re-executes ---
failing_unit_dumped() { # WHAT UNIT: start UNIT, which fails; it must be dumped
        local inv
        sd_run systemctl start "$2" 2>/dev/null || true
        inv=$(show "$2" InvocationID)
        wait_for unit_is "$2" failed || true
        wait_for has_summary "$2" "$inv" || true
        if has_summary "$2" "$inv" && file_exists "$DUMPDIR/${2}_$inv.txt.gz"; then ok "l. $1: $2 is still dumped"
        else not_ok "l. $1: $2 ($inv) is still dumped"; fi
}
sd_run systemctl daemon-reload
failing_unit_dumped "after daemon-reload" tl-reload.service
sd_run systemctl daemon-reexec
systemd_back() {
        busctl --address="$SD_BUS" call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus \
                GetNameOwner s org.freedesktop.systemd1 > /dev/null 2>&1 &&
                [[ "$(sd_run systemctl is-system-running 2>/dev/null || true)" == @(running|degraded) ]]
}
wait_for systemd_back || true
failing_unit_dumped "after daemon-reexec" tl-reload.service
sd_run systemd-run --quiet --unit=tl-pat-2.service sh -c 'sleep 1; cat /nonexistent-pat; exit 1' || true
inv=$(show tl-pat-2.service InvocationID)
wait_for unit_is tl-pat-2.service failed || true
wait_for has_summary tl-pat-2.service "$inv" || true
if has_summary tl-pat-2.service "$inv"; then ok "l. after daemon-reexec: a pattern unit is still followed and dumped"
else not_ok "l. after daemon-reexec: a pattern unit (tl-pat-2.service $inv) is still followed and dumped"; fi

# --- m. close-unit, dump-unit of what does not exist ---
# tl-reload.service's two runs since traceloopd started again (KeepPerUnit=2).
expect_eq "$(traces_of tl-reload.service | wc -l)" 2 "m. tl-reload.service has two traces"
ctl close-unit tl-reload.service all > "$WORK/close" 2>&1 || { echo "# traceloopctl close-unit:"; show_file "$WORK/close"; }
expect_eq "$(traces_of tl-reload.service | wc -l)" 0 "m. close-unit tl-reload.service all removes them"
rc=0; ctl dump-unit tl-reload.service > "$WORK/dump-closed" 2>&1 || rc=$?
expect_eq "$rc" 4 "m. dump-unit of a unit whose traces were all closed exits 4"
rc=0; ctl dump-unit tl-unknown.service > "$WORK/dump-unknown" 2>&1 || rc=$?
expect_eq "$rc" 4 "m. dump-unit of an unknown unit exits 4"
rc=0; ctl dump-unit tl-never.service > "$WORK/dump-never" 2>&1 || rc=$?
expect_eq "$rc" 4 "m. dump-unit of a unit never traced exits 4"

# --- o. enable --now and disable --now on a running unit ---
sd_run systemctl start tl-now.service
NOW_INV=$(show tl-now.service InvocationID)
barrier
expect_eq "$(traces_of tl-now.service | wc -l)" 0 "o. a running unit not enabled is not traced"
ctl enable --now tl-now.service > "$WORK/enable-now" 2>&1 || { echo "# traceloopctl enable --now:"; show_file "$WORK/enable-now"; }
expect_eq "$(trace_state "tl-now.service_$NOW_INV")" recording "o. enable --now traces the running invocation at once"
sleep 0.5
ctl dump-unit tl-now.service --no-columns > "$WORK/dump-now" 2>&1 || true
expect_match 'openat(AT_FDCWD, "/run/tl-now-marker", O_RDONLY) = -1 ENOENT' "$WORK/dump-now" \
        "o. ... and records its syscalls from then on"
ctl dump-sd tl-now.service --no-columns > "$WORK/dump-sd" 2>&1 || true
expect_match '/run/tl-now-marker' "$WORK/dump-sd" "o. the original project's dump-sd is an alias of dump-unit"
ctl list-sd-units > "$WORK/list-sd-units" 2>&1 || true
expect_match "$NOW_INV" "$WORK/list-sd-units" "o. list-sd-units is an alias of units"
ctl list > "$WORK/list-a" 2>&1 || true
ctl list-all > "$WORK/list-b" 2>&1 || true
# Same traces, ids and names (the counters of a recording trace move on).
if [ -s "$WORK/list-a" ] && diff -q <(awk '{ print $1, $2 }' "$WORK/list-a") <(awk '{ print $1, $2 }' "$WORK/list-b") > /dev/null; then
        ok "o. list-all is an alias of list"
else not_ok "o. list-all is an alias of list"; fi
ctl disable --now tl-now.service > "$WORK/disable-now" 2>&1 || { echo "# traceloopctl disable --now:"; show_file "$WORK/disable-now"; }
expect_eq "$(trace_state "tl-now.service_$NOW_INV")" stopped "o. disable --now stops recording the running invocation"
expect_eq "$(show tl-now.service ActiveState)" active "o. ... and leaves the unit running"
if [ -e "$SD_STATE/etc-system/tl-now.service.d/50-traceloop.conf" ]; then not_ok "o. disable --now removes the drop-in"
else ok "o. disable --now removes the drop-in"; fi
sd_run systemctl stop tl-now.service

# --- p. a scope, by pattern: its processes exist before it does ---
sd_run systemd-run --quiet --scope --unit=tl-scope-1 \
        sh -c 'sleep 1; for i in 1 2 3 4 5 6 7 8 9 10; do cat /run/tl-scope-marker 2>/dev/null; sleep 0.2; done' &
scope_pid=$!
wait_for unit_is tl-scope-1.scope active || true
SCOPE_INV=$(show tl-scope-1.scope InvocationID)
wait_for trace_is "tl-scope-1.scope_$SCOPE_INV" recording || true
expect_eq "$(trace_state "tl-scope-1.scope_$SCOPE_INV")" recording \
        "p. a scope matching [Unit tl-scope-*.scope] is traced, named UNIT_INVOCATIONID"
wait "$scope_pid" || true
ctl dump-unit tl-scope-1.scope --no-columns > "$WORK/dump-scope" 2>&1 || true
expect_match 'openat(AT_FDCWD, "/run/tl-scope-marker", O_RDONLY) = -1 ENOENT' "$WORK/dump-scope" \
        "p. its processes' syscalls after it was found are recorded"

# --- q. stopped traces hold no ring: the pool is what the recording ones hold ---
pool_used=$(busctl --address="$SD_BUS" get-property org.traceloop /org/traceloop org.traceloop.Manager1 PoolUsed | awk '{ print $2 }')
ctl list > "$WORK/list-pool" 2>&1 || true
recording_bytes=$(awk '$3 == "recording" { s += $6 } END { print s + 0 }' "$WORK/list-pool")
stopped=$(awk '$3 == "stopped" { n++ } END { print n + 0 }' "$WORK/list-pool")
expect_eq "$pool_used" "$recording_bytes" "q. the pool in use is the rings of the $(grep -c ' recording ' "$WORK/list-pool" || true) recording traces; the $stopped stopped ones gave theirs back"
max_stopped=$(awk '$3 == "stopped" && $6 > m { m = $6 } END { print m + 0 }' "$WORK/list-pool")
if [ "$stopped" -gt 0 ] && [ "$max_stopped" -lt 1048576 ]; then ok "q. a stopped trace keeps a compressed copy ($max_stopped bytes at most, rings are 4 MiB)"
else not_ok "q. a stopped trace keeps a compressed copy ($stopped stopped, largest $max_stopped bytes)"; fi

# --- n. traceloopd never crashed ---
expect_eq "$(show traceloop.service ActiveState)" active "n. traceloop.service is still active"
expect_eq "$(show traceloop.service NRestarts)" 0 "n. NRestarts=0"
expect_eq "$(show traceloop.service MainPID)" "$daemon_pid" "n. the same traceloopd since it was started again"
sd_run journalctl -q --no-pager -o cat -u traceloop.service -p err > "$WORK/daemon-err" 2>&1 || true
if [ ! -s "$WORK/daemon-err" ]; then ok "n. nothing at priority err or worse in traceloop.service's journal"
else not_ok "n. nothing at priority err or worse in traceloop.service's journal:"; show_file "$WORK/daemon-err"; fi
sd_run journalctl -q --no-pager -o cat -u traceloop.service > "$WORK/daemon-log" 2>&1 || true
if ! grep -E "code=(killed|dumped)|Failed with result|Scheduled restart" "$WORK/daemon-log" > "$WORK/daemon-crash"; then
        ok "n. systemd saw no crash of traceloopd"
else not_ok "n. systemd saw no crash of traceloopd:"; show_file "$WORK/daemon-crash"; fi

# --- nothing reached the host ---
sd_down
expect_eq "$([ -e /var/lib/traceloop ] && echo present || echo absent)" "$host_var_lib_traceloop" \
        "the host's /var/lib/traceloop is as before"
expect_eq "$(stat -c %Y /var/lib/systemd/catalog/database 2>/dev/null || echo none)" "$host_catalog" \
        "the host's catalog database is as before"

echo "$CHECKS checks, $FAILURES failed"
[ "$FAILURES" = 0 ]
