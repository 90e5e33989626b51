/* SPDX-License-Identifier: LGPL-2.1-or-later */

/*
 * The -e trace= parser and strace's classes. With "--print SPEC" it prints
 * the names SPEC selects, one a line, for test-syscall-set-strace.sh.
 */

#include "syscall-set.h"
#include "syscall-table.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

/* Names other architectures lack (open, stat on aarch64) are in no set of this one. */
static bool native(const char *name) {
        return syscall_from_name(name) >= 0;
}

static bool in(const SyscallSet *s, const char *name) {
        return native(name) && syscall_set_contains(s, syscall_from_name(name));
}

static SyscallSet parse_ok(const char *spec) {
        SyscallSet s;
        char *bad = NULL;
        int r;

        r = syscall_set_parse(spec, &s, &bad);
        if (r < 0) {
                fprintf(stderr, "%s: parsing \"%s\" failed: %d at \"%s\"\n", unit_current, spec, r, bad ?: "");
                unit_failures++;
                syscall_set_clear(&s);
        }
        free(bad);
        return s;
}

/* Every name in yes is in the class, no name in no is. */
static void check_class(const char *spec, const char *const *yes, const char *const *no) {
        SyscallSet s = parse_ok(spec);

        for (; *yes; yes++)
                if (native(*yes) && !in(&s, *yes)) {
                        fprintf(stderr, "%s: %s lacks %s\n", unit_current, spec, *yes);
                        unit_failures++;
                }
        for (; *no; no++)
                if (in(&s, *no)) {
                        fprintf(stderr, "%s: %s has %s\n", unit_current, spec, *no);
                        unit_failures++;
                }
}

#define L(...) (const char *const[]) { __VA_ARGS__, NULL }

static void class_file(void) {
        check_class("%file",
                    L("open", "openat", "stat", "lstat", "newfstatat", "statx", "execve", "execveat",
                      "unlink", "unlinkat", "rename", "renameat2", "chdir", "getcwd", "readlink",
                      "truncate", "mount", "umount2", "statfs", "inotify_add_watch", "fanotify_mark",
                      "openat2", "faccessat2", "symlinkat", "utimensat", "setxattr", "getxattr"),
                    L("read", "write", "close", "fstat", "fchdir", "ftruncate", "fstatfs", "socket",
                      "mmap", "dup", "fgetxattr", "open_by_handle_at", "memfd_create"));
}

static void class_desc(void) {
        check_class("%desc",
                    L("read", "write", "close", "open", "openat", "fstat", "newfstatat", "statx",
                      "dup", "dup2", "dup3", "fcntl", "ioctl", "lseek", "mmap", "pipe2", "epoll_wait",
                      "eventfd2", "memfd_create", "bpf", "pidfd_open", "io_uring_enter", "select",
                      "poll", "sendfile", "execveat", "fstatfs", "fchdir"),
                    L("socket", "connect", "accept", "sendto", "recvfrom", "sendmsg", "stat", "lstat",
                      "execve", "getpid", "munmap", "mprotect", "kill", "unlink"));
}

static void class_network(void) {
        check_class("%network",
                    L("socket", "socketpair", "connect", "accept", "accept4", "bind", "listen",
                      "sendto", "recvfrom", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg", "shutdown",
                      "getsockname", "getpeername", "setsockopt", "getsockopt", "sendfile"),
                    L("read", "write", "close", "open", "pipe", "splice"));
        check_class("%net", L("socket", "sendfile"), L("read"));
        check_class("network", L("socket"), L("read"));
}

static void class_process(void) {
        check_class("%process",
                    L("clone", "clone3", "fork", "vfork", "execve", "execveat", "exit", "exit_group",
                      "wait4", "waitid", "kill", "tkill", "tgkill", "rt_sigqueueinfo",
                      "rt_tgsigqueueinfo", "pidfd_send_signal"),
                    L("getpid", "gettid", "setsid", "pidfd_open", "prctl", "rt_sigaction", "unshare"));
}

static void class_signal(void) {
        check_class("%signal",
                    L("rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "rt_sigpending",
                      "rt_sigtimedwait", "rt_sigsuspend", "sigaltstack", "pause", "kill", "tkill",
                      "tgkill", "signalfd", "signalfd4", "pidfd_send_signal", "io_uring_enter"),
                    L("wait4", "clone", "ppoll", "pselect6", "epoll_pwait", "exit_group"));
}

