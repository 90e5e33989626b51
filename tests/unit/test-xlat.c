/* SPDX-License-Identifier: LGPL-2.1-or-later */

/*
 * Constant tables and the special printers. Expected texts are strace 6.1's
 * output for the same values (recorded with `strace -f` on small programs
 * while writing the tables; see docs/DECODING.md "## Constants").
 */

#include <sys/syscall.h>

#include "syscall-table.h"
#include "unit.h"
#include "xlat.h"

UNIT_DEFINE_GLOBALS;

/* The text of one argument kind, in a static buffer. */
static const char *k(unsigned kind, uint64_t v) {
        static char buf[2048];
        StrBuf b = {};
        int r;

        r = print_const_arg(&b, kind, v);
        snprintf(buf, sizeof(buf), "%s", r < 0 ? "(error)" : b.buf ?: "");
        strbuf_done(&b);
        return buf;
}

typedef int (*Printer)(StrBuf *out, uint64_t v);

static const char *p(Printer f, uint64_t v) {
        static char buf[2048];
        StrBuf b = {};
        int r;

        r = f(&b, v);
        snprintf(buf, sizeof(buf), "%s", r < 0 ? "(error)" : b.buf ?: "");
        strbuf_done(&b);
        return buf;
}

static const char *call(int nr, int64_t ret, uint64_t a0, uint64_t a1, uint64_t a2,
                        uint64_t a3, uint64_t a4, uint64_t a5) {
        static TestRecord t;

        test_record_init(&t, nr, ret);
        test_record_args(&t, a0, a1, a2, a3, a4, a5);
        return test_call(&t, NULL);
}

static void every_const_kind_has_a_printer(void) {
        for (unsigned kind = ARG_MADVISE; kind <= ARG_CLOSE_RANGE_FLAGS; kind++)
                CHECK(strcmp(k(kind, 0), "(error)") != 0);
        CHECK_STREQ(k(ARG_INT, 0), "(error)");
        CHECK_STREQ(k(_ARG_KIND_MAX, 0), "(error)");
}

static void generic_flags_and_values(void) {
        static const Xlat t[] = { { 1, "A" }, { 4, "C" }, { 2, "B" } };
        StrBuf b = {};

        CHECK(xlat_print_flags_ex(&b, t, ELEMENTSOF(t), 7, NULL, "X_???") >= 0);
        CHECK_STREQ(b.buf, "A|C|B");
        strbuf_truncate(&b, 0);
        CHECK(xlat_print_flags_ex(&b, t, ELEMENTSOF(t), 0x11, NULL, "X_???") >= 0);
        CHECK_STREQ(b.buf, "A|0x10");
        strbuf_truncate(&b, 0);
        CHECK(xlat_print_flags_ex(&b, t, ELEMENTSOF(t), 0x10, NULL, "X_???") >= 0);
        CHECK_STREQ(b.buf, "0x10 /* X_??? */");
        strbuf_truncate(&b, 0);
        CHECK(xlat_print_flags_ex(&b, t, ELEMENTSOF(t), 0, "X_NONE", "X_???") >= 0);
        CHECK_STREQ(b.buf, "X_NONE");
        strbuf_truncate(&b, 0);
        CHECK(xlat_print_xval(&b, t, ELEMENTSOF(t), 4, "X_???") >= 0);
        CHECK_STREQ(b.buf, "C");
        strbuf_truncate(&b, 0);
        CHECK(xlat_print_xval(&b, t, ELEMENTSOF(t), 0, "X_???") >= 0);
        CHECK_STREQ(b.buf, "0 /* X_??? */");
        strbuf_done(&b);
}

static void file_basics(void) {
        CHECK_STREQ(p(print_mmap_prot, 0), "PROT_NONE");
        CHECK_STREQ(p(print_mmap_prot, 0x10), "0x10 /* PROT_??? */");
        CHECK_STREQ(p(print_mmap_prot, ~0ull), "PROT_READ|PROT_WRITE|PROT_EXEC|PROT_SEM|PROT_GROWSDOWN|PROT_GROWSUP|0xfcfffff0");
        CHECK_STREQ(p(print_mmap_flags, 0), "MAP_FILE");
        CHECK_STREQ(p(print_mmap_flags, 0xf), "0xf /* MAP_??? */");
        CHECK_STREQ(p(print_mmap_flags, 0x100200), "MAP_FILE|MAP_FIXED_NOREPLACE|0x200");
        CHECK_STREQ(p(print_mmap_flags, 0xffffffff),
                    "0xf /* MAP_??? */|MAP_FIXED|MAP_ANONYMOUS|MAP_32BIT|MAP_NORESERVE|MAP_POPULATE|MAP_NONBLOCK|"
                    "MAP_GROWSDOWN|MAP_DENYWRITE|MAP_EXECUTABLE|MAP_LOCKED|MAP_STACK|MAP_HUGETLB|MAP_SYNC|"
                    "MAP_FIXED_NOREPLACE|0x3e00680|63<<MAP_HUGE_SHIFT");
        CHECK_STREQ(p(print_mmap_flags, 0x20022), "MAP_PRIVATE|MAP_ANONYMOUS|MAP_STACK");
        CHECK_STREQ(p(print_access_mode, 8), "0x8 /* ?_OK */");
        CHECK_STREQ(p(print_access_mode, 0), "F_OK");
        CHECK_STREQ(p(print_open_flags_noacc, 0), "0");
        CHECK_STREQ(p(print_open_flags_noacc, 02000000), "O_CLOEXEC");
        CHECK_STREQ(p(print_open_flags_noacc, 0xffffffff),
                    "O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|O_DIRECT|O_LARGEFILE|O_NOFOLLOW|"
                    "O_NOATIME|O_CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0xff80003f");
}

static void at_flags(void) {
        StrBuf b = {};

        CHECK(print_at_flags(&b, 0xffffffff, false) >= 0);
        CHECK_STREQ(b.buf, "AT_SYMLINK_NOFOLLOW|AT_REMOVEDIR|AT_SYMLINK_FOLLOW|AT_NO_AUTOMOUNT|AT_EMPTY_PATH|"
                    "AT_RECURSIVE|0xffff60ff");
        strbuf_truncate(&b, 0);
        CHECK(print_at_flags(&b, 0x10000, false) >= 0);
        CHECK_STREQ(b.buf, "0x10000 /* AT_??? */");
        strbuf_truncate(&b, 0);
        CHECK(print_at_flags(&b, 0x200, true) >= 0);
        CHECK_STREQ(b.buf, "AT_EACCESS");
        strbuf_done(&b);

        CHECK_STREQ(k(ARG_STATX_FLAGS, 0), "AT_STATX_SYNC_AS_STAT");
        CHECK_STREQ(k(ARG_STATX_FLAGS, 0x100), "AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW");
        CHECK_STREQ(k(ARG_STATX_FLAGS, 0x2000), "AT_STATX_FORCE_SYNC");
        CHECK_STREQ(k(ARG_STATX_FLAGS, 0xffffffff),
                    "AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC|AT_SYMLINK_NOFOLLOW|AT_REMOVEDIR|AT_SYMLINK_FOLLOW|"
                    "AT_NO_AUTOMOUNT|AT_EMPTY_PATH|AT_RECURSIVE|0xffff00ff");
        CHECK_STREQ(k(ARG_STATX_MASK, 0x7ff), "STATX_BASIC_STATS");
        CHECK_STREQ(k(ARG_STATX_MASK, 0x40003), "STATX_TYPE|STATX_MODE|0x40000");
        CHECK_STREQ(k(ARG_STATX_MASK, 0xffffffff), "STATX_ALL|STATX_MNT_ID|STATX_DIOALIGN|0xffffc000");
        CHECK_STREQ(k(ARG_STATX_MASK, 0), "0");
}

static void signals(void) {
        CHECK_STREQ(p(print_signal, 0), "0");
        CHECK_STREQ(p(print_signal, 9), "SIGKILL");
        CHECK_STREQ(p(print_signal, 31), "SIGSYS");
        CHECK_STREQ(p(print_signal, 32), "SIGRTMIN");
        CHECK_STREQ(p(print_signal, 33), "SIGRT_1");
        CHECK_STREQ(p(print_signal, 40), "SIGRT_8");
        CHECK_STREQ(p(print_signal, 64), "SIGRT_32");
        CHECK_STREQ(p(print_signal, 65), "65");
        CHECK_STREQ(p(print_signal, (uint32_t) -3), "-3");
        CHECK_STREQ(k(ARG_SIGPROCMASK_HOW, 0), "SIG_BLOCK");
        CHECK_STREQ(k(ARG_SIGPROCMASK_HOW, 2), "SIG_SETMASK");
        CHECK_STREQ(k(ARG_SIGPROCMASK_HOW, 5), "0x5 /* SIG_??? */");
        CHECK_STREQ(p(print_sa_flags, 0x14000000), "SA_RESTORER|SA_RESTART");
        CHECK_STREQ(p(print_sa_flags, 0), "0");
        CHECK_STREQ(p(print_sa_flags, 0xffffffff & ~0x04000000u),
                    "SA_ONSTACK|SA_RESTART|SA_INTERRUPT|SA_NODEFER|SA_RESETHAND|SA_SIGINFO|SA_NOCLDSTOP|SA_NOCLDWAIT|0x3fffff8");
        CHECK_STREQ(p(print_sa_flags, 0x20000000), "SA_INTERRUPT");
}

