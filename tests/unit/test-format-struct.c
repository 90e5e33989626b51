/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Structures behind pointer arguments, from records built by hand. The
 * expected lines are strace 6.1's for the same calls. */

#include <arpa/inet.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>

#include "format-struct.h"
#include "syscall-table.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

#if defined(__aarch64__)
#define STAT_MODE 16
#define STAT_RDEV 32
#else
#define STAT_MODE 24
#define STAT_RDEV 40
#endif
#define STAT_SIZE 48

static void put_u16(uint8_t *p, uint16_t v) {
        memcpy(p, &v, sizeof(v));
}

static void put_u32(uint8_t *p, uint32_t v) {
        memcpy(p, &v, sizeof(v));
}

static void put_u64(uint8_t *p, uint64_t v) {
        memcpy(p, &v, sizeof(v));
}

/* An inline capture: the value in orig_len, no bytes. */
static void capture_inline(TestRecord *t, unsigned slot, uint8_t arg, uint32_t v) {
        t->h.cap[slot] = (struct tl_capture) { .arg = arg, .flags = TL_CAPTURE_INLINE, .orig_len = v };
}

static void stat_regular_file(void) {
        TestRecord t;
        uint8_t st[64] = {};

        put_u32(st + STAT_MODE, 0100644);
        put_u64(st + STAT_SIZE, 1234);
        test_record_init(&t, __NR_fstat, 0);
        test_record_args(&t, 3, 0x7ffc1000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, st, sizeof(st), 0);
        CHECK_STREQ(test_call(&t, NULL), "fstat(3, {st_mode=S_IFREG|0644, st_size=1234, ...}) = 0");
}

static void stat_char_device_and_special_bits(void) {
        TestRecord t;
        uint8_t st[64] = {};

        put_u32(st + STAT_MODE, 0020666);
        put_u64(st + STAT_RDEV, (1 << 8) | 3);
        test_record_init(&t, __NR_newfstatat, 0);
        test_record_args(&t, (uint64_t) -100, 0x1000, 0x2000, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "/dev/null", 9, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 2, 512, st, sizeof(st), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "newfstatat(AT_FDCWD, \"/dev/null\", {st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}, 0) = 0");

        put_u32(st + STAT_MODE, 0041777);
        test_record_capture(&t, 1, 2, 512, st, sizeof(st), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "newfstatat(AT_FDCWD, \"/dev/null\", {st_mode=S_IFDIR|S_ISVTX|0777, st_size=0, ...}, 0) = 0");
        put_u32(st + STAT_MODE, 0104755);
        put_u64(st + STAT_SIZE, 7);
        test_record_capture(&t, 1, 2, 512, st, sizeof(st), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "newfstatat(AT_FDCWD, \"/dev/null\", {st_mode=S_IFREG|S_ISUID|0755, st_size=7, ...}, 0) = 0");
}

static void stat_failed_truncated_missing(void) {
        TestRecord t;
        uint8_t st[64] = {};

#ifdef __NR_stat        /* x86_64; aarch64 has newfstatat alone, below */
        /* Failed: the kernel wrote nothing, strace prints the address. */
        test_record_init(&t, __NR_stat, -ENOENT);
        test_record_args(&t, 0x1000, 0x7ffc2000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, "/x", 2, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL), "stat(\"/x\", 0x7ffc2000) = -1 ENOENT (No such file or directory)");

        /* Too few bytes for st_size: the address, never a made-up field. */
        test_record_init(&t, __NR_stat, 0);
        test_record_args(&t, 0x1000, 0x7ffc2000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, "/x", 2, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 1, 512, st, 40, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "stat(\"/x\", 0x7ffc2000) = 0");

        /* Faulted: the address. */
        test_record_capture(&t, 1, 1, 512, NULL, 0, TL_CAPTURE_FAULT);
        CHECK_STREQ(test_call(&t, NULL), "stat(\"/x\", 0x7ffc2000) = 0");
#endif

        /* The same through newfstatat, the call of both architectures. */
        test_record_init(&t, __NR_newfstatat, -ENOENT);
        test_record_args(&t, (uint64_t) -100, 0x1000, 0x7ffc2000, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "/x", 2, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL),
                    "newfstatat(AT_FDCWD, \"/x\", 0x7ffc2000, 0) = -1 ENOENT (No such file or directory)");
        t.h.ret = 0;
        test_record_capture(&t, 1, 2, 512, st, 40, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "newfstatat(AT_FDCWD, \"/x\", 0x7ffc2000, 0) = 0");
        test_record_capture(&t, 1, 2, 512, NULL, 0, TL_CAPTURE_FAULT);
        CHECK_STREQ(test_call(&t, NULL), "newfstatat(AT_FDCWD, \"/x\", 0x7ffc2000, 0) = 0");

        /* Unfinished: the output argument is not there yet. */
        test_record_init(&t, __NR_fstat, 0);
        t.h.flags = TL_RECORD_UNFINISHED;
        test_record_args(&t, 3, 0x7ffc2000, 0, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "fstat(3, <unfinished ...>");
}

static void statx_basic(void) {
        TestRecord t;
        uint8_t stx[48] = {};

        put_u32(stx, 0x17ff);
        put_u16(stx + 28, 0100644);
        put_u64(stx + 40, 5);
        test_record_init(&t, __NR_statx, 0);
        test_record_args(&t, (uint64_t) -100, 0x1000, 0, 0x7ff, 0x7ffc3000, 0);
        test_record_capture(&t, 0, 1, 0, "/f", 2, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 4, 512, stx, sizeof(stx), 0);
        CHECK(strstr(test_call(&t, NULL),
                     "{stx_mask=STATX_BASIC_STATS|STATX_MNT_ID, stx_attributes=0, stx_mode=S_IFREG|0644, stx_size=5, ...}) = 0"));
        put_u32(stx, 0x1fff | 0x80000);
        put_u64(stx + 8, 0x20);
        test_record_capture(&t, 1, 4, 512, stx, sizeof(stx), 0);
        CHECK(strstr(test_call(&t, NULL), "{stx_mask=STATX_ALL|STATX_MNT_ID|0x80000, stx_attributes=STATX_ATTR_APPEND, "));
}

static void sockaddr_in_connect(void) {
        TestRecord t;
        uint8_t sa[16] = { 2, 0, 0, 80, 127, 0, 0, 1 };

        test_record_init(&t, __NR_connect, 0);
        test_record_args(&t, 3, 0x1000, 16, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, sa, sizeof(sa), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "connect(3, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0");
}

static void sockaddr_in6_and_unix(void) {
        TestRecord t;
        uint8_t sa6[28] = { 10, 0, 0x1f, 0x90 };
        uint8_t un[110] = { 1, 0 };

        sa6[8 + 15] = 1;
        test_record_init(&t, __NR_bind, 0);
        test_record_args(&t, 3, 0x1000, 28, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, sa6, sizeof(sa6), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "bind(3, {sa_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(0), "
                    "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0");

        sa6[8] = 0x20; sa6[9] = 0x01; sa6[10] = 0x0d; sa6[11] = 0xb8;
        test_record_capture(&t, 0, 1, 0, sa6, sizeof(sa6), 0);
        CHECK(strstr(test_call(&t, NULL), "\"2001:db8::1\""));
        memset(sa6 + 8, 0, 16);
        sa6[18] = sa6[19] = 0xff;
        sa6[20] = 10; sa6[23] = 1;
        test_record_capture(&t, 0, 1, 0, sa6, sizeof(sa6), 0);
        CHECK(strstr(test_call(&t, NULL), "\"::ffff:10.0.0.1\""));

        /* A link-local address's scope names the interface (lo is index 1 in
         * every network namespace); another address's is a number, as is an
         * index no interface has. */
        memset(sa6 + 8, 0, 16);
        sa6[8] = 0xfe; sa6[9] = 0x80; sa6[23] = 1;
        put_u32(sa6 + 24, 1);
        test_record_capture(&t, 0, 1, 0, sa6, sizeof(sa6), 0);
        CHECK(strstr(test_call(&t, NULL), "\"fe80::1\", &sin6_addr), sin6_scope_id=if_nametoindex(\"lo\")}, 28)"));
        sa6[8] = 0xff; sa6[9] = 0x02;
        test_record_capture(&t, 0, 1, 0, sa6, sizeof(sa6), 0);
        CHECK(strstr(test_call(&t, NULL), "\"ff02::1\", &sin6_addr), sin6_scope_id=if_nametoindex(\"lo\")}, 28)"));
        sa6[9] = 0x05;
        test_record_capture(&t, 0, 1, 0, sa6, sizeof(sa6), 0);
        CHECK(strstr(test_call(&t, NULL), "\"ff05::1\", &sin6_addr), sin6_scope_id=1}, 28)"));
        sa6[9] = 0x02;
        put_u32(sa6 + 24, 0x7ffffff0);
        test_record_capture(&t, 0, 1, 0, sa6, sizeof(sa6), 0);
        CHECK(strstr(test_call(&t, NULL), "sin6_scope_id=2147483632}, 28)"));

        memcpy(un + 2, "/run/x.sock", 11);
        test_record_init(&t, __NR_connect, -ENOENT);
        test_record_args(&t, 4, 0x1000, 110, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, un, sizeof(un), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "connect(4, {sa_family=AF_UNIX, sun_path=\"/run/x.sock\"}, 110) = -1 ENOENT (No such file or directory)");

        /* Abstract: the given length says where the name ends. */
        memset(un + 2, 0, 108);
        memcpy(un + 3, "abs", 3);
        test_record_capture(&t, 0, 1, 0, un, sizeof(un), 0);
        test_record_args(&t, 4, 0x1000, 6, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "connect(4, {sa_family=AF_UNIX, sun_path=@\"abs\"}, 6) = -1 ENOENT (No such file or directory)");

        /* Less than a family: the address. */
        test_record_args(&t, 4, 0x1000, 1, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "connect(4, 0x1000, 1) = -1 ENOENT (No such file or directory)");
}

/* IPv6 addresses as inet_ntop() writes them, which is what strace prints. */
static void sockaddr_in6_like_inet_ntop(void) {
        static const char *const addrs[] = {
                "::", "::1", "::2", "1::", "1:0:2::", "1:0:0:2::3", "1:0:0:2:0:0:0:3", "fe80::1:2",
                "2001:db8:0:0:1:0:0:1", "::ffff:1.2.3.4", "::1.2.3.4", "0:0:0:0:0:1:0:0",
                "1:2:3:4:5:6:7:8", "0:1:0:1:0:1:0:1", "::ffff:0:1",
        };

        for (size_t i = 0; i < sizeof(addrs) / sizeof(addrs[0]); i++) {
                uint8_t sa[28] = { 10, 0 };
                char want[INET6_ADDRSTRLEN + 64], ntop[INET6_ADDRSTRLEN];
                TestRecord t;

                CHECK(inet_pton(AF_INET6, addrs[i], sa + 8) == 1);
                CHECK(inet_ntop(AF_INET6, sa + 8, ntop, sizeof(ntop)));
                snprintf(want, sizeof(want), "inet_pton(AF_INET6, \"%s\", &sin6_addr)", ntop);
                test_record_init(&t, __NR_bind, 0);
                test_record_args(&t, 3, 0x1000, 28, 0, 0, 0);
                test_record_capture(&t, 0, 1, 0, sa, sizeof(sa), 0);
                if (!strstr(test_call(&t, NULL), want)) {
                        fprintf(stderr, "  %s: got %s\n", ntop, test_call(&t, NULL));
                        CHECK(false);
                }
        }
}

static void accept4_addrlen_in_out(void) {
        TestRecord t;
        uint8_t sa[16] = { 2, 0, 0xd0, 0xf2, 127, 0, 0, 1 };

        test_record_init(&t, __NR_accept4, 5);
        test_record_args(&t, 3, 0x1000, 0x2000, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, sa, sizeof(sa), 0);
        t.h.cap[0].orig_len = 16;
        capture_inline(&t, 1, 2, 128);
        CHECK_STREQ(test_call(&t, NULL),
                    "accept4(3, {sa_family=AF_INET, sin_port=htons(53490), sin_addr=inet_addr(\"127.0.0.1\")}, [128 => 16], 0) = 5");

        capture_inline(&t, 1, 2, 16);
        CHECK(strstr(test_call(&t, NULL), "}, [16], 0) = 5"));

        /* Failed: the address, and the length the caller gave. */
        t.h.ret = -EAGAIN;
        capture_inline(&t, 1, 2, 128);
        CHECK_STREQ(test_call(&t, NULL),
                    "accept4(3, 0x1000, [128], 0) = -1 EAGAIN (Resource temporarily unavailable)");
}

