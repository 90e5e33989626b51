/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <systemd/sd-bus.h>

#include "bus-util.h"
#include "config.h"
#include "log.h"
#include "macro.h"
#include "parse-util.h"

/* Exit codes, as systemctl uses them: 1 for a failed operation, 2 for wrong
 * usage, 4 when the named trace does not exist (LSB "no such program"). */
#define EXIT_USAGE 2
#define EXIT_NOT_FOUND 4

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
static uint64_t arg_buffer_size = 0;
static const char *arg_timestamps = NULL;


static int error_to_exit(const sd_bus_error *e, int r) {
        if (sd_bus_error_has_name(e, BUS_ERROR_NO_SUCH_TRACE))
                return EXIT_NOT_FOUND;
        if (sd_bus_error_has_names(e, BUS_ERROR_INVALID_NAME, BUS_ERROR_INVALID_CGROUP, BUS_ERROR_INVALID_OPTION,
                                   "org.freedesktop.DBus.Error.InvalidArgs"))
                return EXIT_USAGE;
        return EXIT_FAILURE;
}

static int fail(const sd_bus_error *e, int r, const char *what) {
        exit_status = error_to_exit(e, r);
        if (sd_bus_error_is_set(e)) {
                log_error("%s: %s", what, e->message ?: e->name);
                return -EIO;
        }
        return log_error_errno(r, "%s: %m", what);
}

static int connect_bus(sd_bus **ret) {
        _cleanup_(sd_bus_flush_close_unrefp) sd_bus *bus = NULL;
        int r;

        if (arg_bus) {
                r = sd_bus_new(&bus);
                if (r < 0)
                        return r;
                r = sd_bus_set_address(bus, arg_bus);
                if (r < 0)
                        {
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

/* "5" is an id; anything else is a name, looked up with GetTrace. */
static int resolve_trace(sd_bus *bus, const char *s, uint64_t *ret_id) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        const char *path;
        int r;

        if (parse_u64(s, ret_id) >= 0)
                return 0;

        r = sd_bus_call_method(bus, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH, TRACELOOP_MANAGER_INTERFACE,
                               "GetTrace", &e, &reply, "s", s);
        if (r < 0)
                return fail(&e, r, "Failed to look up trace");
        r = sd_bus_message_read(reply, "to", ret_id, &path);
        if (r < 0)
                return log_error_errno(r, "Failed to parse reply: %m");
        return 0;
}

static int verb_status(sd_bus *bus, int argc, char *argv[]) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_free_ char *version = NULL;
        uint64_t pool = 0, used = 0, buffer = 0;
        uint32_t n = 0, capture = 0, max = 0;
        int r;

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

static int verb_list(sd_bus *bus, int argc, char *argv[]) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        const char *name, *unit, *invocation, *cgroup, *state;
        uint64_t id, events, lost, bytes;
        unsigned n = 0;
        int r;

        r = sd_bus_call_method(bus, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH, TRACELOOP_MANAGER_INTERFACE,
                               "ListTraces", &e, &reply, NULL);
        if (r < 0)
                return fail(&e, r, "Failed to list traces");

        r = sd_bus_message_enter_container(reply, 'a', "(tsssssttt)");
        if (r < 0)
                return log_error_errno(r, "Failed to parse reply: %m");

        printf("%-4s %-32s %-9s %10s %10s %10s  %s\n", "ID", "NAME", "STATE", "EVENTS", "LOST", "BYTES", "CGROUP");
        while ((r = sd_bus_message_read(reply, "(tsssssttt)", &id, &name, &unit, &invocation, &cgroup, &state,
                                        &events, &lost, &bytes)) > 0) {
                printf("%-4" PRIu64 " %-32s %-9s %10" PRIu64 " %10" PRIu64 " %10" PRIu64 "  %s\n",
                       id, name, state, events, lost, bytes, cgroup);
                n++;
        }
        if (r < 0)
                return log_error_errno(r, "Failed to parse reply: %m");

        printf("\n%u traces listed.\n", n);
        return 0;
}

static int verb_add(sd_bus *bus, int argc, char *argv[]) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *m = NULL, *reply = NULL;
        const char *path;
        uint64_t id;
        int r;

        r = sd_bus_message_new_method_call(bus, &m, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH,
                                           TRACELOOP_MANAGER_INTERFACE, "AddCgroupWithOptions");
        if (r < 0)
                return log_error_errno(r, "Failed to create bus message: %m");
        r = sd_bus_message_append(m, "ss", argv[1], argv[2]);
        if (r >= 0)
                r = sd_bus_message_open_container(m, 'a', "{sv}");
        /* What is not given is left to the daemon's defaults. */
        if (r >= 0 && arg_buffer_size > 0)
                r = sd_bus_message_append(m, "{sv}", "BufferSize", "t", arg_buffer_size);
        if (r >= 0 && arg_timestamps)
                r = sd_bus_message_append(m, "{sv}", "Timestamps", "s", arg_timestamps);
        if (r >= 0)
                r = sd_bus_message_close_container(m);
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

static int verb_dump(sd_bus *bus, int argc, char *argv[]) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *m = NULL, *reply = NULL;
        uint64_t id;
        char buf[65536];
        int fd, r;

        r = resolve_trace(bus, argv[1], &id);
        if (r < 0)
                return r;

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

static int verb_close(sd_bus *bus, int argc, char *argv[]) {
        _cleanup_(sd_bus_error_free) sd_bus_error e = SD_BUS_ERROR_NULL;
        uint64_t id;
        int r;

        r = resolve_trace(bus, argv[1], &id);
        if (r < 0)
                return r;
        r = sd_bus_call_method(bus, TRACELOOP_BUS_NAME, TRACELOOP_MANAGER_PATH, TRACELOOP_MANAGER_INTERFACE,
                               "Close", &e, NULL, "t", id);
        if (r < 0)
                return fail(&e, r, "Failed to close trace");
        return 0;
}

typedef struct Verb {
        const char *name;
        int min_args, max_args; /* including the verb */
        int (*run)(sd_bus *bus, int argc, char *argv[]);
} Verb;

static const Verb verbs[] = {
        { "status", 1, 1, verb_status },
        { "list",   1, 1, verb_list   },
        { "add",    3, 3, verb_add    },
        { "dump",   2, 2, verb_dump   },
        { "close",  2, 2, verb_close  },
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
               "  close ID|NAME           Stop recording and free the trace's buffer\n\n"
               "Options:\n"
               "  -h --help               Show this help\n"
               "     --version            Show package version\n"
               "     --bus=ADDRESS        Talk to traceloopd on this D-Bus address\n"
               "                          (default: the system bus, or $DBUS_SYSTEM_BUS_ADDRESS)\n"
               "  -o --format=FORMAT      dump: text (strace-like, default) or json (one object a line)\n"
               "     --no-columns         dump: only the calls, without time, cpu, tid and comm\n"
               "  -n --last=N             dump: only the last N syscalls\n"
               "  -p --pid=PID[,PID...]   dump: only these processes or threads\n"
               "  -e --syscall=NAME[,...] dump: only these system calls\n"
               "  -s --string-limit=N     dump: show at most N bytes of each buffer (default 32)\n"
               "     --buffer-size=BYTES  add: ring buffer for this trace (suffixes K, M, G;\n"
               "                          default: traceloopd's --buffer-size)\n"
               "     --timestamps=CLOCK   add: tick (the kernel tick, cheapest) or precise\n"
               "                          (a clock read per syscall; default: traceloopd's)\n\n"
               "Exit status: 0 on success, 1 on failure, 2 on wrong usage, 4 if no such trace.\n",
               program_invocation_short_name);
}