static void clone_flags(void) {
        CHECK_STREQ(k(ARG_CLONE_FLAGS, 0x4111), "CLONE_VM|CLONE_VFORK|SIGCHLD");
        CHECK_STREQ(k(ARG_CLONE_FLAGS, 0x1200011), "CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD");
        CHECK_STREQ(k(ARG_CLONE_FLAGS, 0x10000004111ull), "CLONE_VM|CLONE_VFORK|0x10000000000|SIGCHLD");
        CHECK_STREQ(k(ARG_CLONE_FLAGS, 0x1ff), "CLONE_VM|255");
        CHECK_STREQ(k(ARG_CLONE_FLAGS, 17), "SIGCHLD");
        CHECK_STREQ(k(ARG_CLONE_FLAGS, 0x3d0f00), "CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|"
                    "CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID");
        CHECK_STREQ(k(ARG_CLONE_FLAGS, 0), "0");
        CHECK_STREQ(k(ARG_UNSHARE_FLAGS, 0x90020000), "CLONE_NEWNS|CLONE_NEWUSER|0x80000000");
        CHECK_STREQ(k(ARG_UNSHARE_FLAGS, 0), "0");
        CHECK_STREQ(k(ARG_UNSHARE_FLAGS, ~0ull),
                    "CLONE_NEWTIME|CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_NEWNS|"
                    "CLONE_SYSVSEM|CLONE_NEWCGROUP|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWUSER|CLONE_NEWPID|"
                    "CLONE_NEWNET|0xffffffff81f8f07f");
        CHECK_STREQ(k(ARG_SETNS_TYPE, 0x40000000), "CLONE_NEWNET");
        CHECK_STREQ(k(ARG_SETNS_TYPE, 0), "0");
        CHECK_STREQ(k(ARG_SETNS_TYPE, 0xffffffff),
                    "CLONE_NEWTIME|CLONE_NEWNS|CLONE_NEWCGROUP|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWUSER|"
                    "CLONE_NEWPID|CLONE_NEWNET|0x81fdff7f");
}

static void process_tables(void) {
        CHECK_STREQ(k(ARG_WAIT_OPTIONS, 0x40000003), "WNOHANG|WSTOPPED|__WALL");
        CHECK_STREQ(k(ARG_WAIT_OPTIONS, 0), "0");
        CHECK_STREQ(k(ARG_WAIT_OPTIONS, 0x100000), "0x100000 /* W??? */");
        CHECK_STREQ(k(ARG_WAIT_OPTIONS, 0xffffffff),
                    "WNOHANG|WEXITED|WSTOPPED|WCONTINUED|WNOWAIT|__WCLONE|__WALL|__WNOTHREAD|0x1efffff0");
        CHECK_STREQ(k(ARG_IDTYPE, 1), "P_PID");
        CHECK_STREQ(k(ARG_IDTYPE, 7), "0x7 /* P_??? */");
        CHECK_STREQ(k(ARG_PRIO_WHICH, 1), "PRIO_PGRP");
        CHECK_STREQ(k(ARG_PRIO_WHICH, 9), "0x9 /* PRIO_??? */");
        CHECK_STREQ(k(ARG_SCHED_POLICY, 1), "SCHED_FIFO");
        CHECK_STREQ(k(ARG_SCHED_POLICY, 0x40000003), "0x40000003 /* SCHED_??? */");
        CHECK_STREQ(k(ARG_RLIMIT, 7), "RLIMIT_NOFILE");
        CHECK_STREQ(k(ARG_RLIMIT, 77), "0x4d /* RLIMIT_??? */");
        CHECK_STREQ(k(ARG_PERSONALITY, 0xffffffff), "0xffffffff");
        CHECK_STREQ(k(ARG_PERSONALITY, 0), "PER_LINUX");
        CHECK_STREQ(k(ARG_PERSONALITY, 0x40008), "PER_LINUX32|ADDR_NO_RANDOMIZE");
        CHECK_STREQ(k(ARG_PERSONALITY, 0xffff0005),
                    "0x5 /* PER_??? */|UNAME26|ADDR_NO_RANDOMIZE|FDPIC_FUNCPTRS|MMAP_PAGE_ZERO|ADDR_COMPAT_LAYOUT|"
                    "READ_IMPLIES_EXEC|ADDR_LIMIT_32BIT|SHORT_INODE|WHOLE_SECONDS|STICKY_TIMEOUTS|ADDR_LIMIT_3GB|"
                    "0xf0010000");
        CHECK_STREQ(k(ARG_PTRACE_REQ, 0x4206), "PTRACE_SEIZE");
        CHECK_STREQ(k(ARG_PTRACE_REQ, 0x5000), "0x5000 /* PTRACE_??? */");
        CHECK_STREQ(p(print_ptrace_options, 0x100001), "PTRACE_O_TRACESYSGOOD|PTRACE_O_EXITKILL");
        CHECK_STREQ(k(ARG_PRCTL_OPTION, 15), "PR_SET_NAME");
        CHECK_STREQ(k(ARG_PRCTL_OPTION, 0), "0 /* PR_??? */");
        CHECK_STREQ(k(ARG_ARCH_PRCTL_CODE, 0x1002), "ARCH_SET_FS");
        CHECK_STREQ(k(ARG_ARCH_PRCTL_CODE, 0x9999), "0x9999 /* ARCH_??? */");
        CHECK_STREQ(p(print_capability, 5), "CAP_KILL");
        CHECK_STREQ(p(print_capability, 40), "CAP_CHECKPOINT_RESTORE");
        CHECK_STREQ(p(print_capability, 41), "0x29 /* CAP_??? */");
        CHECK_STREQ(p(print_secbits, 0x2f), "SECBIT_NOROOT|SECBIT_NOROOT_LOCKED|SECBIT_NO_SETUID_FIXUP|"
                    "SECBIT_NO_SETUID_FIXUP_LOCKED|SECBIT_KEEP_CAPS_LOCKED");
}

static void memory_tables(void) {
        CHECK_STREQ(k(ARG_MADVISE, 4), "MADV_DONTNEED");
        CHECK_STREQ(k(ARG_MADVISE, 0), "MADV_NORMAL");
        CHECK_STREQ(k(ARG_MADVISE, 100), "MADV_HWPOISON");
        CHECK_STREQ(k(ARG_MADVISE, 0x777), "0x777 /* MADV_??? */");
        CHECK_STREQ(k(ARG_MCL_FLAGS, 0x103), "MCL_CURRENT|MCL_FUTURE|0x100");
        CHECK_STREQ(k(ARG_MSYNC_FLAGS, 0xffffffff), "MS_SYNC|MS_ASYNC|MS_INVALIDATE|0xfffffff8");
        CHECK_STREQ(k(ARG_MREMAP_FLAGS, ~0ull), "MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP|0xfffffffffffffff8");
        CHECK_STREQ(k(ARG_MLOCK2_FLAGS, 1), "MLOCK_ONFAULT");
        CHECK_STREQ(k(ARG_MLOCK2_FLAGS, 0), "0");
        CHECK_STREQ(k(ARG_MFD_FLAGS, 3), "MFD_CLOEXEC|MFD_ALLOW_SEALING");
        CHECK_STREQ(k(ARG_MFD_FLAGS, 0x7c000001), "MFD_CLOEXEC|31<<MFD_HUGE_SHIFT");
        CHECK_STREQ(k(ARG_MFD_FLAGS, 0xffffffff), "MFD_CLOEXEC|MFD_ALLOW_SEALING|MFD_HUGETLB|0x3fffff8|63<<MFD_HUGE_SHIFT");
}

