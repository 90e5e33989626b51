#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Structures behind pointer arguments: victim-structs recorded through the
# daemon, line for line against strace -f of the same program.

. "$(dirname "$0")/lib.sh"

: "${VICTIM_STRUCTS:?}"

# strace and the decoder date times (utimensat) in local time.
export TZ=UTC

start_bus
start_daemon --capture-size=1024

# The syscalls whose lines are compared, in the order the victim makes them.
STRUCT_CALLS='newfstatat|stat|lstat|statx|utimensat|openat|pipe2|epoll_ctl|epoll_wait|writev|readv|poll|ppoll|wait4|nanosleep|clock_nanosleep|clock_getres|clock_gettime|setitimer|getitimer|timer_create|timer_settime|timer_gettime|getrusage|sysinfo|getrlimit|prlimit64|setrlimit|uname|rt_sigaction|rt_sigprocmask|bind|getsockname|connect|accept4|getpeername|sendto|recvfrom|sendmsg|recvmsg|execve'

# normalise FILE: addresses, ports and pids differ between two runs; strace
# pads before " = ".
normalise() {
        sed -E -e 's/0x[0-9a-f]{6,}/0xADDR/g' \
               -e 's/\) += /) = /' \
               -e 's/htons\([0-9]+\)/htons(PORT)/g' \
               -e 's/^wait4\([0-9]+, (.*) = [0-9]+$/wait4(PID, \1 = PID/' \
               -e 's/nodename="[^"]*"/nodename="HOST"/' \
               -e 's/^(clock_gettime\(CLOCK_REALTIME, \{tv_sec=)[0-9]+, tv_nsec=[0-9]+/\1N, tv_nsec=N/' \
               -e '/^(nanosleep|timer_gettime|getrusage)\(/s/(tv_nsec|tv_usec)=[0-9]+/\1=N/g' \
               -e '/^sysinfo\(/s/=[0-9]+/=N/g' -e '/^sysinfo\(/s/\[[0-9]+, [0-9]+, [0-9]+\]/[N, N, N]/' "$1" |
                grep -E "^($STRUCT_CALLS)\(" |
                # Only the victim's own calls, up to its execve: the rest is the
                # dynamic loader of /bin/true and of the victim.
                sed -n '/^umask\|^openat(AT_FDCWD, "[^"]*\/f", O_WRONLY/,/^execve(/p'
}

run_victim() {
        rm -rf "$TEST_DIR/work"
        mkdir "$TEST_DIR/work"
        "$@" "$VICTIM_STRUCTS" "$TEST_DIR/work"
}

cg=$(new_cgroup structs)
ctl add structs "$cg" >/dev/null
run_victim sh -c 'echo $$ > "$1/cgroup.procs" && shift && exec "$@"' sh "$CGROOT$cg"
ctl dump structs --no-columns > "$TEST_DIR/dump"

if ! command -v strace >/dev/null; then
        echo "strace is not installed" >&2
        exit 1
fi
run_victim strace -f -qq -o "$TEST_DIR/strace.raw"
# A call another process interrupted joined again (per pid), then without pids.
awk '{ pid = $1; line = $0; sub(/^[0-9]+ +/, "", line) }
     line ~ / <unfinished \.\.\.>$/ { sub(/ <unfinished \.\.\.>$/, "", line); held[pid] = line; next }
     line ~ /^<\.\.\. [a-z0-9_]+ resumed>/ { sub(/^<\.\.\. [a-z0-9_]+ resumed> */, "", line); print held[pid] line; next }
     { print line }' "$TEST_DIR/strace.raw" > "$TEST_DIR/strace"

normalise "$TEST_DIR/dump" > "$TEST_DIR/ours.n"
normalise "$TEST_DIR/strace" > "$TEST_DIR/strace.n"
W="$TEST_DIR/work"

expect_eq "$(wc -l < "$TEST_DIR/ours.n")" "$(wc -l < "$TEST_DIR/strace.n")" "as many struct syscall lines as strace"
while IFS= read -r want; do
        expect_line "$want" "$TEST_DIR/ours.n" "as strace: $want"
done < "$TEST_DIR/strace.n"

