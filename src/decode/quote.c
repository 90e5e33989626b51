/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>

#include "quote.h"

static int escape_one(StrBuf *out, uint8_t c, bool next_is_octal_digit) {
        char buf[5];
        size_t k = 0;

        switch (c) {
        case '"':
                return strbuf_append_n(out, "\\\"", 2);
        case '\\':
                return strbuf_append_n(out, "\\\\", 2);
        case '\f':
                return strbuf_append_n(out, "\\f", 2);
        case '\n':
                return strbuf_append_n(out, "\\n", 2);
        case '\r':
                return strbuf_append_n(out, "\\r", 2);
        case '\t':
                return strbuf_append_n(out, "\\t", 2);
        case '\v':
                return strbuf_append_n(out, "\\v", 2);
        default:
                break;
        }

        if (c >= 0x20 && c < 0x7f)
                return strbuf_append_char(out, (char) c);

        buf[k++] = '\\';
        if (next_is_octal_digit || c >= 0100)
                buf[k++] = (char) ('0' + (c >> 6));
        if (next_is_octal_digit || c >= 010)
                buf[k++] = (char) ('0' + ((c >> 3) & 7));
        buf[k++] = (char) ('0' + (c & 7));
        return strbuf_append_n(out, buf, k);
}

static bool plain_byte(uint8_t c) {
        return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

int escape_bytes(StrBuf *out, const uint8_t *p, size_t n) {
        int r;

        r = strbuf_reserve(out, n + 2);
        if (r < 0)
                return r;
        /* a string even when n is 0: callers print out->buf with %s */
        out->buf[out->len] = 0;
        for (size_t i = 0; i < n; i++) {
                bool next_octal;
                size_t j = i;

                /* runs of bytes that stand for themselves go in at once */
                while (j < n && plain_byte(p[j]))
                        j++;
                if (j > i) {
                        r = strbuf_append_n(out, (const char *) p + i, j - i);
                        if (r < 0)
                                return r;
                        i = j;
                        if (i >= n)
                                break;
                }
                next_octal = i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '7';
                r = escape_one(out, p[i], next_octal);
                if (r < 0)
                        return r;
        }
        return 0;
}

int quote_bytes(StrBuf *out, const uint8_t *p, size_t n, bool ellipsis) {
        int r;

        r = strbuf_append_char(out, '"');
        if (r < 0)
                return r;
        r = escape_bytes(out, p, n);
        if (r < 0)
                return r;
        return strbuf_append(out, ellipsis ? "\"..." : "\"");
}

int quote_bytes_hex(StrBuf *out, const uint8_t *p, size_t n, bool ellipsis) {
        static const char hex[] = "0123456789abcdef";
        int r;

        r = strbuf_reserve(out, 4 * n + 5);
        if (r < 0)
                return r;
        r = strbuf_append_char(out, '"');
        if (r < 0)
                return r;
        for (size_t i = 0; i < n; i++) {
                char b[4] = { '\\', 'x', hex[p[i] >> 4], hex[p[i] & 15] };

                r = strbuf_append_n(out, b, sizeof(b));
                if (r < 0)
                        return r;
        }
        return strbuf_append(out, ellipsis ? "\"..." : "\"");
}

/* Length of the valid UTF-8 sequence at p (1..4), 0 if invalid. */
static size_t utf8_valid_len(const uint8_t *p, size_t n) {
        uint32_t cp;
        size_t len;

        if (p[0] < 0x80)
                return 1;
        if (p[0] >= 0xc2 && p[0] <= 0xdf)
                len = 2, cp = p[0] & 0x1f;
        else if (p[0] >= 0xe0 && p[0] <= 0xef)
                len = 3, cp = p[0] & 0x0f;
        else if (p[0] >= 0xf0 && p[0] <= 0xf4)
                len = 4, cp = p[0] & 0x07;
        else
                return 0;
        if (len > n)
                return 0;
        for (size_t i = 1; i < len; i++) {
                if ((p[i] & 0xc0) != 0x80)
                        return 0;
                cp = (cp << 6) | (p[i] & 0x3f);
        }
        /* overlong forms, surrogates, beyond U+10FFFF */
        if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
                return 0;
        return len;
}

int json_quote(StrBuf *out, const char *s, size_t n) {
        const uint8_t *p = (const uint8_t *) s;
        int r;

        r = strbuf_append_char(out, '"');
        if (r < 0)
                return r;

        for (size_t i = 0; i < n;) {
                uint8_t c = p[i];
                size_t len, j = i;

                while (j < n && plain_byte(p[j]))
                        j++;
                if (j > i) {
                        r = strbuf_append_n(out, s + i, j - i);
                        if (r < 0)
                                return r;
                        i = j;
                        continue;
                }

                if (c == '"')
                        r = strbuf_append_n(out, "\\\"", 2);
                else if (c == '\\')
                        r = strbuf_append_n(out, "\\\\", 2);
                else if (c == '\n')
                        r = strbuf_append_n(out, "\\n", 2);
                else if (c == '\t')
                        r = strbuf_append_n(out, "\\t", 2);
                else if (c == '\r')
                        r = strbuf_append_n(out, "\\r", 2);
                else if (c < 0x20 || c == 0x7f)
                        r = strbuf_printf(out, "\\u%04x", c);
                else if (c < 0x80)
                        r = strbuf_append_char(out, (char) c);
                else {
                        len = utf8_valid_len(p + i, n - i);
                        if (len == 0)
                                r = strbuf_printf(out, "\\u%04x", c);
                        else {
                                r = strbuf_append_n(out, s + i, len);
                                i += len;
                                if (r < 0)
                                        return r;
                                continue;
                        }
                }
                if (r < 0)
                        return r;
                i++;
        }

        return strbuf_append_char(out, '"');
}