static void execve_argv_envp(void) {
        TestRecord t;
        const uint8_t argv[] = "\0true\0\0a\0\0b c";   /* three entries, each status byte + string + NUL */

        test_record_init(&t, __NR_execve, 0);
        test_record_args(&t, 0x1000, 0x2000, 0x7ffc3000, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, "/bin/true", 9, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 1, 512, argv, sizeof(argv), 0);
        t.h.cap[1].orig_len = 3;
        capture_inline(&t, 2, 2, 12);
        CHECK_STREQ(test_call(&t, NULL),
                    "execve(\"/bin/true\", [\"true\", \"a\", \"b c\"], 0x7ffc3000 /* 12 vars */) = 0");

        /* More entries than were kept. */
        t.h.cap[1].orig_len = 40;
        capture_inline(&t, 2, 2, 1);
        CHECK_STREQ(test_call(&t, NULL),
                    "execve(\"/bin/true\", [\"true\", \"a\", \"b c\", ...], 0x7ffc3000 /* 1 var */) = 0");

        /* A string the recorder cut, and one that faulted. */
        {
                const uint8_t cut[] = "\1abc\0\2";

                test_record_capture(&t, 1, 1, 512, cut, 6, 0);
                t.h.cap[1].orig_len = 2;
                CHECK(strstr(test_call(&t, NULL), "[\"abc\"..., ???]"));
        }

        /* Empty argv; envp unreadable. */
        test_record_capture(&t, 1, 1, 512, NULL, 0, 0);
        t.h.cap[1].orig_len = 0;
        t.h.cap[2] = (struct tl_capture) { .arg = 2, .flags = TL_CAPTURE_FAULT };
        CHECK_STREQ(test_call(&t, NULL), "execve(\"/bin/true\", [], 0x7ffc3000) = 0");

        /* Garbage in the argv area: the address. */
        {
                const uint8_t bad[] = "\7xyz";

                test_record_capture(&t, 1, 1, 512, bad, 4, 0);
                t.h.cap[1].orig_len = 1;
                CHECK_STREQ(test_call(&t, NULL), "execve(\"/bin/true\", 0x2000, 0x7ffc3000) = 0");
        }
}

static void pipe2_and_wait4(void) {
        TestRecord t;
        int32_t fds[2] = { 3, 4 };

        test_record_init(&t, __NR_pipe2, 0);
        test_record_args(&t, 0x1000, 0, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, fds, sizeof(fds), 0);
        CHECK_STREQ(test_call(&t, NULL), "pipe2([3, 4], 0) = 0");

        /* The status is inline, after the rusage that keeps bytes: slot 1. */
        test_record_init(&t, __NR_wait4, 1234);
        test_record_args(&t, 1234, 0x1000, 0, 0, 0, 0);
        capture_inline(&t, 1, 1, 3 << 8);
        CHECK_STREQ(test_call(&t, NULL), "wait4(1234, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = 1234");
        capture_inline(&t, 1, 1, SIGKILL);
        CHECK(strstr(test_call(&t, NULL), "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}]"));
        capture_inline(&t, 1, 1, SIGSEGV | 0x80);
        CHECK(strstr(test_call(&t, NULL), "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && WCOREDUMP(s)}]"));
        capture_inline(&t, 1, 1, (SIGSTOP << 8) | 0x7f);
        CHECK(strstr(test_call(&t, NULL), "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}]"));
        capture_inline(&t, 1, 1, 0xffff);
        CHECK(strstr(test_call(&t, NULL), "[{WIFCONTINUED(s)}]"));

        /* WNOHANG with no child ready: nothing written. */
        t.h.ret = 0;
        CHECK_STREQ(test_call(&t, NULL), "wait4(1234, 0x1000, 0, NULL) = 0");
}

static void timespec_rlimit_uname(void) {
        TestRecord t;
        uint64_t ts[2] = { 1, 500 }, rl[2] = { 8192 * 1024, UINT64_MAX };
        uint8_t uts[130] = {};

        test_record_init(&t, __NR_nanosleep, 0);
        test_record_args(&t, 0x1000, 0, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, ts, sizeof(ts), 0);
        CHECK_STREQ(test_call(&t, NULL), "nanosleep({tv_sec=1, tv_nsec=500}, NULL) = 0");

        test_record_init(&t, __NR_getrlimit, 0);
        test_record_args(&t, 3, 0x1000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, rl, sizeof(rl), 0);
        CHECK(strstr(test_call(&t, NULL), "{rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0"));
        rl[0] = 1024;
        rl[1] = 20000;
        test_record_capture(&t, 0, 1, 0, rl, sizeof(rl), 0);
        CHECK(strstr(test_call(&t, NULL), "{rlim_cur=1024, rlim_max=20000}) = 0"));

        memcpy(uts, "Linux", 5);
        memcpy(uts + 65, "host", 4);
        test_record_init(&t, __NR_uname, 0);
        test_record_args(&t, 0x1000, 0, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, uts, sizeof(uts), 0);
        CHECK_STREQ(test_call(&t, NULL), "uname({sysname=\"Linux\", nodename=\"host\", ...}) = 0");
        /* Zero bytes captured (a capture area too small): the address. */
        test_record_capture(&t, 0, 0, 0, NULL, 0, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "uname(0x1000) = 0");
}

static void sigset_and_sigaction(void) {
        TestRecord t;
        uint64_t set = (1ULL << (SIGUSR1 - 1)) | (1ULL << (SIGTERM - 1)), none = 0;
        uint64_t act[4] = { 0x55550000, 0x14000000, 0x7f001000, 0 };

        test_record_init(&t, __NR_rt_sigprocmask, 0);
        test_record_args(&t, 0, 0x1000, 0x2000, 8, 0, 0);
        test_record_capture(&t, 0, 1, 0, &set, 8, 0);
        test_record_capture(&t, 1, 2, 512, &none, 8, 0);
        CHECK(strstr(test_call(&t, NULL), ", [USR1 TERM], [], 8) = 0"));

        /* More than half the signals: the complement. */
        set = ~((1ULL << (SIGKILL - 1)) | (1ULL << (SIGSTOP - 1)));
        test_record_capture(&t, 0, 1, 0, &set, 8, 0);
        CHECK(strstr(test_call(&t, NULL), ", ~[KILL STOP], [], 8) = 0"));
        set = 3ULL << 31;
        test_record_capture(&t, 0, 1, 0, &set, 8, 0);
        CHECK(strstr(test_call(&t, NULL), ", [RTMIN RT_1], [], 8) = 0"));

        test_record_init(&t, __NR_rt_sigaction, 0);
        test_record_args(&t, SIGUSR1, 0x1000, 0, 8, 0, 0);
        test_record_capture(&t, 0, 1, 0, act, sizeof(act), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "rt_sigaction(SIGUSR1, {sa_handler=0x55550000, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, "
                    "sa_restorer=0x7f001000}, NULL, 8) = 0");
        act[0] = 1;
        act[1] = 0;
        test_record_capture(&t, 0, 1, 0, act, sizeof(act), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "rt_sigaction(SIGUSR1, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=0}, NULL, 8) = 0");
}

/* The mask rt_sigreturn restores: the recorder read it from the signal frame
 * on the stack and put its address where the syscall has no argument. */
static void rt_sigreturn_mask(void) {
        TestRecord t;
        uint64_t set = 1ULL << (SIGCHLD - 1), none = 0;

        test_record_init(&t, __NR_rt_sigreturn, 0);
        test_record_args(&t, 0x7ffd1128, 0, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, &set, 8, 0);
        CHECK_STREQ(test_call(&t, NULL), "rt_sigreturn({mask=[CHLD]}) = 0");

        test_record_capture(&t, 0, 0, 0, &none, 8, 0);
        CHECK_STREQ(test_call(&t, NULL), "rt_sigreturn({mask=[]}) = 0");

        /* It returns what the interrupted code had in its return register. */
        t.h.ret = -EINTR;
        CHECK_STREQ(test_call(&t, NULL), "rt_sigreturn({mask=[]}) = -1 EINTR (Interrupted system call)");

        /* Unreadable: its address, as strace prints it. */
        t.h.ret = 0;
        test_record_capture(&t, 0, 0, 0, NULL, 0, TL_CAPTURE_FAULT);
        CHECK_STREQ(test_call(&t, NULL), "rt_sigreturn({mask=0x7ffd1128}) = 0");
        CHECK_STREQ(record_arg_name(&t.r, 0), "mask");
}

#if defined(__x86_64__)
#define EV_SIZE 12
#define EV_DATA 4
#else
#define EV_SIZE 16
#define EV_DATA 8
#endif

static void epoll_ctl_and_wait(void) {
        uint8_t ev[2 * EV_SIZE] = {};
        TestRecord t;

        put_u32(ev, 0x80000001);
        put_u64(ev + EV_DATA, 0x100000003ULL);
        put_u32(ev + EV_SIZE, 0x4);
        put_u64(ev + EV_SIZE + EV_DATA, 5);
        test_record_init(&t, __NR_epoll_ctl, 0);
        test_record_args(&t, 3, 1, 4, 0x1000, 0, 0);
        test_record_capture(&t, 0, 3, 0, ev, EV_SIZE, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "epoll_ctl(3, EPOLL_CTL_ADD, 4, {events=EPOLLIN|EPOLLET, data={u32=3, u64=4294967299}}) = 0");

        test_record_init(&t, __NR_epoll_pwait, 2);
        test_record_args(&t, 3, 0x1000, 4, 0, 0, 8);
        test_record_capture(&t, 0, 1, 0, ev, sizeof(ev), 0);
        CHECK(strstr(test_call(&t, NULL),
                     "epoll_pwait(3, [{events=EPOLLIN|EPOLLET, data={u32=3, u64=4294967299}}, "
                     "{events=EPOLLOUT, data={u32=5, u64=5}}], 4, 0, "));
        /* None ready. */
        t.h.ret = 0;
        test_record_capture(&t, 0, 1, 0, NULL, 0, 0);
        CHECK(strstr(test_call(&t, NULL), "epoll_pwait(3, [], 4, 0, "));
        /* Two returned, one kept: the address, not a short list. */
        t.h.ret = 2;
        test_record_capture(&t, 0, 1, 0, ev, EV_SIZE, TL_CAPTURE_TRUNCATED);
        CHECK(strstr(test_call(&t, NULL), "epoll_pwait(3, 0x1000, 4, 0, "));
}

/* Appends one tl_iov_entry and its bytes at *pos (8-byte aligned), as the recorder does. */
static void iov_put(uint8_t *buf, size_t *pos, uint64_t base, uint64_t len, const char *bytes, uint32_t kept,
                    uint32_t flags) {
        struct tl_iov_entry e = { .base = base, .len = len, .kept = kept, .flags = flags };

        *pos = (*pos + 7) & ~(size_t) 7;
        memcpy(buf + *pos, &e, sizeof(e));
        *pos += sizeof(e);
        memcpy(buf + *pos, bytes, kept);
        *pos += kept;
}

static void iovec_writev_readv(void) {
        uint8_t buf[512] = {};
        char many[64];
        size_t pos = 0;
        TestRecord t;

        memset(many, 'c', sizeof(many));
        iov_put(buf, &pos, 0x1000, 2, "ab", 2, 0);
        iov_put(buf, &pos, 0x2000, 60, many, 60, 0);
        iov_put(buf, &pos, 0x3000, 0, "", 0, 0);
        test_record_init(&t, __NR_writev, 62);
        test_record_args(&t, 4, 0x7000, 3, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, buf, (uint16_t) pos, 0);
        t.h.cap[0].orig_len = 3;
        CHECK_STREQ(test_call(&t, NULL),
                    "writev(4, [{iov_base=\"ab\", iov_len=2}, {iov_base=\"cccccccccccccccccccccccccccccccc\"..., "
                    "iov_len=60}, {iov_base=\"\", iov_len=0}], 3) = 62");

        /* More entries than kept. */
        test_record_args(&t, 4, 0x7000, 20, 0, 0, 0);
        CHECK(strstr(test_call(&t, NULL), "{iov_base=\"\", iov_len=0}, ...], 20) = 62"));

        /* readv: bytes only up to the return value. */
        pos = 0;
        memset(buf, 0, sizeof(buf));
        iov_put(buf, &pos, 0x1000, 3, "abc", 3, 0);
        iov_put(buf, &pos, 0x2000, 100, "de", 2, 0);
        iov_put(buf, &pos, 0x3000, 10, "", 0, 0);
        test_record_init(&t, __NR_readv, 5);
        test_record_args(&t, 3, 0x7000, 3, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, buf, (uint16_t) pos, 0);
        t.h.cap[0].orig_len = 3;
        CHECK_STREQ(test_call(&t, NULL),
                    "readv(3, [{iov_base=\"abc\", iov_len=3}, {iov_base=\"de\", iov_len=100}, "
                    "{iov_base=\"\", iov_len=10}], 3) = 5");
        /* Failed: the address. */
        t.h.ret = -EBADF;
        CHECK_STREQ(test_call(&t, NULL), "readv(3, 0x7000, 3) = -1 EBADF (Bad file descriptor)");

        /* An unreadable iov_base, and entries that do not add up: the address. */
        pos = 0;
        iov_put(buf, &pos, 0x1000, 3, "", 0, TL_CAPTURE_FAULT);
        test_record_init(&t, __NR_writev, 3);
        test_record_args(&t, 4, 0x7000, 1, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, buf, (uint16_t) pos, 0);
        t.h.cap[0].orig_len = 1;
        CHECK_STREQ(test_call(&t, NULL), "writev(4, [{iov_base=0x1000, iov_len=3}], 1) = 3");
        t.h.cap[0].orig_len = 2;
        CHECK_STREQ(test_call(&t, NULL), "writev(4, 0x7000, 1) = 3");
}

