/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdint.h>

typedef struct Manager Manager;
typedef struct Trace Trace;

/* Journal message ids; catalog/traceloop.catalog explains them. */
#define SD_MESSAGE_TRACELOOP_DUMP "a6821b31d7e04b19aa7706a35ccb53a2"
#define SD_MESSAGE_TRACELOOP_SYSCALL "3feeb96262ba40f8b21670a38d410500"

/* A unit's invocation failed: a summary and its last syscalls to the journal,
 * filed under the unit, and the whole trace to DIRECTORY/NAME.txt.gz. */
int dump_sink_write(Manager *m, Trace *t, int32_t exit_code, int32_t exit_status);

/* Dump files of the unit beyond KeepPerUnit=, then the oldest of all beyond
 * MaxDumpsSize=. */
void dump_sink_prune(Manager *m, const char *unit);
