#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The in-kernel syscall filter: a trace records only the syscalls it was given
# (AddCgroupWithOptions "Syscalls", traceloopctl --syscalls=), whole, and the
# set can change while it records (SetSyscalls, set-syscalls).

. "$(dirname "$0")/lib.sh"

start_bus
start_daemon

# syscall names of a --no-columns dump, one per line, sorted and unique
names() {
        sed -n 's/^\([a-z_0-9]*\)(.*/\1/p' "$1" | sort -u | tr '\n' ' '
}

prop() {
        busctl --address="$BUS" get-property org.traceloop "/org/traceloop/trace/$1" org.traceloop.Trace1 "$2" 2>&1
}

# --- Only openat and close, each of them complete ---
cg=$(new_cgroup oc)
expect_eq "$(ctl add --syscalls=openat,close oc "$cg")" "1" "add --syscalls= prints the new trace id"
expect_eq "$(prop 1 Syscalls)" 's "close,openat"' "Syscalls reads the canonical list"

run_in "$cg" enoent:/nonexistent/traceloop-filter say:42 pipe "files:$TEST_DIR" sock exit:0 >/dev/null
ctl dump oc --no-columns > "$TEST_DIR/oc"
expect_eq "$(names "$TEST_DIR/oc")" "close openat " "the dump holds openat and close only"
expect_line 'openat(AT_FDCWD, "/nonexistent/traceloop-filter", O_RDONLY) = -1 ENOENT (No such file or directory)' \
        "$TEST_DIR/oc" "a failed openat with its path and errno"
# fds 3 and 4 are the pipe's, still open
expect_line "openat(AT_FDCWD, \"$TEST_DIR/f\", O_RDWR|O_CREAT|O_TRUNC, 0644) = 5" "$TEST_DIR/oc" \
        "openat with path, flags and mode"
expect_line 'close(5) = 0' "$TEST_DIR/oc" "close with its return value"
expect_no_match '<unfinished' "$TEST_DIR/oc" "nothing unfinished: the victim has exited"
expect_no_match 'lost' "$TEST_DIR/oc" "left-out syscalls are not counted as lost"
# The openat of the file comes before its close, as the program made them.
first_open=$(grep -n "openat(AT_FDCWD, \"$TEST_DIR/f\"" "$TEST_DIR/oc" | cut -d: -f1)
last_close=$(grep -n '^close(5) = 0' "$TEST_DIR/oc" | tail -n1 | cut -d: -f1)
if [ -n "$first_open" ] && [ -n "$last_close" ] && [ "$first_open" -lt "$last_close" ]; then
        ok "recorded syscalls stay in order"
else
        not_ok "recorded syscalls stay in order (openat at line $first_open, close at $last_close)"
fi
events=$(prop 1 Events | awk '{ print $2 }')
lines=$(grep -c . "$TEST_DIR/oc")
expect_eq "$events" "$lines" "the ring took one slot per recorded syscall, none for the others"

# --- A blocked read: in flight when recorded, nothing when left out ---
cg2=$(new_cgroup rd)
ctl add --syscalls=read rd "$cg2" >/dev/null
cg3=$(new_cgroup nord)
ctl add --syscalls=openat nord "$cg3" >/dev/null
mkfifo "$TEST_DIR/fifo" "$TEST_DIR/fifo2"
spawn_in "$cg2" "block:$TEST_DIR/fifo" exit:0 >/dev/null
reader=$SPAWNED
spawn_in "$cg3" "block:$TEST_DIR/fifo2" exit:0 >/dev/null
reader2=$SPAWNED
wait_blocked "$reader" 0
wait_blocked "$reader2" 0
ctl dump rd --no-columns > "$TEST_DIR/rd"
ctl dump nord --no-columns > "$TEST_DIR/nord"
expect_eq "$(tail -n1 "$TEST_DIR/rd")" 'read(3, <unfinished ...>' "a recorded read in flight is unfinished"
expect_eq "$(names "$TEST_DIR/rd")" "read " "the read-only trace holds reads only"
expect_no_match 'read(' "$TEST_DIR/nord" "a read left out is not in flight either"
expect_line "openat(AT_FDCWD, \"$TEST_DIR/fifo2\", O_RDWR) = 3" "$TEST_DIR/nord" "the openat before it is"
echo go > "$TEST_DIR/fifo"
echo go > "$TEST_DIR/fifo2"
wait "$reader" "$reader2"
ctl dump rd --no-columns > "$TEST_DIR/rd2"
expect_line 'read(3, "go\n", 64) = 3' "$TEST_DIR/rd2" "the read completes"
ctl dump nord --no-columns > "$TEST_DIR/nord2"
expect_no_match 'read(' "$TEST_DIR/nord2" "its exit writes nothing for a read left out"
expect_no_match '<unfinished' "$TEST_DIR/nord2" "nothing is left unfinished"

