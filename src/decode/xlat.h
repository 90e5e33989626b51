/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

typedef struct Xlat {
        uint64_t val;
        const char *name;
} Xlat;

/* Flags: names of the table entries whose bits are all set, in table order,
 * then the leftover bits as 0x...; joined by '|'. v == 0 prints zero_name (or "0"). */
int xlat_print_flags(StrBuf *out, const Xlat *x, size_t n, uint64_t v, const char *zero_name);

/* One value: its name, or the number (hex or signed decimal) if none. */
int xlat_print_value(StrBuf *out, const Xlat *x, size_t n, uint64_t v, bool hex);

int print_open_flags(StrBuf *out, uint64_t v);
int print_mmap_prot(StrBuf *out, uint64_t v);
int print_mmap_flags(StrBuf *out, uint64_t v);
int print_at_flags(StrBuf *out, uint64_t v, bool removedir);
int print_access_mode(StrBuf *out, uint64_t v);
int print_signal(StrBuf *out, uint64_t v);
int print_seek_whence(StrBuf *out, uint64_t v);
int print_mode(StrBuf *out, uint64_t v);
int print_hex(StrBuf *out, uint64_t v);
int print_pointer(StrBuf *out, uint64_t v);

#define ELEMENTSOF(x) (sizeof(x) / sizeof((x)[0]))
