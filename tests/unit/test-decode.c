/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <fcntl.h>
#include <sys/syscall.h>

#include "unit.h"

UNIT_DEFINE_GLOBALS;

static void openat_enoent(void) {
        TestRecord t;

        test_record_init(&t, __NR_openat, -ENOENT);
        test_record_args(&t, (uint64_t) -100, 0x7ffc1000, O_RDONLY, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "/tmp/x", 6, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL),
                    "openat(AT_FDCWD, \"/tmp/x\", O_RDONLY) = -1 ENOENT (No such file or directory)");
}

static void openat_cloexec(void) {
        TestRecord t;

        test_record_init(&t, __NR_openat, 3);
        test_record_args(&t, (uint64_t) -100, 0x7ffc1000, O_RDONLY | O_CLOEXEC, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "/etc/ld.so.cache", 16, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL), "openat(AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3");
}

static void openat_creat_mode(void) {
        TestRecord t;

        test_record_init(&t, __NR_openat, 3);
        test_record_args(&t, (uint64_t) -100, 0x7ffc1000, O_WRONLY | O_CREAT | O_TRUNC, 0644, 0, 0);
        test_record_capture(&t, 0, 1, 0, "/tmp/x", 6, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL), "openat(AT_FDCWD, \"/tmp/x\", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 3");
}

static void openat_unknown_flag_bits(void) {
        TestRecord t;

        test_record_init(&t, __NR_openat, -ENOENT);
        test_record_args(&t, 5, 0x7ffc1000, 0x80000000u, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "/x", 2, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL),
                    "openat(5, \"/x\", O_RDONLY|0x80000000) = -1 ENOENT (No such file or directory)");
}

static void openat_all_flags_in_strace_order(void) {
        TestRecord t;

        /* Checked against strace 6.1 (O_LARGEFILE is 0 in x86_64 userspace headers, so not in that run). */
        test_record_init(&t, __NR_openat, -ENOENT);
        test_record_args(&t, (uint64_t) -100, 0x1000,
                         O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_APPEND | O_NONBLOCK | O_DSYNC | O_ASYNC |
                         O_DIRECT | O_DIRECTORY | O_NOFOLLOW | O_NOATIME | O_CLOEXEC | O_PATH, 0755, 0, 0);
        test_record_capture(&t, 0, 1, 0, "/nonexist/x", 11, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL),
                    "openat(AT_FDCWD, \"/nonexist/x\", O_RDONLY|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|"
                    "O_NONBLOCK|O_DSYNC|O_DIRECT|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_DIRECTORY|FASYNC, 0755)"
                    " = -1 ENOENT (No such file or directory)");

        test_record_args(&t, (uint64_t) -100, 0x1000, O_SYNC | O_TMPFILE | O_RDWR, 0600, 0, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "openat(AT_FDCWD, \"/nonexist/x\", O_RDWR|O_SYNC|O_TMPFILE, 0600) = -1 ENOENT (No such file or directory)");

        test_record_args(&t, 5, 0x1000, O_CREAT, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "openat(5, \"/nonexist/x\", O_RDONLY|O_CREAT, 000) = -1 ENOENT (No such file or directory)");

        test_record_args(&t, 5, 0x1000, 3 | 0x40000000, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "openat(5, \"/nonexist/x\", O_ACCMODE|0x40000000) = -1 ENOENT (No such file or directory)");
}

static void openat_null_path(void) {
        TestRecord t;

        test_record_init(&t, __NR_openat, -EFAULT);
        test_record_args(&t, 5, 0, 0, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "openat(5, NULL, O_RDONLY) = -1 EFAULT (Bad address)");
}

static void path_fault_prints_pointer(void) {
        TestRecord t;

        test_record_init(&t, __NR_openat, -EFAULT);
        test_record_args(&t, 5, 1, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, NULL, 0, TL_CAPTURE_FAULT);
        CHECK_STREQ(test_call(&t, NULL), "openat(5, 0x1, O_RDONLY) = -1 EFAULT (Bad address)");
}

static void write_exact(void) {
        TestRecord t;

        test_record_init(&t, __NR_write, 3);
        test_record_args(&t, 1, 0x5000, 3, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "42\n", 3, 0);
        CHECK_STREQ(test_call(&t, NULL), "write(1, \"42\\n\", 3) = 3");
}

