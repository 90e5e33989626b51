/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <systemd/sd-bus.h>

#include "bus-util.h"
#include "config.h"
#include "dropin.h"
#include "log.h"
#include "macro.h"
#include "parse-util.h"
#include "syscall-filter.h"
#include "unit-name.h"

#define SYSTEMD_BUS_NAME "org.freedesktop.systemd1"
#define SYSTEMD_PATH "/org/freedesktop/systemd1"
#define SYSTEMD_MANAGER_INTERFACE "org.freedesktop.systemd1.Manager"
#define SYSTEMD_UNIT_INTERFACE "org.freedesktop.systemd1.Unit"

/* Exit codes, as systemctl uses them: 1 for a failed operation, 2 for wrong
 * usage, 4 when the named trace or unit does not exist (LSB "no such
 * program"). */
#define EXIT_USAGE 2
#define EXIT_NOT_FOUND 4
/* LSB: "program is not running", as systemctl status says it. */
#define EXIT_NOT_RUNNING 3

/* Verbs return negative errno on failure; what the process exits with then is
 * decided where the failure is understood, and kept here. */
static int exit_status = EXIT_FAILURE;

static const char *arg_bus = NULL;
static const char *arg_format = "text";
static bool arg_columns = true;
static uint64_t arg_last = 0;
static uint32_t arg_string_max = 0;
static char *arg_pids = NULL;
static char *arg_syscalls = NULL;
static bool arg_failed = false;
static bool arg_successful = false;
static bool arg_summary = false;
static bool arg_durations = false;
static const char *arg_absolute = NULL; /* dump: -t, -tt, -ttt as the bus names them */
static bool arg_relative = false;
static bool arg_fd_paths = false;
static uint64_t arg_buffer_size = 0;
static const char *arg_buffer_size_string = NULL; /* as given, for the drop-in */
static const char *arg_timestamps = NULL;
static const char *arg_trace_syscalls = NULL; /* --syscalls=: what a new trace records */
static bool arg_runtime = false;
static bool arg_now = false;

/* traceloopd, and systemd: the same connection unless --bus= puts traceloopd
 * elsewhere. Opened by the verbs that need them, after their arguments were
 * checked, so that wrong usage is told as such even with no bus at hand. */
typedef enum BusFocus {
        BUS_TRACELOOP,
        BUS_SYSTEMD,
        _BUS_FOCUS_MAX,
} BusFocus;

static sd_bus *buses[_BUS_FOCUS_MAX] = {};

/* systemd re-reads every unit on Reload; systemctl daemon-reload waits minutes, not 25 s. */
#define RELOAD_TIMEOUT_USEC (5ULL * 60 * 1000 * 1000)

static int error_to_exit(const sd_bus_error *e, int r) {
        if (sd_bus_error_has_names(e, BUS_ERROR_NO_SUCH_TRACE, BUS_ERROR_NO_SUCH_UNIT))
                return EXIT_NOT_FOUND;
        if (sd_bus_error_has_names(e, BUS_ERROR_INVALID_NAME, BUS_ERROR_INVALID_CGROUP, BUS_ERROR_INVALID_OPTION,
                                   BUS_ERROR_INVALID_UNIT_NAME, BUS_ERROR_INVALID_SYSCALLS, "org.freedesktop.DBus.Error.InvalidArgs"))
                return EXIT_USAGE;
        return EXIT_FAILURE;
}

static int fail(const sd_bus_error *e, int r, const char *format, ...) __attribute__((format(printf, 3, 4)));

static int fail(const sd_bus_error *e, int r, const char *format, ...) {
        char what[LINE_MAX];
        va_list ap;

        va_start(ap, format);
        (void) vsnprintf(what, sizeof(what), format, ap);
        va_end(ap);

        exit_status = error_to_exit(e, r);
        if (sd_bus_error_is_set(e)) {
                log_error("%s: %s", what, e->message ?: e->name);
                return -EIO;
        }
        return log_error_errno(r, "%s: %m", what);
}

/* Wrong usage found by a verb itself: exit 2. */
#define usage_error(...)                                        \
        ({                                                      \
                exit_status = EXIT_USAGE;                       \
                log_error_errno(-EINVAL, __VA_ARGS__);          \
        })

/* No such trace, found by looking at the list: exit 4, as the daemon's NoSuchTrace. */
#define not_found(...)                                          \
        ({                                                      \
                exit_status = EXIT_NOT_FOUND;                   \
                log_error_errno(-ENOENT, __VA_ARGS__);          \
        })

static int connect_bus(sd_bus **ret) {
        _cleanup_(sd_bus_flush_close_unrefp) sd_bus *bus = NULL;
        int r;

        if (arg_bus) {
                r = sd_bus_new(&bus);
                if (r < 0)
                        return r;
                r = sd_bus_set_address(bus, arg_bus);
                if (r < 0) {
                        exit_status = EXIT_USAGE;
                        return log_error_errno(r, "Invalid bus address %s: %m", arg_bus);
                }
                (void) sd_bus_set_bus_client(bus, true);
                r = sd_bus_start(bus);
        } else
                r = sd_bus_open_system(&bus);
        if (r < 0)
                return log_error_errno(r, "Failed to connect to %s: %m", arg_bus ?: "the system bus");

        *ret = TAKE_PTR(bus);
        return 0;
}

static int acquire_bus(BusFocus focus, sd_bus **ret) {
        int r;

        if (!buses[focus]) {
                if (focus == BUS_TRACELOOP)
                        r = connect_bus(&buses[BUS_TRACELOOP]);
                else if (!arg_bus) {
                        sd_bus *bus;

                        r = acquire_bus(BUS_TRACELOOP, &bus);
                        if (r >= 0)
                                buses[BUS_SYSTEMD] = sd_bus_ref(bus);
                } else {
                        r = sd_bus_open_system(&buses[BUS_SYSTEMD]);
                        if (r < 0)
                                log_error_errno(r, "Failed to connect to the system bus (for systemd): %m");
                }
                if (r < 0)
                        return r;
        }

        *ret = buses[focus];
        return 0;
}

static bool unit_has_type(const char *unit, const char *suffix) {
        size_t l = strlen(unit), k = strlen(suffix);

        return l > k && streq(unit + l - k, suffix);
}

static int check_unit_name(const char *unit) {
        _cleanup_free_ char *mangled = NULL;

        if (unit_name_is_valid(unit))
                return 0;
        if (unit_has_type(unit, "@.service") || unit_has_type(unit, "@.scope"))
                return usage_error("\"%s\" is a template, not a unit that runs; name an instance, or trace all "
                                   "of them by a pattern in traceloop.conf.", unit);
        /* systemctl takes "foo" for "foo.service"; say so rather than guess. */
        if (asprintf(&mangled, "%s.service", unit) >= 0 && unit_name_is_valid(mangled))
                return usage_error("Invalid unit name \"%s\"; did you mean %s?", unit, mangled);
        return usage_error("Invalid unit name \"%s\".", unit);
}

/* enable and disable: only a service runs ExecStartPre=. */
static int check_service_names(int n, char *units[]) {
        int r;

        for (int i = 0; i < n; i++) {
                r = check_unit_name(units[i]);
                if (r < 0)
                        return r;
                if (!unit_has_type(units[i], ".service"))
                        return usage_error("Cannot enable or disable %s: only services run ExecStartPre=. Scopes and "
                                           "other units are traced by a pattern in traceloop.conf.", units[i]);
        }
        return 0;
}

