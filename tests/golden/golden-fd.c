/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* File descriptors: pipes, duplication, fcntl, polling, event fds, splicing. */

#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <termios.h>

#include "golden.h"

#define G_ARRAY_OUT "int[2] written by the kernel not decoded"
#define G_FCNTL "fcntl command, argument and flag results not decoded; an unused argument shown"

int main(int argc, char *argv[]) {
        int p[2], q[2];
        char buf[64];
        long fd, ep, tfd, efd, sfd, ifd, mfd;
        struct epoll_event ev, evs[4];
        __attribute__((unused)) struct pollfd pfd[2];      /* not every architecture has poll(2) */
        struct itimerspec its;
        struct iovec iov;
        uint64_t counter;
        loff_t off = 0;
        sigset_t mask;
        int n;

        golden_init(argc, argv);

#ifdef SYS_pipe
        T(syscall(SYS_pipe, p), "pipe([%d, %d]) = 0", p[0], p[1]);
#else
        T(syscall(SYS_pipe2, p, 0), "pipe2([%d, %d], 0) = 0", p[0], p[1]);
#endif
        T(syscall(SYS_pipe2, q, O_CLOEXEC | O_NONBLOCK), "pipe2([%d, %d], O_NONBLOCK|O_CLOEXEC) = 0", q[0], q[1]);
        T(syscall(SYS_pipe2, BAD_PTR, 0), "pipe2(0x1, 0) = " E_FAULT);
        T(syscall(SYS_pipe2, q, 0x1), "pipe2(%p, 0x1 /* O_??? */) = " E_INVAL, (void *) q);
        T(syscall(SYS_read, q[0], buf, sizeof(buf)), "read(%d, %p, 64) = " E_AGAIN, q[0], (void *) buf);
        T(syscall(SYS_write, p[1], "0123456789", 10), "write(%d, \"0123456789\", 10) = 10", p[1]);
        T(syscall(SYS_lseek, p[0], 0, SEEK_SET), "lseek(%d, 0, SEEK_SET) = " E_SPIPE, p[0]);
        T(syscall(SYS_ioctl, p[0], FIONREAD, &n), "ioctl(%d, FIONREAD, [10]) = 0", p[0]);
        T(syscall(SYS_ioctl, p[0], TCGETS, buf), "ioctl(%d, TCGETS, %p) = " E_NOTTY, p[0], (void *) buf);

        T(fd = syscall(SYS_dup, p[0]), "dup(%d) = %ld", p[0], ret);
#ifdef SYS_dup2
        T(syscall(SYS_dup2, fd, 100), "dup2(%ld, 100) = 100", fd);
#else
        T(syscall(SYS_dup3, fd, 100, 0), "dup3(%ld, 100, 0) = 100", fd);
#endif
        T(syscall(SYS_dup3, fd, 101, O_CLOEXEC), "dup3(%ld, 101, O_CLOEXEC) = 101", fd);
        T(syscall(SYS_dup3, 101, 101, 0), "dup3(101, 101, 0) = " E_INVAL);
#ifdef SYS_dup2
        T(syscall(SYS_dup2, 1000, 102), "dup2(1000, 102) = " E_BADF);
#endif
        T(syscall(SYS_fcntl, 101, F_GETFD), "fcntl(101, F_GETFD) = 0x1 (flags FD_CLOEXEC)");
        T(syscall(SYS_fcntl, 100, F_SETFD, FD_CLOEXEC), "fcntl(100, F_SETFD, FD_CLOEXEC) = 0");
        T(syscall(SYS_fcntl, q[0], F_GETFL), "fcntl(%d, F_GETFL) = 0x800 (flags O_RDONLY|O_NONBLOCK)", q[0]);
        T(syscall(SYS_fcntl, p[1], F_SETFL, O_NONBLOCK), "fcntl(%d, F_SETFL, O_RDONLY|O_NONBLOCK) = 0", p[1]);
        T(syscall(SYS_fcntl, p[0], F_DUPFD_CLOEXEC, 110), "fcntl(%d, F_DUPFD_CLOEXEC, 110) = 110", p[0]);
        T(syscall(SYS_fcntl, 1000, F_GETFD), "fcntl(1000, F_GETFD) = " E_BADF);
        T(syscall(SYS_close_range, 100, 110, 0), "close_range(100, 110, 0) = 0");
        T(syscall(SYS_close, fd), "close(%ld) = 0", fd);

        T(ep = syscall(SYS_epoll_create1, EPOLL_CLOEXEC), "epoll_create1(EPOLL_CLOEXEC) = %ld", ret);
        ev = (struct epoll_event) { .events = EPOLLIN, .data.u64 = 7 };
        T(syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[0], &ev),
          "epoll_ctl(%ld, EPOLL_CTL_ADD, %d, {events=EPOLLIN, data={u32=7, u64=7}}) = 0", ep, p[0]);
        T(syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[0], &ev),
          "epoll_ctl(%ld, EPOLL_CTL_ADD, %d, {events=EPOLLIN, data={u32=7, u64=7}}) = " E_EXIST, ep, p[0]);
