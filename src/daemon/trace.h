/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>

#include <systemd/sd-event.h>

#include "decode.h"
#include "macro.h"
#include "recorder-abi.h"
#include "snapshot-pack.h"
#include "strbuf.h"

typedef struct Manager Manager;

typedef enum TraceState {
        TRACE_RECORDING,   /* its cgroup exists and its syscalls go into the ring */
        TRACE_STOPPED,     /* the cgroup or the invocation is gone; a compressed copy
                            * of the ring stays readable until Close */
        _TRACE_STATE_MAX,
        _TRACE_STATE_INVALID = -EINVAL,
} TraceState;

typedef struct Trace {
        Manager *manager;
        struct Trace *next;

        uint64_t id;
        char *name;
        char *cgroup;       /* relative to the cgroup2 mount, as systemd prints it */
        char *cgroup_full;
        uint64_t cgroup_id;
        char *object_path;

        uint32_t slot;      /* recorder trace slot; TRACE_NO_SLOT once stopped */
        bool precise_time;  /* clock read per syscall instead of the kernel tick */
        /* The syscalls it records: all while syscalls is NULL, else those in
         * syscall_filter, which syscalls names in canonical form. */
        char *syscalls;
        struct tl_syscall_filter syscall_filter;
        TraceState state;
        sd_event_source *inotify_source;

        /* Traces of a systemd unit's invocation (AddUnit); NULL otherwise. */
        char *unit;
        char *invocation_id;
        char *result;       /* the invocation's Result= once it ended, else NULL */
        char *dump_file;    /* where the failure dump went, else NULL */

        /* Once stopped: the ring's records, compressed, and its counters then. */
        KeptTrace kept;
        uint64_t kept_events, kept_lost;
        uint64_t stopped_usec; /* CLOCK_MONOTONIC */
} Trace;

#define TRACE_NO_SLOT UINT32_MAX

const char *trace_state_to_string(TraceState s);

/* Trace clocks: "tick" (0, the kernel tick, the default) or "precise" (1). */
const char *timestamps_to_string(bool precise);
int timestamps_from_string(const char *s);

/* 1..TRACE_NAME_MAX printable ASCII characters, none of them '/', space or quote. */
bool trace_name_is_valid(const char *name);

int trace_new(Manager *m, uint64_t id, const char *name, const char *cgroup, const char *cgroup_full,
              uint64_t cgroup_id, uint32_t slot, Trace **ret);
Trace *trace_free(Trace *t);
DEFINE_TRIVIAL_CLEANUP_FUNC(Trace *, trace_free);

int trace_set_unit(Trace *t, const char *unit, const char *invocation_id);

/* Record only the syscalls in filter (NULL: all) from now on; a trace that
 * holds a ring hands the set to the kernel at once. -ENOMEM, or the
 * recorder's error, and nothing changed. */
int trace_set_syscalls(Trace *t, const struct tl_syscall_filter *filter);

int trace_watch_cgroup(Trace *t);
void trace_check_cgroup(Trace *t);
/* Stop recording: keep a compressed copy of the ring and give the ring back
 * to the pool. Idempotent. */
void trace_set_stopped(Trace *t);

uint64_t trace_events(Trace *t);
uint64_t trace_lost(Trace *t);
uint64_t trace_buffer_size(Trace *t);   /* the ring, or the compressed copy once stopped */

int trace_dump(Trace *t, const DumpOptions *o, StrBuf *out);
