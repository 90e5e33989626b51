/* SPDX-License-Identifier: LGPL-2.1-or-later */

/*
 * Constant tables beyond the file-system basics of xlat.c, printed as strace
 * 6.1 prints them (values are the x86_64 Linux ABI; the generic ones are the
 * same on aarch64). The order of a flag table is strace's, which is not
 * always numeric: it decides the order of the names in the output. Unknown
 * values print as "0x...", then X_??? in a comment, unknown bits of a flag set as a
 * trailing "|0x...".
 */

#include <errno.h>
#include <inttypes.h>

#include "syscall-table.h"
#include "xlat.h"

typedef struct XlatSet {
        const Xlat *x;
        size_t n;
        const char *dflt;
} XlatSet;

#define XLAT_SET(t, d) (&(const XlatSet) { t, ELEMENTSOF(t), d })

static int set_xval(StrBuf *out, const XlatSet *s, uint64_t v) {
        return xlat_print_xval(out, s->x, s->n, v, s->dflt);
}

static int set_flags(StrBuf *out, const XlatSet *s, uint64_t v) {
        return xlat_print_flags_ex(out, s->x, s->n, v, NULL, s->dflt);
}

/* ---- memory ---- */

static const Xlat madvise_advice[] = {
        { 0, "MADV_NORMAL" }, { 1, "MADV_RANDOM" }, { 2, "MADV_SEQUENTIAL" },
        { 3, "MADV_WILLNEED" }, { 4, "MADV_DONTNEED" }, { 8, "MADV_FREE" },
        { 9, "MADV_REMOVE" }, { 10, "MADV_DONTFORK" }, { 11, "MADV_DOFORK" },
        { 12, "MADV_MERGEABLE" }, { 13, "MADV_UNMERGEABLE" }, { 14, "MADV_HUGEPAGE" },
        { 15, "MADV_NOHUGEPAGE" }, { 16, "MADV_DONTDUMP" }, { 17, "MADV_DODUMP" },
        { 18, "MADV_WIPEONFORK" }, { 19, "MADV_KEEPONFORK" }, { 20, "MADV_COLD" },
        { 21, "MADV_PAGEOUT" }, { 22, "MADV_POPULATE_READ" }, { 23, "MADV_POPULATE_WRITE" },
        { 24, "MADV_DONTNEED_LOCKED" }, { 25, "MADV_COLLAPSE" },
        { 100, "MADV_HWPOISON" }, { 101, "MADV_SOFT_OFFLINE" },
};

static const Xlat mcl_flags[] = {
        { 1, "MCL_CURRENT" }, { 2, "MCL_FUTURE" }, { 4, "MCL_ONFAULT" },
};

static const Xlat msync_flags[] = {
        { 4, "MS_SYNC" }, { 1, "MS_ASYNC" }, { 2, "MS_INVALIDATE" },
};

static const Xlat mremap_flags[] = {
        { 1, "MREMAP_MAYMOVE" }, { 2, "MREMAP_FIXED" }, { 4, "MREMAP_DONTUNMAP" },
};

static const Xlat mlock2_flags[] = {
        { 1, "MLOCK_ONFAULT" },
};

/* ---- processes ---- */

/* Numeric order, which is also strace's. CLONE_DETACHED (0x400000) is
 * ignored by the kernel and strace prints it as an unknown bit. */
static const Xlat clone_flags[] = {
        { 0x00000100, "CLONE_VM" }, { 0x00000200, "CLONE_FS" }, { 0x00000400, "CLONE_FILES" },
        { 0x00000800, "CLONE_SIGHAND" }, { 0x00001000, "CLONE_PIDFD" }, { 0x00002000, "CLONE_PTRACE" },
        { 0x00004000, "CLONE_VFORK" }, { 0x00008000, "CLONE_PARENT" }, { 0x00010000, "CLONE_THREAD" },
        { 0x00020000, "CLONE_NEWNS" }, { 0x00040000, "CLONE_SYSVSEM" }, { 0x00080000, "CLONE_SETTLS" },
        { 0x00100000, "CLONE_PARENT_SETTID" }, { 0x00200000, "CLONE_CHILD_CLEARTID" },
        { 0x00800000, "CLONE_UNTRACED" }, { 0x01000000, "CLONE_CHILD_SETTID" },
        { 0x02000000, "CLONE_NEWCGROUP" }, { 0x04000000, "CLONE_NEWUTS" }, { 0x08000000, "CLONE_NEWIPC" },
        { 0x10000000, "CLONE_NEWUSER" }, { 0x20000000, "CLONE_NEWPID" }, { 0x40000000, "CLONE_NEWNET" },
        { 0x80000000, "CLONE_IO" },
};

static const Xlat unshare_flags[] = {
        { 0x00000080, "CLONE_NEWTIME" }, { 0x00000100, "CLONE_VM" }, { 0x00000200, "CLONE_FS" },
        { 0x00000400, "CLONE_FILES" }, { 0x00000800, "CLONE_SIGHAND" }, { 0x00010000, "CLONE_THREAD" },
        { 0x00020000, "CLONE_NEWNS" }, { 0x00040000, "CLONE_SYSVSEM" }, { 0x02000000, "CLONE_NEWCGROUP" },
        { 0x04000000, "CLONE_NEWUTS" }, { 0x08000000, "CLONE_NEWIPC" }, { 0x10000000, "CLONE_NEWUSER" },
        { 0x20000000, "CLONE_NEWPID" }, { 0x40000000, "CLONE_NEWNET" },
};

static const Xlat setns_types[] = {
        { 0x00000080, "CLONE_NEWTIME" }, { 0x00020000, "CLONE_NEWNS" }, { 0x02000000, "CLONE_NEWCGROUP" },
        { 0x04000000, "CLONE_NEWUTS" }, { 0x08000000, "CLONE_NEWIPC" }, { 0x10000000, "CLONE_NEWUSER" },
        { 0x20000000, "CLONE_NEWPID" }, { 0x40000000, "CLONE_NEWNET" },
};

#define CSIGNAL_MASK 0xffu

/* Flags, unknown bits, then the exit signal: "CLONE_VM|CLONE_VFORK|SIGCHLD". */
int print_clone_flags(StrBuf *out, uint64_t v) {
        uint64_t flags = v & ~(uint64_t) CSIGNAL_MASK;
        int sig = (int) (v & CSIGNAL_MASK), r;

        if (flags != 0) {
                r = xlat_print_flags(out, clone_flags, ELEMENTSOF(clone_flags), flags, NULL);
                if (r < 0)
                        return r;
        }
        if (sig == 0)
                return flags == 0 ? strbuf_append(out, "0") : 0;
        if (flags != 0) {
                r = strbuf_append_char(out, '|');
                if (r < 0)
                        return r;
        }
        if (signal_is_known(sig))
                return print_signal(out, sig);
        return strbuf_printf(out, "%d", sig);
}

static const Xlat wait_options[] = {
        { 0x00000001, "WNOHANG" }, { 0x00000004, "WEXITED" }, { 0x00000002, "WSTOPPED" },
        { 0x00000008, "WCONTINUED" }, { 0x01000000, "WNOWAIT" }, { 0x80000000, "__WCLONE" },
        { 0x40000000, "__WALL" }, { 0x20000000, "__WNOTHREAD" },
};

static const Xlat idtypes[] = {
        { 0, "P_ALL" }, { 1, "P_PID" }, { 2, "P_PGID" }, { 3, "P_PIDFD" },
};

static const Xlat prio_which[] = {
        { 0, "PRIO_PROCESS" }, { 1, "PRIO_PGRP" }, { 2, "PRIO_USER" },
};

static const Xlat sched_policies[] = {
        { 0, "SCHED_OTHER" }, { 1, "SCHED_FIFO" }, { 2, "SCHED_RR" }, { 3, "SCHED_BATCH" },
        { 4, "SCHED_ISO" }, { 5, "SCHED_IDLE" }, { 6, "SCHED_DEADLINE" },
};

int print_sched_policy(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(sched_policies, "SCHED_???"), (uint32_t) v);
}

static const Xlat rlimits[] = {
        { 0, "RLIMIT_CPU" }, { 1, "RLIMIT_FSIZE" }, { 2, "RLIMIT_DATA" }, { 3, "RLIMIT_STACK" },
        { 4, "RLIMIT_CORE" }, { 5, "RLIMIT_RSS" }, { 6, "RLIMIT_NPROC" }, { 7, "RLIMIT_NOFILE" },
        { 8, "RLIMIT_MEMLOCK" }, { 9, "RLIMIT_AS" }, { 10, "RLIMIT_LOCKS" }, { 11, "RLIMIT_SIGPENDING" },
        { 12, "RLIMIT_MSGQUEUE" }, { 13, "RLIMIT_NICE" }, { 14, "RLIMIT_RTPRIO" }, { 15, "RLIMIT_RTTIME" },
};

/* Only the personalities whose whole value is their low byte; strace
 * shows the others' numbers as unknown. */
static const Xlat personality_types[] = {
        { 0x00, "PER_LINUX" }, { 0x06, "PER_BSD" }, { 0x08, "PER_LINUX32" },
        { 0x0c, "PER_RISCOS" }, { 0x0f, "PER_OSF4" }, { 0x10, "PER_HPUX" },
};

static const Xlat personality_flags[] = {
        { 0x0020000, "UNAME26" }, { 0x0040000, "ADDR_NO_RANDOMIZE" }, { 0x0080000, "FDPIC_FUNCPTRS" },
        { 0x0100000, "MMAP_PAGE_ZERO" }, { 0x0200000, "ADDR_COMPAT_LAYOUT" },
        { 0x0400000, "READ_IMPLIES_EXEC" }, { 0x0800000, "ADDR_LIMIT_32BIT" },
        { 0x1000000, "SHORT_INODE" }, { 0x2000000, "WHOLE_SECONDS" }, { 0x4000000, "STICKY_TIMEOUTS" },
        { 0x8000000, "ADDR_LIMIT_3GB" },
};

#define PER_QUERY 0xffffffffu
#define PER_MASK 0xffu

int print_personality(StrBuf *out, uint64_t v) {
        uint32_t p = (uint32_t) v;
        int r;

        if (p == PER_QUERY)
                return print_hex(out, p);
        r = set_xval(out, XLAT_SET(personality_types, "PER_???"), p & PER_MASK);
        if (r < 0 || (p & ~PER_MASK) == 0)
                return r;
        r = strbuf_append_char(out, '|');
        if (r < 0)
                return r;
        return xlat_print_flags(out, personality_flags, ELEMENTSOF(personality_flags), p & ~PER_MASK, NULL);
}

static const Xlat ptrace_requests[] = {
        { 0, "PTRACE_TRACEME" }, { 1, "PTRACE_PEEKTEXT" }, { 2, "PTRACE_PEEKDATA" },
        { 3, "PTRACE_PEEKUSER" }, { 4, "PTRACE_POKETEXT" }, { 5, "PTRACE_POKEDATA" },
        { 6, "PTRACE_POKEUSER" }, { 7, "PTRACE_CONT" }, { 8, "PTRACE_KILL" },
        { 9, "PTRACE_SINGLESTEP" }, { 12, "PTRACE_GETREGS" }, { 13, "PTRACE_SETREGS" },
        { 14, "PTRACE_GETFPREGS" }, { 15, "PTRACE_SETFPREGS" }, { 16, "PTRACE_ATTACH" },
        { 17, "PTRACE_DETACH" }, { 18, "PTRACE_GETFPXREGS" }, { 19, "PTRACE_SETFPXREGS" },
        { 24, "PTRACE_SYSCALL" }, { 25, "PTRACE_GET_THREAD_AREA" }, { 26, "PTRACE_SET_THREAD_AREA" },
        { 30, "PTRACE_ARCH_PRCTL" }, { 31, "PTRACE_SYSEMU" }, { 32, "PTRACE_SYSEMU_SINGLESTEP" },
        { 33, "PTRACE_SINGLEBLOCK" },
        { 0x4200, "PTRACE_SETOPTIONS" }, { 0x4201, "PTRACE_GETEVENTMSG" }, { 0x4202, "PTRACE_GETSIGINFO" },
        { 0x4203, "PTRACE_SETSIGINFO" }, { 0x4204, "PTRACE_GETREGSET" }, { 0x4205, "PTRACE_SETREGSET" },
        { 0x4206, "PTRACE_SEIZE" }, { 0x4207, "PTRACE_INTERRUPT" }, { 0x4208, "PTRACE_LISTEN" },
        { 0x4209, "PTRACE_PEEKSIGINFO" }, { 0x420a, "PTRACE_GETSIGMASK" }, { 0x420b, "PTRACE_SETSIGMASK" },
        { 0x420c, "PTRACE_SECCOMP_GET_FILTER" }, { 0x420d, "PTRACE_SECCOMP_GET_METADATA" },
        { 0x420e, "PTRACE_GET_SYSCALL_INFO" }, { 0x420f, "PTRACE_GET_RSEQ_CONFIGURATION" },
};

static const Xlat ptrace_options[] = {
        { 0x01, "PTRACE_O_TRACESYSGOOD" }, { 0x02, "PTRACE_O_TRACEFORK" }, { 0x04, "PTRACE_O_TRACEVFORK" },
        { 0x08, "PTRACE_O_TRACECLONE" }, { 0x10, "PTRACE_O_TRACEEXEC" }, { 0x20, "PTRACE_O_TRACEVFORKDONE" },
        { 0x40, "PTRACE_O_TRACEEXIT" }, { 0x80, "PTRACE_O_TRACESECCOMP" }, { 0x100000, "PTRACE_O_EXITKILL" },
        { 0x200000, "PTRACE_O_SUSPEND_SECCOMP" },
};

int print_ptrace_options(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(ptrace_options, "PTRACE_O_???"), v);
}

/* ---- signals ---- */

static const Xlat sigprocmask_hows[] = {
        { 0, "SIG_BLOCK" }, { 1, "SIG_UNBLOCK" }, { 2, "SIG_SETMASK" },
};

int print_sigprocmask_how(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(sigprocmask_hows, "SIG_???"), (uint32_t) v);
}

