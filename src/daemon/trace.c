/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

#include "bus-util.h"
#include "cgroup-util.h"
#include "log.h"
#include "manager-serialize.h"
#include "manager.h"
#include "recorder.h"
#include "syscall-filter.h"
#include "trace.h"

static const char *const trace_state_table[_TRACE_STATE_MAX] = {
        [TRACE_RECORDING] = "recording",
        [TRACE_STOPPED] = "stopped",
};

const char *trace_state_to_string(TraceState s) {
        if (s < 0 || s >= _TRACE_STATE_MAX)
                return NULL;
        return trace_state_table[s];
}

const char *timestamps_to_string(bool precise) {
        return precise ? "precise" : "tick";
}

int timestamps_from_string(const char *s) {
        if (s && streq(s, "tick"))
                return 0;
        if (s && streq(s, "precise"))
                return 1;
        return -EINVAL;
}

bool trace_name_is_valid(const char *name) {
        size_t l;

        if (!name)
                return false;
        l = strlen(name);
        if (l == 0 || l > TRACE_NAME_MAX)
                return false;
        for (const char *c = name; *c; c++)
                if (*c <= ' ' || *c >= 0x7f || *c == '/' || *c == '"' || *c == '\'')
                        return false;
        return true;
}

int trace_new(Manager *m, uint64_t id, const char *name, const char *cgroup, const char *cgroup_full,
              uint64_t cgroup_id, uint32_t slot, Trace **ret) {
        _cleanup_(trace_freep) Trace *t = NULL;

        t = calloc(1, sizeof(*t));
        if (!t)
                return -ENOMEM;

        t->manager = m;
        t->id = id;
        t->slot = slot;
        t->cgroup_id = cgroup_id;
        t->state = TRACE_RECORDING;
        t->name = strdup(name);
        t->cgroup = strdup(cgroup);
        t->cgroup_full = strdup(cgroup_full);
        if (!t->name || !t->cgroup || !t->cgroup_full)
                return -ENOMEM;
        if (asprintf(&t->object_path, TRACELOOP_TRACE_PATH_PREFIX "/%" PRIu64, id) < 0) {
                t->object_path = NULL;
                return -ENOMEM;
        }

        *ret = TAKE_PTR(t);
        return 0;
}

int trace_set_unit(Trace *t, const char *unit, const char *invocation_id) {
        char *u, *i;

        u = strdup(unit);
        i = strdup(invocation_id);
        if (!u || !i) {
                free(u);
                free(i);
                return -ENOMEM;
        }
        free(t->unit);
        free(t->invocation_id);
        t->unit = u;
        t->invocation_id = i;
        return 0;
}

int trace_set_syscalls(Trace *t, const struct tl_syscall_filter *filter) {
        _cleanup_free_ char *text = NULL;
        int r;

        if (filter) {
                r = syscall_filter_to_string(filter, &text);
                if (r < 0)
                        return r;
        }
        if (t->slot != TRACE_NO_SLOT) {
                r = recorder_trace_set_syscalls(t->manager->recorder, t->slot, filter);
                if (r < 0)
                        return r;
        }

        free(t->syscalls);
        t->syscalls = TAKE_PTR(text);
        t->syscall_filter = filter ? *filter : (struct tl_syscall_filter) {};
        return 0;
}

Trace *trace_free(Trace *t) {
        if (!t)
                return NULL;
        sd_event_source_disable_unref(t->inotify_source);
        kept_trace_done(&t->kept);
        free(t->unit);
        free(t->invocation_id);
        free(t->result);
        free(t->dump_file);
        free(t->syscalls);
        free(t->name);
        free(t->cgroup);
        free(t->cgroup_full);
        free(t->object_path);
        free(t);
        return NULL;
}

static uint64_t now_usec(void) {
        struct timespec ts;

        (void) clock_gettime(CLOCK_MONOTONIC, &ts);
        return (uint64_t) ts.tv_sec * 1000000ULL + (uint64_t) ts.tv_nsec / 1000;
}