static void class_ipc(void) {
        check_class("%ipc",
                    L("shmget", "shmat", "shmdt", "shmctl", "semget", "semop", "semtimedop", "semctl",
                      "msgget", "msgsnd", "msgrcv", "msgctl"),
                    L("mq_open", "pipe", "socketpair", "mmap", "futex"));
}

static void class_memory(void) {
        check_class("%memory",
                    L("mmap", "munmap", "mprotect", "mremap", "brk", "madvise", "mlock", "mlock2",
                      "munlockall", "msync", "mincore", "shmat", "shmdt", "mbind", "pkey_mprotect",
                      "remap_file_pages", "io_setup", "io_destroy", "io_uring_register"),
                    L("read", "memfd_create", "shmget", "process_madvise", "process_vm_readv"));
}

static void class_creds(void) {
        check_class("%creds",
                    L("getuid", "geteuid", "getgid", "getegid", "setuid", "setgid", "setreuid",
                      "setresuid", "getresgid", "setfsuid", "getgroups", "setgroups", "capget",
                      "capset", "prctl"),
                    L("getpid", "setsid", "setpgid", "personality", "arch_prctl"));
}

static void class_clock(void) {
        check_class("%clock",
                    L("gettimeofday", "settimeofday", "time", "clock_gettime", "clock_settime",
                      "clock_getres", "clock_adjtime", "adjtimex"),
                    L("clock_nanosleep", "nanosleep", "timer_create", "timerfd_settime", "times"));
}

static void class_stat_family(void) {
        check_class("%stat", L("stat"), L("lstat", "fstat", "newfstatat", "statx", "statfs"));
        check_class("%lstat", L("lstat"), L("stat", "fstat", "newfstatat", "statx"));
        check_class("%fstat", L("fstat", "newfstatat", "statx"), L("stat", "lstat", "fstatfs"));
        check_class("%%stat", L("stat", "lstat", "fstat", "newfstatat", "statx"), L("statfs", "ustat", "access"));
        check_class("%statfs", L("statfs"), L("fstatfs", "ustat", "stat"));
        check_class("%fstatfs", L("fstatfs"), L("statfs", "ustat", "fstat"));
        check_class("%%statfs", L("statfs", "fstatfs", "ustat"), L("stat", "fstat", "sysfs"));
}

static void class_pure(void) {
        static const char *const pure[] = { "getpid", "getppid", "gettid", "getuid", "geteuid", "getgid",
                                            "getegid", "getpgrp" };
        SyscallSet s = parse_ok("%pure");
        size_t n = 0;

        check_class("%pure",
                    L("getpid", "getppid", "gettid", "getuid", "geteuid", "getgid", "getegid", "getpgrp"),
                    L("getpgid", "getsid", "sched_yield", "sync", "pause", "time"));
        /* nothing else: all of strace's list this architecture has */
        for (size_t i = 0; i < sizeof(pure) / sizeof(pure[0]); i++)
                n += native(pure[i]);
        CHECK(syscall_set_count(&s) == n);
}

static void classes_as_bitmask(void) {
        uint32_t m = syscall_classes(syscall_from_name("openat"));

        CHECK(m & (1u << SYSCALL_CLASS_FILE));
        CHECK(m & (1u << SYSCALL_CLASS_DESC));
        CHECK(!(m & (1u << SYSCALL_CLASS_NETWORK)));
        CHECK(syscall_classes(syscall_from_name("getpid")) == 1u << SYSCALL_CLASS_PURE);
        CHECK(syscall_classes(syscall_from_name("sched_yield")) == 0);
        CHECK(syscall_classes(-1) == 0);
        CHECK(syscall_classes(TL_SYSCALLS_MAX) == 0);
        CHECK(syscall_classes(syscall_from_name("fstat")) ==
              ((1u << SYSCALL_CLASS_DESC) | (1u << SYSCALL_CLASS_FSTAT) | (1u << SYSCALL_CLASS_STAT_LIKE)));
}