/* strace's order; SA_UNSUPPORTED and SA_EXPOSE_TAGBITS are unknown bits to it. */
static const Xlat sa_flags[] = {
        { 0x04000000, "SA_RESTORER" }, { 0x08000000, "SA_ONSTACK" }, { 0x10000000, "SA_RESTART" },
        { 0x20000000, "SA_INTERRUPT" }, { 0x40000000, "SA_NODEFER" }, { 0x80000000, "SA_RESETHAND" },
        { 0x00000004, "SA_SIGINFO" }, { 0x00000001, "SA_NOCLDSTOP" }, { 0x00000002, "SA_NOCLDWAIT" },
};

int print_sa_flags(StrBuf *out, uint64_t v) {
        return xlat_print_flags(out, sa_flags, ELEMENTSOF(sa_flags), v, NULL);
}

/* ---- files ---- */

static const Xlat fcntl_cmds[] = {
        { 0, "F_DUPFD" }, { 1, "F_GETFD" }, { 2, "F_SETFD" }, { 3, "F_GETFL" }, { 4, "F_SETFL" },
        { 5, "F_GETLK" }, { 6, "F_SETLK" }, { 7, "F_SETLKW" }, { 8, "F_SETOWN" }, { 9, "F_GETOWN" },
        { 10, "F_SETSIG" }, { 11, "F_GETSIG" }, { 15, "F_SETOWN_EX" }, { 16, "F_GETOWN_EX" },
        { 17, "F_GETOWNER_UIDS" }, { 36, "F_OFD_GETLK" }, { 37, "F_OFD_SETLK" }, { 38, "F_OFD_SETLKW" },
        { 1024, "F_SETLEASE" }, { 1025, "F_GETLEASE" }, { 1026, "F_NOTIFY" }, { 1029, "F_CANCELLK" },
        { 1030, "F_DUPFD_CLOEXEC" }, { 1031, "F_SETPIPE_SZ" }, { 1032, "F_GETPIPE_SZ" },
        { 1033, "F_ADD_SEALS" }, { 1034, "F_GET_SEALS" },
};

int print_fcntl_cmd(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(fcntl_cmds, "F_???"), (uint32_t) v);
}

static const Xlat fd_flags[] = {
        { 1, "FD_CLOEXEC" },
};

int print_fd_flags(StrBuf *out, uint64_t v) {
        return xlat_print_flags(out, fd_flags, ELEMENTSOF(fd_flags), v, NULL);
}

static const Xlat fcntl_seals[] = {
        { 0x01, "F_SEAL_SEAL" }, { 0x02, "F_SEAL_SHRINK" }, { 0x04, "F_SEAL_GROW" },
        { 0x08, "F_SEAL_WRITE" }, { 0x10, "F_SEAL_FUTURE_WRITE" },
};

int print_fcntl_seals(StrBuf *out, uint64_t v) {
        return xlat_print_flags(out, fcntl_seals, ELEMENTSOF(fcntl_seals), (uint32_t) v, NULL);
}

static const Xlat lease_types[] = {
        { 0, "F_RDLCK" }, { 1, "F_WRLCK" }, { 2, "F_UNLCK" },
};

int print_fcntl_lease(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(lease_types, "F_???"), (uint32_t) v);
}

static const Xlat dnotify_flags[] = {
        { 0x01, "DN_ACCESS" }, { 0x02, "DN_MODIFY" }, { 0x04, "DN_CREATE" }, { 0x08, "DN_DELETE" },
        { 0x10, "DN_RENAME" }, { 0x20, "DN_ATTRIB" }, { 0x80000000, "DN_MULTISHOT" },
};

int print_dnotify_flags(StrBuf *out, uint64_t v) {
        return xlat_print_flags(out, dnotify_flags, ELEMENTSOF(dnotify_flags), (uint32_t) v, NULL);
}

static const Xlat flock_ops[] = {
        { 0x01, "LOCK_SH" }, { 0x02, "LOCK_EX" }, { 0x04, "LOCK_NB" }, { 0x08, "LOCK_UN" },
        { 0x20, "LOCK_MAND" }, { 0xc0, "LOCK_RW" }, { 0x40, "LOCK_READ" }, { 0x80, "LOCK_WRITE" },
};

static const Xlat rename_flags[] = {
        { 1, "RENAME_NOREPLACE" }, { 2, "RENAME_EXCHANGE" }, { 4, "RENAME_WHITEOUT" },
};

static const Xlat splice_flags[] = {
        { 1, "SPLICE_F_MOVE" }, { 2, "SPLICE_F_NONBLOCK" }, { 4, "SPLICE_F_MORE" }, { 8, "SPLICE_F_GIFT" },
};

static const Xlat statx_sync[] = {
        { 0x2000, "AT_STATX_FORCE_SYNC" }, { 0x4000, "AT_STATX_DONT_SYNC" },
        { 0x0100, "AT_SYMLINK_NOFOLLOW" }, { 0x0200, "AT_REMOVEDIR" }, { 0x0400, "AT_SYMLINK_FOLLOW" },
        { 0x0800, "AT_NO_AUTOMOUNT" }, { 0x1000, "AT_EMPTY_PATH" }, { 0x8000, "AT_RECURSIVE" },
};

#define AT_STATX_SYNC_TYPE 0x6000u

/* The sync type first; AT_STATX_SYNC_AS_STAT is its zero value. */
static int print_statx_flags(StrBuf *out, uint64_t v) {
        uint32_t f = (uint32_t) v;
        int r;

        if (f & AT_STATX_SYNC_TYPE)
                return xlat_print_flags(out, statx_sync, ELEMENTSOF(statx_sync), f, NULL);
        r = strbuf_append(out, "AT_STATX_SYNC_AS_STAT");
        if (r < 0 || f == 0)
                return r;
        r = strbuf_append_char(out, '|');
        if (r < 0)
                return r;
        return xlat_print_flags(out, statx_sync, ELEMENTSOF(statx_sync), f, NULL);
}

static const Xlat statx_masks[] = {
        { 0x0fff, "STATX_ALL" }, { 0x07ff, "STATX_BASIC_STATS" },
        { 0x0001, "STATX_TYPE" }, { 0x0002, "STATX_MODE" }, { 0x0004, "STATX_NLINK" },
        { 0x0008, "STATX_UID" }, { 0x0010, "STATX_GID" }, { 0x0020, "STATX_ATIME" },
        { 0x0040, "STATX_MTIME" }, { 0x0080, "STATX_CTIME" }, { 0x0100, "STATX_INO" },
        { 0x0200, "STATX_SIZE" }, { 0x0400, "STATX_BLOCKS" }, { 0x0800, "STATX_BTIME" },
        { 0x1000, "STATX_MNT_ID" }, { 0x2000, "STATX_DIOALIGN" },
};

static const Xlat close_range_flags[] = {
        { 2, "CLOSE_RANGE_UNSHARE" }, { 4, "CLOSE_RANGE_CLOEXEC" },
};

static const Xlat mount_flags[] = {
        { 1u << 0, "MS_RDONLY" }, { 1u << 1, "MS_NOSUID" }, { 1u << 2, "MS_NODEV" },
        { 1u << 3, "MS_NOEXEC" }, { 1u << 4, "MS_SYNCHRONOUS" }, { 1u << 5, "MS_REMOUNT" },
        { 1u << 6, "MS_MANDLOCK" }, { 1u << 7, "MS_DIRSYNC" }, { 1u << 8, "MS_NOSYMFOLLOW" },
        { 1u << 10, "MS_NOATIME" }, { 1u << 11, "MS_NODIRATIME" }, { 1u << 12, "MS_BIND" },
        { 1u << 13, "MS_MOVE" }, { 1u << 14, "MS_REC" }, { 1u << 15, "MS_SILENT" },
        { 1u << 16, "MS_POSIXACL" }, { 1u << 17, "MS_UNBINDABLE" }, { 1u << 18, "MS_PRIVATE" },
        { 1u << 19, "MS_SLAVE" }, { 1u << 20, "MS_SHARED" }, { 1u << 21, "MS_RELATIME" },
        { 1u << 22, "MS_KERNMOUNT" }, { 1u << 23, "MS_I_VERSION" }, { 1u << 24, "MS_STRICTATIME" },
        { 1u << 25, "MS_LAZYTIME" }, { 1u << 26, "MS_SUBMOUNT" }, { 1u << 27, "MS_NOREMOTELOCK" },
        { 1u << 28, "MS_NOSEC" }, { 1u << 29, "MS_BORN" }, { 1u << 30, "MS_ACTIVE" },
        { 1u << 31, "MS_NOUSER" },
};

#define MS_MGC_VAL_BITS 0xc0ed0000u
#define MS_MGC_MSK_BITS 0xffff0000u

/* The old magic in the top half is printed first, as strace does. */
static int print_mount_flags(StrBuf *out, uint64_t v) {
        int r;

        if ((v & MS_MGC_MSK_BITS) == MS_MGC_VAL_BITS) {
                r = strbuf_append(out, "MS_MGC_VAL");
                v &= ~(uint64_t) MS_MGC_MSK_BITS;
                if (r < 0 || v == 0)
                        return r;
                r = strbuf_append_char(out, '|');
                if (r < 0)
                        return r;
        }
        return set_flags(out, XLAT_SET(mount_flags, "MS_???"), v);
}

static const Xlat umount_flags[] = {
        { 1, "MNT_FORCE" }, { 2, "MNT_DETACH" }, { 4, "MNT_EXPIRE" }, { 8, "UMOUNT_NOFOLLOW" },
};

/* ---- file descriptors of their own kind ---- */

static const Xlat epoll_ctl_ops[] = {
        { 1, "EPOLL_CTL_ADD" }, { 2, "EPOLL_CTL_DEL" }, { 3, "EPOLL_CTL_MOD" },
};

static const Xlat epoll_flags[] = {
        { 0x80000, "EPOLL_CLOEXEC" },
};

static const Xlat epoll_events[] = {
        { 0x001, "EPOLLIN" }, { 0x002, "EPOLLPRI" }, { 0x004, "EPOLLOUT" }, { 0x008, "EPOLLERR" },
        { 0x010, "EPOLLHUP" }, { 0x020, "EPOLLNVAL" }, { 0x040, "EPOLLRDNORM" }, { 0x080, "EPOLLRDBAND" },
        { 0x100, "EPOLLWRNORM" }, { 0x200, "EPOLLWRBAND" }, { 0x400, "EPOLLMSG" }, { 0x2000, "EPOLLRDHUP" },
        { 1u << 28, "EPOLLEXCLUSIVE" }, { 1u << 29, "EPOLLWAKEUP" }, { 1u << 30, "EPOLLONESHOT" },
        { 1u << 31, "EPOLLET" },
};

int print_epoll_events(StrBuf *out, uint64_t v) {
        return xlat_print_flags_ex(out, epoll_events, ELEMENTSOF(epoll_events), (uint32_t) v, NULL, "EPOLL???");
}

static const Xlat poll_events[] = {
        { 0x001, "POLLIN" }, { 0x002, "POLLPRI" }, { 0x004, "POLLOUT" }, { 0x008, "POLLERR" },
        { 0x010, "POLLHUP" }, { 0x020, "POLLNVAL" }, { 0x040, "POLLRDNORM" }, { 0x080, "POLLRDBAND" },
        { 0x100, "POLLWRNORM" }, { 0x200, "POLLWRBAND" }, { 0x400, "POLLMSG" }, { 0x1000, "POLLREMOVE" },
        { 0x2000, "POLLRDHUP" }, { 0x8000, "POLL_BUSY_LOOP" },
};

int print_poll_events(StrBuf *out, uint64_t v) {
        return xlat_print_flags_ex(out, poll_events, ELEMENTSOF(poll_events), (uint16_t) v, NULL, "POLL???");
}

static const Xlat efd_flags[] = {
        { 0x1, "EFD_SEMAPHORE" }, { 0x80000, "EFD_CLOEXEC" }, { 0x800, "EFD_NONBLOCK" },
};

static const Xlat mfd_flags[] = {
        { 0x1, "MFD_CLOEXEC" }, { 0x2, "MFD_ALLOW_SEALING" }, { 0x4, "MFD_HUGETLB" },
};

#define MFD_HUGE_SHIFT_BITS 26
#define MFD_HUGE_MASK_BITS 0x3fu

static int print_mfd_flags(StrBuf *out, uint64_t v) {
        uint32_t f = (uint32_t) v;
        uint32_t huge = (f >> MFD_HUGE_SHIFT_BITS) & MFD_HUGE_MASK_BITS;
        uint32_t rest = f & ~(MFD_HUGE_MASK_BITS << MFD_HUGE_SHIFT_BITS);
        int r;

        if (huge == 0 || rest != 0) {
                r = xlat_print_flags(out, mfd_flags, ELEMENTSOF(mfd_flags), rest, NULL);
                if (r < 0 || huge == 0)
                        return r;
                r = strbuf_append_char(out, '|');
                if (r < 0)
                        return r;
        }
        return strbuf_printf(out, "%" PRIu32 "<<MFD_HUGE_SHIFT", huge);
}

static const Xlat tfd_flags[] = {
        { 0x1, "TFD_TIMER_ABSTIME" }, { 0x2, "TFD_TIMER_CANCEL_ON_SET" },
        { 0x80000, "TFD_CLOEXEC" }, { 0x800, "TFD_NONBLOCK" },
};

static const Xlat inotify_flags[] = {
        { 0x800, "IN_NONBLOCK" }, { 0x80000, "IN_CLOEXEC" },
};

static const Xlat inotify_mask[] = {
        { 0x00000001, "IN_ACCESS" }, { 0x00000002, "IN_MODIFY" }, { 0x00000004, "IN_ATTRIB" },
        { 0x00000008, "IN_CLOSE_WRITE" }, { 0x00000010, "IN_CLOSE_NOWRITE" }, { 0x00000020, "IN_OPEN" },
        { 0x00000040, "IN_MOVED_FROM" }, { 0x00000080, "IN_MOVED_TO" }, { 0x00000100, "IN_CREATE" },
        { 0x00000200, "IN_DELETE" }, { 0x00000400, "IN_DELETE_SELF" }, { 0x00000800, "IN_MOVE_SELF" },
        { 0x00002000, "IN_UNMOUNT" }, { 0x00004000, "IN_Q_OVERFLOW" }, { 0x00008000, "IN_IGNORED" },
        { 0x01000000, "IN_ONLYDIR" }, { 0x02000000, "IN_DONT_FOLLOW" }, { 0x04000000, "IN_EXCL_UNLINK" },
        { 0x10000000, "IN_MASK_CREATE" }, { 0x20000000, "IN_MASK_ADD" }, { 0x40000000, "IN_ISDIR" },
        { 0x80000000, "IN_ONESHOT" },
};