static int parse_argv(int argc, char *argv[]) {
        enum {
                ARG_VERSION = 0x100,
                ARG_BUS,
                ARG_NO_COLUMNS,
                ARG_BUFFER_SIZE,
                ARG_TIMESTAMPS,
        };
        static const struct option options[] = {
                { "help",         no_argument,       NULL, 'h'            },
                { "version",      no_argument,       NULL, ARG_VERSION    },
                { "bus",          required_argument, NULL, ARG_BUS        },
                { "format",       required_argument, NULL, 'o'            },
                { "no-columns",   no_argument,       NULL, ARG_NO_COLUMNS },
                { "last",         required_argument, NULL, 'n'            },
                { "pid",          required_argument, NULL, 'p'            },
                { "syscall",      required_argument, NULL, 'e'            },
                { "string-limit", required_argument, NULL, 's'            },
                { "buffer-size",  required_argument, NULL, ARG_BUFFER_SIZE },
                { "timestamps",   required_argument, NULL, ARG_TIMESTAMPS  },
                {}
        };
        uint64_t v;
        int c;

        while ((c = getopt_long(argc, argv, "ho:n:p:e:s:", options, NULL)) >= 0)
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
                        if (!streq(optarg, "text") && !streq(optarg, "json"))
                                return log_error_errno(-EINVAL, "Unknown format \"%s\"; use text or json.", optarg);
                        arg_format = optarg;
                        break;
                case ARG_NO_COLUMNS:
                        arg_columns = false;
                        break;
                case ARG_BUFFER_SIZE:
                        if (parse_size(optarg, &arg_buffer_size) < 0 || arg_buffer_size == 0)
                                return log_error_errno(-EINVAL, "Invalid --buffer-size=%s.", optarg);
                        break;
                case ARG_TIMESTAMPS:
                        if (!streq(optarg, "tick") && !streq(optarg, "precise"))
                                return log_error_errno(-EINVAL, "Invalid --timestamps=%s; use tick or precise.", optarg);
                        arg_timestamps = optarg;
                        break;
                case 'n':
                        if (parse_u64(optarg, &arg_last) < 0)
                                return log_error_errno(-EINVAL, "Invalid --last=%s.", optarg);
                        break;
                case 'p':
                        arg_pids = optarg;
                        break;
                case 'e':
                        arg_syscalls = optarg;
                        break;
                case 's':
                        if (parse_u64(optarg, &v) < 0 || v == 0 || v > UINT32_MAX)
                                return log_error_errno(-EINVAL, "Invalid --string-limit=%s.", optarg);
                        arg_string_max = (uint32_t) v;
                        break;
                default:
                        return -EINVAL;
                }
        return 1;
}

int main(int argc, char *argv[]) {
        _cleanup_(sd_bus_flush_close_unrefp) sd_bus *bus = NULL;
        const Verb *verb = NULL;
        int r, n;

        log_parse_environment();

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

        r = connect_bus(&bus);
        if (r < 0)
                return exit_status;

        r = verb->run(bus, n, argv + optind);
        return r < 0 ? exit_status : EXIT_SUCCESS;
}
