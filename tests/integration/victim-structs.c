/* SPDX-License-Identifier: LGPL-2.1-or-later */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

/* The syscalls whose structures traceloop prints, each once, made with
 * syscall() where libc would pick another syscall or the vDSO. Run under the
 * recorder and under strace -f; test-structs.sh compares the two.
 *
 *     victim-structs DIR
 *
 * DIR is an empty directory for the files it makes. It ends with an execve of
 * /bin/true with a known argv and envp. */

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* A path in a page of its own that nothing touches before the syscall: the
 * recorder's read at enter faults and must be retried at exit. */
static const char rodata_path[2 * 4096] __attribute__((aligned(4096))) = "/dev/null";

static void die(const char *what) {
        perror(what);
        exit(1);
}

static void on_usr1(int sig) {
        (void) sig;
}

int main(int argc, char **argv) {
        char path[512], mapped_file[512];
        struct sockaddr_in sin = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
        struct sockaddr_in6 sin6 = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT };
        struct sockaddr_un sun = { .sun_family = AF_UNIX, .sun_path = "/nonexistent/traceloop.sock" };
        struct sockaddr_storage ss;
        struct timespec ts = { .tv_sec = 0, .tv_nsec = 1000 };
        struct stat st;
        struct statx stx;
        struct rlimit rl;
        struct utsname un;
        struct sigaction sa = { .sa_handler = on_usr1, .sa_flags = SA_RESTART };
        sigset_t set, old;
        socklen_t len;
        char buf[64];
        int fds[2], lfd, cfd, afd, u1, u2, s6, fd, status;
        pid_t pid;
        char *map;

        if (argc != 2)
                return 2;
        umask(022);

        /* stat family */
        snprintf(path, sizeof(path), "%s/f", argv[1]);
        fd = open(path, O_WRONLY|O_CREAT|O_TRUNC, 0644);
        if (fd < 0 || write(fd, "hello", 5) != 5)
                die("create");
        if (fstat(fd, &st) < 0)
                die("fstat");
        close(fd);
#ifdef SYS_stat         /* x86_64; aarch64 has newfstatat alone */
        if (syscall(SYS_stat, path, &st) < 0 || syscall(SYS_lstat, path, &st) < 0)
                die("stat");