# Lines the victim knows exactly, so a bug both share cannot hide.
expect_line "stat(\"$W/f\", {st_mode=S_IFREG|0644, st_size=5, ...}) = 0" "$TEST_DIR/dump" "stat"
expect_line 'newfstatat(AT_FDCWD, "/dev/null", {st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}, 0) = 0' "$TEST_DIR/dump" "stat of a character device"
expect_line "utimensat(AT_FDCWD, \"$W/f\", [{tv_sec=1, tv_nsec=2} /* 1970-01-01T00:00:01.000000002+0000 */, UTIME_NOW], 0) = 0" "$TEST_DIR/dump" "utimensat: dates and UTIME_NOW"
expect_line "utimensat(AT_FDCWD, \"$W/f\", [UTIME_OMIT, {tv_sec=1733140000, tv_nsec=999999999} /* 2024-12-02T11:46:40.999999999+0000 */], AT_SYMLINK_NOFOLLOW) = 0" "$TEST_DIR/dump" "utimensat: UTIME_OMIT"
expect_line 'pipe2([3, 4], 0) = 0' "$TEST_DIR/dump" "pipe2"
expect_match ', [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = ' "$TEST_DIR/dump" "wait4 status"
expect_line 'nanosleep({tv_sec=0, tv_nsec=1000}, NULL) = 0' "$TEST_DIR/dump" "nanosleep"
expect_match 'nanosleep({tv_sec=5, tv_nsec=0}, {tv_sec=4, tv_nsec=' "$TEST_DIR/dump" "nanosleep: the time left when interrupted"
expect_line 'setitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=50000}}, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}) = 0' "$TEST_DIR/dump" "setitimer: the new value and the old one"
expect_line 'timer_create(CLOCK_MONOTONIC, NULL, [0]) = 0' "$TEST_DIR/dump" "timer_create: the timer id"
expect_line 'timer_settime(0, 0, {it_interval={tv_sec=0, tv_nsec=5000}, it_value={tv_sec=100, tv_nsec=0}}, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=0, tv_nsec=0}}) = 0' "$TEST_DIR/dump" "timer_settime itimerspecs"
expect_match 'getrusage(RUSAGE_SELF, {ru_utime={tv_sec=0, tv_usec=' "$TEST_DIR/dump" "getrusage"
expect_line 'writev(4, [{iov_base="ab", iov_len=2}, {iov_base="cccccccccccccccccccccccccccccccc"..., iov_len=60}, {iov_base="", iov_len=0}], 3) = 62' "$TEST_DIR/dump" "writev"
expect_line 'readv(3, [{iov_base="abc", iov_len=3}, {iov_base="cccccccccccccccccccccccccccccccc"..., iov_len=100}], 2) = 62' "$TEST_DIR/dump" "readv: bytes up to the return value"
expect_line 'poll([{fd=3, events=POLLIN}, {fd=4, events=POLLPRI|POLLOUT}, {fd=-1}], 3, 0) = 2 ([{fd=3, revents=POLLIN}, {fd=4, revents=POLLOUT}])' "$TEST_DIR/dump" "poll: events, and revents after the return value"
expect_line 'poll([{fd=-1}], 1, 0) = 0 (Timeout)' "$TEST_DIR/dump" "poll timing out"
expect_line 'ppoll([{fd=3, events=POLLIN}, {fd=4, events=POLLPRI|POLLOUT}], 2, {tv_sec=0, tv_nsec=0}, NULL, 8) = 2 ([{fd=3, revents=POLLIN}, {fd=4, revents=POLLOUT}], left {tv_sec=0, tv_nsec=0})' "$TEST_DIR/dump" "ppoll: what is left of the timeout"
expect_match 'recvmsg(3, {msg_name={sa_family=AF_INET, sin_port=htons(' "$TEST_DIR/dump" "recvmsg: the sender's address"
expect_match ', msg_iov=[{iov_base="READY=1xy", iov_len=64}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 9' "$TEST_DIR/dump" "recvmsg: the bytes received"
expect_match 'epoll_ctl(3, EPOLL_CTL_ADD, 4, {events=EPOLLIN, data={u32=3, u64=4294967299}}) = 0' "$TEST_DIR/dump" "epoll_ctl event"
expect_match 'epoll_wait(3, [{events=EPOLLIN, data={u32=3, u64=4294967299}}], 4, 0) = 1' "$TEST_DIR/dump" "epoll_wait events"
expect_line 'rt_sigprocmask(SIG_BLOCK, [USR1 TERM], [], 8) = 0' "$TEST_DIR/dump" "rt_sigprocmask sets"
expect_line 'connect(3, {sa_family=AF_UNIX, sun_path="/nonexistent/traceloop.sock"}, 110) = -1 ENOENT (No such file or directory)' "$TEST_DIR/dump" "AF_UNIX sockaddr of a failed connect"
expect_match 'execve("/bin/true", ["true", "a", "b c"], 0x' "$TEST_DIR/dump" "execve argv"
expect_match ' /* 2 vars */) = 0' "$TEST_DIR/dump" "execve envp count"
# Paths in pages the victim never touched: read again at exit.
expect_line 'openat(AT_FDCWD, "/dev/null", O_RDONLY) = 3' "$TEST_DIR/dump" "path in an untouched .rodata page"
expect_line "openat(AT_FDCWD, \"$W/f\", O_RDONLY) = 3" "$TEST_DIR/dump" "path in a fresh file mapping"

# The default capture size (256 bytes) still has room for every struct here.
stop_daemon
start_daemon
ctl add small "$cg" >/dev/null
run_victim sh -c 'echo $$ > "$1/cgroup.procs" && shift && exec "$@"' sh "$CGROOT$cg"
ctl dump small --no-columns > "$TEST_DIR/dump-small"
normalise "$TEST_DIR/dump-small" > "$TEST_DIR/small.n"
if diff -u "$TEST_DIR/ours.n" "$TEST_DIR/small.n" > "$TEST_DIR/small.diff"; then
        ok "same lines with the default capture size"
else
        not_ok "lines differ with the default capture size:"
        sed 's/^/    /' "$TEST_DIR/small.diff" | head -30
fi
stop_daemon

finish
