/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <ctype.h>
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <sys/syscall.h>

#include "syscall-set.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

#define MAXREC 32

typedef struct Ring {
        TestRecord rec[MAXREC];
        DumpRecord dr[MAXREC];
        size_t n;
        TestRecord fl[MAXREC];
        DumpRecord dfl[MAXREC];
        size_t n_fl;
        uint64_t head, nslots;
} Ring;

/* A close(fd) record: fd identifies it in the output. */
static TestRecord *ring_add(Ring *g, uint64_t seq, uint64_t ts, uint32_t tid, int fd) {
        TestRecord *t = &g->rec[g->n++];

        test_record_init(t, __NR_close, 0);
        t->h.seq = seq;
        t->h.ts_enter = ts;
        t->h.ts_exit = ts + 10;
        t->h.tid = t->h.pid = tid;
        t->h.args[0] = (uint64_t) fd;
        return t;
}

static TestRecord *ring_add_inflight(Ring *g, uint64_t ts, uint32_t tid, int fd) {
        TestRecord *t = &g->fl[g->n_fl++];

        test_record_init(t, __NR_read, 0);
        t->h.seq = 0;
        t->h.ts_enter = ts;
        t->h.ts_exit = 0;
        t->h.tid = t->h.pid = tid;
        t->h.args[0] = (uint64_t) fd;
        t->h.args[1] = 0x1000;
        t->h.args[2] = 10;
        return t;
}

static const char *ring_dump(Ring *g, const DumpOptions *o_in) {
        static char buf[16384];
        DumpOptions o = o_in ? *o_in : DUMP_OPTIONS_DEFAULT;
        DumpInput in;
        StrBuf b = {};
        int r;

        if (!o_in)
                o.columns = false;
        /* DumpRecords point into the array, whose element addresses are stable. */
        for (size_t i = 0; i < g->n; i++)
                g->dr[i] = (DumpRecord) { .h = &g->rec[i].h, .data = g->rec[i].data, .data_size = sizeof(g->rec[i].data) };
        for (size_t i = 0; i < g->n_fl; i++)
                g->dfl[i] = (DumpRecord) { .h = &g->fl[i].h, .data = g->fl[i].data, .data_size = sizeof(g->fl[i].data) };
        in = (DumpInput) {
                .records = g->dr, .n_records = g->n,
                .inflight = g->dfl, .n_inflight = g->n_fl,
                .head = g->head, .nslots = g->nslots,
        };
        r = dump_write(&in, &o, &b);
        if (r < 0)
                snprintf(buf, sizeof(buf), "(error %d)", r);
        else
                snprintf(buf, sizeof(buf), "%s", b.buf ?: "");
        strbuf_done(&b);
        return buf;
}

static void plain_in_order(void) {
        Ring g = { .head = 3, .nslots = 8 };

        ring_add(&g, 1, 100, 1, 10);
        ring_add(&g, 2, 200, 1, 11);
        ring_add(&g, 3, 300, 1, 12);
        CHECK_STREQ(ring_dump(&g, NULL), "close(10) = 0\nclose(11) = 0\nclose(12) = 0\n");
}

static void wrapped_ring_marker_once_newest_kept(void) {
        Ring g = { .head = 10, .nslots = 4 };

        ring_add(&g, 3, 30, 1, 3);     /* stale slot content: outside the window */
        ring_add(&g, 9, 90, 1, 9);
        ring_add(&g, 7, 70, 1, 7);
        ring_add(&g, 10, 100, 1, 10);
        ring_add(&g, 8, 80, 1, 8);
        ring_add(&g, 11, 110, 1, 11);  /* beyond head: not yet valid */
        CHECK_STREQ(ring_dump(&g, NULL),
                    "[... 6 older events overwritten ...]\n"
                    "close(7) = 0\nclose(8) = 0\nclose(9) = 0\nclose(10) = 0\n");
}

static void seq_gap_marker_in_place(void) {
        Ring g = { .head = 5, .nslots = 8 };

        ring_add(&g, 1, 100, 1, 1);
        ring_add(&g, 2, 200, 1, 2);
        ring_add(&g, 5, 500, 1, 5);    /* 3 and 4 torn */
        CHECK_STREQ(ring_dump(&g, NULL),
                    "close(1) = 0\nclose(2) = 0\n[... 2 events lost here ...]\nclose(5) = 0\n");
}

static void lost_before_marker_in_place(void) {
        Ring g = { .head = 3, .nslots = 8 };

        ring_add(&g, 1, 100, 1, 1);
        ring_add(&g, 2, 200, 1, 2)->h.lost_before = 7;
        ring_add(&g, 3, 300, 1, 3);
        CHECK_STREQ(ring_dump(&g, NULL),
                    "close(1) = 0\n[... 7 events lost here ...]\nclose(2) = 0\nclose(3) = 0\n");
}

static void gap_and_lost_before_add_up(void) {
        Ring g = { .head = 4, .nslots = 8 };

        ring_add(&g, 1, 100, 1, 1);
        ring_add(&g, 4, 400, 1, 4)->h.lost_before = 1;
        CHECK_STREQ(ring_dump(&g, NULL), "close(1) = 0\n[... 3 events lost here ...]\nclose(4) = 0\n");
}

static void trailing_gap_at_end(void) {
        Ring g = { .head = 4, .nslots = 8 };

        ring_add(&g, 1, 100, 1, 1);
        ring_add(&g, 2, 200, 1, 2);
        CHECK_STREQ(ring_dump(&g, NULL), "close(1) = 0\nclose(2) = 0\n[... 2 events lost here ...]\n");
}

static void sorted_by_enter_time_across_cpus(void) {
        Ring g = { .head = 4, .nslots = 8 };

        /* seq is exit order; a long syscall entered first, finished last */
        ring_add(&g, 1, 300, 2, 3)->h.cpu = 1;
        ring_add(&g, 2, 200, 3, 2)->h.cpu = 2;
        ring_add(&g, 3, 100, 4, 1)->h.cpu = 3;
        ring_add(&g, 4, 200, 1, 22)->h.cpu = 0;  /* tie on ts: seq decides */
        CHECK_STREQ(ring_dump(&g, NULL), "close(1) = 0\nclose(2) = 0\nclose(22) = 0\nclose(3) = 0\n");
}

/* Tick times tie within a tick: the trace's enter counter orders, and an
 * in-flight copy of a finished syscall is known by its tid and counter. */
static void sorted_by_enter_counter_before_time(void) {
        Ring g = { .head = 3, .nslots = 8 };

        ring_add(&g, 1, 4000, 1, 1)->h.order = 7;
        ring_add(&g, 2, 4000, 2, 2)->h.order = 5;
        ring_add(&g, 3, 4000, 1, 3)->h.order = 6;
        ring_add_inflight(&g, 4000, 3, 9)->h.order = 4;
        ring_add_inflight(&g, 4000, 1, 8)->h.order = 6; /* finished as close(3) */
        CHECK_STREQ(ring_dump(&g, NULL), "read(9, <unfinished ...>\nclose(2) = 0\nclose(3) = 0\nclose(1) = 0\n");
}