/* preadv, pwritev and the v2 calls: the offset in one piece, pos_h not shown. */
static void preadv_pwritev_offset(void) {
        uint8_t buf[64] = {};
        size_t pos = 0;
        TestRecord t;

        iov_put(buf, &pos, 0x1000, 5, "world", 5, 0);
        test_record_init(&t, __NR_preadv, 5);
        test_record_args(&t, 3, 0x7000, 1, 6, 0, 0);
        test_record_capture(&t, 0, 1, 0, buf, (uint16_t) pos, 0);
        t.h.cap[0].orig_len = 1;
        CHECK_STREQ(test_call(&t, NULL), "preadv(3, [{iov_base=\"world\", iov_len=5}], 1, 6) = 5");
        /* pos_l holds all of the offset on 64-bit; pos_h is ignored as the kernel does. */
        test_record_args(&t, 3, 0x7000, 1, 1ULL << 33, 1, 0);
        CHECK(strstr(test_call(&t, NULL), "], 1, 8589934592) = 5"));
        t.h.ret = -EINVAL;
        test_record_args(&t, 3, 0x7000, 1, UINT64_MAX, UINT64_MAX, 0);
        CHECK_STREQ(test_call(&t, NULL), "preadv(3, 0x7000, 1, -1) = -1 EINVAL (Invalid argument)");

        test_record_init(&t, __NR_pwritev2, 5);
        test_record_args(&t, 3, 0x7000, 1, 7, 0, 0x10);
        test_record_capture(&t, 0, 1, 0, buf, (uint16_t) pos, 0);
        t.h.cap[0].orig_len = 1;
        CHECK_STREQ(test_call(&t, NULL), "pwritev2(3, [{iov_base=\"world\", iov_len=5}], 1, 7, RWF_APPEND) = 5");
        t.h.args[5] = 0;
        CHECK(strstr(test_call(&t, NULL), "], 1, 7, 0) = 5"));
        t.h.args[5] = 0x1 | 0x100;
        CHECK(strstr(test_call(&t, NULL), "], 1, 7, RWF_HIPRI|0x100) = 5"));
        t.h.args[5] = 0x100;
        CHECK(strstr(test_call(&t, NULL), "], 1, 7, 0x100 /* RWF_??? */) = 5"));

        test_record_init(&t, __NR_preadv2, 0);
        t.h.flags = TL_RECORD_UNFINISHED;
        test_record_args(&t, 3, 0x7000, 1, 6, 0, 1);
        CHECK_STREQ(test_call(&t, NULL), "preadv2(3, <unfinished ...>");
}

static void poll_events_and_revents(void) {
        uint8_t in[24] = {}, out[24];
        uint64_t ts[2] = { 0, 5 };
        TestRecord t;

        put_u32(in, 3);
        put_u16(in + 4, 1);
        put_u32(in + 8, 4);
        put_u16(in + 12, 6);
        put_u32(in + 16, (uint32_t) -1);
        put_u16(in + 20, 1);
        memcpy(out, in, sizeof(out));
        put_u16(out + 6, 1);
        put_u16(out + 14, 4);

#ifdef __NR_poll        /* x86_64; aarch64 has ppoll alone, below */
        test_record_init(&t, __NR_poll, 2);
        test_record_args(&t, 0x1000, 3, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, in, sizeof(in), 0);
        test_record_capture(&t, 1, 0, 512, out, sizeof(out), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "poll([{fd=3, events=POLLIN}, {fd=4, events=POLLPRI|POLLOUT}, {fd=-1}], 3, 0) = 2 "
                    "([{fd=3, revents=POLLIN}, {fd=4, revents=POLLOUT}])");
        t.h.ret = 0;
        CHECK(strstr(test_call(&t, NULL), "], 3, 0) = 0 (Timeout)"));
        /* No exit capture: the number alone. */
        t.h.ret = 2;
        t.h.cap[1] = (struct tl_capture) { .arg = 0, .flags = TL_CAPTURE_FAULT };
        CHECK(strstr(test_call(&t, NULL), "], 3, 0) = 2") && !strstr(test_call(&t, NULL), "= 2 ("));
        /* Blocked: the fds are there, the rest is not. */
        t.h.flags = TL_RECORD_UNFINISHED;
        test_record_args(&t, 0x1000, 3, (uint64_t) -1, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "poll([{fd=3, events=POLLIN}, {fd=4, events=POLLPRI|POLLOUT}, {fd=-1}], 3, -1 <unfinished ...>");
#endif

        test_record_init(&t, __NR_ppoll, 2);
        test_record_args(&t, 0x1000, 2, 0x2000, 0, 8, 0);
        test_record_capture(&t, 0, 0, 0, in, 16, 0);
        test_record_capture(&t, 1, 0, 128, out, 16, 0);
        test_record_capture(&t, 2, 2, 256, ts, sizeof(ts), 0);
        ts[1] = 3;
        test_record_capture(&t, 3, 2, 384, ts, sizeof(ts), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "ppoll([{fd=3, events=POLLIN}, {fd=4, events=POLLPRI|POLLOUT}], 2, {tv_sec=0, tv_nsec=5}, NULL, 8) = 2 "
                    "([{fd=3, revents=POLLIN}, {fd=4, revents=POLLOUT}], left {tv_sec=0, tv_nsec=3})");
}

/* A message header capture as the recorder lays it out (recorder-abi.h):
 * the header, name_room bytes of name, the control bytes, the iovec. */
static size_t msghdr_put(uint8_t *buf, const void *name, uint16_t name_room, const void *control,
                         uint16_t control_kept) {
        size_t pos = TL_MSGHDR_SIZE;

        put_u16(buf + TL_MSGHDR_NAME_ROOM, name_room);
        put_u16(buf + TL_MSGHDR_CONTROL_KEPT, control_kept);
        if (name_room)
                memcpy(buf + pos, name, name_room);
        pos += name_room;
        if (control_kept)
                memcpy(buf + pos, control, control_kept);
        return pos + ((control_kept + 7) & ~7U);
}

static void cmsg_put(uint8_t *p, uint64_t len, int32_t level, int32_t type, const void *data, size_t n) {
        put_u64(p, len);
        put_u32(p + 8, (uint32_t) level);
        put_u32(p + 12, (uint32_t) type);
        memcpy(p + 16, data, n);
}

/* sendmsg of "READY=1" with control_kept bytes of ctl captured. */
static void sendmsg_control(TestRecord *t, uint8_t *buf, const uint8_t *ctl, uint16_t control_kept) {
        size_t pos = 0, head = msghdr_put(buf, NULL, 0, ctl, control_kept);

        iov_put(buf + head, &pos, 0x7000, 7, "READY=1", 7, 0);
        test_record_capture(t, 0, 1, 0, buf, (uint16_t) (head + pos), 0);
        t->h.cap[0].orig_len = 1;
}

static void msghdr_sendmsg_recvmsg(void) {
        uint8_t buf[512] = {}, ctl[128] = {};
        uint8_t sin[16] = { 2, 0, 0, 80, 127, 0, 0, 1 };
        uint8_t sun[16] = { 1, 0, '/', 't', 'm', 'p', '/', 's', 0 };
        int32_t fds[2] = { 5, 6 }, cred[3] = { 42, 0, -1 };
        size_t pos = 0, head;
        TestRecord t;

        put_u64(buf, 0x5000);           /* msg_name */
        put_u32(buf + 8, 16);           /* msg_namelen */
        put_u64(buf + 16, 0x6000);      /* msg_iov */
        put_u64(buf + 24, 1);           /* msg_iovlen */
        head = msghdr_put(buf, sin, 16, NULL, 0);
        iov_put(buf + head, &pos, 0x7000, 7, "READY=1", 7, 0);
        test_record_init(&t, __NR_sendmsg, 7);
        test_record_args(&t, 3, 0x4000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, buf, (uint16_t) (head + pos), 0);
        t.h.cap[0].orig_len = 1;
        CHECK_STREQ(test_call(&t, NULL),
                    "sendmsg(3, {msg_name={sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}, "
                    "msg_namelen=16, msg_iov=[{iov_base=\"READY=1\", iov_len=7}], msg_iovlen=1, msg_controllen=0, "
                    "msg_flags=0}, 0) = 7");

        /* No name; two fds and credentials, as sd_notify sends them. */
        put_u64(buf, 0);
        put_u32(buf + 8, 0);
        put_u64(buf + 32, 0x8000);
        put_u64(buf + 40, 56);
        cmsg_put(ctl, 24, 1, 1, fds, sizeof(fds));
        cmsg_put(ctl + 24, 28, 1, 2, cred, sizeof(cred));
        sendmsg_control(&t, buf, ctl, 56);
        CHECK_STREQ(test_call(&t, NULL),
                    "sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"READY=1\", iov_len=7}], msg_iovlen=1, "
                    "msg_control=[{cmsg_len=24, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[5, 6]}, "
                    "{cmsg_len=28, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=42, uid=0, gid=-1}}], "
                    "msg_controllen=56, msg_flags=0}, 0) = 7");

        /* Only the first message kept: it, then "...". */
        sendmsg_control(&t, buf, ctl, 32);
        CHECK(strstr(test_call(&t, NULL), "msg_control=[{cmsg_len=24, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, "
                                          "cmsg_data=[5, 6]}, ...], msg_controllen=56"));
        /* The second one's header without its data: the header, then "...". */
        sendmsg_control(&t, buf, ctl, 48);
        CHECK(strstr(test_call(&t, NULL), "cmsg_data=[5, 6]}, {cmsg_len=28, cmsg_level=SOL_SOCKET, "
                                          "cmsg_type=SCM_CREDENTIALS}, ...], msg_controllen=56"));

        /* Unknown levels and types; a length below a header's; leftover bytes. */
        cmsg_put(ctl, 16, 999, 3, "", 0);
        cmsg_put(ctl + 16, 5, 1, 77, "", 0);
        put_u64(buf + 40, 40);
        sendmsg_control(&t, buf, ctl, 40);
        CHECK(strstr(test_call(&t, NULL), "msg_control=[{cmsg_len=16, cmsg_level=0x3e7 /* SOL_??? */, cmsg_type=0x3}, "
                                          "{cmsg_len=5, cmsg_level=SOL_SOCKET, cmsg_type=0x4d /* SCM_??? */}, "
                                          "... /* 0x8020 */], msg_controllen=40"));

        /* Control bytes not kept (unreadable), or fewer than a header: the address. */
        sendmsg_control(&t, buf, ctl, 0);
        CHECK(strstr(test_call(&t, NULL), "msg_iovlen=1, msg_control=0x8000, msg_controllen=40, msg_flags=0}"));

        /* Too short for the header: the address. */
        test_record_capture(&t, 0, 1, 0, buf, 40, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "sendmsg(3, 0x4000, 0) = 7");
        /* Counts that point past the capture: the address. */
        put_u16(buf + TL_MSGHDR_CONTROL_KEPT, 400);
        test_record_capture(&t, 0, 1, 0, buf, 120, 0);
        CHECK_STREQ(test_call(&t, NULL), "sendmsg(3, 0x4000, 0) = 7");

        /* recvmsg from a named sender: the length given, then the kernel's;
         * the name as long as the shorter of the two. */
        memset(buf, 0, sizeof(buf));
        put_u64(buf, 0x5000);
        put_u32(buf + 8, 9);
        put_u64(buf + 16, 0x6000);
        put_u64(buf + 24, 1);
        head = msghdr_put(buf, sun, 16, NULL, 0);
        pos = 0;
        iov_put(buf + head, &pos, 0x7000, 64, "n", 1, 0);
        test_record_init(&t, __NR_recvmsg, 1);
        test_record_args(&t, 3, 0x4000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, buf, (uint16_t) (head + pos), 0);
        t.h.cap[0].orig_len = 1;
        t.h.cap[1] = (struct tl_capture) { .arg = 1, .flags = TL_CAPTURE_INLINE, .orig_len = 110 };
        CHECK_STREQ(test_call(&t, NULL),
                    "recvmsg(3, {msg_name={sa_family=AF_UNIX, sun_path=\"/tmp/s\"}, msg_namelen=110 => 9, "
                    "msg_iov=[{iov_base=\"n\", iov_len=64}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 1");
        t.h.cap[1].orig_len = 4;
        CHECK(strstr(test_call(&t, NULL), "{msg_name={sa_family=AF_UNIX, sun_path=\"/t\"}, msg_namelen=4 => 9, "));
        t.h.cap[1].orig_len = 9;
        CHECK(strstr(test_call(&t, NULL), "sun_path=\"/tmp/s\"}, msg_namelen=9, "));
        /* Read again at exit: the kernel's value, not the one given. */
        t.h.cap[1].flags |= TL_CAPTURE_AT_EXIT;
        t.h.cap[1].orig_len = 110;
        CHECK(strstr(test_call(&t, NULL), "sun_path=\"/tmp/s\"}, msg_namelen=9, "));
        /* The sender had no name: the buffer's address. */
        t.h.cap[1] = (struct tl_capture) { .arg = 1, .flags = TL_CAPTURE_INLINE, .orig_len = 110 };
        put_u32(buf + 8, 0);
        test_record_capture(&t, 0, 1, 0, buf, (uint16_t) (head + pos), 0);
        t.h.cap[0].orig_len = 1;
        CHECK(strstr(test_call(&t, NULL), "{msg_name=0x5000, msg_namelen=110 => 0, "));

        /* recvmsg failed: the length given, as strace read it at enter; the
         * address if that was not read. */
        test_record_init(&t, __NR_recvmsg, -EAGAIN);
        test_record_args(&t, 3, 0x4000, 0x40, 0, 0, 0);
        t.h.cap[1] = (struct tl_capture) { .arg = 1, .flags = TL_CAPTURE_INLINE, .orig_len = 110 };
        CHECK_STREQ(test_call(&t, NULL),
                    "recvmsg(3, {msg_namelen=110}, MSG_DONTWAIT) = -1 EAGAIN (Resource temporarily unavailable)");
        t.h.cap[1] = (struct tl_capture) { .arg = 1, .flags = TL_CAPTURE_FAULT };
        CHECK_STREQ(test_call(&t, NULL), "recvmsg(3, 0x4000, MSG_DONTWAIT) = -1 EAGAIN (Resource temporarily unavailable)");
}