static int get_trace_by_name(sd_bus *bus, const char *name, uint64_t *ret_id) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        const char *path;
        int r;

        r = sd_bus_call_method(bus, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH, TRACELOOP_MANAGER_INTERFACE,
                               "GetTrace", &e, &reply, "s", name);
        if (r < 0)
                return fail(&e, r, "Failed to look up trace");
        r = sd_bus_message_read(reply, "to", ret_id, &path);
        if (r < 0)
                return log_error_errno(r, "Failed to parse reply: %m");
        return 0;
}

/* "5" is an id; anything else is a name, looked up with GetTrace. */
static int resolve_trace(sd_bus *bus, const char *s, uint64_t *ret_id) {
        if (parse_u64(s, ret_id) >= 0)
                return 0;
        return get_trace_by_name(bus, s, ret_id);
}

static int parse_trace_id(const char *s, uint64_t *ret_id) {
        if (parse_u64(s, ret_id) < 0)
                return usage_error("Invalid trace id \"%s\".", s);
        return 0;
}

/* One entry of ListTraces; the strings point into the reply. */
typedef struct TraceInfo {
        uint64_t id;
        const char *name, *unit, *invocation, *cgroup, *state;
        uint64_t events, lost, bytes;
} TraceInfo;

static int list_traces(sd_bus *bus, sd_bus_message **ret_reply, TraceInfo **ret, size_t *ret_n) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        _cleanup_free_ TraceInfo *traces = NULL;
        size_t n = 0, allocated = 0;
        TraceInfo t;
        int r;

        r = sd_bus_call_method(bus, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH, TRACELOOP_MANAGER_INTERFACE,
                               "ListTraces", &e, &reply, NULL);
        if (r < 0)
                return fail(&e, r, "Failed to list traces");

        r = sd_bus_message_enter_container(reply, 'a', "(tsssssttt)");
        if (r < 0)
                return log_error_errno(r, "Failed to parse reply: %m");
        while ((r = sd_bus_message_read(reply, "(tsssssttt)", &t.id, &t.name, &t.unit, &t.invocation,
                                        &t.cgroup, &t.state, &t.events, &t.lost, &t.bytes)) > 0) {
                if (n == allocated) {
                        TraceInfo *p;

                        allocated = MAX(allocated * 2, 16U);
                        p = reallocarray(traces, allocated, sizeof(TraceInfo));
                        if (!p)
                                return log_oom();
                        traces = p;
                }
                traces[n++] = t;
        }
        if (r < 0)
                return log_error_errno(r, "Failed to parse reply: %m");

        *ret_reply = TAKE_PTR(reply);
        *ret = TAKE_PTR(traces);
        *ret_n = n;
        return 0;
}

static int trace_info_compare_unit(const void *a, const void *b) {
        const TraceInfo *x = a, *y = b;
        int c = strcmp(x->unit, y->unit);

        if (c != 0)
                return c;
        /* Ids grow with each trace added: the oldest invocation first. */
        return x->id < y->id ? -1 : x->id > y->id;
}

/* Which of a unit's traces: the newest back from the end (1 = newest), one
 * invocation, or all of them. */
typedef struct UnitPick {
        uint64_t back;
        char invocation[33];
        bool all;
} UnitPick;

/* An invocation ID as traces are named after it: 32 lowercase hex digits.
 * journalctl prints them so; take what a person copied from elsewhere too. */
static bool parse_invocation(const char *s, char ret[static 33]) {
        char id[33] = {};

        if (strlen(s) != 32)
                return false;
        for (size_t i = 0; i < 32; i++)
                id[i] = (s[i] >= 'A' && s[i] <= 'F') ? s[i] - 'A' + 'a' : s[i];
        if (!invocation_id_is_valid(id))
                return false;
        memcpy(ret, id, sizeof(id));
        return true;
}

static int parse_unit_pick(const char *s, bool allow_all, UnitPick *ret) {
        UnitPick pick = { .back = 1 };
        uint64_t v;

        if (!s)
                ;
        else if (allow_all && streq(s, "all"))
                pick.all = true;
        else if (s[0] == '-' && parse_u64(s + 1, &v) >= 0 && v > 0)
                pick.back = v;
        else if (parse_invocation(s, pick.invocation))
                pick.back = 0;
        else
                return usage_error("Invalid invocation \"%s\"; give an invocation ID (32 hexadecimal digits) "
                                   "or -N for the Nth newest%s.", s, allow_all ? ", or all" : "");

        *ret = pick;
        return 0;
}

/* The ids of the traces of unit that pick selects, oldest first. */
static int pick_unit_traces(sd_bus *bus, const char *unit, const UnitPick *pick, uint64_t **ret_ids, size_t *ret_n) {
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        _cleanup_free_ TraceInfo *traces = NULL;
        _cleanup_free_ uint64_t *ids = NULL;
        size_t n_traces, n = 0, first = 0;
        int r;

        r = list_traces(bus, &reply, &traces, &n_traces);
        if (r < 0)
                return r;

        ids = reallocarray(NULL, MAX(n_traces, (size_t) 1), sizeof(uint64_t));
        if (!ids)
                return log_oom();

        qsort(traces, n_traces, sizeof(TraceInfo), trace_info_compare_unit);
        for (size_t i = 0; i < n_traces; i++) {
                if (!streq(traces[i].unit, unit))
                        continue;
                if (pick->invocation[0] && !streq(traces[i].invocation, pick->invocation))
                        continue;
                ids[n++] = traces[i].id;
        }

        if (n == 0) {
                if (pick->invocation[0])
                        return not_found("No trace of invocation %s of %s.", pick->invocation, unit);
                return not_found("No trace of %s.", unit);
        }
        if (!pick->all && !pick->invocation[0]) {
                if (pick->back > n)
                        return not_found("%s has %zu trace%s, there is no -%" PRIu64 ".",
                                         unit, n, n == 1 ? "" : "s", pick->back);
                first = n - pick->back;
                n = 1;
        } else if (!pick->all && n > 1) {
                /* The daemon keeps one trace an invocation; should it ever not, the newest. */
                first = n - 1;
                n = 1;
        }

        memmove(ids, ids + first, n * sizeof(uint64_t));
        *ret_ids = TAKE_PTR(ids);
        *ret_n = n;
        return 0;
}

/* BufferSize, Timestamps and Syscalls as given, the rest left to the daemon's defaults. */
static int append_trace_options(sd_bus_message *m) {
        int r;

        r = sd_bus_message_open_container(m, 'a', "{sv}");
        if (r >= 0 && arg_buffer_size > 0)
                r = sd_bus_message_append(m, "{sv}", "BufferSize", "t", arg_buffer_size);
        if (r >= 0 && arg_timestamps)
                r = sd_bus_message_append(m, "{sv}", "Timestamps", "s", arg_timestamps);
        if (r >= 0 && arg_trace_syscalls)
                r = sd_bus_message_append(m, "{sv}", "Syscalls", "s", arg_trace_syscalls);
        if (r >= 0)
                r = sd_bus_message_close_container(m);
        return r;
}

