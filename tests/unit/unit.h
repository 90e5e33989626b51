/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* A plain test runner: TEST(x) defines a test, RUN_TESTS() in main runs them all. */

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"

extern int unit_failures;
extern const char *unit_current;

#define CHECK(cond)                                                             \
        do {                                                                    \
                if (!(cond)) {                                                  \
                        fprintf(stderr, "%s:%d: %s: CHECK(%s) failed\n",        \
                                __FILE__, __LINE__, unit_current, #cond);       \
                        unit_failures++;                                        \
                }                                                               \
        } while (0)

#define CHECK_STREQ(got, want)                                                  \
        do {                                                                    \
                const char *_g = (got), *_w = (want);                           \
                if (!_g || strcmp(_g, _w) != 0) {                               \
                        fprintf(stderr, "%s:%d: %s:\n  got:  [%s]\n  want: [%s]\n", \
                                __FILE__, __LINE__, unit_current, _g ?: "(null)", _w); \
                        unit_failures++;                                        \
                }                                                               \
        } while (0)

typedef struct UnitTest {
        const char *name;
        void (*func)(void);
} UnitTest;

#define UNIT_DEFINE_GLOBALS int unit_failures; const char *unit_current

static inline int unit_run(const UnitTest *t, size_t n) {
        for (size_t i = 0; i < n; i++) {
                int before = unit_failures;

                unit_current = t[i].name;
                t[i].func();
                printf("%s %s\n", unit_failures == before ? "ok  " : "FAIL", t[i].name);
        }
        printf("%d failure(s)\n", unit_failures);
        return unit_failures == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#define T(f) { #f, f }

/* A hand-made record: header plus data area. */
typedef struct TestRecord {
        struct tl_record_header h;
        uint8_t data[1024];
        DumpRecord r;
} TestRecord;

static inline void test_record_init(TestRecord *t, int32_t nr, int64_t ret) {
        memset(t, 0, sizeof(*t));
        t->h.seq = 1;
        t->h.ts_enter = 1000;
        t->h.ts_exit = 2000;
        t->h.nr = nr;
        t->h.ret = ret;
        t->h.pid = t->h.tid = 42;
        memcpy(t->h.comm, "test", 5);
        t->r = (DumpRecord) { .h = &t->h, .data = t->data, .data_size = sizeof(t->data) };
}

static inline void test_record_args(TestRecord *t, uint64_t a0, uint64_t a1, uint64_t a2,
                                    uint64_t a3, uint64_t a4, uint64_t a5) {
        uint64_t a[TL_NARGS] = { a0, a1, a2, a3, a4, a5 };

        memcpy(t->h.args, a, sizeof(a));
}

/* Put bytes for argument arg into capture slot slot, at offset off. */
static inline void test_record_capture(TestRecord *t, unsigned slot, uint8_t arg, uint16_t off,
                                       const void *p, uint16_t len, uint8_t flags) {
        t->h.cap[slot] = (struct tl_capture) { .arg = arg, .flags = flags, .offset = off, .len = len, .orig_len = len };
        if (p && (size_t) off + len <= sizeof(t->data))
                memcpy(t->data + off, p, len);
}

/* The call text of t, in a static buffer. */
static inline const char *test_call(TestRecord *t, const DumpOptions *o) {
        static char buf[4096];
        StrBuf b = {};
        int r;

        r = record_format_call(&t->r, o, &b);
        if (r < 0) {
                snprintf(buf, sizeof(buf), "(error %d)", r);
        } else
                snprintf(buf, sizeof(buf), "%s", b.buf ?: "");
        strbuf_done(&b);
        return buf;
}
