/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdint.h>

#include <systemd/sd-bus.h>
#include <systemd/sd-event.h>

#include "macro.h"
#include "recorder.h"
#include "trace.h"

#define DEFAULT_BUFFER_BYTES (4ULL * 1024 * 1024)
#define DEFAULT_POOL_BYTES (64ULL * 1024 * 1024)
#define DEFAULT_MAX_TRACES 64U

typedef struct ManagerConfig {
        uint64_t buffer_bytes;  /* ring per trace */
        bool precise_time;      /* default of new traces: a clock read per syscall, not the tick */
        uint64_t pool_bytes;    /* all rings */
        uint32_t capture_size;
        uint32_t max_traces;
        char *bus_address;      /* NULL: the system bus (or $DBUS_SYSTEM_BUS_ADDRESS) */
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
                      uint64_t cgroup_id, uint64_t buffer_bytes, bool precise_time, Trace **ret);
void manager_close_trace(Manager *m, Trace *t);

/* Called by traces when their state changes (sends the bus signals). */
void manager_trace_changed(Manager *m, Trace *t);