static const Xlat sfd_flags[] = {
        { 0x80000, "SFD_CLOEXEC" }, { 0x800, "SFD_NONBLOCK" },
};

static const Xlat fan_classes[] = {
        { 0x0, "FAN_CLASS_NOTIF" }, { 0x4, "FAN_CLASS_CONTENT" }, { 0x8, "FAN_CLASS_PRE_CONTENT" },
};

static const Xlat fan_init_flags[] = {
        { 0x0001, "FAN_CLOEXEC" }, { 0x0002, "FAN_NONBLOCK" }, { 0x0010, "FAN_UNLIMITED_QUEUE" },
        { 0x0020, "FAN_UNLIMITED_MARKS" }, { 0x0040, "FAN_ENABLE_AUDIT" }, { 0x0080, "FAN_REPORT_PIDFD" },
        { 0x0100, "FAN_REPORT_TID" }, { 0x0200, "FAN_REPORT_FID" }, { 0x0400, "FAN_REPORT_DIR_FID" },
        { 0x0800, "FAN_REPORT_NAME" }, { 0x1000, "FAN_REPORT_TARGET_FID" },
};

#define FAN_CLASS_BITS 0xcu

/* The notification class (a value in bits 2-3) first, then the flags. */
static int print_fan_init_flags(StrBuf *out, uint64_t v) {
        uint32_t f = (uint32_t) v;
        int r;

        r = set_xval(out, XLAT_SET(fan_classes, "FAN_CLASS_???"), f & FAN_CLASS_BITS);
        if (r < 0 || (f & ~FAN_CLASS_BITS) == 0)
                return r;
        r = strbuf_append_char(out, '|');
        if (r < 0)
                return r;
        return xlat_print_flags(out, fan_init_flags, ELEMENTSOF(fan_init_flags), f & ~FAN_CLASS_BITS, NULL);
}

static const Xlat fan_mark_flags[] = {
        { 0x001, "FAN_MARK_ADD" }, { 0x002, "FAN_MARK_REMOVE" }, { 0x004, "FAN_MARK_DONT_FOLLOW" },
        { 0x008, "FAN_MARK_ONLYDIR" }, { 0x010, "FAN_MARK_MOUNT" }, { 0x020, "FAN_MARK_IGNORED_MASK" },
        { 0x040, "FAN_MARK_IGNORED_SURV_MODIFY" }, { 0x080, "FAN_MARK_FLUSH" },
        { 0x100, "FAN_MARK_FILESYSTEM" }, { 0x200, "FAN_MARK_EVICTABLE" }, { 0x400, "FAN_MARK_IGNORE" },
};

static const Xlat fan_events[] = {
        { 0x00000001, "FAN_ACCESS" }, { 0x00000002, "FAN_MODIFY" }, { 0x00000004, "FAN_ATTRIB" },
        { 0x00000008, "FAN_CLOSE_WRITE" }, { 0x00000010, "FAN_CLOSE_NOWRITE" }, { 0x00000020, "FAN_OPEN" },
        { 0x00000040, "FAN_MOVED_FROM" }, { 0x00000080, "FAN_MOVED_TO" }, { 0x00000100, "FAN_CREATE" },
        { 0x00000200, "FAN_DELETE" }, { 0x00000400, "FAN_DELETE_SELF" }, { 0x00000800, "FAN_MOVE_SELF" },
        { 0x00001000, "FAN_OPEN_EXEC" }, { 0x00004000, "FAN_Q_OVERFLOW" }, { 0x00008000, "FAN_FS_ERROR" },
        { 0x00010000, "FAN_OPEN_PERM" }, { 0x00020000, "FAN_ACCESS_PERM" },
        { 0x00040000, "FAN_OPEN_EXEC_PERM" }, { 0x00080000, "FAN_DIR_MODIFY" },
        { 0x40000000, "FAN_ONDIR" }, { 0x08000000, "FAN_EVENT_ON_CHILD" }, { 0x10000000, "FAN_RENAME" },
};

static const Xlat pidfd_flags[] = {
        { 0x800, "PIDFD_NONBLOCK" },
};

static const Xlat grnd_flags[] = {
        { 1, "GRND_NONBLOCK" }, { 2, "GRND_RANDOM" }, { 4, "GRND_INSECURE" },
};

/* ---- time ---- */

static const Xlat clock_ids[] = {
        { 0, "CLOCK_REALTIME" }, { 1, "CLOCK_MONOTONIC" }, { 2, "CLOCK_PROCESS_CPUTIME_ID" },
        { 3, "CLOCK_THREAD_CPUTIME_ID" }, { 4, "CLOCK_MONOTONIC_RAW" }, { 5, "CLOCK_REALTIME_COARSE" },
        { 6, "CLOCK_MONOTONIC_COARSE" }, { 7, "CLOCK_BOOTTIME" }, { 8, "CLOCK_REALTIME_ALARM" },
        { 9, "CLOCK_BOOTTIME_ALARM" }, { 10, "CLOCK_SGI_CYCLE" }, { 11, "CLOCK_TAI" },
};

int print_clock_id(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(clock_ids, "CLOCK_???"), (uint32_t) v);
}

static const Xlat timer_flags[] = {
        { 1, "TIMER_ABSTIME" },
};

/* ---- sockets ---- */

static const Xlat address_families[] = {
        { 0, "AF_UNSPEC" }, { 1, "AF_UNIX" }, { 2, "AF_INET" }, { 3, "AF_AX25" }, { 4, "AF_IPX" },
        { 5, "AF_APPLETALK" }, { 6, "AF_NETROM" }, { 7, "AF_BRIDGE" }, { 8, "AF_ATMPVC" },
        { 9, "AF_X25" }, { 10, "AF_INET6" }, { 11, "AF_ROSE" }, { 12, "AF_DECnet" },
        { 13, "AF_NETBEUI" }, { 14, "AF_SECURITY" }, { 15, "AF_KEY" }, { 16, "AF_NETLINK" },
        { 17, "AF_PACKET" }, { 18, "AF_ASH" }, { 19, "AF_ECONET" }, { 20, "AF_ATMSVC" },
        { 21, "AF_RDS" }, { 22, "AF_SNA" }, { 23, "AF_IRDA" }, { 24, "AF_PPPOX" },
        { 25, "AF_WANPIPE" }, { 26, "AF_LLC" }, { 27, "AF_IB" }, { 28, "AF_MPLS" }, { 29, "AF_CAN" },
        { 30, "AF_TIPC" }, { 31, "AF_BLUETOOTH" }, { 32, "AF_IUCV" }, { 33, "AF_RXRPC" },
        { 34, "AF_ISDN" }, { 35, "AF_PHONET" }, { 36, "AF_IEEE802154" }, { 37, "AF_CAIF" },
        { 38, "AF_ALG" }, { 39, "AF_NFC" }, { 40, "AF_VSOCK" }, { 41, "AF_KCM" }, { 42, "AF_QIPCRTR" },
        { 43, "AF_SMC" }, { 44, "AF_XDP" }, { 45, "AF_MCTP" },
};

static const Xlat socket_types[] = {
        { 1, "SOCK_STREAM" }, { 2, "SOCK_DGRAM" }, { 3, "SOCK_RAW" }, { 4, "SOCK_RDM" },
        { 5, "SOCK_SEQPACKET" }, { 6, "SOCK_DCCP" }, { 10, "SOCK_PACKET" },
};

static const Xlat socket_flags[] = {
        { 0x80000, "SOCK_CLOEXEC" }, { 0x800, "SOCK_NONBLOCK" },
};

#define SOCK_TYPE_MASK_BITS 0xfu

/* A known type by name, then the flags; an unknown type stays among the unknown bits. */
static int print_socket_type(StrBuf *out, uint64_t v) {
        uint32_t t = (uint32_t) v;
        int r;

        for (size_t i = 0; i < ELEMENTSOF(socket_types); i++) {
                if (socket_types[i].val != (t & SOCK_TYPE_MASK_BITS))
                        continue;
                r = strbuf_append(out, socket_types[i].name);
                if (r < 0 || (t & ~SOCK_TYPE_MASK_BITS) == 0)
                        return r;
                r = strbuf_append_char(out, '|');
                if (r < 0)
                        return r;
                return xlat_print_flags(out, socket_flags, ELEMENTSOF(socket_flags), t & ~SOCK_TYPE_MASK_BITS, NULL);
        }
        return set_flags(out, XLAT_SET(socket_flags, "SOCK_???"), t);
}

static const Xlat inet_protocols[] = {
        { 0, "IPPROTO_IP" }, { 1, "IPPROTO_ICMP" }, { 2, "IPPROTO_IGMP" }, { 4, "IPPROTO_IPIP" },
        { 6, "IPPROTO_TCP" }, { 8, "IPPROTO_EGP" }, { 12, "IPPROTO_PUP" }, { 17, "IPPROTO_UDP" },
        { 22, "IPPROTO_IDP" }, { 29, "IPPROTO_TP" }, { 33, "IPPROTO_DCCP" }, { 41, "IPPROTO_IPV6" },
        { 43, "IPPROTO_ROUTING" }, { 44, "IPPROTO_FRAGMENT" }, { 46, "IPPROTO_RSVP" },
        { 47, "IPPROTO_GRE" }, { 50, "IPPROTO_ESP" }, { 51, "IPPROTO_AH" }, { 58, "IPPROTO_ICMPV6" },
        { 59, "IPPROTO_NONE" }, { 60, "IPPROTO_DSTOPTS" }, { 92, "IPPROTO_MTP" }, { 94, "IPPROTO_BEETPH" },
        { 98, "IPPROTO_ENCAP" }, { 103, "IPPROTO_PIM" }, { 108, "IPPROTO_COMP" }, { 115, "IPPROTO_L2TP" },
        { 132, "IPPROTO_SCTP" }, { 135, "IPPROTO_MH" }, { 136, "IPPROTO_UDPLITE" },
        { 137, "IPPROTO_MPLS" }, { 143, "IPPROTO_ETHERNET" }, { 255, "IPPROTO_RAW" },
        { 262, "IPPROTO_MPTCP" },
};

static const Xlat netlink_protocols[] = {
        { 0, "NETLINK_ROUTE" }, { 1, "NETLINK_UNUSED" }, { 2, "NETLINK_USERSOCK" },
        { 3, "NETLINK_FIREWALL" }, { 4, "NETLINK_SOCK_DIAG" }, { 5, "NETLINK_NFLOG" },
        { 6, "NETLINK_XFRM" }, { 7, "NETLINK_SELINUX" }, { 8, "NETLINK_ISCSI" }, { 9, "NETLINK_AUDIT" },
        { 10, "NETLINK_FIB_LOOKUP" }, { 11, "NETLINK_CONNECTOR" }, { 12, "NETLINK_NETFILTER" },
        { 13, "NETLINK_IP6_FW" }, { 14, "NETLINK_DNRTMSG" }, { 15, "NETLINK_KOBJECT_UEVENT" },
        { 16, "NETLINK_GENERIC" }, { 18, "NETLINK_SCSITRANSPORT" }, { 19, "NETLINK_ECRYPTFS" },
        { 20, "NETLINK_RDMA" }, { 21, "NETLINK_CRYPTO" }, { 22, "NETLINK_SMC" },
};

static const Xlat ethernet_protocols[] = {
        { 0x0003, "ETH_P_ALL" }, { 0x0800, "ETH_P_IP" }, { 0x0806, "ETH_P_ARP" },
        { 0x86dd, "ETH_P_IPV6" }, { 0x8100, "ETH_P_8021Q" }, { 0x88cc, "ETH_P_LLDP" },
};

#define AF_INET_VALUE 2
#define AF_INET6_VALUE 10
#define AF_NETLINK_VALUE 16
#define AF_PACKET_VALUE 17

/* The protocol depends on the family: IPPROTO_* for IP, NETLINK_* for
 * netlink, htons(ETH_P_*) for packet sockets, a number otherwise. */
int print_socket_protocol(StrBuf *out, uint64_t family, uint64_t v) {
        uint32_t p = (uint32_t) v;
        uint16_t eth;
        int r;

        switch ((uint32_t) family) {
        case AF_INET_VALUE:
        case AF_INET6_VALUE:
                return set_xval(out, XLAT_SET(inet_protocols, "IPPROTO_???"), p);
        case AF_NETLINK_VALUE:
                return set_xval(out, XLAT_SET(netlink_protocols, "NETLINK_???"), p);
        case AF_PACKET_VALUE:
                eth = (uint16_t) (((p & 0xff) << 8) | ((p >> 8) & 0xff));
                r = strbuf_append(out, "htons(");
                if (r < 0)
                        return r;
                for (size_t i = 0; i < ELEMENTSOF(ethernet_protocols); i++)
                        if (ethernet_protocols[i].val == eth)
                                return strbuf_printf(out, "%s)", ethernet_protocols[i].name);
                if (eth == 0)
                        return strbuf_append(out, "0 /* ETH_P_??? */)");
                return strbuf_printf(out, "%#" PRIx16 " /* ETH_P_??? */)", eth);
        default:
                return strbuf_printf(out, "%" PRIu32, p);
        }
}