/* One control message of n data bytes through print_cmsgs(), as sendmsg
 * would pass it (msg_controllen = CMSG_SPACE(n)). */
static const char *cmsg_text(int32_t level, int32_t type, const void *data, size_t n) {
        static char text[512];
        uint8_t ctl[256] = {};
        size_t space = 16 + ((n + 7) & ~(size_t) 7);
        StrBuf b = {};

        cmsg_put(ctl, 16 + n, level, type, data, n);
        if (print_cmsgs(&b, ctl, space, space, 0x8000, 32) < 0 || !b.buf)
                snprintf(text, sizeof(text), "(error)");
        else
                snprintf(text, sizeof(text), "%s", b.buf);
        strbuf_done(&b);
        return text;
}

/* The expected texts are strace 6.1's, for the same bytes sent with sendmsg. */
static void cmsg_types(void) {
        int64_t ts[6] = { 1, 2, 3, 4, 5, 6 };
        uint8_t tos[5] = { 1, 2, 3, 0xff, 5 }, zero[4] = {};
        uint8_t pktinfo[12] = { 1, 0, 0, 0, 127, 0, 0, 1, 127, 0, 0, 2 };
        uint8_t sin[16] = { 2, 0, 0, 80, 127, 0, 0, 1 };
        uint8_t ee[32] = { 1, 0, 0, 0xff, 5 };
        int32_t fds[40];
        const struct {
                int32_t level, type;
                const void *data;
                size_t n;
                const char *text;
        } cases[] = {
                { 1, 29, ts, 16,
                  "[{cmsg_len=32, cmsg_level=SOL_SOCKET, cmsg_type=SO_TIMESTAMP_OLD, cmsg_data={tv_sec=1, tv_usec=2}}]" },
                { 1, 29, ts, 8,
                  "[{cmsg_len=24, cmsg_level=SOL_SOCKET, cmsg_type=SO_TIMESTAMP_OLD, cmsg_data=???}]" },
                { 1, 64, ts, 16,
                  "[{cmsg_len=32, cmsg_level=SOL_SOCKET, cmsg_type=SO_TIMESTAMPNS_NEW, cmsg_data={tv_sec=1, tv_nsec=2}}]" },
                { 1, 37, ts, 48,
                  "[{cmsg_len=64, cmsg_level=SOL_SOCKET, cmsg_type=SO_TIMESTAMPING_OLD, cmsg_data=[{tv_sec=1, tv_nsec=2}, "
                  "{tv_sec=3, tv_nsec=4}, {tv_sec=5, tv_nsec=6}]}]" },
                { 1, 37, ts, 32,
                  "[{cmsg_len=48, cmsg_level=SOL_SOCKET, cmsg_type=SO_TIMESTAMPING_OLD, cmsg_data=???}]" },
                { 1, 3, "unconfined", 11,
                  "[{cmsg_len=27, cmsg_level=SOL_SOCKET, cmsg_type=SCM_SECURITY, cmsg_data=\"unconfined\\0\"}]" },
                { 1, 1, fds, sizeof(fds),
                  "[{cmsg_len=176, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, "
                  "10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, ...]}]" },
                { 1, 2, fds, 8,
                  "[{cmsg_len=24, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS}]" },
                { 1, 41, tos, 4,
                  "[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SO_WIFI_STATUS}]" },
                { 0, 1, tos, 5,
                  "[{cmsg_len=21, cmsg_level=SOL_IP, cmsg_type=IP_TOS, cmsg_data=[0x1, 0x2, 0x3, 0xff, 0x5]}]" },
                { 0, 2, zero, 4,
                  "[{cmsg_len=20, cmsg_level=SOL_IP, cmsg_type=IP_TTL, cmsg_data=[0]}]" },
                { 0, 8, pktinfo, 12,
                  "[{cmsg_len=28, cmsg_level=SOL_IP, cmsg_type=IP_PKTINFO, cmsg_data={ipi_ifindex=if_nametoindex(\"lo\"), "
                  "ipi_spec_dst=inet_addr(\"127.0.0.1\"), ipi_addr=inet_addr(\"127.0.0.2\")}}]" },
                { 0, 20, sin, 16,
                  "[{cmsg_len=32, cmsg_level=SOL_IP, cmsg_type=IP_ORIGDSTADDR, cmsg_data={sa_family=AF_INET, "
                  "sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}}]" },
                { 0, 11, ee, 32,
                  "[{cmsg_len=48, cmsg_level=SOL_IP, cmsg_type=IP_RECVERR, cmsg_data={ee_errno=4278190081, ee_origin=5, "
                  "ee_type=0, ee_code=0, ee_info=0, ee_data=0, offender={sa_family=AF_UNSPEC, "
                  "sa_data=\"\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}}}]" },
                { 0, 1234, tos, 5,
                  "[{cmsg_len=21, cmsg_level=SOL_IP, cmsg_type=0x4d2 /* IP_??? */}]" },
                { 1, 0, tos, 5,
                  "[{cmsg_len=21, cmsg_level=SOL_SOCKET, cmsg_type=0 /* SCM_??? */}]" },
        };

        for (int i = 0; i < 40; i++)
                fds[i] = i;
        for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
                CHECK_STREQ(cmsg_text(cases[i].level, cases[i].type, cases[i].data, cases[i].n), cases[i].text);
}

/* strace dates times in local time: the tests pin TZ as the golden test does. */
static void use_utc(void) {
        setenv("TZ", "UTC", 1);
        tzset();
}

static void timeval_and_itimerval(void) {
        TestRecord t;
        uint64_t tv[2] = { 1733140000, 637500 }, itv[4] = { 0, 0, 1, 0 }, old[4] = { 0, 0, 0, 999955 };

        test_record_init(&t, __NR_gettimeofday, 0);
        test_record_args(&t, 0x7ffc1000, 0, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, tv, sizeof(tv), 0);
        CHECK_STREQ(test_call(&t, NULL), "gettimeofday({tv_sec=1733140000, tv_usec=637500}, NULL) = 0");
        /* Cut short, faulted or failed: the address. */
        test_record_capture(&t, 0, 0, 0, tv, 8, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "gettimeofday(0x7ffc1000, NULL) = 0");
        test_record_capture(&t, 0, 0, 0, NULL, 0, TL_CAPTURE_FAULT);
        CHECK_STREQ(test_call(&t, NULL), "gettimeofday(0x7ffc1000, NULL) = 0");
        test_record_init(&t, __NR_gettimeofday, -EFAULT);
        test_record_args(&t, 0x1, 0, 0, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "gettimeofday(0x1, NULL) = -1 EFAULT (Bad address)");

        /* What the caller gave: shown even when the call failed. */
        test_record_init(&t, __NR_settimeofday, -EPERM);
        test_record_args(&t, 0x7ffc1000, 0, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, tv, sizeof(tv), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "settimeofday({tv_sec=1733140000, tv_usec=637500}, NULL) = -1 EPERM (Operation not permitted)");

        test_record_init(&t, __NR_getitimer, 0);
        test_record_args(&t, 0, 0x7ffc2000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, old, sizeof(old), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "getitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=999955}}) = 0");
        test_record_capture(&t, 0, 1, 0, old, 24, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "getitimer(ITIMER_REAL, 0x7ffc2000) = 0");

        /* The new value at enter, the old one at exit. */
        test_record_init(&t, __NR_setitimer, 0);
        test_record_args(&t, 0, 0x7ffc3000, 0x7ffc4000, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, itv, sizeof(itv), 0);
        test_record_capture(&t, 1, 2, 64, old, sizeof(old), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "setitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=1, tv_usec=0}}, "
                    "{it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=999955}}) = 0");
        t.h.args[2] = 0;
        CHECK_STREQ(test_call(&t, NULL),
                    "setitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=1, tv_usec=0}}, NULL) = 0");
        test_record_init(&t, __NR_setitimer, -EFAULT);
        test_record_args(&t, 0, 0x1, 0x7ffc4000, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, NULL, 0, TL_CAPTURE_FAULT);
        CHECK_STREQ(test_call(&t, NULL), "setitimer(ITIMER_REAL, 0x1, 0x7ffc4000) = -1 EFAULT (Bad address)");
}

static void itimerspec_and_timer_id(void) {
        TestRecord t;
        uint64_t its[4] = { 0, 5000, 100, 0 }, old[4] = { 0, 5000, 99, 999952141 };

        test_record_init(&t, __NR_timerfd_settime, 0);
        test_record_args(&t, 3, 0, 0x7ffc1000, 0, 0, 0);
        test_record_capture(&t, 0, 2, 0, its, sizeof(its), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "timerfd_settime(3, 0, {it_interval={tv_sec=0, tv_nsec=5000}, it_value={tv_sec=100, tv_nsec=0}}, NULL) = 0");
        test_record_capture(&t, 0, 2, 0, NULL, 0, TL_CAPTURE_FAULT);
        CHECK_STREQ(test_call(&t, NULL), "timerfd_settime(3, 0, 0x7ffc1000, NULL) = 0");

        test_record_init(&t, __NR_timer_settime, 0);
        test_record_args(&t, 0, 0, 0x7ffc1000, 0x7ffc2000, 0, 0);
        test_record_capture(&t, 0, 2, 0, its, sizeof(its), 0);
        test_record_capture(&t, 1, 3, 64, old, sizeof(old), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "timer_settime(0, 0, {it_interval={tv_sec=0, tv_nsec=5000}, it_value={tv_sec=100, tv_nsec=0}}, "
                    "{it_interval={tv_sec=0, tv_nsec=5000}, it_value={tv_sec=99, tv_nsec=999952141}}) = 0");
        /* Failed: the old value was never written. */
        t.h.ret = -EINVAL;
        CHECK_STREQ(test_call(&t, NULL),
                    "timer_settime(0, 0, {it_interval={tv_sec=0, tv_nsec=5000}, it_value={tv_sec=100, tv_nsec=0}}, "
                    "0x7ffc2000) = -1 EINVAL (Invalid argument)");

        test_record_init(&t, __NR_timerfd_gettime, 0);
        test_record_args(&t, 3, 0x7ffc2000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, old, sizeof(old), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "timerfd_gettime(3, {it_interval={tv_sec=0, tv_nsec=5000}, it_value={tv_sec=99, tv_nsec=999952141}}) = 0");

        test_record_init(&t, __NR_timer_create, 0);
        test_record_args(&t, 1, 0, 0x7ffc3000, 0, 0, 0);
        capture_inline(&t, 0, 2, 7);
        CHECK_STREQ(test_call(&t, NULL), "timer_create(CLOCK_MONOTONIC, NULL, [7]) = 0");
        /* Not inline: not a capture this recorder writes. */
        test_record_capture(&t, 0, 2, 0, "abcd", 4, 0);
        CHECK_STREQ(test_call(&t, NULL), "timer_create(CLOCK_MONOTONIC, NULL, 0x7ffc3000) = 0");
        test_record_init(&t, __NR_timer_create, -EFAULT);
        test_record_args(&t, 1, 0, 0x1, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "timer_create(CLOCK_MONOTONIC, NULL, 0x1) = -1 EFAULT (Bad address)");
        test_record_init(&t, __NR_timer_create, 0);
        t.h.flags = TL_RECORD_UNFINISHED;
        test_record_args(&t, 1, 0, 0x7ffc3000, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "timer_create(CLOCK_MONOTONIC, NULL, <unfinished ...>");
}

