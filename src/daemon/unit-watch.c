/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "log.h"
#include "manager.h"
#include "unit-name.h"
#include "unit-watch.h"

#define SYSTEMD_BUS_NAME "org.freedesktop.systemd1"
#define SYSTEMD_PATH "/org/freedesktop/systemd1"
#define SYSTEMD_MANAGER_INTERFACE "org.freedesktop.systemd1.Manager"
#define SYSTEMD_UNIT_INTERFACE "org.freedesktop.systemd1.Unit"
/* systemd answers in microseconds; it may be busy starting units, though. */
#define SYSTEMD_CALL_TIMEOUT_USEC (10ULL * 1000 * 1000)
#define DROP_IN_NAME "50-traceloop.conf"

typedef struct FollowedUnit {
        Manager *manager;
        struct FollowedUnit *next;
        char *name;
        char *path;
        sd_bus_slot *slot;

        /* The type-specific PropertiesChanged (Service, Scope) comes right
         * before the Unit one: its Result belongs to the invocation the Unit
         * signal names. */
        char *pending_result;
        int32_t pending_code, pending_status;

        char *invocation;     /* the last InvocationID systemd reported */
        bool running_seen;    /* ...and it was seen activating or active */
} FollowedUnit;

void unit_info_done(UnitInfo *i) {
        free(i->path);
        free(i->invocation_id);
        free(i->control_group);
        *i = (UnitInfo) {};
}

static FollowedUnit *followed_unit_free(FollowedUnit *f) {
        if (!f)
                return NULL;
        sd_bus_slot_unref(f->slot);
        free(f->name);
        free(f->path);
        free(f->pending_result);
        free(f->invocation);
        free(f);
        return NULL;
}

static FollowedUnit *followed_find(Manager *m, const char *unit) {
        for (FollowedUnit *f = m->followed; f; f = f->next)
                if (streq(f->name, unit))
                        return f;
        return NULL;
}

bool unit_watch_follows(Manager *m, const char *unit) {
        return followed_find(m, unit);
}

static int systemd_error_to_errno(const sd_bus_error *e, int r) {
        if (sd_bus_error_has_names(e, "org.freedesktop.systemd1.NoSuchUnit", "org.freedesktop.systemd1.LoadFailed"))
                return -ENOENT;
        if (sd_bus_error_has_names(e, SD_BUS_ERROR_SERVICE_UNKNOWN, SD_BUS_ERROR_NAME_HAS_NO_OWNER,
                                   SD_BUS_ERROR_NO_REPLY, SD_BUS_ERROR_DISCONNECTED))
                return -EHOSTUNREACH;
        return r;
}

static int systemd_call(Manager *m, const char *path, const char *interface, const char *member,
                        sd_bus_message **ret_reply, const char *types, ...) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *call = NULL;
        va_list ap;
        int r;

        r = sd_bus_message_new_method_call(m->bus, &call, SYSTEMD_BUS_NAME, path, interface, member);
        if (r < 0)
                return r;
        if (types) {
                va_start(ap, types);
                r = sd_bus_message_appendv(call, types, ap);
                va_end(ap);
                if (r < 0)
                        return r;
        }
        r = sd_bus_call(m->bus, call, SYSTEMD_CALL_TIMEOUT_USEC, &e, ret_reply);
        if (r < 0) {
                log_debug("systemd %s.%s failed: %s", interface, member, e.message ?: strerror(-r));
                return systemd_error_to_errno(&e, r);
        }
        return 0;
}

static int systemd_get_property(Manager *m, const char *path, const char *interface, const char *property,
                                const char *type, sd_bus_message **ret_reply) {
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        int r;

        r = systemd_call(m, path, "org.freedesktop.DBus.Properties", "Get", &reply, "ss", interface, property);
        if (r < 0)
                return r;
        r = sd_bus_message_enter_container(reply, 'v', type);
        if (r < 0)
                return r;
        *ret_reply = TAKE_PTR(reply);
        return 0;
}

