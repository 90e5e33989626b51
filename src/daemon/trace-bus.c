/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bus-util.h"
#include "log.h"
#include "manager-bus.h"
#include "syscall-filter.h"
#include "trace-bus.h"

/* Per-trace objects live under TRACELOOP_TRACE_PATH_PREFIX/<id>, found through
 * a fallback vtable; ids are decimal, which is a valid path element as is. */

static int trace_object_find(sd_bus *bus, const char *path, const char *interface, void *userdata,
                             void **found, sd_bus_error *error) {
        Manager *m = userdata;
        const char *e;
        char *end;
        uint64_t id;
        Trace *t;

        e = path + strlen(TRACELOOP_TRACE_PATH_PREFIX);
        if (strncmp(path, TRACELOOP_TRACE_PATH_PREFIX "/", strlen(TRACELOOP_TRACE_PATH_PREFIX) + 1) != 0)
                return 0;
        e++;
        if (*e < '0' || *e > '9')
                return 0;
        errno = 0;
        id = strtoull(e, &end, 10);
        if (errno != 0 || *end != 0)
                return 0;

        t = manager_get_trace(m, id);
        if (!t)
                return 0;
        *found = t;
        return 1;
}

static int trace_node_enumerator(sd_bus *bus, const char *path, void *userdata, char ***nodes, sd_bus_error *error) {
        Manager *m = userdata;
        char **l;
        size_t i = 0;

        l = calloc(m->n_traces + 1, sizeof(char *));
        if (!l)
                return -ENOMEM;
        for (Trace *t = m->traces; t && i < m->n_traces; t = t->next) {
                l[i] = strdup(t->object_path);
                if (!l[i]) {
                        for (size_t k = 0; k < i; k++)
                                free(l[k]);
                        free(l);
                        return -ENOMEM;
                }
                i++;
        }
        *nodes = l;
        return 1;
}

static int property_get_state(sd_bus *bus, const char *path, const char *interface, const char *property,
                              sd_bus_message *reply, void *userdata, sd_bus_error *error) {
        Trace *t = userdata;

        trace_check_cgroup(t);
        return sd_bus_message_append(reply, "s", trace_state_to_string(t->state));
}

static int property_get_events(sd_bus *bus, const char *path, const char *interface, const char *property,
                               sd_bus_message *reply, void *userdata, sd_bus_error *error) {
        return sd_bus_message_append(reply, "t", trace_events(userdata));
}

static int property_get_lost(sd_bus *bus, const char *path, const char *interface, const char *property,
                             sd_bus_message *reply, void *userdata, sd_bus_error *error) {
        return sd_bus_message_append(reply, "t", trace_lost(userdata));
}

static int property_get_buffer_size(sd_bus *bus, const char *path, const char *interface, const char *property,
                                    sd_bus_message *reply, void *userdata, sd_bus_error *error) {
        return sd_bus_message_append(reply, "t", trace_buffer_size(userdata));
}

static int property_get_timestamps(sd_bus *bus, const char *path, const char *interface, const char *property,
                                   sd_bus_message *reply, void *userdata, sd_bus_error *error) {
        Trace *t = userdata;

        return sd_bus_message_append(reply, "s", timestamps_to_string(t->precise_time));
}

static int property_get_syscalls(sd_bus *bus, const char *path, const char *interface, const char *property,
                                 sd_bus_message *reply, void *userdata, sd_bus_error *error) {
        Trace *t = userdata;

        return sd_bus_message_append(reply, "s", t->syscalls ?: "");
}

/* The caller has read the list and checked the sender already. */
int bus_set_trace_syscalls(sd_bus_message *message, Trace *t, const char *spec, sd_bus_error *error) {
        _cleanup_free_ char *bad = NULL;
        struct tl_syscall_filter filter;
        int r;

        r = syscall_filter_parse(spec, &filter, &bad);
        if (r == -EINVAL)
                return bus_syscalls_error(error, BUS_ERROR_INVALID_SYSCALLS, "Invalid syscall list", spec, bad);
        if (r < 0)
                return r;

        r = manager_set_trace_syscalls(t->manager, t, r == 0 ? &filter : NULL);
        if (r == -ESTALE)
                return sd_bus_error_setf(error, BUS_ERROR_TRACE_STOPPED,
                                         "Trace %s has stopped recording; what it records cannot change.", t->name);
        if (r < 0)
                return r;

        return sd_bus_reply_method_return(message, NULL);
}