static void gap_marker_follows_record_in_time_order(void) {
        Ring g = { .head = 3, .nslots = 8 };

        ring_add(&g, 1, 500, 1, 1);
        ring_add(&g, 3, 100, 2, 3);    /* seq 2 missing; marker goes before seq 3 */
        CHECK_STREQ(ring_dump(&g, NULL), "[... 1 events lost here ...]\nclose(3) = 0\nclose(1) = 0\n");
}

static void inflight_shown_unfinished_and_deduped(void) {
        Ring g = { .head = 2, .nslots = 8 };

        ring_add(&g, 1, 100, 1, 1);
        ring_add(&g, 2, 300, 2, 2);
        ring_add_inflight(&g, 200, 3, 0);
        /* same tid and ts_enter as complete seq 2: already finished, dropped */
        ring_add_inflight(&g, 300, 2, 9)->h.nr = __NR_read;
        CHECK_STREQ(ring_dump(&g, NULL), "close(1) = 0\nread(0, <unfinished ...>\nclose(2) = 0\n");
}

static void last_n_keeps_newest(void) {
        Ring g = { .head = 5, .nslots = 8 };
        DumpOptions o = DUMP_OPTIONS_DEFAULT;

        o.columns = false;
        o.last = 2;
        ring_add(&g, 1, 100, 1, 1);
        ring_add(&g, 3, 300, 1, 3);    /* gap before: dropped with the record */
        ring_add(&g, 4, 400, 1, 4);
        ring_add(&g, 5, 500, 1, 5)->h.lost_before = 1;
        CHECK_STREQ(ring_dump(&g, &o), "close(4) = 0\n[... 1 events lost here ...]\nclose(5) = 0\n");

        o.last = 100;
        CHECK_STREQ(ring_dump(&g, &o),
                    "close(1) = 0\n[... 1 events lost here ...]\nclose(3) = 0\nclose(4) = 0\n"
                    "[... 1 events lost here ...]\nclose(5) = 0\n");
}

static void last_n_keeps_overwritten_marker(void) {
        Ring g = { .head = 6, .nslots = 3 };
        DumpOptions o = DUMP_OPTIONS_DEFAULT;

        o.columns = false;
        o.last = 1;
        ring_add(&g, 4, 400, 1, 4);
        ring_add(&g, 5, 500, 1, 5);
        ring_add(&g, 6, 600, 1, 6);
        CHECK_STREQ(ring_dump(&g, &o), "[... 3 older events overwritten ...]\nclose(6) = 0\n");
}

static void pid_filter(void) {
        Ring g = { .head = 4, .nslots = 8 };
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        uint32_t pids[] = { 20 };
        TestRecord *t;

        o.columns = false;
        o.pids = pids;
        o.n_pids = 1;
        ring_add(&g, 1, 100, 10, 1);
        t = ring_add(&g, 2, 200, 21, 2);
        t->h.pid = 20;                 /* thread 21 of process 20 */
        ring_add(&g, 3, 300, 30, 3);
        ring_add(&g, 4, 400, 20, 4);
        CHECK_STREQ(ring_dump(&g, &o), "close(2) = 0\nclose(4) = 0\n");
}

static void filtered_record_passes_marker_on(void) {
        Ring g = { .head = 4, .nslots = 8 };
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        uint32_t pids[] = { 1 };

        o.columns = false;
        o.pids = pids;
        o.n_pids = 1;
        ring_add(&g, 1, 100, 1, 1);
        ring_add(&g, 3, 300, 2, 3);    /* hidden; gap before it */
        ring_add(&g, 4, 400, 1, 4);
        CHECK_STREQ(ring_dump(&g, &o), "close(1) = 0\n[... 1 events lost here ...]\nclose(4) = 0\n");
}

static void syscall_filter(void) {
        Ring g = { .head = 2, .nslots = 8 };
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        SyscallSet set;

        CHECK(syscall_set_parse("write", &set, NULL) == 0);
        o.columns = false;
        o.syscalls = &set;
        ring_add(&g, 1, 100, 1, 1);
        ring_add(&g, 2, 200, 1, 2)->h.nr = __NR_write;
        CHECK_STREQ(ring_dump(&g, &o), "write(2, NULL, 0) = 0\n");
}

static void duplicate_seq_dropped(void) {
        Ring g = { .head = 2, .nslots = 8 };

        ring_add(&g, 1, 100, 1, 1);
        ring_add(&g, 2, 200, 1, 2);
        ring_add(&g, 2, 250, 1, 3);
        CHECK_STREQ(ring_dump(&g, NULL), "close(1) = 0\nclose(2) = 0\n");
}

static void empty_input(void) {
        Ring g = { .head = 0, .nslots = 8 };

        CHECK_STREQ(ring_dump(&g, NULL), "");
        CHECK(dump_write(NULL, NULL, NULL) == -EINVAL);
}

/* ---- a small JSON syntax checker ---- */

static const char *js_ws(const char *p) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
                p++;
        return p;
}

static const char *js_value(const char *p, int depth);

static const char *js_string(const char *p) {
        if (*p != '"')
                return NULL;
        for (p++; *p != '"'; p++) {
                if ((unsigned char) *p < 0x20 || *p == 0)
                        return NULL;
                if (*p == '\\') {
                        p++;
                        if (*p == 'u') {
                                for (int i = 1; i <= 4; i++)
                                        if (!isxdigit((unsigned char) p[i]))
                                                return NULL;
                                p += 4;
                        } else if (!strchr("\"\\/bfnrt", *p) || *p == 0)
                                return NULL;
                }
        }
        return p + 1;
}

static const char *js_value(const char *p, int depth) {
        p = js_ws(p);
        if (depth > 32)
                return NULL;
        if (*p == '{' || *p == '[') {
                char close = *p == '{' ? '}' : ']';
                bool obj = *p == '{';

                p = js_ws(p + 1);
                if (*p == close)
                        return p + 1;
                for (;;) {
                        if (obj) {
                                p = js_string(js_ws(p));
                                if (!p)
                                        return NULL;
                                p = js_ws(p);
                                if (*p++ != ':')
                                        return NULL;
                        }
                        p = js_value(p, depth + 1);
                        if (!p)
                                return NULL;
                        p = js_ws(p);
                        if (*p == ',') {
                                p++;
                                continue;
                        }
                        if (*p == close)
                                return p + 1;
                        return NULL;
                }
        }
        if (*p == '"')
                return js_string(p);
        if (strncmp(p, "true", 4) == 0)
                return p + 4;
        if (strncmp(p, "false", 5) == 0)
                return p + 5;
        if (strncmp(p, "null", 4) == 0)
                return p + 4;
        if (*p == '-' || isdigit((unsigned char) *p)) {
                p++;
                while (isdigit((unsigned char) *p))
                        p++;
                return p;
        }
        return NULL;
}

/* Every line is one complete JSON value. Returns the number of lines, -1 on a bad one. */
static int json_lines_valid(const char *s) {
        int n = 0;

        while (*s) {
                const char *end = js_value(s, 0);

                if (!end || *end != '\n') {
                        fprintf(stderr, "bad JSON line: %.200s\n", s);
                        return -1;
                }
                s = end + 1;
                n++;
        }
        return n;
}