static int read_invocation_id(sd_bus_message *m, char **ret) {
        const uint8_t *id;
        size_t n;
        char *s;
        int r;

        r = sd_bus_message_read_array(m, 'y', (const void **) &id, &n);
        if (r < 0)
                return r;
        if (n == 0) {
                *ret = NULL;
                return 0;
        }
        if (n != 16)
                return -EBADMSG;
        s = malloc(33);
        if (!s)
                return -ENOMEM;
        for (size_t i = 0; i < 16; i++)
                snprintf(s + 2 * i, 3, "%02x", id[i]);
        *ret = s;
        return 0;
}

int unit_watch_query(Manager *m, const char *unit, UnitInfo *ret) {
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        _cleanup_(unit_info_done) UnitInfo info = {};
        const char *interface, *s;
        int r;

        interface = unit_dbus_interface_from_name(unit);
        if (!interface)
                return -EINVAL;

        r = systemd_call(m, SYSTEMD_PATH, SYSTEMD_MANAGER_INTERFACE, "GetUnit", &reply, "s", unit);
        if (r < 0)
                return r;
        r = sd_bus_message_read(reply, "o", &s);
        if (r < 0)
                return r;
        info.path = strdup(s);
        if (!info.path)
                return -ENOMEM;
        reply = sd_bus_message_unref(reply);

        r = systemd_get_property(m, info.path, SYSTEMD_UNIT_INTERFACE, "InvocationID", "ay", &reply);
        if (r < 0)
                return r;
        r = read_invocation_id(reply, &info.invocation_id);
        if (r < 0)
                return r;
        reply = sd_bus_message_unref(reply);

        /* Units without a cgroup (targets, devices) have no ControlGroup property at all. */
        r = systemd_get_property(m, info.path, interface, "ControlGroup", "s", &reply);
        if (r >= 0) {
                r = sd_bus_message_read(reply, "s", &s);
                if (r < 0)
                        return r;
                if (!isempty(s)) {
                        info.control_group = strdup(s);
                        if (!info.control_group)
                                return -ENOMEM;
                }
        } else if (r == -ENOMEM || r == -EHOSTUNREACH)
                return r;

        *ret = info;
        info = (UnitInfo) {};
        return 0;
}

/* Enabled: a pattern of traceloop.conf says so, or its drop-in is there. */
static int unit_is_enabled(Manager *m, const char *unit, const char *path) {
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        const char *p;
        int r;

        if (manager_unit_pattern_traced(m, unit))
                return 1;
        if (!endswith(unit, ".service"))
                return 0;

        r = systemd_get_property(m, path, SYSTEMD_UNIT_INTERFACE, "DropInPaths", "as", &reply);
        if (r < 0)
                return r;
        r = sd_bus_message_enter_container(reply, 'a', "s");
        if (r < 0)
                return r;
        while ((r = sd_bus_message_read(reply, "s", &p)) > 0) {
                const char *b = strrchr(p, '/');

                if (streq(b ? b + 1 : p, DROP_IN_NAME))
                        return 1;
        }
        return r;
}

/* A new invocation of an enabled unit that nobody registered yet (pattern
 * units, or a drop-in whose ExecStartPre could not reach us). */
static void followed_register(FollowedUnit *f) {
        Manager *m = f->manager;
        int r;

        if (f->invocation && manager_get_unit_trace(m, f->name, f->invocation))
                return;
        r = unit_is_enabled(m, f->name, f->path);
        if (r <= 0) {
                if (r < 0)
                        log_debug_errno(r, "Failed to learn whether %s is enabled: %m", f->name);
                return;
        }
        r = manager_add_unit(m, f->name, 0, -1, NULL, NULL);
        if (r < 0 && r != -ENODATA)
                log_warning_errno(r, "Failed to trace the new invocation of %s: %m", f->name);
}