static void fd_tables(void) {
        CHECK_STREQ(k(ARG_FCNTL_CMD, 1030), "F_DUPFD_CLOEXEC");
        CHECK_STREQ(k(ARG_FCNTL_CMD, 0x999), "0x999 /* F_??? */");
        CHECK_STREQ(p(print_fd_flags, 1), "FD_CLOEXEC");
        CHECK_STREQ(p(print_fd_flags, 5), "FD_CLOEXEC|0x4");
        CHECK_STREQ(p(print_fcntl_seals, 9), "F_SEAL_SEAL|F_SEAL_WRITE");
        CHECK_STREQ(k(ARG_EPOLL_CTL_OP, 1), "EPOLL_CTL_ADD");
        CHECK_STREQ(k(ARG_EPOLL_CTL_OP, 9), "0x9 /* EPOLL_CTL_??? */");
        CHECK_STREQ(k(ARG_EPOLL_FLAGS, 0x80000), "EPOLL_CLOEXEC");
        CHECK_STREQ(k(ARG_EPOLL_FLAGS, 0xffffffff), "EPOLL_CLOEXEC|0xfff7ffff");
        CHECK_STREQ(k(ARG_EFD_FLAGS, 0x80801), "EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK");
        CHECK_STREQ(k(ARG_EFD_FLAGS, 0), "0");
        CHECK_STREQ(k(ARG_TFD_FLAGS, 0x80800), "TFD_CLOEXEC|TFD_NONBLOCK");
        CHECK_STREQ(k(ARG_TFD_FLAGS, 1), "TFD_TIMER_ABSTIME");
        CHECK_STREQ(k(ARG_INOTIFY_FLAGS, 0x80800), "IN_NONBLOCK|IN_CLOEXEC");
        CHECK_STREQ(k(ARG_INOTIFY_MASK, 0x11000102), "IN_MODIFY|IN_CREATE|IN_ONLYDIR|IN_MASK_CREATE");
        CHECK_STREQ(k(ARG_INOTIFY_MASK, 0xffffffff),
                    "IN_ACCESS|IN_MODIFY|IN_ATTRIB|IN_CLOSE_WRITE|IN_CLOSE_NOWRITE|IN_OPEN|IN_MOVED_FROM|"
                    "IN_MOVED_TO|IN_CREATE|IN_DELETE|IN_DELETE_SELF|IN_MOVE_SELF|IN_UNMOUNT|IN_Q_OVERFLOW|"
                    "IN_IGNORED|IN_ONLYDIR|IN_DONT_FOLLOW|IN_EXCL_UNLINK|IN_MASK_CREATE|IN_MASK_ADD|IN_ISDIR|"
                    "IN_ONESHOT|0x8ff1000");
        CHECK_STREQ(k(ARG_SFD_FLAGS, 0x80800), "SFD_CLOEXEC|SFD_NONBLOCK");
        CHECK_STREQ(k(ARG_FLOCK_OP, 6), "LOCK_EX|LOCK_NB");
        CHECK_STREQ(k(ARG_FLOCK_OP, 8), "LOCK_UN");
        CHECK_STREQ(k(ARG_FLOCK_OP, 0xffffffff), "LOCK_SH|LOCK_EX|LOCK_NB|LOCK_UN|LOCK_MAND|LOCK_RW|0xffffff10");
        CHECK_STREQ(k(ARG_GRND_FLAGS, 3), "GRND_NONBLOCK|GRND_RANDOM");
        CHECK_STREQ(k(ARG_GRND_FLAGS, 0), "0");
        CHECK_STREQ(k(ARG_RENAME_FLAGS, 5), "RENAME_NOREPLACE|RENAME_WHITEOUT");
        CHECK_STREQ(k(ARG_SPLICE_FLAGS, 7), "SPLICE_F_MOVE|SPLICE_F_NONBLOCK|SPLICE_F_MORE");
        CHECK_STREQ(k(ARG_CLOSE_RANGE_FLAGS, 0xffffffff), "CLOSE_RANGE_UNSHARE|CLOSE_RANGE_CLOEXEC|0xfffffff9");
        CHECK_STREQ(k(ARG_PIDFD_FLAGS, 0xffffffff), "PIDFD_NONBLOCK|0xfffff7ff");
        CHECK_STREQ(k(ARG_FAN_INIT_FLAGS, 0), "FAN_CLASS_NOTIF");
        CHECK_STREQ(k(ARG_FAN_INIT_FLAGS, 0xffffffff),
                    "0xc /* FAN_CLASS_??? */|FAN_CLOEXEC|FAN_NONBLOCK|FAN_UNLIMITED_QUEUE|FAN_UNLIMITED_MARKS|"
                    "FAN_ENABLE_AUDIT|FAN_REPORT_PIDFD|FAN_REPORT_TID|FAN_REPORT_FID|FAN_REPORT_DIR_FID|"
                    "FAN_REPORT_NAME|FAN_REPORT_TARGET_FID|0xffffe000");
        CHECK_STREQ(k(ARG_FAN_MARK_FLAGS, 0x11), "FAN_MARK_ADD|FAN_MARK_MOUNT");
        CHECK_STREQ(k(ARG_FAN_MASK, 0x40000002), "FAN_MODIFY|FAN_ONDIR");
        CHECK_STREQ(p(print_poll_events, 5), "POLLIN|POLLOUT");
        CHECK_STREQ(p(print_poll_events, 0), "0");
        CHECK_STREQ(p(print_epoll_events, 0x80000001), "EPOLLIN|EPOLLET");
        CHECK_STREQ(p(print_epoll_events, 0xffffffff),
                    "EPOLLIN|EPOLLPRI|EPOLLOUT|EPOLLERR|EPOLLHUP|EPOLLNVAL|EPOLLRDNORM|EPOLLRDBAND|EPOLLWRNORM|"
                    "EPOLLWRBAND|EPOLLMSG|EPOLLRDHUP|EPOLLEXCLUSIVE|EPOLLWAKEUP|EPOLLONESHOT|EPOLLET|0xfffd800");
        CHECK_STREQ(p(print_epoll_events, 0x100000), "0x100000 /* EPOLL??? */");
        CHECK_STREQ(p(print_poll_events, 0xffff),
                    "POLLIN|POLLPRI|POLLOUT|POLLERR|POLLHUP|POLLNVAL|POLLRDNORM|POLLRDBAND|POLLWRNORM|POLLWRBAND|"
                    "POLLMSG|POLLREMOVE|POLLRDHUP|POLL_BUSY_LOOP|0x4800");
        CHECK_STREQ(p(print_poll_events, 0x8000), "POLL_BUSY_LOOP");
}

static void mount_tables(void) {
        CHECK_STREQ(k(ARG_MOUNT_FLAGS, 0x5003), "MS_RDONLY|MS_NOSUID|MS_BIND|MS_REC");
        CHECK_STREQ(k(ARG_MOUNT_FLAGS, 0xc0ed0020), "MS_MGC_VAL|MS_REMOUNT");
        CHECK_STREQ(k(ARG_MOUNT_FLAGS, 0xc0ed0000), "MS_MGC_VAL");
        CHECK_STREQ(k(ARG_MOUNT_FLAGS, 0), "0");
        CHECK_STREQ(k(ARG_MOUNT_FLAGS, 0xffff),
                    "MS_RDONLY|MS_NOSUID|MS_NODEV|MS_NOEXEC|MS_SYNCHRONOUS|MS_REMOUNT|MS_MANDLOCK|MS_DIRSYNC|"
                    "MS_NOSYMFOLLOW|MS_NOATIME|MS_NODIRATIME|MS_BIND|MS_MOVE|MS_REC|MS_SILENT|0x200");
        CHECK_STREQ(k(ARG_UMOUNT_FLAGS, 0xa), "MNT_DETACH|UMOUNT_NOFOLLOW");
        CHECK_STREQ(k(ARG_UMOUNT_FLAGS, 0x10), "0x10 /* MNT_??? */");
}

static void time_tables(void) {
        CHECK_STREQ(k(ARG_CLOCK_ID, 0), "CLOCK_REALTIME");
        CHECK_STREQ(k(ARG_CLOCK_ID, 11), "CLOCK_TAI");
        CHECK_STREQ(k(ARG_CLOCK_ID, 12), "0xc /* CLOCK_??? */");
        CHECK_STREQ(k(ARG_CLOCK_ID, (uint64_t) -6), "0xfffffffa /* CLOCK_??? */");
        CHECK_STREQ(k(ARG_TIMER_FLAGS, 1), "TIMER_ABSTIME");
        CHECK_STREQ(k(ARG_TIMER_FLAGS, 0xffffffff), "TIMER_ABSTIME|0xfffffffe");
}

static void socket_tables(void) {
        StrBuf b = {};

        CHECK_STREQ(k(ARG_SOCK_FAMILY, 1), "AF_UNIX");
        CHECK_STREQ(k(ARG_SOCK_FAMILY, 10), "AF_INET6");
        CHECK_STREQ(k(ARG_SOCK_FAMILY, 99), "0x63 /* AF_??? */");
        CHECK_STREQ(k(ARG_SOCK_TYPE, 0x80801), "SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK");
        CHECK_STREQ(k(ARG_SOCK_TYPE, 2), "SOCK_DGRAM");
        CHECK_STREQ(k(ARG_SOCK_TYPE, 77), "0x4d /* SOCK_??? */");
        CHECK_STREQ(k(ARG_SOCK_TYPE, 0xf), "0xf /* SOCK_??? */");
        CHECK_STREQ(k(ARG_SOCK_TYPE, 0xffffffff), "SOCK_CLOEXEC|SOCK_NONBLOCK|0xfff7f7ff");
        CHECK_STREQ(k(ARG_SOCK_FLAGS, 0x80000), "SOCK_CLOEXEC");
        CHECK_STREQ(k(ARG_SOCK_LEVEL, 6), "SOL_TCP");
        CHECK_STREQ(k(ARG_SOCK_LEVEL, 999), "0x3e7 /* SOL_?? */");
        CHECK_STREQ(k(ARG_MSG_FLAGS, 0x4040), "MSG_DONTWAIT|MSG_NOSIGNAL");
        CHECK_STREQ(k(ARG_MSG_FLAGS, 0x40000002), "MSG_PEEK|MSG_CMSG_CLOEXEC");
        CHECK_STREQ(k(ARG_MSG_FLAGS, 0), "0");
        CHECK_STREQ(k(ARG_MSG_FLAGS, 0xffffffff),
                    "MSG_OOB|MSG_PEEK|MSG_DONTROUTE|MSG_CTRUNC|MSG_PROBE|MSG_TRUNC|MSG_DONTWAIT|MSG_EOR|"
                    "MSG_WAITALL|MSG_FIN|MSG_SYN|MSG_CONFIRM|MSG_RST|MSG_ERRQUEUE|MSG_NOSIGNAL|MSG_MORE|"
                    "MSG_WAITFORONE|MSG_SENDPAGE_NOTLAST|MSG_BATCH|MSG_NO_SHARED_FRAGS|MSG_ZEROCOPY|"
                    "MSG_FASTOPEN|MSG_CMSG_CLOEXEC|MSG_CMSG_COMPAT|0x1bf00000");
        CHECK_STREQ(k(ARG_SHUT_HOW, 2), "SHUT_RDWR");
        CHECK_STREQ(k(ARG_SHUT_HOW, 7), "0x7 /* SHUT_??? */");

        CHECK(print_socket_protocol(&b, 2, 6) >= 0);
        CHECK_STREQ(b.buf, "IPPROTO_TCP");
        strbuf_truncate(&b, 0);
        CHECK(print_socket_protocol(&b, 10, 0) >= 0);
        CHECK_STREQ(b.buf, "IPPROTO_IP");
        strbuf_truncate(&b, 0);
        CHECK(print_socket_protocol(&b, 16, 0) >= 0);
        CHECK_STREQ(b.buf, "NETLINK_ROUTE");
        strbuf_truncate(&b, 0);
        CHECK(print_socket_protocol(&b, 17, 0) >= 0);
        CHECK_STREQ(b.buf, "htons(0 /* ETH_P_??? */)");
        strbuf_truncate(&b, 0);
        CHECK(print_socket_protocol(&b, 17, 0x0300) >= 0);
        CHECK_STREQ(b.buf, "htons(ETH_P_ALL)");
        strbuf_truncate(&b, 0);
        CHECK(print_socket_protocol(&b, 1, 7) >= 0);
        CHECK_STREQ(b.buf, "7");
        strbuf_truncate(&b, 0);
        CHECK(print_sockopt_name(&b, 1, 2) >= 0);
        CHECK_STREQ(b.buf, "SO_REUSEADDR");
        strbuf_truncate(&b, 0);
        CHECK(print_sockopt_name(&b, 41, 26) >= 0);
        CHECK_STREQ(b.buf, "IPV6_V6ONLY");
        strbuf_truncate(&b, 0);
        CHECK(print_sockopt_name(&b, 17, 1) >= 0);
        CHECK_STREQ(b.buf, "UDP_CORK");
        strbuf_truncate(&b, 0);
        CHECK(print_sockopt_name(&b, 270, 1) >= 0);
        CHECK_STREQ(b.buf, "NETLINK_ADD_MEMBERSHIP");
        strbuf_truncate(&b, 0);
        CHECK(print_sockopt_name(&b, 6, 99) >= 0);
        CHECK_STREQ(b.buf, "0x63 /* TCP_??? */");
        strbuf_truncate(&b, 0);
        CHECK(print_sockopt_name(&b, 999, 12) >= 0);
        CHECK_STREQ(b.buf, "12");
        strbuf_done(&b);
}