static void class_names(void) {
        CHECK(syscall_class_from_string("%file") == SYSCALL_CLASS_FILE);
        CHECK(syscall_class_from_string("file") == SYSCALL_CLASS_FILE);
        CHECK(syscall_class_from_string("%net") == SYSCALL_CLASS_NETWORK);
        CHECK(syscall_class_from_string("%%stat") == SYSCALL_CLASS_STAT_LIKE);
        CHECK(syscall_class_from_string("%%statfs") == SYSCALL_CLASS_STATFS_LIKE);
        /* bare "stat" is the syscall, and bare "creds" was never a class name */
        CHECK(syscall_class_from_string("stat") == _SYSCALL_CLASS_INVALID);
        CHECK(syscall_class_from_string("creds") == _SYSCALL_CLASS_INVALID);
        CHECK(syscall_class_from_string("%bogus") == _SYSCALL_CLASS_INVALID);
        CHECK(syscall_class_from_string(NULL) == _SYSCALL_CLASS_INVALID);
        CHECK_STREQ(syscall_class_to_string(SYSCALL_CLASS_CREDS), "creds");
        CHECK(syscall_class_to_string(_SYSCALL_CLASS_MAX) == NULL);
}

static void names_and_mixtures(void) {
        SyscallSet s = parse_ok("read,write,%network");

        CHECK(in(&s, "read") && in(&s, "write") && in(&s, "socket") && in(&s, "accept4"));
        CHECK(!in(&s, "close") && !in(&s, "openat"));

        s = parse_ok("close");
        CHECK(syscall_set_count(&s) == 1 && in(&s, "close"));
}

static void negation(void) {
        SyscallSet s = parse_ok("!close");

        CHECK(!in(&s, "close"));
        CHECK(in(&s, "read") && in(&s, "openat") && in(&s, "exit_group"));
        CHECK(syscall_set_count(&s) == TL_SYSCALLS_MAX - 1);
        /* numbers the table does not know are not "close" either */
        CHECK(syscall_set_contains(&s, TL_SYSCALLS_MAX - 1));

        /* the leading '!' negates the whole list, as strace does */
        s = parse_ok("!%file,read");
        CHECK(!in(&s, "openat") && !in(&s, "read"));
        CHECK(in(&s, "write") && in(&s, "close"));

        /* a later '!' removes from what came before (an extension) */
        s = parse_ok("%file,!openat,!%stat");
        CHECK(!in(&s, "openat") && !in(&s, "stat"));
        CHECK(in(&s, "unlinkat") && in(&s, "newfstatat") && in(&s, "mkdirat"));
        CHECK(!in(&s, "read"));

        s = parse_ok("%desc,!%network");
        CHECK(in(&s, "read") && !in(&s, "sendfile") && !in(&s, "socket"));
}

static void all_none(void) {
        SyscallSet s = parse_ok("all");

        CHECK(syscall_set_is_full(&s));
        s = parse_ok("none");
        CHECK(syscall_set_is_empty(&s));
        s = parse_ok("!all");
        CHECK(syscall_set_is_empty(&s));
        s = parse_ok("!none");
        CHECK(syscall_set_is_full(&s));
        s = parse_ok("all,!read");
        CHECK(!in(&s, "read") && in(&s, "write"));
}

static void regex(void) {
        SyscallSet s = parse_ok("/^(.*_)?statv?fs");

        CHECK(in(&s, "statfs"));
        CHECK(!in(&s, "fstatfs") && !in(&s, "stat") && !in(&s, "ustat"));
        s = parse_ok("/^e+poll_");
#ifdef __NR_epoll_wait  /* x86_64; aarch64 has epoll_pwait alone */
        CHECK(in(&s, "epoll_wait") && in(&s, "epoll_create1") && !in(&s, "poll"));
#endif
        CHECK(in(&s, "epoll_pwait") && in(&s, "epoll_create1") && !in(&s, "ppoll"));
}

static void check_error(const char *spec, int want, const char *want_bad) {
        SyscallSet s;
        char *bad = NULL;
        int r = syscall_set_parse(spec, &s, &bad);

        if (r != want) {
                fprintf(stderr, "%s: \"%s\": got %d, want %d\n", unit_current, spec, r, want);
                unit_failures++;
        }
        CHECK_STREQ(bad, want_bad);
        free(bad);
}