static int read_unit_changes(sd_bus_message *message, FollowedUnit *f, bool unit_interface,
                             char **ret_invocation, const char **ret_active, const char **ret_sub) {
        int r;

        r = sd_bus_message_enter_container(message, 'a', "{sv}");
        if (r < 0)
                return r;
        while ((r = sd_bus_message_enter_container(message, 'e', "sv")) > 0) {
                const char *key, *contents;
                char type;

                r = sd_bus_message_read(message, "s", &key);
                if (r < 0)
                        return r;
                r = sd_bus_message_peek_type(message, &type, &contents);
                if (r < 0)
                        return r;

                if (unit_interface && streq(key, "InvocationID") && streq(contents, "ay")) {
                        r = sd_bus_message_enter_container(message, 'v', "ay");
                        if (r < 0)
                                return r;
                        free(*ret_invocation);
                        *ret_invocation = NULL;
                        r = read_invocation_id(message, ret_invocation);
                        if (r < 0)
                                return r;
                        r = sd_bus_message_exit_container(message);
                } else if (unit_interface && streq(key, "ActiveState") && streq(contents, "s"))
                        r = sd_bus_message_read(message, "v", "s", ret_active);
                else if (unit_interface && streq(key, "SubState") && streq(contents, "s"))
                        r = sd_bus_message_read(message, "v", "s", ret_sub);
                else if (!unit_interface && streq(key, "Result") && streq(contents, "s")) {
                        const char *v;
                        char *c;

                        r = sd_bus_message_read(message, "v", "s", &v);
                        if (r < 0)
                                return r;
                        c = strdup(v);
                        if (!c)
                                return -ENOMEM;
                        free(f->pending_result);
                        f->pending_result = c;
                } else if (!unit_interface && streq(key, "ExecMainCode") && streq(contents, "i"))
                        r = sd_bus_message_read(message, "v", "i", &f->pending_code);
                else if (!unit_interface && streq(key, "ExecMainStatus") && streq(contents, "i"))
                        r = sd_bus_message_read(message, "v", "i", &f->pending_status);
                else
                        r = sd_bus_message_skip(message, "v");
                if (r < 0)
                        return r;
                r = sd_bus_message_exit_container(message);
                if (r < 0)
                        return r;
        }
        if (r < 0)
                return r;
        return sd_bus_message_exit_container(message);
}

static int match_properties_changed(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        FollowedUnit *f = userdata;
        Manager *m = f->manager;
        _cleanup_free_ char *invocation = NULL;
        const char *interface, *active = NULL, *sub = NULL;
        bool unit_interface, ended;
        int r;

        r = sd_bus_message_read(message, "s", &interface);
        if (r < 0)
                goto fail;
        unit_interface = streq(interface, SYSTEMD_UNIT_INTERFACE);
        r = read_unit_changes(message, f, unit_interface, &invocation, &active, &sub);
        if (r < 0)
                goto fail;
        if (!unit_interface || !invocation || !active)
                return 0;

        log_debug("%s: invocation %s %s/%s, result %s", f->name, invocation, active, strna(sub),
                  strna(f->pending_result));

        /* A new invocation while the last one never looked ended: its end went
         * by unseen (coalesced signals); it stopped, its result is unknown. */
        if (f->invocation && !streq(f->invocation, invocation)) {
                manager_unit_ended(m, f->name, f->invocation, NULL, 0, 0);
                f->running_seen = false;
        }
        if (!f->invocation || !streq(f->invocation, invocation)) {
                free(f->invocation);
                f->invocation = TAKE_PTR(invocation);
        }

        /* A unit that Restart= brings back goes through auto-restart, not
         * always through failed; an invocation is also reported inactive
         * before it starts, so inactive counts only after it ran. */
        ended = streq(active, "failed") || streq_ptr(sub, "auto-restart") ||
                (streq(active, "inactive") && f->running_seen);
        if (ended)
                manager_unit_ended(m, f->name, f->invocation, f->pending_result, f->pending_code, f->pending_status);
        else if (STR_IN_SET(active, "activating", "active", "reloading")) {
                f->running_seen = true;
                followed_register(f);
        }
        return 0;

fail:
        log_warning_errno(r, "Failed to parse PropertiesChanged of %s, ignoring: %m", f->name);
        return 0;
}

