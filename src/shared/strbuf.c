/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

int strbuf_reserve(StrBuf *b, size_t extra) {
        size_t need, n;
        char *p;

        if (extra > SIZE_MAX - b->len - 1)
                return -ENOMEM;
        need = b->len + extra + 1;
        if (need <= b->allocated)
                return 0;

        n = b->allocated > 0 ? b->allocated : 256;
        while (n < need)
                n = n > SIZE_MAX / 2 ? need : n * 2;

        p = realloc(b->buf, n);
        if (!p)
                return -ENOMEM;
        b->buf = p;
        b->allocated = n;
        return 0;
}

int strbuf_append_n(StrBuf *b, const char *s, size_t n) {
        int r;

        r = strbuf_reserve(b, n);
        if (r < 0)
                return r;
        memcpy(b->buf + b->len, s, n);
        b->len += n;
        b->buf[b->len] = 0;
        return 0;
}

int strbuf_append(StrBuf *b, const char *s) {
        return strbuf_append_n(b, s, strlen(s));
}

int strbuf_append_char(StrBuf *b, char c) {
        return strbuf_append_n(b, &c, 1);
}

int strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap) {
        va_list aq;
        size_t avail;
        int n, r;

        /* Most texts fit in what is allocated already: then one vsnprintf, not two. */
        r = strbuf_reserve(b, 64);
        if (r < 0)
                return r;
        avail = b->allocated - b->len;
        va_copy(aq, ap);
        n = vsnprintf(b->buf + b->len, avail, fmt, aq);
        va_end(aq);
        if (n < 0) {
                b->buf[b->len] = 0;
                return -EINVAL;
        }
        if ((size_t) n < avail) {
                b->len += (size_t) n;
                return 0;
        }

        r = strbuf_reserve(b, (size_t) n);
        if (r < 0) {
                b->buf[b->len] = 0;
                return r;
        }
        (void) vsnprintf(b->buf + b->len, (size_t) n + 1, fmt, ap);
        b->len += (size_t) n;
        return 0;
}

int strbuf_printf(StrBuf *b, const char *fmt, ...) {
        va_list ap;
        int r;

        va_start(ap, fmt);
        r = strbuf_vprintf(b, fmt, ap);
        va_end(ap);
        return r;
}

void strbuf_truncate(StrBuf *b, size_t len) {
        if (len >= b->len)
                return;
        b->len = len;
        b->buf[len] = 0;
}

void strbuf_done(StrBuf *b) {
        free(b->buf);
        *b = (StrBuf) {};
}

char *strbuf_steal(StrBuf *b) {
        char *p;

        if (!b->buf) {
                if (strbuf_reserve(b, 0) < 0)
                        return NULL;
                b->buf[0] = 0;
        }
        p = b->buf;
        *b = (StrBuf) {};
        return p;
}
