/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/*
 * Syscalls whose arguments strace does not print one kind per argument:
 * which arguments are shown depends on another one (futex's op, fcntl's
 * cmd, prctl's option, ioctl's request), an argument's form depends on
 * another one (socket's protocol on the family, setsockopt's option on the
 * level), arguments are reordered and named (clone), or the return value
 * is decoded (fcntl F_GETFL, personality). One table, keyed by syscall
 * name, in format-special.c; format.c asks it at three points: layout,
 * argument, return value.
 */

#include <stdbool.h>
#include <stdint.h>

#include "strbuf.h"
#include "syscall-table.h"

typedef struct SpecialCall {
        const SyscallInfo *si;
        const uint64_t *args;     /* the six raw arguments */
        int64_t ret;
        bool returned;            /* finished and not an error: ret is the result */
        bool unfinished;          /* no exit seen: ret is meaningless */
} SpecialCall;

typedef struct SpecialLayout {
        uint8_t n;                        /* arguments shown */
        uint8_t order[TL_NARGS];          /* which ones, in this order */
        const char *label[TL_NARGS];      /* text before the j-th shown one ("flags="), or NULL */
        uint8_t exit_from;                /* > 0: strace prints the j-th shown argument on and its
                                           * separator at exit ("<... clone resumed>, child_tidptr=...");
                                           * 0: the first exit-time kind decides */
} SpecialLayout;

typedef struct SpecialPrinter {
        const char *syscall;
        /* Which arguments are shown, in which order. NULL: all, in order. */
        void (*layout)(const SpecialCall *c, SpecialLayout *ret);
        /* Argument i: > 0 when printed here; 0 to print it as *kind (preset to
         * the table's kind, may be changed); < 0 on error. */
        int (*print_arg)(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out);
        /* A successful result: > 0 when printed here (the text after " = "), 0 for the default. */
        int (*print_ret)(const SpecialCall *c, StrBuf *out);
} SpecialPrinter;

/* NULL when the syscall has no special printer. */
const SpecialPrinter *special_printer_find(const char *syscall);

/* All arguments of nargs, in order, unlabelled. */
void special_layout_all(SpecialLayout *l, unsigned nargs);