static void json_checker_rejects_garbage(void) {
        CHECK(json_lines_valid("{\"a\":1}\n") == 1);
        CHECK(json_lines_valid("{\"a\":1\n") < 0);
        CHECK(json_lines_valid("{\"a\":\"\x01\"}\n") < 0);
        CHECK(json_lines_valid("{\"a\":\"\\x\"}\n") < 0);
}

static void json_lines_parse(void) {
        Ring g = { .head = 6, .nslots = 4 };
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        TestRecord *t;
        const char *s;

        o.format = DUMP_FORMAT_JSON;
        ring_add(&g, 3, 300, 1, 3);
        t = ring_add(&g, 5, 500, 1, 5);
        t->h.nr = __NR_openat;
        t->h.ret = -ENOENT;
        t->h.args[0] = (uint64_t) -100;
        t->h.args[1] = 0x1000;
        test_record_capture(t, 0, 1, 0, "/tmp/\"q\"\n\xff\xc3\xa9", 12, TL_CAPTURE_STRING);
        memcpy(t->h.comm, "c\"o\\m\x01m\xfe" "xxxxxxxx", 16);  /* no NUL */
        ring_add(&g, 6, 600, 1, 6)->h.nr = 0x1c8;
        ring_add_inflight(&g, 700, 2, 0);

        s = ring_dump(&g, &o);
        CHECK(json_lines_valid(s) == 6);
        CHECK(strstr(s, "{\"type\":\"lost\",\"count\":2,\"reason\":\"overwritten\"}\n") == s);
        CHECK(strstr(s, "{\"type\":\"lost\",\"count\":1,\"reason\":\"dropped\"}\n"));
        CHECK(strstr(s, "\"comm\":\"c\\\"o\\\\m\\u0001m\\u00fexxxxxxxx\","));
        CHECK(strstr(s, "\"syscall\":\"openat\",\"args\":[{\"name\":\"dfd\",\"raw\":18446744073709551516,\"value\":\"AT_FDCWD\"},"
                        "{\"name\":\"filename\",\"raw\":4096,\"value\":\"\\\"/tmp/\\\\\\\"q\\\\\\\"\\\\n\\\\377\\\\303\\\\251\\\"\"},"
                        "{\"name\":\"flags\",\"raw\":0,\"value\":\"O_RDONLY\"}],"
                        "\"ret\":-2,\"errno\":\"ENOENT\",\"unfinished\":false,"));
        CHECK(strstr(s, "\"syscall\":\"syscall_0x1c8\",\"args\":[{\"name\":\"arg0\""));
        CHECK(strstr(s, "\"duration_ns\":10,"));
        CHECK(strstr(s, "\"duration_ns\":null,"));
        CHECK(strstr(s, "\"ret\":null,\"errno\":null,\"unfinished\":true,\"text\":\"read(0, <unfinished ...>\"}"));
        CHECK(strstr(s, "{\"name\":\"buf\",\"raw\":4096,\"value\":null}"));
}

static void json_time_fields(void) {
        TestRecord t;
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        StrBuf b = {};

        o.format = DUMP_FORMAT_JSON;
        o.realtime_offset_ns = 1700000000LL * 1000000000LL;
        test_record_init(&t, __NR_close, 0);
        t.h.ts_enter = 1500000;        /* 1.5 ms */
        t.h.ts_exit = 1600000;
        CHECK(record_format(&t.r, &o, &b) == 0);
        CHECK(json_lines_valid(b.buf) == 1);
        CHECK(strstr(b.buf, "{\"type\":\"syscall\",\"ts_ns\":1500000,\"time\":\"2023-11-14T22:13:20.001500Z\","
                            "\"duration_ns\":100000,\"clock\":\"precise\",\"cpu\":0,\"pid\":42,\"tid\":42,\"comm\":\"test\","
#if defined(__aarch64__)
                            "\"nr\":57,"       /* close: the number of the architecture built for */
#else
                            "\"nr\":3,"
#endif

                            "\"syscall\":\"close\",\"args\":[{\"name\":\"fd\",\"raw\":0,\"value\":\"0\"}],"
                            "\"ret\":0,\"errno\":null,\"unfinished\":false,\"text\":\"close(0) = 0\"}\n") == b.buf);
        strbuf_done(&b);
}

static void json_escaping_any_bytes(void) {
        TestRecord t;
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        StrBuf b = {};

        o.format = DUMP_FORMAT_JSON;
        test_record_init(&t, __NR_close, 0);
        /* every byte value in comm, 15 at a time, must give valid JSON */
        for (int start = 0; start < 256; start += 15) {
                for (int i = 0; i < TL_COMM_LEN; i++)
                        t.h.comm[i] = (char) (start + i + 1);
                CHECK(record_format(&t.r, &o, &b) == 0);
                CHECK(json_lines_valid(b.buf) == 1);
                strbuf_done(&b);
        }
}

/* ---- dump options (strace's -e trace=, -Z, -z, -c, -T, -t, -r, -y, -f layout) ---- */

#define SEC 1000000000ULL

/* A finished call of any syscall: seq follows the ring head. */
static TestRecord *ring_call(Ring *g, uint64_t ts_enter, uint64_t ts_exit, uint32_t pid, uint32_t tid,
                             int32_t nr, int64_t ret) {
        TestRecord *t = &g->rec[g->n++];

        test_record_init(t, nr, ret);
        t->h.seq = ++g->head;
        t->h.order = t->h.seq;
        t->h.ts_enter = ts_enter;
        t->h.ts_exit = ts_exit;
        t->h.pid = pid;
        t->h.tid = tid;
        return t;
}

static TestRecord *ring_openat(Ring *g, uint64_t ts, uint32_t pid, int dirfd, const char *path, int64_t ret) {
        TestRecord *t = ring_call(g, ts, ts + 1000, pid, pid, __NR_openat, ret);

        test_record_args(t, (uint64_t) (int64_t) dirfd, 0x1000, O_RDONLY, 0, 0, 0);
        test_record_capture(t, 0, 1, 0, path, (uint16_t) strlen(path), TL_CAPTURE_STRING);
        return t;
}

static TestRecord *ring_read(Ring *g, uint64_t ts, uint64_t ts_exit, uint32_t pid, uint32_t tid, int fd,
                             const char *data) {
        TestRecord *t = ring_call(g, ts, ts_exit, pid, tid, __NR_read, (int64_t) strlen(data));

        test_record_args(t, (uint64_t) fd, 0x2000, strlen(data), 0, 0, 0);
        test_record_capture(t, 0, 1, 0, data, (uint16_t) strlen(data), 0);
        return t;
}

static TestRecord *ring_fd_call(Ring *g, uint64_t ts, uint32_t pid, int32_t nr, int64_t ret, uint64_t a0, uint64_t a1) {
        TestRecord *t = ring_call(g, ts, ts + 1000, pid, pid, nr, ret);

        test_record_args(t, a0, a1, 0, 0, 0, 0);
        return t;
}

static DumpOptions plain(void) {
        DumpOptions o = DUMP_OPTIONS_DEFAULT;

        o.columns = false;
        return o;
}