static void time_and_utimes_dates(void) {
        use_utc();
        /* x86_64 alone: aarch64 has neither time nor utimes */
#ifdef __NR_time
        {
                uint64_t now = 1733140000;
                TestRecord t;

                test_record_init(&t, __NR_time, 1733140000);
                test_record_args(&t, 0, 0, 0, 0, 0, 0);
                CHECK_STREQ(test_call(&t, NULL), "time(NULL) = 1733140000 (2024-12-02T11:46:40+0000)");
                test_record_args(&t, 0x7ffc1000, 0, 0, 0, 0, 0);
                test_record_capture(&t, 0, 0, 0, &now, sizeof(now), 0);
                CHECK_STREQ(test_call(&t, NULL),
                            "time([1733140000 /* 2024-12-02T11:46:40+0000 */]) = 1733140000 (2024-12-02T11:46:40+0000)");
                test_record_capture(&t, 0, 0, 0, &now, 4, TL_CAPTURE_TRUNCATED);
                CHECK_STREQ(test_call(&t, NULL), "time(0x7ffc1000) = 1733140000 (2024-12-02T11:46:40+0000)");
                test_record_init(&t, __NR_time, -EFAULT);
                test_record_args(&t, 0x1, 0, 0, 0, 0, 0);
                CHECK_STREQ(test_call(&t, NULL), "time(0x1) = -1 EFAULT (Bad address)");
        }
#endif
#ifdef __NR_utimes
        {
                uint64_t tv[4] = { 1, 2, 3, 4 };
                TestRecord t;

                test_record_init(&t, __NR_utimes, 0);
                test_record_args(&t, 0x1000, 0x7ffc2000, 0, 0, 0, 0);
                test_record_capture(&t, 0, 0, 0, "/x", 2, TL_CAPTURE_STRING);
                test_record_capture(&t, 1, 1, 64, tv, sizeof(tv), 0);
                CHECK_STREQ(test_call(&t, NULL),
                            "utimes(\"/x\", [{tv_sec=1, tv_usec=2} /* 1970-01-01T00:00:01.000002+0000 */, "
                            "{tv_sec=3, tv_usec=4} /* 1970-01-01T00:00:03.000004+0000 */]) = 0");
                test_record_capture(&t, 1, 1, 64, tv, 16, TL_CAPTURE_TRUNCATED);
                CHECK_STREQ(test_call(&t, NULL), "utimes(\"/x\", 0x7ffc2000) = 0");
        }
#endif
}

static void rusage_getrusage_wait4(void) {
        TestRecord t;
        uint64_t ru[4] = { 0, 1234, 0, 1799 };

        test_record_init(&t, __NR_getrusage, 0);
        test_record_args(&t, 0, 0x7ffc1000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, ru, sizeof(ru), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "getrusage(RUSAGE_SELF, {ru_utime={tv_sec=0, tv_usec=1234}, ru_stime={tv_sec=0, tv_usec=1799}, ...}) = 0");
        test_record_capture(&t, 0, 1, 0, ru, 16, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "getrusage(RUSAGE_SELF, 0x7ffc1000) = 0");

        test_record_init(&t, __NR_wait4, 1234);
        test_record_args(&t, (uint64_t) -1, 0, 0, 0x7ffc2000, 0, 0);
        test_record_capture(&t, 0, 3, 0, ru, sizeof(ru), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "wait4(-1, NULL, 0, {ru_utime={tv_sec=0, tv_usec=1234}, ru_stime={tv_sec=0, tv_usec=1799}, ...}) = 1234");
        t.h.args[1] = 0x7ffc3000;
        capture_inline(&t, 1, 1, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, "
                    "{ru_utime={tv_sec=0, tv_usec=1234}, ru_stime={tv_sec=0, tv_usec=1799}, ...}) = 1234");
        test_record_init(&t, __NR_wait4, -ECHILD);
        test_record_args(&t, (uint64_t) -1, 0, 0, 0x7ffc2000, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "wait4(-1, NULL, 0, 0x7ffc2000) = -1 ECHILD (No child processes)");
}

static void nanosleep_remaining_time(void) {
        TestRecord t;
        uint64_t req[2] = { 1, 0 }, rem[2] = { 0, 900064494 };

        /* Interrupted: the kernel wrote what was left. */
        test_record_init(&t, __NR_nanosleep, -516);
        test_record_args(&t, 0x7ffc1000, 0x7ffc2000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, req, sizeof(req), 0);
        test_record_capture(&t, 1, 1, 64, rem, sizeof(rem), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "nanosleep({tv_sec=1, tv_nsec=0}, {tv_sec=0, tv_nsec=900064494}) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)");
        test_record_capture(&t, 1, 1, 64, rem, 8, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL),
                    "nanosleep({tv_sec=1, tv_nsec=0}, 0x7ffc2000) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)");
        /* Slept to the end, or failed otherwise: not written, the address. */
        test_record_capture(&t, 1, 1, 64, rem, sizeof(rem), 0);
        t.h.ret = 0;
        CHECK_STREQ(test_call(&t, NULL), "nanosleep({tv_sec=1, tv_nsec=0}, 0x7ffc2000) = 0");
        t.h.ret = -EINVAL;
        CHECK_STREQ(test_call(&t, NULL), "nanosleep({tv_sec=1, tv_nsec=0}, 0x7ffc2000) = -1 EINVAL (Invalid argument)");
        t.h.args[1] = 0;
        t.h.ret = -516;
        CHECK_STREQ(test_call(&t, NULL),
                    "nanosleep({tv_sec=1, tv_nsec=0}, NULL) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)");

        test_record_init(&t, __NR_clock_nanosleep, -516);
        test_record_args(&t, 0, 0, 0x7ffc1000, 0x7ffc2000, 0, 0);
        test_record_capture(&t, 0, 2, 0, req, sizeof(req), 0);
        test_record_capture(&t, 1, 3, 64, rem, sizeof(rem), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=1, tv_nsec=0}, {tv_sec=0, tv_nsec=900064494}) = "
                    "? ERESTART_RESTARTBLOCK (Interrupted by signal)");
        /* TIMER_ABSTIME: nothing is left to tell. */
        t.h.args[1] = 1;
        t.h.ret = -514;
        CHECK_STREQ(test_call(&t, NULL),
                    "clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, {tv_sec=1, tv_nsec=0}, 0x7ffc2000) = "
                    "? ERESTARTNOHAND (To be restarted if no handler)");
}

static void timezone_tms_interval(void) {
        TestRecord t;
        uint64_t tv[2] = { 5, 6 }, tms[4] = { 1, 2, 3, 4 }, ts[2] = { 0, 100000000 };
        int32_t tz[2] = { -60, 0 };

        test_record_init(&t, __NR_gettimeofday, 0);
        test_record_args(&t, 0x7ffc1000, 0x7ffc2000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, tv, sizeof(tv), 0);
        test_record_capture(&t, 1, 1, 64, tz, sizeof(tz), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "gettimeofday({tv_sec=5, tv_usec=6}, {tz_minuteswest=-60, tz_dsttime=0}) = 0");
        test_record_capture(&t, 1, 1, 64, tz, 4, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "gettimeofday({tv_sec=5, tv_usec=6}, 0x7ffc2000) = 0");

        test_record_init(&t, __NR_settimeofday, -EPERM);
        test_record_args(&t, 0, 0x7ffc2000, 0, 0, 0, 0);
        test_record_capture(&t, 1, 1, 0, tz, sizeof(tz), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "settimeofday(NULL, {tz_minuteswest=-60, tz_dsttime=0}) = -1 EPERM (Operation not permitted)");

        test_record_init(&t, __NR_times, 1718933304);
        test_record_args(&t, 0x7ffc3000, 0, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, tms, sizeof(tms), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "times({tms_utime=1, tms_stime=2, tms_cutime=3, tms_cstime=4}) = 1718933304");
        test_record_capture(&t, 0, 0, 0, NULL, 0, TL_CAPTURE_FAULT);
        CHECK_STREQ(test_call(&t, NULL), "times(0x7ffc3000) = 1718933304");
        t.h.args[0] = 0;
        CHECK_STREQ(test_call(&t, NULL), "times(NULL) = 1718933304");

        test_record_init(&t, __NR_sched_rr_get_interval, 0);
        test_record_args(&t, 0, 0x7ffc4000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, ts, sizeof(ts), 0);
        CHECK_STREQ(test_call(&t, NULL), "sched_rr_get_interval(0, {tv_sec=0, tv_nsec=100000000}) = 0");
        t.h.ret = -ESRCH;
        CHECK_STREQ(test_call(&t, NULL), "sched_rr_get_interval(0, 0x7ffc4000) = -1 ESRCH (No such process)");
}

static void utimensat_and_utime_dates(void) {
        TestRecord t;
        uint64_t ts[4] = { 1, 2, 0, (1 << 30) - 1 }, ts2[4] = { 0, (1 << 30) - 2, 1733140000, 999999999 },
                bad[4] = { 1, 1000000000, (uint64_t) -1, 5 };

        use_utc();
        test_record_init(&t, __NR_utimensat, 0);
        test_record_args(&t, (uint64_t) -100, 0x1000, 0x7ffc1000, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "/y", 2, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 2, 64, ts, sizeof(ts), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "utimensat(AT_FDCWD, \"/y\", [{tv_sec=1, tv_nsec=2} /* 1970-01-01T00:00:01.000000002+0000 */, UTIME_NOW], 0) = 0");
        test_record_capture(&t, 1, 2, 64, ts2, sizeof(ts2), 0);
        t.h.args[3] = 0x100;
        CHECK_STREQ(test_call(&t, NULL),
                    "utimensat(AT_FDCWD, \"/y\", [UTIME_OMIT, {tv_sec=1733140000, tv_nsec=999999999} "
                    "/* 2024-12-02T11:46:40.999999999+0000 */], AT_SYMLINK_NOFOLLOW) = 0");
        /* A fraction the kernel refuses gets no date; given at enter, shown when the call failed. */
        test_record_capture(&t, 1, 2, 64, bad, sizeof(bad), 0);
        t.h.args[3] = 0;
        t.h.ret = -EINVAL;
        CHECK_STREQ(test_call(&t, NULL),
                    "utimensat(AT_FDCWD, \"/y\", [{tv_sec=1, tv_nsec=1000000000}, {tv_sec=-1, tv_nsec=5} "
                    "/* 1969-12-31T23:59:59.000000005+0000 */], 0) = -1 EINVAL (Invalid argument)");
        test_record_capture(&t, 1, 2, 64, bad, 24, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "utimensat(AT_FDCWD, \"/y\", 0x7ffc1000, 0) = -1 EINVAL (Invalid argument)");

#ifdef __NR_utime
        {
                uint64_t ub[2] = { 1, 2 };

                test_record_init(&t, __NR_utime, 0);
                test_record_args(&t, 0x1000, 0x7ffc2000, 0, 0, 0, 0);
                test_record_capture(&t, 0, 0, 0, "/y", 2, TL_CAPTURE_STRING);
                test_record_capture(&t, 1, 1, 64, ub, sizeof(ub), 0);
                CHECK_STREQ(test_call(&t, NULL),
                            "utime(\"/y\", {actime=1 /* 1970-01-01T00:00:01+0000 */, modtime=2 /* 1970-01-01T00:00:02+0000 */}) = 0");
                test_record_capture(&t, 1, 1, 64, NULL, 0, TL_CAPTURE_FAULT);
                CHECK_STREQ(test_call(&t, NULL), "utime(\"/y\", 0x7ffc2000) = 0");
        }
#endif
}

static void futex_timeout(void) {
        TestRecord t;
        uint64_t ts[2] = { 1, 500 };

        test_record_init(&t, __NR_futex, -ETIMEDOUT);
        test_record_args(&t, 0x7ffc1000, 0x80, 1, 0x7ffc2000, 0, 0);
        test_record_capture(&t, 0, 3, 0, ts, sizeof(ts), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "futex(0x7ffc1000, FUTEX_WAIT_PRIVATE, 1, {tv_sec=1, tv_nsec=500}) = -1 ETIMEDOUT (Connection timed out)");
        t.h.args[3] = 0;
        CHECK_STREQ(test_call(&t, NULL), "futex(0x7ffc1000, FUTEX_WAIT_PRIVATE, 1, NULL) = -1 ETIMEDOUT (Connection timed out)");
        /* FUTEX_CMP_REQUEUE: the fourth argument is a count, whatever was read behind it. */
        test_record_init(&t, __NR_futex, 0);
        test_record_args(&t, 0x7ffc1000, 0x84, 1, 7, 0x7ffc3000, 0);
        test_record_capture(&t, 0, 3, 0, NULL, 0, TL_CAPTURE_FAULT);
        CHECK_STREQ(test_call(&t, NULL), "futex(0x7ffc1000, FUTEX_CMP_REQUEUE_PRIVATE, 1, 7, 0x7ffc3000, 0) = 0");
        /* The timeout unreadable: its address. */
        test_record_init(&t, __NR_futex, -EFAULT);
        test_record_args(&t, 0x7ffc1000, 0x189, 1, 0x1, 0, 0xffffffff);
        test_record_capture(&t, 0, 3, 0, NULL, 0, TL_CAPTURE_FAULT);
        CHECK_STREQ(test_call(&t, NULL),
                    "futex(0x7ffc1000, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 1, 0x1, FUTEX_BITSET_MATCH_ANY) = -1 EFAULT (Bad address)");
}