#ifdef SYS_epoll_wait
        T(syscall(SYS_epoll_wait, ep, evs, 4, 0),
          "epoll_wait(%ld, [{events=EPOLLIN, data={u32=7, u64=7}}], 4, 0) = 1", ep);
#endif
        T(syscall(SYS_epoll_pwait, ep, evs, 4, 0, NULL, 8),
          "epoll_pwait(%ld, [{events=EPOLLIN, data={u32=7, u64=7}}], 4, 0, NULL, 8) = 1", ep);
#ifdef SYS_epoll_wait
        T(syscall(SYS_epoll_wait, 1000, evs, 4, 0), "epoll_wait(1000, %p, 4, 0) = " E_BADF, (void *) evs);
#endif

        pfd[0] = (struct pollfd) { .fd = p[0], .events = POLLIN };
        pfd[1] = (struct pollfd) { .fd = p[1], .events = POLLOUT };
#ifdef SYS_poll
        T(syscall(SYS_poll, pfd, 2, 0),
          "poll([{fd=%d, events=POLLIN}, {fd=%d, events=POLLOUT}], 2, 0) = 2 ([{fd=%d, revents=POLLIN}, {fd=%d, revents=POLLOUT}])",
          p[0], p[1], p[0], p[1]);
#endif
#ifdef SYS_poll
        T(syscall(SYS_poll, BAD_PTR, 1, 0), "poll(0x1, 1, 0) = " E_FAULT);
