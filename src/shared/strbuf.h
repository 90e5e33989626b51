/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdarg.h>
#include <stddef.h>

/* A growable NUL-terminated byte buffer. All appenders return 0 or -ENOMEM. */
typedef struct StrBuf {
        char *buf;
        size_t len;
        size_t allocated;
} StrBuf;

int strbuf_reserve(StrBuf *b, size_t extra);
int strbuf_append(StrBuf *b, const char *s);
int strbuf_append_n(StrBuf *b, const char *s, size_t n);
int strbuf_append_char(StrBuf *b, char c);
int strbuf_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap);
void strbuf_truncate(StrBuf *b, size_t len);
void strbuf_done(StrBuf *b);
char *strbuf_steal(StrBuf *b);

static inline void strbuf_donep(StrBuf *b) {
        strbuf_done(b);
}