static int add_cgroup(sd_bus *bus, const char *name, const char *cgroup) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *m = NULL, *reply = NULL;
        const char *path;
        uint64_t id;
        int r;

        r = sd_bus_message_new_method_call(bus, &m, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH,
                                           TRACELOOP_MANAGER_INTERFACE, "AddCgroupWithOptions");
        if (r < 0)
                return log_error_errno(r, "Failed to create bus message: %m");
        r = sd_bus_message_append(m, "ss", name, cgroup);
        if (r >= 0)
                r = append_trace_options(m);
        if (r < 0)
                return log_error_errno(r, "Failed to create bus message: %m");

        r = sd_bus_call(bus, m, 0, &e, &reply);
        if (r < 0)
                return fail(&e, r, "Failed to add trace");
        r = sd_bus_message_read(reply, "to", &id, &path);
        if (r < 0)
                return log_error_errno(r, "Failed to parse reply: %m");

        printf("%" PRIu64 "\n", id);
        return 0;
}

/* AddUnit, or AddUnitWithOptions with --buffer-size=, --timestamps= and --syscalls=. The
 * caller decides what a bus error means. */
static int add_unit(sd_bus *bus, const char *unit, bool with_options, sd_bus_error *error, uint64_t *ret_id) {
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *m = NULL, *reply = NULL;
        const char *path;
        int r;

        r = sd_bus_message_new_method_call(bus, &m, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH,
                                           TRACELOOP_MANAGER_INTERFACE,
                                           with_options ? "AddUnitWithOptions" : "AddUnit");
        if (r < 0)
                return r;
        r = sd_bus_message_append(m, "s", unit);
        if (r >= 0 && with_options)
                r = append_trace_options(m);
        if (r < 0)
                return r;

        r = sd_bus_call(bus, m, 0, error, &reply);
        if (r < 0)
                return r;
        return sd_bus_message_read(reply, "to", ret_id, &path);
}

static int append_list_option(sd_bus_message *m, const char *key, const char *list, bool numbers) {
        _cleanup_free_ char *copy = strdup(list);
        char *saveptr = NULL;
        int r;

        if (!copy)
                return -ENOMEM;

        r = sd_bus_message_open_container(m, 'e', "sv");
        if (r < 0)
                return r;
        r = sd_bus_message_append(m, "s", key);
        if (r < 0)
                return r;
        r = sd_bus_message_open_container(m, 'v', numbers ? "au" : "as");
        if (r < 0)
                return r;
        r = sd_bus_message_open_container(m, 'a', numbers ? "u" : "s");
        if (r < 0)
                return r;

        for (char *w = strtok_r(copy, ",", &saveptr); w; w = strtok_r(NULL, ",", &saveptr)) {
                if (numbers) {
                        uint64_t v;

                        if (parse_u64(w, &v) < 0 || v > UINT32_MAX)
                                return log_error_errno(-EINVAL, "Invalid PID \"%s\".", w), -EINVAL;
                        r = sd_bus_message_append(m, "u", (uint32_t) v);
                } else
                        r = sd_bus_message_append(m, "s", w);
                if (r < 0)
                        return r;
        }

        for (int i = 0; i < 3; i++) {
                r = sd_bus_message_close_container(m);
                if (r < 0)
                        return r;
        }
        return 0;
}

static int dump_trace_id(sd_bus *bus, uint64_t id) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *m = NULL, *reply = NULL;
        char buf[65536];
        int fd, r;

        r = sd_bus_message_new_method_call(bus, &m, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH,
                                           TRACELOOP_MANAGER_INTERFACE, "DumpByFileDescriptor");
        if (r < 0)
                return r;
        r = sd_bus_message_append(m, "t", id);
        if (r < 0)
                return r;
        r = sd_bus_message_open_container(m, 'a', "{sv}");
        if (r < 0)
                return r;
        r = sd_bus_message_append(m, "{sv}", "format", "s", arg_format);
        if (r >= 0)
                r = sd_bus_message_append(m, "{sv}", "columns", "b", (int) arg_columns);
        if (r >= 0 && arg_last > 0)
                r = sd_bus_message_append(m, "{sv}", "last", "t", arg_last);
        if (r >= 0 && arg_string_max > 0)
                r = sd_bus_message_append(m, "{sv}", "strsize", "u", arg_string_max);
        if (r >= 0 && arg_pids)
                r = append_list_option(m, "pids", arg_pids, true);
        if (r >= 0 && arg_syscalls)
                r = append_list_option(m, "syscalls", arg_syscalls, false);
        if (r >= 0 && arg_failed)
                r = sd_bus_message_append(m, "{sv}", "failed", "b", 1);
        if (r >= 0 && arg_successful)
                r = sd_bus_message_append(m, "{sv}", "successful", "b", 1);
        if (r >= 0 && arg_summary)
                r = sd_bus_message_append(m, "{sv}", "summary", "b", 1);
        if (r >= 0 && arg_durations)
                r = sd_bus_message_append(m, "{sv}", "durations", "b", 1);
        if (r >= 0 && arg_absolute)
                r = sd_bus_message_append(m, "{sv}", "timestamps", "s", arg_absolute);
        if (r >= 0 && arg_relative)
                r = sd_bus_message_append(m, "{sv}", "relative", "b", 1);
        if (r >= 0 && arg_fd_paths)
                r = sd_bus_message_append(m, "{sv}", "fdpaths", "b", 1);
        if (r == -EINVAL) {
                exit_status = EXIT_USAGE;
                return r;
        }
        if (r >= 0)
                r = sd_bus_message_close_container(m);
        if (r < 0)
                return log_error_errno(r, "Failed to build request: %m");

        r = sd_bus_call(bus, m, 0, &e, &reply);
        if (r < 0)
                return fail(&e, r, "Failed to dump trace");
        r = sd_bus_message_read(reply, "h", &fd);
        if (r < 0)
                return log_error_errno(r, "Failed to parse reply: %m");

        for (;;) {
                ssize_t k = read(fd, buf, sizeof(buf));

                if (k < 0) {
                        if (errno == EINTR)
                                continue;
                        return log_error_errno(-errno, "Failed to read dump: %m");
                }
                if (k == 0)
                        break;
                if (fwrite(buf, 1, (size_t) k, stdout) != (size_t) k)
                        return log_error_errno(-EIO, "Failed to write dump: %m");
        }
        if (fflush(stdout) != 0)
                return log_error_errno(-errno, "Failed to write dump: %m");
        return 0;
}

static int close_trace_id(sd_bus *bus, uint64_t id, sd_bus_error *error) {
        return sd_bus_call_method(bus, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH, TRACELOOP_MANAGER_INTERFACE,
                                  "Close", error, NULL, "t", id);
}

static int daemon_reload(void) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *m = NULL;
        sd_bus *bus;
        int r;

        r = acquire_bus(BUS_SYSTEMD, &bus);
        if (r < 0)
                return r;
        r = sd_bus_message_new_method_call(bus, &m, SYSTEMD_BUS_NAME, SYSTEMD_PATH, SYSTEMD_MANAGER_INTERFACE,
                                           "Reload");
        if (r < 0)
                return log_error_errno(r, "Failed to create bus message: %m");
        r = sd_bus_call(bus, m, RELOAD_TIMEOUT_USEC, &e, NULL);
        if (r < 0)
                return fail(&e, r, "Failed to reload systemd");
        return 0;
}