static void ioctl_cmds(void) {
        CHECK_STREQ(k(ARG_IOCTL_CMD, 0x5401), "TCGETS");
        CHECK_STREQ(k(ARG_IOCTL_CMD, 0x5402), "SNDCTL_TMR_START or TCSETS");
        CHECK_STREQ(k(ARG_IOCTL_CMD, 0x5413), "TIOCGWINSZ");
        CHECK_STREQ(k(ARG_IOCTL_CMD, 0x80047805), "_IOC(_IOC_READ, 0x78, 0x5, 0x4)");
        CHECK_STREQ(k(ARG_IOCTL_CMD, 0xfe03), "_IOC(_IOC_NONE, 0xfe, 0x3, 0)");
        CHECK_STREQ(k(ARG_IOCTL_CMD, 0xc0647a01), "_IOC(_IOC_READ|_IOC_WRITE, 0x7a, 0x1, 0x64)");
        CHECK_STREQ(k(ARG_IOCTL_CMD, 0x1234), "_IOC(_IOC_NONE, 0x12, 0x34, 0)");
        CHECK(ioctl_arg_kind(0x5451) == IOCTL_ARG_NONE);
        CHECK(ioctl_arg_kind(0x540e) == IOCTL_ARG_INT);
        CHECK(ioctl_arg_kind(0x5401) == IOCTL_ARG_PTR);
        CHECK(ioctl_arg_kind(0x1234) == IOCTL_ARG_HEX);
}

static void futex_ops(void) {
        CHECK_STREQ(p(print_futex_op, 0x81), "FUTEX_WAKE_PRIVATE");
        CHECK_STREQ(p(print_futex_op, 0x109), "FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME");
        CHECK_STREQ(p(print_futex_op, 0x189), "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME");
        CHECK_STREQ(p(print_futex_op, 99), "0x63 /* FUTEX_??? */");
        CHECK_STREQ(p(print_futex_op, 0x400), "0x400 /* FUTEX_??? */");
        CHECK_STREQ(p(print_futex_wake_op, 0x04000001), "FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1");
        CHECK_STREQ(p(print_futex_wake_op, 0x11223344), "FUTEX_OP_ADD<<28|0x223<<12|FUTEX_OP_CMP_NE<<24|0x344");
        CHECK_STREQ(p(print_futex_wake_op, 0xffffffff),
                    "FUTEX_OP_OPARG_SHIFT<<28|0x7<<28 /* FUTEX_OP_??? */|0xfff<<12|0xf<<24 /* FUTEX_OP_CMP_??? */|0xfff");
        CHECK_STREQ(p(print_futex_bitset, 0xffffffff), "FUTEX_BITSET_MATCH_ANY");
        CHECK_STREQ(p(print_futex_bitset, 0), "0");
}

/* ---- whole calls: the special printers ---- */

static void futex_calls(void) {
        CHECK_STREQ(call(__NR_futex, 0, 0x7ffe1000, 0x81, 1, 0, 0, 0), "futex(0x7ffe1000, FUTEX_WAKE_PRIVATE, 1) = 0");
        CHECK_STREQ(call(__NR_futex, -EAGAIN, 0x7ffe1000, 0x80, 5, 0, 0, 0),
                    "futex(0x7ffe1000, FUTEX_WAIT_PRIVATE, 5, NULL) = -1 EAGAIN (Resource temporarily unavailable)");
        CHECK_STREQ(call(__NR_futex, 0, 0x7ffe1000, 0x109, 5, 0, 0, 0xffffffff),
                    "futex(0x7ffe1000, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 5, NULL, FUTEX_BITSET_MATCH_ANY) = 0");
        CHECK_STREQ(call(__NR_futex, 0, 0x7ffe1000, 0x83, 1, 2, 0x7ffe2000, 0),
                    "futex(0x7ffe1000, FUTEX_REQUEUE_PRIVATE, 1, 2, 0x7ffe2000) = 0");
        CHECK_STREQ(call(__NR_futex, 0, 0x7ffe1000, 4, 1, 2, 0x7ffe2000, 3),
                    "futex(0x7ffe1000, FUTEX_CMP_REQUEUE, 1, 2, 0x7ffe2000, 3) = 0");
        CHECK_STREQ(call(__NR_futex, 0, 0x7ffe1000, 5, 1, 2, 0x7ffe2000, 0x04000001),
                    "futex(0x7ffe1000, FUTEX_WAKE_OP, 1, 2, 0x7ffe2000, FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1) = 0");
        CHECK_STREQ(call(__NR_futex, -ESRCH, 0x7ffe1000, 6, 0, 0, 0, 0),
                    "futex(0x7ffe1000, FUTEX_LOCK_PI, NULL) = -1 ESRCH (No such process)");
        CHECK_STREQ(call(__NR_futex, -EPERM, 0x7ffe1000, 0x87, 0, 0, 0, 0),
                    "futex(0x7ffe1000, FUTEX_UNLOCK_PI_PRIVATE) = -1 EPERM (Operation not permitted)");
        CHECK_STREQ(call(__NR_futex, -ENOSYS, 0x7ffe1000, 99, 1, 2, 3, 4),
                    "futex(0x7ffe1000, 0x63 /* FUTEX_??? */, 1, 0x2, 0x3, 0x4) = -1 ENOSYS (Function not implemented)");
        CHECK_STREQ(call(__NR_futex, 0, 0x7ffe1000, 0x8a, 1, 0, 0, 0xffffffff),
                    "futex(0x7ffe1000, FUTEX_WAKE_BITSET_PRIVATE, 1, FUTEX_BITSET_MATCH_ANY) = 0");
}

static void futex_unfinished_keeps_the_address(void) {
        TestRecord t;

        test_record_init(&t, __NR_futex, 0);
        test_record_args(&t, 0x7ffe1000, 0x189, 7, 0, 0, 0xffffffff);
        t.h.flags |= TL_RECORD_UNFINISHED;
        CHECK_STREQ(test_call(&t, NULL),
                    "futex(0x7ffe1000, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 7, NULL, FUTEX_BITSET_MATCH_ANY"
                    " <unfinished ...>");
}

