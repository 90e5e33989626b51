/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Types of the generated syscall table (syscalls-<arch>.h, made by tools/gen-syscall-table.py). */

#include <stddef.h>
#include <stdint.h>

#include "recorder-abi.h"

typedef enum ArgKind {
        ARG_INT,          /* signed 32-bit */
        ARG_LONG,         /* signed 64-bit */
        ARG_UINT,         /* unsigned 32-bit */
        ARG_ULONG,        /* unsigned 64-bit */
        ARG_SIZE,         /* size_t, decimal */
        ARG_HEX,          /* 0 or 0x... */
        ARG_PTR,          /* NULL or 0x..., contents not decoded */
        ARG_PTR_OUT,      /* as ARG_PTR, but filled by the kernel: an exit-time argument */
        ARG_FD,           /* file descriptor, signed int */
        ARG_DIRFD,        /* as ARG_FD, AT_FDCWD by name */
        ARG_PATH,         /* path string captured at enter, printed whole */
        ARG_STR,          /* string captured at enter, cut at string_max */
        ARG_BUF_IN,       /* bytes captured at enter, length in another argument */
        ARG_BUF_OUT,      /* bytes captured at exit, length = return value */
        ARG_BUF_OUT_HEX,  /* as ARG_BUF_OUT, every byte as \xNN (getrandom, as strace) */
        ARG_PATH_OUT,     /* path the kernel wrote, captured at exit, return value counts its NUL (getcwd) */
        ARG_OPEN_FLAGS,   /* O_* */
        ARG_MODE,         /* octal; for open/openat only if O_CREAT or O_TMPFILE */
        ARG_MMAP_PROT,    /* PROT_* */
        ARG_MMAP_FLAGS,   /* MAP_* */
        ARG_AT_FLAGS,     /* AT_* */
        ARG_ACCESS_MODE,  /* F_OK, R_OK|W_OK|X_OK */
        ARG_SIGNAL,       /* SIGxxx */
        ARG_SEEK_WHENCE,  /* SEEK_* */

        /* Structures (format-struct.c) */
        ARG_STAT,           /* struct stat *, at exit */
        ARG_STATX,          /* struct statx *, at exit */
        ARG_ARGV,           /* execve argv: ["a", "b"] */
        ARG_ENVP,           /* execve envp: 0x... followed by a count of variables */
        ARG_SOCKADDR,       /* struct sockaddr *, at enter, length in argument size_arg */
        ARG_SOCKADDR_OUT,   /* struct sockaddr *, at exit, length behind the pointer in argument size_arg */
        ARG_SOCKLEN_INOUT,  /* socklen_t *: [in] or [in => out] */
        ARG_FD_PAIR,        /* int[2] the kernel filled: [3, 4] */
        ARG_WAIT_STATUS,    /* int *status of wait4 */
        ARG_TIMESPEC,       /* struct __kernel_timespec *, at enter */
        ARG_TIMESPEC_OUT,   /* struct __kernel_timespec *, at exit */
        ARG_RLIM,           /* struct rlimit64 *, at enter */
        ARG_RLIM_OUT,       /* struct rlimit64 *, at exit */
        ARG_UTSNAME,        /* struct new_utsname *, at exit */
        ARG_SYSINFO,        /* struct sysinfo *, at exit */
        ARG_SIGSET,         /* sigset_t *, at enter */
        ARG_SIGSET_OUT,     /* sigset_t *, at exit */
        ARG_SIGACTION,      /* struct sigaction *, at enter */
        ARG_SIGACTION_OUT,  /* struct sigaction *, at exit */
        ARG_EPOLL_EVENT,    /* struct epoll_event *, at enter */
        ARG_EPOLL_EVENTS_OUT, /* struct epoll_event[], as many as the return value */
        ARG_IOVEC,          /* struct iovec[] and its bytes, at enter; count in argument size_arg */
        ARG_IOVEC_OUT,      /* the same at exit, bytes up to the return value */
        ARG_POLLFD,         /* struct pollfd[args[size_arg]]: events here, revents after the return value */
        ARG_PPOLL_TIMESPEC, /* ppoll's timeout: here at enter, "left" after the return value */
        ARG_FDSET,          /* fd_set * of args[size_arg] fds: "[3 4]" here at enter, "in [3]" after the return value */
        ARG_SELECT_TIMEVAL, /* select's timeout: here at enter, "left" after the return value */
        ARG_PSELECT_TIMESPEC, /* pselect6's timeout: the same, a struct __kernel_timespec */
        ARG_MSGHDR,         /* struct user_msghdr, its name and iovec, at enter (sendmsg) */
        ARG_MSGHDR_OUT,     /* the same at exit (recvmsg) */
        ARG_TIMEVAL,        /* struct __kernel_old_timeval *, at enter */
        ARG_TIMEVAL_OUT,    /* struct __kernel_old_timeval *, at exit */
        ARG_UTIMES,         /* struct __kernel_old_timeval[2] with dates, at enter (utimes) */
        ARG_ITIMERVAL,      /* struct __kernel_old_itimerval *, at enter */
        ARG_ITIMERVAL_OUT,  /* struct __kernel_old_itimerval *, at exit */
        ARG_ITIMERSPEC,     /* struct __kernel_itimerspec *, at enter */
        ARG_ITIMERSPEC_OUT, /* struct __kernel_itimerspec *, at exit */
        ARG_TIMER_ID_OUT,   /* timer_t * the kernel filled: [0] */
        ARG_TIME_OUT,       /* __kernel_old_time_t * the kernel filled, with its date */
        ARG_RUSAGE_OUT,     /* struct rusage *, at exit */
        ARG_TIMESPEC_REM,   /* nanosleep's remaining time: written only when interrupted */
        ARG_TIMEZONE,       /* struct timezone *, at enter */
        ARG_TIMEZONE_OUT,   /* struct timezone *, at exit */
        ARG_TMS_OUT,        /* struct tms *, at exit */
        ARG_UTIMENS,        /* struct __kernel_timespec[2] with dates, UTIME_NOW, UTIME_OMIT, at enter */
        ARG_UTIMBUF,        /* struct utimbuf * with dates, at enter (utime) */
        /* Scalars behind pointers (structs3) */
        ARG_INT_OUT,        /* int * the kernel wrote: [5] */
        ARG_UID_OUT,        /* uid_t *, gid_t * the kernel wrote: [0], [-1] */
        ARG_LOFF,           /* loff_t * read at enter: [0] (splice, copy_file_range) */
        ARG_LOFF_INOUT,     /* loff_t * read and updated: [0] => [5] (sendfile) */
        ARG_ADDR_OUT,       /* a pointer the kernel wrote: [0x7f...] or [NULL] (get_robust_list) */
        ARG_ULONG_OUT,      /* size_t * the kernel wrote: [24] */
        ARG_SOCKOPT,        /* setsockopt's value, length in argument size_arg: [1] */
        ARG_SOCKOPT_OUT,    /* getsockopt's value, at exit, length behind argument size_arg */
        ARG_DIRENTS_OUT,    /* getdents' records, at exit: 0x... followed by a count of entries */
        ARG_CPUSET,         /* CPU mask, at enter, length in argument size_arg: [0 1] */
        ARG_CPUSET_OUT,     /* CPU mask, at exit, as many bytes as the return value */
        ARG_COMM_OUT,       /* a task name the kernel wrote, 16 bytes at exit (prctl PR_GET_NAME) */
        ARG_STACK,          /* stack_t *, at enter (sigaltstack) */
        ARG_STACK_OUT,      /* stack_t *, at exit */
        ARG_MINCORE_VEC,    /* mincore's vector, at exit: [1, 0] (one byte per page of argument 1) */
        ARG_TIMEX_OUT,      /* struct __kernel_timex *, at exit (adjtimex, clock_adjtime) */
        ARG_QUOTA_XFLAGS,   /* quotactl Q_XQUOTAON, Q_XQUOTAOFF: a u32 read at enter, [FS_QUOTA_UDQ_ACCT|...] */
        ARG_QUOTA_XTYPES,   /* quotactl Q_XQUOTARM: a u32 read at enter, [FS_USER_QUOTA|...] */
        ARG_SIGINFO,        /* siginfo_t *, at enter (rt_sigqueueinfo) */
        ARG_SIGINFO_OUT,    /* siginfo_t *, at exit (waitid) */
        ARG_SIGRETURN_MASK, /* rt_sigreturn's pseudo-argument: the address of the mask in the signal
                             * frame, captured from the stack (TL_CAP_STACK_ENTER): {mask=[USR1]} */

        /* Constants and flag sets (xlat.c, xlat-consts.c); keep ARG_MADVISE first and
         * ARG_CLOSE_RANGE_FLAGS last: print_arg() dispatches on the range. */
        ARG_MADVISE,        /* MADV_* */
        ARG_CLONE_FLAGS,    /* CLONE_*, exit signal in the low byte */
        ARG_UNSHARE_FLAGS,  /* CLONE_* that unshare() takes */
        ARG_SETNS_TYPE,     /* CLONE_NEW* */
        ARG_FCNTL_CMD,      /* F_* */
        ARG_SOCK_FAMILY,    /* AF_* */
        ARG_SOCK_TYPE,      /* SOCK_STREAM|SOCK_CLOEXEC... */
        ARG_SOCK_FLAGS,     /* SOCK_CLOEXEC|SOCK_NONBLOCK (accept4) */
        ARG_SOCK_LEVEL,     /* SOL_* */
        ARG_MSG_FLAGS,      /* MSG_* */
        ARG_SHUT_HOW,       /* SHUT_* */
        ARG_SIGPROCMASK_HOW, /* SIG_BLOCK... */
        ARG_IOCTL_CMD,      /* TCGETS..., or _IOC(...) */
        ARG_WAIT_OPTIONS,   /* WNOHANG|... */
        ARG_IDTYPE,         /* P_* */
        ARG_PRCTL_OPTION,   /* PR_* */
        ARG_ARCH_PRCTL_CODE, /* ARCH_* */
        ARG_FUTEX_OP,       /* FUTEX_*[_PRIVATE][|FUTEX_CLOCK_REALTIME] */
        ARG_CLOCK_ID,       /* CLOCK_* */
        ARG_TIMER_FLAGS,    /* TIMER_ABSTIME */
        ARG_RLIMIT,         /* RLIMIT_* */
        ARG_EPOLL_CTL_OP,   /* EPOLL_CTL_* */
        ARG_EPOLL_FLAGS,    /* EPOLL_CLOEXEC */
        ARG_EFD_FLAGS,      /* EFD_* */
        ARG_MFD_FLAGS,      /* MFD_* */
        ARG_TFD_FLAGS,      /* TFD_* */
        ARG_INOTIFY_FLAGS,  /* IN_NONBLOCK|IN_CLOEXEC */
        ARG_INOTIFY_MASK,   /* IN_* events */
        ARG_SFD_FLAGS,      /* SFD_* */
        ARG_FLOCK_OP,       /* LOCK_* */
        ARG_GRND_FLAGS,     /* GRND_* */
        ARG_PRIO_WHICH,     /* PRIO_* */
        ARG_RENAME_FLAGS,   /* RENAME_* */
        ARG_MOUNT_FLAGS,    /* MS_* */
        ARG_UMOUNT_FLAGS,   /* MNT_*, UMOUNT_NOFOLLOW */
        ARG_PERSONALITY,    /* PER_*|flags */
        ARG_PTRACE_REQ,     /* PTRACE_* */
        ARG_SCHED_POLICY,   /* SCHED_* */
        ARG_MCL_FLAGS,      /* MCL_* */
        ARG_MSYNC_FLAGS,    /* MS_SYNC... */
        ARG_MREMAP_FLAGS,   /* MREMAP_* */
        ARG_SPLICE_FLAGS,   /* SPLICE_F_* */
        ARG_STATX_FLAGS,    /* AT_STATX_*|AT_* */
        ARG_STATX_MASK,     /* STATX_* */
        ARG_MLOCK2_FLAGS,   /* MLOCK_ONFAULT */
        ARG_PIPE_FLAGS,     /* O_* without the access mode (pipe2, dup3) */
        ARG_FAN_INIT_FLAGS, /* FAN_CLASS_*|FAN_* */
        ARG_FAN_MARK_FLAGS, /* FAN_MARK_* */
        ARG_FAN_MASK,       /* FAN_* events */
        ARG_PIDFD_FLAGS,    /* PIDFD_NONBLOCK */
        ARG_UMASK,          /* octal, as umode_t */
        ARG_RUSAGE_WHO,     /* RUSAGE_* */
        ARG_FADVICE,        /* POSIX_FADV_* */
        ARG_FALLOC_FLAGS,   /* FALLOC_FL_* */
        ARG_ITIMER_WHICH,   /* ITIMER_* */
        ARG_BPF_CMD,        /* BPF_* commands */
        ARG_SECCOMP_OP,     /* SECCOMP_SET_MODE_*, SECCOMP_GET_* */
        ARG_MEMBARRIER_CMD, /* MEMBARRIER_CMD_* */
        ARG_XATTR_FLAGS,    /* XATTR_CREATE, XATTR_REPLACE */
        ARG_SYNC_FILE_RANGE_FLAGS, /* SYNC_FILE_RANGE_* */
        ARG_IORING_ENTER_FLAGS, /* IORING_ENTER_* */
        ARG_IOPRIO_WHO,     /* IOPRIO_WHO_* */
        ARG_IOPRIO,         /* IOPRIO_PRIO_VALUE(class, data) */
        ARG_IPC_KEY,        /* IPC_PRIVATE or the key */
        ARG_IPC_FLAGS,      /* IPC_CREAT|IPC_EXCL|mode */
        ARG_SHMCTL_CMD,     /* IPC_*, SHM_* */
        ARG_SEMCTL_CMD,     /* IPC_*, GETVAL... */
        ARG_MSGCTL_CMD,     /* IPC_*, MSG_* */
        ARG_MKNOD_MODE,     /* S_IFCHR|0620 */
        ARG_KEY_SERIAL,     /* KEY_SPEC_* or a key's serial number */
        ARG_KEY_PERM,       /* KEY_POS_VIEW|... */
        ARG_KEYCTL_CMD,     /* KEYCTL_* */
        ARG_SHMAT_FLAGS,    /* SHM_RDONLY|SHM_RND... */
        ARG_MPOL_MODE,      /* MPOL_*|MPOL_F_* */
        ARG_MPOL_MF_FLAGS,  /* MPOL_MF_* (mbind) */
        ARG_MPOL_GET_FLAGS, /* MPOL_F_NODE... (get_mempolicy) */
        ARG_KCMP_TYPE,      /* KCMP_* */
        ARG_PKEY_RIGHTS,    /* PKEY_DISABLE_* */
        ARG_REBOOT_MAGIC,   /* LINUX_REBOOT_MAGIC* */
        ARG_REBOOT_CMD,     /* LINUX_REBOOT_CMD_* */
        ARG_UID,            /* uid_t, gid_t: (uid_t) -1 is -1 */
        ARG_CLOSE_RANGE_FLAGS, /* CLOSE_RANGE_* */

        _ARG_KIND_MAX,
} ArgKind;