static void failed_only(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        ring_fd_call(&g, 100, 1, __NR_close, 0, 3, 0);
        ring_openat(&g, 200, 1, -100, "/nonexistent", -ENOENT);
        ring_fd_call(&g, 300, 1, __NR_close, -EBADF, 9, 0);
        ring_add_inflight(&g, 400, 1, 0)->h.order = 10;
        o.failed_only = true;
        CHECK_STREQ(ring_dump(&g, &o),
                    "openat(AT_FDCWD, \"/nonexistent\", O_RDONLY) = -1 ENOENT (No such file or directory)\n"
                    "close(9) = -1 EBADF (Bad file descriptor)\n");
}

static void successful_only(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        ring_fd_call(&g, 100, 1, __NR_close, 0, 3, 0);
        ring_openat(&g, 200, 1, -100, "/nonexistent", -ENOENT);
        ring_add_inflight(&g, 400, 1, 0)->h.order = 10;
        o.successful_only = true;
        CHECK_STREQ(ring_dump(&g, &o), "close(3) = 0\n");
}

static void syscall_classes_filter(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();
        SyscallSet set;
#ifdef __NR_unlink
        const int32_t file_nr = __NR_unlink;
        const char *file_line = "unlink(NULL) = 0\n";
#else   /* aarch64: no unlink, and unlinkat is %desc too; chdir is %file alone */
        const int32_t file_nr = __NR_chdir;
        const char *file_line = "chdir(NULL) = 0\n";
#endif

        ring_openat(&g, 100, 1, -100, "/a", 3);
        ring_read(&g, 200, 300, 1, 1, 3, "x");
        ring_call(&g, 400, 500, 1, 1, file_nr, 0)->h.args[0] = 0;
        ring_fd_call(&g, 600, 1, __NR_close, 0, 3, 0);
        CHECK(syscall_set_parse("%file,!openat", &set, NULL) == 0);
        o.syscalls = &set;
        CHECK_STREQ(ring_dump(&g, &o), file_line);
        CHECK(syscall_set_parse("%desc", &set, NULL) == 0);
        CHECK_STREQ(ring_dump(&g, &o),
                    "openat(AT_FDCWD, \"/a\", O_RDONLY) = 3\nread(3, \"x\", 1) = 1\nclose(3) = 0\n");
        CHECK(syscall_set_parse("!%desc", &set, NULL) == 0);
        CHECK_STREQ(ring_dump(&g, &o), file_line);
}

static void durations(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        ring_read(&g, 1 * SEC, 1 * SEC + 123456, 1, 1, 3, "ab");
        ring_read(&g, 2 * SEC, 4 * SEC + 5000, 1, 1, 3, "c");
        ring_add_inflight(&g, 5 * SEC, 1, 0)->h.order = 10;
        o.durations = true;
        CHECK_STREQ(ring_dump(&g, &o),
                    "read(3, \"ab\", 2) = 2 <0.000123>\n"
                    "read(3, \"c\", 1) = 1 <2.000005>\n"
                    "read(0, <unfinished ...>\n");
        /* no duration on an exit line */
        ring_call(&g, 6 * SEC, 6 * SEC, 1, 1, TL_NR_EXIT, 0);
        CHECK(strstr(ring_dump(&g, &o), "+++ exited with 0 +++\n"));
        /* the table's lines too */
        o.columns = true;
        CHECK(strstr(ring_dump(&g, &o), "read(3, \"ab\", 2) = 2 <0.000123>\n"));
}

static void absolute_timestamps(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        /* 01:02:03.000123 UTC (TZ=UTC in main) */
        ring_fd_call(&g, 3723 * SEC + 123456, 1, __NR_close, 0, 3, 0);
        o.realtime_offset_ns = 86400 * (int64_t) SEC;
        o.timestamps = DUMP_TIMESTAMPS_TIME;
        CHECK_STREQ(ring_dump(&g, &o), "01:02:03 close(3) = 0\n");
        o.timestamps = DUMP_TIMESTAMPS_PRECISE;
        CHECK_STREQ(ring_dump(&g, &o), "01:02:03.000123 close(3) = 0\n");
        o.timestamps = DUMP_TIMESTAMPS_UNIX;
        CHECK_STREQ(ring_dump(&g, &o), "90123.000123 close(3) = 0\n");
        CHECK_STREQ(dump_timestamps_to_string(DUMP_TIMESTAMPS_UNIX), "unix");
        CHECK(dump_timestamps_from_string("precise") == DUMP_TIMESTAMPS_PRECISE);
        CHECK(dump_timestamps_from_string("ttt") == _DUMP_TIMESTAMPS_INVALID);
}

static void relative_timestamps(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        ring_fd_call(&g, 10 * SEC, 1, __NR_close, 0, 3, 0);
        ring_fd_call(&g, 10 * SEC + 644000, 1, __NR_close, 0, 4, 0);
        ring_fd_call(&g, 12 * SEC + 1874000, 1, __NR_close, 0, 5, 0);
        o.relative = true;
        CHECK_STREQ(ring_dump(&g, &o),
                    "     0.000000 close(3) = 0\n"
                    "     0.000644 close(4) = 0\n"
                    "     2.001230 close(5) = 0\n");
        o.timestamps = DUMP_TIMESTAMPS_PRECISE;
        CHECK_STREQ(ring_dump(&g, &o),
                    "00:00:10.000000 (+     0.000000) close(3) = 0\n"
                    "00:00:10.000644 (+     0.000644) close(4) = 0\n"
                    "00:00:12.001874 (+     2.001230) close(5) = 0\n");
}

static void strace_layout_one_thread(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        ring_fd_call(&g, 100, 7, __NR_close, 0, 3, 0);
        ring_openat(&g, 200, 7, -100, "/a/rather/long/path/name/that/passes/forty", -ENOENT);
        ring_call(&g, 300, 0, 7, 7, __NR_exit_group, 0)->h.flags |= TL_RECORD_UNFINISHED;
        o.format = DUMP_FORMAT_STRACE;
        CHECK_STREQ(ring_dump(&g, &o),
                    "close(3)                                = 0\n"
                    "openat(AT_FDCWD, \"/a/rather/long/path/name/that/passes/forty\", O_RDONLY) = -1 ENOENT (No such file or directory)\n"
                    "exit_group(0)                           = ?\n");
        CHECK(dump_format_from_string("strace") == DUMP_FORMAT_STRACE);

        /* a call the task died in (not one in flight at the dump) */
        g.n = 0;
        g.head = 0;
        ring_read(&g, 100, 0, 7, 7, 0, "")->h.flags |= TL_RECORD_UNFINISHED;
        CHECK_STREQ(ring_dump(&g, &o), "read(0,  <unfinished ...>)              = ?\n");
}

/* The leader and its last thread exiting at once: the leader may write the
 * process's end before the thread writes its own; strace prints it last. */
static void process_end_last(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        ring_call(&g, 100, 0, 10, 10, __NR_exit_group, 0)->h.flags |= TL_RECORD_UNFINISHED;
        ring_call(&g, 200, 200, 10, 10, TL_NR_EXIT, 0)->h.args[1] = 1;
        ring_call(&g, 300, 300, 10, 11, TL_NR_EXIT, 0);
        ring_call(&g, 400, 400, 12, 12, TL_NR_EXIT, 0)->h.args[1] = 1;
        o.format = DUMP_FORMAT_STRACE;
        CHECK_STREQ(ring_dump(&g, &o),
                    "[pid    10] exit_group(0)               = ?\n"
                    "[pid    11] +++ exited with 0 +++\n"
                    "[pid    10] +++ exited with 0 +++\n"
                    "+++ exited with 0 +++\n");
}