static void read_buffer_out(void) {
        TestRecord t;

        test_record_init(&t, __NR_read, 6);
        test_record_args(&t, 3, 0x5000, 8192, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "2*3*7\nGARBAGE", 13, 0);
        CHECK_STREQ(test_call(&t, NULL), "read(3, \"2*3*7\\n\", 8192) = 6");
}

static void read_returning_zero(void) {
        TestRecord t;

        test_record_init(&t, __NR_read, 0);
        test_record_args(&t, 3, 0x5000, 8192, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "", 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "read(3, \"\", 8192) = 0");
}

/* Checked against strace 6.1: getrandom("\xc1\xe1\xc4\xb0", 4, 0) = 4, getrandom("", 0, 0) = 0:
 * every byte in hex (QUOTE_FORCE_HEX), printable ones too. */
static void getrandom_bytes_in_hex(void) {
        TestRecord t;

        test_record_init(&t, __NR_getrandom, 4);
        test_record_args(&t, 0x5000, 4, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, "\xc1" "A\n\x00", 4, 0);
        CHECK_STREQ(test_call(&t, NULL), "getrandom(\"\\xc1\\x41\\x0a\\x00\", 4, 0) = 4");

        test_record_init(&t, __NR_getrandom, 0);
        test_record_args(&t, 0x5000, 0, 1, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, "", 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "getrandom(\"\", 0, GRND_NONBLOCK) = 0");

        test_record_init(&t, __NR_getrandom, -EFAULT);
        test_record_args(&t, 1, 4, 0, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "getrandom(0x1, 4, 0) = -1 EFAULT (Bad address)");
}

static void getcwd_path_without_its_nul(void) {
        TestRecord t;
        /* Checked against strace 6.1: getcwd("/", 64) = 2, the return value counts the NUL. */
        static const char cwd[] = "/srv/a/rather/long/working/directory/beyond/thirty-two";

        test_record_init(&t, __NR_getcwd, 2);
        test_record_args(&t, 0x5000, 64, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, "/\0", 2, 0);
        CHECK_STREQ(test_call(&t, NULL), "getcwd(\"/\", 64) = 2");

        /* A path, so whole, not cut at the string limit. */
        test_record_init(&t, __NR_getcwd, (int64_t) sizeof(cwd));
        test_record_args(&t, 0x5000, 4096, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, cwd, sizeof(cwd), 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "getcwd(\"/srv/a/rather/long/working/directory/beyond/thirty-two\", 4096) = 55");

        test_record_init(&t, __NR_getcwd, -ERANGE);
        test_record_args(&t, 0x5000, 1, 0, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "getcwd(0x5000, 1) = -1 ERANGE (Numerical result out of range)");
}

static void read_efault_prints_pointer(void) {
        TestRecord t;

        test_record_init(&t, __NR_read, -EFAULT);
        test_record_args(&t, 3, 0x7ffc1234, 10, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "junk", 4, 0);
        CHECK_STREQ(test_call(&t, NULL), "read(3, 0x7ffc1234, 10) = -1 EFAULT (Bad address)");
}

static void read_long_buffer_cut(void) {
        TestRecord t;
        const char *s = "# Locale name alias data base.\n#more text follows here";

        test_record_init(&t, __NR_read, 2996);
        test_record_args(&t, 3, 0x5000, 4096, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, s, (uint16_t) strlen(s), TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "read(3, \"# Locale name alias data base.\\n#\"..., 4096) = 2996");
}

static void read_restart_error(void) {
        TestRecord t;

        test_record_init(&t, __NR_read, -512);
        test_record_args(&t, 5, 0x7fffdb69dc26, 10, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "read(5, 0x7fffdb69dc26, 10) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)");
}

static void escaping_matches_strace(void) {
        TestRecord t;
        static const uint8_t b[] = "a\0" "1b\0x\x7f\"\\\t\n\r\v\f\x01\x02" "7\xc3\xa9\xff end";

        /* Output of strace 6.1 for this buffer. */
        test_record_init(&t, __NR_write, -EBADF);
        test_record_args(&t, (uint64_t) -1, 0x5000, sizeof(b) - 1, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, b, sizeof(b) - 1, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "write(-1, \"a\\0001b\\0x\\177\\\"\\\\\\t\\n\\r\\v\\f\\1\\0027\\303\\251\\377 end\", 24)"
                    " = -1 EBADF (Bad file descriptor)");
}