static void fcntl_calls(void) {
        CHECK_STREQ(call(__NR_fcntl, 0, 3, 1, 0, 0, 0, 0), "fcntl(3, F_GETFD) = 0");
        CHECK_STREQ(call(__NR_fcntl, 1, 3, 1, 0, 0, 0, 0), "fcntl(3, F_GETFD) = 0x1 (flags FD_CLOEXEC)");
        CHECK_STREQ(call(__NR_fcntl, 0, 3, 2, 1, 0, 0, 0), "fcntl(3, F_SETFD, FD_CLOEXEC) = 0");
        CHECK_STREQ(call(__NR_fcntl, 0, 3, 2, 5, 0, 0, 0), "fcntl(3, F_SETFD, FD_CLOEXEC|0x4) = 0");
#if defined(__aarch64__)
        /* arm64's own O_* bits: O_LARGEFILE is 0400000, 0100000 is O_NOFOLLOW */
        CHECK_STREQ(call(__NR_fcntl, 0x20002, 3, 3, 0, 0, 0, 0), "fcntl(3, F_GETFL) = 0x20002 (flags O_RDWR|O_LARGEFILE)");
        CHECK_STREQ(call(__NR_fcntl, 0x8002, 3, 3, 0, 0, 0, 0), "fcntl(3, F_GETFL) = 0x8002 (flags O_RDWR|O_NOFOLLOW)");
#else
        CHECK_STREQ(call(__NR_fcntl, 0x8002, 3, 3, 0, 0, 0, 0), "fcntl(3, F_GETFL) = 0x8002 (flags O_RDWR|O_LARGEFILE)");
#endif
        CHECK_STREQ(call(__NR_fcntl, 0, 3, 4, 0xc00, 0, 0, 0), "fcntl(3, F_SETFL, O_RDONLY|O_APPEND|O_NONBLOCK) = 0");
        CHECK_STREQ(call(__NR_fcntl, 11, 3, 1030, 10, 0, 0, 0), "fcntl(3, F_DUPFD_CLOEXEC, 10) = 11");
        CHECK_STREQ(call(__NR_fcntl, 0, 3, 6, 0x7ffe1000, 0, 0, 0), "fcntl(3, F_SETLK, 0x7ffe1000) = 0");
        CHECK_STREQ(call(__NR_fcntl, -EINVAL, 3, 0x999, 7, 0, 0, 0),
                    "fcntl(3, 0x999 /* F_??? */, 0x7) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_fcntl, -EINVAL, 3, 1033, 9, 0, 0, 0),
                    "fcntl(3, F_ADD_SEALS, F_SEAL_SEAL|F_SEAL_WRITE) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_fcntl, -EBADF, 3, 1032, 0, 0, 0, 0),
                    "fcntl(3, F_GETPIPE_SZ) = -1 EBADF (Bad file descriptor)");
}

/* clone's last three arguments: x86_64 passes parent_tid, child_tid, tls; arm64
 * (CLONE_BACKWARDS) parent_tid, tls, child_tid. */
#if defined(__aarch64__)
#define CLONE_ARGS(parent_tid, child_tid, tls) (parent_tid), (tls), (child_tid)
#else
#define CLONE_ARGS(parent_tid, child_tid, tls) (parent_tid), (child_tid), (tls)
#endif

static void clone_calls(void) {
        CHECK_STREQ(call(__NR_clone, 1234, 0x1200011, 0, CLONE_ARGS(0, 0x7f651a59fa10, 0), 0),
                    "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, "
                    "child_tidptr=0x7f651a59fa10) = 1234");
        CHECK_STREQ(call(__NR_clone, 1234, 0x4111, 0, 0, 0, 0, 0),
                    "clone(child_stack=NULL, flags=CLONE_VM|CLONE_VFORK|SIGCHLD) = 1234");
        CHECK_STREQ(call(__NR_clone, 17852, 0x1180000 | 12, 0, CLONE_ARGS(0x7ffc1000, 0x7ffc2000, 0x4000), 0),
                    "clone(child_stack=NULL, flags=CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_SETTID|SIGUSR2, "
                    "parent_tid=0x7ffc1000, tls=0x4000, child_tidptr=0x7ffc2000) = 17852");
}

static void clone_unfinished_stops_after_flags(void) {
        TestRecord t;

        test_record_init(&t, __NR_clone, 0);
        test_record_args(&t, 0x1200011, 0, 0, 0x7f651a59fa10, 0, 0);
        t.h.flags |= TL_RECORD_UNFINISHED;
        CHECK_STREQ(test_call(&t, NULL),
                    "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>");
}

/* strace -f: "clone(child_stack=NULL, flags=... <unfinished ...>" then
 * "<... clone resumed>, child_tidptr=0x7f651a59fa10) = 1234" */
static void clone_resumes_after_flags(void) {
        TestRecord t;
        StrBuf b = {};
        size_t exit_at = 0, close_at = 0;

        test_record_init(&t, __NR_clone, 1234);
        test_record_args(&t, 0x1200011, 0, CLONE_ARGS(0, 0x7f651a59fa10, 0), 0);
        CHECK(record_format_call_split(&t.r, NULL, &b, &exit_at, &close_at) >= 0);
        CHECK(b.buf && exit_at <= b.len && close_at < b.len);
        if (b.buf && exit_at <= b.len && close_at < b.len) {
                CHECK_STREQ(b.buf + exit_at, ", child_tidptr=0x7f651a59fa10) = 1234");
                b.buf[exit_at] = 0;
                CHECK_STREQ(b.buf, "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD");
        }
        strbuf_done(&b);
}

static void ioctl_calls(void) {
        CHECK_STREQ(call(__NR_ioctl, -ENOTTY, 3, 0x5401, 0, 0, 0, 0),
                    "ioctl(3, TCGETS, NULL) = -1 ENOTTY (Inappropriate ioctl for device)");
        CHECK_STREQ(call(__NR_ioctl, 0, 3, 0x5451, 0, 0, 0, 0), "ioctl(3, FIOCLEX) = 0");
        CHECK_STREQ(call(__NR_ioctl, -ENOTTY, 3, 0x540e, 0, 0, 0, 0),
                    "ioctl(3, TIOCSCTTY, 0) = -1 ENOTTY (Inappropriate ioctl for device)");
        CHECK_STREQ(call(__NR_ioctl, -ENOTTY, 3, 0x1234, 7, 0, 0, 0),
                    "ioctl(3, _IOC(_IOC_NONE, 0x12, 0x34, 0), 0x7) = -1 ENOTTY (Inappropriate ioctl for device)");
        CHECK_STREQ(call(__NR_ioctl, -ENOTTY, 3, 0x80047805, 0, 0, 0, 0),
                    "ioctl(3, _IOC(_IOC_READ, 0x78, 0x5, 0x4), 0) = -1 ENOTTY (Inappropriate ioctl for device)");
}

static void prctl_calls(void) {
        CHECK_STREQ(call(__NR_prctl, -EFAULT, 15, 0, 0, 0, 0, 0), "prctl(PR_SET_NAME, NULL) = -1 EFAULT (Bad address)");
        CHECK_STREQ(call(__NR_prctl, 0, 38, 1, 0, 0, 0, 0), "prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) = 0");
        CHECK_STREQ(call(__NR_prctl, 0, 1, 15, 0, 0, 0, 0), "prctl(PR_SET_PDEATHSIG, SIGTERM) = 0");
        CHECK_STREQ(call(__NR_prctl, 1, 3, 0, 0, 0, 0, 0), "prctl(PR_GET_DUMPABLE) = 1 (SUID_DUMP_USER)");
        CHECK_STREQ(call(__NR_prctl, -EINVAL, 4, 7, 0, 0, 0, 0),
                    "prctl(PR_SET_DUMPABLE, 0x7 /* SUID_DUMP_??? */) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_prctl, -EINVAL, 0x999, 1, 2, 3, 4, 0),
                    "prctl(0x999 /* PR_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_prctl, 1, 23, 5, 0, 0, 0, 0), "prctl(PR_CAPBSET_READ, CAP_KILL) = 1");
        CHECK_STREQ(call(__NR_prctl, 0x10, 27, 0, 0, 0, 0, 0), "prctl(PR_GET_SECUREBITS) = 0x10 (SECBIT_KEEP_CAPS)");
        CHECK_STREQ(call(__NR_prctl, -EINVAL, 35, 1, 2, 3, 4, 0),
                    "prctl(PR_SET_MM, PR_SET_MM_START_CODE, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_prctl, -EFAULT, 22, 2, 0, 0, 0, 0),
                    "prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, NULL) = -1 EFAULT (Bad address)");
        CHECK_STREQ(call(__NR_prctl, -EINVAL, 0x59616d61, 0xffffffff, 0, 0, 0, 0),
                    "prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_prctl, 0, 47, 4, 0, 0, 0, 0), "prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) = 0");
        CHECK_STREQ(call(__NR_prctl, 50000, 30, 0, 0, 0, 0, 0), "prctl(PR_GET_TIMERSLACK) = 50000");
}

static void prctl_set_name_string(void) {
        TestRecord t;

        test_record_init(&t, __NR_prctl, 0);
        test_record_args(&t, 15, 0x5555000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "abc", 4, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL), "prctl(PR_SET_NAME, \"abc\") = 0");

        /* the same capture is not shown for an option whose arg2 is a number */
        test_record_args(&t, 38, 1, 0, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) = 0");
}

static void fcntl_more(void) {
        CHECK_STREQ(call(__NR_fcntl, -EINVAL, 3, 0, 0xffffffff, 0, 0, 0),
                    "fcntl(3, F_DUPFD, 4294967295) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_fcntl, -EINVAL, 3, 1029, 0, 0, 0, 0), "fcntl(3, F_CANCELLK, 0) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_fcntl, -EINVAL, 3, 1035, 0, 0, 0, 0),
                    "fcntl(3, 0x40b /* F_??? */, 0) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_fcntl, 0, 3, 10, 10, 0, 0, 0), "fcntl(3, F_SETSIG, SIGUSR1) = 0");
}

static void ptrace_more(void) {
        CHECK_STREQ(call(__NR_ptrace, -ESRCH, 17, 99999, 0, 5, 0, 0),
                    "ptrace(PTRACE_DETACH, 99999, NULL, SIGTRAP) = -1 ESRCH (No such process)");
        CHECK_STREQ(call(__NR_ptrace, -ESRCH, 12, 99999, 0, 0x1000, 0, 0),
                    "ptrace(PTRACE_GETREGS, 99999, 0x1000) = -1 ESRCH (No such process)");
        CHECK_STREQ(call(__NR_ptrace, -ESRCH, 8, 99999, 0, 0, 0, 0), "ptrace(PTRACE_KILL, 99999) = -1 ESRCH (No such process)");
        CHECK_STREQ(call(__NR_ptrace, -EPERM, 0, 0, 0, 0, 0, 0), "ptrace(PTRACE_TRACEME) = -1 EPERM (Operation not permitted)");
}