static void strace_layout_died_in_call(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        /* strace -f: thread 11 blocked in read when thread 10 calls exit_group */
        ring_read(&g, 100, 0, 10, 11, 0, "")->h.flags |= TL_RECORD_UNFINISHED;
        ring_call(&g, 200, 0, 10, 10, __NR_exit_group, 0)->h.flags |= TL_RECORD_UNFINISHED;
        ring_call(&g, 300, 300, 10, 11, TL_NR_EXIT, 0);
        ring_call(&g, 400, 400, 10, 10, TL_NR_EXIT, 0);
        o.format = DUMP_FORMAT_STRACE;
        CHECK_STREQ(ring_dump(&g, &o),
                    "[pid    11] read(0,  <unfinished ...>\n"
                    "[pid    10] exit_group(0)               = ?\n"
                    "[pid    11] <... read resumed> <unfinished ...>) = ?\n"
                    "[pid    11] +++ exited with 0 +++\n"
                    "+++ exited with 0 +++\n");

#ifdef __NR_pause      /* x86_64: aarch64 has no pause */
        /* nothing known only at exit: strace -f's pause */
        g.rec[0].h.nr = __NR_pause;
        CHECK_STREQ(ring_dump(&g, &o),
                    "[pid    11] pause( <unfinished ...>\n"
                    "[pid    10] exit_group(0)               = ?\n"
                    "[pid    11] <... pause resumed>)        = ?\n"
                    "[pid    11] +++ exited with 0 +++\n"
                    "+++ exited with 0 +++\n");
        /* the process alone, killed in pause: "pause() = ?" */
        g.n = 1;
        g.head = 1;
        g.rec[0].h.tid = 10;
        CHECK_STREQ(ring_dump(&g, &o), "pause()                                 = ?\n");
#endif
}

static void strace_layout_resumed(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();
        TestRecord *w;

        /* thread 10 blocks in read while thread 11 writes: strace -f's split */
        ring_read(&g, 1000, 5000, 10, 10, 3, "abcd");
        w = ring_call(&g, 2000, 3000, 10, 11, __NR_write, 4);
        test_record_args(w, 4, 0x3000, 4, 0, 0, 0);
        test_record_capture(w, 0, 1, 0, "abcd", 4, 0);
        ring_fd_call(&g, 6000, 10, __NR_close, 0, 3, 0)->h.tid = 10;
        o.format = DUMP_FORMAT_STRACE;
        CHECK_STREQ(ring_dump(&g, &o),
                    "[pid    10] read(3,  <unfinished ...>\n"
                    "[pid    11] write(4, \"abcd\", 4)         = 4\n"
                    "[pid    10] <... read resumed>\"abcd\", 4) = 4\n"
                    "[pid    10] close(3)                    = 0\n");

        /* -T on the resumed line, the whole call's time; -r from line to line */
        o.durations = true;
        o.relative = true;
        CHECK_STREQ(ring_dump(&g, &o),
                    "[pid    10]      0.000000 read(3,  <unfinished ...>\n"
                    "[pid    11]      0.000001 write(4, \"abcd\", 4) = 4 <0.000001>\n"
                    "[pid    10]      0.000003 <... read resumed>\"abcd\", 4) = 4 <0.000004>\n"
                    "[pid    10]      0.000001 close(3)      = 0 <0.000001>\n");
}

static void strace_layout_write_resumed(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();
        TestRecord *w;

        /* nothing of write is known only at exit: the whole call, then "<... write resumed>)" */
        w = ring_call(&g, 1000, 5000, 20, 21, __NR_write, 4);
        test_record_args(w, 4, 0x3000, 4, 0, 0, 0);
        test_record_capture(w, 0, 1, 0, "abcd", 4, 0);
        ring_fd_call(&g, 2000, 20, __NR_close, 0, 5, 0);
        ring_add_inflight(&g, 7000, 22, 6)->h.order = 10;
        o.format = DUMP_FORMAT_STRACE;
        CHECK_STREQ(ring_dump(&g, &o),
                    "[pid    21] write(4, \"abcd\", 4 <unfinished ...>\n"
                    "[pid    20] close(5)                    = 0\n"
                    "[pid    21] <... write resumed>)        = 4\n"
                    "[pid    22] read(6,  <unfinished ...>\n");
}

