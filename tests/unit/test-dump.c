/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <ctype.h>
#include <sys/syscall.h>

#include "unit.h"

UNIT_DEFINE_GLOBALS;

#define MAXREC 16

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
        int32_t nrs[] = { __NR_write };

        o.columns = false;
        o.syscalls = nrs;
        o.n_syscalls = 1;
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
                            "\"duration_ns\":100000,\"clock\":\"precise\",\"cpu\":0,\"pid\":42,\"tid\":42,\"comm\":\"test\",\"nr\":3,"
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
};

int main(void) {
        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