static int method_trace_set_syscalls(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        const char *spec;
        int r;

        r = sd_bus_message_read(message, "s", &spec);
        if (r < 0)
                return r;
        r = bus_verify_root(message, error);
        if (r < 0)
                return r;

        return bus_set_trace_syscalls(message, userdata, spec, error);
}

static int method_trace_dump(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        int r;

        r = bus_verify_root(message, error);
        if (r < 0)
                return r;

        return bus_reply_dump_string(message, userdata, error);
}

static int method_trace_close(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        Trace *t = userdata;
        int r;

        r = bus_verify_root(message, error);
        if (r < 0)
                return r;

        manager_close_trace(t->manager, t);
        return sd_bus_reply_method_return(message, NULL);
}

static const sd_bus_vtable trace_vtable[] = {
        SD_BUS_VTABLE_START(0),

        SD_BUS_PROPERTY("Id", "t", NULL, offsetof(Trace, id), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("Name", "s", NULL, offsetof(Trace, name), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("Cgroup", "s", NULL, offsetof(Trace, cgroup), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("CgroupId", "t", NULL, offsetof(Trace, cgroup_id), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("State", "s", property_get_state, 0, SD_BUS_VTABLE_PROPERTY_EMITS_CHANGE),
        SD_BUS_PROPERTY("Events", "t", property_get_events, 0, 0),
        SD_BUS_PROPERTY("Lost", "t", property_get_lost, 0, 0),
        /* The ring, then the compressed copy once stopped: it changes, without a signal. */
        SD_BUS_PROPERTY("BufferSize", "t", property_get_buffer_size, 0, 0),
        SD_BUS_PROPERTY("Timestamps", "s", property_get_timestamps, 0, SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("Unit", "s", NULL, offsetof(Trace, unit), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("InvocationID", "s", NULL, offsetof(Trace, invocation_id), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("Result", "s", NULL, offsetof(Trace, result), SD_BUS_VTABLE_PROPERTY_EMITS_CHANGE),
        SD_BUS_PROPERTY("DumpFile", "s", NULL, offsetof(Trace, dump_file), 0),
        /* Canonical (names in alphabetical order), "" for all. */
        SD_BUS_PROPERTY("Syscalls", "s", property_get_syscalls, 0, SD_BUS_VTABLE_PROPERTY_EMITS_CHANGE),

        SD_BUS_METHOD_WITH_ARGS("Dump",
                                SD_BUS_NO_ARGS,
                                SD_BUS_RESULT("s", text),
                                method_trace_dump,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("Close",
                                SD_BUS_NO_ARGS,
                                SD_BUS_NO_RESULT,
                                method_trace_close,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("SetSyscalls",
                                SD_BUS_ARGS("s", syscalls),
                                SD_BUS_NO_RESULT,
                                method_trace_set_syscalls,
                                SD_BUS_VTABLE_UNPRIVILEGED),

        SD_BUS_VTABLE_END
};

int trace_bus_register(Manager *m) {
        int r;

        r = sd_bus_add_fallback_vtable(m->bus, NULL, TRACELOOP_TRACE_PATH_PREFIX, TRACELOOP_TRACE_INTERFACE,
                                       trace_vtable, trace_object_find, m);
        if (r < 0)
                return log_error_errno(r, "Failed to register trace objects: %m");

        r = sd_bus_add_node_enumerator(m->bus, NULL, TRACELOOP_TRACE_PATH_PREFIX, trace_node_enumerator, m);
        if (r < 0)
                return log_error_errno(r, "Failed to register trace enumerator: %m");

        return 0;
}
