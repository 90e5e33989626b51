#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The recorder end to end: real BPF, a real dbus-daemon, traceloopd, traceloopctl.

. "$(dirname "$0")/lib.sh"

start_bus
start_daemon

# --- A program's syscalls come back strace-style, including one in flight ---
cg=$(new_cgroup app)
expect_eq "$(ctl add app "$cg")" "1" "add prints the new trace id"

mkfifo "$TEST_DIR/fifo"
spawn_in "$cg" enoent:/nonexistent/traceloop-test say:42 pipe "block:$TEST_DIR/fifo" exit:0 >/dev/null
victim=$SPAWNED
wait_blocked "$victim" 0

ctl dump app --no-columns > "$TEST_DIR/dump1"
expect_match "execve(\"$VICTIM\"," "$TEST_DIR/dump1" "the victim's execve is recorded"
expect_line 'openat(AT_FDCWD, "/nonexistent/traceloop-test", O_RDONLY) = -1 ENOENT (No such file or directory)' "$TEST_DIR/dump1" "failed openat with errno name and message"
expect_line 'write(1, "42\n", 3) = 3' "$TEST_DIR/dump1" "write with its buffer"
expect_line 'write(4, "hello", 5) = 5' "$TEST_DIR/dump1" "write into the pipe"
expect_line 'read(3, "hello", 64) = 5' "$TEST_DIR/dump1" "read buffer sized by the return value"
expect_line "openat(AT_FDCWD, \"$TEST_DIR/fifo\", O_RDWR) = 5" "$TEST_DIR/dump1" "openat of the fifo"
expect_line 'read(5, <unfinished ...>' "$TEST_DIR/dump1" "blocked read shown as unfinished"
expect_eq "$(tail -n1 "$TEST_DIR/dump1")" 'read(5, <unfinished ...>' "the in-flight read is the newest line"

# Order: lines appear as the program made the calls.
order=$(grep -nE '^(openat\(AT_FDCWD, "/nonexistent|write\(1, "42|read\(3, "hello|read\(5, <unf)' "$TEST_DIR/dump1" | cut -d: -f1 | tr '\n' ' ')
sorted=$(echo "$order" | tr ' ' '\n' | grep . | sort -n | tr '\n' ' ')
expect_eq "$order" "$sorted" "events in the order they happened"

echo go > "$TEST_DIR/fifo"
wait "$victim"

# A syscall stuck on its path (an open that waits for the other end) shows
# that path while in flight: paths are read when the syscall enters.
mkfifo "$TEST_DIR/fifo-open"
spawn_in "$cg" "openwait:$TEST_DIR/fifo-open" exit:0 >/dev/null
opener=$SPAWNED
wait_blocked "$opener" 257
ctl dump app --no-columns -p "$opener" > "$TEST_DIR/dump-open"
expect_line "openat(AT_FDCWD, \"$TEST_DIR/fifo-open\", O_WRONLY <unfinished ...>" "$TEST_DIR/dump-open" \
        "an openat blocked in flight shows its path"
cat "$TEST_DIR/fifo-open" > /dev/null
wait "$opener"
ctl dump app --no-columns > "$TEST_DIR/dump2"
expect_line 'read(5, "go\n", 64) = 3' "$TEST_DIR/dump2" "the read completes after the dump"
expect_no_match '<unfinished ...>' "$TEST_DIR/dump2" "nothing left unfinished after it returned"
expect_line 'exit_group(0) = ?' "$TEST_DIR/dump2" "exit_group shown, never returning"
expect_eq "$(grep -A1 -xF 'exit_group(0) = ?' "$TEST_DIR/dump2" | grep -cxF '+++ exited with 0 +++')" 2 \
        "each exit_group is followed by its process's exit"

# Columns: time, cpu, tid, comm before the call.
ctl dump app > "$TEST_DIR/dump3"
# The default clock is the kernel tick: milliseconds, no invented digits.
if grep -qE "^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}    +[0-9]+ +$victim victim +write\(1, \"42\\\\n\", 3\) = 3$" "$TEST_DIR/dump3"; then
        ok "text columns: time, cpu, tid, comm"
else
        not_ok "text columns: time, cpu, tid, comm"; grep -F 'write(1' "$TEST_DIR/dump3" | sed 's/^/    /'
fi