/* int, uid_t and loff_t behind pointers: the kernel's value, the value given,
 * or both. */
static void scalars_behind_pointers(void) {
        TestRecord t;
        int64_t off0 = 0, off5 = 5, off9 = 9;

        /* FIONREAD: the int written back, only once the call succeeded. */
        test_record_init(&t, __NR_ioctl, 0);
        test_record_args(&t, 3, 0x541b, 0x1000, 0, 0, 0);
        capture_inline(&t, 0, 2, 5);
        CHECK_STREQ(test_call(&t, NULL), "ioctl(3, FIONREAD, [5]) = 0");
        t.h.ret = -EFAULT;
        t.h.args[2] = 1;
        t.h.cap[0] = (struct tl_capture) {};
        CHECK_STREQ(test_call(&t, NULL), "ioctl(3, FIONREAD, 0x1) = -1 EFAULT (Bad address)");
        /* The recorder could not read it: the address. */
        test_record_init(&t, __NR_ioctl, 0);
        test_record_args(&t, 3, 0x541b, 0x1000, 0, 0, 0);
        t.h.cap[0] = (struct tl_capture) { .arg = 2, .flags = TL_CAPTURE_FAULT };
        CHECK_STREQ(test_call(&t, NULL), "ioctl(3, FIONREAD, 0x1000) = 0");
        /* Another request keeps its form, whatever the capture holds. */
        test_record_args(&t, 3, 0x5401, 0x1000, 0, 0, 0);
        capture_inline(&t, 0, 2, 5);
        CHECK_STREQ(test_call(&t, NULL), "ioctl(3, TCGETS, 0x1000) = 0");

        /* getresuid: three inline uids; -1 as strace prints uid_t. */
        test_record_init(&t, __NR_getresuid, 0);
        test_record_args(&t, 0x1000, 0x1004, 0x1008, 0, 0, 0);
        capture_inline(&t, 0, 0, 0);
        capture_inline(&t, 1, 1, 1000);
        capture_inline(&t, 2, 2, UINT32_MAX);
        CHECK_STREQ(test_call(&t, NULL), "getresuid([0], [1000], [-1]) = 0");
        /* Failed: the kernel wrote nothing, the addresses. */
        test_record_init(&t, __NR_getresgid, -EFAULT);
        test_record_args(&t, 0x1000, 1, 0x1008, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "getresgid(0x1000, 0x1, 0x1008) = -1 EFAULT (Bad address)");
        /* Unfinished: nothing written yet. */
        test_record_init(&t, __NR_getresuid, 0);
        t.h.flags = TL_RECORD_UNFINISHED;
        test_record_args(&t, 0x1000, 0x1004, 0x1008, 0, 0, 0);
        CHECK(!strstr(test_call(&t, NULL), "["));

        /* get_robust_list: the pointer and the length the kernel wrote (strace 6.1:
         * get_robust_list(0, [0x7f7e2b3fea20], [24]) = 0), [NULL] for none. */
        {
                uint64_t head = 0x7f7e2b3fea20, len = 24, none = 0;

                test_record_init(&t, __NR_get_robust_list, 0);
                test_record_args(&t, 0, 0x1000, 0x1008, 0, 0, 0);
                test_record_capture(&t, 0, 1, 0, &head, 8, 0);
                test_record_capture(&t, 1, 2, 8, &len, 8, 0);
                CHECK_STREQ(test_call(&t, NULL), "get_robust_list(0, [0x7f7e2b3fea20], [24]) = 0");
                test_record_capture(&t, 0, 1, 0, &none, 8, 0);
                CHECK_STREQ(test_call(&t, NULL), "get_robust_list(0, [NULL], [24]) = 0");
                /* Failed or unreadable: the addresses. */
                test_record_capture(&t, 1, 2, 8, &len, 4, TL_CAPTURE_TRUNCATED);
                CHECK_STREQ(test_call(&t, NULL), "get_robust_list(0, [NULL], 0x1008) = 0");
                t.h.ret = -ESRCH;
                CHECK_STREQ(test_call(&t, NULL), "get_robust_list(0, 0x1000, 0x1008) = -1 ESRCH (No such process)");
        }

        /* sendfile: the offset given and where the kernel left it. */
        test_record_init(&t, __NR_sendfile, 5);
        test_record_args(&t, 4, 5, 0x1000, 5, 0, 0);
        test_record_capture(&t, 0, 2, 0, &off0, 8, 0);
        test_record_capture(&t, 1, 2, 8, &off5, 8, 0);
        CHECK_STREQ(test_call(&t, NULL), "sendfile(4, 5, [0] => [5], 5) = 5");
        /* Failed: no exit capture, the value given. */
        t.h.ret = -EBADF;
        t.h.cap[1] = (struct tl_capture) {};
        CHECK_STREQ(test_call(&t, NULL), "sendfile(4, 5, [0], 5) = -1 EBADF (Bad file descriptor)");
        /* A truncated enter capture: the address. */
        test_record_capture(&t, 0, 2, 0, &off0, 4, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "sendfile(4, 5, 0x1000, 5) = -1 EBADF (Bad file descriptor)");
        t.h.args[2] = 0;
        CHECK_STREQ(test_call(&t, NULL), "sendfile(4, 5, NULL, 5) = -1 EBADF (Bad file descriptor)");

        /* copy_file_range, splice: the offsets as given. */
        test_record_init(&t, __NR_copy_file_range, 4);
        test_record_args(&t, 5, 0x1000, 8, 0x2000, 4, 0);
        test_record_capture(&t, 0, 1, 0, &off9, 8, 0);
        test_record_capture(&t, 1, 3, 8, &off0, 8, 0);
        CHECK_STREQ(test_call(&t, NULL), "copy_file_range(5, [9], 8, [0], 4, 0) = 4");
        t.h.ret = -EBADF;
        CHECK_STREQ(test_call(&t, NULL), "copy_file_range(5, [9], 8, [0], 4, 0) = -1 EBADF (Bad file descriptor)");
        test_record_init(&t, __NR_splice, 3);
        test_record_args(&t, 5, 0x1000, 7, 0, 3, 0);
        test_record_capture(&t, 0, 1, 0, &off0, 8, 0);
        CHECK_STREQ(test_call(&t, NULL), "splice(5, [0], 7, NULL, 3, 0) = 3");
        t.h.cap[0].flags = TL_CAPTURE_FAULT;
        CHECK_STREQ(test_call(&t, NULL), "splice(5, 0x1000, 7, NULL, 3, 0) = 3");
}

/* Socket option values: ints as strace prints them, any other as the address. */
static void sockopt_int_values(void) {
        TestRecord t;
        int32_t one = 1, rcvbuf = 131072;

        test_record_init(&t, __NR_setsockopt, 0);
        test_record_args(&t, 3, 1 /* SOL_SOCKET */, 2 /* SO_REUSEADDR */, 0x1000, 4, 0);
        test_record_capture(&t, 0, 3, 0, &one, 4, 0);
        CHECK_STREQ(test_call(&t, NULL), "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0");
        /* Longer than an int: its first int; shorter: the address. */
        t.h.args[4] = 8;
        t.h.cap[0].orig_len = 8;
        CHECK_STREQ(test_call(&t, NULL), "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 8) = 0");
        t.h.args[4] = 2;
        test_record_capture(&t, 0, 3, 0, &one, 2, 0);
        CHECK_STREQ(test_call(&t, NULL), "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, 0x1000, 2) = 0");
        /* Unreadable: the address, even though the call fails after. */
        t.h.args[4] = 4;
        t.h.ret = -EFAULT;
        t.h.cap[0] = (struct tl_capture) { .arg = 3, .flags = TL_CAPTURE_FAULT };
        CHECK_STREQ(test_call(&t, NULL), "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, 0x1000, 4) = -1 EFAULT (Bad address)");
        /* A structure (SO_LINGER) or an unknown option: the address. */
        test_record_init(&t, __NR_setsockopt, 0);
        test_record_args(&t, 3, 1, 13 /* SO_LINGER */, 0x1000, 8, 0);
        test_record_capture(&t, 0, 3, 0, &one, 4, 0);
        t.h.cap[0].orig_len = 8;
        CHECK_STREQ(test_call(&t, NULL), "setsockopt(3, SOL_SOCKET, SO_LINGER, 0x1000, 8) = 0");
        test_record_init(&t, __NR_setsockopt, 0);
        test_record_args(&t, 3, 6 /* SOL_TCP */, 1 /* TCP_NODELAY */, 0x1000, 4, 0);
        test_record_capture(&t, 0, 3, 0, &one, 4, 0);
        CHECK_STREQ(test_call(&t, NULL), "setsockopt(3, SOL_TCP, TCP_NODELAY, [1], 4) = 0");

        /* getsockopt: the value and the length the kernel wrote back. */
        test_record_init(&t, __NR_getsockopt, 0);
        test_record_args(&t, 3, 1, 8 /* SO_RCVBUF */, 0x1000, 0x2000, 0);
        test_record_capture(&t, 0, 3, 0, &rcvbuf, 4, 0);
        capture_inline(&t, 1, 4, 16);
        t.h.cap[0].orig_len = 4;
        CHECK_STREQ(test_call(&t, NULL), "getsockopt(3, SOL_SOCKET, SO_RCVBUF, [131072], [16 => 4]) = 0");
        capture_inline(&t, 1, 4, 4);
        CHECK_STREQ(test_call(&t, NULL), "getsockopt(3, SOL_SOCKET, SO_RCVBUF, [131072], [4]) = 0");
        /* The kernel wrote no bytes: the address. */
        t.h.cap[0].orig_len = 0;
        t.h.cap[0].len = 0;
        capture_inline(&t, 1, 4, 0);
        CHECK_STREQ(test_call(&t, NULL), "getsockopt(3, SOL_SOCKET, SO_RCVBUF, 0x1000, [0]) = 0");
        /* Failed: no value, the length as given. */
        test_record_init(&t, __NR_getsockopt, -ENOPROTOOPT);
        test_record_args(&t, 3, 1, 12345, 0x1000, 0x2000, 0);
        capture_inline(&t, 1, 4, 4);
        CHECK_STREQ(test_call(&t, NULL),
                    "getsockopt(3, SOL_SOCKET, 0x3039 /* SO_??? */, 0x1000, [4]) = -1 ENOPROTOOPT (Protocol not available)");
        /* The length unreadable. */
        t.h.ret = -EFAULT;
        t.h.args[4] = 1;
        t.h.cap[1] = (struct tl_capture) { .arg = 4, .flags = TL_CAPTURE_FAULT };
        CHECK_STREQ(test_call(&t, NULL),
                    "getsockopt(3, SOL_SOCKET, 0x3039 /* SO_??? */, 0x1000, 0x1) = -1 EFAULT (Bad address)");
}

/* getdents64: strace's count of the records, when all of them were kept. */
static void getdents_entry_count(void) {
        uint8_t buf[72] = {};
        TestRecord t;

        /* Three records of 24 bytes: d_reclen at offset 16. */
        for (int j = 0; j < 3; j++)
                put_u16(buf + j * 24 + 16, 24);
        test_record_init(&t, __NR_getdents64, 72);
        test_record_args(&t, 3, 0x7000, 1024, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, buf, sizeof(buf), 0);
        CHECK_STREQ(test_call(&t, NULL), "getdents64(3, 0x7000 /* 3 entries */, 1024) = 72");
        /* The end of the directory: nothing kept, nothing needed. */
        test_record_init(&t, __NR_getdents64, 0);
        test_record_args(&t, 3, 0x7000, 1024, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "getdents64(3, 0x7000 /* 0 entries */, 1024) = 0");
        /* More than the capture kept: the address. */
        test_record_init(&t, __NR_getdents64, 500);
        test_record_args(&t, 3, 0x7000, 1024, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, buf, sizeof(buf), TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "getdents64(3, 0x7000, 1024) = 500");
        /* A record length of 0 (a corrupt capture): the address, no endless walk. */
        put_u16(buf + 24 + 16, 0);
        test_record_init(&t, __NR_getdents64, 72);
        test_record_args(&t, 3, 0x7000, 1024, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, buf, sizeof(buf), 0);
        CHECK_STREQ(test_call(&t, NULL), "getdents64(3, 0x7000, 1024) = 72");
        /* Failed and unfinished: the address alone. */
        test_record_init(&t, __NR_getdents64, -EBADF);
        test_record_args(&t, 1000, 0x7000, 1024, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "getdents64(1000, 0x7000, 1024) = -1 EBADF (Bad file descriptor)");
        test_record_init(&t, __NR_getdents64, 0);
        t.h.flags = TL_RECORD_UNFINISHED;
        test_record_args(&t, 3, 0x7000, 1024, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "getdents64(3, <unfinished ...>");
}