/* Positive if the unit runs (or starts, or reloads): it has an invocation to trace now. */
static int unit_is_running(sd_bus *bus, const char *unit) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        _cleanup_free_ char *state = NULL;
        const char *path;
        int r;

        r = sd_bus_call_method(bus, SYSTEMD_BUS_NAME, SYSTEMD_PATH, SYSTEMD_MANAGER_INTERFACE, "GetUnit", &e,
                               &reply, "s", unit);
        if (r < 0) {
                /* Not loaded: certainly not running. */
                if (sd_bus_error_has_name(&e, "org.freedesktop.systemd1.NoSuchUnit"))
                        return 0;
                return fail(&e, r, "Failed to look up %s", unit);
        }
        r = sd_bus_message_read(reply, "o", &path);
        if (r < 0)
                return log_error_errno(r, "Failed to parse reply: %m");

        r = sd_bus_get_property_string(bus, SYSTEMD_BUS_NAME, path, SYSTEMD_UNIT_INTERFACE, "ActiveState", &e,
                                       &state);
        if (r < 0)
                return fail(&e, r, "Failed to get the state of %s", unit);

        return streq(state, "active") || streq(state, "activating") || streq(state, "reloading") ||
               streq(state, "refreshing");
}

/* The cgroup traceloopctl runs in, as systemd prints it: the "0::" line of
 * /proc/self/cgroup. -ENOMEDIUM if there is none (no cgroup2 hierarchy). */
static int get_own_cgroup(char **ret) {
        _cleanup_free_ char *line = NULL;
        size_t size = 0;
        FILE *f;
        int r = -ENOMEDIUM;

        f = fopen("/proc/self/cgroup", "re");
        if (!f)
                return -errno;
        while (getline(&line, &size, f) >= 0) {
                char *cg;

                if (strncmp(line, "0::", 3) != 0)
                        continue;
                line[strcspn(line, "\n")] = 0;
                cg = strdup(line + 3);
                if (!cg)
                        r = -ENOMEM;
                else {
                        *ret = cg;
                        r = 0;
                }
                break;
        }
        if (r == -ENOMEDIUM && ferror(f))
                r = -EIO;
        fclose(f);
        return r;
}

/* Verbs that only read do not start traceloopd through D-Bus activation:
 * asking what it holds must not start a recorder (ListTraces is open to
 * everyone). 1: it runs, or we cannot tell; 0: it does not. */
static int traceloopd_running(sd_bus *bus) {
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        int has = 1;

        if (sd_bus_call_method(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                               "NameHasOwner", NULL, &reply, "s", TRACELOOP_BUS_NAME) < 0 ||
            sd_bus_message_read(reply, "b", &has) < 0)
                return 1;
        return has;
}

static int verb_status(int argc, char *argv[]) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_free_ char *version = NULL;
        uint64_t pool = 0, used = 0, buffer = 0;
        uint32_t n = 0, capture = 0, max = 0;
        sd_bus *bus;
        int r;

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;
        if (!traceloopd_running(bus)) {
                printf("traceloopd: not running (the first call that adds a trace starts it)\n");
                exit_status = EXIT_NOT_RUNNING;
                return -ESRCH;
        }

#define GET(prop, type, ptr)                                                                             \
        r = sd_bus_get_property_trivial(bus, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH,                 \
                                        TRACELOOP_MANAGER_INTERFACE, prop, &e, type, ptr);                \
        if (r < 0)                                                                                       \
                return fail(&e, r, "Failed to query traceloopd");

        r = sd_bus_get_property_string(bus, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH,
                                       TRACELOOP_MANAGER_INTERFACE, "Version", &e, &version);
        if (r < 0)
                return fail(&e, r, "Failed to query traceloopd");
        GET("NTraces", 'u', &n);
        GET("MaxTraces", 'u', &max);
        GET("CaptureSize", 'u', &capture);
        GET("DefaultBufferSize", 't', &buffer);
        GET("PoolSize", 't', &pool);
        GET("PoolUsed", 't', &used);
#undef GET

        printf("traceloopd %s: running\n"
               "      Traces: %u (of at most %u)\n"
               "     Buffers: %" PRIu64 " of %" PRIu64 " bytes in use, %" PRIu64 " bytes per new trace\n"
               "     Capture: %u bytes of user memory per syscall\n",
               version, n, max, used, pool, buffer, capture);
        return 0;
}

/* n strings, any of them NULL */
typedef struct StrArray {
        char **v;
        size_t n;
} StrArray;

static void str_array_done(StrArray *a) {
        for (size_t i = 0; a->v && i < a->n; i++)
                free(a->v[i]);
        free(a->v);
}

static int verb_list(int argc, char *argv[]) {
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        _cleanup_free_ TraceInfo *traces = NULL;
        _cleanup_(str_array_done) StrArray syscalls = {};
        size_t n, cgroup_width = strlen("CGROUP");
        bool any_filter = false;
        sd_bus *bus;
        int r;

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;
        if (!traceloopd_running(bus)) {
                log_notice("traceloopd is not running; it holds no traces.");
                return 0;
        }
        r = list_traces(bus, &reply, &traces, &n);
        if (r < 0)
                return r;

        /* Each trace's Syscalls property: a column only when some trace records some syscalls only. */
        syscalls.v = calloc(n + 1, sizeof(char *));
        if (!syscalls.v)
                return log_oom();
        syscalls.n = n;
        for (size_t i = 0; i < n; i++) {
                _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
                _cleanup_free_ char *path = NULL;

                if (asprintf(&path, TRACELOOP_TRACE_PATH_PREFIX "/%" PRIu64, traces[i].id) < 0)
                        return log_oom();
                /* a trace gone in between, or a bus policy that hides it: no filter shown */
                if (sd_bus_get_property_string(bus, TRACELOOP_BUS_NAME, path, TRACELOOP_TRACE_INTERFACE, "Syscalls",
                                               &e, &syscalls.v[i]) < 0)
                        syscalls.v[i] = NULL;
                if (syscalls.v[i] && syscalls.v[i][0])
                        any_filter = true;
        }
        for (size_t i = 0; i < n && any_filter; i++)
                cgroup_width = MAX(cgroup_width, strlen(traces[i].cgroup));

        if (any_filter)
                printf("%-4s %-32s %-9s %10s %10s %10s  %-*s  %s\n", "ID", "NAME", "STATE", "EVENTS", "LOST", "BYTES",
                       (int) cgroup_width, "CGROUP", "SYSCALLS");
        else
                printf("%-4s %-32s %-9s %10s %10s %10s  %s\n", "ID", "NAME", "STATE", "EVENTS", "LOST", "BYTES",
                       "CGROUP");
        for (size_t i = 0; i < n; i++) {
                const TraceInfo *t = &traces[i];

                if (any_filter)
                        printf("%-4" PRIu64 " %-32s %-9s %10" PRIu64 " %10" PRIu64 " %10" PRIu64 "  %-*s  %s\n",
                               t->id, t->name, t->state, t->events, t->lost, t->bytes, (int) cgroup_width, t->cgroup,
                               syscalls.v[i] && syscalls.v[i][0] ? syscalls.v[i] : "all");
                else
                        printf("%-4" PRIu64 " %-32s %-9s %10" PRIu64 " %10" PRIu64 " %10" PRIu64 "  %s\n",
                               t->id, t->name, t->state, t->events, t->lost, t->bytes, t->cgroup);
        }

        printf("\n%zu traces listed.\n", n);
        return 0;
}

