/* SPDX-License-Identifier: LGPL-2.1-or-later */

/*
 * strace's syscall classes and its -e trace= syntax.
 *
 * The class lists are data: the members strace 6.1 selects on x86_64 for each
 * "-e trace=%CLASS", found by running every syscall number under strace (a
 * seccomp filter makes each one fail with ENOSYS before it runs) and reading
 * which ones it printed; tests/unit/test-syscall-set-strace.sh repeats that
 * comparison whenever strace is installed. The lists are by name, so they
 * serve every architecture: a name the native table lacks is skipped.
 */

#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "syscall-set.h"
#include "syscall-table.h"
#include "macro.h"

static const char *const class_file[] = {
        "access", "acct", "chdir", "chmod", "chown", "chroot", "creat", "execve", "execveat",
        "faccessat", "faccessat2", "fanotify_mark", "fchmodat", "fchownat", "fsconfig",
        "fspick", "futimesat", "getcwd", "getxattr", "inotify_add_watch", "lchown", "lgetxattr",
        "link", "linkat", "listxattr", "llistxattr", "lremovexattr", "lsetxattr", "lstat",
        "mkdir", "mkdirat", "mknod", "mknodat", "mount", "mount_setattr", "move_mount",
        "name_to_handle_at", "newfstatat", "open", "open_tree", "openat", "openat2",
        "pivot_root", "quotactl", "readlink", "readlinkat", "removexattr", "rename", "renameat",
        "renameat2", "rmdir", "setxattr", "stat", "statfs", "statx", "swapoff", "swapon",
        "symlink", "symlinkat", "truncate", "umount2", "unlink", "unlinkat", "uselib", "utime",
        "utimensat", "utimes",
        /* newer than strace 6.1, classed as later strace releases do */
        "fchmodat2",
        NULL,
};

static const char *const class_desc[] = {
        "bpf", "close", "copy_file_range", "creat", "dup", "dup2", "dup3", "epoll_create",
        "epoll_create1", "epoll_ctl", "epoll_pwait", "epoll_pwait2", "epoll_wait", "eventfd",
        "eventfd2", "execveat", "faccessat", "faccessat2", "fadvise64", "fallocate",
        "fanotify_init", "fanotify_mark", "fchdir", "fchmod", "fchmodat", "fchown", "fchownat",
        "fcntl", "fdatasync", "fgetxattr", "finit_module", "flistxattr", "flock",
        "fremovexattr", "fsconfig", "fsetxattr", "fsmount", "fsopen", "fspick", "fstat",
        "fstatfs", "fsync", "ftruncate", "futimesat", "getdents", "getdents64",
        "inotify_add_watch", "inotify_init", "inotify_init1", "inotify_rm_watch",
        "io_uring_enter", "io_uring_register", "io_uring_setup", "ioctl", "kexec_file_load",
        "landlock_add_rule", "landlock_create_ruleset", "landlock_restrict_self", "linkat",
        "lseek", "memfd_create", "memfd_secret", "mkdirat", "mknodat", "mmap", "mount_setattr",
        "move_mount", "mq_getsetattr", "mq_notify", "mq_open", "mq_timedreceive",
        "mq_timedsend", "name_to_handle_at", "newfstatat", "open", "open_by_handle_at",
        "open_tree", "openat", "openat2", "perf_event_open", "pidfd_getfd", "pidfd_open",
        "pidfd_send_signal", "pipe", "pipe2", "poll", "ppoll", "pread64", "preadv", "preadv2",
        "process_madvise", "process_mrelease", "pselect6", "pwrite64", "pwritev", "pwritev2",
        "quotactl_fd", "read", "readahead", "readlinkat", "readv", "renameat", "renameat2",
        "select", "sendfile", "setns", "signalfd", "signalfd4", "splice", "statx", "symlinkat",
        "sync_file_range", "syncfs", "tee", "timerfd_create", "timerfd_gettime",
        "timerfd_settime", "unlinkat", "userfaultfd", "utimensat", "vmsplice", "write",
        "writev",
        /* newer than strace 6.1, classed as later strace releases do */
        "cachestat", "fchmodat2",
        NULL,
};

static const char *const class_network[] = {
        "accept", "accept4", "bind", "connect", "getpeername", "getpmsg", "getsockname",
        "getsockopt", "listen", "putpmsg", "recvfrom", "recvmmsg", "recvmsg", "sendfile",
        "sendmmsg", "sendmsg", "sendto", "setsockopt", "shutdown", "socket", "socketpair",
        NULL,
};