# JSON: one object per line, typed fields.
ctl dump app -o json > "$TEST_DIR/dump.json"
expect_match '"syscall":"write","args":[{"name":"fd","raw":1,"value":"1"}' "$TEST_DIR/dump.json" "json has typed arguments"
if python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$TEST_DIR/dump.json" 2>/dev/null; then
        ok "every json line parses"
else
        not_ok "every json line parses"
fi
expect_match '"clock":"tick"' "$TEST_DIR/dump.json" "json says the records carry tick times"
# Tick times are dated with a sample of both clocks: they are the wall-clock
# time the victim ran at (this test started less than a minute ago).
if python3 - "$TEST_DIR/dump.json" "$(date +%s)" <<'PY'
import json, sys, datetime
now = int(sys.argv[2])
for l in open(sys.argv[1]):
    t = json.loads(l)["time"]
    s = datetime.datetime.strptime(t, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc).timestamp()
    if not (now - 60 <= s <= now + 1):
        sys.exit("%s is not within the last minute of %d" % (t, now))
PY
then
        ok "tick times are the wall-clock time the syscalls ran"
else
        not_ok "tick times are the wall-clock time the syscalls ran"
fi

# busctl works too: Dump returns the text.
busctl --address="$BUS" call org.traceloop /org/traceloop org.traceloop.Manager1 Dump t 1 > "$TEST_DIR/busctl" 2>&1
expect_match 'write(1, \"42\\n\", 3) = 3' "$TEST_DIR/busctl" "busctl call Dump returns the text"

# --- Another cgroup's process is not in the trace ---
other=$(new_cgroup other)
run_in "$other" enoent:/nonexistent/not-traced >/dev/null
ctl dump app --no-columns > "$TEST_DIR/dump4"
expect_no_match '/nonexistent/not-traced' "$TEST_DIR/dump4" "a process in another cgroup is absent"

# --- Descendants: one that existed before AddCgroup and one made after ---
pre=$(new_cgroup tree/pre)
ctl add tree "$CGBASE/tree" >/dev/null
post=$(new_cgroup tree/post)
deep=$(new_cgroup tree/post/deeper)
run_in "$pre" enoent:/nonexistent/in-pre >/dev/null
run_in "$deep" enoent:/nonexistent/in-deeper >/dev/null
ctl dump tree --no-columns > "$TEST_DIR/dump5"
expect_match '"/nonexistent/in-pre"' "$TEST_DIR/dump5" "a descendant cgroup existing before add is traced"
expect_match '"/nonexistent/in-deeper"' "$TEST_DIR/dump5" "a descendant cgroup created after add is traced"

# --- Two traces do not mix ---
a=$(new_cgroup mix-a)
b=$(new_cgroup mix-b)
ctl add mix-a "$a" >/dev/null
ctl add mix-b "$b" >/dev/null
run_in "$a" say:from-a >/dev/null &
pa=$!
run_in "$b" say:from-b >/dev/null
wait $pa
ctl dump mix-a --no-columns > "$TEST_DIR/dump-a"
ctl dump mix-b --no-columns > "$TEST_DIR/dump-b"
expect_line 'write(1, "from-a\n", 7) = 7' "$TEST_DIR/dump-a" "trace a has a's write"
expect_no_match 'from-b' "$TEST_DIR/dump-a" "trace a has none of b's"
expect_line 'write(1, "from-b\n", 7) = 7' "$TEST_DIR/dump-b" "trace b has b's write"
expect_no_match 'from-a' "$TEST_DIR/dump-b" "trace b has none of a's"

# --- Filters on the dump ---
ctl dump app --no-columns -e write > "$TEST_DIR/dump-f"
expect_eq "$(grep -vcE '^(write\(|\+\+\+ exited with 0 \+\+\+$)' "$TEST_DIR/dump-f" || true)" "0" \
        "--syscall=write keeps only writes, and the exits (strace -e trace=write shows them too)"
expect_line '+++ exited with 0 +++' "$TEST_DIR/dump-f" "exits are kept by a syscall filter"
ctl dump app --no-columns -n 2 > "$TEST_DIR/dump-n"
expect_eq "$(cat "$TEST_DIR/dump-n")" 'exit_group(0) = ?
+++ exited with 0 +++' "--last=2 keeps the newest lines: the last exit_group and the exit"

