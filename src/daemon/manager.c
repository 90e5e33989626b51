/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <systemd/sd-daemon.h>

#include "bus-util.h"
#include "cgroup-util.h"
#include "config.h"
#include "dump-sink.h"
#include "log.h"
#include "manager-bus.h"
#include "manager-serialize.h"
#include "manager.h"
#include "syscall-filter.h"
#include "unit-watch.h"


int manager_new(const ManagerConfig *config, Manager **ret) {
        _cleanup_(manager_freep) Manager *m = NULL;
        int r;

        m = calloc(1, sizeof(*m));
        if (!m)
                return -ENOMEM;
        r = manager_config_copy(&m->config, config);
        if (r < 0)
                return r;
        m->next_id = 1;
        if (!m->config.dump_directory) {
                const char *e = getenv("STATE_DIRECTORY");

                /* systemd sets it from StateDirectory=; a list is separated by ':'. */
                m->config.dump_directory = e && e[0] == '/' ? strndup(e, strcspn(e, ":")) : strdup(DEFAULT_DUMP_DIRECTORY);
                if (!m->config.dump_directory)
                        return -ENOMEM;
        }

        r = cg_find_unified_mount(&m->cgroup_mount);
        if (r < 0)
                return log_error_errno(r, "Failed to find the cgroup2 mount (is the unified hierarchy mounted?): %m");

        r = sd_event_default(&m->event);
        if (r < 0)
                return log_error_errno(r, "Failed to allocate event loop: %m");

        r = manager_load_recorder(m);
        if (r < 0)
                return r;
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
                /* Under systemd the rings stay as they are: the store hands them,
                 * still recording, to our successor (or drops them at a stop). */
                if (t->slot != TRACE_NO_SLOT && !m->fd_store.active)
                        recorder_trace_free(m->recorder, t->slot);
                trace_free(t);
        }

        unit_watch_free(m);
        sd_event_source_disable_unref(m->state_source);
        sd_event_source_disable_unref(m->cgroup_check_source);
        fd_store_done(&m->fd_store);
        sd_bus_flush_close_unref(m->bus);
        recorder_free(m->recorder);
        sd_event_unref(m->event);
        free(m->cgroup_mount);
        manager_config_done(&m->config);
        free(m);
        return NULL;
}

/* A removed cgroup2 directory raises no IN_DELETE_SELF on some kernels (6.18
 * here): look at the cgroups of recording traces now and then as well, so a
 * trace stops and its ring goes back to the pool without anyone asking. */
#define CGROUP_CHECK_USEC (2ULL * 1000 * 1000)

static int on_cgroup_check(sd_event_source *s, uint64_t usec, void *userdata) {
        Manager *m = userdata;
        Trace *next;

        for (Trace *t = m->traces; t; t = next) {
                next = t->next;
                trace_check_cgroup(t);
        }
        return sd_event_source_set_time_relative(s, CGROUP_CHECK_USEC);
}

int manager_start(Manager *m) {
        int r;

        r = sd_event_add_time_relative(m->event, &m->cgroup_check_source, CLOCK_MONOTONIC, CGROUP_CHECK_USEC,
                                       CGROUP_CHECK_USEC / 4, on_cgroup_check, m);
        if (r < 0)
                return log_error_errno(r, "Failed to set up the cgroup check: %m");
        r = sd_event_source_set_enabled(m->cgroup_check_source, SD_EVENT_ON);
        if (r < 0)
                return log_error_errno(r, "Failed to set up the cgroup check: %m");

        r = sd_event_add_signal(m->event, NULL, SIGTERM | SD_EVENT_SIGNAL_PROCMASK, NULL, NULL);
        if (r < 0)
                return log_error_errno(r, "Failed to watch SIGTERM: %m");
        r = sd_event_add_signal(m->event, NULL, SIGINT | SD_EVENT_SIGNAL_PROCMASK, NULL, NULL);
        if (r < 0)
                return log_error_errno(r, "Failed to watch SIGINT: %m");

        r = manager_connect_bus(m);
        if (r < 0)
                return r;

        return unit_watch_start(m);
}