static const Xlat socket_levels[] = {
        { 0, "SOL_IP" }, { 1, "SOL_SOCKET" }, { 6, "SOL_TCP" }, { 17, "SOL_UDP" }, { 41, "SOL_IPV6" },
        { 58, "SOL_ICMPV6" }, { 132, "SOL_SCTP" }, { 136, "SOL_UDPLITE" }, { 255, "SOL_RAW" },
        { 256, "SOL_IPX" }, { 257, "SOL_AX25" }, { 258, "SOL_ATALK" }, { 259, "SOL_NETROM" },
        { 260, "SOL_ROSE" }, { 261, "SOL_DECNET" }, { 262, "SOL_X25" }, { 263, "SOL_PACKET" },
        { 264, "SOL_ATM" }, { 265, "SOL_AAL" }, { 266, "SOL_IRDA" }, { 267, "SOL_NETBEUI" },
        { 268, "SOL_LLC" }, { 269, "SOL_DCCP" }, { 270, "SOL_NETLINK" }, { 271, "SOL_TIPC" },
        { 272, "SOL_RXRPC" }, { 273, "SOL_PPPOL2TP" }, { 274, "SOL_BLUETOOTH" }, { 275, "SOL_PNPIPE" },
        { 276, "SOL_RDS" }, { 277, "SOL_IUCV" }, { 278, "SOL_CAIF" }, { 279, "SOL_ALG" },
        { 280, "SOL_NFC" }, { 281, "SOL_KCM" }, { 282, "SOL_TLS" }, { 283, "SOL_XDP" },
        { 284, "SOL_MPTCP" }, { 285, "SOL_MCTP" }, { 286, "SOL_SMC" },
};

static const Xlat sol_socket_options[] = {
        { 1, "SO_DEBUG" }, { 2, "SO_REUSEADDR" }, { 3, "SO_TYPE" }, { 4, "SO_ERROR" },
        { 5, "SO_DONTROUTE" }, { 6, "SO_BROADCAST" }, { 7, "SO_SNDBUF" }, { 8, "SO_RCVBUF" },
        { 9, "SO_KEEPALIVE" }, { 10, "SO_OOBINLINE" }, { 11, "SO_NO_CHECK" }, { 12, "SO_PRIORITY" },
        { 13, "SO_LINGER" }, { 14, "SO_BSDCOMPAT" }, { 15, "SO_REUSEPORT" }, { 16, "SO_PASSCRED" },
        { 17, "SO_PEERCRED" }, { 18, "SO_RCVLOWAT" }, { 19, "SO_SNDLOWAT" }, { 20, "SO_RCVTIMEO_OLD" },
        { 21, "SO_SNDTIMEO_OLD" }, { 22, "SO_SECURITY_AUTHENTICATION" },
        { 23, "SO_SECURITY_ENCRYPTION_TRANSPORT" }, { 24, "SO_SECURITY_ENCRYPTION_NETWORK" },
        { 25, "SO_BINDTODEVICE" }, { 26, "SO_ATTACH_FILTER" }, { 27, "SO_DETACH_FILTER" },
        { 28, "SO_PEERNAME" }, { 29, "SO_TIMESTAMP_OLD" }, { 30, "SO_ACCEPTCONN" }, { 31, "SO_PEERSEC" },
        { 32, "SO_SNDBUFFORCE" }, { 33, "SO_RCVBUFFORCE" }, { 34, "SO_PASSSEC" },
        { 35, "SO_TIMESTAMPNS_OLD" }, { 36, "SO_MARK" }, { 37, "SO_TIMESTAMPING_OLD" },
        { 38, "SO_PROTOCOL" }, { 39, "SO_DOMAIN" }, { 40, "SO_RXQ_OVFL" }, { 41, "SO_WIFI_STATUS" },
        { 42, "SO_PEEK_OFF" }, { 43, "SO_NOFCS" }, { 44, "SO_LOCK_FILTER" }, { 45, "SO_SELECT_ERR_QUEUE" },
        { 46, "SO_BUSY_POLL" }, { 47, "SO_MAX_PACING_RATE" }, { 48, "SO_BPF_EXTENSIONS" },
        { 49, "SO_INCOMING_CPU" }, { 50, "SO_ATTACH_BPF" }, { 51, "SO_ATTACH_REUSEPORT_CBPF" },
        { 52, "SO_ATTACH_REUSEPORT_EBPF" }, { 53, "SO_CNX_ADVICE" }, { 55, "SO_MEMINFO" },
        { 56, "SO_INCOMING_NAPI_ID" }, { 57, "SO_COOKIE" }, { 59, "SO_PEERGROUPS" }, { 60, "SO_ZEROCOPY" },
        { 61, "SO_TXTIME" }, { 62, "SO_BINDTOIFINDEX" }, { 63, "SO_TIMESTAMP_NEW" },
        { 64, "SO_TIMESTAMPNS_NEW" }, { 65, "SO_TIMESTAMPING_NEW" }, { 66, "SO_RCVTIMEO_NEW" },
        { 67, "SO_SNDTIMEO_NEW" }, { 68, "SO_DETACH_REUSEPORT_BPF" }, { 69, "SO_PREFER_BUSY_POLL" },
        { 70, "SO_BUSY_POLL_BUDGET" }, { 71, "SO_NETNS_COOKIE" }, { 72, "SO_BUF_LOCK" },
        { 73, "SO_RESERVE_MEM" }, { 74, "SO_TXREHASH" }, { 75, "SO_RCVMARK" },
};

static const Xlat sol_tcp_options[] = {
        { 1, "TCP_NODELAY" }, { 2, "TCP_MAXSEG" }, { 3, "TCP_CORK" }, { 4, "TCP_KEEPIDLE" },
        { 5, "TCP_KEEPINTVL" }, { 6, "TCP_KEEPCNT" }, { 7, "TCP_SYNCNT" }, { 8, "TCP_LINGER2" },
        { 9, "TCP_DEFER_ACCEPT" }, { 10, "TCP_WINDOW_CLAMP" }, { 11, "TCP_INFO" }, { 12, "TCP_QUICKACK" },
        { 13, "TCP_CONGESTION" }, { 14, "TCP_MD5SIG" }, { 16, "TCP_THIN_LINEAR_TIMEOUTS" },
        { 17, "TCP_THIN_DUPACK" }, { 18, "TCP_USER_TIMEOUT" }, { 19, "TCP_REPAIR" },
        { 20, "TCP_REPAIR_QUEUE" }, { 21, "TCP_QUEUE_SEQ" }, { 22, "TCP_REPAIR_OPTIONS" },
        { 23, "TCP_FASTOPEN" }, { 24, "TCP_TIMESTAMP" }, { 25, "TCP_NOTSENT_LOWAT" }, { 26, "TCP_CC_INFO" },
        { 27, "TCP_SAVE_SYN" }, { 28, "TCP_SAVED_SYN" }, { 29, "TCP_REPAIR_WINDOW" },
        { 30, "TCP_FASTOPEN_CONNECT" }, { 31, "TCP_ULP" }, { 32, "TCP_MD5SIG_EXT" },
        { 33, "TCP_FASTOPEN_KEY" }, { 34, "TCP_FASTOPEN_NO_COOKIE" }, { 35, "TCP_ZEROCOPY_RECEIVE" },
        { 36, "TCP_INQ" }, { 37, "TCP_TX_DELAY" },
};

static const Xlat sol_ip_options[] = {
        { 1, "IP_TOS" }, { 2, "IP_TTL" }, { 3, "IP_HDRINCL" }, { 4, "IP_OPTIONS" },
        { 5, "IP_ROUTER_ALERT" }, { 6, "IP_RECVOPTS" }, { 7, "IP_RETOPTS" }, { 8, "IP_PKTINFO" },
        { 9, "IP_PKTOPTIONS" }, { 10, "IP_MTU_DISCOVER" }, { 11, "IP_RECVERR" }, { 12, "IP_RECVTTL" },
        { 13, "IP_RECVTOS" }, { 14, "IP_MTU" }, { 15, "IP_FREEBIND" }, { 16, "IP_IPSEC_POLICY" },
        { 17, "IP_XFRM_POLICY" }, { 18, "IP_PASSSEC" }, { 19, "IP_TRANSPARENT" },
        { 20, "IP_ORIGDSTADDR" }, { 21, "IP_MINTTL" }, { 22, "IP_NODEFRAG" }, { 23, "IP_CHECKSUM" },
        { 24, "IP_BIND_ADDRESS_NO_PORT" }, { 25, "IP_RECVFRAGSIZE" }, { 26, "IP_RECVERR_RFC4884" },
        { 32, "IP_MULTICAST_IF" }, { 33, "IP_MULTICAST_TTL" }, { 34, "IP_MULTICAST_LOOP" },
        { 35, "IP_ADD_MEMBERSHIP" }, { 36, "IP_DROP_MEMBERSHIP" }, { 37, "IP_UNBLOCK_SOURCE" },
        { 38, "IP_BLOCK_SOURCE" }, { 39, "IP_ADD_SOURCE_MEMBERSHIP" }, { 40, "IP_DROP_SOURCE_MEMBERSHIP" },
        { 41, "IP_MSFILTER" }, { 49, "IP_MULTICAST_ALL" }, { 50, "IP_UNICAST_IF" },
};

static const Xlat sol_ipv6_options[] = {
        { 1, "IPV6_ADDRFORM" }, { 16, "IPV6_UNICAST_HOPS" }, { 17, "IPV6_MULTICAST_IF" },
        { 18, "IPV6_MULTICAST_HOPS" }, { 19, "IPV6_MULTICAST_LOOP" }, { 20, "IPV6_ADD_MEMBERSHIP" },
        { 21, "IPV6_DROP_MEMBERSHIP" }, { 22, "IPV6_ROUTER_ALERT" }, { 23, "IPV6_MTU_DISCOVER" },
        { 24, "IPV6_MTU" }, { 25, "IPV6_RECVERR" }, { 26, "IPV6_V6ONLY" }, { 49, "IPV6_RECVPKTINFO" },
        { 50, "IPV6_PKTINFO" }, { 66, "IPV6_RECVTCLASS" }, { 67, "IPV6_TCLASS" },
        { 75, "IPV6_TRANSPARENT" }, { 78, "IPV6_FREEBIND" },
};

static const Xlat sol_udp_options[] = {
        { 1, "UDP_CORK" }, { 100, "UDP_ENCAP" }, { 101, "UDP_NO_CHECK6_TX" }, { 102, "UDP_NO_CHECK6_RX" },
        { 103, "UDP_SEGMENT" }, { 104, "UDP_GRO" },
};

static const Xlat sol_netlink_options[] = {
        { 1, "NETLINK_ADD_MEMBERSHIP" }, { 2, "NETLINK_DROP_MEMBERSHIP" }, { 3, "NETLINK_PKTINFO" },
        { 4, "NETLINK_BROADCAST_ERROR" }, { 5, "NETLINK_NO_ENOBUFS" }, { 6, "NETLINK_RX_RING" },
        { 7, "NETLINK_TX_RING" }, { 8, "NETLINK_LISTEN_ALL_NSID" }, { 9, "NETLINK_LIST_MEMBERSHIPS" },
        { 10, "NETLINK_CAP_ACK" }, { 11, "NETLINK_EXT_ACK" }, { 12, "NETLINK_GET_STRICT_CHK" },
};

static const Xlat sol_packet_options[] = {
        { 1, "PACKET_ADD_MEMBERSHIP" }, { 2, "PACKET_DROP_MEMBERSHIP" }, { 3, "PACKET_RECV_OUTPUT" },
        { 5, "PACKET_RX_RING" }, { 6, "PACKET_STATISTICS" }, { 7, "PACKET_COPY_THRESH" },
        { 8, "PACKET_AUXDATA" }, { 9, "PACKET_ORIGDEV" }, { 10, "PACKET_VERSION" }, { 11, "PACKET_HDRLEN" },
        { 12, "PACKET_RESERVE" }, { 13, "PACKET_TX_RING" }, { 14, "PACKET_LOSS" }, { 15, "PACKET_VNET_HDR" },
        { 16, "PACKET_TX_TIMESTAMP" }, { 17, "PACKET_TIMESTAMP" }, { 18, "PACKET_FANOUT" },
        { 19, "PACKET_TX_HAS_OFF" }, { 20, "PACKET_QDISC_BYPASS" }, { 21, "PACKET_ROLLOVER_STATS" },
        { 22, "PACKET_FANOUT_DATA" }, { 23, "PACKET_IGNORE_OUTGOING" },
};

#define SOL_UDP_VALUE 17
#define SOL_PACKET_VALUE 263
#define SOL_NETLINK_VALUE 270
#define SOL_IP_VALUE 0
#define SOL_SOCKET_VALUE 1
#define SOL_TCP_VALUE 6
#define SOL_IPV6_VALUE 41

/* Option names per level; a level without a table prints the number. */
int print_sockopt_name(StrBuf *out, uint64_t level, uint64_t v) {
        uint32_t o = (uint32_t) v;

        switch ((uint32_t) level) {
        case SOL_SOCKET_VALUE:
                return set_xval(out, XLAT_SET(sol_socket_options, "SO_???"), o);
        case SOL_TCP_VALUE:
                return set_xval(out, XLAT_SET(sol_tcp_options, "TCP_???"), o);
        case SOL_IP_VALUE:
                return set_xval(out, XLAT_SET(sol_ip_options, "IP_???"), o);
        case SOL_IPV6_VALUE:
                return set_xval(out, XLAT_SET(sol_ipv6_options, "IPV6_???"), o);
        case SOL_UDP_VALUE:
                return set_xval(out, XLAT_SET(sol_udp_options, "UDP_???"), o);
        case SOL_NETLINK_VALUE:
                return set_xval(out, XLAT_SET(sol_netlink_options, "NETLINK_???"), o);
        case SOL_PACKET_VALUE:
                return set_xval(out, XLAT_SET(sol_packet_options, "PACKET_???"), o);
        default:
                return strbuf_printf(out, "%" PRIu32, o);
        }
}