void trace_set_stopped(Trace *t) {
        Recorder *rec = t->manager->recorder;
        _cleanup_(recorder_snapshot_freep) RecorderSnapshot *s = NULL;
        RecorderStats st = {};
        int r;

        if (t->state == TRACE_STOPPED)
                return;

        /* No new records from here on; then copy what the ring holds. */
        (void) recorder_trace_stop(rec, t->slot);
        t->inotify_source = sd_event_source_disable_unref(t->inotify_source);
        t->state = TRACE_STOPPED;
        t->stopped_usec = now_usec();

        (void) recorder_trace_stats(rec, t->slot, &st);
        r = recorder_trace_snapshot(rec, t->slot, &s);
        if (r >= 0)
                r = snapshot_pack(s, recorder_slot_size(rec), &t->kept);
        if (r < 0) {
                /* Keep the ring then: nothing recorded is thrown away for want of memory. */
                log_warning_errno(r, "Failed to keep a compressed copy of trace %s, keeping its ring: %m", t->name);
        } else {
                t->kept_events = st.head;
                t->kept_lost = st.lost + (st.head > st.nslots ? st.head - st.nslots : 0);
                recorder_trace_free(rec, t->slot);
                t->slot = TRACE_NO_SLOT;
                manager_keep_trace(t->manager, t);
        }
        manager_state_changed(t->manager);

        log_info("Trace %s stopped (%s); %" PRIu64 " events kept in %zu bytes until closed.",
                 t->name, t->unit ? "its invocation ended" : "its cgroup is gone",
                 trace_events(t), t->kept.z_size);
        manager_trace_changed(t->manager, t);
}

void trace_check_cgroup(Trace *t) {
        uint64_t id;

        if (t->state != TRACE_RECORDING)
                return;
        /* Same path but a new cgroup (removed and made again) is not ours either. */
        if (cg_get_id_or_gone(t->cgroup_full, &id) < 0 || id != t->cgroup_id)
                trace_set_stopped(t);
}

static int on_cgroup_inotify(sd_event_source *s, const struct inotify_event *ev, void *userdata) {
        Trace *t = userdata;

        if (ev->mask & (IN_DELETE_SELF | IN_IGNORED | IN_UNMOUNT))
                trace_check_cgroup(t);
        return 0;
}

int trace_watch_cgroup(Trace *t) {
        return sd_event_add_inotify(t->manager->event, &t->inotify_source, t->cgroup_full,
                                    IN_DELETE_SELF | IN_ONLYDIR, on_cgroup_inotify, t);
}

uint64_t trace_events(Trace *t) {
        RecorderStats st;

        if (t->slot == TRACE_NO_SLOT)
                return t->kept_events;
        if (recorder_trace_stats(t->manager->recorder, t->slot, &st) < 0)
                return 0;
        return st.head;
}

uint64_t trace_lost(Trace *t) {
        RecorderStats st;

        if (t->slot == TRACE_NO_SLOT)
                return t->kept_lost;
        if (recorder_trace_stats(t->manager->recorder, t->slot, &st) < 0)
                return 0;
        return st.lost + (st.head > st.nslots ? st.head - st.nslots : 0);
}

uint64_t trace_buffer_size(Trace *t) {
        RecorderStats st;

        if (t->slot == TRACE_NO_SLOT)
                return t->kept.z_size;
        if (recorder_trace_stats(t->manager->recorder, t->slot, &st) < 0)
                return 0;
        return st.bytes;
}

static int64_t realtime_offset_ns(void) {
        struct timespec rt, mono;

        (void) clock_gettime(CLOCK_REALTIME, &rt);
        (void) clock_gettime(CLOCK_MONOTONIC, &mono);
        return ((int64_t) rt.tv_sec - (int64_t) mono.tv_sec) * 1000000000LL +
               ((int64_t) rt.tv_nsec - (int64_t) mono.tv_nsec);
}

int trace_dump(Trace *t, const DumpOptions *o, StrBuf *out) {
        _cleanup_(recorder_snapshot_freep) RecorderSnapshot *s = NULL;
        DumpOptions opts = *o;
        DumpInput in;
        int r;

        trace_check_cgroup(t);

        if (t->slot == TRACE_NO_SLOT)
                r = snapshot_unpack(&t->kept, &s);
        else
                r = recorder_trace_snapshot(t->manager->recorder, t->slot, &s);
        if (r < 0)
                return r;

        in = (DumpInput) {
                .records = s->records,
                .n_records = s->n_records,
                .inflight = s->inflight,
                .n_inflight = s->n_inflight,
                .head = s->head,
                .nslots = s->nslots,
        };
        if (opts.realtime_offset_ns == 0)
                opts.realtime_offset_ns = realtime_offset_ns();

        return dump_write(&in, &opts, out);
}