int manager_run(Manager *m) {
        int r;

        (void) sd_notifyf(false, "READY=1\nSTATUS=Recording syscalls of 0 traces.");

        r = sd_event_loop(m->event);
        (void) sd_notify(false, "STOPPING=1\nSTATUS=Shutting down.");
        manager_flush_state(m);
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

static int add_trace(Manager *m, const char *name, const char *cgroup_full, const char *cgroup,
                     uint64_t cgroup_id, uint64_t buffer_bytes, bool precise_time,
                     const struct tl_syscall_filter *filter, const char *unit, const char *invocation_id, Trace **ret) {
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
        if (unit) {
                r = trace_set_unit(t, unit, invocation_id);
                if (r < 0) {
                        recorder_trace_free(m->recorder, slot);
                        return r;
                }
        }

        /* Before the cgroup: its first syscalls are filtered already. */
        if (filter) {
                r = trace_set_syscalls(t, filter);
                if (r < 0) {
                        recorder_trace_free(m->recorder, slot);
                        return r;
                }
        }

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

        if (t->syscalls)
                log_info("Trace %" PRIu64 " \"%s\" records cgroup %s, syscalls %s.", t->id, t->name, t->cgroup, t->syscalls);
        else
                log_info("Trace %" PRIu64 " \"%s\" records cgroup %s.", t->id, t->name, t->cgroup);
        manager_state_changed(m);
        (void) manager_send_trace_signal(m, t, "TraceAdded");
        manager_update_status(m);

        /* The cgroup may have gone between resolving and watching it. */
        trace_check_cgroup(t);

        if (ret)
                *ret = t;
        TAKE_PTR(t);
        return 0;
}

int manager_add_trace(Manager *m, const char *name, const char *cgroup_full, const char *cgroup,
                      uint64_t cgroup_id, uint64_t buffer_bytes, bool precise_time,
                      const struct tl_syscall_filter *filter, Trace **ret) {
        return add_trace(m, name, cgroup_full, cgroup, cgroup_id, buffer_bytes, precise_time, filter, NULL, NULL, ret);
}

int manager_set_trace_syscalls(Manager *m, Trace *t, const struct tl_syscall_filter *filter) {
        int r;

        if (t->state != TRACE_RECORDING)
                return -ESTALE;

        r = trace_set_syscalls(t, filter);
        if (r < 0)
                return r;

        log_info("Trace %" PRIu64 " \"%s\" records %s%s from now on.", t->id, t->name,
                 t->syscalls ? "syscalls " : "all syscalls", t->syscalls ?: "");
        manager_state_changed(m);
        (void) manager_send_trace_syscalls_changed(m, t);
        return 0;
}

const UnitPattern *manager_unit_pattern(Manager *m, const char *unit) {
        return config_find_pattern(&m->config, unit);
}

bool manager_unit_pattern_traced(Manager *m, const char *unit) {
        const UnitPattern *p = manager_unit_pattern(m, unit);

        return p && p->trace;
}

const char *manager_dump_directory(Manager *m) {
        return m->config.dump_directory;
}

Trace *manager_get_unit_trace(Manager *m, const char *unit, const char *invocation_id) {
        for (Trace *t = m->traces; t; t = t->next)
                if (streq_ptr(t->unit, unit) && streq_ptr(t->invocation_id, invocation_id))
                        return t;
        return NULL;
}

int manager_add_unit(Manager *m, const char *unit, uint64_t buffer_bytes, int precise, const char *syscalls,
                     Trace **ret) {
        _cleanup_(unit_info_done) UnitInfo info = {};
        _cleanup_free_ char *name = NULL, *full = NULL, *rel = NULL;
        struct tl_syscall_filter filter;
        bool filtered;
        uint64_t cgroup_id;
        Trace *t;
        int r;

        r = unit_watch_query(m, unit, &info);
        if (r < 0)
                return r;
        if (!info.invocation_id || !info.control_group)
                return -ENODATA;
        if (asprintf(&name, "%s_%s", unit, info.invocation_id) < 0)
                return -ENOMEM;

        t = manager_get_trace_by_name(m, name);
        if (!t) {
                const UnitPattern *p = manager_unit_pattern(m, unit);

                /* A new invocation: the last one is over, whatever systemd's
                 * signals said so far (they may still be on their way). */
                for (Trace *o = m->traces; o; o = o->next)
                        if (streq_ptr(o->unit, unit) && o->state == TRACE_RECORDING)
                                trace_set_stopped(o);

                r = manager_resolve_cgroup(m, info.control_group, &full, &rel, &cgroup_id);
                if (r == -ENOENT)
                        return -ENODATA;
                if (r < 0)
                        return r;
                if (buffer_bytes == 0)
                        buffer_bytes = p && p->buffer_bytes > 0 ? p->buffer_bytes : m->config.buffer_bytes;
                if (precise < 0)
                        precise = m->config.precise_time;
                if (!syscalls && p)
                        syscalls = p->syscalls;
                r = syscall_filter_parse(syscalls, &filter, NULL);
                if (r < 0)
                        return r;
                filtered = r == 0;

                r = add_trace(m, name, full, rel, cgroup_id, buffer_bytes, precise, filtered ? &filter : NULL,
                              unit, info.invocation_id, &t);
                if (r < 0)
                        return r;
        }

        r = unit_watch_follow(m, unit, info.path);
        if (r < 0)
                log_warning_errno(r, "Failed to follow %s; the end of its invocations is noticed only when its cgroup goes: %m",
                                  unit);
        if (ret)
                *ret = t;
        return 0;
}

int manager_remove_unit(Manager *m, const char *unit) {
        bool found = unit_watch_follows(m, unit);

        unit_watch_unfollow(m, unit);
        for (Trace *t = m->traces; t; t = t->next)
                if (streq_ptr(t->unit, unit)) {
                        found = true;
                        trace_set_stopped(t);
                }
        return found ? 0 : -ENOENT;
}

/* Stopped traces of units: KeepPerUnit= per unit, MaxKeptSize= in all; the
 * oldest go first, never the one that just ended (it is why we keep any).
 * Traces added by cgroup are the user's to close. */
static void manager_retain(Manager *m, const char *unit, Trace *just_ended) {
        uint64_t total = 0;
        unsigned kept = 0;
        Trace *next;

        for (Trace *t = m->traces; t; t = next) {   /* newest first */
                next = t->next;
                if (!streq_ptr(t->unit, unit) || t->state != TRACE_STOPPED)
                        continue;
                if (++kept > m->config.keep_per_unit) {
                        log_info("Dropping trace %s: %s has %u newer stopped traces (KeepPerUnit=).",
                                 t->name, unit, m->config.keep_per_unit);
                        manager_close_trace(m, t);
                }
        }

        for (Trace *t = m->traces; t; t = t->next)
                if (t->unit && t->state == TRACE_STOPPED)
                        total += t->kept.z_size;
        for (uint64_t id = 1; id < m->next_id && total > m->config.max_kept_bytes; id++) {
                Trace *t = manager_get_trace(m, id);

                if (!t || !t->unit || t->state != TRACE_STOPPED || t == just_ended)
                        continue;
                log_info("Dropping trace %s: stopped traces hold more than %" PRIu64 " bytes (MaxKeptSize=).",
                         t->name, m->config.max_kept_bytes);
                total -= t->kept.z_size;
                manager_close_trace(m, t);
        }

        dump_sink_prune(m, unit);
}

void manager_unit_ended(Manager *m, const char *unit, const char *invocation_id, const char *result,
                        int32_t exit_code, int32_t exit_status) {
        Trace *t = manager_get_unit_trace(m, unit, invocation_id);

        if (!t || t->result)
                return;
        trace_set_stopped(t);
        if (!result)
                return;

        t->result = strdup(result);
        if (!t->result) {
                log_oom();
                return;
        }
        log_info("Invocation %s of %s ended with result %s.", invocation_id, unit, result);
        manager_trace_changed(m, t);

        if (!streq(result, "success"))
                (void) dump_sink_write(m, t, exit_code, exit_status);
        manager_state_changed(m);

        manager_retain(m, unit, t);
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
        manager_forget_trace(m, t);
        if (t->slot != TRACE_NO_SLOT)
                recorder_trace_free(m->recorder, t->slot);
        trace_free(t);
        manager_update_status(m);
}

void manager_trace_changed(Manager *m, Trace *t) {
        (void) manager_send_trace_changed(m, t);
}