static const Xlat msg_flags[] = {
        { 0x1, "MSG_OOB" }, { 0x2, "MSG_PEEK" }, { 0x4, "MSG_DONTROUTE" }, { 0x8, "MSG_CTRUNC" },
        { 0x10, "MSG_PROBE" }, { 0x20, "MSG_TRUNC" }, { 0x40, "MSG_DONTWAIT" }, { 0x80, "MSG_EOR" },
        { 0x100, "MSG_WAITALL" }, { 0x200, "MSG_FIN" }, { 0x400, "MSG_SYN" }, { 0x800, "MSG_CONFIRM" },
        { 0x1000, "MSG_RST" }, { 0x2000, "MSG_ERRQUEUE" }, { 0x4000, "MSG_NOSIGNAL" },
        { 0x8000, "MSG_MORE" }, { 0x10000, "MSG_WAITFORONE" }, { 0x20000, "MSG_SENDPAGE_NOTLAST" },
        { 0x40000, "MSG_BATCH" }, { 0x80000, "MSG_NO_SHARED_FRAGS" }, { 0x4000000, "MSG_ZEROCOPY" },
        { 0x20000000, "MSG_FASTOPEN" }, { 0x40000000, "MSG_CMSG_CLOEXEC" },
        { 0x80000000, "MSG_CMSG_COMPAT" },
};

static const Xlat shutdown_modes[] = {
        { 0, "SHUT_RD" }, { 1, "SHUT_WR" }, { 2, "SHUT_RDWR" },
};

/* ---- prctl, arch_prctl ---- */

static const Xlat prctl_options[] = {
        { 1, "PR_SET_PDEATHSIG" }, { 2, "PR_GET_PDEATHSIG" }, { 3, "PR_GET_DUMPABLE" },
        { 4, "PR_SET_DUMPABLE" }, { 5, "PR_GET_UNALIGN" }, { 6, "PR_SET_UNALIGN" },
        { 7, "PR_GET_KEEPCAPS" }, { 8, "PR_SET_KEEPCAPS" }, { 9, "PR_GET_FPEMU" }, { 10, "PR_SET_FPEMU" },
        { 11, "PR_GET_FPEXC" }, { 12, "PR_SET_FPEXC" }, { 13, "PR_GET_TIMING" }, { 14, "PR_SET_TIMING" },
        { 15, "PR_SET_NAME" }, { 16, "PR_GET_NAME" }, { 19, "PR_GET_ENDIAN" }, { 20, "PR_SET_ENDIAN" },
        { 21, "PR_GET_SECCOMP" }, { 22, "PR_SET_SECCOMP" }, { 23, "PR_CAPBSET_READ" },
        { 24, "PR_CAPBSET_DROP" }, { 25, "PR_GET_TSC" }, { 26, "PR_SET_TSC" },
        { 27, "PR_GET_SECUREBITS" }, { 28, "PR_SET_SECUREBITS" }, { 29, "PR_SET_TIMERSLACK" },
        { 30, "PR_GET_TIMERSLACK" }, { 31, "PR_TASK_PERF_EVENTS_DISABLE" },
        { 32, "PR_TASK_PERF_EVENTS_ENABLE" }, { 33, "PR_MCE_KILL" }, { 34, "PR_MCE_KILL_GET" },
        { 35, "PR_SET_MM" }, { 36, "PR_SET_CHILD_SUBREAPER" }, { 37, "PR_GET_CHILD_SUBREAPER" },
        { 38, "PR_SET_NO_NEW_PRIVS" }, { 39, "PR_GET_NO_NEW_PRIVS" }, { 40, "PR_GET_TID_ADDRESS" },
        { 41, "PR_SET_THP_DISABLE" }, { 42, "PR_GET_THP_DISABLE" }, { 43, "PR_MPX_ENABLE_MANAGEMENT" },
        { 44, "PR_MPX_DISABLE_MANAGEMENT" }, { 45, "PR_SET_FP_MODE" }, { 46, "PR_GET_FP_MODE" },
        { 47, "PR_CAP_AMBIENT" }, { 50, "PR_SVE_SET_VL" }, { 51, "PR_SVE_GET_VL" },
        { 52, "PR_GET_SPECULATION_CTRL" }, { 53, "PR_SET_SPECULATION_CTRL" },
        { 54, "PR_PAC_RESET_KEYS" }, { 55, "PR_SET_TAGGED_ADDR_CTRL" }, { 56, "PR_GET_TAGGED_ADDR_CTRL" },
        { 57, "PR_SET_IO_FLUSHER" }, { 58, "PR_GET_IO_FLUSHER" }, { 59, "PR_SET_SYSCALL_USER_DISPATCH" },
        { 60, "PR_PAC_SET_ENABLED_KEYS" }, { 61, "PR_PAC_GET_ENABLED_KEYS" }, { 62, "PR_SCHED_CORE" },
        { 63, "PR_SME_SET_VL" }, { 64, "PR_SME_GET_VL" }, { 0x53564d41, "PR_SET_VMA" },
        { 0x59616d61, "PR_SET_PTRACER" },
};

int print_prctl_option(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(prctl_options, "PR_???"), (uint32_t) v);
}

static const char *const capabilities[] = {
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID",
        "CAP_KILL", "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE",
        "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK",
        "CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE",
        "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE",
        "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE",
        "CAP_AUDIT_CONTROL", "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG",
        "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF",
        "CAP_CHECKPOINT_RESTORE",
};

int print_capability(StrBuf *out, uint64_t v) {
        if (v < ELEMENTSOF(capabilities))
                return strbuf_append(out, capabilities[v]);
        return strbuf_printf(out, "%#" PRIx64 " /* CAP_??? */", v);
}

static const Xlat secbits[] = {
        { 0x01, "SECBIT_NOROOT" }, { 0x02, "SECBIT_NOROOT_LOCKED" }, { 0x04, "SECBIT_NO_SETUID_FIXUP" },
        { 0x08, "SECBIT_NO_SETUID_FIXUP_LOCKED" }, { 0x10, "SECBIT_KEEP_CAPS" },
        { 0x20, "SECBIT_KEEP_CAPS_LOCKED" }, { 0x40, "SECBIT_NO_CAP_AMBIENT_RAISE" },
        { 0x80, "SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED" },
};

int print_secbits(StrBuf *out, uint64_t v) {
        return xlat_print_flags(out, secbits, ELEMENTSOF(secbits), v, NULL);
}

static const Xlat arch_prctl_codes[] = {
        { 0x1001, "ARCH_SET_GS" }, { 0x1002, "ARCH_SET_FS" }, { 0x1003, "ARCH_GET_FS" },
        { 0x1004, "ARCH_GET_GS" }, { 0x1011, "ARCH_GET_CPUID" }, { 0x1012, "ARCH_SET_CPUID" },
        { 0x1021, "ARCH_GET_XCOMP_SUPP" }, { 0x1022, "ARCH_GET_XCOMP_PERM" },
        { 0x1023, "ARCH_REQ_XCOMP_PERM" }, { 0x1024, "ARCH_GET_XCOMP_GUEST_PERM" },
        { 0x1025, "ARCH_REQ_XCOMP_GUEST_PERM" }, { 0x2001, "ARCH_MAP_VDSO_X32" },
        { 0x2002, "ARCH_MAP_VDSO_32" }, { 0x2003, "ARCH_MAP_VDSO_64" },
};

/* ---- futex ---- */

static const Xlat futex_cmds[] = {
        { 0, "FUTEX_WAIT" }, { 1, "FUTEX_WAKE" }, { 2, "FUTEX_FD" }, { 3, "FUTEX_REQUEUE" },
        { 4, "FUTEX_CMP_REQUEUE" }, { 5, "FUTEX_WAKE_OP" }, { 6, "FUTEX_LOCK_PI" },
        { 7, "FUTEX_UNLOCK_PI" }, { 8, "FUTEX_TRYLOCK_PI" }, { 9, "FUTEX_WAIT_BITSET" },
        { 10, "FUTEX_WAKE_BITSET" }, { 11, "FUTEX_WAIT_REQUEUE_PI" }, { 12, "FUTEX_CMP_REQUEUE_PI" },
        { 13, "FUTEX_LOCK_PI2" },
};

#define FUTEX_PRIVATE_BIT 128u
#define FUTEX_CLOCK_REALTIME_BIT 256u
#define FUTEX_CMD_BITS 127u

/* "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME"; anything with other bits
 * or an unknown command is a number, as in strace. */
int print_futex_op(StrBuf *out, uint64_t v) {
        uint32_t op = (uint32_t) v, cmd = op & FUTEX_CMD_BITS;
        int r;

        if ((op & ~(FUTEX_CMD_BITS | FUTEX_PRIVATE_BIT | FUTEX_CLOCK_REALTIME_BIT)) == 0)
                for (size_t i = 0; i < ELEMENTSOF(futex_cmds); i++) {
                        if (futex_cmds[i].val != cmd)
                                continue;
                        r = strbuf_printf(out, "%s%s", futex_cmds[i].name,
                                          (op & FUTEX_PRIVATE_BIT) ? "_PRIVATE" : "");
                        if (r < 0 || !(op & FUTEX_CLOCK_REALTIME_BIT))
                                return r;
                        return strbuf_append(out, "|FUTEX_CLOCK_REALTIME");
                }
        return strbuf_printf(out, "%#" PRIx32 " /* FUTEX_??? */", op);
}

static const Xlat futex_wake_ops[] = {
        { 0, "FUTEX_OP_SET" }, { 1, "FUTEX_OP_ADD" }, { 2, "FUTEX_OP_OR" }, { 3, "FUTEX_OP_ANDN" },
        { 4, "FUTEX_OP_XOR" },
};

static const Xlat futex_wake_cmps[] = {
        { 0, "FUTEX_OP_CMP_EQ" }, { 1, "FUTEX_OP_CMP_NE" }, { 2, "FUTEX_OP_CMP_LT" },
        { 3, "FUTEX_OP_CMP_LE" }, { 4, "FUTEX_OP_CMP_GT" }, { 5, "FUTEX_OP_CMP_GE" },
};

#define FUTEX_OP_OPARG_SHIFT_BIT 8u

/* val3 of FUTEX_WAKE_OP, in strace's shape:
 * "FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1". */
int print_futex_wake_op(StrBuf *out, uint64_t v) {
        uint32_t w = (uint32_t) v;
        uint32_t op = (w >> 28) & 0xf, cmp = (w >> 24) & 0xf, oparg = (w >> 12) & 0xfff, cmparg = w & 0xfff;
        int r;

        if (op & FUTEX_OP_OPARG_SHIFT_BIT) {
                r = strbuf_append(out, "FUTEX_OP_OPARG_SHIFT<<28|");
                if (r < 0)
                        return r;
                op &= ~FUTEX_OP_OPARG_SHIFT_BIT;
        }
        r = xlat_print_value(out, futex_wake_ops, ELEMENTSOF(futex_wake_ops), op, true);
        if (r >= 0)
                r = strbuf_append(out, op < ELEMENTSOF(futex_wake_ops) ? "<<28" : "<<28 /* FUTEX_OP_??? */");
        if (r >= 0)
                r = oparg == 0 ? strbuf_append(out, "|0<<12") : strbuf_printf(out, "|%#" PRIx32 "<<12", oparg);
        if (r >= 0)
                r = strbuf_append_char(out, '|');
        if (r >= 0)
                r = xlat_print_value(out, futex_wake_cmps, ELEMENTSOF(futex_wake_cmps), cmp, true);
        if (r >= 0)
                r = strbuf_append(out, cmp < ELEMENTSOF(futex_wake_cmps) ? "<<24|" : "<<24 /* FUTEX_OP_CMP_??? */|");
        if (r >= 0)
                r = print_hex(out, cmparg);
        return r;
}

#define FUTEX_BITSET_MATCH_ANY_VALUE 0xffffffffu

int print_futex_bitset(StrBuf *out, uint64_t v) {
        if ((uint32_t) v == FUTEX_BITSET_MATCH_ANY_VALUE)
                return strbuf_append(out, "FUTEX_BITSET_MATCH_ANY");
        return print_hex(out, (uint32_t) v);
}

/* ---- ioctl ---- */

typedef struct IoctlEntry {
        uint32_t cmd;
        const char *name;   /* strace's text, " or " between names that share the number */
        uint8_t arg;        /* IoctlArg */
} IoctlEntry;