typedef enum RetKind {
        RET_INT,          /* signed long; -4095..-1 is an error */
        RET_ADDR,         /* an address, hex; errors still in -4095..-1 */
        RET_NONE,         /* does not return (exit, exit_group) */
} RetKind;

typedef struct SyscallArg {
        const char *name;
        const char *type;       /* C type as the kernel declares it */
        uint8_t kind;           /* ArgKind */
        uint8_t size_arg;       /* ARG_BUF_IN, ARG_SOCKADDR*: which argument holds the length */
} SyscallArg;

typedef struct SyscallInfo {
        const char *name;       /* NULL: no syscall with this number */
        int8_t nargs;           /* -1: signature unknown, print all six in hex */
        uint8_t ret;            /* RetKind */
        SyscallArg args[TL_NARGS];
        struct tl_syscall_rule rule;
} SyscallInfo;

/* One architecture's table. Every table is compiled on every host (they are
 * data), so that tests can check each of them; the recorder and the decoder
 * use the native one: records are decoded on the machine that made them. */
typedef struct SyscallTable {
        const char *arch;               /* "x86_64", "aarch64": uname -m */
        const SyscallInfo *entries;
        size_t size;                    /* entries, including unnamed holes */
} SyscallTable;

/* A syscall of a compat ABI (i386 on x86_64): recorded without captures, so
 * only its name and argument count are known (syscalls-i386.h). */
typedef struct CompatSyscall {
        const char *name;       /* NULL: no syscall with this number */
        int8_t nargs;           /* -1: unknown, print all six */
} CompatSyscall;

/* The compat ABI of this machine's records (TL_RECORD_COMPAT): NULL if nr is
 * not one of its syscalls or there is no table for it (aarch64's AArch32). */
const CompatSyscall *syscall_compat_info(int32_t nr);
/* NULL if nr is not a syscall of the compat table of arch ("x86_64": i386). */
const CompatSyscall *syscall_compat_lookup(const char *arch, int32_t nr);

const SyscallTable *syscall_table_native(void);
/* NULL if there is no table for this architecture. */
const SyscallTable *syscall_table_for_arch(const char *arch);
/* NULL if nr is not a syscall of table t. */
const SyscallInfo *syscall_table_lookup(const SyscallTable *t, int32_t nr);
/* -ENOENT if no syscall of t has this name. */
int syscall_table_find(const SyscallTable *t, const char *name);

/* The native table: NULL if nr is not a syscall of this architecture. */
const SyscallInfo *syscall_info(int32_t nr);
size_t syscall_table_size(void);
