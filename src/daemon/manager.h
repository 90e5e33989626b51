/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdint.h>

#include <systemd/sd-bus.h>
#include <systemd/sd-event.h>

#include "fd-store.h"
#include "macro.h"
#include "recorder.h"
#include "trace.h"

#define DEFAULT_BUFFER_BYTES (4ULL * 1024 * 1024)
#define DEFAULT_POOL_BYTES (64ULL * 1024 * 1024)
#define DEFAULT_MAX_TRACES 64U

#define DEFAULT_JOURNAL_LINES 50U
#define DEFAULT_KEEP_PER_UNIT 5U
#define DEFAULT_MAX_DUMPS_BYTES (256ULL * 1024 * 1024)
#define DEFAULT_MAX_KEPT_BYTES (64ULL * 1024 * 1024)

/* A [Unit PATTERN] section of traceloop.conf. */
typedef struct UnitPattern {
        char *pattern;          /* fnmatch() glob over unit names */
        bool trace;             /* Trace=: follow matching units without a drop-in (default yes) */
        uint64_t buffer_bytes;  /* BufferSize=: ring of their traces; 0 = the default */
        uint32_t journal_lines; /* JournalLines=: lines of a failure dump in the journal */
        char *syscalls;         /* Syscalls=: what their traces record, canonical; NULL: all */
} UnitPattern;

#define UNIT_JOURNAL_LINES_UNSET UINT32_MAX     /* [Dump] JournalLines= applies */

typedef struct ManagerConfig {
        uint64_t buffer_bytes;  /* ring per trace */
        bool precise_time;      /* default of new traces: a clock read per syscall, not the tick */
        uint64_t pool_bytes;    /* all rings */
        uint32_t capture_size;
        uint32_t max_traces;
        char *bus_address;      /* NULL: the system bus (or $DBUS_SYSTEM_BUS_ADDRESS) */

        /* systemd integration (traceloop.conf) */
        char *dump_directory;   /* NULL: $STATE_DIRECTORY, else DEFAULT_DUMP_DIRECTORY */
        uint32_t journal_lines; /* syscall lines written to the journal on failure */
        uint32_t keep_per_unit; /* stopped traces and dump files kept per unit */
        uint64_t max_dumps_bytes; /* dump files in the directory, all together */
        uint64_t max_kept_bytes;  /* compressed copies of stopped traces in memory */
        UnitPattern *patterns;
        size_t n_patterns;
} ManagerConfig;

struct Manager {
        sd_event *event;
        sd_bus *bus;
        Recorder *recorder;
        char *cgroup_mount;

        ManagerConfig config;

        Trace *traces;       /* newest first */
        unsigned n_traces;
        uint64_t next_id;

        struct FollowedUnit *followed; /* units whose invocations we watch (unit-watch.c) */
        bool systemd_up;               /* subscribed to systemd on our bus */

        FdStore fd_store;              /* what survives our restart (manager-serialize.c) */
        sd_event_source *state_source; /* a state push is pending */
        uint64_t state_gen;            /* our newest state-N in the store */
        sd_event_source *cgroup_check_source;
};

int manager_new(const ManagerConfig *config, Manager **ret);
Manager *manager_free(Manager *m);
DEFINE_TRIVIAL_CLEANUP_FUNC(Manager *, manager_free);

int manager_start(Manager *m);
int manager_run(Manager *m);

Trace *manager_get_trace(Manager *m, uint64_t id);
Trace *manager_get_trace_by_name(Manager *m, const char *name);

/* Resolve and check a cgroup as a user gave it; see cg_resolve() for the errors. */
int manager_resolve_cgroup(Manager *m, const char *input, char **ret_full, char **ret_relative, uint64_t *ret_id);

/* -EEXIST: name taken; -EBUSY: cgroup traced already; -EMFILE: too many traces;
 * -ENOSPC: no room in the pool. */
int manager_add_trace(Manager *m, const char *name, const char *cgroup_full, const char *cgroup,
                      uint64_t cgroup_id, uint64_t buffer_bytes, bool precise_time,
                      const struct tl_syscall_filter *filter, Trace **ret);
void manager_close_trace(Manager *m, Trace *t);

/* A trace for the unit's current invocation, named UNIT_INVOCATIONID; the
 * existing one if there is one (AddUnit is idempotent). buffer_bytes 0 and
 * precise < 0 mean the defaults (of the unit's [Unit] section, else the
 * daemon's), and so does syscalls NULL; else syscalls is a list as
 * syscall_filter_parse() takes it ("" for all), -EINVAL if it is not. -ENOENT: no such unit; -ENODATA: it does not run (no cgroup or
 * invocation); -EHOSTUNREACH: no systemd on the bus; others as
 * manager_add_trace(). */
int manager_add_unit(Manager *m, const char *unit, uint64_t buffer_bytes, int precise, const char *syscalls,
                     Trace **ret);
/* Record only the syscalls in filter (NULL: all) from now on, and say so on
 * the bus. -ESTALE if the trace stopped recording. */
int manager_set_trace_syscalls(Manager *m, Trace *t, const struct tl_syscall_filter *filter);
/* Stop following the unit; its recording trace stops and stays readable.
 * -ENOENT if it was neither followed nor traced. */
int manager_remove_unit(Manager *m, const char *unit);
Trace *manager_get_unit_trace(Manager *m, const char *unit, const char *invocation_id);
/* systemd says this invocation ended, with this Result= (NULL: unknown). */
void manager_unit_ended(Manager *m, const char *unit, const char *invocation_id, const char *result,
                        int32_t exit_code, int32_t exit_status);
/* Does a [Unit PATTERN] section with Trace=yes match? */
bool manager_unit_pattern_traced(Manager *m, const char *unit);
const UnitPattern *manager_unit_pattern(Manager *m, const char *unit);
const char *manager_dump_directory(Manager *m);

/* Called by traces when their state changes (sends the bus signals). */
void manager_trace_changed(Manager *m, Trace *t);