static void ioctl_more(void) {
        CHECK_STREQ(call(__NR_ioctl, -ENOTTY, 3, 0x540b, 0, 0, 0, 0),
                    "ioctl(3, TCFLSH, TCIFLUSH) = -1 ENOTTY (Inappropriate ioctl for device)");
        CHECK_STREQ(call(__NR_ioctl, -EINVAL, 3, 0x40049409, 0, 0, 0, 0),
                    "ioctl(3, BTRFS_IOC_CLONE or FICLONE, 0) = -1 EINVAL (Invalid argument)");
}

static void socket_calls(void) {
        CHECK_STREQ(call(__NR_socket, 4, 2, 0x80801, 6, 0, 0, 0),
                    "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_TCP) = 4");
        CHECK_STREQ(call(__NR_socket, 7, 16, 3, 0, 0, 0, 0), "socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 7");
        CHECK_STREQ(call(__NR_socket, -EINVAL, 99, 77, 55, 0, 0, 0),
                    "socket(0x63 /* AF_??? */, 0x4d /* SOCK_??? */, 55) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_setsockopt, -ENOTSOCK, 3, 6, 1, 0x7ffe1000, 4, 0),
                    "setsockopt(3, SOL_TCP, TCP_NODELAY, 0x7ffe1000, 4) = -1 ENOTSOCK (Socket operation on non-socket)");
        CHECK_STREQ(call(__NR_shutdown, 0, 3, 1, 0, 0, 0, 0), "shutdown(3, SHUT_WR) = 0");
        CHECK_STREQ(call(__NR_accept4, -EBADF, 99, 0, 0, 0x80000, 0, 0),
                    "accept4(99, NULL, NULL, SOCK_CLOEXEC) = -1 EBADF (Bad file descriptor)");
}

static void other_calls(void) {
        CHECK_STREQ(call(__NR_wait4, -ECHILD, (uint32_t) -1, 0, 0x40000003, 0, 0, 0),
                    "wait4(-1, NULL, WNOHANG|WSTOPPED|__WALL, NULL) = -1 ECHILD (No child processes)");
#ifdef __NR_arch_prctl  /* x86_64 alone */
        CHECK_STREQ(call(__NR_arch_prctl, 0, 0x1002, 0x7f651a59f740, 0, 0, 0, 0),
                    "arch_prctl(ARCH_SET_FS, 0x7f651a59f740) = 0");
#endif
        CHECK_STREQ(call(__NR_personality, 0, 0x40008, 0, 0, 0, 0, 0),
                    "personality(PER_LINUX32|ADDR_NO_RANDOMIZE) = 0 (PER_LINUX)");
        CHECK_STREQ(call(__NR_sched_getscheduler, 0, 0, 0, 0, 0, 0, 0), "sched_getscheduler(0) = 0 (SCHED_OTHER)");
        CHECK_STREQ(call(__NR_ptrace, -ESRCH, 16, 99999, 0, 0, 0, 0),
                    "ptrace(PTRACE_ATTACH, 99999) = -1 ESRCH (No such process)");
        CHECK_STREQ(call(__NR_ptrace, -ESRCH, 0x4206, 99999, 0, 0x100001, 0, 0),
                    "ptrace(PTRACE_SEIZE, 99999, NULL, PTRACE_O_TRACESYSGOOD|PTRACE_O_EXITKILL) = -1 ESRCH (No such process)");
        CHECK_STREQ(call(__NR_madvise, 0, 0, 0, 14, 0, 0, 0), "madvise(NULL, 0, MADV_HUGEPAGE) = 0");
        CHECK_STREQ(call(__NR_rt_sigprocmask, 0, 0, 0, 0, 8, 0, 0), "rt_sigprocmask(SIG_BLOCK, NULL, NULL, 8) = 0");
        CHECK_STREQ(call(__NR_epoll_ctl, -EFAULT, 8, 1, 3, 0, 0, 0),
                    "epoll_ctl(8, EPOLL_CTL_ADD, 3, NULL) = -1 EFAULT (Bad address)");
        CHECK_STREQ(call(__NR_clock_nanosleep, -EFAULT, 0, 1, 0, 0, 0, 0),
                    "clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, NULL, NULL) = -1 EFAULT (Bad address)");
        CHECK_STREQ(call(__NR_kill, -ESRCH, 99999, 40, 0, 0, 0, 0), "kill(99999, SIGRT_8) = -1 ESRCH (No such process)");
        CHECK_STREQ(call(__NR_eventfd2, 9, 0, 0x80801, 0, 0, 0, 0), "eventfd2(0, EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK) = 9");
}

static void more_tables(void) {
        CHECK_STREQ(k(ARG_UMASK, 022), "022");
        CHECK_STREQ(k(ARG_UMASK, 0), "000");
        CHECK_STREQ(k(ARG_UMASK, 0777777), "0177777");
        CHECK_STREQ(k(ARG_RUSAGE_WHO, 0), "RUSAGE_SELF");
        CHECK_STREQ(k(ARG_RUSAGE_WHO, (uint64_t) -1), "RUSAGE_CHILDREN");
        CHECK_STREQ(k(ARG_RUSAGE_WHO, 7), "0x7 /* RUSAGE_??? */");
        CHECK_STREQ(k(ARG_FADVICE, 4), "POSIX_FADV_DONTNEED");
        CHECK_STREQ(k(ARG_FADVICE, 77), "0x4d /* POSIX_FADV_??? */");
        CHECK_STREQ(k(ARG_FALLOC_FLAGS, 3), "FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE");
        CHECK_STREQ(k(ARG_FALLOC_FLAGS, 0), "0");
        CHECK_STREQ(k(ARG_FALLOC_FLAGS, 0xffffffff),
                    "FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE|FALLOC_FL_NO_HIDE_STALE|FALLOC_FL_COLLAPSE_RANGE|"
                    "FALLOC_FL_ZERO_RANGE|FALLOC_FL_INSERT_RANGE|FALLOC_FL_UNSHARE_RANGE|0xffffff80");
        CHECK_STREQ(k(ARG_ITIMER_WHICH, 2), "ITIMER_PROF");
        CHECK_STREQ(k(ARG_ITIMER_WHICH, 9), "0x9 /* ITIMER_??? */");
        CHECK_STREQ(k(ARG_BPF_CMD, 5), "BPF_PROG_LOAD");
        CHECK_STREQ(k(ARG_BPF_CMD, 999), "0x3e7 /* BPF_??? */");
        CHECK_STREQ(k(ARG_SECCOMP_OP, 1), "SECCOMP_SET_MODE_FILTER");
        CHECK_STREQ(k(ARG_SECCOMP_OP, 9), "0x9 /* SECCOMP_SET_MODE_??? */");
        CHECK_STREQ(k(ARG_MEMBARRIER_CMD, 0), "MEMBARRIER_CMD_QUERY");
        CHECK_STREQ(k(ARG_MEMBARRIER_CMD, 16), "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED");
        CHECK_STREQ(k(ARG_MEMBARRIER_CMD, 0x400), "0x400 /* MEMBARRIER_CMD_??? */");
        CHECK_STREQ(k(ARG_XATTR_FLAGS, 10), "XATTR_REPLACE|0x8");
        CHECK_STREQ(k(ARG_XATTR_FLAGS, 0), "0");
        CHECK_STREQ(k(ARG_SYNC_FILE_RANGE_FLAGS, 7),
                    "SYNC_FILE_RANGE_WAIT_BEFORE|SYNC_FILE_RANGE_WRITE|SYNC_FILE_RANGE_WAIT_AFTER");
        CHECK_STREQ(k(ARG_IORING_ENTER_FLAGS, 1), "IORING_ENTER_GETEVENTS");
        CHECK_STREQ(k(ARG_IOPRIO_WHO, 1), "IOPRIO_WHO_PROCESS");
        CHECK_STREQ(k(ARG_IOPRIO, 0x6004), "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_IDLE, 4)");
        CHECK_STREQ(k(ARG_IPC_KEY, 0), "IPC_PRIVATE");
        CHECK_STREQ(k(ARG_IPC_KEY, 0x1234), "0x1234");
        CHECK_STREQ(k(ARG_IPC_FLAGS, 01600), "IPC_CREAT|0600");
        CHECK_STREQ(k(ARG_IPC_FLAGS, 0600), "0600");
        CHECK_STREQ(k(ARG_IPC_FLAGS, 0), "000");
        CHECK_STREQ(k(ARG_IPC_FLAGS, 01000), "IPC_CREAT|000");
        CHECK_STREQ(k(ARG_IPC_FLAGS, 0104777), "SHM_HUGETLB|0x8000|0777");
        CHECK_STREQ(k(ARG_SHMCTL_CMD, 0x102), "IPC_64|IPC_STAT");
        CHECK_STREQ(k(ARG_SHMCTL_CMD, 77), "0x4d /* SHM_??? */");
        CHECK_STREQ(k(ARG_SEMCTL_CMD, 0), "IPC_RMID");
        CHECK_STREQ(k(ARG_MSGCTL_CMD, 11), "MSG_STAT");
}