int unit_watch_follow(Manager *m, const char *unit, const char *path) {
        FollowedUnit *f;
        int r;

        if (followed_find(m, unit))
                return 0;

        f = calloc(1, sizeof(*f));
        if (!f)
                return -ENOMEM;
        f->manager = m;
        f->name = strdup(unit);
        f->path = strdup(path);
        if (!f->name || !f->path) {
                followed_unit_free(f);
                return -ENOMEM;
        }
        r = sd_bus_match_signal(m->bus, &f->slot, SYSTEMD_BUS_NAME, path, "org.freedesktop.DBus.Properties",
                                "PropertiesChanged", match_properties_changed, f);
        if (r < 0) {
                followed_unit_free(f);
                return r;
        }
        f->next = m->followed;
        m->followed = f;
        log_debug("Following %s.", unit);
        return 0;
}

void unit_watch_unfollow(Manager *m, const char *unit) {
        for (FollowedUnit **p = &m->followed; *p; p = &(*p)->next)
                if (streq((*p)->name, unit)) {
                        FollowedUnit *f = *p;

                        *p = f->next;
                        followed_unit_free(f);
                        log_debug("No longer following %s.", unit);
                        return;
                }
}

/* Units that run already and are enabled get a trace for their current
 * invocation: traceloopd started after them, or systemd came back. */
static int unit_watch_scan(Manager *m) {
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        const char *name, *active, *path;
        int r;

        r = systemd_call(m, SYSTEMD_PATH, SYSTEMD_MANAGER_INTERFACE, "ListUnits", &reply, NULL);
        if (r < 0)
                return r;
        r = sd_bus_message_enter_container(reply, 'a', "(ssssssouso)");
        if (r < 0)
                return r;
        while ((r = sd_bus_message_read(reply, "(ssssssouso)", &name, NULL, NULL, &active, NULL, NULL, &path,
                                        NULL, NULL, NULL)) > 0) {
                if (!STR_IN_SET(active, "active", "activating", "reloading"))
                        continue;
                if (!endswith(name, ".service") && !endswith(name, ".scope"))
                        continue;
                r = unit_is_enabled(m, name, path);
                if (r == -ENOMEM)
                        return r;
                if (r <= 0)
                        continue;
                r = manager_add_unit(m, name, 0, -1, NULL, NULL);
                if (r == -ENOMEM)
                        return r;
                if (r < 0)
                        log_warning_errno(r, "Failed to trace %s, which runs already: %m", name);
        }
        return r;
}

static int systemd_subscribe(Manager *m) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        int r;

        r = sd_bus_call_method(m->bus, SYSTEMD_BUS_NAME, SYSTEMD_PATH, SYSTEMD_MANAGER_INTERFACE, "Subscribe",
                               &e, NULL, NULL);
        if (r < 0 && !sd_bus_error_has_name(&e, "org.freedesktop.systemd1.AlreadySubscribed"))
                return systemd_error_to_errno(&e, r);
        return 0;
}

static int systemd_attach(Manager *m) {
        int r;

        r = systemd_subscribe(m);
        if (r == -EHOSTUNREACH) {
                log_info("systemd is not on the bus; units are followed once it is.");
                return 0;
        }
        if (r < 0)
                return log_error_errno(r, "Failed to subscribe to systemd's signals: %m");

        m->systemd_up = true;
        r = unit_watch_scan(m);
        if (r == -ENOMEM)
                return log_oom();
        if (r < 0)
                log_warning_errno(r, "Failed to list systemd's units; running units are picked up at their next start: %m");
        return 0;
}

static int match_unit_new(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        Manager *m = userdata;
        const char *name, *path;
        int r;

        r = sd_bus_message_read(message, "so", &name, &path);
        if (r < 0) {
                log_warning_errno(r, "Failed to parse UnitNew, ignoring: %m");
                return 0;
        }
        if (!manager_unit_pattern_traced(m, name) || followed_find(m, name))
                return 0;

        r = unit_watch_follow(m, name, path);
        if (r < 0)
                log_warning_errno(r, "Failed to follow %s: %m", name);
        return 0;
}