/* Looked up linearly; the order does not matter. */
static const IoctlEntry ioctls[] = {
        { 0x00001260, "BLKGETSIZE", IOCTL_ARG_PTR },
        { 0x00001261, "BLKFLSBUF", IOCTL_ARG_NONE },
        { 0x00001268, "BLKSSZGET", IOCTL_ARG_PTR },
        { 0x0000127b, "BLKPBSZGET", IOCTL_ARG_PTR },
        { 0x00005401, "TCGETS", IOCTL_ARG_PTR },
        { 0x00005402, "SNDCTL_TMR_START or TCSETS", IOCTL_ARG_PTR },
        { 0x00005403, "SNDCTL_TMR_STOP or TCSETSW", IOCTL_ARG_PTR },
        { 0x00005404, "SNDCTL_TMR_CONTINUE or TCSETSF", IOCTL_ARG_PTR },
        { 0x00005405, "TCGETA", IOCTL_ARG_PTR },
        { 0x00005406, "TCSETA", IOCTL_ARG_PTR },
        { 0x00005407, "TCSETAW", IOCTL_ARG_PTR },
        { 0x00005408, "TCSETAF", IOCTL_ARG_PTR },
        { 0x00005409, "TCSBRK", IOCTL_ARG_INT },
        { 0x0000540a, "TCXONC", IOCTL_ARG_INT },
        { 0x0000540b, "TCFLSH", IOCTL_ARG_INT },
        { 0x0000540c, "TIOCEXCL", IOCTL_ARG_NONE },
        { 0x0000540d, "TIOCNXCL", IOCTL_ARG_NONE },
        { 0x0000540e, "TIOCSCTTY", IOCTL_ARG_INT },
        { 0x0000540f, "TIOCGPGRP", IOCTL_ARG_PTR },
        { 0x00005410, "TIOCSPGRP", IOCTL_ARG_PTR },
        { 0x00005411, "TIOCOUTQ", IOCTL_ARG_PTR },
        { 0x00005412, "TIOCSTI", IOCTL_ARG_PTR },
        { 0x00005413, "TIOCGWINSZ", IOCTL_ARG_PTR },
        { 0x00005414, "TIOCSWINSZ", IOCTL_ARG_PTR },
        { 0x00005415, "TIOCMGET", IOCTL_ARG_PTR },
        { 0x00005416, "TIOCMBIS", IOCTL_ARG_PTR },
        { 0x00005417, "TIOCMBIC", IOCTL_ARG_PTR },
        { 0x00005418, "TIOCMSET", IOCTL_ARG_PTR },
        { 0x0000541b, "FIONREAD", IOCTL_ARG_PTR },
        { 0x0000541d, "TIOCCONS", IOCTL_ARG_NONE },
        { 0x00005420, "TIOCPKT", IOCTL_ARG_PTR },
        { 0x00005421, "FIONBIO", IOCTL_ARG_PTR },
        { 0x00005422, "TIOCNOTTY", IOCTL_ARG_NONE },
        { 0x00005423, "TIOCSETD", IOCTL_ARG_PTR },
        { 0x00005424, "TIOCGETD", IOCTL_ARG_PTR },
        { 0x00005427, "TIOCSBRK", IOCTL_ARG_NONE },
        { 0x00005428, "TIOCCBRK", IOCTL_ARG_NONE },
        { 0x00005429, "TIOCGSID", IOCTL_ARG_PTR },
        { 0x00005437, "TIOCVHANGUP", IOCTL_ARG_NONE },
        { 0x00005441, "TIOCGPTPEER", IOCTL_ARG_INT },
        { 0x00005450, "FIONCLEX", IOCTL_ARG_NONE },
        { 0x00005451, "FIOCLEX", IOCTL_ARG_NONE },
        { 0x00005452, "FIOASYNC", IOCTL_ARG_PTR },
        { 0x00005460, "FIOQSIZE", IOCTL_ARG_HEX },
        { 0x00008901, "FIOSETOWN", IOCTL_ARG_PTR },
        { 0x00008902, "SIOCSPGRP", IOCTL_ARG_PTR },
        { 0x00008903, "FIOGETOWN", IOCTL_ARG_PTR },
        { 0x00008904, "SIOCGPGRP", IOCTL_ARG_PTR },
        { 0x00008905, "SIOCATMARK", IOCTL_ARG_PTR },
        { 0x00008912, "SIOCGIFCONF", IOCTL_ARG_PTR },
        { 0x00008913, "SIOCGIFFLAGS", IOCTL_ARG_PTR },
        { 0x00008914, "SIOCSIFFLAGS", IOCTL_ARG_PTR },
        { 0x00008915, "SIOCGIFADDR", IOCTL_ARG_PTR },
        { 0x00008921, "SIOCGIFMTU", IOCTL_ARG_PTR },
        { 0x00008927, "SIOCGIFHWADDR", IOCTL_ARG_PTR },
        { 0x00008933, "SIOCGIFINDEX", IOCTL_ARG_PTR },
        { 0x0000b701, "NS_GET_USERNS", IOCTL_ARG_NONE },
        { 0x0000b702, "NS_GET_PARENT", IOCTL_ARG_NONE },
        { 0x0000b703, "NS_GET_NSTYPE", IOCTL_ARG_NONE },
        { 0x40049409, "BTRFS_IOC_CLONE or FICLONE", IOCTL_ARG_INT },
        { 0x40086602, "FS_IOC_SETFLAGS", IOCTL_ARG_PTR },
        { 0x80045200, "RNDGETENTCNT", IOCTL_ARG_PTR },
        { 0x80045430, "TIOCGPTN", IOCTL_ARG_PTR },
        { 0x80081272, "BLKGETSIZE64", IOCTL_ARG_PTR },
        { 0x80086601, "FS_IOC_GETFLAGS", IOCTL_ARG_PTR },
        { 0x40045431, "TIOCSPTLCK", IOCTL_ARG_PTR },
};

static const IoctlEntry *ioctl_find(uint64_t cmd) {
        for (size_t i = 0; i < ELEMENTSOF(ioctls); i++)
                if (ioctls[i].cmd == (uint32_t) cmd)
                        return &ioctls[i];
        return NULL;
}

IoctlArg ioctl_arg_kind(uint64_t cmd) {
        const IoctlEntry *e = ioctl_find(cmd);

        return e ? (IoctlArg) e->arg : IOCTL_ARG_HEX;
}

/* TCXONC and TCFLSH take a named value; > 0 when printed. */
int print_ioctl_int_arg(StrBuf *out, uint64_t cmd, uint64_t v) {
        static const Xlat tcxonc[] = { { 0, "TCOOFF" }, { 1, "TCOON" }, { 2, "TCIOFF" }, { 3, "TCION" } };
        static const Xlat tcflsh[] = { { 0, "TCIFLUSH" }, { 1, "TCOFLUSH" }, { 2, "TCIOFLUSH" } };
        int r;

        switch ((uint32_t) cmd) {
        case 0x540a:
                r = set_xval(out, XLAT_SET(tcxonc, "TC???"), v);
                break;
        case 0x540b:
                r = set_xval(out, XLAT_SET(tcflsh, "TC???"), v);
                break;
        default:
                return 0;
        }
        return r < 0 ? r : 1;
}

/* A known command by name, any other as "_IOC(dir, type, nr, size)". */
int print_ioctl_cmd(StrBuf *out, uint64_t v) {
        static const char *const dirs[] = {
                "_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE",
        };
        const IoctlEntry *e = ioctl_find(v);
        uint32_t c = (uint32_t) v, size = (c >> 16) & 0x3fff;
        int r;

        if (e)
                return strbuf_append(out, e->name);
        r = strbuf_printf(out, "_IOC(%s, %#" PRIx32 ", %#" PRIx32 ", ", dirs[c >> 30], (c >> 8) & 0xff, c & 0xff);
        if (r < 0)
                return r;
        r = print_hex(out, size);
        if (r < 0)
                return r;
        return strbuf_append_char(out, ')');
}

/* ---- more files, processes and memory ---- */

static int print_umask(StrBuf *out, uint64_t v) {
        return print_mode(out, (uint16_t) v);
}

static const Xlat rusage_who[] = {
        { 0, "RUSAGE_SELF" }, { (uint32_t) -1, "RUSAGE_CHILDREN" }, { 1, "RUSAGE_THREAD" },
};

static int print_rusage_who(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(rusage_who, "RUSAGE_???"), (uint32_t) v);
}

static const Xlat fadvice[] = {
        { 0, "POSIX_FADV_NORMAL" }, { 1, "POSIX_FADV_RANDOM" }, { 2, "POSIX_FADV_SEQUENTIAL" },
        { 3, "POSIX_FADV_WILLNEED" }, { 4, "POSIX_FADV_DONTNEED" }, { 5, "POSIX_FADV_NOREUSE" },
};

static int print_fadvice(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(fadvice, "POSIX_FADV_???"), (uint32_t) v);
}

static const Xlat falloc_flags[] = {
        { 0x01, "FALLOC_FL_KEEP_SIZE" }, { 0x02, "FALLOC_FL_PUNCH_HOLE" }, { 0x04, "FALLOC_FL_NO_HIDE_STALE" },
        { 0x08, "FALLOC_FL_COLLAPSE_RANGE" }, { 0x10, "FALLOC_FL_ZERO_RANGE" },
        { 0x20, "FALLOC_FL_INSERT_RANGE" }, { 0x40, "FALLOC_FL_UNSHARE_RANGE" },
};

static int print_falloc_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(falloc_flags, "FALLOC_FL_???"), (uint32_t) v);
}

static const Xlat itimer_which[] = {
        { 0, "ITIMER_REAL" }, { 1, "ITIMER_VIRTUAL" }, { 2, "ITIMER_PROF" },
};

static int print_itimer_which(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(itimer_which, "ITIMER_???"), (uint32_t) v);
}

static const Xlat bpf_cmds[] = {
        { 0, "BPF_MAP_CREATE" }, { 1, "BPF_MAP_LOOKUP_ELEM" }, { 2, "BPF_MAP_UPDATE_ELEM" },
        { 3, "BPF_MAP_DELETE_ELEM" }, { 4, "BPF_MAP_GET_NEXT_KEY" }, { 5, "BPF_PROG_LOAD" },
        { 6, "BPF_OBJ_PIN" }, { 7, "BPF_OBJ_GET" }, { 8, "BPF_PROG_ATTACH" }, { 9, "BPF_PROG_DETACH" },
        { 10, "BPF_PROG_TEST_RUN" }, { 11, "BPF_PROG_GET_NEXT_ID" }, { 12, "BPF_MAP_GET_NEXT_ID" },
        { 13, "BPF_PROG_GET_FD_BY_ID" }, { 14, "BPF_MAP_GET_FD_BY_ID" }, { 15, "BPF_OBJ_GET_INFO_BY_FD" },
        { 16, "BPF_PROG_QUERY" }, { 17, "BPF_RAW_TRACEPOINT_OPEN" }, { 18, "BPF_BTF_LOAD" },
        { 19, "BPF_BTF_GET_FD_BY_ID" }, { 20, "BPF_TASK_FD_QUERY" }, { 21, "BPF_MAP_LOOKUP_AND_DELETE_ELEM" },
        { 22, "BPF_MAP_FREEZE" }, { 23, "BPF_BTF_GET_NEXT_ID" }, { 24, "BPF_MAP_LOOKUP_BATCH" },
        { 25, "BPF_MAP_LOOKUP_AND_DELETE_BATCH" }, { 26, "BPF_MAP_UPDATE_BATCH" },
        { 27, "BPF_MAP_DELETE_BATCH" }, { 28, "BPF_LINK_CREATE" }, { 29, "BPF_LINK_UPDATE" },
        { 30, "BPF_LINK_GET_FD_BY_ID" }, { 31, "BPF_LINK_GET_NEXT_ID" }, { 32, "BPF_ENABLE_STATS" },
        { 33, "BPF_ITER_CREATE" }, { 34, "BPF_LINK_DETACH" }, { 35, "BPF_PROG_BIND_MAP" },
};

static int print_bpf_cmd(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(bpf_cmds, "BPF_???"), (uint32_t) v);
}

static const Xlat seccomp_ops[] = {
        { 0, "SECCOMP_SET_MODE_STRICT" }, { 1, "SECCOMP_SET_MODE_FILTER" },
        { 2, "SECCOMP_GET_ACTION_AVAIL" }, { 3, "SECCOMP_GET_NOTIF_SIZES" },
};

static int print_seccomp_op(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(seccomp_ops, "SECCOMP_SET_MODE_???"), (uint32_t) v);
}

static const Xlat seccomp_filter_flags[] = {
        { 0x01, "SECCOMP_FILTER_FLAG_TSYNC" }, { 0x02, "SECCOMP_FILTER_FLAG_LOG" },
        { 0x04, "SECCOMP_FILTER_FLAG_SPEC_ALLOW" }, { 0x08, "SECCOMP_FILTER_FLAG_NEW_LISTENER" },
        { 0x10, "SECCOMP_FILTER_FLAG_TSYNC_ESRCH" }, { 0x20, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV" },
};

int print_seccomp_filter_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(seccomp_filter_flags, "SECCOMP_FILTER_FLAG_???"), (uint32_t) v);
}

static const Xlat membarrier_cmds[] = {
        { 0x001, "MEMBARRIER_CMD_GLOBAL" }, { 0x002, "MEMBARRIER_CMD_GLOBAL_EXPEDITED" },
        { 0x004, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED" }, { 0x008, "MEMBARRIER_CMD_PRIVATE_EXPEDITED" },
        { 0x010, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED" },
        { 0x020, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE" },
        { 0x040, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE" },
        { 0x080, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ" },
        { 0x100, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ" },
};

/* The commands QUERY returns, as a flag set. */
int print_membarrier_cmds(StrBuf *out, uint64_t v) {
        return xlat_print_flags(out, membarrier_cmds, ELEMENTSOF(membarrier_cmds), (uint32_t) v, NULL);
}

static const Xlat membarrier_flags[] = {
        { 1, "MEMBARRIER_CMD_FLAG_CPU" },
};

int print_membarrier_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(membarrier_flags, "MEMBARRIER_CMD_FLAG_???"), (uint32_t) v);
}

static int print_membarrier_cmd(StrBuf *out, uint64_t v) {
        if ((uint32_t) v == 0)
                return strbuf_append(out, "MEMBARRIER_CMD_QUERY");
        return set_xval(out, XLAT_SET(membarrier_cmds, "MEMBARRIER_CMD_???"), (uint32_t) v);
}

static const Xlat xattr_flags[] = {
        { 1, "XATTR_CREATE" }, { 2, "XATTR_REPLACE" },
};

static int print_xattr_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(xattr_flags, "XATTR_???"), (uint32_t) v);
}

static const Xlat sync_file_range_flags[] = {
        { 1, "SYNC_FILE_RANGE_WAIT_BEFORE" }, { 2, "SYNC_FILE_RANGE_WRITE" }, { 4, "SYNC_FILE_RANGE_WAIT_AFTER" },
};

static int print_sync_file_range_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(sync_file_range_flags, "SYNC_FILE_RANGE_???"), (uint32_t) v);
}

static const Xlat ioring_enter_flags[] = {
        { 0x01, "IORING_ENTER_GETEVENTS" }, { 0x02, "IORING_ENTER_SQ_WAKEUP" }, { 0x04, "IORING_ENTER_SQ_WAIT" },
        { 0x08, "IORING_ENTER_EXT_ARG" }, { 0x10, "IORING_ENTER_REGISTERED_RING" },
};

static int print_ioring_enter_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(ioring_enter_flags, "IORING_ENTER_???"), (uint32_t) v);
}

static const Xlat ioprio_who[] = {
        { 1, "IOPRIO_WHO_PROCESS" }, { 2, "IOPRIO_WHO_PGRP" }, { 3, "IOPRIO_WHO_USER" },
};

static int print_ioprio_who(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(ioprio_who, "IOPRIO_WHO_???"), (uint32_t) v);
}

static const Xlat ioprio_classes[] = {
        { 0, "IOPRIO_CLASS_NONE" }, { 1, "IOPRIO_CLASS_RT" }, { 2, "IOPRIO_CLASS_BE" }, { 3, "IOPRIO_CLASS_IDLE" },
};

#define IOPRIO_CLASS_SHIFT_BITS 13
#define IOPRIO_DATA_MASK_BITS 0x1fffu