static void more_calls(void) {
        CHECK_STREQ(call(__NR_umask, 022, 0, 0, 0, 0, 0, 0), "umask(000) = 022");
        CHECK_STREQ(call(__NR_seccomp, -EFAULT, 1, 3, 0, 0, 0, 0),
                    "seccomp(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC|SECCOMP_FILTER_FLAG_LOG, NULL)"
                    " = -1 EFAULT (Bad address)");
        CHECK_STREQ(call(__NR_seccomp, -EINVAL, 9, 9, 0, 0, 0, 0),
                    "seccomp(0x9 /* SECCOMP_SET_MODE_??? */, 0x9, NULL) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_membarrier, 0x3ff, 0, 0, 0, 0, 0, 0),
                    "membarrier(MEMBARRIER_CMD_QUERY, 0) = 0x3ff (MEMBARRIER_CMD_GLOBAL|MEMBARRIER_CMD_GLOBAL_EXPEDITED|"
                    "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED|"
                    "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE|"
                    "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE|MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ|"
                    "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ|0x200)");
        CHECK_STREQ(call(__NR_membarrier, -EINVAL, 8, 1, 0, 0, 0, 0),
                    "membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED, MEMBARRIER_CMD_FLAG_CPU, 0) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_ioprio_get, 0, 1, 0, 0, 0, 0, 0),
                    "ioprio_get(IOPRIO_WHO_PROCESS, 0) = 0 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 0))");
        CHECK_STREQ(call(__NR_semctl, -EINVAL, 99, 0, 0, 0, 0, 0), "semctl(99, 0, IPC_RMID, NULL) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_userfaultfd, 4, 02004000, 0, 0, 0, 0, 0), "userfaultfd(O_NONBLOCK|O_CLOEXEC) = 4");
}

static void mknod_and_fanotify(void) {
        CHECK_STREQ(k(ARG_MKNOD_MODE, 020620), "S_IFCHR|0620");
        CHECK_STREQ(k(ARG_MKNOD_MODE, 0107755), "S_IFREG|S_ISUID|S_ISGID|S_ISVTX|0755");
        CHECK_STREQ(k(ARG_MKNOD_MODE, 0644), "0644");
        CHECK_STREQ(k(ARG_MKNOD_MODE, 0170777), "0170777");
        CHECK_STREQ(k(ARG_MKNOD_MODE, 020000), "S_IFCHR|000");
        CHECK_STREQ(p(print_makedev, 0x8803), "makedev(0x88, 0x3)");
        /* glibc's makedev(259, 0x12345) */
        CHECK_STREQ(p(print_makedev, (0x103ull << 8) | 0x45 | (0x12300ull << 12)), "makedev(0x103, 0x12345)");
        CHECK_STREQ(p(print_makedev, (0x1000ull << 32) | (0x800ull << 8)), "makedev(0x1800, 0)");
        CHECK_STREQ(p(print_makedev, 0), "makedev(0, 0)");
        CHECK_STREQ(call(__NR_mknodat, -ENOENT, (uint64_t) -100, 0, 020620, 0x8803, 0, 0),
                    "mknodat(AT_FDCWD, NULL, S_IFCHR|0620, makedev(0x88, 0x3)) = -1 ENOENT (No such file or directory)");
        CHECK_STREQ(call(__NR_mknodat, -ENOENT, (uint64_t) -100, 0, 010644, 0, 0, 0),
                    "mknodat(AT_FDCWD, NULL, S_IFIFO|0644) = -1 ENOENT (No such file or directory)");
        CHECK_STREQ(call(__NR_fanotify_mark, -EBADF, 3, 1, 2, 0xffffffff, 0, 0),
                    "fanotify_mark(3, FAN_MARK_ADD, FAN_MODIFY, FAN_NOFD, NULL) = -1 EBADF (Bad file descriptor)");
        CHECK_STREQ(call(__NR_fanotify_mark, -EBADF, 3, 1, 2, (uint64_t) -100, 0, 0),
                    "fanotify_mark(3, FAN_MARK_ADD, FAN_MODIFY, AT_FDCWD, NULL) = -1 EBADF (Bad file descriptor)");
}

static void keys(void) {
        TestRecord t;

        CHECK_STREQ(k(ARG_KEY_SERIAL, (uint64_t) -3), "KEY_SPEC_SESSION_KEYRING");
        CHECK_STREQ(k(ARG_KEY_SERIAL, (uint32_t) -9), "-9");
        CHECK_STREQ(k(ARG_KEY_SERIAL, 12345), "12345");
        CHECK_STREQ(k(ARG_KEY_PERM, 0x3f3f0001), "KEY_POS_VIEW|KEY_POS_READ|KEY_POS_WRITE|KEY_POS_SEARCH|KEY_POS_LINK|"
                    "KEY_POS_SETATTR|KEY_USR_VIEW|KEY_USR_READ|KEY_USR_WRITE|KEY_USR_SEARCH|KEY_USR_LINK|"
                    "KEY_USR_SETATTR|KEY_OTH_VIEW");
        CHECK_STREQ(k(ARG_KEYCTL_CMD, 999), "0x3e7 /* KEYCTL_??? */");

        test_record_init(&t, __NR_keyctl, 535985202);
        test_record_args(&t, 1, 0x5555000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "tl-ring", 8, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL), "keyctl(KEYCTL_JOIN_SESSION_KEYRING, \"tl-ring\") = 535985202");

        CHECK_STREQ(call(__NR_keyctl, 0, 8, (uint32_t) -4, (uint32_t) -3, 0, 0, 0),
                    "keyctl(KEYCTL_LINK, KEY_SPEC_USER_KEYRING, KEY_SPEC_SESSION_KEYRING) = 0");
        CHECK_STREQ(call(__NR_keyctl, -ENOKEY, 3, 12345, 0, 0, 0, 0),
                    "keyctl(KEYCTL_REVOKE, 12345) = -1 ENOKEY (Required key not available)");
        CHECK_STREQ(call(__NR_keyctl, -ENOKEY, 6, 12345, 0, 0, 0, 0),
                    "keyctl(KEYCTL_DESCRIBE, 12345, NULL, 0) = -1 ENOKEY (Required key not available)");
        CHECK_STREQ(call(__NR_keyctl, 1, 0, (uint32_t) -4, 1, 0, 0, 0),
                    "keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_USER_KEYRING, 1) = 1");
        CHECK_STREQ(call(__NR_keyctl, -EOPNOTSUPP, 999, 1, 2, 3, 4, 0),
                    "keyctl(0x3e7 /* KEYCTL_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EOPNOTSUPP (Operation not supported)");
}

