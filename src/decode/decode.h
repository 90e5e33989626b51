/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/*
 * Pure decoding: records in, text or JSON out. No I/O, no bus, no logging.
 * Every function copes with any bytes in a record (corrupted, truncated,
 * from a newer or older recorder) and marks what it could not decode.
 */

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "recorder-abi.h"
#include "strbuf.h"

typedef enum DumpFormat {
        DUMP_FORMAT_TEXT,
        DUMP_FORMAT_JSON,
        _DUMP_FORMAT_MAX,
        _DUMP_FORMAT_INVALID = -EINVAL,
} DumpFormat;

const char *dump_format_to_string(DumpFormat f);
DumpFormat dump_format_from_string(const char *s);

/* A record as read out of a ring slot or out of the per-task storage. */
typedef struct DumpRecord {
        const struct tl_record_header *h;
        const uint8_t *data;   /* h's data area */
        size_t data_size;      /* bytes valid behind data (the capture size) */
} DumpRecord;

typedef struct DumpInput {
        DumpRecord *records;   /* complete records from the ring, any order, h->seq != 0 */
        size_t n_records;
        DumpRecord *inflight;  /* syscalls in flight at dump time, h->seq == 0 */
        size_t n_inflight;
        uint64_t head;         /* ring head (records ever reserved) when read */
        uint64_t nslots;       /* ring size in records */
} DumpInput;

typedef struct DumpOptions {
        DumpFormat format;
        bool columns;              /* text: time, cpu, pid, comm columns before the call */
        int64_t realtime_offset_ns; /* CLOCK_REALTIME - CLOCK_MONOTONIC, to print wall-clock times */
        uint64_t last;             /* only the last N records (syscalls, signals, exits); 0 = all */
        const uint32_t *pids;      /* only these pids or tids; NULL = all */
        size_t n_pids;
        const int32_t *syscalls;   /* only these syscall numbers; NULL = all */
        size_t n_syscalls;
        size_t string_max;         /* strace -s: bytes of a string shown; 0 = default (32 as strace) */
} DumpOptions;

#define DUMP_OPTIONS_DEFAULT                            \
        (DumpOptions) {                                 \
                .format = DUMP_FORMAT_TEXT,             \
                .columns = true,                        \
        }

/* Format one record as one line (with trailing newline) appended to out. */
int record_format(const DumpRecord *r, const DumpOptions *o, StrBuf *out);

/* Format only the call: "openat(AT_FDCWD, \"/x\", O_RDONLY) = -1 ENOENT (No such file or directory)". */
int record_format_call(const DumpRecord *r, const DumpOptions *o, StrBuf *out);

/* Whole dump: sorted by enter time, loss markers where events are missing,
 * in-flight syscalls as unfinished, filters and last-N applied. */
int dump_write(const DumpInput *in, const DumpOptions *o, StrBuf *out);

/* Syscall table for the architecture the program is built for. */
const char *syscall_name(int32_t nr);          /* NULL if unknown */
int syscall_from_name(const char *name);       /* -ENOENT if unknown */
const struct tl_syscall_rule *syscall_capture_rule(int32_t nr); /* NULL: nothing captured */

const char *errno_name(int e);                 /* "ENOENT", NULL if unknown */
const char *errno_message(int e);              /* "No such file or directory", NULL if unknown */

/* Additions beyond the original interface. */

/* ERESTARTSYS, ERESTARTNOINTR, ERESTARTNOHAND, ERESTART_RESTARTBLOCK: strace prints "= ? NAME (msg)". */
bool errno_is_restart(int e);

/* The text of argument i alone, as it appears in the call text. -EINVAL if i >= 6. */
int record_format_arg(const DumpRecord *r, const DumpOptions *o, unsigned i, StrBuf *out);

/* The kernel's name of argument i ("dfd", "filename", ...), NULL if unknown. */
const char *record_arg_name(const DumpRecord *r, unsigned i);
