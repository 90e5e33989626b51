/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

/* Append p[0..n) as strace quotes it: "..." with \" \\ \f \n \r \t \v, other
 * bytes outside 0x20..0x7e in octal (three digits when an octal digit follows,
 * else as few as needed). ellipsis appends "..." after the closing quote. */
int quote_bytes(StrBuf *out, const uint8_t *p, size_t n, bool ellipsis);

/* As quote_bytes(), every byte as \xNN (strace's QUOTE_FORCE_HEX: getrandom). */
int quote_bytes_hex(StrBuf *out, const uint8_t *p, size_t n, bool ellipsis);

/* As quote_bytes() without the quotes and ellipsis (for comm). */
int escape_bytes(StrBuf *out, const uint8_t *p, size_t n);

/* Append p[0..n) as a JSON string literal, quotes included. Valid UTF-8 is
 * copied; control characters, 0x7f and each byte of invalid UTF-8 become
 * \u00XX (an invalid byte b reads back as code point U+00b). */
int json_quote(StrBuf *out, const char *p, size_t n);