/* "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_IDLE, 4)" */
int print_ioprio(StrBuf *out, uint64_t v) {
        uint32_t p = (uint32_t) v;
        int r;

        r = strbuf_append(out, "IOPRIO_PRIO_VALUE(");
        if (r >= 0)
                r = set_xval(out, XLAT_SET(ioprio_classes, "IOPRIO_CLASS_???"), p >> IOPRIO_CLASS_SHIFT_BITS);
        if (r >= 0)
                r = strbuf_printf(out, ", %" PRIu32 ")", p & IOPRIO_DATA_MASK_BITS);
        return r;
}

static const Xlat file_types[] = {
        { 0140000, "S_IFSOCK" }, { 0120000, "S_IFLNK" }, { 0100000, "S_IFREG" }, { 0060000, "S_IFBLK" },
        { 0040000, "S_IFDIR" }, { 0020000, "S_IFCHR" }, { 0010000, "S_IFIFO" },
};

static const Xlat mode_special_bits[] = {
        { 04000, "S_ISUID" }, { 02000, "S_ISGID" }, { 01000, "S_ISVTX" },
};

#define S_IFMT_BITS 0170000u

/* "S_IFCHR|0620", "S_IFREG|S_ISUID|0755"; no or an unknown type: all in octal. */
static int print_mknod_mode(StrBuf *out, uint64_t v) {
        uint32_t m = (uint32_t) v;
        int r;

        for (size_t i = 0; i < ELEMENTSOF(file_types); i++) {
                if (file_types[i].val != (m & S_IFMT_BITS))
                        continue;
                r = strbuf_printf(out, "%s|", file_types[i].name);
                for (size_t j = 0; r >= 0 && j < ELEMENTSOF(mode_special_bits); j++)
                        if (m & mode_special_bits[j].val)
                                r = strbuf_printf(out, "%s|", mode_special_bits[j].name);
                if (r < 0)
                        return r;
                return strbuf_printf(out, "%#03" PRIo32, m & 0777u);
        }
        return strbuf_printf(out, "%#03" PRIo32, m);
}

/* The kernel's dev_t encoding, as strace shows it: "makedev(0x88, 0x3)". */
int print_makedev(StrBuf *out, uint64_t v) {
        uint64_t major = ((v >> 8) & 0xfff) | ((v >> 32) & 0xfffff000);
        uint64_t minor = (v & 0xff) | ((v >> 12) & 0xffffff00);
        int r;

        r = strbuf_append(out, "makedev(");
        if (r >= 0)
                r = print_hex(out, major);
        if (r >= 0)
                r = strbuf_append(out, ", ");
        if (r >= 0)
                r = print_hex(out, minor);
        if (r >= 0)
                r = strbuf_append_char(out, ')');
        return r;
}

/* ---- NUMA policies, kcmp, protection keys ---- */

static const Xlat mpol_modes[] = {
        { 0, "MPOL_DEFAULT" }, { 1, "MPOL_PREFERRED" }, { 2, "MPOL_BIND" }, { 3, "MPOL_INTERLEAVE" },
        { 4, "MPOL_LOCAL" }, { 5, "MPOL_PREFERRED_MANY" },
};

static const Xlat mpol_mode_flags[] = {
        { 0x8000, "MPOL_F_STATIC_NODES" }, { 0x4000, "MPOL_F_RELATIVE_NODES" }, { 0x2000, "MPOL_F_NUMA_BALANCING" },
};

#define MPOL_MODE_FLAG_BITS 0xe000u

/* The mode, then its flags: "MPOL_BIND|MPOL_F_STATIC_NODES". */
static int print_mpol_mode(StrBuf *out, uint64_t v) {
        uint32_t m = (uint32_t) v;
        int r;

        r = set_xval(out, XLAT_SET(mpol_modes, "MPOL_???"), m & ~MPOL_MODE_FLAG_BITS);
        if (r < 0 || (m & MPOL_MODE_FLAG_BITS) == 0)
                return r;
        r = strbuf_append_char(out, '|');
        if (r < 0)
                return r;
        return xlat_print_flags(out, mpol_mode_flags, ELEMENTSOF(mpol_mode_flags), m & MPOL_MODE_FLAG_BITS, NULL);
}

static const Xlat mpol_mf_flags[] = {
        { 1, "MPOL_MF_STRICT" }, { 2, "MPOL_MF_MOVE" }, { 4, "MPOL_MF_MOVE_ALL" },
};

static int print_mpol_mf_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(mpol_mf_flags, "MPOL_MF_???"), (uint32_t) v);
}

static const Xlat mpol_get_flags[] = {
        { 1, "MPOL_F_NODE" }, { 2, "MPOL_F_ADDR" }, { 4, "MPOL_F_MEMS_ALLOWED" },
};

static int print_mpol_get_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(mpol_get_flags, "MPOL_F_???"), (uint32_t) v);
}

static const Xlat kcmp_types[] = {
        { 0, "KCMP_FILE" }, { 1, "KCMP_VM" }, { 2, "KCMP_FILES" }, { 3, "KCMP_FS" }, { 4, "KCMP_SIGHAND" },
        { 5, "KCMP_IO" }, { 6, "KCMP_SYSVSEM" }, { 7, "KCMP_EPOLL_TFD" },
};

static int print_kcmp_type(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(kcmp_types, "KCMP_???"), (uint32_t) v);
}

static const Xlat pkey_rights[] = {
        { 1, "PKEY_DISABLE_ACCESS" }, { 2, "PKEY_DISABLE_WRITE" },
};

static int print_pkey_rights(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(pkey_rights, "PKEY_???"), (uint32_t) v);
}

static const Xlat spec_ctrl_which[] = {
        { 0, "PR_SPEC_STORE_BYPASS" }, { 1, "PR_SPEC_INDIRECT_BRANCH" }, { 2, "PR_SPEC_L1D_FLUSH" },
};

int print_spec_ctrl_which(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(spec_ctrl_which, "PR_SPEC_???"), v);
}

static const Xlat spec_ctrl_flags[] = {
        { 0x01, "PR_SPEC_PRCTL" }, { 0x02, "PR_SPEC_ENABLE" }, { 0x04, "PR_SPEC_DISABLE" },
        { 0x08, "PR_SPEC_FORCE_DISABLE" }, { 0x10, "PR_SPEC_DISABLE_NOEXEC" },
};

int print_spec_ctrl_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(spec_ctrl_flags, "PR_SPEC_???"), v);
}

static const Xlat mce_kill_policies[] = {
        { 0, "PR_MCE_KILL_LATE" }, { 1, "PR_MCE_KILL_EARLY" }, { 2, "PR_MCE_KILL_DEFAULT" },
};

int print_mce_kill_policy(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(mce_kill_policies, "PR_MCE_KILL_???"), v);
}

/* ---- reboot, syslog ---- */

static const Xlat reboot_magics[] = {
        { 0xfee1dead, "LINUX_REBOOT_MAGIC1" }, { 672274793, "LINUX_REBOOT_MAGIC2" },
        { 85072278, "LINUX_REBOOT_MAGIC2A" }, { 369367448, "LINUX_REBOOT_MAGIC2B" },
        { 537993216, "LINUX_REBOOT_MAGIC2C" },
};

static int print_reboot_magic(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(reboot_magics, "LINUX_REBOOT_MAGIC_???"), (uint32_t) v);
}

static const Xlat reboot_cmds[] = {
        { 0x01234567, "LINUX_REBOOT_CMD_RESTART" }, { 0xcdef0123, "LINUX_REBOOT_CMD_HALT" },
        { 0x89abcdef, "LINUX_REBOOT_CMD_CAD_ON" }, { 0x00000000, "LINUX_REBOOT_CMD_CAD_OFF" },
        { 0x4321fedc, "LINUX_REBOOT_CMD_POWER_OFF" }, { 0xa1b2c3d4, "LINUX_REBOOT_CMD_RESTART2" },
        { 0xd000fce2, "LINUX_REBOOT_CMD_SW_SUSPEND" }, { 0x45584543, "LINUX_REBOOT_CMD_KEXEC" },
};

static int print_reboot_cmd(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(reboot_cmds, "LINUX_REBOOT_CMD_???"), (uint32_t) v);
}

static const char *const syslog_actions[] = {
        "SYSLOG_ACTION_CLOSE", "SYSLOG_ACTION_OPEN", "SYSLOG_ACTION_READ", "SYSLOG_ACTION_READ_ALL",
        "SYSLOG_ACTION_READ_CLEAR", "SYSLOG_ACTION_CLEAR", "SYSLOG_ACTION_CONSOLE_OFF",
        "SYSLOG_ACTION_CONSOLE_ON", "SYSLOG_ACTION_CONSOLE_LEVEL", "SYSLOG_ACTION_SIZE_UNREAD",
        "SYSLOG_ACTION_SIZE_BUFFER",
};

/* strace's form for these: the number, then the name in a comment. */
int print_syslog_action(StrBuf *out, uint64_t v) {
        int32_t a = (int32_t) (uint32_t) v;

        return strbuf_printf(out, "%" PRIi32 " /* %s */", a,
                             a >= 0 && (size_t) a < ELEMENTSOF(syslog_actions) ? syslog_actions[a] : "SYSLOG_ACTION_???");
}

static const char *const loglevels[] = {
        "LOGLEVEL_EMERG", "LOGLEVEL_ALERT", "LOGLEVEL_CRIT", "LOGLEVEL_ERR",
        "LOGLEVEL_WARNING", "LOGLEVEL_NOTICE", "LOGLEVEL_INFO", "LOGLEVEL_DEBUG",
};

int print_loglevel(StrBuf *out, uint64_t v) {
        int32_t l = (int32_t) (uint32_t) v;

        if (l >= 0 && (size_t) l < ELEMENTSOF(loglevels))
                return strbuf_printf(out, "%" PRIi32 " /* %s */", l, loglevels[l]);
        return strbuf_printf(out, "%" PRIi32, l);
}

/* ---- keys ---- */

static const char *const key_specs[] = {
        [1] = "KEY_SPEC_THREAD_KEYRING", [2] = "KEY_SPEC_PROCESS_KEYRING", [3] = "KEY_SPEC_SESSION_KEYRING",
        [4] = "KEY_SPEC_USER_KEYRING", [5] = "KEY_SPEC_USER_SESSION_KEYRING", [6] = "KEY_SPEC_GROUP_KEYRING",
        [7] = "KEY_SPEC_REQKEY_AUTH_KEY", [8] = "KEY_SPEC_REQUESTOR_KEYRING",
};

/* The special keyrings by name (-1..-8), any other serial as a number. */
int print_key_serial(StrBuf *out, uint64_t v) {
        int32_t k = (int32_t) (uint32_t) v;

        if (k < 0 && (size_t) -(int64_t) k < ELEMENTSOF(key_specs))
                return strbuf_append(out, key_specs[-k]);
        return strbuf_printf(out, "%" PRIi32, k);
}

static const Xlat key_perms[] = {
        { 0x01000000, "KEY_POS_VIEW" }, { 0x02000000, "KEY_POS_READ" }, { 0x04000000, "KEY_POS_WRITE" },
        { 0x08000000, "KEY_POS_SEARCH" }, { 0x10000000, "KEY_POS_LINK" }, { 0x20000000, "KEY_POS_SETATTR" },
        { 0x00010000, "KEY_USR_VIEW" }, { 0x00020000, "KEY_USR_READ" }, { 0x00040000, "KEY_USR_WRITE" },
        { 0x00080000, "KEY_USR_SEARCH" }, { 0x00100000, "KEY_USR_LINK" }, { 0x00200000, "KEY_USR_SETATTR" },
        { 0x00000100, "KEY_GRP_VIEW" }, { 0x00000200, "KEY_GRP_READ" }, { 0x00000400, "KEY_GRP_WRITE" },
        { 0x00000800, "KEY_GRP_SEARCH" }, { 0x00001000, "KEY_GRP_LINK" }, { 0x00002000, "KEY_GRP_SETATTR" },
        { 0x00000001, "KEY_OTH_VIEW" }, { 0x00000002, "KEY_OTH_READ" }, { 0x00000004, "KEY_OTH_WRITE" },
        { 0x00000008, "KEY_OTH_SEARCH" }, { 0x00000010, "KEY_OTH_LINK" }, { 0x00000020, "KEY_OTH_SETATTR" },
};

int print_key_perm(StrBuf *out, uint64_t v) {
        return xlat_print_flags(out, key_perms, ELEMENTSOF(key_perms), (uint32_t) v, NULL);
}

static const Xlat keyctl_cmds[] = {
        { 0, "KEYCTL_GET_KEYRING_ID" }, { 1, "KEYCTL_JOIN_SESSION_KEYRING" }, { 2, "KEYCTL_UPDATE" },
        { 3, "KEYCTL_REVOKE" }, { 4, "KEYCTL_CHOWN" }, { 5, "KEYCTL_SETPERM" }, { 6, "KEYCTL_DESCRIBE" },
        { 7, "KEYCTL_CLEAR" }, { 8, "KEYCTL_LINK" }, { 9, "KEYCTL_UNLINK" }, { 10, "KEYCTL_SEARCH" },
        { 11, "KEYCTL_READ" }, { 12, "KEYCTL_INSTANTIATE" }, { 13, "KEYCTL_NEGATE" },
        { 14, "KEYCTL_SET_REQKEY_KEYRING" }, { 15, "KEYCTL_SET_TIMEOUT" }, { 16, "KEYCTL_ASSUME_AUTHORITY" },
        { 17, "KEYCTL_GET_SECURITY" }, { 18, "KEYCTL_SESSION_TO_PARENT" }, { 19, "KEYCTL_REJECT" },
        { 20, "KEYCTL_INSTANTIATE_IOV" }, { 21, "KEYCTL_INVALIDATE" }, { 22, "KEYCTL_GET_PERSISTENT" },
        { 23, "KEYCTL_DH_COMPUTE" }, { 24, "KEYCTL_PKEY_QUERY" }, { 25, "KEYCTL_PKEY_ENCRYPT" },
        { 26, "KEYCTL_PKEY_DECRYPT" }, { 27, "KEYCTL_PKEY_SIGN" }, { 28, "KEYCTL_PKEY_VERIFY" },
        { 29, "KEYCTL_RESTRICT_KEYRING" }, { 30, "KEYCTL_MOVE" }, { 31, "KEYCTL_CAPABILITIES" },
        { 32, "KEYCTL_WATCH_KEY" },
};