static int verb_add(int argc, char *argv[]) {
        sd_bus *bus;
        int r;

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;
        return add_cgroup(bus, argv[1], argv[2]);
}

static int verb_add_current_cgroup(int argc, char *argv[]) {
        _cleanup_free_ char *cgroup = NULL;
        sd_bus *bus;
        int r;

        r = get_own_cgroup(&cgroup);
        if (r == -ENOMEDIUM)
                return log_error_errno(r, "Failed to find the cgroup traceloopctl runs in: no cgroup2 "
                                       "hierarchy (no \"0::\" line in /proc/self/cgroup).");
        if (r < 0)
                return log_error_errno(r, "Failed to read /proc/self/cgroup: %m");

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;
        return add_cgroup(bus, argv[1], cgroup);
}

/* The original project's *-id verbs take only ids, its *-name verbs only
 * names, even names that look like ids; the others take either. */
static int resolve_trace_of_verb(sd_bus *bus, const char *verb, const char *arg, uint64_t *ret_id) {
        if (endswith(verb, "-id"))
                return parse_trace_id(arg, ret_id);
        if (endswith(verb, "-name"))
                return get_trace_by_name(bus, arg, ret_id);
        return resolve_trace(bus, arg, ret_id);
}

static int verb_dump(int argc, char *argv[]) {
        sd_bus *bus;
        uint64_t id;
        int r;

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;

        r = resolve_trace_of_verb(bus, argv[0], argv[1], &id);
        if (r < 0)
                return r;

        return dump_trace_id(bus, id);
}

static int verb_close(int argc, char *argv[]) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        sd_bus *bus;
        uint64_t id;
        int r;

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;

        r = resolve_trace_of_verb(bus, argv[0], argv[1], &id);
        if (r < 0)
                return r;

        r = close_trace_id(bus, id, &e);
        if (r < 0)
                return fail(&e, r, "Failed to close trace");
        return 0;
}

static int verb_set_syscalls(int argc, char *argv[]) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        sd_bus *bus;
        uint64_t id;
        int r;

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;
        r = resolve_trace(bus, argv[1], &id);
        if (r < 0)
                return r;

        r = sd_bus_call_method(bus, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH, TRACELOOP_MANAGER_INTERFACE,
                               "SetSyscalls", &e, NULL, "ts", id, argv[2]);
        if (r < 0)
                return fail(&e, r, "Failed to set the syscalls of trace %s", argv[1]);
        return 0;
}

static int verb_enable(int argc, char *argv[]) {
        _cleanup_free_ char *text = NULL, *syscalls = NULL;
        sd_bus *systemd, *bus;
        int r, ret = 0;
        bool written = false;

        r = check_service_names(argc - 1, argv + 1);
        if (r < 0)
                return r;
        if (arg_timestamps)
                return usage_error("--timestamps= cannot be enabled per unit; traceloopd's own --timestamps= applies.");
        if (arg_trace_syscalls) {
                _cleanup_free_ char *bad = NULL;
                struct tl_syscall_filter filter;

                /* Checked here, and written canonical (names and commas): the
                 * drop-in's add-unit must not fail on a typo at each start,
                 * and systemd must find nothing to expand in it. */
                r = syscall_filter_parse(arg_trace_syscalls, &filter, &bad);
                if (r == -EINVAL)
                        return usage_error("Invalid --syscalls=%s: \"%s\" selects no system call.",
                                           arg_trace_syscalls, bad ?: "");
                if (r < 0)
                        return log_oom();
                if (r == 0) {
                        r = syscall_filter_to_string(&filter, &syscalls);
                        if (r < 0)
                                return log_oom();
                }
        }

        r = dropin_text(BINDIR, arg_buffer_size_string, syscalls, &text);
        if (r < 0)
                return log_error_errno(r, "Failed to make the drop-in for %s: %m", BINDIR "/traceloopctl");

        for (int i = 1; i < argc; i++) {
                _cleanup_free_ char *dir = NULL, *file = NULL;

                r = dropin_paths(argv[i], arg_runtime, &dir, &file);
                if (r < 0)
                        return log_oom();
                r = dropin_write(dir, file, text);
                if (r < 0) {
                        ret = log_error_errno(r, "Failed to write %s: %m", file);
                        break;
                }
                printf("Created %s.\n", file);
                written = true;
        }
        /* What was written takes effect, even if something else could not be. */
        if (written) {
                r = daemon_reload();
                if (r < 0)
                        return r;
        }
        if (ret < 0 || !arg_now)
                return ret;

        r = acquire_bus(BUS_SYSTEMD, &systemd);
        if (r < 0)
                return r;

        for (int i = 1; i < argc; i++) {
                _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
                uint64_t id;

                r = unit_is_running(systemd, argv[i]);
                if (r < 0) {
                        ret = r;
                        continue;
                }
                if (r == 0) {
                        log_debug("%s is not running; its next start is traced.", argv[i]);
                        continue;
                }

                r = acquire_bus(BUS_TRACELOOP, &bus);
                if (r < 0)
                        return r;
                r = add_unit(bus, argv[i], arg_buffer_size > 0 || arg_trace_syscalls, &e, &id);
                /* It stopped since we asked systemd: its next start is traced. */
                if (r < 0 && sd_bus_error_has_name(&e, BUS_ERROR_UNIT_NOT_ACTIVE))
                        continue;
                if (r < 0) {
                        ret = fail(&e, r, "Failed to trace the running %s", argv[i]);
                        continue;
                }
                log_debug("Tracing the running %s in trace %" PRIu64 ".", argv[i], id);
        }
        return ret;
}

static int verb_disable(int argc, char *argv[]) {
        sd_bus *bus;
        int r, ret = 0;

        r = check_service_names(argc - 1, argv + 1);
        if (r < 0)
                return r;

        for (int i = 1; i < argc; i++) {
                _cleanup_free_ char *dir = NULL, *file = NULL;

                r = dropin_paths(argv[i], arg_runtime, &dir, &file);
                if (r < 0)
                        return log_oom();
                r = dropin_remove(dir, file);
                if (r < 0) {
                        ret = log_error_errno(r, "Failed to remove %s: %m", file);
                        break;
                }
                /* A unit that was not enabled is no error, as for systemctl disable. */
                if (r > 0)
                        printf("Removed %s.\n", file);
        }
        r = daemon_reload();
        if (r < 0)
                return r;
        if (ret < 0 || !arg_now)
                return ret;

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;
        for (int i = 1; i < argc; i++) {
                _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
                _cleanup_(sd_bus_message_unrefp) sd_bus_message *m = NULL;

                r = sd_bus_message_new_method_call(bus, &m, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH,
                                                   TRACELOOP_MANAGER_INTERFACE, "RemoveUnit");
                if (r >= 0)
                        r = sd_bus_message_append(m, "s", argv[i]);
                /* A traceloopd that does not run records nothing: no need to start it to hear that. */
                if (r >= 0)
                        r = sd_bus_message_set_auto_start(m, false);
                if (r < 0)
                        return log_error_errno(r, "Failed to create bus message: %m");

                r = sd_bus_call(bus, m, 0, &e, NULL);
                /* Not traced, not running, or no traceloopd: nothing to stop. */
                if (r < 0 && sd_bus_error_has_names(&e, BUS_ERROR_NO_SUCH_TRACE, BUS_ERROR_NO_SUCH_UNIT,
                                                    BUS_ERROR_UNIT_NOT_ACTIVE,
                                                    "org.freedesktop.DBus.Error.ServiceUnknown",
                                                    "org.freedesktop.DBus.Error.NameHasNoOwner"))
                        continue;
                if (r < 0)
                        ret = fail(&e, r, "Failed to stop tracing %s", argv[i]);
        }
        return ret;
}