static void escaping_octal_digit_rule(void) {
        TestRecord t;

        test_record_init(&t, __NR_write, 6);
        test_record_args(&t, 1, 0x5000, 6, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "\x01" "8\x01" "9\x01" "7", 6, 0);
        CHECK_STREQ(test_call(&t, NULL), "write(1, \"\\18\\19\\0017\", 6) = 6");
}

static void long_string_cut_at_32(void) {
        TestRecord t;
        const char *s = "0123456789012345678901234567890123456789";

        test_record_init(&t, __NR_write, 40);
        test_record_args(&t, 1, 0x5000, 40, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, s, 40, 0);
        CHECK_STREQ(test_call(&t, NULL), "write(1, \"01234567890123456789012345678901\"..., 40) = 40");

        test_record_args(&t, 1, 0x5000, 32, 0, 0, 0);
        t.h.ret = 32;
        CHECK_STREQ(test_call(&t, NULL), "write(1, \"01234567890123456789012345678901\", 32) = 32");
}

static void string_max_option(void) {
        TestRecord t;
        DumpOptions o = DUMP_OPTIONS_DEFAULT;

        o.string_max = 4;
        test_record_init(&t, __NR_write, 10);
        test_record_args(&t, 1, 0x5000, 10, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "abcdefghij", 10, 0);
        CHECK_STREQ(test_call(&t, &o), "write(1, \"abcd\"..., 10) = 10");
}

static void truncated_capture_marker(void) {
        TestRecord t;

        /* capture kept 5 of 10 bytes */
        test_record_init(&t, __NR_write, 10);
        test_record_args(&t, 1, 0x5000, 10, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "hello", 5, TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "write(1, \"hello\"..., 10) = 10");

        /* a long path, cut by the recorder */
        test_record_init(&t, __NR_openat, 3);
        test_record_args(&t, (uint64_t) -100, 0x5000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "/very/long", 10, TL_CAPTURE_STRING | TL_CAPTURE_TRUNCATED);
        CHECK_STREQ(test_call(&t, NULL), "openat(AT_FDCWD, \"/very/long\"..., O_RDONLY) = 3");
}

static void path_printed_whole(void) {
        TestRecord t;
        const char *p = "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache";

        test_record_init(&t, __NR_openat, 3);
        test_record_args(&t, (uint64_t) -100, 0x5000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, p, (uint16_t) strlen(p), TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL),
                    "openat(AT_FDCWD, \"/usr/lib/x86_64-linux-gnu/gconv/gconv-modules.cache\", O_RDONLY) = 3");
}

static void rename_two_paths(void) {
        TestRecord t;

#ifdef __NR_rename      /* x86_64; aarch64 has renameat2 alone */
        test_record_init(&t, __NR_rename, 0);
        test_record_args(&t, 0x5000, 0x6000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 0, 0, "a", 1, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 1, 1, "b", 1, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL), "rename(\"a\", \"b\") = 0");
#endif

        test_record_init(&t, __NR_renameat2, 0);
        test_record_args(&t, (uint64_t) -100, 0x5000, (uint64_t) -100, 0x6000, 0, 0);
        test_record_capture(&t, 0, 1, 0, "a", 1, TL_CAPTURE_STRING);
        test_record_capture(&t, 1, 3, 1, "b", 1, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL), "renameat2(AT_FDCWD, \"a\", AT_FDCWD, \"b\", 0) = 0");
}

static void close_ok(void) {
        TestRecord t;

        test_record_init(&t, __NR_close, 0);
        test_record_args(&t, 3, 0, 0, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "close(3) = 0");
}