# --- strace's '!': every syscall but these ---
cg4=$(new_cgroup neg)
ctl add --syscalls='!write,openat' neg "$cg4" >/dev/null
syscalls=$(prop 4 Syscalls)
case $syscalls in
*,openat,*|*,write,*) not_ok "the complement leaves out openat and write: $syscalls" ;;
*,close,*) ok "the complement leaves out openat and write, and lists close" ;;
*) not_ok "the complement lists close: $syscalls" ;;
esac
run_in "$cg4" enoent:/nonexistent/neg say:43 exit:0 >/dev/null
ctl dump neg --no-columns > "$TEST_DIR/neg"
expect_no_match 'openat(' "$TEST_DIR/neg" "no openat in the complement"
expect_no_match 'write(' "$TEST_DIR/neg" "no write in the complement"
expect_match "execve(\"$VICTIM\"," "$TEST_DIR/neg" "execve is in the complement"
expect_line 'exit_group(0) = ?' "$TEST_DIR/neg" "exit_group is in the complement"

# --- A class, less what a later '!' takes out ---
cg5=$(new_cgroup cls)
ctl add --syscalls='%file,!execve' cls "$cg5" >/dev/null
run_in "$cg5" enoent:/nonexistent/cls say:46 "files:$TEST_DIR" exit:0 >/dev/null
ctl dump cls --no-columns > "$TEST_DIR/cls"
expect_line 'openat(AT_FDCWD, "/nonexistent/cls", O_RDONLY) = -1 ENOENT (No such file or directory)' \
        "$TEST_DIR/cls" "%file: openat with its path"
expect_match "mkdir(\"$TEST_DIR/d\", 0755) = 0" "$TEST_DIR/cls" "%file: mkdir"
expect_match "unlink(\"$TEST_DIR/f\") = 0" "$TEST_DIR/cls" "%file: unlink"
expect_match "chdir(\"/\") = 0" "$TEST_DIR/cls" "%file: chdir"
expect_no_match 'execve(' "$TEST_DIR/cls" "!execve takes execve out of %file"
expect_eq "$(grep -cE '^(write|read|close|pwrite64|pread64|exit_group|mmap)\(' "$TEST_DIR/cls")" 0 \
        "%file has no write, read, close, pwrite64, pread64, exit_group, mmap"
expect_eq "$(prop 5 Syscalls | grep -c '"[a-z0-9_,]*openat[a-z0-9_,]*"')" 1 "Syscalls lists the class's names"

# --- Changing the set while the trace records ---
busctl --address="$BUS" monitor --match="type='signal',interface='org.freedesktop.DBus.Properties',path='/org/traceloop/trace/1'" \
        > "$TEST_DIR/monitor" 2>&1 &
monitor=$!
PIDS+=($monitor)
sleep 0.5
ctl set-syscalls oc write,exit_group
expect_eq "$(prop 1 Syscalls)" 's "exit_group,write"' "set-syscalls changes the Syscalls property"
run_in "$cg" enoent:/nonexistent/second say:44 exit:0 >/dev/null
ctl dump oc --no-columns > "$TEST_DIR/oc2"
expect_line 'write(1, "44\n", 3) = 3' "$TEST_DIR/oc2" "a newly selected syscall is recorded"
expect_line 'exit_group(0) = ?' "$TEST_DIR/oc2" "exit_group, selected, is recorded"
expect_no_match '/nonexistent/second' "$TEST_DIR/oc2" "a syscall no longer selected is not"
expect_line 'openat(AT_FDCWD, "/nonexistent/traceloop-filter", O_RDONLY) = -1 ENOENT (No such file or directory)' \
        "$TEST_DIR/oc2" "what was recorded before stays"
sleep 0.3
kill "$monitor" 2>/dev/null; wait "$monitor" 2>/dev/null || true
if grep -q 'exit_group,write' "$TEST_DIR/monitor"; then
        ok "PropertiesChanged carries the new Syscalls"
else
        not_ok "PropertiesChanged carries the new Syscalls:"; sed 's/^/    /' "$TEST_DIR/monitor" | head -30
fi

