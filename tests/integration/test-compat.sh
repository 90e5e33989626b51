#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# 32-bit (compat) syscalls: a 64-bit process makes i386 syscalls with
# int $0x80 (victim-compat.c). They are recorded with their i386 numbers and
# TL_RECORD_COMPAT, named from the i386 table, with hex arguments and no
# captures, between strace's "[ Process PID=N runs in 32 bit mode. ]" and
# "... 64 bit mode. ]" lines; the native calls around them are decoded as
# ever. The names are compared with strace -f's.

. "$(dirname "$0")/lib.sh"

: "${VICTIM_COMPAT:?}"

if [ "$(uname -m)" != x86_64 ]; then
        echo "int \$0x80 is x86_64's: nothing to test on $(uname -m)"
        exit 77
fi

start_bus
start_daemon

# run_compat CGROUP OUT: the victim in CGROUP, its output (fd, pid, address) in OUT.
run_compat() {
        sh -c 'echo $$ > "$1/cgroup.procs" && shift && exec "$@"' sh "$CGROOT$1" "$VICTIM_COMPAT" > "$2"
}

# The victim's calls from its getppid() to its native write, in FILE.
between() {
        sed -n '/getppid(/,/"native\\n"/p' "$1"
}

cg=$(new_cgroup compat)
ctl add compat "$cg" >/dev/null
run_compat "$cg" "$TEST_DIR/out"
rc=$?
expect_eq "$rc" 0 "the victim's int \$0x80 calls returned what the i386 ABI says"
{ read -r fd; read -r pid; read -r addr; } < "$TEST_DIR/out"

ctl dump compat --no-columns > "$TEST_DIR/dump"
between "$TEST_DIR/dump" > "$TEST_DIR/text"
ppid_line=$(head -n1 "$TEST_DIR/text")
cat > "$TEST_DIR/want" <<EOT
$ppid_line
[ Process PID=$pid runs in 32 bit mode. ]
getpid() = $pid
write(0x$fd, $addr, 0x7) = 7
close(0xffffffff) = -1 EBADF (Bad file descriptor)
chmod(0, 0) = -1 EFAULT (Bad address)
[ Process PID=$pid runs in 64 bit mode. ]
write($fd, "native\n", 7) = 7
EOT
echo "# the dump, from getppid() to the native write:"
sed 's/^/#   /' "$TEST_DIR/text"
if [[ "$ppid_line" =~ ^getppid\(\)\ =\ [0-9]+$ ]] && diff -u "$TEST_DIR/want" "$TEST_DIR/text"; then
        ok "text dump: i386 names, hex arguments, the mode lines, native calls around them decoded"
else
        not_ok "text dump:"
        sed 's/^/    /' "$TEST_DIR/text"
fi
# i386 20, 4, 6, 15 are x86_64's writev, stat, lstat, rt_sigreturn: not one
# of them may show, nor rt_sigreturn's stack address in chmod's first argument.
expect_no_match 'writev(' "$TEST_DIR/dump" "no x86_64 name for an i386 number"
expect_no_match 'rt_sigreturn(' "$TEST_DIR/dump" "i386 chmod (15) is not rt_sigreturn"

# The strace format: strace's padding, the same lines.
ctl dump compat --format=strace > "$TEST_DIR/strace-fmt"
between "$TEST_DIR/strace-fmt" | sed -E 's/ +(= [-0-9])/ \1/' > "$TEST_DIR/strace-fmt.n"
expect_eq "$(diff "$TEST_DIR/want" "$TEST_DIR/strace-fmt.n" && echo same)" same "strace format: the same lines"
expect_line "getpid()                                = $pid" "$TEST_DIR/strace-fmt" "strace format: = at column 40"

# JSON: the compat records say so, the native ones do not.
ctl dump compat --format=json > "$TEST_DIR/json"
expect_match "\"nr\":20,\"syscall\":\"getpid\"" "$TEST_DIR/json" "json: getpid by its i386 number"
expect_eq "$(grep -c '"compat":true' "$TEST_DIR/json")" 4 "json: four records with \"compat\":true"
expect_eq "$(grep '"compat":true' "$TEST_DIR/json" | grep -c '"tid":'"$pid"',')" 4 "json: all of them the victim's"
expect_no_match "runs in" "$TEST_DIR/json" "json: no mode lines"