static void mmap_returns_hex(void) {
        TestRecord t;

        test_record_init(&t, __NR_mmap, 0x7f96aa32c000);
        test_record_args(&t, 0, 8192, 3, 0x22, (uint64_t) -1, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f96aa32c000");

        t.h.ret = -ENOMEM;
        CHECK_STREQ(test_call(&t, NULL),
                    "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM (Cannot allocate memory)");
}

static void unknown_syscall(void) {
        TestRecord t;

        test_record_init(&t, 0x1c8, -EINVAL);
        test_record_args(&t, 1, 2, 3, 0, 0x7f96aa32c6d0, 0);
        CHECK_STREQ(test_call(&t, NULL),
                    "syscall_0x1c8(0x1, 0x2, 0x3, 0, 0x7f96aa32c6d0, 0) = -1 EINVAL (Invalid argument)");
}

static void negative_and_huge_syscall_numbers(void) {
        TestRecord t;

        test_record_init(&t, -1, 0);
        CHECK_STREQ(test_call(&t, NULL), "syscall_0xffffffff(0, 0, 0, 0, 0, 0) = 0");
        test_record_init(&t, 100000, 0);
        CHECK_STREQ(test_call(&t, NULL), "syscall_0x186a0(0, 0, 0, 0, 0, 0) = 0");
        CHECK(syscall_name(-5) == NULL);
        CHECK(syscall_name(INT32_MAX) == NULL);
        CHECK(syscall_capture_rule(-5) == NULL);
}

static void unknown_errno(void) {
        TestRecord t;

        test_record_init(&t, __NR_close, -600);
        test_record_args(&t, 3, 0, 0, 0, 0, 0);
        CHECK_STREQ(test_call(&t, NULL), "close(3) = -1 (errno 600)");
        CHECK(errno_name(600) == NULL);
        CHECK(errno_name(0) == NULL);
        CHECK(errno_name(-1) == NULL);
}

static void errno_table_entries(void) {
        CHECK_STREQ(errno_name(ENOENT), "ENOENT");
        CHECK_STREQ(errno_message(ENOENT), "No such file or directory");
        CHECK_STREQ(errno_name(EAGAIN), "EAGAIN");
        CHECK_STREQ(errno_name(EDEADLK), "EDEADLK");
        CHECK_STREQ(errno_name(EHWPOISON), "EHWPOISON");
        CHECK_STREQ(errno_message(EHWPOISON), "Memory page has hardware error");
        CHECK_STREQ(errno_name(512), "ERESTARTSYS");
        CHECK_STREQ(errno_message(512), "To be restarted if SA_RESTART is set");
        CHECK_STREQ(errno_name(516), "ERESTART_RESTARTBLOCK");
        CHECK_STREQ(errno_name(530), "ERECALLCONFLICT");
        /* every errno glibc knows has a name here */
        for (int e = 1; e <= 133; e++)
                if (e != 41 && e != 58)
                        CHECK(errno_name(e) && errno_message(e));
}

static void corrupt_capture_offset_past_end(void) {
        TestRecord t;

        test_record_init(&t, __NR_write, 3);
        test_record_args(&t, 1, 0x5000, 3, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, NULL, 3, 0);
        t.h.cap[0].offset = 2000;  /* data_size is 1024 */
        CHECK_STREQ(test_call(&t, NULL), "write(1, 0x5000 /* corrupt capture */, 3) = 3");
}

static void corrupt_capture_len_past_end(void) {
        TestRecord t;

        test_record_init(&t, __NR_write, 3);
        test_record_args(&t, 1, 0x5000, 3, 0, 0, 0);
        test_record_capture(&t, 0, 1, 1000, NULL, 60, 0);
        CHECK_STREQ(test_call(&t, NULL), "write(1, 0x5000 /* corrupt capture */, 3) = 3");

        /* data_size smaller than the slot claims */
        test_record_capture(&t, 0, 1, 0, "abc", 3, 0);
        t.r.data_size = 2;
        CHECK_STREQ(test_call(&t, NULL), "write(1, 0x5000 /* corrupt capture */, 3) = 3");
}

static void corrupt_capture_arg_index(void) {
        TestRecord t;

        test_record_init(&t, __NR_write, 3);
        test_record_args(&t, 1, 0x5000, 3, 0, 0, 0);
        test_record_capture(&t, 0, 9, 0, "abc", 3, 0);
        CHECK_STREQ(test_call(&t, NULL), "write(1, 0x5000 /* corrupt capture */, 3) = 3");
}

static void corrupt_flags_and_comm(void) {
        TestRecord t;
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        StrBuf b = {};

        test_record_init(&t, __NR_close, 0);
        test_record_args(&t, 3, 0, 0, 0, 0, 0);
        t.h.flags = 0xfffffff0;
        t.h.cap[0].flags = 0xf0;
        memset(t.h.comm, 'A', sizeof(t.h.comm));  /* no NUL */
        CHECK_STREQ(test_call(&t, NULL), "close(3) = 0");
        o.columns = true;
        CHECK(record_format(&t.r, &o, &b) == 0);
        CHECK(b.buf && strstr(b.buf, " AAAAAAAAAAAAAAAA close(3) = 0\n"));
        strbuf_done(&b);
}

/* An empty comm is an empty column (escape_bytes() of nothing is still a string). */
static void empty_comm_column(void) {
        TestRecord t;
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        StrBuf b = {};

        test_record_init(&t, __NR_close, 0);
        test_record_args(&t, 3, 0, 0, 0, 0, 0);
        memset(t.h.comm, 0, sizeof(t.h.comm));
        o.columns = true;
        CHECK(record_format(&t.r, &o, &b) == 0);
        CHECK(b.buf && strstr(b.buf, "      42                 close(3) = 0\n"));
        strbuf_done(&b);
}

static void string_capture_without_nul_bounded(void) {
        TestRecord t;

        /* The path capture claims 4 bytes; the data after is not NUL: never read past len. */
        test_record_init(&t, __NR_openat, 3);
        memset(t.data, 'z', sizeof(t.data));
        test_record_args(&t, (uint64_t) -100, 0x5000, 0, 0, 0, 0);
        test_record_capture(&t, 0, 1, sizeof(t.data) - 4, "abcd", 4, TL_CAPTURE_STRING);
        CHECK_STREQ(test_call(&t, NULL), "openat(AT_FDCWD, \"abcd\", O_RDONLY) = 3");
}

static void buffer_out_never_beyond_ret(void) {
        TestRecord t;

        test_record_init(&t, __NR_read, 2);
        test_record_args(&t, 3, 0x5000, 100, 0, 0, 0);
        test_record_capture(&t, 0, 1, 0, "abcdef", 6, 0);
        CHECK_STREQ(test_call(&t, NULL), "read(3, \"ab\", 100) = 2");

        /* ret larger than what was captured */
        t.h.ret = 50;
        CHECK_STREQ(test_call(&t, NULL), "read(3, \"abcdef\"..., 100) = 50");
}

static void unfinished_read(void) {
        TestRecord t;

        test_record_init(&t, __NR_read, 0);
        test_record_args(&t, 0, 0x5000, 10, 0, 0, 0);
        t.h.flags = TL_RECORD_UNFINISHED;
        t.h.ts_exit = 0;
        CHECK_STREQ(test_call(&t, NULL), "read(0, <unfinished ...>");
}

static void unfinished_exit_group(void) {
        TestRecord t;

        test_record_init(&t, __NR_exit_group, 0);
        test_record_args(&t, 1, 0, 0, 0, 0, 0);
        t.h.flags = TL_RECORD_UNFINISHED;
        CHECK_STREQ(test_call(&t, NULL), "exit_group(1) = ?");
}

static void unfinished_input_only(void) {
        TestRecord t;

        test_record_init(&t, __NR_close, 0);
        test_record_args(&t, 3, 0, 0, 0, 0, 0);
        t.h.flags = TL_RECORD_UNFINISHED;
        CHECK_STREQ(test_call(&t, NULL), "close(3 <unfinished ...>");
}

static void text_line_columns(void) {
        TestRecord t;
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        StrBuf b = {};

        setenv("TZ", "UTC", 1);
        test_record_init(&t, __NR_close, 0);
        test_record_args(&t, 3, 0, 0, 0, 0, 0);
        t.h.ts_enter = 5000000000ULL + 123456789;      /* 5.123456789 s mono */
        o.realtime_offset_ns = 3600LL * 1000000000LL;   /* + 1 h */
        t.h.cpu = 7;
        t.h.tid = 4242;
        memcpy(t.h.comm, "a\tb", 4);
        CHECK(record_format(&t.r, &o, &b) == 0);
        CHECK_STREQ(b.buf, "01:00:05.123456   7    4242 a\\tb            close(3) = 0\n");
        strbuf_done(&b);

        /* a tick time has milliseconds only, and the columns stay where they were */
        t.h.flags |= TL_RECORD_TICK_TIME;
        CHECK(record_format(&t.r, &o, &b) == 0);
        CHECK_STREQ(b.buf, "01:00:05.123      7    4242 a\\tb            close(3) = 0\n");
        strbuf_done(&b);
        t.h.flags &= ~TL_RECORD_TICK_TIME;

        o.columns = false;
        CHECK(record_format(&t.r, &o, &b) == 0);
        CHECK_STREQ(b.buf, "close(3) = 0\n");
        strbuf_done(&b);
}

static void format_names(void) {
        CHECK_STREQ(dump_format_to_string(DUMP_FORMAT_JSON), "json");
        CHECK(dump_format_from_string("text") == DUMP_FORMAT_TEXT);
        CHECK(dump_format_from_string("xml") == _DUMP_FORMAT_INVALID);
        CHECK(dump_format_to_string(_DUMP_FORMAT_MAX) == NULL);
}

static void capture_rules(void) {
        const struct tl_syscall_rule *r;

        r = syscall_capture_rule(__NR_read);
        CHECK(r && r->cap[0].kind == TL_CAP_BUF_EXIT && r->cap[0].arg == 1 && r->cap[1].kind == TL_CAP_NONE);
        r = syscall_capture_rule(__NR_write);
        CHECK(r && r->cap[0].kind == TL_CAP_BUF_ENTER && r->cap[0].arg == 1 && r->cap[0].size_arg == 2);
        r = syscall_capture_rule(__NR_openat);
        CHECK(r && r->cap[0].kind == TL_CAP_STR_ENTER && r->cap[0].arg == 1);
        r = syscall_capture_rule(__NR_renameat2);
        CHECK(r && r->cap[0].kind == TL_CAP_STR_ENTER && r->cap[0].arg == 1 &&
              r->cap[1].kind == TL_CAP_STR_ENTER && r->cap[1].arg == 3);
        r = syscall_capture_rule(__NR_pwrite64);
        CHECK(r && r->cap[0].kind == TL_CAP_BUF_ENTER && r->cap[0].size_arg == 2);
        r = syscall_capture_rule(__NR_readlinkat);
        CHECK(r && r->cap[0].kind == TL_CAP_STR_ENTER && r->cap[0].arg == 1 &&
              r->cap[1].kind == TL_CAP_BUF_EXIT && r->cap[1].arg == 2);
        CHECK(syscall_capture_rule(__NR_close) == NULL);
}

static void arg_names(void) {
        TestRecord t;

        test_record_init(&t, __NR_openat, 0);
        CHECK_STREQ(record_arg_name(&t.r, 0), "dfd");
        CHECK_STREQ(record_arg_name(&t.r, 1), "filename");
        CHECK(record_arg_name(&t.r, 4) == NULL);
        CHECK(record_arg_name(&t.r, 9) == NULL);
}

static const UnitTest tests[] = {
        T(openat_enoent),
        T(openat_cloexec),
        T(openat_creat_mode),
        T(openat_unknown_flag_bits),
        T(openat_all_flags_in_strace_order),
        T(openat_null_path),
        T(path_fault_prints_pointer),
        T(write_exact),
        T(read_buffer_out),
        T(read_returning_zero),
        T(getrandom_bytes_in_hex), T(getcwd_path_without_its_nul),
        T(read_efault_prints_pointer),
        T(read_long_buffer_cut),
        T(read_restart_error),
        T(escaping_matches_strace),
        T(escaping_octal_digit_rule),
        T(long_string_cut_at_32),
        T(string_max_option),
        T(truncated_capture_marker),
        T(path_printed_whole),
        T(rename_two_paths),
        T(close_ok),
        T(mmap_returns_hex),
        T(unknown_syscall),
        T(negative_and_huge_syscall_numbers),
        T(unknown_errno),
        T(errno_table_entries),
        T(corrupt_capture_offset_past_end),
        T(corrupt_capture_len_past_end),
        T(corrupt_capture_arg_index),
        T(corrupt_flags_and_comm),
        T(empty_comm_column),
        T(string_capture_without_nul_bounded),
        T(buffer_out_never_beyond_ret),
        T(unfinished_read),
        T(unfinished_exit_group),
        T(unfinished_input_only),
        T(text_line_columns),
        T(format_names),
        T(capture_rules),
        T(arg_names),
};

int main(void) {
        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
