#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Constants and the special printers end to end: the real recorder, the lines
# strace 6.1 prints for the same calls (see victim.c "consts").

. "$(dirname "$0")/lib.sh"

start_bus
start_daemon

cg=$(new_cgroup consts)
ctl add consts "$cg" >/dev/null
run_in "$cg" consts >/dev/null
ctl dump consts --no-columns > "$TEST_DIR/dump"

expect_line 'prctl(PR_SET_NAME, "tl-consts") = 0' "$TEST_DIR/dump" "prctl: the name, captured as a string"
expect_line 'prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) = 0' "$TEST_DIR/dump" "prctl: the arguments the option uses"
expect_line 'fcntl(1, F_DUPFD_CLOEXEC, 10) = 10' "$TEST_DIR/dump" "fcntl: a number for F_DUPFD_CLOEXEC"
expect_line 'fcntl(10, F_SETFD, 0) = 0' "$TEST_DIR/dump" "fcntl: FD flags, zero"
expect_line 'fcntl(10, F_SETFL, O_RDONLY|O_NONBLOCK) = 0' "$TEST_DIR/dump" "fcntl: open flags for F_SETFL"
expect_line 'ioctl(10, FIOCLEX) = 0' "$TEST_DIR/dump" "ioctl: a request without argument"
expect_match 'futex(0x' "$TEST_DIR/dump" "futex recorded"
if grep -qE '^futex\(0x[0-9a-f]+, FUTEX_WAKE_PRIVATE, 1\) = 0$' "$TEST_DIR/dump"; then
        ok "futex: only the arguments FUTEX_WAKE uses"
else
        not_ok "futex: only the arguments FUTEX_WAKE uses"; grep '^futex' "$TEST_DIR/dump" | sed 's/^/    /'
fi
if grep -qE '^socket\(AF_INET6, SOCK_DGRAM\|SOCK_CLOEXEC, IPPROTO_IP\) = [0-9]+$' "$TEST_DIR/dump"; then
        ok "socket: family, type and flags, protocol"
else
        not_ok "socket: family, type and flags, protocol"; grep '^socket' "$TEST_DIR/dump" | sed 's/^/    /'
fi
expect_line 'kill(0, 0) = 0' "$TEST_DIR/dump" "kill: signal 0 is a number"
expect_line 'madvise(NULL, 0, MADV_DONTNEED) = 0' "$TEST_DIR/dump" "madvise: the advice by name"

stop_daemon
finish