static void strace_layout_fork(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();
        uint32_t pids[] = { 30 };
        SyscallSet set;
        TestRecord *w;

        /* strace -f: "[pid N] " only while more than one task lives; the
         * fork's return makes the child, its exit line is its last */
        test_record_args(ring_call(&g, 100, 150, 30, 30, __NR_close, 0), 5, 0, 0, 0, 0, 0);
        test_record_args(ring_call(&g, 200, 300, 30, 30, __NR_clone, 31), 0x11, 0, 0, 0, 0, 0);
        ring_read(&g, 350, 900, 30, 30, 3, "x");
        ring_fd_call(&g, 400, 31, __NR_close, 0, 4, 0);
        ring_call(&g, 500, 500, 31, 31, TL_NR_EXIT, 0);
        ring_fd_call(&g, 1000, 30, __NR_close, 0, 3, 0);
        ring_call(&g, 1100, 1100, 30, 30, TL_NR_EXIT, 0);
        o.format = DUMP_FORMAT_STRACE;
        CHECK_STREQ(ring_dump(&g, &o),
                    "close(5)                                = 0\n"
                    "clone(child_stack=NULL, flags=SIGCHLD)  = 31\n"
                    "[pid    30] read(3,  <unfinished ...>\n"
                    "[pid    31] close(4)                    = 0\n"
                    "[pid    31] +++ exited with 0 +++\n"
                    "<... read resumed>\"x\", 1)               = 1\n"
                    "close(3)                                = 0\n"
                    "+++ exited with 0 +++\n");

        /* SIGCHLD, recorded when the child exits: strace shows it when the parent's call returned */
        w = ring_call(&g, 600, 600, 30, 30, TL_NR_SIGNAL, 0);
        test_record_args(w, SIGCHLD, CLD_EXITED, 31, 0, 0, 0);
        for (size_t i = 0; i < g.n; i++)
                g.rec[i].h.order *= 10;
        w->h.order = 55; /* after the child's exit, before the parent's close */
        CHECK(strstr(ring_dump(&g, &o),
                     "[pid    31] +++ exited with 0 +++\n"
                     "<... read resumed>\"x\", 1)               = 1\n"
                     "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=31, "));
        /* the same with a tick's times: the order of the enters decides */
        for (size_t i = 0; i < g.n; i++)
                g.rec[i].h.ts_enter = g.rec[i].h.ts_exit = 4000000;
        CHECK(strstr(ring_dump(&g, &o),
                     "close(5)                                = 0\n"
                     "clone(child_stack=NULL, flags=SIGCHLD)  = 31\n"
                     "[pid    30] read(3, \"x\", 1)             = 1\n"
                     "[pid    31] close(4)                    = 0\n"
                     "[pid    31] +++ exited with 0 +++\n"
                     "--- SIGCHLD {"));
        g.n--;
        g.head--;

        /* -e trace=close: the hidden clone still makes the child */
        CHECK(syscall_set_parse("close", &set, NULL) == 0);
        o.syscalls = &set;
        CHECK_STREQ(ring_dump(&g, &o),
                    "close(5)                                = 0\n"
                    "[pid    31] close(4)                    = 0\n"
                    "[pid    31] +++ exited with 0 +++\n"
                    "close(3)                                = 0\n"
                    "+++ exited with 0 +++\n");
        o.syscalls = NULL;

        /* strace -p 30 traces the parent alone */
        o.pids = pids;
        o.n_pids = 1;
        CHECK_STREQ(ring_dump(&g, &o),
                    "close(5)                                = 0\n"
                    "clone(child_stack=NULL, flags=SIGCHLD)  = 31\n"
                    "read(3, \"x\", 1)                         = 1\n"
                    "close(3)                                = 0\n"
                    "+++ exited with 0 +++\n");

#ifdef __NR_vfork      /* x86_64: aarch64's glibc vforks with clone */
        /* the child's first call before the fork returned (vfork): it lives from there */
        o.pids = NULL;
        o.n_pids = 0;
        g.n = 0;
        g.head = 0;
        ring_call(&g, 200, 600, 30, 30, __NR_vfork, 31);
        ring_fd_call(&g, 300, 31, __NR_close, 0, 4, 0);
        ring_call(&g, 500, 500, 31, 31, TL_NR_EXIT, 0);
        ring_fd_call(&g, 700, 30, __NR_close, 0, 3, 0);
        CHECK_STREQ(ring_dump(&g, &o),
                    "vfork( <unfinished ...>\n"
                    "[pid    31] close(4)                    = 0\n"
                    "[pid    31] +++ exited with 0 +++\n"
                    "<... vfork resumed>)                    = 31\n"
                    "close(3)                                = 0\n");

        /* a second task whose birth the trace does not hold lives from the start */
        ring_fd_call(&g, 800, 40, __NR_close, 0, 6, 0);
        CHECK(strstr(ring_dump(&g, &o), "[pid    30] vfork( <unfinished ...>\n"));
        CHECK(strstr(ring_dump(&g, &o), "[pid    40] close(6)                    = 0\n"));
#endif

        /* the same through clone(CLONE_VM|CLONE_VFORK|SIGCHLD), glibc's vfork on aarch64 */
        o.pids = NULL;
        o.n_pids = 0;
        g.n = 0;
        g.head = 0;
        ring_call(&g, 200, 600, 30, 30, __NR_clone, 31)->h.args[0] = 0x4111;
        ring_fd_call(&g, 300, 31, __NR_close, 0, 4, 0);
        ring_call(&g, 500, 500, 31, 31, TL_NR_EXIT, 0);
        ring_fd_call(&g, 700, 30, __NR_close, 0, 3, 0);
        CHECK_STREQ(ring_dump(&g, &o),
                    "clone(child_stack=NULL, flags=CLONE_VM|CLONE_VFORK|SIGCHLD <unfinished ...>\n"
                    "[pid    31] close(4)                    = 0\n"
                    "[pid    31] +++ exited with 0 +++\n"
                    "<... clone resumed>)                    = 31\n"
                    "close(3)                                = 0\n");
}

static void table_layout(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();
        TestRecord *t;

        o.format = DUMP_FORMAT_TABLE;
        t = ring_openat(&g, 100, 7, -100, "/nonexistent", -ENOENT);
        t->h.cpu = 12;
        memcpy(t->h.comm, "app", 4);
        t = ring_read(&g, 2000, 3000, 7, 8, 3, "ab");
        t->h.cpu = 3;
        memcpy(t->h.comm, "worker-thread", 14);
        t = ring_call(&g, 4000, 4000, 7, 7, __NR_getpid, 7);
        memcpy(t->h.comm, "app", 4);
        t = ring_call(&g, 5000, 5000, 7, 8, TL_NR_EXIT, 0);
        memcpy(t->h.comm, "worker-thread", 14);
        ring_add_inflight(&g, 6000, 7, 0)->h.order = 10;
        CHECK_STREQ(ring_dump(&g, &o),
                    "CPU  PID  COMM           SYSCALL  PARAMS                              RET\n"
                    "12   7    app            openat   AT_FDCWD, \"/nonexistent\", O_RDONLY  -1 ENOENT (No such file or directory)\n"
                    "3    8    worker-thread  read     3, \"ab\", 2                          2\n"
                    "0    7    app            getpid                                       7\n"
                    "0    8    worker-thread  +++      exited with 0\n"
                    "0    7    test           read     0                                   <unfinished ...>\n");
        CHECK(dump_format_from_string("table") == DUMP_FORMAT_TABLE);
        CHECK_STREQ(dump_format_to_string(DUMP_FORMAT_TABLE), "table");

        /* -T after the return value; a loss is a line of its own (before the record after the
         * missing seq); a call the task died in: ? */
        o.durations = true;
        g.rec[2].h.seq = ++g.head;
        g.rec[2].h.flags |= TL_RECORD_UNFINISHED;
        g.n_fl = 0;
        CHECK_STREQ(ring_dump(&g, &o),
                    "CPU  PID  COMM           SYSCALL  PARAMS                              RET\n"
                    "12   7    app            openat   AT_FDCWD, \"/nonexistent\", O_RDONLY  -1 ENOENT (No such file or directory) <0.000001>\n"
                    "3    8    worker-thread  read     3, \"ab\", 2                          2 <0.000001>\n"
                    "0    7    app            getpid                                       ?\n"
                    "[... 1 events lost here ...]\n"
                    "0    8    worker-thread  +++      exited with 0\n");
}

static void fd_paths(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        ring_openat(&g, 100, 5, -100, "/etc/passwd", 3);
        ring_read(&g, 200, 300, 5, 5, 3, "root");
        ring_fd_call(&g, 400, 5, __NR_dup, 4, 3, 0);
        ring_fd_call(&g, 500, 5, __NR_close, 0, 3, 0);
        ring_read(&g, 600, 700, 5, 5, 4, "x");
        ring_read(&g, 800, 900, 5, 5, 3, "y");             /* closed: plain again */
#ifdef __NR_dup2
        ring_fd_call(&g, 1000, 5, __NR_dup2, 7, 4, 7);
#else   /* aarch64: dup3 alone */
        ring_fd_call(&g, 1000, 5, __NR_dup3, 7, 4, 7);
#endif
        ring_fd_call(&g, 1100, 5, __NR_clone, 6, 0x11, 0);  /* fork: SIGCHLD, no CLONE_THREAD */
        ring_read(&g, 1200, 1300, 6, 6, 7, "z");            /* the child's copy */
        ring_read(&g, 1400, 1500, 8, 8, 7, "w");            /* another process: unknown */
        o.fd_paths = true;
        CHECK_STREQ(ring_dump(&g, &o),
                    "openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY) = 3</etc/passwd>\n"
                    "read(3</etc/passwd>, \"root\", 4) = 4\n"
                    "dup(3</etc/passwd>) = 4</etc/passwd>\n"
                    "close(3</etc/passwd>) = 0\n"
                    "read(4</etc/passwd>, \"x\", 1) = 1\n"
                    "read(3, \"y\", 1) = 1\n"
#ifdef __NR_dup2
                    "dup2(4</etc/passwd>, 7) = 7</etc/passwd>\n"
#else
                    "dup3(4</etc/passwd>, 7, 0) = 7</etc/passwd>\n"
#endif
                    "clone(child_stack=NULL, flags=SIGCHLD) = 6\n"
                    "read(7</etc/passwd>, \"z\", 1) = 1\n"
                    "read(7, \"w\", 1) = 1\n");

        /* a descriptor returned without a known name forgets the old one */
        ring_fd_call(&g, 1600, 5, __NR_socket, 4, 2, 1);
        ring_read(&g, 1700, 1800, 5, 5, 4, "s");
        CHECK(strstr(ring_dump(&g, &o), ") = 4\nread(4, \"s\", 1) = 1\n"));
        /* without -y, no names at all */
        o.fd_paths = false;
        CHECK(!strchr(ring_dump(&g, &o), '<'));
}

