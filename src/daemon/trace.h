/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>

#include <systemd/sd-event.h>

#include "decode.h"
#include "macro.h"
#include "strbuf.h"

typedef struct Manager Manager;

typedef enum TraceState {
        TRACE_RECORDING,   /* its cgroup exists and its syscalls go into the ring */
        TRACE_STOPPED,     /* the cgroup is gone; the ring stays readable until Close */
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

        uint32_t slot;      /* recorder trace slot */
        bool precise_time;  /* clock read per syscall instead of the kernel tick */
        TraceState state;
        sd_event_source *inotify_source;
} Trace;

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

int trace_watch_cgroup(Trace *t);
void trace_check_cgroup(Trace *t);
void trace_set_stopped(Trace *t);

uint64_t trace_events(Trace *t);
uint64_t trace_lost(Trace *t);
uint64_t trace_buffer_size(Trace *t);

int trace_dump(Trace *t, const DumpOptions *o, StrBuf *out);
