/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Printers of the structures strace shows behind pointer arguments, in its
 * default (abbreviated) forms. Each takes the bytes the recorder captured and
 * prints nothing but the structure: the caller has already dealt with NULL,
 * failed calls and missing captures. A capture too short for the fields a
 * form needs gives -ENODATA, and the caller prints the pointer instead. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <string.h>

#include "strbuf.h"
#include "syscall-table.h"

typedef struct StructView {
        const uint8_t *p;       /* captured bytes */
        size_t len;             /* how many */
        uint32_t orig_len;      /* the capture's orig_len: inline value, argv count, kernel's length */
        uint32_t flags;         /* TL_CAPTURE_* */
        uint64_t ptr;           /* the argument itself (envp prints it) */
        uint64_t size;          /* ARG_SOCKADDR: the length argument; ARG_IOVEC*: the count */
        bool have_out;          /* ARG_SOCKLEN_INOUT: the kernel's length is known */
        uint32_t out;           /* ARG_SOCKLEN_INOUT: the kernel's length */
        const uint8_t *out_p;   /* ARG_LOFF_INOUT: the exit capture's bytes */
        size_t out_len;
        bool have_in;           /* ARG_MSGHDR_OUT: msg_namelen as the user passed it is known */
        int32_t in;             /* ARG_MSGHDR_OUT: that msg_namelen */
        size_t string_max;      /* strace -s, for argv strings and arrays */
        int64_t ret;            /* the call's return value (ARG_EPOLL_EVENTS_OUT: how many) */
} StructView;

/* Fields of captured bytes, which need not be aligned. */
static inline uint16_t get_u16(const uint8_t *p) {
        uint16_t v;

        memcpy(&v, p, sizeof(v));
        return v;
}

static inline uint32_t get_u32(const uint8_t *p) {
        uint32_t v;

        memcpy(&v, p, sizeof(v));
        return v;
}

static inline uint64_t get_u64(const uint8_t *p) {
        uint64_t v;

        memcpy(&v, p, sizeof(v));
        return v;
}

bool arg_kind_is_struct(ArgKind k);

/* Printed from what the kernel wrote: only once the call returned. */
bool struct_kind_is_exit_time(ArgKind k);

int format_struct(StrBuf *out, ArgKind k, const StructView *v);

/* Pieces other printers share. */
int print_file_mode(StrBuf *out, uint32_t mode);     /* S_IFREG|0644 */
int print_sockaddr(StrBuf *out, const uint8_t *p, size_t len);
/* format-cmsg.c: msg_control's messages; -ENODATA: print the address. */
int print_cmsgs(StrBuf *out, const uint8_t *p, size_t kept, uint64_t controllen, uint64_t addr,
                size_t string_max);
int print_sigset(StrBuf *out, const uint8_t *p, size_t len);
int print_wait_status(StrBuf *out, uint32_t status);
/* A time as strace dates it, in local time: 2024-12-02T12:26:40+0000, with
 * the fraction frac in digits digits (".000002" for 6) before the zone when
 * digits > 0. Prints nothing if it cannot. */
int print_date(StrBuf *out, int64_t sec, int64_t frac, int digits);
/* getdents' buffer as strace shows it, from the ret bytes at p (-ENODATA: not all kept). */
int print_dirents(StrBuf *out, uint64_t ptr, const uint8_t *p, size_t len, int64_t ret);
/* " ([{fd=3, revents=POLLIN}], left {tv_sec=0, tv_nsec=0})": the pollfds the
 * kernel returned (p, len), nfds of them; left NULL: no timeout to show. */
int print_poll_revents(StrBuf *out, const uint8_t *p, size_t len, uint32_t nfds,
                       const uint8_t *left, size_t left_len);
