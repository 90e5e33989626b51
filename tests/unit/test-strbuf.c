/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include "unit.h"

UNIT_DEFINE_GLOBALS;

static void append_and_printf(void) {
        StrBuf b = {};

        CHECK(strbuf_append(&b, "ab") == 0);
        CHECK(strbuf_append_char(&b, 'c') == 0);
        CHECK(strbuf_printf(&b, "%d-%s", 42, "x") == 0);
        CHECK_STREQ(b.buf, "abc42-x");
        CHECK(b.len == 7);
        strbuf_done(&b);
        CHECK(b.buf == NULL && b.len == 0);
}

static void grows_past_initial_size(void) {
        StrBuf b = {};

        for (int i = 0; i < 1000; i++)
                CHECK(strbuf_append(&b, "0123456789") == 0);
        CHECK(b.len == 10000);
        CHECK(strlen(b.buf) == 10000);
        strbuf_done(&b);
}

static void truncate_and_steal(void) {
        StrBuf b = {};
        char *p;

        CHECK(strbuf_append(&b, "hello world") == 0);
        strbuf_truncate(&b, 5);
        CHECK_STREQ(b.buf, "hello");
        strbuf_truncate(&b, 100);
        CHECK_STREQ(b.buf, "hello");
        p = strbuf_steal(&b);
        CHECK_STREQ(p, "hello");
        CHECK(b.buf == NULL);
        free(p);
        p = strbuf_steal(&b);
        CHECK_STREQ(p, "");
        free(p);
}

static const UnitTest tests[] = {
        T(append_and_printf),
        T(grows_past_initial_size),
        T(truncate_and_steal),
};

int main(void) {
        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