#endif

        /* select, pselect6: the sets and timeout as given, what is left of
         * them after the return value. A zero timeout leaves zero: the same
         * line on every run; a pipe's write end is never readable. */
        {
                int lo = p[0] < p[1] ? p[0] : p[1], hi = p[0] < p[1] ? p[1] : p[0];
                struct timespec ts = { 0, 0 };
                struct {
                        const sigset_t *ss;
                        size_t len;
                } sig = { &mask, 8 };
                fd_set rs, ws;
#ifdef SYS_select
                struct timeval tv = { 0, 0 };

                FD_ZERO(&rs);
                FD_SET(p[0], &rs);
                FD_SET(p[1], &rs);
                FD_ZERO(&ws);
                FD_SET(p[1], &ws);
                T(syscall(SYS_select, hi + 1, &rs, &ws, NULL, &tv),
                  "select(%d, [%d %d], [%d], NULL, {tv_sec=0, tv_usec=0}) = 2 (in [%d], out [%d], left {tv_sec=0, tv_usec=0})",
                  hi + 1, lo, hi, p[1], p[0], p[1]);
                FD_ZERO(&rs);
                FD_SET(p[1], &rs);
                tv = (struct timeval) { 0, 1000 };
                T(syscall(SYS_select, p[1] + 1, &rs, NULL, NULL, &tv),
                  "select(%d, [%d], NULL, NULL, {tv_sec=0, tv_usec=1000}) = 0 (Timeout)", p[1] + 1, p[1]);
                FD_ZERO(&rs);
                FD_SET(p[0], &rs);
                T(syscall(SYS_select, p[0] + 1, &rs, NULL, NULL, NULL),
                  "select(%d, [%d], NULL, NULL, NULL) = 1 (in [%d])", p[0] + 1, p[0], p[0]);
                FD_ZERO(&rs);
                FD_SET(100, &rs);
                T(syscall(SYS_select, 101, &rs, NULL, NULL, NULL), "select(101, [100], NULL, NULL, NULL) = " E_BADF);
                T(syscall(SYS_select, -1, NULL, NULL, NULL, NULL), "select(-1, NULL, NULL, NULL, NULL) = " E_INVAL);
                /* No fds: the set's address. */
                tv = (struct timeval) { 0, 0 };
                T(syscall(SYS_select, 0, &rs, NULL, NULL, &tv),
                  "select(0, %p, NULL, NULL, {tv_sec=0, tv_usec=0}) = 0 (Timeout)", (void *) &rs);
#endif
                /* Two sets, as select's first line above (aarch64 has only pselect6). */
                FD_ZERO(&rs);
                FD_SET(p[0], &rs);
                FD_SET(p[1], &rs);
                FD_ZERO(&ws);
                FD_SET(p[1], &ws);
                T(syscall(SYS_pselect6, hi + 1, &rs, &ws, NULL, &ts, NULL),
                  "pselect6(%d, [%d %d], [%d], NULL, {tv_sec=0, tv_nsec=0}, NULL) = 2 (in [%d], out [%d], left {tv_sec=0, tv_nsec=0})",
                  hi + 1, lo, hi, p[1], p[0], p[1]);
                FD_ZERO(&rs);
                FD_SET(p[0], &rs);
                T(syscall(SYS_pselect6, p[0] + 1, &rs, NULL, NULL, &ts, NULL),
                  "pselect6(%d, [%d], NULL, NULL, {tv_sec=0, tv_nsec=0}, NULL) = 1 (in [%d], left {tv_sec=0, tv_nsec=0})",
                  p[0] + 1, p[0], p[0]);
                FD_ZERO(&rs);
                FD_SET(p[1], &rs);
                ts = (struct timespec) { 0, 1000000 };
                T(syscall(SYS_pselect6, p[1] + 1, &rs, NULL, NULL, &ts, NULL),
                  "pselect6(%d, [%d], NULL, NULL, {tv_sec=0, tv_nsec=1000000}, NULL) = 0 (Timeout)", p[1] + 1, p[1]);
                sigemptyset(&mask);
                sigaddset(&mask, SIGHUP);
                FD_ZERO(&rs);
                FD_SET(p[0], &rs);
                T(syscall(SYS_pselect6, p[0] + 1, &rs, NULL, NULL, NULL, &sig),
                  "pselect6(%d, [%d], NULL, NULL, NULL, {sigmask=[HUP], sigsetsize=8}) = 1 (in [%d])",
                  p[0] + 1, p[0], p[0]);
                gap("pselect6's sigmask argument not decoded: its four captures hold the sets and the timeout");
                FD_ZERO(&rs);
                FD_SET(100, &rs);
                T(syscall(SYS_pselect6, 101, &rs, &rs, NULL, NULL, NULL),
                  "pselect6(101, [100], [100], NULL, NULL, NULL) = " E_BADF);
        }

        T(syscall(SYS_read, p[0], buf, 4), "read(%d, \"0123\", 4) = 4", p[0]);
        iov = (struct iovec) { .iov_base = (void *) "vm", .iov_len = 2 };
        T(syscall(SYS_vmsplice, p[1], &iov, 1, 0), "vmsplice(%d, [{iov_base=\"vm\", iov_len=2}], 1, 0) = 2", p[1]);
        T(syscall(SYS_tee, p[0], q[1], 100, SPLICE_F_NONBLOCK), "tee(%d, %d, 100, SPLICE_F_NONBLOCK) = 8", p[0], q[1]);
        T(syscall(SYS_splice, q[0], NULL, p[1], NULL, 3, 0), "splice(%d, NULL, %d, NULL, 3, 0) = 3", q[0], p[1]);
        T(syscall(SYS_splice, p[0], BAD_PTR, q[1], NULL, 3, 0), "splice(%d, 0x1, %d, NULL, 3, 0) = " E_SPIPE, p[0], q[1]);

        T(efd = syscall(SYS_eventfd2, 5, EFD_CLOEXEC | EFD_NONBLOCK), "eventfd2(5, EFD_CLOEXEC|EFD_NONBLOCK) = %ld", ret);
        T(syscall(SYS_read, efd, &counter, 8), "read(%ld, \"\\5\\0\\0\\0\\0\\0\\0\\0\", 8) = 8", efd);
        T(syscall(SYS_read, efd, &counter, 8), "read(%ld, %p, 8) = " E_AGAIN, efd, (void *) &counter);

        T(tfd = syscall(SYS_timerfd_create, CLOCK_MONOTONIC, TFD_CLOEXEC), "timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC) = %ld", ret);
        its = (struct itimerspec) { .it_value = { .tv_sec = 100 }, .it_interval = { .tv_nsec = 5000 } };
        T(syscall(SYS_timerfd_settime, tfd, 0, &its, NULL),
          "timerfd_settime(%ld, 0, {it_interval={tv_sec=0, tv_nsec=5000}, it_value={tv_sec=100, tv_nsec=0}}, NULL) = 0", tfd);
        T(syscall(SYS_timerfd_settime, tfd, 0, BAD_PTR, NULL), "timerfd_settime(%ld, 0, 0x1, NULL) = " E_FAULT, tfd);
        T(syscall(SYS_timerfd_gettime, 1000, &its), "timerfd_gettime(1000, %p) = " E_BADF, (void *) &its);

        sigemptyset(&mask);
        sigaddset(&mask, SIGUSR1);
        T(sfd = syscall(SYS_signalfd4, -1, &mask, 8, SFD_CLOEXEC), "signalfd4(-1, [USR1], 8, SFD_CLOEXEC) = %ld", ret);
        T(mfd = syscall(SYS_memfd_create, "golden", MFD_CLOEXEC), "memfd_create(\"golden\", MFD_CLOEXEC) = %ld", ret);
        T(syscall(SYS_write, mfd, "memfd data", 10), "write(%ld, \"memfd data\", 10) = 10", mfd);
        /* Quoting: escapes, octal (three digits before a digit), -s 32 with "...". */
        T(syscall(SYS_write, mfd, "\0\1\2\377\t\n\"\\\0" "1x", 11),
          "write(%ld, \"\\0\\1\\2\\377\\t\\n\\\"\\\\\\0001x\", 11) = 11", mfd);
        T(syscall(SYS_write, mfd, "0123456789abcdefghijklmnopqrstuvwxyzABCD", 40),
          "write(%ld, \"0123456789abcdefghijklmnopqrstuv\"..., 40) = 40", mfd);
        T(syscall(SYS_write, mfd, "", 0), "write(%ld, \"\", 0) = 0", mfd);
        T(syscall(SYS_pread64, mfd, buf, sizeof(buf), 10),
          "pread64(%ld, \"\\0\\1\\2\\377\\t\\n\\\"\\\\\\0001x0123456789abcdefghijk\"..., 64, 10) = 51", mfd);
        T(syscall(SYS_read, mfd, buf, sizeof(buf)), "read(%ld, \"\", 64) = 0", mfd);
        T(syscall(SYS_sendfile, p[1], mfd, &off, 5), "sendfile(%d, %ld, [0] => [5], 5) = 5", p[1], mfd);
        T(syscall(SYS_copy_file_range, 1000, NULL, mfd, NULL, 5, 0), "copy_file_range(1000, NULL, %ld, NULL, 5, 0) = " E_BADF, mfd);

        T(ifd = syscall(SYS_inotify_init1, IN_CLOEXEC), "inotify_init1(IN_CLOEXEC) = %ld", ret);
        T(syscall(SYS_inotify_add_watch, ifd, golden_dir, IN_CREATE | IN_DELETE),
          "inotify_add_watch(%ld, \"%s\", IN_CREATE|IN_DELETE) = 1", ifd, golden_dir);
        T(syscall(SYS_inotify_rm_watch, ifd, 1), "inotify_rm_watch(%ld, 1) = 0", ifd);
        T(syscall(SYS_inotify_rm_watch, ifd, 1), "inotify_rm_watch(%ld, 1) = " E_INVAL, ifd);

        T(syscall(SYS_close, sfd), "close(%ld) = 0", sfd);

        return golden_finish();
}
