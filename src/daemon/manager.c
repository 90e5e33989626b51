/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <inttypes.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include <systemd/sd-daemon.h>

#include "bus-util.h"
#include "cgroup-util.h"
#include "log.h"
#include "manager-bus.h"
#include "manager.h"

int manager_new(const ManagerConfig *config, Manager **ret) {
        _cleanup_(manager_freep) Manager *m = NULL;
        RecorderConfig rc = {
                .capture_size = config->capture_size,
                .pool_bytes = config->pool_bytes,
        };
        int r;

        m = calloc(1, sizeof(*m));
        if (!m)
                return -ENOMEM;
        m->config = *config;
        m->config.bus_address = NULL;
        if (config->bus_address) {
                m->config.bus_address = strdup(config->bus_address);
                if (!m->config.bus_address)
                        return -ENOMEM;
        }
        m->next_id = 1;

        r = cg_find_unified_mount(&m->cgroup_mount);
        if (r < 0)
                return log_error_errno(r, "Failed to find the cgroup2 mount (is the unified hierarchy mounted?): %m");

        r = sd_event_default(&m->event);
        if (r < 0)
                return log_error_errno(r, "Failed to allocate event loop: %m");

        r = recorder_new(&rc, &m->recorder);
        if (r < 0)
                return log_error_errno(r, "Failed to load and attach the BPF recorder: %m");
        m->config.capture_size = recorder_capture_size(m->recorder);

        log_debug("Recorder ready: %" PRIu64 " bytes of rings, %zu bytes per record.",
                  recorder_pool_bytes(m->recorder), recorder_slot_size(m->recorder));

        *ret = TAKE_PTR(m);
        return 0;
}

Manager *manager_free(Manager *m) {
        if (!m)
                return NULL;

        while (m->traces) {
                Trace *t = m->traces;
                m->traces = t->next;
                recorder_trace_free(m->recorder, t->slot);
                trace_free(t);
        }

        sd_bus_flush_close_unref(m->bus);
        recorder_free(m->recorder);
        sd_event_unref(m->event);
        free(m->cgroup_mount);
        free(m->config.bus_address);
        free(m);
        return NULL;
}

int manager_start(Manager *m) {
        int r;

        r = sd_event_add_signal(m->event, NULL, SIGTERM | SD_EVENT_SIGNAL_PROCMASK, NULL, NULL);
        if (r < 0)
                return log_error_errno(r, "Failed to watch SIGTERM: %m");
        r = sd_event_add_signal(m->event, NULL, SIGINT | SD_EVENT_SIGNAL_PROCMASK, NULL, NULL);
        if (r < 0)
                return log_error_errno(r, "Failed to watch SIGINT: %m");

        return manager_connect_bus(m);
}

int manager_run(Manager *m) {
        int r;

        (void) sd_notifyf(false, "READY=1\nSTATUS=Recording syscalls of 0 traces.");

        r = sd_event_loop(m->event);
        (void) sd_notify(false, "STOPPING=1\nSTATUS=Shutting down.");
        if (r < 0)
                return log_error_errno(r, "Event loop failed: %m");
        return 0;
}

Trace *manager_get_trace(Manager *m, uint64_t id) {
        for (Trace *t = m->traces; t; t = t->next)
                if (t->id == id)
                        return t;
        return NULL;
}

Trace *manager_get_trace_by_name(Manager *m, const char *name) {
        for (Trace *t = m->traces; t; t = t->next)
                if (streq(t->name, name))
                        return t;
        return NULL;
}

int manager_resolve_cgroup(Manager *m, const char *input, char **ret_full, char **ret_relative, uint64_t *ret_id) {
        _cleanup_free_ char *full = NULL, *rel = NULL;
        uint64_t id;
        int r;

        r = cg_resolve(m->cgroup_mount, input, &full, &rel);
        if (r < 0)
                return r;
        r = cg_get_id(full, &id);
        if (r < 0)
                return r;

        *ret_full = TAKE_PTR(full);
        *ret_relative = TAKE_PTR(rel);
        *ret_id = id;
        return 0;
}

static void manager_update_status(Manager *m) {
        (void) sd_notifyf(false, "STATUS=Recording syscalls of %u traces.", m->n_traces);
}

int manager_add_trace(Manager *m, const char *name, const char *cgroup_full, const char *cgroup,
                      uint64_t cgroup_id, uint64_t buffer_bytes, bool precise_time, Trace **ret) {
        _cleanup_(trace_freep) Trace *t = NULL;
        uint32_t slot, owner;
        int r;

        if (manager_get_trace_by_name(m, name))
                return -EEXIST;
        if (recorder_cgroup_lookup(m->recorder, cgroup_id, &owner) >= 0)
                return -EBUSY;
        if (m->n_traces >= m->config.max_traces)
                return -EMFILE;

        r = recorder_trace_new(m->recorder, buffer_bytes, precise_time ? TL_TRACE_PRECISE_TIME : 0, &slot);
        if (r < 0)
                return r;

        r = trace_new(m, m->next_id, name, cgroup, cgroup_full, cgroup_id, slot, &t);
        if (r < 0) {
                recorder_trace_free(m->recorder, slot);
                return r;
        }
        t->precise_time = precise_time;

        r = recorder_trace_add_cgroup(m->recorder, slot, cgroup_full, cgroup_id);
        if (r < 0) {
                recorder_trace_free(m->recorder, slot);
                return r;
        }

        r = trace_watch_cgroup(t);
        if (r < 0)
                log_warning_errno(r, "Failed to watch %s, its removal will be noticed late: %m", cgroup_full);

        m->next_id++;
        t->next = m->traces;
        m->traces = t;
        m->n_traces++;

        log_info("Trace %" PRIu64 " \"%s\" records cgroup %s.", t->id, t->name, t->cgroup);
        (void) manager_send_trace_signal(m, t, "TraceAdded");
        manager_update_status(m);

        /* The cgroup may have gone between resolving and watching it. */
        trace_check_cgroup(t);

        if (ret)
                *ret = t;
        TAKE_PTR(t);
        return 0;
}

void manager_close_trace(Manager *m, Trace *t) {
        for (Trace **p = &m->traces; *p; p = &(*p)->next)
                if (*p == t) {
                        *p = t->next;
                        break;
                }
        m->n_traces--;

        log_info("Trace %" PRIu64 " \"%s\" closed.", t->id, t->name);
        (void) manager_send_trace_signal(m, t, "TraceRemoved");
        recorder_trace_free(m->recorder, t->slot);
        trace_free(t);
        manager_update_status(m);
}

void manager_trace_changed(Manager *m, Trace *t) {
        (void) manager_send_trace_changed(m, t);
}
