#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Signals and exits come from the kernel's own events, in their place among
# the syscalls, in strace's words; and strace on the same program agrees.

. "$(dirname "$0")/lib.sh"

start_bus
start_daemon

cg=$(new_cgroup sig)
ctl add sig "$cg" >/dev/null

# run_status CGROUP SHELL-PREFIX ARGS...: the victim in CGROUP, after running
# SHELL-PREFIX (ulimit, cd) in its shell; prints its pid and wait status.
run_status() {
        local cgroup=$1 prefix=$2; shift 2
        python3 - "$CGROOT$cgroup" "$prefix" "$VICTIM" "$@" <<'PY'
import os, subprocess, sys
cg, prefix, args = sys.argv[1], sys.argv[2], sys.argv[3:]
p = subprocess.Popen(["sh", "-c", 'echo $$ > "$1/cgroup.procs" && ' + prefix + ' && shift && exec "$@"', "sh", cg] + args,
                     stdout=subprocess.DEVNULL)
_, status = os.waitpid(p.pid, 0)
print(p.pid, status)
PY
}

# --- A handled signal, a thread, an interrupted read, a child, an exit code ---
read -r pid status < <(run_status "$cg" true usr1 thread interrupt child:3 exit:7)
expect_eq "$status" $((7 << 8)) "the victim exited with 7"
ctl dump sig --no-columns -p "$pid" > "$TEST_DIR/dump"
ctl dump sig --no-columns > "$TEST_DIR/dump-all"
ctl dump sig --format=json > "$TEST_DIR/dump.json"

expect_line "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=$pid, si_uid=$(id -u)} ---" "$TEST_DIR/dump" \
        "raise(SIGUSR1): sent by tgkill from the process itself"
expect_eq "$(grep -B1 -F -- '--- SIGUSR1 ' "$TEST_DIR/dump" | head -1)" "tgkill($pid, $pid, SIGUSR1) = 0" \
        "SIGUSR1 comes right after the tgkill that sent it"
# The handler blocks nothing: the mask it restores, read from the signal
# frame on the stack, is the one raise() had restored before the delivery.
expect_eq "$(grep -A1 -F -- '--- SIGUSR1 ' "$TEST_DIR/dump" | tail -1)" "rt_sigreturn({mask=[]}) = 0" \
        "the handler returns through rt_sigreturn, with the mask it restores"

# The read is cut short: it returns to restart, the signal comes, the handler
# returns and the read fails (no SA_RESTART), as strace shows it.
grep -A2 -E '^read\(3, 0x[0-9a-f]+, 64\) = \? ERESTARTSYS \(To be restarted if SA_RESTART is set\)$' "$TEST_DIR/dump" \
        > "$TEST_DIR/intr" || true
expect_eq "$(sed -n 2p "$TEST_DIR/intr")" "--- SIGALRM {si_signo=SIGALRM, si_code=SI_KERNEL} ---" \
        "an interrupted read: = ? ERESTARTSYS, then the signal"
if sed -n 3p "$TEST_DIR/intr" | grep -qE '^rt_sigreturn\(.*\) = -1 EINTR \(Interrupted system call\)$'; then
        ok "then rt_sigreturn fails with EINTR"
else
        not_ok "then rt_sigreturn fails with EINTR:"; sed 's/^/    /' "$TEST_DIR/intr"
fi

# SIGCHLD is ignored by default: dropped when sent, yet strace shows it, so do we.
child=$(sed -nE 's/^clone\(.*\) = ([0-9]+)$/\1/p' "$TEST_DIR/dump" | head -1)
expect_line "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=$child, si_uid=$(id -u), si_status=3, si_utime=0, si_stime=0} ---" \
        "$TEST_DIR/dump" "SIGCHLD of the child that exited with 3"
ctl dump sig --no-columns -p "$child" > "$TEST_DIR/dump-child"
expect_eq "$(tail -n2 "$TEST_DIR/dump-child")" 'exit_group(3) = ?
+++ exited with 3 +++' "the child's exit_group, then its exit"