# --- A removed cgroup leaves its trace readable, stopped ---
gone=$(new_cgroup gone)
ctl add gone "$gone" >/dev/null
run_in "$gone" say:before-removal >/dev/null
rmdir "$CGROOT$gone"
ctl list > "$TEST_DIR/list"
if grep -qE '^[0-9]+ +gone +stopped ' "$TEST_DIR/list"; then ok "removed cgroup: trace stopped"; else not_ok "removed cgroup: trace stopped"; cat "$TEST_DIR/list"; fi
expect_eq "$(head -1 "$TEST_DIR/list" | awk '{ print $NF }')" CGROUP "list: no SYSCALLS column while no trace has a filter"
ctl dump gone --no-columns > "$TEST_DIR/dump-gone"
expect_line 'write(1, "before-removal\n", 15) = 15' "$TEST_DIR/dump-gone" "stopped trace still dumpable"
ctl close gone
if ctl dump gone >/dev/null 2>&1; then not_ok "closed trace is gone"; else
        rc=0; ctl dump gone 2>/dev/null || rc=$?
        expect_eq "$rc" 4 "dump of a closed trace: no such trace, exit 4"
fi

# --- Trace objects on the bus ---
busctl --address="$BUS" get-property org.traceloop /org/traceloop/trace/1 org.traceloop.Trace1 Name > "$TEST_DIR/prop"
expect_eq "$(cat "$TEST_DIR/prop")" 's "app"' "Trace1.Name property"
busctl --address="$BUS" get-property org.traceloop /org/traceloop/trace/1 org.traceloop.Trace1 State > "$TEST_DIR/prop"
expect_eq "$(cat "$TEST_DIR/prop")" 's "recording"' "Trace1.State property"

# --- Captures of the other kinds, as strace prints them (checked with strace 6.1) ---
fs=$(new_cgroup files)
ctl add files "$fs" >/dev/null
mkdir "$TEST_DIR/files"
run_in "$fs" "files:$TEST_DIR/files" sock >/dev/null
ctl dump files --no-columns > "$TEST_DIR/dump-files"
F="$TEST_DIR/files"
expect_line "mkdir(\"$F/d\", 0755) = 0" "$TEST_DIR/dump-files" "mkdir: path and mode"
expect_line "openat(AT_FDCWD, \"$F/f\", O_RDWR|O_CREAT|O_TRUNC, 0644) = 3" "$TEST_DIR/dump-files" "openat with O_CREAT shows the mode"
expect_line 'pwrite64(3, "abc", 3, 10) = 3' "$TEST_DIR/dump-files" "pwrite64: buffer at enter"
expect_line 'pread64(3, "abc", 3, 10) = 3' "$TEST_DIR/dump-files" "pread64: buffer at exit"
expect_match "newfstatat(AT_FDCWD, \"$F/f\", " "$TEST_DIR/dump-files" "stat family: path"
expect_line "unlink(\"$F/f\") = 0" "$TEST_DIR/dump-files" "unlink: path"
expect_line "rmdir(\"$F/d\") = 0" "$TEST_DIR/dump-files" "rmdir: path"
expect_line 'getcwd("/", 64) = 2' "$TEST_DIR/dump-files" "getcwd: the path the kernel wrote, without its NUL"
expect_line 'sendto(3, "ping", 4, 0, NULL, 0) = 4' "$TEST_DIR/dump-files" "sendto: buffer at enter"
expect_line 'recvfrom(4, "ping", 64, 0, NULL, NULL) = 4' "$TEST_DIR/dump-files" "recvfrom: buffer at exit"

# --- Order across CPUs: two processes on two CPUs taking turns ---
pp=$(new_cgroup pingpong)
ctl add --buffer-size=1M pingpong "$pp" >/dev/null
run_in "$pp" pingpong:20 >/dev/null
ctl dump pingpong --no-columns | sed -nE 's/^write\(1, "([pc][0-9]+)\\n", [0-9]+\) = [0-9]+$/\1/p' | tr '\n' ' ' > "$TEST_DIR/turns"
want=$(for k in $(seq 20); do printf 'p%d c%d ' "$k" "$k"; done)
expect_eq "$(cat "$TEST_DIR/turns")" "$want" "writes of two processes on two CPUs come out in the order they happened"
ctl dump pingpong > "$TEST_DIR/pp-columns"
expect_eq "$(awk '/write\(1, "[pc][0-9]/ { print $2 }' "$TEST_DIR/pp-columns" | sort -u | wc -l)" "$(( $(nproc) > 1 ? 2 : 1 ))" "the two processes ran on different CPUs"