static const char *const class_process[] = {
        "clone", "clone3", "execve", "execveat", "exit", "exit_group", "fork", "kill",
        "pidfd_send_signal", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "tgkill", "tkill", "vfork",
        "wait4", "waitid",
        NULL,
};

static const char *const class_signal[] = {
        "io_uring_enter", "kill", "pause", "pidfd_send_signal", "rt_sigaction", "rt_sigpending",
        "rt_sigprocmask", "rt_sigqueueinfo", "rt_sigreturn", "rt_sigsuspend", "rt_sigtimedwait",
        "rt_tgsigqueueinfo", "sigaltstack", "signalfd", "signalfd4", "tgkill", "tkill",
        NULL,
};

static const char *const class_ipc[] = {
        "msgctl", "msgget", "msgrcv", "msgsnd", "semctl", "semget", "semop", "semtimedop",
        "shmat", "shmctl", "shmdt", "shmget",
        NULL,
};

static const char *const class_memory[] = {
        "brk", "get_mempolicy", "io_destroy", "io_setup", "io_uring_register", "madvise",
        "mbind", "migrate_pages", "mincore", "mlock", "mlock2", "mlockall", "mmap",
        "move_pages", "mprotect", "mremap", "msync", "munlock", "munlockall", "munmap",
        "pkey_mprotect", "remap_file_pages", "set_mempolicy", "set_mempolicy_home_node",
        "shmat", "shmdt",
        /* newer than strace 6.1, classed as later strace releases do */
        "map_shadow_stack", "mseal",
        NULL,
};

static const char *const class_creds[] = {
        "capget", "capset", "getegid", "geteuid", "getgid", "getgroups", "getresgid",
        "getresuid", "getuid", "prctl", "setfsgid", "setfsuid", "setgid", "setgroups",
        "setregid", "setresgid", "setresuid", "setreuid", "setuid",
        NULL,
};

static const char *const class_clock[] = {
        "adjtimex", "clock_adjtime", "clock_getres", "clock_gettime", "clock_settime",
        "gettimeofday", "settimeofday", "time",
        NULL,
};

static const char *const class_stat[] = {
        "stat",
        NULL,
};

static const char *const class_lstat[] = {
        "lstat",
        NULL,
};

static const char *const class_fstat[] = {
        "fstat", "newfstatat", "statx",
        NULL,
};

static const char *const class_stat_like[] = {
        "fstat", "lstat", "newfstatat", "stat", "statx",
        NULL,
};

static const char *const class_statfs[] = {
        "statfs",
        NULL,
};

static const char *const class_fstatfs[] = {
        "fstatfs",
        NULL,
};

static const char *const class_statfs_like[] = {
        "fstatfs", "statfs", "ustat",
        NULL,
};

static const char *const class_pure[] = {
        "getegid", "geteuid", "getgid", "getpgrp", "getpid", "getppid", "gettid", "getuid",
        NULL,
};

static const struct {
        const char *name;
        const char *const *members;
} class_table[_SYSCALL_CLASS_MAX] = {
        [SYSCALL_CLASS_FILE]        = { "file",     class_file },
        [SYSCALL_CLASS_DESC]        = { "desc",     class_desc },
        [SYSCALL_CLASS_NETWORK]     = { "network",  class_network },
        [SYSCALL_CLASS_PROCESS]     = { "process",  class_process },
        [SYSCALL_CLASS_SIGNAL]      = { "signal",   class_signal },
        [SYSCALL_CLASS_IPC]         = { "ipc",      class_ipc },
        [SYSCALL_CLASS_MEMORY]      = { "memory",   class_memory },
        [SYSCALL_CLASS_CREDS]       = { "creds",    class_creds },
        [SYSCALL_CLASS_CLOCK]       = { "clock",    class_clock },
        [SYSCALL_CLASS_STAT]        = { "stat",     class_stat },
        [SYSCALL_CLASS_LSTAT]       = { "lstat",    class_lstat },
        [SYSCALL_CLASS_FSTAT]       = { "fstat",    class_fstat },
        [SYSCALL_CLASS_STAT_LIKE]   = { "%stat",    class_stat_like },
        [SYSCALL_CLASS_STATFS]      = { "statfs",   class_statfs },
        [SYSCALL_CLASS_FSTATFS]     = { "fstatfs",  class_fstatfs },
        [SYSCALL_CLASS_STATFS_LIKE] = { "%statfs",  class_statfs_like },
        [SYSCALL_CLASS_PURE]        = { "pure",     class_pure },
};