static void ipc_and_mq(void) {
        CHECK_STREQ(k(ARG_SHMAT_FLAGS, 030000), "SHM_RDONLY|SHM_RND");
        CHECK_STREQ(k(ARG_SHMAT_FLAGS, 0), "0");
        CHECK_STREQ(k(ARG_SHMAT_FLAGS, 0x1ff), "0x1ff /* SHM_??? */");
        CHECK_STREQ(call(__NR_shmat, -EINVAL, 99, 0, 030000, 0, 0, 0), "shmat(99, NULL, SHM_RDONLY|SHM_RND) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_mq_open, -EACCES, 0, 0, 0600, 0, 0, 0), "mq_open(NULL, O_RDONLY) = -1 EACCES (Permission denied)");
        CHECK_STREQ(call(__NR_mq_open, -EACCES, 0, 0102, 0600, 0, 0, 0),
                    "mq_open(NULL, O_RDWR|O_CREAT, 0600, NULL) = -1 EACCES (Permission denied)");
        CHECK_STREQ(call(__NR_process_madvise, -EBADF, 99, 0, 0, 20, 0, 0),
                    "process_madvise(99, NULL, 0, MADV_COLD, 0) = -1 EBADF (Bad file descriptor)");
        CHECK_STREQ(call(__NR_open_by_handle_at, -EFAULT, 99, 0, 02000000, 0, 0, 0),
                    "open_by_handle_at(99, NULL, O_RDONLY|O_CLOEXEC) = -1 EFAULT (Bad address)");
}

/* The commands strace names, the arguments each uses; an unknown command keeps id and address. */
static void quotactl_cmds(void) {
        CHECK_STREQ(call(__NR_quotactl, -ENOENT, 0x80000700, 0, 1000, 0x1000, 0, 0),
                    "quotactl(QCMD(Q_GETQUOTA, USRQUOTA), NULL, 1000, 0x1000) = -1 ENOENT (No such file or directory)");
        CHECK_STREQ(call(__NR_quotactl, 0, 0x80000101, 0, 7, 0x1000, 0, 0), "quotactl(QCMD(Q_SYNC, GRPQUOTA), NULL) = 0");
        CHECK_STREQ(call(__NR_quotactl, -ENOTBLK, 0x80000202, 0, 2, 0, 0, 0),
                    "quotactl(QCMD(Q_QUOTAON, PRJQUOTA), NULL, QFMT_VFS_V0, NULL) = -1 ENOTBLK (Block device required)");
        CHECK_STREQ(call(__NR_quotactl, -ENOTBLK, 0x80000200, 0, 7, 0, 0, 0),
                    "quotactl(QCMD(Q_QUOTAON, USRQUOTA), NULL, 0x7 /* QFMT_VFS_??? */, NULL) = -1 ENOTBLK (Block device required)");
        CHECK_STREQ(call(__NR_quotactl, -ENOTBLK, 0x580502, 0, 7, 0x1000, 0, 0),
                    "quotactl(QCMD(Q_XGETQSTAT, PRJQUOTA), NULL, 0x1000) = -1 ENOTBLK (Block device required)");
        CHECK_STREQ(call(__NR_quotactl, -EINVAL, 0xffffffff, 0, 0xffffffff, 0x1000, 0, 0),
                    "quotactl(QCMD(0xffffff /* Q_??? */, 0xff /* ???QUOTA */), NULL, 4294967295, 0x1000) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_quotactl, -EINVAL, 0x80000a00, 0, 5, 0, 0, 0),
                    "quotactl(QCMD(0x80000a /* Q_??? */, USRQUOTA), NULL, 5, NULL) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_quotactl, -EINVAL, 0x070001, 0, 5, 0, 0, 0),
                    "quotactl(QCMD(Q_SETQLIM, GRPQUOTA), NULL, 5, NULL) = -1 EINVAL (Invalid argument)");
#ifdef __NR_quotactl_fd
        CHECK_STREQ(call(__NR_quotactl_fd, -EBADF, 99, 0x80000300, 0, 0, 0, 0),
                    "quotactl_fd(99, QCMD(Q_QUOTAOFF, USRQUOTA)) = -1 EBADF (Bad file descriptor)");
#endif
}

static void numa_kcmp_pkey_spec(void) {
        CHECK_STREQ(k(ARG_MPOL_MODE, 0x8002), "MPOL_BIND|MPOL_F_STATIC_NODES");
        CHECK_STREQ(k(ARG_MPOL_MODE, 0x6003), "MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING");
        CHECK_STREQ(k(ARG_MPOL_MODE, 9), "0x9 /* MPOL_??? */");
        CHECK_STREQ(k(ARG_MPOL_MF_FLAGS, 0xff), "MPOL_MF_STRICT|MPOL_MF_MOVE|MPOL_MF_MOVE_ALL|0xf8");
        CHECK_STREQ(k(ARG_MPOL_GET_FLAGS, 12), "MPOL_F_MEMS_ALLOWED|0x8");
        CHECK_STREQ(k(ARG_PKEY_RIGHTS, 3), "PKEY_DISABLE_ACCESS|PKEY_DISABLE_WRITE");
        CHECK_STREQ(k(ARG_PKEY_RIGHTS, 0xf0), "0xf0 /* PKEY_??? */");
        CHECK_STREQ(call(__NR_kcmp, -EPERM, 1, 1, 1, 5, 6, 0), "kcmp(1, 1, KCMP_VM) = -1 EPERM (Operation not permitted)");
        CHECK_STREQ(call(__NR_kcmp, -EPERM, 1, 1, 0, 0, 0, 0), "kcmp(1, 1, KCMP_FILE, 0, 0) = -1 EPERM (Operation not permitted)");
        CHECK_STREQ(call(__NR_kcmp, -EPERM, 1, 1, 7, 5, 6, 0),
                    "kcmp(1, 1, KCMP_EPOLL_TFD, 5, 0x6) = -1 EPERM (Operation not permitted)");
        CHECK_STREQ(call(__NR_kcmp, -EPERM, 1, 1, 99, 5, 6, 0),
                    "kcmp(1, 1, 0x63 /* KCMP_??? */, 0x5, 0x6) = -1 EPERM (Operation not permitted)");
        CHECK_STREQ(call(__NR_mbind, 0, 0, 0, 0x8002, 0, 0, 3),
                    "mbind(NULL, 0, MPOL_BIND|MPOL_F_STATIC_NODES, NULL, 0, MPOL_MF_STRICT|MPOL_MF_MOVE) = 0");
        CHECK_STREQ(call(__NR_prctl, 3, 52, 1, 0, 0, 0, 0),
                    "prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH) = 0x3 (PR_SPEC_PRCTL|PR_SPEC_ENABLE)");
        CHECK_STREQ(call(__NR_prctl, 0, 53, 0, 8, 0, 0, 0),
                    "prctl(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, PR_SPEC_FORCE_DISABLE) = 0");
        CHECK_STREQ(call(__NR_prctl, 2, 34, 0, 0, 0, 0, 0), "prctl(PR_MCE_KILL_GET, 0, 0, 0, 0) = 2 (PR_MCE_KILL_DEFAULT)");
}

static void reboot_and_syslog(void) {
        TestRecord t;

        CHECK_STREQ(call(__NR_reboot, -EINVAL, 0xfee1dead, 672274793, 0x77, 0, 0, 0),
                    "reboot(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, 0x77 /* LINUX_REBOOT_CMD_??? */) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_reboot, -EINVAL, 1, 537993216, 0x4321fedc, 0, 0, 0),
                    "reboot(0x1 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_MAGIC2C, LINUX_REBOOT_CMD_POWER_OFF)"
                    " = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_reboot, -EINVAL, 0, 0, 0, 0, 0, 0),
                    "reboot(0 /* LINUX_REBOOT_MAGIC_??? */, 0 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_CMD_CAD_OFF)"
                    " = -1 EINVAL (Invalid argument)");
        test_record_init(&t, __NR_reboot, -EINVAL);
        test_record_args(&t, 0xfee1dead, 5, 0xa1b2c3d4, 0x5555000, 0, 0);
        test_record_capture(&t, 0, 3, 0, "x", 2, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL), "reboot(LINUX_REBOOT_MAGIC1, 0x5 /* LINUX_REBOOT_MAGIC_??? */, "
                    "LINUX_REBOOT_CMD_RESTART2, \"x\") = -1 EINVAL (Invalid argument)");

        CHECK_STREQ(call(__NR_syslog, 0, 0, 0, 0, 0, 0, 0), "syslog(0 /* SYSLOG_ACTION_CLOSE */) = 0");
        CHECK_STREQ(call(__NR_syslog, -EINVAL, 3, 0, 10, 0, 0, 0),
                    "syslog(3 /* SYSLOG_ACTION_READ_ALL */, NULL, 10) = -1 EINVAL (Invalid argument)");
        CHECK_STREQ(call(__NR_syslog, 0, 8, 0, 3, 0, 0, 0),
                    "syslog(8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 3 /* LOGLEVEL_ERR */) = 0");
        CHECK_STREQ(call(__NR_syslog, 45264, 9, 0, 0, 0, 0, 0), "syslog(9 /* SYSLOG_ACTION_SIZE_UNREAD */) = 45264");
        CHECK_STREQ(call(__NR_syslog, -EINVAL, 77, 1, 2, 0, 0, 0),
                    "syslog(77 /* SYSLOG_ACTION_??? */, 0x1, 2) = -1 EINVAL (Invalid argument)");
}

/* strace -e inject=getppid:error=N for N in 1..535 */
static void errno_names_as_strace(void) {
        CHECK_STREQ(errno_name(1), "EPERM");
        CHECK_STREQ(errno_name(133), "EHWPOISON");
        CHECK_STREQ(errno_message(133), "Memory page has hardware error");
        CHECK(errno_name(41) == NULL);
        CHECK(errno_name(58) == NULL);
        CHECK(errno_name(134) == NULL);
        CHECK_STREQ(errno_name(518), "EOPENSTALE");
        CHECK(errno_name(519) == NULL);
        CHECK_STREQ(errno_name(530), "ERECALLCONFLICT");
        CHECK(errno_name(531) == NULL);
        CHECK(errno_name(532) == NULL);
        CHECK_STREQ(call(__NR_getppid, -519, 0, 0, 0, 0, 0, 0), "getppid() = -1 (errno 519)");
        CHECK_STREQ(call(__NR_getppid, -512, 0, 0, 0, 0, 0, 0),
                    "getppid() = ? ERESTARTSYS (To be restarted if SA_RESTART is set)");
}

static void json_follows_the_layout(void) {
        TestRecord t;
        DumpOptions o = { .format = DUMP_FORMAT_JSON };
        StrBuf b = {};

        test_record_init(&t, __NR_futex, 0);
        test_record_args(&t, 0x1000, 0x81, 1, 0, 0, 0);
        CHECK(record_format(&t.r, &o, &b) >= 0);
        CHECK(b.buf && strstr(b.buf, "\"value\":\"FUTEX_WAKE_PRIVATE\""));
        CHECK(b.buf && strstr(b.buf, "\"name\":\"val\""));
        CHECK(b.buf && !strstr(b.buf, "\"name\":\"utime\""));
        strbuf_done(&b);
}

int main(void) {
        static const UnitTest tests[] = {
                T(every_const_kind_has_a_printer),
                T(generic_flags_and_values),
                T(file_basics),
                T(at_flags),
                T(signals),
                T(clone_flags),
                T(process_tables),
                T(memory_tables),
                T(fd_tables),
                T(mount_tables),
                T(time_tables),
                T(socket_tables),
                T(ioctl_cmds),
                T(futex_ops),
                T(futex_calls),
                T(futex_unfinished_keeps_the_address),
                T(fcntl_calls),
                T(clone_calls),
                T(clone_unfinished_stops_after_flags),
                T(clone_resumes_after_flags),
                T(ioctl_calls),
                T(prctl_calls),
                T(prctl_set_name_string),
                T(fcntl_more),
                T(ptrace_more),
                T(ioctl_more),
                T(socket_calls),
                T(other_calls),
                T(more_tables),
                T(more_calls),
                T(mknod_and_fanotify),
                T(keys),
                T(ipc_and_mq),
                T(numa_kcmp_pkey_spec),
                T(quotactl_cmds),
                T(reboot_and_syslog),
                T(errno_names_as_strace),
                T(json_follows_the_layout),
        };

        return unit_run(tests, ELEMENTSOF(tests));
}