static int verb_add_unit(int argc, char *argv[]) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        sd_bus *bus;
        uint64_t id;
        int r;

        r = check_unit_name(argv[1]);
        if (r < 0)
                return r;
        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;

        /* ExecStartPre= runs this before each start of an enabled unit: one call, nothing else. */
        r = add_unit(bus, argv[1], true, &e, &id);
        if (r < 0)
                return fail(&e, r, "Failed to trace %s", argv[1]);

        printf("%" PRIu64 "\n", id);
        return 0;
}

/* add-current-cgroup-sd [UNIT [INVOCATION]]: the original took both, from
 * ExecStartPre=... "%n" "$INVOCATION_ID"; AddUnit finds the invocation itself,
 * so the second one is only checked. Without them, the unit is the one whose
 * cgroup traceloopctl runs in. */
static int verb_add_current_cgroup_sd(int argc, char *argv[]) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_free_ char *cgroup = NULL;
        const char *unit;
        char invocation[33];
        sd_bus *bus;
        uint64_t id;
        int r;

        if (argc > 1) {
                unit = argv[1];
                r = check_unit_name(unit);
                if (r < 0)
                        return r;
                if (argc > 2 && !parse_invocation(argv[2], invocation))
                        return usage_error("Invalid invocation ID \"%s\".", argv[2]);
        } else {
                const char *slash;

                r = get_own_cgroup(&cgroup);
                if (r == -ENOMEDIUM)
                        return log_error_errno(r, "Failed to find the cgroup traceloopctl runs in: no cgroup2 "
                                               "hierarchy (no \"0::\" line in /proc/self/cgroup).");
                if (r < 0)
                        return log_error_errno(r, "Failed to read /proc/self/cgroup: %m");

                slash = strrchr(cgroup, '/');
                unit = slash ? slash + 1 : cgroup;
                /* systemd prefixes a '_' to cgroup names that could clash with the kernel's. */
                if (unit[0] == '_')
                        unit++;
                if (!unit_name_is_valid(unit) || !(unit_has_type(unit, ".service") || unit_has_type(unit, ".scope")))
                        return log_error_errno(-ENXIO, "traceloopctl runs in cgroup %s, which is not a service's or "
                                               "a scope's; name the unit: add-unit UNIT.", cgroup);
        }

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;
        r = add_unit(bus, unit, true, &e, &id);
        if (r < 0)
                return fail(&e, r, "Failed to trace %s", unit);

        printf("%" PRIu64 "\n", id);
        return 0;
}

static int verb_units(int argc, char *argv[]) {
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        _cleanup_free_ TraceInfo *traces = NULL;
        size_t n_traces, n = 0, n_units = 0;
        int width = (int) strlen("UNIT");
        sd_bus *bus;
        int r;

        for (int i = 1; i < argc; i++) {
                r = check_unit_name(argv[i]);
                if (r < 0)
                        return r;
        }

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;
        if (!traceloopd_running(bus)) {
                log_notice("traceloopd is not running; it holds no traces.");
                return 0;
        }
        r = list_traces(bus, &reply, &traces, &n_traces);
        if (r < 0)
                return r;

        /* Only the traces of units, of the units asked for. */
        for (size_t i = 0; i < n_traces; i++) {
                bool wanted = argc <= 1;

                if (traces[i].unit[0] == 0)
                        continue;
                for (int j = 1; j < argc && !wanted; j++)
                        wanted = streq(traces[i].unit, argv[j]);
                if (!wanted)
                        continue;

                traces[n++] = traces[i];
                width = MAX(width, (int) strlen(traces[i].unit));
        }
        qsort(traces, n, sizeof(TraceInfo), trace_info_compare_unit);

        printf("%-*s %-32s %-4s %-9s %10s %10s\n", width, "UNIT", "INVOCATION", "ID", "STATE", "EVENTS", "LOST");
        for (size_t i = 0; i < n; i++) {
                const TraceInfo *t = &traces[i];

                if (i == 0 || !streq(t->unit, traces[i - 1].unit))
                        n_units++;
                printf("%-*s %-32s %-4" PRIu64 " %-9s %10" PRIu64 " %10" PRIu64 "\n",
                       width, t->unit, t->invocation[0] == 0 ? "-" : t->invocation, t->id, t->state,
                       t->events, t->lost);
        }

        printf("\n%zu invocations of %zu units listed.\n", n, n_units);
        return 0;
}

static int verb_dump_unit(int argc, char *argv[]) {
        _cleanup_free_ uint64_t *ids = NULL;
        UnitPick pick;
        sd_bus *bus;
        size_t n;
        int r;

        r = check_unit_name(argv[1]);
        if (r < 0)
                return r;
        r = parse_unit_pick(argc > 2 ? argv[2] : NULL, false, &pick);
        if (r < 0)
                return r;

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;
        r = pick_unit_traces(bus, argv[1], &pick, &ids, &n);
        if (r < 0)
                return r;

        return dump_trace_id(bus, ids[0]);
}

static int verb_close_unit(int argc, char *argv[]) {
        _cleanup_free_ uint64_t *ids = NULL;
        UnitPick pick;
        sd_bus *bus;
        size_t n;
        int r, ret = 0;

        r = check_unit_name(argv[1]);
        if (r < 0)
                return r;
        r = parse_unit_pick(argc > 2 ? argv[2] : NULL, true, &pick);
        if (r < 0)
                return r;

        r = acquire_bus(BUS_TRACELOOP, &bus);
        if (r < 0)
                return r;
        r = pick_unit_traces(bus, argv[1], &pick, &ids, &n);
        if (r < 0)
                return r;

        for (size_t i = 0; i < n; i++) {
                _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;

                r = close_trace_id(bus, ids[i], &e);
                /* Dropped by the retention settings since we listed it: what we wanted. */
                if (r < 0 && pick.all && sd_bus_error_has_name(&e, BUS_ERROR_NO_SUCH_TRACE))
                        continue;
                if (r < 0)
                        ret = fail(&e, r, "Failed to close trace %" PRIu64, ids[i]);
        }
        return ret;
}

typedef struct Verb {
        const char *name;
        int min_args, max_args; /* including the verb */
        int (*run)(int argc, char *argv[]);
} Verb;