static void fd_paths_learnt_from_hidden_records(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();
        SyscallSet set;

        ring_fd_call(&g, 50, 5, __NR_chdir, 0, 0x1000, 0);
        test_record_capture(&g.rec[0], 0, 0, 0, "/srv", 4, TL_CAPTURE_STRING);
        ring_openat(&g, 100, 5, -100, "data/./x", 3);
        ring_openat(&g, 150, 5, 3, "../y", 4);
        ring_read(&g, 200, 300, 5, 5, 3, "1");
        ring_read(&g, 400, 500, 5, 5, 4, "2");
        CHECK(syscall_set_parse("read", &set, NULL) == 0);
        o.syscalls = &set;
        o.fd_paths = true;
        CHECK_STREQ(ring_dump(&g, &o),
                    "read(3</srv/data/./x>, \"1\", 1) = 1\n"
                    "read(4</srv/data/./x/../y>, \"2\", 1) = 1\n");
        /* AT_FDCWD carries the directory as strace -y prints it */
        CHECK(syscall_set_parse("openat", &set, NULL) == 0);
        CHECK(strstr(ring_dump(&g, &o), "openat(AT_FDCWD</srv>, \"data/./x\", O_RDONLY) = 3</srv/data/./x>\n"));
}

static void summary_table(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        ring_read(&g, 1000, 2000, 1, 1, 3, "a");
        ring_read(&g, 3000, 6000, 1, 1, 3, "b");
        ring_openat(&g, 7000, 1, -100, "/x", -ENOENT)->h.ts_exit = 9000;
        ring_fd_call(&g, 10000, 1, __NR_close, 0, 3, 0)->h.ts_exit = 10000;
        ring_add_inflight(&g, 20000, 1, 0)->h.order = 10;     /* unfinished: not counted */
        o.summary = true;
        CHECK_STREQ(ring_dump(&g, &o),
                    "% time     seconds  usecs/call     calls    errors syscall\n"
                    "------ ----------- ----------- --------- --------- ----------------\n"
                    " 66.67    0.000004           2         2           read\n"
                    " 33.33    0.000002           2         1         1 openat\n"
                    "  0.00    0.000000           0         1           close\n"
                    "------ ----------- ----------- --------- --------- ----------------\n"
                    "100.00    0.000006           1         4         1 total\n");

        /* with -Z only the failed calls count */
        o.failed_only = true;
        CHECK(strstr(ring_dump(&g, &o), "100.00    0.000002           2         1         1 total\n"));
        o.failed_only = false;

        /* tick-timed records: the table says what their times are worth */
        g.rec[0].h.flags |= TL_RECORD_TICK_TIME;
        CHECK(strstr(ring_dump(&g, &o), "\n# 1 of 4 calls were timed with the kernel tick"));

        o.format = DUMP_FORMAT_JSON;
        CHECK(strstr(ring_dump(&g, &o),
                     "{\"type\":\"summary\",\"syscall\":\"read\",\"calls\":2,\"errors\":0,\"time_ns\":4000}\n"));
}

static void events_pass_syscall_filters(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();
        SyscallSet set;
        const char *d;

        ring_fd_call(&g, 100, 1, __NR_close, 0, 3, 0);
        ring_call(&g, 200, 200, 1, 1, TL_NR_EXIT, 0);
        CHECK(syscall_set_parse("read", &set, NULL) == 0);
        o.syscalls = &set;
        o.failed_only = true;
        /* the exit is not a syscall: -e, -Z and -z leave it in (its text is the decoder's) */
        d = ring_dump(&g, &o);
        CHECK(!strstr(d, "close("));
        CHECK(strchr(d, '\n') && strchr(d, '\n') == d + strlen(d) - 1);
        o.failed_only = false;
        o.summary = true;
        o.syscalls = NULL;
        CHECK(strstr(ring_dump(&g, &o), "         1           close\n"));
        CHECK(strstr(ring_dump(&g, &o), "         1           total\n"));
}

static void summary_empty(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        o.summary = true;
        CHECK_STREQ(ring_dump(&g, &o),
                    "% time     seconds  usecs/call     calls    errors syscall\n"
                    "------ ----------- ----------- --------- --------- ----------------\n"
                    "------ ----------- ----------- --------- --------- ----------------\n"
                    "100.00    0.000000           0         0           total\n");
}


/* ---- compat (32-bit) syscalls: i386 names, hex arguments, strace's mode lines ---- */

static TestRecord *ring_compat(Ring *g, uint64_t ts, uint32_t tid, int32_t nr, int64_t ret,
                               uint64_t a0, uint64_t a1, uint64_t a2) {
        TestRecord *t = ring_call(g, ts, ts + 1000, tid, tid, nr, ret);

        t->h.flags |= TL_RECORD_COMPAT;
        test_record_args(t, a0, a1, a2, 0, 0, 0);
        return t;
}

#if defined(__x86_64__)
#define COMPAT_GETPID "getpid"
#define COMPAT_WRITE "write"
#define COMPAT_CLOSE "close"

/* i386 getpid (20, x86_64's writev), write (4, stat), close (6, lstat) between
 * native calls of the same task. */
static void compat_ring(Ring *g) {
        ring_fd_call(g, 100, 7, __NR_getppid, 6, 0, 0);
        ring_compat(g, 200, 7, 20, 7, 0, 0, 0);
        ring_compat(g, 300, 7, 4, 7, 3, 0x40000000, 7);
        ring_compat(g, 400, 7, 6, -EBADF, 0xffffffff, 0, 0);
        ring_fd_call(g, 500, 7, __NR_close, 0, 3, 0);
}