#endif
        if (fstatat(AT_FDCWD, "/dev/null", &st, 0) < 0)
                die("fstatat");
        (void) syscall(SYS_newfstatat, AT_FDCWD, "/nonexistent", &st, 0);
        if (syscall(SYS_statx, AT_FDCWD, path, 0, STATX_BASIC_STATS, &stx) < 0)
                die("statx");
        {
                struct timespec times[2] = { { .tv_sec = 1, .tv_nsec = 2 }, { .tv_nsec = UTIME_NOW } };

                if (syscall(SYS_utimensat, AT_FDCWD, path, times, 0) < 0)
                        die("utimensat");
                times[0].tv_nsec = UTIME_OMIT;
                times[1] = (struct timespec) { .tv_sec = 1733140000, .tv_nsec = 999999999 };
                if (syscall(SYS_utimensat, AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW) < 0)
                        die("utimensat");
        }

        /* an untouched page of the executable, and a fresh mapping of a file */
        fd = open(rodata_path, O_RDONLY);
        if (fd < 0)
                die("rodata path");
        close(fd);
        snprintf(mapped_file, sizeof(mapped_file), "%s/name", argv[1]);
        fd = open(mapped_file, O_RDWR|O_CREAT|O_TRUNC, 0644);
        if (fd < 0 || write(fd, path, strlen(path) + 1) < 0)
                die("name file");
        map = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map == MAP_FAILED)
                die("mmap");
        close(fd);
        fd = open(map, O_RDONLY);
        if (fd < 0)
                die("open mapped path");
        close(fd);

        /* pipe, wait4 */
        if (pipe2(fds, 0) < 0)
                die("pipe2");
        close(fds[0]);
        close(fds[1]);
        pid = fork();
        if (pid < 0)
                die("fork");
        if (pid == 0)
                _exit(3);
        if (wait4(pid, &status, 0, NULL) != pid)
                die("wait4");

        /* epoll: an event at enter, the ready ones at exit */
        {
                struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x100000003ULL }, ready[4];
                int ep = epoll_create1(0);

                if (ep < 0 || pipe2(fds, 0) < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, fds[0], &ev) < 0)
                        die("epoll");
                if (write(fds[1], "x", 1) != 1 || epoll_wait(ep, ready, 4, 0) != 1)
                        die("epoll_wait");
                close(fds[0]);
                close(fds[1]);
                close(ep);
        }

        /* I/O vectors: the bytes at enter for writev, up to the return value for readv */
        {
                char a[3], b[100], many[60];
                struct iovec out[3] = {
                        { .iov_base = "ab", .iov_len = 2 },
                        { .iov_base = many, .iov_len = sizeof(many) },
                        { .iov_base = "", .iov_len = 0 },
                };
                struct iovec in[2] = { { .iov_base = a, .iov_len = sizeof(a) }, { .iov_base = b, .iov_len = sizeof(b) } };

                memset(many, 'c', sizeof(many));
                if (pipe2(fds, 0) < 0 || writev(fds[1], out, 3) != 62 || readv(fds[0], in, 2) != 62)
                        die("iovec");
                close(fds[0]);
                close(fds[1]);
        }

        /* poll: events at enter, revents after the return value */
        {
                struct pollfd pf[3] = { { .events = POLLIN }, { .events = POLLOUT | POLLPRI }, { .fd = -1, .events = POLLIN } };
                struct timespec zero = { 0, 0 };

                if (pipe2(fds, 0) < 0 || write(fds[1], "x", 1) != 1)
                        die("poll pipe");
                pf[0].fd = fds[0];
                pf[1].fd = fds[1];
#ifdef SYS_poll         /* x86_64; aarch64 has ppoll alone */
                if (syscall(SYS_poll, pf, 3, 0) != 2 || syscall(SYS_poll, pf + 2, 1, 0) != 0)
                        die("poll");
#endif
                if (syscall(SYS_ppoll, pf, 2, &zero, NULL, 8) != 2 || syscall(SYS_ppoll, pf, 2, NULL, NULL, 8) != 2)
                        die("ppoll");
                close(fds[0]);
                close(fds[1]);
        }

        /* time */
        if (syscall(SYS_nanosleep, &ts, NULL) < 0)
                die("nanosleep");
        if (syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, NULL) < 0)
                die("clock_nanosleep");
        if (syscall(SYS_clock_getres, CLOCK_MONOTONIC, &ts) < 0)
                die("clock_getres");
        if (syscall(SYS_clock_gettime, CLOCK_REALTIME, &ts) < 0)
                die("clock_gettime");

        /* itimers, POSIX timers, rusage; a sleep the itimer interrupts */
        {
                struct itimerval itv = { .it_value = { .tv_usec = 50000 } }, oitv;
                struct itimerspec its = { .it_interval = { .tv_nsec = 5000 }, .it_value = { .tv_sec = 100 } }, oits;
                struct timespec longer = { .tv_sec = 5 }, left;
                struct rusage ru;
                int timer;

                if (signal(SIGALRM, on_usr1) == SIG_ERR || syscall(SYS_setitimer, ITIMER_REAL, &itv, &oitv) < 0)
                        die("setitimer");
                if (syscall(SYS_nanosleep, &longer, &left) == 0 || errno != EINTR)
                        die("interrupted nanosleep");
                if (syscall(SYS_getitimer, ITIMER_REAL, &oitv) < 0)
                        die("getitimer");
                if (syscall(SYS_timer_create, CLOCK_MONOTONIC, NULL, &timer) < 0 ||
                    syscall(SYS_timer_settime, timer, 0, &its, &oits) < 0 ||
                    syscall(SYS_timer_gettime, timer, &oits) < 0 ||
                    syscall(SYS_timer_delete, timer) < 0)
                        die("timer");
                if (syscall(SYS_getrusage, RUSAGE_SELF, &ru) < 0)
                        die("getrusage");
        }

        /* limits, system */
        if (syscall(SYS_getrlimit, RLIMIT_STACK, &rl) < 0)
                die("getrlimit");
        if (syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &rl) < 0)
                die("prlimit64");
        if (syscall(SYS_setrlimit, RLIMIT_NOFILE, &rl) < 0)
                die("setrlimit");
        if (uname(&un) < 0)
                die("uname");
        {
                struct sysinfo si;

                if (sysinfo(&si) < 0)
                        die("sysinfo");
        }

        /* signals */
        if (sigaction(SIGUSR1, &sa, NULL) < 0)
                die("sigaction");
        sigemptyset(&set);
        sigaddset(&set, SIGUSR1);
        sigaddset(&set, SIGTERM);
        if (sigprocmask(SIG_BLOCK, &set, &old) < 0 || sigprocmask(SIG_SETMASK, &old, NULL) < 0)
                die("sigprocmask");

        /* sockets */
        lfd = socket(AF_INET, SOCK_STREAM, 0);
        if (lfd < 0 || bind(lfd, (struct sockaddr *) &sin, sizeof(sin)) < 0 || listen(lfd, 1) < 0)
                die("listen");
        len = sizeof(sin);
        if (getsockname(lfd, (struct sockaddr *) &sin, &len) < 0)
                die("getsockname");
        cfd = socket(AF_INET, SOCK_STREAM, 0);
        if (cfd < 0 || connect(cfd, (struct sockaddr *) &sin, sizeof(sin)) < 0)
                die("connect");
        len = sizeof(ss);
        afd = accept4(lfd, (struct sockaddr *) &ss, &len, 0);
        if (afd < 0)
                die("accept4");
        len = sizeof(ss);
        if (getpeername(cfd, (struct sockaddr *) &ss, &len) < 0)
                die("getpeername");
        close(afd);
        close(cfd);
        close(lfd);

        u1 = socket(AF_INET, SOCK_DGRAM, 0);
        u2 = socket(AF_INET, SOCK_DGRAM, 0);
        sin.sin_port = 0;
        if (u1 < 0 || u2 < 0 || bind(u1, (struct sockaddr *) &sin, sizeof(sin)) < 0)
                die("udp");
        len = sizeof(sin);
        if (getsockname(u1, (struct sockaddr *) &sin, &len) < 0)
                die("udp getsockname");
        if (sendto(u2, "ping", 4, 0, (struct sockaddr *) &sin, sizeof(sin)) != 4)
                die("sendto");
        len = sizeof(ss);
        if (recvfrom(u1, buf, sizeof(buf), 0, (struct sockaddr *) &ss, &len) != 4)
                die("recvfrom");
        {
                struct iovec iov[2] = { { .iov_base = "READY=1", .iov_len = 7 }, { .iov_base = "xy", .iov_len = 2 } };
                struct iovec riov = { .iov_base = buf, .iov_len = sizeof(buf) };
                struct sockaddr_in from;
                struct msghdr mh = { .msg_name = &sin, .msg_namelen = sizeof(sin), .msg_iov = iov, .msg_iovlen = 2 };
                struct msghdr rh = { .msg_name = &from, .msg_namelen = sizeof(from), .msg_iov = &riov, .msg_iovlen = 1 };

                if (sendmsg(u2, &mh, 0) != 9 || recvmsg(u1, &rh, 0) != 9)
                        die("sendmsg/recvmsg");
        }
        close(u1);
        close(u2);

        s6 = socket(AF_INET6, SOCK_DGRAM, 0);
        if (s6 >= 0) {
                (void) bind(s6, (struct sockaddr *) &sin6, sizeof(sin6));
                close(s6);
        }
        fd = socket(AF_UNIX, SOCK_STREAM, 0);
        if (fd < 0)
                die("unix socket");
        (void) connect(fd, (struct sockaddr *) &sun, sizeof(sun));
        close(fd);

        {
                char *const args[] = { "true", "a", "b c", NULL };
                char *const envp[] = { "A=1", "B=2", NULL };

                execve("/bin/true", args, envp);
                die("execve");
        }
}