static const Verb verbs[] = {
        { "status",                1, 1,       verb_status                },
        { "list",                  1, 1,       verb_list                  },
        { "add",                   3, 3,       verb_add                   },
        { "dump",                  2, 2,       verb_dump                  },
        { "close",                 2, 2,       verb_close                 },
        { "set-syscalls",          3, 3,       verb_set_syscalls          },
        { "enable",                2, INT_MAX, verb_enable                },
        { "disable",               2, INT_MAX, verb_disable               },
        { "add-unit",              2, 2,       verb_add_unit              },
        { "units",                 1, INT_MAX, verb_units                 },
        { "dump-unit",             2, 3,       verb_dump_unit             },
        { "close-unit",            2, 3,       verb_close_unit            },
        /* The verbs of the original traceloop's traceloopctl, so that its users' scripts and
         * ExecStartPre= lines keep working. */
        { "list-all",              1, 1,       verb_list                  },
        { "dump-id",               2, 2,       verb_dump                  },
        { "dump-name",             2, 2,       verb_dump                  },
        { "close-id",              2, 2,       verb_close                 },
        { "close-name",            2, 2,       verb_close                 },
        { "add-current-cgroup",    2, 2,       verb_add_current_cgroup    },
        { "list-sd-units",         1, INT_MAX, verb_units                 },
        { "list-sd-traces",        1, INT_MAX, verb_units                 },
        { "dump-sd",               2, 3,       verb_dump_unit             },
        { "close-sd",              2, 3,       verb_close_unit            },
        { "add-current-cgroup-sd", 1, 3,       verb_add_current_cgroup_sd },
};

static void help(void) {
        printf("%s [OPTIONS...] COMMAND ...\n\n"
               "Control traceloopd, the syscall flight recorder.\n\n"
               "Commands:\n"
               "  status                  Show whether traceloopd runs and its buffer use\n"
               "  list                    List traces\n"
               "  add NAME CGROUP         Record the syscalls of CGROUP (as systemd prints it,\n"
               "                          e.g. /system.slice/foo.service) and its descendants\n"
               "  dump ID|NAME            Print the syscalls a trace holds, oldest first\n"
               "  close ID|NAME           Stop recording and free the trace's buffer\n"
               "  set-syscalls ID|NAME LIST\n"
               "                          Record only these system calls from now on (as\n"
               "                          --syscalls=; \"\" or all: every one)\n\n"
               "Unit Commands:\n"
               "  enable UNIT...          Record each start of these services from its first\n"
               "                          syscall on (writes a drop-in, reloads systemd)\n"
               "  disable UNIT...         Remove that drop-in again and reload systemd\n"
               "  add-unit UNIT           Record the current invocation of UNIT (what the\n"
               "                          drop-in runs in ExecStartPre=)\n"
               "  units [UNIT...]         List the traces of units, one per invocation\n"
               "  dump-unit UNIT [INVOCATION|-N]\n"
               "                          Print the trace of an invocation of UNIT: its\n"
               "                          invocation ID, or -N for the Nth newest (default -1)\n"
               "  close-unit UNIT [INVOCATION|-N|all]\n"
               "                          Close the trace of an invocation of UNIT, or all\n\n"
               "Compatibility aliases (the original traceloop's commands):\n"
               "  list-all, dump-id ID, dump-name NAME, close-id ID, close-name NAME,\n"
               "  add-current-cgroup NAME (add the cgroup traceloopctl runs in),\n"
               "  list-sd-units, list-sd-traces [UNIT] (= units), dump-sd (= dump-unit),\n"
               "  close-sd (= close-unit), add-current-cgroup-sd [UNIT [INVOCATION]]\n"
               "  (= add-unit; the unit whose cgroup traceloopctl runs in if none is given)\n\n"
               "Options:\n"
               "  -h --help               Show this help\n"
               "     --version            Show package version\n"
               "     --bus=ADDRESS        Talk to traceloopd on this D-Bus address\n"
               "                          (default: the system bus, or $DBUS_SYSTEM_BUS_ADDRESS)\n"
               "  -o --format=FORMAT      dump: text (strace-like, default), strace (exactly as\n"
               "                          strace -f lays it out), table (CPU PID COMM SYSCALL\n"
               "                          PARAMS RET columns) or json (one object a line)\n"
               "     --no-columns         dump: only the calls, without time, cpu, tid and comm\n"
               "  -n --last=N             dump: only the last N syscalls\n"
               "  -p --pid=PID[,PID...]   dump: only these processes or threads\n"
               "  -e --syscall=SET        dump: only these system calls, as strace -e trace=SET:\n"
               "                          names, %%file, %%network and strace's other classes,\n"
               "                          /regex, a leading ! negates, a later !NAME removes\n"
               "  -Z --failed             dump: only calls that failed (strace -Z)\n"
               "  -z --successful         dump: only calls that succeeded (strace -z)\n"
               "  -c --summary            dump: count calls, errors and time per syscall (strace -c)\n"
               "  -T --syscall-times      dump: the time each call took (strace -T)\n"
               "  -t --absolute-timestamps[=time|precise|unix]\n"
               "                          dump: the time of day before each line; -tt with\n"
               "                          microseconds, -ttt seconds since the epoch (strace -t)\n"
               "  -r --relative-timestamps\n"
               "                          dump: the time since the previous line (strace -r)\n"
               "  -y --decode-fds         dump: file descriptors with their paths (strace -y)\n"
               "  -s --string-limit=N     dump: show at most N bytes of each buffer (default 32)\n"
               "     --buffer-size=BYTES  add, add-unit, enable: ring buffer for this trace\n"
               "                          (suffixes K, M, G; default: traceloopd's --buffer-size)\n"
               "     --timestamps=CLOCK   add, add-unit: tick (the kernel tick, cheapest) or precise\n"
               "                          (a clock read per syscall; default: traceloopd's)\n"
               "     --syscalls=LIST      add, add-unit, enable: record only these system calls, as strace\n"
               "                          -e trace= takes them (openat,close or %%file,%%network)\n"
               "     --runtime            enable, disable: in /run, until the next reboot\n"
               "     --now                enable: also record the running invocation now;\n"
               "                          disable: also stop recording it\n\n"
               "Exit status: 0 on success, 1 on failure, 2 on wrong usage, 3 if traceloopd is not running\n"
               "(status), 4 if no such trace or unit.\n",
               program_invocation_short_name);
}