/* CPU masks: the CPUs set, "[]" for none. */
static void sched_affinity_cpu_sets(void) {
        uint8_t mask[128] = {};
        TestRecord t;

        mask[0] = 0x3;
        test_record_init(&t, __NR_sched_getaffinity, 32);
        test_record_args(&t, 0, 128, 0x7000, 0, 0, 0);
        test_record_capture(&t, 0, 2, 0, mask, 32, 0);
        CHECK_STREQ(test_call(&t, NULL), "sched_getaffinity(0, 128, [0 1]) = 32");
        /* Fewer bytes kept than returned: the address. */
        t.h.cap[0].flags = TL_CAPTURE_TRUNCATED;
        CHECK_STREQ(test_call(&t, NULL), "sched_getaffinity(0, 128, 0x7000) = 32");
        test_record_init(&t, __NR_sched_getaffinity, -EINVAL);
        test_record_args(&t, 0, 4, 0x7000, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "sched_getaffinity(0, 4, 0x7000) = -1 EINVAL (Invalid argument)");

        mask[0] = 0x1;
        mask[8] = 0x40;
        test_record_init(&t, __NR_sched_setaffinity, 0);
        test_record_args(&t, 0, 128, 0x7000, 0, 0, 0);
        test_record_capture(&t, 0, 2, 0, mask, 128, 0);
        CHECK_STREQ(test_call(&t, NULL), "sched_setaffinity(0, 128, [0 70]) = 0");
        memset(mask, 0, sizeof(mask));
        test_record_capture(&t, 0, 2, 0, mask, 128, 0);
        t.h.ret = -EINVAL;
        CHECK_STREQ(test_call(&t, NULL), "sched_setaffinity(0, 128, []) = -1 EINVAL (Invalid argument)");
        /* Part of the mask kept: the address. */
        test_record_capture(&t, 0, 2, 0, mask, 64, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "sched_setaffinity(0, 128, 0x7000) = -1 EINVAL (Invalid argument)");
        t.h.cap[0] = (struct tl_capture) { .arg = 2, .flags = TL_CAPTURE_FAULT };
        t.h.ret = -EFAULT;
        CHECK_STREQ(test_call(&t, NULL), "sched_setaffinity(0, 128, 0x7000) = -1 EFAULT (Bad address)");
}

/* prctl PR_GET_NAME: the name the kernel wrote, kept at exit next to the
 * string capture PR_SET_NAME uses. */
static void prctl_get_name(void) {
        char name[16] = "golden-proc", garbage[8] = "zzzzzzz", full[16];
        TestRecord t;

        test_record_init(&t, __NR_prctl, 0);
        test_record_args(&t, 16 /* PR_GET_NAME */, 0x7000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, garbage, 7, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 1, 64, name, sizeof(name), 0);
        CHECK_STREQ(test_call(&t, NULL), "prctl(PR_GET_NAME, \"golden-proc\") = 0");
        /* No NUL within TASK_COMM_LEN (a corrupt capture): the address. */
        memset(full, 'x', sizeof(full));
        test_record_capture(&t, 1, 1, 64, full, sizeof(full), 0);
        CHECK_STREQ(test_call(&t, NULL), "prctl(PR_GET_NAME, 0x7000) = 0");
        /* Failed: the address. */
        t.h.ret = -EFAULT;
        t.h.cap[1] = (struct tl_capture) {};
        CHECK_STREQ(test_call(&t, NULL), "prctl(PR_GET_NAME, 0x7000) = -1 EFAULT (Bad address)");
        /* Unreadable at exit. */
        t.h.ret = 0;
        t.h.cap[1] = (struct tl_capture) { .arg = 1, .flags = TL_CAPTURE_FAULT };
        CHECK_STREQ(test_call(&t, NULL), "prctl(PR_GET_NAME, 0x7000) = 0");

        /* PR_SET_NAME still prints the string captured at enter. */
        test_record_init(&t, __NR_prctl, 0);
        test_record_args(&t, 15 /* PR_SET_NAME */, 0x7000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "worker-1", 8, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 1, 64, name, sizeof(name), 0);
        CHECK_STREQ(test_call(&t, NULL), "prctl(PR_SET_NAME, \"worker-1\") = 0");
}

/* xattr values: bytes as write and read show theirs. */
static void xattr_values(void) {
        TestRecord t;

        test_record_init(&t, __NR_fsetxattr, 0);
        test_record_args(&t, 3, 0x6000, 0x7000, 7, 0, 0);
        test_record_capture(&t, 0, 1, 0, "user.t", 6, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 2, 64, "val\0ue\1", 7, 0);
        CHECK_STREQ(test_call(&t, NULL), "fsetxattr(3, \"user.t\", \"val\\0ue\\1\", 7, 0) = 0");
        t.h.ret = -EFAULT;
        t.h.cap[1] = (struct tl_capture) { .arg = 2, .flags = TL_CAPTURE_FAULT };
        CHECK_STREQ(test_call(&t, NULL), "fsetxattr(3, \"user.t\", 0x7000, 7, 0) = -1 EFAULT (Bad address)");

        test_record_init(&t, __NR_fgetxattr, 5);
        test_record_args(&t, 3, 0x6000, 0x7000, 16, 0, 0);
        test_record_capture(&t, 0, 1, 0, "user.t", 6, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 2, 64, "value", 5, 0);
        CHECK_STREQ(test_call(&t, NULL), "fgetxattr(3, \"user.t\", \"value\", 16) = 5");
        t.h.ret = -ERANGE;
        t.h.cap[1] = (struct tl_capture) {};
        CHECK_STREQ(test_call(&t, NULL), "fgetxattr(3, \"user.t\", 0x7000, 16) = -1 ERANGE (Numerical result out of range)");
        t.h.ret = 7;
        t.h.args[2] = 0;
        t.h.args[3] = 0;
        CHECK_STREQ(test_call(&t, NULL), "fgetxattr(3, \"user.t\", NULL, 0) = 7");
}

/* sigaltstack's stack_t, given and returned. */
static void sigaltstack_stack_t(void) {
        uint8_t ss[24] = {}, old[24] = {};
        TestRecord t;

        put_u64(ss, 0x5000);
        put_u32(ss + 8, 1U << 31);
        put_u64(ss + 16, 16384);
        put_u32(old + 8, 2);
        test_record_init(&t, __NR_sigaltstack, 0);
        test_record_args(&t, 0x1000, 0x2000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, ss, sizeof(ss), 0);
        test_record_capture(&t, 1, 1, 24, old, sizeof(old), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "sigaltstack({ss_sp=0x5000, ss_flags=SS_AUTODISARM, ss_size=16384}, "
                    "{ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}) = 0");
        /* Unknown flags; failed: the old one as an address. */
        put_u32(ss + 8, 0x40);
        test_record_capture(&t, 0, 0, 0, ss, sizeof(ss), 0);
        t.h.cap[1] = (struct tl_capture) {};
        t.h.ret = -EINVAL;
        CHECK_STREQ(test_call(&t, NULL),
                    "sigaltstack({ss_sp=0x5000, ss_flags=0x40 /* SS_??? */, ss_size=16384}, 0x2000) = -1 EINVAL (Invalid argument)");
        /* Cut short: the address. */
        test_record_capture(&t, 0, 0, 0, ss, 16, TL_CAPTURE_TRUNCATED);
        CHECK(strstr(test_call(&t, NULL), "sigaltstack(0x1000, 0x2000)"));
}

/* mincore: a byte per page, bit 0; at most -s of them. */
static void mincore_vector(void) {
        uint8_t vec[32] = { 1, 0, 0, 0, 0, 1 };
        long ps = sysconf(_SC_PAGESIZE);
        DumpOptions o = { .string_max = 4 };
        TestRecord t;

        test_record_init(&t, __NR_mincore, 0);
        test_record_args(&t, 0x10000, 2 * ps, 0x7000, 0, 0, 0);
        test_record_capture(&t, 0, 2, 0, vec, sizeof(vec), 0);
        CHECK(strstr(test_call(&t, NULL), ", [1, 0]) = 0"));
        /* Part of a page is a page. */
        t.h.args[1] = 100;
        CHECK(strstr(test_call(&t, NULL), ", 100, [1]) = 0"));
        /* More pages than shown. */
        t.h.args[1] = 40 * ps;
        CHECK(strstr(test_call(&t, NULL), ", [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "
                                          "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...]) = 0"));
        CHECK(strstr(test_call(&t, &o), ", [1, 0, 0, 0, ...]) = 0"));
        /* Fewer bytes kept than shown: the address. */
        test_record_capture(&t, 0, 2, 0, vec, 8, TL_CAPTURE_TRUNCATED);
        CHECK(strstr(test_call(&t, NULL), ", 0x7000) = 0"));
        /* Failed: the address. */
        t.h.ret = -EINVAL;
        CHECK(strstr(test_call(&t, NULL), ", 0x7000) = -1 EINVAL (Invalid argument)"));
}

/* siginfo_t: a child's state change (waitid), a queued signal (rt_sigqueueinfo). */
static void siginfo_waitid_sigqueueinfo(void) {
        uint8_t si[48] = {};
        TestRecord t;

        put_u32(si, SIGCHLD);
        put_u32(si + 8, 1 /* CLD_EXITED */);
        put_u32(si + 16, 1234);
        put_u32(si + 24, 4);
        put_u64(si + 32, 3);
        test_record_init(&t, __NR_waitid, 0);
        test_record_args(&t, 1 /* P_PID */, 1234, 0x7000, 4 /* WEXITED */, 0, 0);
        test_record_capture(&t, 0, 2, 0, si, sizeof(si), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "waitid(P_PID, 1234, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=1234, si_uid=0, "
                    "si_status=4, si_utime=3, si_stime=0}, WEXITED, NULL) = 0");
        put_u32(si + 8, 2 /* CLD_KILLED */);
        put_u32(si + 24, SIGKILL);
        test_record_capture(&t, 0, 2, 0, si, sizeof(si), 0);
        CHECK(strstr(test_call(&t, NULL), "si_code=CLD_KILLED, si_pid=1234, si_uid=0, si_status=SIGKILL, si_utime=3"));
        /* WNOHANG, no child to report. */
        memset(si, 0, sizeof(si));
        test_record_capture(&t, 0, 2, 0, si, sizeof(si), 0);
        CHECK(strstr(test_call(&t, NULL), "waitid(P_PID, 1234, {}, WEXITED, NULL) = 0"));
        /* Failed; cut short: the address. */
        t.h.ret = -EINVAL;
        CHECK(strstr(test_call(&t, NULL), "waitid(P_PID, 1234, 0x7000, WEXITED, NULL) = -1 EINVAL"));
        t.h.ret = 0;
        test_record_capture(&t, 0, 2, 0, si, 24, TL_CAPTURE_TRUNCATED);
        CHECK(strstr(test_call(&t, NULL), "waitid(P_PID, 1234, 0x7000, WEXITED, NULL) = 0"));

        memset(si, 0, sizeof(si));
        put_u32(si, SIGUSR1);
        put_u32(si + 8, (uint32_t) -1 /* SI_QUEUE */);
        put_u32(si + 16, 77);
        put_u32(si + 24, 42);
        test_record_init(&t, __NR_rt_sigqueueinfo, 0);
        test_record_args(&t, 77, SIGUSR1, 0x7000, 0, 0, 0);
        test_record_capture(&t, 0, 2, 0, si, sizeof(si), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "rt_sigqueueinfo(77, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=77, si_uid=0, "
                    "si_int=42, si_ptr=0x2a}) = 0");
        /* A code strace has no name for: hex. */
        put_u32(si + 8, (uint32_t) -10);
        test_record_capture(&t, 0, 2, 0, si, sizeof(si), 0);
        CHECK(strstr(test_call(&t, NULL), "si_code=0xfffffff6, si_pid=77"));
        /* SI_USER: no value. */
        put_u32(si + 8, 0);
        test_record_capture(&t, 0, 2, 0, si, sizeof(si), 0);
        CHECK(strstr(test_call(&t, NULL), "{si_signo=SIGUSR1, si_code=SI_USER, si_pid=77, si_uid=0}) = 0"));
        /* A kernel code of another signal: not decoded here, the address. */
        put_u32(si + 8, 1);
        test_record_capture(&t, 0, 2, 0, si, sizeof(si), 0);
        CHECK(strstr(test_call(&t, NULL), "rt_sigqueueinfo(77, SIGUSR1, 0x7000) = 0"));
}