# By id over the bus, and back to all.
busctl --address="$BUS" call org.traceloop /org/traceloop/trace/1 org.traceloop.Trace1 SetSyscalls s "" >/dev/null
expect_eq "$(prop 1 Syscalls)" 's ""' "Trace1.SetSyscalls \"\" records all syscalls again"
run_in "$cg" say:45 exit:0 >/dev/null
ctl dump oc --no-columns > "$TEST_DIR/oc3"
expect_match "execve(\"$VICTIM\"," "$TEST_DIR/oc3" "execve is recorded again"
expect_line 'write(1, "45\n", 3) = 3' "$TEST_DIR/oc3" "and write"

# --- Bad lists: a named error that names the token, and nothing changed ---
ctl set-syscalls oc openat,close >/dev/null
rc=0
out=$(ctl set-syscalls oc openat,no_such_call,close 2>&1) || rc=$?
expect_eq "$rc" 2 "set-syscalls with an unknown name fails as wrong usage"
expect_match 'no_such_call' <(echo "$out") "the error names the bad token"
expect_eq "$(prop 1 Syscalls)" 's "close,openat"' "a bad list changes nothing"
out=$(call SetSyscalls uint64:1 string:openat,bogus || true)
expect_match 'org.traceloop.InvalidSyscalls' <(echo "$out") "Manager1.SetSyscalls: org.traceloop.InvalidSyscalls"
out=$(call SetSyscalls uint64:1 string:openat,,close || true)
expect_match 'org.traceloop.InvalidSyscalls' <(echo "$out") "an empty token is refused too"
expect_eq "$(prop 1 Syscalls)" 's "close,openat"' "and changes nothing"
out=$(busctl --address="$BUS" call org.traceloop /org/traceloop org.traceloop.Manager1 SetSyscalls ts 99 openat 2>&1 || true)
expect_match 'No trace with id 99' <(echo "$out") "SetSyscalls of no trace: NoSuchTrace"

n_before=$(ctl list | grep -c '^[0-9]')
new_cgroup bad >/dev/null
out=$(busctl --address="$BUS" call org.traceloop /org/traceloop org.traceloop.Manager1 AddCgroupWithOptions \
        'ssa{sv}' bad "$CGBASE/bad" 1 Syscalls s 'openat,frobnicate' 2>&1 || true)
expect_match 'frobnicate' <(echo "$out") "AddCgroupWithOptions: the error names the bad token"
rc=0
out=$(ctl add --syscalls=openat,frobnicate bad "$CGBASE/bad" 2>&1) || rc=$?
expect_eq "$rc" 2 "add --syscalls= with an unknown name fails as wrong usage"
expect_match 'frobnicate' <(echo "$out") "traceloopctl shows the token"
expect_eq "$(ctl list | grep -c '^[0-9]')" "$n_before" "no trace was added"

# A stopped trace keeps its set, which can no longer change.
run_in "$cg" enoent:/nonexistent/third exit:0 >/dev/null
rmdir "$CGROOT$cg"
for _ in $(seq 50); do
        [ "$(prop 1 State)" = 's "stopped"' ] && break
        sleep 0.1
done
expect_eq "$(prop 1 State)" 's "stopped"' "the trace stops with its cgroup"
expect_eq "$(prop 1 Syscalls)" 's "close,openat"' "a stopped trace still says what it recorded"
out=$(ctl set-syscalls oc write 2>&1 || true)
expect_match 'stopped' <(echo "$out") "set-syscalls on a stopped trace: TraceStopped"

# traceloopctl list: a SYSCALLS column once some trace has a filter ("all" for the others).
cg_all=$(new_cgroup unfiltered)
ctl add unfiltered "$cg_all" >/dev/null
ctl list > "$TEST_DIR/list"
expect_eq "$(head -1 "$TEST_DIR/list" | awk '{ print $(NF - 1), $NF }')" "CGROUP SYSCALLS" "list: a SYSCALLS column once a trace has a filter"
expect_eq "$(awk '$2 == "oc" { print $NF }' "$TEST_DIR/list")" "close,openat" "list: the trace's filter in its row"
expect_eq "$(awk '$2 == "unfiltered" { print $NF }' "$TEST_DIR/list")" "all" "list: all for a trace without one"
if [ "$(awk 'NR == 1 { print index($0, "SYSCALLS") }' "$TEST_DIR/list")" = \
     "$(awk '$2 == "oc" { print index($0, "close,openat") }' "$TEST_DIR/list")" ]; then
        ok "list: the SYSCALLS column lines up"
else
        not_ok "list: the SYSCALLS column lines up"; sed 's/^/    /' "$TEST_DIR/list"
fi

stop_daemon
finish