static void compat_strace_layout(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();
        const char *want =
                "getppid()                               = 6\n"
                "[ Process PID=7 runs in 32 bit mode. ]\n"
                COMPAT_GETPID "()                                = 7\n"
                COMPAT_WRITE "(0x3, 0x40000000, 0x7)             = 7\n"
                COMPAT_CLOSE "(0xffffffff)                       = -1 EBADF (Bad file descriptor)\n"
                "[ Process PID=7 runs in 64 bit mode. ]\n"
                "close(3)                                = 0\n";

        compat_ring(&g);
        o.format = DUMP_FORMAT_STRACE;
        CHECK_STREQ(ring_dump(&g, &o), want);
        o.format = DUMP_FORMAT_TEXT;
        CHECK_STREQ(ring_dump(&g, &o),
                            "getppid() = 6\n"
                            "[ Process PID=7 runs in 32 bit mode. ]\n"
                            "getpid() = 7\n"
                            "write(0x3, 0x40000000, 0x7) = 7\n"
                            "close(0xffffffff) = -1 EBADF (Bad file descriptor)\n"
                            "[ Process PID=7 runs in 64 bit mode. ]\n"
                            "close(3) = 0\n");
        /* the table has no place for it */
        o.format = DUMP_FORMAT_TABLE;
        CHECK(!strstr(ring_dump(&g, &o), "runs in"));
}

static void compat_mode_per_task(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        /* 8 is born by 7's (native) clone: two tasks, "[pid N] " leaders; 8
         * starts in 64 bit mode, whatever 7 runs in. A line at every change,
         * before the call's first line. */
        ring_compat(&g, 100, 7, 20, 7, 0, 0, 0);
        ring_call(&g, 200, 300, 7, 7, __NR_clone, 8);
        ring_compat(&g, 400, 7, 20, 7, 0, 0, 0)->h.ts_exit = 800;
        ring_fd_call(&g, 500, 8, __NR_close, 0, 3, 0)->h.tid = 8;
        ring_compat(&g, 600, 8, 20, 8, 0, 0, 0)->h.ts_exit = 700;
        o.format = DUMP_FORMAT_STRACE;
        CHECK_STREQ(ring_dump(&g, &o),
                    "[ Process PID=7 runs in 32 bit mode. ]\n"
                    COMPAT_GETPID "()                                = 7\n"
                    "[ Process PID=7 runs in 64 bit mode. ]\n"
                    "clone(child_stack=NULL, flags=0)        = 8\n"
                    "[pid     7] [ Process PID=7 runs in 32 bit mode. ]\n"
                    "[pid     7] " COMPAT_GETPID "( <unfinished ...>\n"
                    "[pid     8] close(3)                    = 0\n"
                    "[pid     8] [ Process PID=8 runs in 32 bit mode. ]\n"
                    "[pid     8] " COMPAT_GETPID "()                    = 8\n"
                    "[pid     7] <... " COMPAT_GETPID " resumed>)       = 7\n");
}

static void compat_json(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();
        const char *out;
        int n;

        compat_ring(&g);
        o.format = DUMP_FORMAT_JSON;
        out = ring_dump(&g, &o);
        CHECK(json_lines_valid(out) == 5);
        CHECK(strstr(out, "\"nr\":20,\"syscall\":\"" COMPAT_GETPID "\""));
        CHECK(strstr(out, "\"compat\":true,\"text\":\"" COMPAT_GETPID "() = 7\""));
        /* only the three compat records say so, and JSON has no mode lines */
        n = 0;
        for (const char *q = out; (q = strstr(q, "\"compat\":true")); q++)
                n++;
        CHECK(n == 3);
        CHECK(!strstr(out, "runs in"));
}

static void compat_summary_and_filter(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();
        SyscallSet set;
        const char *out;

        compat_ring(&g);
        o.summary = true;
        out = ring_dump(&g, &o);
        CHECK(strstr(out, " " COMPAT_GETPID "\n"));
        CHECK(strstr(out, " close\n"));
        CHECK(strstr(out, " " COMPAT_CLOSE "\n"));
        CHECK(!strstr(out, "syscall_"));

        /* -e trace= selects by name, as strace: i386 close is "close" too */
        o.summary = false;
        o.format = DUMP_FORMAT_STRACE;
        CHECK(syscall_set_parse("close", &set, NULL) == 0);
        o.syscalls = &set;
        out = ring_dump(&g, &o);
        CHECK_STREQ(out,
                    "[ Process PID=7 runs in 32 bit mode. ]\n"
                    "close(0xffffffff)                       = -1 EBADF (Bad file descriptor)\n"
                    "[ Process PID=7 runs in 64 bit mode. ]\n"
                    "close(3)                                = 0\n");
        /* a class: i386 write (4) is %desc, i386 getpid (20) is not */
        CHECK(syscall_set_parse("%desc", &set, NULL) == 0);
        out = ring_dump(&g, &o);
        CHECK(strstr(out, "\nwrite(0x3, 0x40000000, 0x7) "));
        CHECK(!strstr(out, "getpid"));
}
#else
/* No compat table (aarch64's AArch32): numbers, as for any unknown syscall,
 * and all six arguments; the mode lines all the same. */
static void compat_without_table(void) {
        Ring g = { .nslots = MAXREC };
        DumpOptions o = plain();

        ring_fd_call(&g, 100, 7, __NR_getppid, 6, 0, 0);
        ring_compat(&g, 200, 7, 20, 7, 0, 0, 0);
        o.format = DUMP_FORMAT_STRACE;
        CHECK_STREQ(ring_dump(&g, &o),
                    "getppid()                               = 6\n"
                    "[ Process PID=7 runs in 32 bit mode. ]\n"
                    "syscall_0x14(0, 0, 0, 0, 0, 0)          = 7\n");
}
#endif

static const UnitTest tests[] = {
        T(plain_in_order),
        T(wrapped_ring_marker_once_newest_kept),
        T(seq_gap_marker_in_place),
        T(lost_before_marker_in_place),
        T(gap_and_lost_before_add_up),
        T(trailing_gap_at_end),
        T(sorted_by_enter_time_across_cpus),
        T(sorted_by_enter_counter_before_time),
        T(gap_marker_follows_record_in_time_order),
        T(inflight_shown_unfinished_and_deduped),
        T(last_n_keeps_newest),
        T(last_n_keeps_overwritten_marker),
        T(pid_filter),
        T(filtered_record_passes_marker_on),
        T(syscall_filter),
        T(duplicate_seq_dropped),
        T(empty_input),
        T(json_checker_rejects_garbage),
        T(json_lines_parse),
        T(json_time_fields),
        T(json_escaping_any_bytes),
        T(failed_only),
        T(successful_only),
        T(syscall_classes_filter),
        T(durations),
        T(absolute_timestamps),
        T(relative_timestamps),
        T(strace_layout_one_thread),
        T(strace_layout_resumed),
        T(strace_layout_write_resumed),
        T(strace_layout_fork),
        T(strace_layout_died_in_call),
        T(process_end_last),
        T(table_layout),
        T(fd_paths),
        T(fd_paths_learnt_from_hidden_records),
        T(summary_table),
        T(summary_empty),
        T(events_pass_syscall_filters),
#if defined(__x86_64__)
        T(compat_strace_layout),
        T(compat_mode_per_task),
        T(compat_json),
        T(compat_summary_and_filter),
#else
        T(compat_without_table),
#endif
};

int main(void) {
        /* wall-clock times below are UTC */
        setenv("TZ", "UTC", 1);
        tzset();
        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