static void errors(void) {
        check_error("read,nosuchcall,write", -ENOENT, "nosuchcall");
        check_error("%nosuchclass", -ENOENT, "%nosuchclass");
        check_error("%file,!bogus", -ENOENT, "!bogus");
        check_error("/^nomatch$", -ENOENT, "/^nomatch$");
        check_error("/(", -EINVAL, "/(");
        /* Patterns glibc would compile in exponential memory are refused at once. */
        check_error("/a+++++++++++++++++++++++++", -EINVAL, "/a+++++++++++++++++++++++++");
        check_error("/((((((((a+)+)+)+)+)+)+)+)+", -EINVAL, "/((((((((a+)+)+)+)+)+)+)+)+");
        check_error("/a{1000}{1000}", -EINVAL, "/a{1000}{1000}");
        check_error("read,,write", -EINVAL, "");
        check_error("", -EINVAL, "");
        check_error("!", -EINVAL, "");
        check_error("read,", -EINVAL, "");
        /* creds is a class only with '%' */
        check_error("creds", -ENOENT, "creds");
        /* '!' inside the list after the first token is only a removal, never a negation */
        check_error("read,!", -EINVAL, "!");
        CHECK(syscall_set_parse(NULL, NULL, NULL) == -EINVAL);
}

static void personalities(void) {
        SyscallSet s = parse_ok("read@64,%network@64");

        CHECK(in(&s, "read") && in(&s, "socket") && !in(&s, "write"));
        /* 32-bit calls are no numbers of the native table */
        check_error("read@32", -ENOENT, "read@32");
        s = parse_ok("read,?write@x32");
        CHECK(syscall_set_count(&s) == 1);
        check_error("nosuch@64", -ENOENT, "nosuch@64");
}

static void optional_tokens(void) {
        SyscallSet s = parse_ok("read,?nosuchcall,?/^zzz");

        CHECK(syscall_set_count(&s) == 1 && in(&s, "read"));
}

static void set_operations(void) {
        SyscallSet s;

        syscall_set_clear(&s);
        CHECK(syscall_set_is_empty(&s));
        CHECK(syscall_set_add(&s, -1) == -ERANGE);
        CHECK(syscall_set_add(&s, TL_SYSCALLS_MAX) == -ERANGE);
        CHECK(syscall_set_add(&s, 0) == 0);
        CHECK(syscall_set_add(&s, TL_SYSCALLS_MAX - 1) == 0);
        CHECK(syscall_set_count(&s) == 2);
        CHECK(!syscall_set_contains(&s, -5) && !syscall_set_contains(&s, TL_SYSCALLS_MAX));
        syscall_set_remove(&s, 0);
        CHECK(!syscall_set_contains(&s, 0));
        syscall_set_invert(&s);
        CHECK(syscall_set_count(&s) == TL_SYSCALLS_MAX - 1);
        CHECK(!syscall_set_contains(&s, TL_SYSCALLS_MAX - 1));
        syscall_set_fill(&s);
        CHECK(syscall_set_is_full(&s));
}

static int print_set(const char *spec) {
        SyscallSet s;
        char *bad = NULL;
        int r = syscall_set_parse(spec, &s, &bad);

        if (r < 0) {
                fprintf(stderr, "%s: %s\n", bad ?: spec, strerror(-r));
                free(bad);
                return EXIT_FAILURE;
        }
        for (size_t i = 0; i < syscall_table_size(); i++)
                if (syscall_set_contains(&s, (int32_t) i) && syscall_name((int32_t) i))
                        printf("%s\n", syscall_name((int32_t) i));
        return EXIT_SUCCESS;
}

int main(int argc, char **argv) {
        static const UnitTest tests[] = {
                T(class_file), T(class_desc), T(class_network), T(class_process), T(class_signal),
                T(class_ipc), T(class_memory), T(class_creds), T(class_clock), T(class_stat_family),
                T(class_pure), T(classes_as_bitmask), T(class_names), T(names_and_mixtures),
                T(negation), T(all_none), T(regex), T(errors), T(personalities), T(optional_tokens), T(set_operations),
        };

        if (argc == 3 && strcmp(argv[1], "--print") == 0)
                return print_set(argv[2]);
        if (argc == 2 && strcmp(argv[1], "--table") == 0) {
                for (size_t i = 0; i < syscall_table_size(); i++)
                        if (syscall_name((int32_t) i))
                                printf("%zu %s\n", i, syscall_name((int32_t) i));
                return EXIT_SUCCESS;
        }
        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
