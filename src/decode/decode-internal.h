/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decode.h"
#include "strbuf.h"

#define _cleanup_strbuf_ __attribute__((cleanup(strbuf_donep)))

bool record_ret_is_error(int64_t ret);

/* "HH:MM:SS.uuuuuu", local time of mono_ns + offset_ns; "HH:MM:SS.mmm   " for tick times. */
int format_local_time(uint64_t mono_ns, int64_t offset_ns, bool tick, char *buf, size_t size);
/* "YYYY-MM-DDTHH:MM:SS.uuuuuuZ", UTC. */
int format_iso8601_utc(uint64_t mono_ns, int64_t offset_ns, char *buf, size_t size);

/* The record's comm, escaped as strace escapes strings (no quotes). */
int record_format_comm(const struct tl_record_header *h, StrBuf *out);

/* open, openat, dup, socket, ...: the return value is a new file descriptor. */
bool syscall_returns_fd(const char *name);

/* The captured string of argument i (a path), not NUL-terminated: -ENODATA if
 * there is none or it was cut. */
int record_arg_path(const DumpRecord *r, unsigned i, const char **ret, size_t *ret_len);