/* struct __kernel_timex at exit, every field as strace; the result's clock state. */
static void timex_adjtimex_clock_adjtime(void) {
        TestRecord t;
        uint8_t tx[168] = {};

        put_u32(tx, 0);
        put_u64(tx + 8, (uint64_t) -5);           /* offset */
        put_u64(tx + 24, 16000000);               /* maxerror */
        put_u32(tx + 40, 0x40);                   /* status */
        put_u64(tx + 48, 2);                      /* constant */
        put_u64(tx + 64, 32768000);               /* tolerance */
        put_u64(tx + 72, 1796224693);             /* time */
        put_u64(tx + 80, 973046);
        put_u64(tx + 88, 10000);                  /* tick */
        put_u32(tx + 112, (uint32_t) -1);         /* shift */
        put_u64(tx + 152, 7);                     /* stbcnt */
        put_u32(tx + 160, 37);                    /* tai */
        test_record_init(&t, __NR_adjtimex, 5);
        test_record_args(&t, 0x7ffc1000, 0, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, tx, sizeof(tx), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "adjtimex({modes=0, offset=-5, freq=0, maxerror=16000000, esterror=0, status=STA_UNSYNC, "
                    "constant=2, precision=0, tolerance=32768000, time={tv_sec=1796224693, tv_usec=973046}, "
                    "tick=10000, ppsfreq=0, jitter=0, shift=-1, stabil=0, jitcnt=0, calcnt=0, errcnt=0, "
                    "stbcnt=7, tai=37}) = 5 (TIME_ERROR)");

        /* The combined modes first; unknown bits in hex, alone with strace's comment. */
        put_u32(tx, 0xffffffff);
        put_u32(tx + 40, 0x10000);
        test_record_init(&t, __NR_clock_adjtime, 0);
        test_record_args(&t, 0, 0x7ffc1000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, tx, sizeof(tx), 0);
        CHECK(strstr(test_call(&t, NULL),
                     "clock_adjtime(CLOCK_REALTIME, {modes=ADJ_OFFSET_SS_READ|ADJ_FREQUENCY|ADJ_MAXERROR|ADJ_ESTERROR|"
                     "ADJ_STATUS|ADJ_TIMECONST|ADJ_TAI|ADJ_SETOFFSET|ADJ_MICRO|ADJ_TICK|0xffff0e40, offset=-5, "));
        CHECK(strstr(test_call(&t, NULL), ", status=0x10000 /* STA_??? */, "));
        CHECK(strstr(test_call(&t, NULL), "}) = 0 (TIME_OK)"));
        put_u32(tx, 0x8001);
        put_u32(tx + 40, 0x2001);
        test_record_capture(&t, 0, 1, 0, tx, sizeof(tx), 0);
        CHECK(strstr(test_call(&t, NULL), "{modes=ADJ_OFFSET_SINGLESHOT, "));
        CHECK(strstr(test_call(&t, NULL), ", status=STA_PLL|STA_NANO, "));
        put_u32(tx, 0x8000);
        test_record_capture(&t, 0, 1, 0, tx, sizeof(tx), 0);
        CHECK(strstr(test_call(&t, NULL), "{modes=0x8000 /* ADJ_??? */, "));

        /* A state strace has no name for: the number alone. */
        test_record_init(&t, __NR_adjtimex, 6);
        test_record_args(&t, 0x7ffc1000, 0, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, tx, sizeof(tx), 0);
        CHECK(strstr(test_call(&t, NULL), "}) = 6"));

        /* Too short for tai (a small capture size), or failed: the address. */
        test_record_capture(&t, 0, 0, 0, tx, 160, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "adjtimex(0x7ffc1000) = 6");
        test_record_init(&t, __NR_adjtimex, -EINVAL);
        test_record_args(&t, 0x7ffc1000, 0, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, tx, sizeof(tx), 0);
        CHECK_STREQ(test_call(&t, NULL), "adjtimex(0x7ffc1000) = -1 EINVAL (Invalid argument)");
}

/* quotactl's XFS commands: the u32 behind addr, kept inline at enter (slot 2:
 * after the strings of special and addr). */
static void quotactl_xfs_flags(void) {
        TestRecord t;

        test_record_init(&t, __NR_quotactl, -ENOTBLK);
        test_record_args(&t, 0x580100, 0, 0, 0x7ffc1000, 0, 0);
        capture_inline(&t, 2, 3, 0x7);
        CHECK_STREQ(test_call(&t, NULL), "quotactl(QCMD(Q_XQUOTAON, USRQUOTA), NULL, "
                    "[FS_QUOTA_UDQ_ACCT|FS_QUOTA_UDQ_ENFD|FS_QUOTA_GDQ_ACCT]) = -1 ENOTBLK (Block device required)");
        test_record_args(&t, 0x580200, 0, 0, 0x7ffc1000, 0, 0);
        capture_inline(&t, 2, 3, 0x40);
        CHECK(strstr(test_call(&t, NULL), "(QCMD(Q_XQUOTAOFF, USRQUOTA), NULL, [0x40 /* FS_QUOTA_??? */]) = -1"));
        test_record_args(&t, 0x580601, 0, 0, 0x7ffc1000, 0, 0);
        capture_inline(&t, 2, 3, 0xffffffff);
        CHECK(strstr(test_call(&t, NULL),
                     "(QCMD(Q_XQUOTARM, GRPQUOTA), NULL, [FS_USER_QUOTA|FS_PROJ_QUOTA|FS_GROUP_QUOTA|0xfffffff8]) = -1"));
        capture_inline(&t, 2, 3, 0x40);
        CHECK(strstr(test_call(&t, NULL), ", [0x40 /* FS_???_QUOTA */]) = -1"));
        /* Unreadable (0x1): the address, as strace. */
        test_record_args(&t, 0x580601, 0, 0, 1, 0, 0);
        t.h.cap[2] = (struct tl_capture) { .arg = 3, .flags = TL_CAPTURE_FAULT };
        CHECK(strstr(test_call(&t, NULL), "(QCMD(Q_XQUOTARM, GRPQUOTA), NULL, 0x1) = -1"));
}

static void capture_rules_for_structs(void) {
        const struct tl_syscall_rule *r;

        r = syscall_capture_rule(__NR_execve);
        CHECK(r && r->cap[0].kind == TL_CAP_STR_ENTER && r->cap[1].kind == TL_CAP_ARGV_ENTER &&
              r->cap[1].size > 0 && r->cap[2].kind == TL_CAP_ARGV_ENTER && r->cap[2].size == 0);
        r = syscall_capture_rule(__NR_recvfrom);
        CHECK(r && r->cap[0].kind == TL_CAP_BUF_EXIT && r->cap[1].kind == TL_CAP_STRUCT_EXIT &&
              r->cap[1].arg == 4 && r->cap[1].size_arg == 5 && r->cap[2].kind == TL_CAP_STRUCT_ENTER &&
              r->cap[2].arg == 5 && r->cap[2].size == 4);
        r = syscall_capture_rule(__NR_wait4);
        CHECK(r && r->cap[0].kind == TL_CAP_STRUCT_EXIT && r->cap[0].arg == 3 && r->cap[0].size == 32 &&
              r->cap[1].kind == TL_CAP_STRUCT_EXIT && r->cap[1].arg == 1 && r->cap[1].size == 4);
        r = syscall_capture_rule(__NR_setitimer);
        CHECK(r && r->cap[0].kind == TL_CAP_STRUCT_ENTER && r->cap[0].arg == 1 && r->cap[0].size == 32 &&
              r->cap[1].kind == TL_CAP_STRUCT_EXIT && r->cap[1].arg == 2 && r->cap[1].size == 32);
        r = syscall_capture_rule(__NR_timer_create);
        CHECK(r && r->cap[0].kind == TL_CAP_STRUCT_EXIT && r->cap[0].arg == 2 && r->cap[0].size == 4);
        CHECK(r && r->cap[0].kind == TL_CAP_STRUCT_EXIT && r->cap[0].size == 4);
        /* The int FIONREAD writes back, whatever the request: the kind stays hex. */
        r = syscall_capture_rule(__NR_ioctl);
        CHECK(r && r->cap[0].kind == TL_CAP_STRUCT_EXIT && r->cap[0].arg == 2 && r->cap[0].size == 4);
        CHECK(syscall_info(__NR_ioctl)->args[2].kind == ARG_HEX);
        r = syscall_capture_rule(__NR_sendfile);
        CHECK(r && r->cap[0].kind == TL_CAP_STRUCT_ENTER && r->cap[0].arg == 2 && r->cap[0].size == 8 &&
              r->cap[1].kind == TL_CAP_STRUCT_EXIT && r->cap[1].arg == 2 && r->cap[1].size == 8);

        /* Inline captures come after the ones that keep bytes. */
        for (int nr = 0; nr < (int) syscall_table_size(); nr++) {
                bool seen_inline = false;

                r = syscall_capture_rule(nr);
                if (!r)
                        continue;
                for (int i = 0; i < TL_CAPTURES_PER_RECORD; i++) {
                        const struct tl_capture_rule *c = &r->cap[i];
                        bool inl = ((c->kind == TL_CAP_STRUCT_ENTER || c->kind == TL_CAP_STRUCT_EXIT) &&
                                    c->size <= 4 && c->size_arg == 0) ||
                                   (c->kind == TL_CAP_ARGV_ENTER && c->size == 0);

                        if (c->kind == TL_CAP_NONE)
                                break;
                        CHECK(!seen_inline || inl);
                        seen_inline = seen_inline || inl;
                }
        }
}

/* Whatever bytes a capture of a struct syscall holds, the printers stay inside
 * them (run under ASan) and print something. Reproducible: a fixed seed. */
static void random_captures_of_struct_syscalls(void) {
        uint64_t seed = 0x5eed;
        size_t calls = 0;

#define RND() (seed = seed * 6364136223846793005ULL + 1442695040888963407ULL, (uint32_t) (seed >> 33))
        for (int nr = 0; nr < (int) syscall_table_size(); nr++) {
                const SyscallInfo *si = syscall_info(nr);
                bool has_struct = false;

                if (!si || si->nargs <= 0)
                        continue;
                for (int a = 0; a < si->nargs; a++)
                        if (si->args[a].kind >= ARG_STAT && si->args[a].kind <= ARG_SIGRETURN_MASK)
                                has_struct = true;
                if (!has_struct)
                        continue;
                for (int round = 0; round < 3000; round++) {
                        static const int64_t rets[] = { 0, 1, 2, 5, 62, -EFAULT, -4095, 1 << 20, -1 };
                        TestRecord t;

                        test_record_init(&t, nr, rets[RND() % 9]);
                        if (RND() % 8 == 0)
                                t.h.flags = TL_RECORD_UNFINISHED;
                        for (int a = 0; a < TL_NARGS; a++)
                                t.h.args[a] = RND() % 4 == 0 ? 0 : RND() % 4 == 0 ? RND() : RND() % 300;
                        for (size_t b = 0; b < sizeof(t.data); b++)
                                t.data[b] = RND() % 3 == 0 ? 0 : (uint8_t) RND();
                        for (int c = 0; c < TL_CAPTURES_PER_RECORD; c++) {
                                uint16_t off = (uint16_t) (RND() % sizeof(t.data)), len = (uint16_t) (RND() % 300);

                                t.h.cap[c] = (struct tl_capture) {
                                        .arg = RND() % 8 == 0 ? (uint8_t) (RND() % 6) : si->rule.cap[c].arg,
                                        .flags = (uint8_t) RND(),
                                        .offset = off,
                                        .len = off + len <= sizeof(t.data) ? len : 0,
                                        .orig_len = RND() % 2 ? RND() % 64 : RND(),
                                };
                        }
                        CHECK(test_call(&t, NULL)[0] != '(');
                        calls++;
                }
        }
#undef RND
        CHECK(calls > 30 * 3000);
}

static const UnitTest tests[] = {
        T(stat_regular_file),
        T(stat_char_device_and_special_bits),
        T(stat_failed_truncated_missing),
        T(statx_basic),
        T(sockaddr_in_connect),
        T(sockaddr_in6_and_unix),
        T(sockaddr_in6_like_inet_ntop),
        T(accept4_addrlen_in_out),
        T(execve_argv_envp),
        T(pipe2_and_wait4),
        T(timespec_rlimit_uname),
        T(sigset_and_sigaction),
        T(rt_sigreturn_mask),
        T(epoll_ctl_and_wait),
        T(iovec_writev_readv),
        T(preadv_pwritev_offset),
        T(poll_events_and_revents),
        T(msghdr_sendmsg_recvmsg),
        T(cmsg_types),
        T(timeval_and_itimerval),
        T(itimerspec_and_timer_id),
        T(time_and_utimes_dates),
        T(rusage_getrusage_wait4),
        T(nanosleep_remaining_time),
        T(timezone_tms_interval),
        T(utimensat_and_utime_dates),
        T(futex_timeout),
        T(scalars_behind_pointers),
        T(sockopt_int_values),
        T(getdents_entry_count),
        T(sched_affinity_cpu_sets),
        T(prctl_get_name),
        T(xattr_values),
        T(sigaltstack_stack_t),
        T(mincore_vector),
        T(siginfo_waitid_sigqueueinfo),
        T(timex_adjtimex_clock_adjtime),
        T(quotactl_xfs_flags),
        T(capture_rules_for_structs),
        T(random_captures_of_struct_syscalls),
};

int main(void) {
        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