static int parse_argv(int argc, char *argv[]) {
        enum {
                ARG_VERSION = 0x100,
                ARG_BUS,
                ARG_NO_COLUMNS,
                ARG_BUFFER_SIZE,
                ARG_TIMESTAMPS,
                ARG_SYSCALLS,
                ARG_RUNTIME,
                ARG_NOW,
                ARG_ABSOLUTE,
        };
        static const struct option options[] = {
                { "help",         no_argument,       NULL, 'h'             },
                { "version",      no_argument,       NULL, ARG_VERSION     },
                { "bus",          required_argument, NULL, ARG_BUS         },
                { "format",       required_argument, NULL, 'o'             },
                { "no-columns",   no_argument,       NULL, ARG_NO_COLUMNS  },
                { "last",         required_argument, NULL, 'n'             },
                { "pid",          required_argument, NULL, 'p'             },
                { "syscall",      required_argument, NULL, 'e'             },
                { "string-limit", required_argument, NULL, 's'             },
                { "failed",       no_argument,       NULL, 'Z'             },
                { "successful",   no_argument,       NULL, 'z'             },
                { "summary",      no_argument,       NULL, 'c'             },
                { "syscall-times", no_argument,      NULL, 'T'             },
                { "absolute-timestamps", optional_argument, NULL, ARG_ABSOLUTE },
                { "relative-timestamps", no_argument, NULL, 'r'            },
                { "decode-fds",   no_argument,       NULL, 'y'             },
                { "buffer-size",  required_argument, NULL, ARG_BUFFER_SIZE },
                { "timestamps",   required_argument, NULL, ARG_TIMESTAMPS  },
                { "syscalls",     required_argument, NULL, ARG_SYSCALLS    },
                { "runtime",      no_argument,       NULL, ARG_RUNTIME     },
                { "now",          no_argument,       NULL, ARG_NOW         },
                {}
        };
        unsigned n_t = 0;
        uint64_t v;
        int c;

        while ((c = getopt_long(argc, argv, "ho:n:p:e:s:ZzcTtry", options, NULL)) >= 0)
                switch (c) {
                case 'h':
                        help();
                        return 0;
                case ARG_VERSION:
                        printf("traceloopctl %s\n", PACKAGE_VERSION);
                        return 0;
                case ARG_BUS:
                        arg_bus = optarg;
                        break;
                case 'o':
                        if (!streq(optarg, "text") && !streq(optarg, "json") && !streq(optarg, "strace") &&
                            !streq(optarg, "table"))
                                return log_error_errno(-EINVAL, "Unknown format \"%s\"; use text, strace, table or json.",
                                                       optarg);
                        arg_format = optarg;
                        break;
                case ARG_NO_COLUMNS:
                        arg_columns = false;
                        break;
                case ARG_BUFFER_SIZE:
                        if (parse_size(optarg, &arg_buffer_size) < 0 || arg_buffer_size == 0)
                                return log_error_errno(-EINVAL, "Invalid --buffer-size=%s.", optarg);
                        arg_buffer_size_string = optarg;
                        break;
                case ARG_TIMESTAMPS:
                        if (!streq(optarg, "tick") && !streq(optarg, "precise"))
                                return log_error_errno(-EINVAL, "Invalid --timestamps=%s; use tick or precise.", optarg);
                        arg_timestamps = optarg;
                        break;
                case ARG_SYSCALLS:
                        /* Checked by traceloopd, which knows the names of this machine's syscalls. */
                        arg_trace_syscalls = optarg;
                        break;
                case ARG_RUNTIME:
                        arg_runtime = true;
                        break;
                case ARG_NOW:
                        arg_now = true;
                        break;
                case 'n':
                        if (parse_u64(optarg, &arg_last) < 0)
                                return log_error_errno(-EINVAL, "Invalid --last=%s.", optarg);
                        break;
                case 'p':
                        arg_pids = optarg;
                        break;
                case 'e':
                        /* strace's own spelling works too: -e trace=%file */
                        arg_syscalls = strncmp(optarg, "trace=", 6) == 0 ? optarg + 6 : optarg;
                        if (isempty(arg_syscalls))
                                return log_error_errno(-EINVAL, "Empty --syscall=.");
                        break;
                case 'Z':
                        arg_failed = true;
                        break;
                case 'z':
                        arg_successful = true;
                        break;
                case 'c':
                        arg_summary = true;
                        break;
                case 'T':
                        arg_durations = true;
                        break;
                case 't':
                        /* -t, -tt, -ttt as strace counts them */
                        n_t++;
                        arg_absolute = n_t == 1 ? "time" : n_t == 2 ? "precise" : "unix";
                        break;
                case ARG_ABSOLUTE:
                        if (!optarg)
                                arg_absolute = "time";
                        else if (streq(optarg, "time") || streq(optarg, "precise") || streq(optarg, "unix"))
                                arg_absolute = optarg;
                        else
                                return log_error_errno(-EINVAL, "Invalid --absolute-timestamps=%s; use time, precise or unix.",
                                                       optarg);
                        break;
                case 'r':
                        arg_relative = true;
                        break;
                case 'y':
                        arg_fd_paths = true;
                        break;
                case 's':
                        if (parse_u64(optarg, &v) < 0 || v == 0 || v > UINT32_MAX)
                                return log_error_errno(-EINVAL, "Invalid --string-limit=%s.", optarg);
                        arg_string_max = (uint32_t) v;
                        break;
                default:
                        return -EINVAL;
                }
        if (arg_failed && arg_successful)
                return log_error_errno(-EINVAL, "--failed and --successful exclude each other.");
        return 1;
}

/* "dump-unit foo.service -1" (the newest invocation, as the original
 * traceloopctl wrote it) would be an option "-1" for getopt, and options may
 * follow the arguments ("dump-unit foo.service -1 -n 3"). No option is a
 * digit, so such words are moved behind a "--", in their order, where getopt
 * leaves them as arguments after the others. Not when the word is the value
 * of an option ("-n -1" stays wrong as it is), nor if there is a "--" already. */
static bool is_negative_number_argument(char *argv[], int i) {
        static const char *const with_value[] = { "-o", "-n", "-p", "-e", "-s", "--bus", "--format", "--last",
                                                  "--pid", "--syscall", "--string-limit", "--buffer-size",
                                                  "--timestamps", "--syscalls" };
        uint64_t v;

        if (argv[i][0] != '-' || parse_u64(argv[i] + 1, &v) < 0)
                return false;
        for (size_t j = 0; j < ELEMENTSOF(with_value); j++)
                if (streq(argv[i - 1], with_value[j]))
                        return false;
        return true;
}

static int move_numbers_behind_dashdash(int argc, char *argv[], char ***ret) {
        _cleanup_free_ char **moved = NULL;
        int n_numbers = 0, k = 0;

        for (int i = 1; i < argc; i++) {
                if (streq(argv[i], "--"))
                        return 0;
                if (is_negative_number_argument(argv, i))
                        n_numbers++;
        }
        if (n_numbers == 0)
                return 0;

        moved = calloc(argc + 2, sizeof(char *));
        if (!moved)
                return -ENOMEM;

        moved[k++] = argv[0];
        for (int i = 1; i < argc; i++)
                if (!is_negative_number_argument(argv, i))
                        moved[k++] = argv[i];
        moved[k++] = (char *) "--";
        for (int i = 1; i < argc; i++)
                if (is_negative_number_argument(argv, i))
                        moved[k++] = argv[i];

        *ret = TAKE_PTR(moved);
        return k;
}

static void buses_done(void) {
        for (size_t i = 0; i < _BUS_FOCUS_MAX; i++)
                buses[i] = sd_bus_flush_close_unref(buses[i]);
}

int main(int argc, char *argv[]) {
        _cleanup_free_ char **moved = NULL;
        const Verb *verb = NULL;
        int r, n;

        log_parse_environment();

        r = move_numbers_behind_dashdash(argc, argv, &moved);
        if (r < 0) {
                log_oom();
                return EXIT_FAILURE;
        }
        if (r > 0) {
                argc = r;
                argv = moved;
        }

        r = parse_argv(argc, argv);
        if (r < 0)
                return EXIT_USAGE;
        if (r == 0)
                return EXIT_SUCCESS;

        n = argc - optind;
        if (n < 1) {
                log_error("No command given; see %s --help.", program_invocation_short_name);
                return EXIT_USAGE;
        }
        for (size_t i = 0; i < ELEMENTSOF(verbs); i++)
                if (streq(verbs[i].name, argv[optind]))
                        verb = &verbs[i];
        if (!verb) {
                log_error("Unknown command \"%s\"; see %s --help.", argv[optind], program_invocation_short_name);
                return EXIT_USAGE;
        }
        if (n < verb->min_args || n > verb->max_args) {
                log_error("Wrong number of arguments for \"%s\"; see %s --help.", verb->name, program_invocation_short_name);
                return EXIT_USAGE;
        }

        r = verb->run(n, argv + optind);
        buses_done();
        return r < 0 ? exit_status : EXIT_SUCCESS;
}