expect_eq "$(tail -n2 "$TEST_DIR/dump")" 'exit_group(7) = ?
+++ exited with 7 +++' "exit_group(7), then +++ exited with 7 +++, last"

# The thread's exit is its own line, under its own tid; the process's is the last thread's.
python3 - "$TEST_DIR/dump.json" "$pid" > "$TEST_DIR/exits" <<'PY'
import json, sys
pid = int(sys.argv[2])
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e["type"] == "exit" and e["pid"] == pid:
        print("thread" if e["tid"] != pid else "main", e["exit_code"], e["signal"], e["process_end"], e["text"])
PY
expect_eq "$(cat "$TEST_DIR/exits")" 'thread 0 None False +++ exited with 0 +++
main 7 None True +++ exited with 7 +++' "json: the thread's exit, then the process's, typed"
expect_eq "$(grep -c '"type":"signal"' "$TEST_DIR/dump.json")" 3 "json: three signal objects (SIGUSR1, SIGALRM, SIGCHLD)"

# strace -f's layout: the thread's exit under its [pid N], no return value.
thread_tid=$(python3 -c 'import json,sys
for l in open(sys.argv[1]):
    e = json.loads(l)
    if e["type"] == "exit" and e["pid"] == int(sys.argv[2]) and e["tid"] != e["pid"]: print(e["tid"])' "$TEST_DIR/dump.json" "$pid")
ctl dump sig -o strace -p "$pid" > "$TEST_DIR/dump-strace"
expect_line "$(printf '[pid %5d] +++ exited with 0 +++' "$thread_tid")" "$TEST_DIR/dump-strace" "-o strace: the thread's exit with its [pid N]"
# The thread was joined before the alarm: the process is alone again, so strace -f has no [pid N] there.
expect_line '--- SIGALRM {si_signo=SIGALRM, si_code=SI_KERNEL} ---' "$TEST_DIR/dump-strace" \
        "-o strace: the signal after the thread's exit without [pid N], as strace -f"
expect_eq "$(grep -cE '^clone3\(' "$TEST_DIR/dump-strace" || true)" 1 \
        "-o strace: the clone3 that makes the thread starts without [pid N], as strace -f"

# A syscall filter keeps signals and exits, as strace -e trace= does.
ctl dump sig --no-columns -p "$pid" -e getppid > "$TEST_DIR/dump-f"
expect_eq "$(grep -cE '^(---|\+\+\+) ' "$TEST_DIR/dump-f")" 5 "-e getppid keeps the 3 signals and 2 exits"
expect_eq "$(grep -vcE '^(---|\+\+\+) |^getppid\(\)' "$TEST_DIR/dump-f" || true)" 0 "and no other syscall"

# strace's lines for the same program. Pids differ from run to run; the order
# of a child's exit and its SIGCHLD is up to the scheduler under strace.
# strace -o -f starts each line with the pid; on a terminal it would be "[pid N] ".
events() { sed -E 's/^(\[pid +[0-9]+\] |[0-9]+ +)//; s/si_pid=[0-9]+/si_pid=PID/' | { grep -E '^(---|\+\+\+) ' || true; } | sort; }
strace -f -o "$TEST_DIR/strace" "$VICTIM" usr1 thread interrupt child:3 exit:7 >/dev/null || true
events < "$TEST_DIR/strace" > "$TEST_DIR/strace-events"
events < "$TEST_DIR/dump-all" > "$TEST_DIR/our-events"
if diff -u "$TEST_DIR/strace-events" "$TEST_DIR/our-events" > "$TEST_DIR/diff"; then
        ok "strace -f prints the same signal and exit lines ($(wc -l < "$TEST_DIR/our-events"))"
else
        not_ok "strace -f prints the same signal and exit lines:"; sed 's/^/    /' "$TEST_DIR/diff"
fi
# And the same returns from the handlers (SIGUSR1's, SIGALRM's that fails the
# read); strace -o pads short calls to align their return values.
sigreturns() { sed -E 's/^(\[pid +[0-9]+\] |[0-9]+ +)//; s/\) +=/) =/' | { grep -E '^rt_sigreturn\(' || true; }; }
sigreturns < "$TEST_DIR/strace" > "$TEST_DIR/strace-sigreturns"
sigreturns < "$TEST_DIR/dump" > "$TEST_DIR/our-sigreturns"
if [ -s "$TEST_DIR/our-sigreturns" ] && diff -u "$TEST_DIR/strace-sigreturns" "$TEST_DIR/our-sigreturns" > "$TEST_DIR/diff"; then
        ok "strace -f prints the same rt_sigreturn lines ($(paste -sd' ' "$TEST_DIR/our-sigreturns"))"
else
        not_ok "strace -f prints the same rt_sigreturn lines:"; sed 's/^/    /' "$TEST_DIR/diff"
fi

# --- Killed: by a fault, by a signal the kernel turns into SIGKILL, with more threads ---
# kill_case NAME PREFIX ARGS...: run it traced and under strace; the lines must be
# those strace prints, and what the kernel told the parent.
kill_case() {
        local name=$1 prefix=$2; shift 2
        local kcg pid status sig want
        kcg=$(new_cgroup "$name")
        ctl add "$name" "$kcg" >/dev/null
        read -r pid status < <(run_status "$kcg" "$prefix" "$@")
        ctl dump "$name" --no-columns > "$TEST_DIR/dump-$name"
        sig=$((status & 0x7f))
        want="+++ killed by SIG$(kill -l "$sig")"
        if [ $((status & 0x80)) != 0 ]; then want="$want (core dumped)"; fi
        want="$want +++"
        expect_eq "$(tail -n1 "$TEST_DIR/dump-$name")" "$want" "$name: the last line says what wait() said (status $status)"
        (cd "$TEST_DIR" && eval "$prefix" && strace -f -o "$TEST_DIR/strace-$name" "$VICTIM" "$@" >/dev/null 2>&1) 2>/dev/null || true
        events < "$TEST_DIR/strace-$name" > "$TEST_DIR/strace-events-$name"
        events < "$TEST_DIR/dump-$name" > "$TEST_DIR/our-events-$name"
        if diff -u "$TEST_DIR/strace-events-$name" "$TEST_DIR/our-events-$name" > "$TEST_DIR/diff-$name"; then
                ok "$name: strace -f prints the same signal and exit lines"
        else
                not_ok "$name: strace -f prints the same signal and exit lines:"; sed 's/^/    /' "$TEST_DIR/diff-$name"
        fi
        ctl close "$name"
        LAST_PID=$pid
}

kill_case segv "ulimit -c 0" segv
expect_line "--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---" "$TEST_DIR/dump-segv" "segv: the fault, its code and address"
expect_eq "$(tail -n2 "$TEST_DIR/dump-segv" | head -1)" "--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---" \
        "segv: the fault right before the end"
expect_line "+++ killed by SIGSEGV +++" "$TEST_DIR/dump-segv" "segv: killed by SIGSEGV, no core with ulimit -c 0"

# With a core allowed, whether one was written is what wait() says (core_pattern decides).
kill_case segvcore "ulimit -c unlimited && cd '$TEST_DIR'" segv

kill_case term "true" term
expect_eq "$(tail -n2 "$TEST_DIR/dump-term")" "--- SIGTERM {si_signo=SIGTERM, si_code=SI_USER, si_pid=$LAST_PID, si_uid=$(id -u)} ---
+++ killed by SIGTERM +++" "term: the SIGTERM the kernel turned into SIGKILL is shown as sent, then the end"

# Two threads: the signal once, on the thread that took it; an exit for each.
kill_case threads "ulimit -c 0" sleeper term
expect_eq "$(grep -c -- '--- SIGTERM ' "$TEST_DIR/dump-threads")" 1 "threads: SIGTERM shown once"
expect_eq "$(grep -cxF '+++ killed by SIGTERM +++' "$TEST_DIR/dump-threads")" 2 "threads: both threads killed by SIGTERM"
kill_case threadsegv "ulimit -c 0" sleeper segv
expect_eq "$(grep -c -- '--- SIGSEGV ' "$TEST_DIR/dump-threadsegv")" 1 "threadsegv: SIGSEGV shown once"
expect_eq "$(grep -cxF '+++ killed by SIGSEGV +++' "$TEST_DIR/dump-threadsegv")" 2 "threadsegv: both threads killed by SIGSEGV"
# The sleeping thread's pause never returns to it: unfinished, as strace shows
# it, not the ERESTARTNOHAND only the kernel saw (pause is ppoll on arm64).
expect_eq "$(grep -cE '^(pause|ppoll)\(.*<unfinished \.\.\.>$' "$TEST_DIR/dump-threadsegv")" 1 \
        "threadsegv: the other thread's pause is left unfinished"
expect_no_match 'ERESTART' "$TEST_DIR/dump-threadsegv" "threadsegv: no restart errno shown for a killed thread"

kill_case kill9 "true" kill9
expect_eq "$(tail -n2 "$TEST_DIR/dump-kill9")" "kill($LAST_PID, SIGKILL <unfinished ...>
+++ killed by SIGKILL +++" "kill9: the kill never returns, then the end; no SIGKILL line (strace shows none)"

# --- A main thread that exits first: its end comes last, with the process's status, as strace has it ---
lcg=$(new_cgroup leader)
ctl add leader "$lcg" >/dev/null
read -r pid status < <(run_status "$lcg" true leaderexit)
ctl dump leader --format=json > "$TEST_DIR/dump-leader.json"
python3 - "$TEST_DIR/dump-leader.json" "$pid" > "$TEST_DIR/leader-exits" <<'PY'
import json, sys
pid = int(sys.argv[2])
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e["type"] == "exit":
        print("main" if e["tid"] == pid else "thread", e["process_end"], e["text"])
PY
expect_eq "$(cat "$TEST_DIR/leader-exits")" "thread False +++ exited with 0 +++
main True +++ exited with $((status >> 8)) +++" "leaderexit: the thread's exit, then the main thread's with what wait() said ($status)"
ctl dump leader --no-columns > "$TEST_DIR/dump-leader"
strace -f -o "$TEST_DIR/strace-leader" "$VICTIM" leaderexit >/dev/null 2>&1 || true
expect_eq "$(sed -E 's/^[0-9]+ +//' "$TEST_DIR/strace-leader" | grep -E '^\+\+\+ ' | tr '\n' '|')" \
        "$(grep -E '^\+\+\+ ' "$TEST_DIR/dump-leader" | tr '\n' '|')" "leaderexit: the exit lines in strace's order"

# --- A stop: the signal, the stop, the parent told, as strace shows them ---
scg=$(new_cgroup stop)
ctl add stop "$scg" >/dev/null
read -r pid status < <(run_status "$scg" true stop)
expect_eq "$status" 0 "stop: the victim continued its child and exited"
ctl dump stop --no-columns > "$TEST_DIR/dump-stop"
strace -f -o "$TEST_DIR/strace-stop" "$VICTIM" stop >/dev/null 2>&1 || true
events < "$TEST_DIR/dump-stop" > "$TEST_DIR/our-events-stop"
events < "$TEST_DIR/strace-stop" > "$TEST_DIR/strace-events-stop"
for line in "--- SIGSTOP {si_signo=SIGSTOP, si_code=SI_TKILL, si_pid=PID, si_uid=$(id -u)} ---" \
            "--- stopped by SIGSTOP ---" \
            "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_STOPPED, si_pid=PID, si_uid=$(id -u), si_status=SIGSTOP, si_utime=0, si_stime=0} ---" \
            "--- SIGCONT {si_signo=SIGCONT, si_code=SI_USER, si_pid=PID, si_uid=$(id -u)} ---"; do
        expect_line "$line" "$TEST_DIR/our-events-stop" "stop: ours has '$line'"
        expect_line "$line" "$TEST_DIR/strace-events-stop" "stop: strace has it too"
done
expect_eq "$(grep -A1 -F -- '--- SIGSTOP {' "$TEST_DIR/dump-stop" | tail -1)" "--- stopped by SIGSTOP ---" "stop: the stop right after the signal"

stop_daemon
finish