# --- Per-trace buffer size ---
id=$(ctl add --buffer-size=8K small "$(new_cgroup small)")
expect_eq "$(ctl list | awk '$2 == "small" { print $1 }')" "$id" "add with --buffer-size prints the new trace's id"
busctl --address="$BUS" get-property org.traceloop "/org/traceloop/trace/$id" org.traceloop.Trace1 BufferSize > "$TEST_DIR/prop"
expect_eq "$(cat "$TEST_DIR/prop")" "t 7776" "per-trace BufferSize: 8K holds 18 records of 432 bytes"
busctl --address="$BUS" get-property org.traceloop /org/traceloop/trace/1 org.traceloop.Trace1 BufferSize > "$TEST_DIR/prop"
expect_eq "$(cat "$TEST_DIR/prop")" "t 4194288" "default BufferSize: 4M in whole records"

# --- Precise timestamps, per trace ---
busctl --address="$BUS" get-property org.traceloop /org/traceloop/trace/1 org.traceloop.Trace1 Timestamps > "$TEST_DIR/prop"
expect_eq "$(cat "$TEST_DIR/prop")" 's "tick"' "traces use the tick unless asked"
pc=$(new_cgroup precise)
id=$(ctl add --timestamps=precise precise "$pc")
busctl --address="$BUS" get-property org.traceloop "/org/traceloop/trace/$id" org.traceloop.Trace1 Timestamps > "$TEST_DIR/prop"
expect_eq "$(cat "$TEST_DIR/prop")" 's "precise"' "add --timestamps=precise gives a precise trace"
mkfifo "$TEST_DIR/fifo2"
spawn_in "$pc" "block:$TEST_DIR/fifo2" exit:0 >/dev/null
pv=$SPAWNED
wait_blocked "$pv" 0
sleep 0.3
echo go > "$TEST_DIR/fifo2"
wait "$pv"
ctl dump precise > "$TEST_DIR/precise"
if grep -qE "^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} +[0-9]+ +$pv victim +read\(" "$TEST_DIR/precise"; then
        ok "precise times have microseconds"
else
        not_ok "precise times have microseconds"; sed 's/^/    /' "$TEST_DIR/precise" | tail -5
fi
ctl dump precise -o json -e read > "$TEST_DIR/precise.json"
expect_match '"clock":"precise"' "$TEST_DIR/precise.json" "json says the records carry precise times"
dur=$(python3 -c 'import json,sys; print(max(e["duration_ns"] for e in map(json.loads, open(sys.argv[1])) if e["type"] == "syscall"))' "$TEST_DIR/precise.json")
if [ "$dur" -ge 300000000 ] && [ "$dur" -lt 30000000000 ]; then
        ok "the blocked read lasted the 0.3 s it was held ($dur ns)"
else
        not_ok "the blocked read lasted the 0.3 s it was held ($dur ns)"
fi

# Tick times are dated with the kernel's tick rate: a read held for 1 s in a
# tick trace lasts what the shell measured, to two ticks (8 ms at 250 Hz),
# less early; later by what the shell cannot see (the 20 ms wait_blocked polls
# at, the reader's wakeup on a loaded machine: up to 100 ms allowed). A wrong
# rate (250 taken for 300, ...) stretches or shrinks it by 17% or more, 170 ms.
tc=$(new_cgroup ticked)
ctl add ticked "$tc" > /dev/null
mkfifo "$TEST_DIR/fifo3"
spawn_in "$tc" "block:$TEST_DIR/fifo3" exit:0 >/dev/null
tv=$SPAWNED
wait_blocked "$tv" 0
t0=$(date +%s%N)
sleep 1
echo go > "$TEST_DIR/fifo3"
t1=$(date +%s%N)
wait "$tv"
ctl dump ticked -o json -e read > "$TEST_DIR/ticked.json"
dur=$(python3 -c 'import json,sys; print(max(e["duration_ns"] for e in map(json.loads, open(sys.argv[1])) if e["type"] == "syscall"))' "$TEST_DIR/ticked.json")
held=$((t1 - t0))
if [ "$dur" -ge $((held - 8000000)) ] && [ "$dur" -le $((held + 100000000)) ]; then
        ok "a tick trace times a 1 s hold as the shell did, to a few ticks ($dur ns, held $held ns)"
else
        not_ok "a tick trace times a 1 s hold as the shell did, to a few ticks ($dur ns, held $held ns)"
fi

stop_daemon
finish