# -e trace= selects by name in both ABIs, as strace's does: from the first
# mode line on (before it, the dump has the close of the shell that moved
# the victim into its cgroup), the same calls by name and the same mode lines.
sel_normalise() {
        sed -n '/^\[ Process/,$p' | grep -v '^+++' | sed -E 's/PID=[0-9]+/PID=N/; s/^([a-z_0-9]+)\(.*/\1/'
}
ctl dump compat --no-columns -e trace=close,getpid > "$TEST_DIR/sel"
sel_normalise < "$TEST_DIR/sel" > "$TEST_DIR/sel.n"
strace -f -e trace=close,getpid "$VICTIM_COMPAT" 2>&1 >/dev/null | sel_normalise > "$TEST_DIR/strace-sel.n"
expect_eq "$(tr '\n' '|' < "$TEST_DIR/sel.n")" "$(tr '\n' '|' < "$TEST_DIR/strace-sel.n")" \
        "-e trace=close,getpid: the calls and mode lines strace shows"
expect_eq "$(tr '\n' '|' < "$TEST_DIR/sel.n")" \
        "[ Process PID=N runs in 32 bit mode. ]|getpid|close|[ Process PID=N runs in 64 bit mode. ]|getpid|" \
        "-e trace=close,getpid: i386 getpid and close, then the victim's own getpid()"
expect_line "close(0xffffffff) = -1 EBADF (Bad file descriptor)" "$TEST_DIR/sel" "-e trace=close: i386 close"

# A trace with a syscall filter: compat calls are recorded whatever it says
# (it is indexed by native numbers), the native ones as it says.
cg2=$(new_cgroup compat-filter)
ctl add --syscalls=getppid compat-filter "$cg2" >/dev/null
run_compat "$cg2" "$TEST_DIR/out2"
{ read -r fd2; read -r pid2; read -r addr2; } < "$TEST_DIR/out2"
ctl dump compat-filter --no-columns > "$TEST_DIR/filtered"
sed -n 's/^\([a-z_0-9]*\)(.*/\1/p' "$TEST_DIR/filtered" | tr '\n' ' ' > "$TEST_DIR/filtered.names"
expect_eq "$(cat "$TEST_DIR/filtered.names")" "getppid getpid write close chmod " \
        "filter getppid: getppid and the four compat calls"
expect_line "write(0x$fd2, $addr2, 0x7) = 7" "$TEST_DIR/filtered" "filter: the compat write"

# strace -f names the same calls (it prints the mode lines only without -o).
if ! command -v strace >/dev/null; then
        echo "strace is not installed" >&2
        exit 1
fi
strace -f -o "$TEST_DIR/strace.raw" "$VICTIM_COMPAT" > /dev/null
sed -E 's/^[0-9]+ +//' "$TEST_DIR/strace.raw" | between /dev/stdin | sed -n 's/^\([a-z_0-9]*\)(.*/\1/p' | tr '\n' ' ' > "$TEST_DIR/strace.names"
grep -v '^\[ Process' "$TEST_DIR/text" | sed -n 's/^\([a-z_0-9]*\)(.*/\1/p' | tr '\n' ' ' > "$TEST_DIR/ours.names"
echo "# strace -f, the same calls:"
sed -E 's/^[0-9]+ +//' "$TEST_DIR/strace.raw" | between /dev/stdin | sed 's/^/#   /'
expect_eq "$(cat "$TEST_DIR/ours.names")" "$(cat "$TEST_DIR/strace.names")" "the names strace -f prints"
expect_eq "$(cat "$TEST_DIR/strace.names")" "getppid getpid write close chmod write " "strace's names are i386's"
# Without -o, strace prints the mode lines with the calls, as the dump does.
strace -f "$VICTIM_COMPAT" 2>&1 >/dev/null | grep '^\[ Process' | sed -E 's/PID=[0-9]+/PID=N/' > "$TEST_DIR/strace.modes"
grep '^\[ Process' "$TEST_DIR/text" | sed -E 's/PID=[0-9]+/PID=N/' > "$TEST_DIR/ours.modes"
expect_eq "$(cat "$TEST_DIR/ours.modes")" "$(cat "$TEST_DIR/strace.modes")" "the mode lines strace prints"

finish
