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
        DUMP_FORMAT_STRACE,    /* text exactly as strace -f lays it out */
        DUMP_FORMAT_TABLE,     /* CPU PID COMM SYSCALL PARAMS RET columns, aligned as column -t */
        _DUMP_FORMAT_MAX,
        _DUMP_FORMAT_INVALID = -EINVAL,
} DumpFormat;

const char *dump_format_to_string(DumpFormat f);
DumpFormat dump_format_from_string(const char *s);

/* strace -t, -tt, -ttt: a wall-clock time before each call (text without columns). */
typedef enum DumpTimestamps {
        DUMP_TIMESTAMPS_NONE,
        DUMP_TIMESTAMPS_TIME,      /* -t:   "12:58:28 " */
        DUMP_TIMESTAMPS_PRECISE,   /* -tt:  "12:58:28.341397 " */
        DUMP_TIMESTAMPS_UNIX,      /* -ttt: "1796216308.571951 " */
        _DUMP_TIMESTAMPS_MAX,
        _DUMP_TIMESTAMPS_INVALID = -EINVAL,
} DumpTimestamps;

const char *dump_timestamps_to_string(DumpTimestamps t);
DumpTimestamps dump_timestamps_from_string(const char *s);

struct SyscallSet;

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
        const struct SyscallSet *syscalls; /* strace -e trace=: only these syscalls; NULL = all */
        size_t string_max;         /* strace -s: bytes of a string shown; 0 = default (32 as strace) */
        bool failed_only;          /* strace -Z: only syscalls that returned an error */
        bool successful_only;      /* strace -z: only syscalls that returned without error */
        bool summary;              /* strace -c -w: a table of calls, errors and time per syscall instead */
        bool durations;            /* strace -T: " <0.000123>" after each finished call */
        DumpTimestamps timestamps; /* strace -t/-tt/-ttt: text without columns */
        bool relative;             /* strace -r: time since the previous call's start (text without columns) */
        bool fd_paths;             /* strace -y: "3</etc/passwd>", from the dump's earlier events */

        /* Set by dump_write() when fd_paths: the path of fd in the process of h
         * (for ret: of the descriptor h returned), or NULL if unknown. */
        const char *(*fd_path)(const void *userdata, const struct tl_record_header *h, int fd, bool ret);
        const void *fd_path_userdata;
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

/* The whole call as if finished (also for an unfinished record), and where strace
 * splits it between "<unfinished ...>" and "<... resumed>": *ret_exit_at is the
 * offset (from where out was) of the first argument known only at exit, or of the
 * ")" if none; *ret_close_at is the offset of the ")" before the return value. */
int record_format_call_split(const DumpRecord *r, const DumpOptions *o, StrBuf *out,
                             size_t *ret_exit_at, size_t *ret_close_at);

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