static int match_job_removed(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        Manager *m = userdata;
        const char *path, *name, *result;
        FollowedUnit *f;
        uint32_t id;
        int r;

        r = sd_bus_message_read(message, "uoss", &id, &path, &name, &result);
        if (r < 0) {
                log_warning_errno(r, "Failed to parse JobRemoved, ignoring: %m");
                return 0;
        }
        f = followed_find(m, name);
        if (!f || !streq(result, "done"))
                return 0;

        /* The job may have started a new invocation: learn it, register it if
         * nobody did. */
        {
                _cleanup_(unit_info_done) UnitInfo info = {};

                if (unit_watch_query(m, name, &info) < 0 || !info.invocation_id || !info.control_group)
                        return 0;
                if (!manager_get_unit_trace(m, name, info.invocation_id)) {
                        free(f->invocation);
                        f->invocation = TAKE_PTR(info.invocation_id);
                        f->running_seen = true;
                        followed_register(f);
                }
        }
        return 0;
}

static int match_reloading(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        Manager *m = userdata;
        int active, r;

        r = sd_bus_message_read(message, "b", &active);
        if (r < 0) {
                log_warning_errno(r, "Failed to parse Reloading, ignoring: %m");
                return 0;
        }
        if (active)
                return 0;

        /* Unit objects keep their paths across a reload, and so our matches.
         * Patterns may match units that are new to systemd now. */
        log_debug("systemd reloaded; checking the units again.");
        r = unit_watch_scan(m);
        if (r < 0)
                log_warning_errno(r, "Failed to list systemd's units after its reload: %m");
        return 0;
}

static int match_systemd_owner(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        Manager *m = userdata;
        const char *name, *old_owner, *new_owner;
        int r;

        r = sd_bus_message_read(message, "sss", &name, &old_owner, &new_owner);
        if (r < 0) {
                log_warning_errno(r, "Failed to parse NameOwnerChanged, ignoring: %m");
                return 0;
        }
        if (!streq(name, SYSTEMD_BUS_NAME))
                return 0;

        if (isempty(new_owner)) {
                log_info("systemd left the bus (re-executing?); waiting for it.");
                m->systemd_up = false;
                return 0;
        }
        log_info("systemd is on the bus%s; subscribing.", isempty(old_owner) ? "" : " again");
        (void) systemd_attach(m);
        return 0;
}

int unit_watch_start(Manager *m) {
        int r;

        r = sd_bus_match_signal(m->bus, NULL, SYSTEMD_BUS_NAME, SYSTEMD_PATH, SYSTEMD_MANAGER_INTERFACE,
                                "UnitNew", match_unit_new, m);
        if (r >= 0)
                r = sd_bus_match_signal(m->bus, NULL, SYSTEMD_BUS_NAME, SYSTEMD_PATH, SYSTEMD_MANAGER_INTERFACE,
                                        "JobRemoved", match_job_removed, m);
        if (r >= 0)
                r = sd_bus_match_signal(m->bus, NULL, SYSTEMD_BUS_NAME, SYSTEMD_PATH, SYSTEMD_MANAGER_INTERFACE,
                                        "Reloading", match_reloading, m);
        if (r >= 0)
                r = sd_bus_add_match(m->bus, NULL,
                                     "type='signal',sender='org.freedesktop.DBus',path='/org/freedesktop/DBus',"
                                     "interface='org.freedesktop.DBus',member='NameOwnerChanged',"
                                     "arg0='" SYSTEMD_BUS_NAME "'",
                                     match_systemd_owner, m);
        if (r < 0)
                return log_error_errno(r, "Failed to watch systemd's signals: %m");

        return systemd_attach(m);
}

void unit_watch_free(Manager *m) {
        while (m->followed) {
                FollowedUnit *f = m->followed;

                m->followed = f->next;
                followed_unit_free(f);
        }
}