const char *syscall_class_to_string(SyscallClass c) {
        if (c < 0 || c >= _SYSCALL_CLASS_MAX)
                return NULL;
        return class_table[c].name;
}

static SyscallClass class_lookup(const char *name) {
        if (strcmp(name, "net") == 0)
                return SYSCALL_CLASS_NETWORK;
        for (int c = 0; c < _SYSCALL_CLASS_MAX; c++)
                if (strcmp(name, class_table[c].name) == 0)
                        return (SyscallClass) c;
        return _SYSCALL_CLASS_INVALID;
}

SyscallClass syscall_class_from_string(const char *s) {
        /* strace's deprecated spellings without '%': only the classes it ever had so. */
        static const char *const bare[] = { "file", "process", "network", "signal", "ipc", "desc", "memory" };

        if (!s)
                return _SYSCALL_CLASS_INVALID;
        if (s[0] == '%')
                return class_lookup(s + 1);
        for (size_t i = 0; i < ELEMENTSOF(bare); i++)
                if (strcmp(s, bare[i]) == 0)
                        return class_lookup(s);
        return _SYSCALL_CLASS_INVALID;
}

static bool class_has(SyscallClass c, const char *name) {
        for (const char *const *m = class_table[c].members; *m; m++)
                if (strcmp(*m, name) == 0)
                        return true;
        return false;
}

uint32_t syscall_classes(int32_t nr) {
        const char *name = syscall_name(nr);
        uint32_t mask = 0;

        if (!name)
                return 0;
        for (int c = 0; c < _SYSCALL_CLASS_MAX; c++)
                if (class_has((SyscallClass) c, name))
                        mask |= UINT32_C(1) << c;
        return mask;
}

void syscall_set_clear(SyscallSet *s) {
        memset(s->bits, 0, sizeof(s->bits));
}

void syscall_set_fill(SyscallSet *s) {
        memset(s->bits, 0xff, sizeof(s->bits));
        if (TL_SYSCALLS_MAX % 64 != 0)
                s->bits[SYSCALL_SET_WORDS - 1] = (UINT64_C(1) << (TL_SYSCALLS_MAX % 64)) - 1;
}

void syscall_set_invert(SyscallSet *s) {
        SyscallSet all;

        syscall_set_fill(&all);
        for (size_t i = 0; i < SYSCALL_SET_WORDS; i++)
                s->bits[i] = ~s->bits[i] & all.bits[i];
}

int syscall_set_add(SyscallSet *s, int32_t nr) {
        if (nr < 0 || nr >= TL_SYSCALLS_MAX)
                return -ERANGE;
        s->bits[nr / 64] |= UINT64_C(1) << (nr % 64);
        return 0;
}

void syscall_set_remove(SyscallSet *s, int32_t nr) {
        if (nr < 0 || nr >= TL_SYSCALLS_MAX)
                return;
        s->bits[nr / 64] &= ~(UINT64_C(1) << (nr % 64));
}

bool syscall_set_contains(const SyscallSet *s, int32_t nr) {
        if (!s || nr < 0 || nr >= TL_SYSCALLS_MAX)
                return false;
        return s->bits[nr / 64] & (UINT64_C(1) << (nr % 64));
}

bool syscall_set_is_empty(const SyscallSet *s) {
        for (size_t i = 0; i < SYSCALL_SET_WORDS; i++)
                if (s->bits[i] != 0)
                        return false;
        return true;
}

bool syscall_set_is_full(const SyscallSet *s) {
        return syscall_set_count(s) == TL_SYSCALLS_MAX;
}

size_t syscall_set_count(const SyscallSet *s) {
        size_t n = 0;

        for (size_t i = 0; i < SYSCALL_SET_WORDS; i++)
                n += (size_t) __builtin_popcountll(s->bits[i]);
        return n;
}

void syscall_set_add_class(SyscallSet *s, SyscallClass c) {
        if (c < 0 || c >= _SYSCALL_CLASS_MAX)
                return;
        for (const char *const *m = class_table[c].members; *m; m++) {
                int nr = syscall_from_name(*m);

                if (nr >= 0)
                        (void) syscall_set_add(s, nr);
        }
}