static int print_keyctl_cmd(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(keyctl_cmds, "KEYCTL_???"), (uint32_t) v);
}

/* ---- System V IPC ---- */

static int print_ipc_key(StrBuf *out, uint64_t v) {
        if ((uint32_t) v == 0)
                return strbuf_append(out, "IPC_PRIVATE");
        return strbuf_printf(out, "%#" PRIx32, (uint32_t) v);
}

static const Xlat ipc_get_flags[] = {
        { 01000, "IPC_CREAT" }, { 02000, "IPC_EXCL" }, { 04000, "SHM_HUGETLB" }, { 010000, "SHM_NORESERVE" },
};

#define IPC_MODE_BITS 0777u

/* Flags, then the permission bits, always, in octal: "IPC_CREAT|0600", "000". */
static int print_ipc_flags(StrBuf *out, uint64_t v) {
        uint32_t f = (uint32_t) v, flags = f & ~IPC_MODE_BITS;
        int r;

        if (flags != 0) {
                r = xlat_print_flags(out, ipc_get_flags, ELEMENTSOF(ipc_get_flags), flags, NULL);
                if (r < 0)
                        return r;
                r = strbuf_append_char(out, '|');
                if (r < 0)
                        return r;
        }
        return strbuf_printf(out, "%#03" PRIo32, f & IPC_MODE_BITS);
}

#define IPC_64_BIT 0x100u

/* "IPC_64|IPC_STAT": the new-structure flag first. */
static int print_ipc_cmd(StrBuf *out, const Xlat *x, size_t n, const char *dflt, uint64_t v) {
        uint32_t c = (uint32_t) v;
        int r;

        if (c & IPC_64_BIT) {
                r = strbuf_append(out, "IPC_64|");
                if (r < 0)
                        return r;
                c &= ~IPC_64_BIT;
        }
        return xlat_print_xval(out, x, n, c, dflt);
}

static const Xlat shmctl_cmds[] = {
        { 0, "IPC_RMID" }, { 1, "IPC_SET" }, { 2, "IPC_STAT" }, { 3, "IPC_INFO" }, { 11, "SHM_LOCK" },
        { 12, "SHM_UNLOCK" }, { 13, "SHM_STAT" }, { 14, "SHM_INFO" }, { 15, "SHM_STAT_ANY" },
};

static const Xlat semctl_cmds[] = {
        { 0, "IPC_RMID" }, { 1, "IPC_SET" }, { 2, "IPC_STAT" }, { 3, "IPC_INFO" }, { 11, "GETPID" },
        { 12, "GETVAL" }, { 13, "GETALL" }, { 14, "GETNCNT" }, { 15, "GETZCNT" }, { 16, "SETVAL" },
        { 17, "SETALL" }, { 18, "SEM_STAT" }, { 19, "SEM_INFO" }, { 20, "SEM_STAT_ANY" },
};

static const Xlat msgctl_cmds[] = {
        { 0, "IPC_RMID" }, { 1, "IPC_SET" }, { 2, "IPC_STAT" }, { 3, "IPC_INFO" }, { 11, "MSG_STAT" },
        { 12, "MSG_INFO" }, { 13, "MSG_STAT_ANY" },
};

static const Xlat shmat_flags[] = {
        { 010000, "SHM_RDONLY" }, { 020000, "SHM_RND" }, { 040000, "SHM_REMAP" }, { 0100000, "SHM_EXEC" },
};

static int print_shmat_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(shmat_flags, "SHM_???"), (uint32_t) v);
}

static int print_shmctl_cmd(StrBuf *out, uint64_t v) {
        return print_ipc_cmd(out, shmctl_cmds, ELEMENTSOF(shmctl_cmds), "SHM_???", v);
}

static int print_semctl_cmd(StrBuf *out, uint64_t v) {
        return print_ipc_cmd(out, semctl_cmds, ELEMENTSOF(semctl_cmds), "SEM_???", v);
}

static int print_msgctl_cmd(StrBuf *out, uint64_t v) {
        return print_ipc_cmd(out, msgctl_cmds, ELEMENTSOF(msgctl_cmds), "MSG_???", v);
}

/* ---- the argument kinds ---- */

static int print_madvise(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(madvise_advice, "MADV_???"), (uint32_t) v);
}

static int print_unshare_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(unshare_flags, "CLONE_???"), v);
}

static int print_setns_type(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(setns_types, "CLONE_???"), (uint32_t) v);
}

static int print_sock_family(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(address_families, "AF_???"), (uint32_t) v);
}

static int print_sock_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(socket_flags, "SOCK_???"), (uint32_t) v);
}

/* sic: strace's comment for an unknown level has two question marks */
static int print_sock_level(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(socket_levels, "SOL_??"), (uint32_t) v);
}

/* A control message's level: strace's marker there has three question marks. */
int print_cmsg_level(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(socket_levels, "SOL_???"), (uint32_t) v);
}

static int print_msg_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(msg_flags, "MSG_???"), (uint32_t) v);
}

static int print_shut_how(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(shutdown_modes, "SHUT_???"), (uint32_t) v);
}

static int print_wait_options(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(wait_options, "W???"), (uint32_t) v);
}

static int print_idtype(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(idtypes, "P_???"), (uint32_t) v);
}

static int print_arch_prctl_code(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(arch_prctl_codes, "ARCH_???"), (uint32_t) v);
}

static int print_timer_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(timer_flags, "TIMER_???"), (uint32_t) v);
}

static int print_rlimit(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(rlimits, "RLIMIT_???"), (uint32_t) v);
}

static int print_epoll_ctl_op(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(epoll_ctl_ops, "EPOLL_CTL_???"), (uint32_t) v);
}

static int print_epoll_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(epoll_flags, "EPOLL_???"), (uint32_t) v);
}

static int print_efd_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(efd_flags, "EFD_???"), (uint32_t) v);
}

static int print_tfd_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(tfd_flags, "TFD_???"), (uint32_t) v);
}

static int print_inotify_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(inotify_flags, "IN_???"), (uint32_t) v);
}

static int print_inotify_mask(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(inotify_mask, "IN_???"), (uint32_t) v);
}

static int print_sfd_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(sfd_flags, "SFD_???"), (uint32_t) v);
}

static int print_flock_op(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(flock_ops, "LOCK_???"), (uint32_t) v);
}

static int print_grnd_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(grnd_flags, "GRND_???"), (uint32_t) v);
}

static int print_prio_which(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(prio_which, "PRIO_???"), (uint32_t) v);
}

static int print_rename_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(rename_flags, "RENAME_???"), (uint32_t) v);
}

static int print_umount_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(umount_flags, "MNT_???"), (uint32_t) v);
}

static int print_ptrace_req(StrBuf *out, uint64_t v) {
        return set_xval(out, XLAT_SET(ptrace_requests, "PTRACE_???"), v);
}

static int print_mcl_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(mcl_flags, "MCL_???"), (uint32_t) v);
}

static int print_msync_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(msync_flags, "MS_???"), (uint32_t) v);
}

static int print_mremap_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(mremap_flags, "MREMAP_???"), v);
}

static int print_splice_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(splice_flags, "SPLICE_F_???"), (uint32_t) v);
}

static int print_statx_mask(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(statx_masks, "STATX_???"), (uint32_t) v);
}

static int print_mlock2_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(mlock2_flags, "MLOCK_???"), (uint32_t) v);
}

static int print_fan_mark_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(fan_mark_flags, "FAN_MARK_???"), (uint32_t) v);
}

static int print_fan_mask(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(fan_events, "FAN_???"), v);
}

static int print_pidfd_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(pidfd_flags, "PIDFD_???"), (uint32_t) v);
}

/* strace's printuid(): "keep this id" (-1) as -1, the others unsigned. */
static int print_uid(StrBuf *out, uint64_t v) {
        uint32_t id = (uint32_t) v;

        if (id == UINT32_MAX)
                return strbuf_append(out, "-1");
        return strbuf_printf(out, "%" PRIu32, id);
}

static int print_close_range_flags(StrBuf *out, uint64_t v) {
        return set_flags(out, XLAT_SET(close_range_flags, "CLOSE_RANGE_???"), (uint32_t) v);
}

typedef int (*ConstPrinter)(StrBuf *out, uint64_t v);

static const ConstPrinter const_printers[] = {
        [ARG_MADVISE] = print_madvise,
        [ARG_CLONE_FLAGS] = print_clone_flags,
        [ARG_UNSHARE_FLAGS] = print_unshare_flags,
        [ARG_SETNS_TYPE] = print_setns_type,
        [ARG_FCNTL_CMD] = print_fcntl_cmd,
        [ARG_SOCK_FAMILY] = print_sock_family,
        [ARG_SOCK_TYPE] = print_socket_type,
        [ARG_SOCK_FLAGS] = print_sock_flags,
        [ARG_SOCK_LEVEL] = print_sock_level,
        [ARG_MSG_FLAGS] = print_msg_flags,
        [ARG_SHUT_HOW] = print_shut_how,
        [ARG_SIGPROCMASK_HOW] = print_sigprocmask_how,
        [ARG_IOCTL_CMD] = print_ioctl_cmd,
        [ARG_WAIT_OPTIONS] = print_wait_options,
        [ARG_IDTYPE] = print_idtype,
        [ARG_PRCTL_OPTION] = print_prctl_option,
        [ARG_ARCH_PRCTL_CODE] = print_arch_prctl_code,
        [ARG_FUTEX_OP] = print_futex_op,
        [ARG_CLOCK_ID] = print_clock_id,
        [ARG_TIMER_FLAGS] = print_timer_flags,
        [ARG_RLIMIT] = print_rlimit,
        [ARG_EPOLL_CTL_OP] = print_epoll_ctl_op,
        [ARG_EPOLL_FLAGS] = print_epoll_flags,
        [ARG_EFD_FLAGS] = print_efd_flags,
        [ARG_MFD_FLAGS] = print_mfd_flags,
        [ARG_TFD_FLAGS] = print_tfd_flags,
        [ARG_INOTIFY_FLAGS] = print_inotify_flags,
        [ARG_INOTIFY_MASK] = print_inotify_mask,
        [ARG_SFD_FLAGS] = print_sfd_flags,
        [ARG_FLOCK_OP] = print_flock_op,
        [ARG_GRND_FLAGS] = print_grnd_flags,
        [ARG_PRIO_WHICH] = print_prio_which,
        [ARG_RENAME_FLAGS] = print_rename_flags,
        [ARG_MOUNT_FLAGS] = print_mount_flags,
        [ARG_UMOUNT_FLAGS] = print_umount_flags,
        [ARG_PERSONALITY] = print_personality,
        [ARG_PTRACE_REQ] = print_ptrace_req,
        [ARG_SCHED_POLICY] = print_sched_policy,
        [ARG_MCL_FLAGS] = print_mcl_flags,
        [ARG_MSYNC_FLAGS] = print_msync_flags,
        [ARG_MREMAP_FLAGS] = print_mremap_flags,
        [ARG_SPLICE_FLAGS] = print_splice_flags,
        [ARG_STATX_FLAGS] = print_statx_flags,
        [ARG_STATX_MASK] = print_statx_mask,
        [ARG_MLOCK2_FLAGS] = print_mlock2_flags,
        [ARG_PIPE_FLAGS] = print_open_flags_noacc,
        [ARG_FAN_INIT_FLAGS] = print_fan_init_flags,
        [ARG_FAN_MARK_FLAGS] = print_fan_mark_flags,
        [ARG_FAN_MASK] = print_fan_mask,
        [ARG_PIDFD_FLAGS] = print_pidfd_flags,
        [ARG_UMASK] = print_umask,
        [ARG_RUSAGE_WHO] = print_rusage_who,
        [ARG_FADVICE] = print_fadvice,
        [ARG_FALLOC_FLAGS] = print_falloc_flags,
        [ARG_ITIMER_WHICH] = print_itimer_which,
        [ARG_BPF_CMD] = print_bpf_cmd,
        [ARG_SECCOMP_OP] = print_seccomp_op,
        [ARG_MEMBARRIER_CMD] = print_membarrier_cmd,
        [ARG_XATTR_FLAGS] = print_xattr_flags,
        [ARG_SYNC_FILE_RANGE_FLAGS] = print_sync_file_range_flags,
        [ARG_IORING_ENTER_FLAGS] = print_ioring_enter_flags,
        [ARG_IOPRIO_WHO] = print_ioprio_who,
        [ARG_IOPRIO] = print_ioprio,
        [ARG_IPC_KEY] = print_ipc_key,
        [ARG_IPC_FLAGS] = print_ipc_flags,
        [ARG_SHMCTL_CMD] = print_shmctl_cmd,
        [ARG_SEMCTL_CMD] = print_semctl_cmd,
        [ARG_MSGCTL_CMD] = print_msgctl_cmd,
        [ARG_MKNOD_MODE] = print_mknod_mode,
        [ARG_KEY_SERIAL] = print_key_serial,
        [ARG_KEY_PERM] = print_key_perm,
        [ARG_KEYCTL_CMD] = print_keyctl_cmd,
        [ARG_SHMAT_FLAGS] = print_shmat_flags,
        [ARG_MPOL_MODE] = print_mpol_mode,
        [ARG_MPOL_MF_FLAGS] = print_mpol_mf_flags,
        [ARG_MPOL_GET_FLAGS] = print_mpol_get_flags,
        [ARG_KCMP_TYPE] = print_kcmp_type,
        [ARG_PKEY_RIGHTS] = print_pkey_rights,
        [ARG_REBOOT_MAGIC] = print_reboot_magic,
        [ARG_REBOOT_CMD] = print_reboot_cmd,
        [ARG_UID] = print_uid,
        [ARG_CLOSE_RANGE_FLAGS] = print_close_range_flags,
};

int print_const_arg(StrBuf *out, unsigned kind, uint64_t v) {
        if (kind >= ELEMENTSOF(const_printers) || !const_printers[kind])
                return -EINVAL;
        return const_printers[kind](out, v);
}