/* glibc's regcomp() expands '+' and {m,n} by copying what they repeat, so
 * stacked or nested ones grow the automaton exponentially: twenty '+' took 24
 * GiB and a minute and a half (found by fuzz-decode). Syscall names are short;
 * a pattern needs neither counted repetition nor many '+'. */
#define REGEX_LEN_MAX 256
#define REGEX_PLUS_MAX 6

static bool regex_is_tame(const char *re) {
        unsigned plus = 0;

        if (strlen(re) > REGEX_LEN_MAX || strchr(re, '{'))
                return false;
        for (const char *p = re; *p; p++)
                if (*p == '+' && ++plus > REGEX_PLUS_MAX)
                        return false;
        return true;
}

/* Adds what one token (without '!' or '?') selects to *s; returns how many numbers it matched. */
static int token_select(const char *tok, SyscallSet *s) {
        SyscallSet before = *s;
        SyscallClass c;
        int nr;

        if (strcmp(tok, "all") == 0) {
                syscall_set_fill(s);
                return (int) syscall_table_size();
        }
        if (strcmp(tok, "none") == 0)
                return 1; /* matches nothing, by design */
        if (tok[0] == '/') {
                regex_t re;
                int n = 0;

                if (!regex_is_tame(tok + 1) || regcomp(&re, tok + 1, REG_EXTENDED | REG_NOSUB) != 0)
                        return -EINVAL;
                for (size_t i = 0; i < syscall_table_size(); i++) {
                        const char *name = syscall_name((int32_t) i);

                        if (name && regexec(&re, name, 0, NULL, 0) == 0) {
                                (void) syscall_set_add(s, (int32_t) i);
                                n++;
                        }
                }
                regfree(&re);
                return n;
        }
        c = syscall_class_from_string(tok);
        if (c >= 0) {
                syscall_set_add_class(s, c);
                /* a class with no member on this architecture is not an error */
                return 1 + (int) (syscall_set_count(s) - syscall_set_count(&before));
        }
        if (tok[0] == '%')
                return -ENOENT;
        nr = syscall_from_name(tok);
        if (nr < 0)
                return 0;
        (void) syscall_set_add(s, nr);
        return 1;
}

int syscall_set_parse(const char *spec, SyscallSet *ret, char **ret_bad) {
        _cleanup_free_ char *copy = NULL;
        SyscallSet set;
        bool negate = false, first = true;
        char *p, *tok;
        int r;

        if (!spec || !ret)
                return -EINVAL;

        syscall_set_clear(&set);
        if (spec[0] == '!') {
                negate = true;
                spec++;
        }
        copy = strdup(spec);
        if (!copy)
                return -ENOMEM;

        for (p = copy;; first = false) {
                bool remove = false, optional = false;
                SyscallSet sel;
                char *orig;

                tok = strsep(&p, ",");
                if (!tok)
                        break;
                orig = tok;
                if (!first && tok[0] == '!') {
                        remove = true;
                        tok++;
                }
                if (tok[0] == '?') {
                        optional = true;
                        tok++;
                }
                if (tok[0] == '\0') {
                        r = -EINVAL;
                        tok = orig;
                        goto fail;
                }

                syscall_set_clear(&sel);
                {
                        /* strace's personality suffix: the native one is 64-bit; records of
                         * 32-bit calls carry numbers of another table, no set holds them */
                        char *at = tok[0] != '/' ? strrchr(tok, '@') : NULL;

                        if (at && strcmp(at, "@64") == 0) {
                                *at = '\0';
                                r = token_select(tok, &sel);
                                *at = '@';
                        } else if (at && (strcmp(at, "@32") == 0 || strcmp(at, "@x32") == 0))
                                r = 0;
                        else
                                r = token_select(tok, &sel);
                }
                if (r == 0 && !optional)
                        r = -ENOENT;
                if (r == -ENOENT && optional)
                        r = 0;
                if (r < 0) {
                        tok = orig;
                        goto fail;
                }
                for (size_t i = 0; i < SYSCALL_SET_WORDS; i++)
                        set.bits[i] = remove ? set.bits[i] & ~sel.bits[i] : set.bits[i] | sel.bits[i];
        }

        if (negate)
                syscall_set_invert(&set);
        *ret = set;
        return 0;

fail:
        if (ret_bad) {
                *ret_bad = strdup(tok);
                if (!*ret_bad)
                        return -ENOMEM;
        }
        return r;
}
