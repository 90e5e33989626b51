/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <fcntl.h>
#include <inttypes.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "bus-util.h"
#include "config.h"
#include "log.h"
#include "manager-bus.h"
#include "manager.h"
#include "strbuf.h"
#include "syscall-filter.h"
#include "syscall-set.h"
#include "trace-bus.h"
#include "unit-name.h"

/* D-Bus strings are limited; beyond this, callers are told to use the fd variant. */
#define DUMP_STRING_MAX (16U * 1024 * 1024)


/* The bus policy already restricts these methods to root; check again here,
 * so that a lax or missing policy file cannot hand out syscall data. */
int bus_verify_root(sd_bus_message *message, sd_bus_error *error) {
        _cleanup_(sd_bus_creds_unrefp) sd_bus_creds *creds = NULL;
        uid_t uid;
        int r;

        r = sd_bus_query_sender_creds(message, SD_BUS_CREDS_EUID | SD_BUS_CREDS_AUGMENT, &creds);
        if (r < 0)
                return r;
        r = sd_bus_creds_get_euid(creds, &uid);
        if (r < 0)
                return r;
        if (uid != 0)
                return sd_bus_error_setf(error, BUS_ERROR_ACCESS_DENIED,
                                         "Only root may record or read system calls (caller has UID %u).", (unsigned) uid);
        return 0;
}

int bus_map_trace_error(int r, sd_bus_error *error, const char *name, const char *cgroup) {
        switch (r) {
        case -EEXIST:
                return sd_bus_error_setf(error, BUS_ERROR_NAME_TAKEN,
                                         "A trace named \"%s\" exists already; close it or pick another name.", name);
        case -EBUSY:
                return sd_bus_error_setf(error, BUS_ERROR_CGROUP_TRACED,
                                         "Cgroup %s is traced already, by another trace or as part of a traced parent.", cgroup);
        case -EMFILE:
                return sd_bus_error_setf(error, BUS_ERROR_TOO_MANY_TRACES,
                                         "Too many traces; close one first (see ListTraces).");
        case -ENOSPC:
        case -ERANGE:
                return sd_bus_error_setf(error, BUS_ERROR_NO_BUFFER_SPACE,
                                         "No room left in the buffer pool for another trace; close one first.");
        default:
                return r;
        }
}

static int bus_map_cgroup_error(int r, sd_bus_error *error, const char *cgroup) {
        switch (r) {
        case -ENOENT:
                return sd_bus_error_setf(error, BUS_ERROR_NO_SUCH_CGROUP,
                                         "Cgroup %s does not exist.", cgroup);
        case -EINVAL:
                return sd_bus_error_setf(error, BUS_ERROR_INVALID_CGROUP,
                                         "Invalid cgroup \"%s\": give an absolute path as systemd prints it "
                                         "(/system.slice/foo.service) or below the cgroup2 mount, "
                                         "without \".\" or \"..\" components.", cgroup);
        case -ENOTDIR:
        case -EMEDIUMTYPE:
                return sd_bus_error_setf(error, BUS_ERROR_INVALID_CGROUP,
                                         "%s is not a cgroup2 (unified hierarchy) directory.", cgroup);
        case -EPERM:
                return sd_bus_error_setf(error, BUS_ERROR_INVALID_CGROUP,
                                         "Refusing to trace the root cgroup (every process on the machine).");
        case -ENAMETOOLONG:
                return sd_bus_error_setf(error, BUS_ERROR_INVALID_CGROUP, "Cgroup path too long.");
        default:
                return r;
        }
}

/* Walk an a{sv} of options: parse() reads the value of a key it knows and
 * returns 1, or returns 0 for a key it does not know, which is refused with
 * the list of known keys. */
typedef int (*BusOptionParser)(sd_bus_message *message, const char *key, void *userdata, sd_bus_error *error);

static int bus_read_options(sd_bus_message *message, BusOptionParser parse, void *userdata, const char *known,
                            sd_bus_error *error) {
        int r;

        r = sd_bus_message_enter_container(message, 'a', "{sv}");
        if (r < 0)
                return r;

        while ((r = sd_bus_message_enter_container(message, 'e', "sv")) > 0) {
                const char *key;

                r = sd_bus_message_read(message, "s", &key);
                if (r < 0)
                        return r;
                r = parse(message, key, userdata, error);
                if (r == -ENXIO && !sd_bus_error_is_set(error))
                        /* sd-bus: the variant holds another type than the key takes. */
                        return sd_bus_error_setf(error, BUS_ERROR_INVALID_OPTION,
                                                 "Option \"%s\" has a value of the wrong type; "
                                                 "see org.traceloop.Manager1(5).", key);
                if (r < 0)
                        return r;
                if (r == 0)
                        return sd_bus_error_setf(error, BUS_ERROR_INVALID_OPTION,
                                                 "Unknown option \"%s\"; known: %s.", key, known);
                r = sd_bus_message_exit_container(message);
                if (r < 0)
                        return r;
        }
        if (r < 0)
                return r;

        return sd_bus_message_exit_container(message);
}

int bus_syscalls_error(sd_bus_error *error, const char *error_name, const char *what, const char *spec,
                       const char *bad_token) {
        if (isempty(bad_token))
                return sd_bus_error_setf(error, error_name, "%s \"%s\": an empty word between commas.", what, spec);
        return sd_bus_error_setf(error, error_name,
                                 "%s \"%s\": \"%s\" selects no system call of this machine (names as in "
                                 "syscalls(2), classes as strace's: %%file, %%network, ...; see strace(1) -e trace=).",
                                 what, spec, bad_token);
}

typedef struct AddOptions {
        Manager *manager;
        uint64_t buffer_bytes;
        bool precise_time;
        const char *syscalls;   /* as given; NULL: not given */
        struct tl_syscall_filter filter;
        bool filtered;          /* syscalls selects some syscalls only: filter holds them */
} AddOptions;

#define ADD_OPTIONS_KNOWN "BufferSize, Timestamps, Syscalls"

/* AddCgroupWithOptions: "BufferSize" (t, bytes of ring; 0: the daemon's
 * default), "Timestamps" (s, "tick" or "precise"), "Syscalls" (s, what to
 * record, as strace -e trace= takes it; "": all). */
static int parse_add_option(sd_bus_message *message, const char *key, void *userdata, sd_bus_error *error) {
        AddOptions *o = userdata;
        int r;

        if (streq(key, "BufferSize")) {
                size_t slot = recorder_slot_size(o->manager->recorder);
                uint64_t v;

                r = sd_bus_message_read(message, "v", "t", &v);
                if (r < 0)
                        return r;
                if (v != 0 && v < slot)
                        return sd_bus_error_setf(error, BUS_ERROR_INVALID_OPTION,
                                                 "BufferSize %" PRIu64 " is smaller than one record (%zu bytes).", v, slot);
                if (v != 0)
                        o->buffer_bytes = v;
        } else if (streq(key, "Timestamps")) {
                const char *s;

                r = sd_bus_message_read(message, "v", "s", &s);
                if (r < 0)
                        return r;
                r = timestamps_from_string(s);
                if (r < 0)
                        return sd_bus_error_setf(error, BUS_ERROR_INVALID_OPTION,
                                                 "Timestamps must be \"tick\" or \"precise\", not \"%s\".", s);
                o->precise_time = r;
        } else if (streq(key, "Syscalls")) {
                _cleanup_free_ char *bad = NULL;
                const char *v;

                r = sd_bus_message_read(message, "v", "s", &v);
                if (r < 0)
                        return r;
                r = syscall_filter_parse(v, &o->filter, &bad);
                if (r == -EINVAL)
                        return bus_syscalls_error(error, BUS_ERROR_INVALID_OPTION, "Invalid option Syscalls", v, bad);
                if (r < 0)
                        return r;
                o->syscalls = v;
                o->filtered = r == 0;
        } else
                return 0;

        return 1;
}

static int add_cgroup(sd_bus_message *message, Manager *m, bool with_options, sd_bus_error *error) {
        _cleanup_free_ char *full = NULL, *rel = NULL;
        AddOptions opts = {
                .manager = m,
                .buffer_bytes = m->config.buffer_bytes,
                .precise_time = m->config.precise_time,
        };
        const char *name, *cgroup;
        uint64_t id;
        Trace *t;
        int r;

        r = sd_bus_message_read(message, "ss", &name, &cgroup);
        if (r < 0)
                return r;
        if (with_options) {
                r = bus_read_options(message, parse_add_option, &opts, ADD_OPTIONS_KNOWN, error);
                if (r < 0)
                        return r;
        }

        r = bus_verify_root(message, error);
        if (r < 0)
                return r;

        if (!trace_name_is_valid(name))
                return sd_bus_error_setf(error, BUS_ERROR_INVALID_NAME,
                                         "Invalid trace name: use 1 to %d printable characters, "
                                         "no spaces, quotes or '/'.", TRACE_NAME_MAX);

        r = manager_resolve_cgroup(m, cgroup, &full, &rel, &id);
        if (r < 0)
                return bus_map_cgroup_error(r, error, cgroup);

        r = manager_add_trace(m, name, full, rel, id, opts.buffer_bytes, opts.precise_time,
                              opts.filtered ? &opts.filter : NULL, &t);
        if (r < 0)
                return bus_map_trace_error(r, error, name, rel);

        return sd_bus_reply_method_return(message, "to", t->id, t->object_path);
}

static int method_add_cgroup(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        return add_cgroup(message, userdata, false, error);
}

static int method_add_cgroup_with_options(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        return add_cgroup(message, userdata, true, error);
}

static int bus_map_unit_error(int r, sd_bus_error *error, const char *unit) {
        switch (r) {
        case -ENOENT:
                return sd_bus_error_setf(error, BUS_ERROR_NO_SUCH_UNIT,
                                         "Unit %s is not loaded; check its name with systemctl status.", unit);
        case -ENODATA:
                return sd_bus_error_setf(error, BUS_ERROR_UNIT_NOT_ACTIVE,
                                         "Unit %s is not running (it has no cgroup or invocation); "
                                         "enable it with traceloopctl enable to trace its next start.", unit);
        case -EHOSTUNREACH:
                return sd_bus_error_setf(error, BUS_ERROR_NO_SYSTEMD,
                                         "systemd is not on this bus; units cannot be resolved, use AddCgroup.");
        default:
                return bus_map_trace_error(r, error, unit, unit);
        }
}

static int add_unit(sd_bus_message *message, Manager *m, bool with_options, sd_bus_error *error) {
        AddOptions opts = {
                .manager = m,
                .buffer_bytes = 0,
                .precise_time = false,
        };
        int precise = -1;
        const char *unit;
        Trace *t;
        int r;

        r = sd_bus_message_read(message, "s", &unit);
        if (r < 0)
                return r;
        if (with_options) {
                opts.precise_time = m->config.precise_time;
                r = bus_read_options(message, parse_add_option, &opts, ADD_OPTIONS_KNOWN, error);
                if (r < 0)
                        return r;
                if (opts.precise_time != m->config.precise_time)
                        precise = opts.precise_time;
        }

        r = bus_verify_root(message, error);
        if (r < 0)
                return r;

        if (!unit_name_is_valid(unit))
                return sd_bus_error_setf(error, BUS_ERROR_INVALID_UNIT_NAME,
                                         "Invalid unit name \"%s\": give a full name such as foo.service.", unit);

        r = manager_add_unit(m, unit, opts.buffer_bytes, precise, opts.syscalls, &t);
        if (r < 0)
                return bus_map_unit_error(r, error, unit);

        return sd_bus_reply_method_return(message, "to", t->id, t->object_path);
}

static int method_add_unit(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        return add_unit(message, userdata, false, error);
}

static int method_add_unit_with_options(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        return add_unit(message, userdata, true, error);
}

static int method_remove_unit(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        Manager *m = userdata;
        const char *unit;
        int r;

        r = sd_bus_message_read(message, "s", &unit);
        if (r < 0)
                return r;
        r = bus_verify_root(message, error);
        if (r < 0)
                return r;
        if (!unit_name_is_valid(unit))
                return sd_bus_error_setf(error, BUS_ERROR_INVALID_UNIT_NAME,
                                         "Invalid unit name \"%s\": give a full name such as foo.service.", unit);

        r = manager_remove_unit(m, unit);
        if (r == -ENOENT)
                return sd_bus_error_setf(error, BUS_ERROR_NO_SUCH_TRACE, "Unit %s is neither followed nor traced.", unit);
        if (r < 0)
                return r;
        return sd_bus_reply_method_return(message, NULL);
}

static int method_list_traces(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        _cleanup_(sd_bus_message_unrefp) sd_bus_message *reply = NULL;
        Manager *m = userdata;
        int r;

        r = sd_bus_message_new_method_return(message, &reply);
        if (r < 0)
                return r;
        r = sd_bus_message_open_container(reply, 'a', "(tsssssttt)");
        if (r < 0)
                return r;

        /* Oldest first, as ids go up. */
        for (uint64_t id = 1; id < m->next_id; id++) {
                Trace *t = manager_get_trace(m, id);

                if (!t)
                        continue;
                trace_check_cgroup(t);
                r = sd_bus_message_append(reply, "(tsssssttt)",
                                          t->id, t->name, t->unit ?: "", t->invocation_id ?: "", t->cgroup,
                                          trace_state_to_string(t->state),
                                          trace_events(t), trace_lost(t), trace_buffer_size(t));
                if (r < 0)
                        return r;
        }

        r = sd_bus_message_close_container(reply);
        if (r < 0)
                return r;
        return sd_bus_send(NULL, reply, NULL);
}

static int method_get_trace(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        Manager *m = userdata;
        const char *name;
        Trace *t;
        int r;

        r = sd_bus_message_read(message, "s", &name);
        if (r < 0)
                return r;

        t = manager_get_trace_by_name(m, name);
        if (!t)
                return sd_bus_error_setf(error, BUS_ERROR_NO_SUCH_TRACE, "No trace named \"%s\".", name);

        return sd_bus_reply_method_return(message, "to", t->id, t->object_path);
}

/* The common start of the methods that take a trace id: read it, check the
 * caller, find the trace. Returns 0 and the trace, or an error set on error. */
static int read_trace_verified(sd_bus_message *message, Manager *m, sd_bus_error *error, Trace **ret) {
        uint64_t id;
        Trace *t;
        int r;

        r = sd_bus_message_read(message, "t", &id);
        if (r < 0)
                return r;
        r = bus_verify_root(message, error);
        if (r < 0)
                return r;
        t = manager_get_trace(m, id);
        if (!t)
                return sd_bus_error_setf(error, BUS_ERROR_NO_SUCH_TRACE, "No trace with id %" PRIu64 ".", id);

        *ret = t;
        return 0;
}

/* The caller has checked the sender already. */
int bus_reply_dump_string(sd_bus_message *message, Trace *t, sd_bus_error *error) {
        _cleanup_(strbuf_donep) StrBuf b = {};
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        int r;

        r = trace_dump(t, &o, &b);
        if (r < 0)
                return r;
        if (b.len > DUMP_STRING_MAX)
                return sd_bus_error_setf(error, BUS_ERROR_DUMP_TOO_LARGE,
                                         "Dump of %zu bytes is too large for a D-Bus string; use DumpByFileDescriptor.", b.len);

        return sd_bus_reply_method_return(message, "s", b.buf ?: "");
}

static int method_dump(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        Trace *t;
        int r;

        r = read_trace_verified(message, userdata, error, &t);
        if (r < 0)
                return r;

        return bus_reply_dump_string(message, t, error);
}

typedef struct DumpRequest {
        DumpOptions options;
        uint32_t *pids;
        SyscallSet syscalls;
} DumpRequest;

#define DUMP_OPTION_KEYS "format, columns, last, strsize, pids, syscalls, failed, successful, summary, " \
        "durations, timestamps, relative, fdpaths"

static void dump_request_done(DumpRequest *d) {
        free(d->pids);
}

static int read_bool_option(sd_bus_message *message, bool *ret) {
        int v, r;

        r = sd_bus_message_read(message, "v", "b", &v);
        if (r < 0)
                return r;
        *ret = v;
        return 1;
}

static int parse_dump_option(sd_bus_message *message, const char *key, void *userdata, sd_bus_error *error) {
        DumpRequest *d = userdata;
        DumpOptions *o = &d->options;
        int r;

        if (streq(key, "format")) {
                const char *v;

                r = sd_bus_message_read(message, "v", "s", &v);
                if (r < 0)
                        return r;
                o->format = dump_format_from_string(v);
                if (o->format < 0)
                        return sd_bus_error_setf(error, BUS_ERROR_INVALID_OPTION,
                                                 "Unknown dump format \"%s\"; use \"text\", \"strace\", "
                                                 "\"table\" or \"json\".", v);
        } else if (streq(key, "columns")) {
                int v;

                r = sd_bus_message_read(message, "v", "b", &v);
                if (r < 0)
                        return r;
                o->columns = v;
        } else if (streq(key, "last")) {
                r = sd_bus_message_read(message, "v", "t", &o->last);
                if (r < 0)
                        return r;
        } else if (streq(key, "strsize")) {
                uint32_t v;

                r = sd_bus_message_read(message, "v", "u", &v);
                if (r < 0)
                        return r;
                o->string_max = v;
        } else if (streq(key, "pids")) {
                const void *a;
                size_t sz;

                r = sd_bus_message_enter_container(message, 'v', "au");
                if (r < 0)
                        return r;
                r = sd_bus_message_read_array(message, 'u', &a, &sz);
                if (r < 0)
                        return r;
                free(d->pids);
                d->pids = NULL;
                if (sz > 0) {
                        d->pids = malloc(sz);
                        if (!d->pids)
                                return -ENOMEM;
                        memcpy(d->pids, a, sz);
                }
                o->pids = d->pids;
                o->n_pids = sz / sizeof(uint32_t);
                r = sd_bus_message_exit_container(message);
                if (r < 0)
                        return r;
        } else if (streq(key, "syscalls")) {
                _cleanup_free_ char *spec = NULL, *bad = NULL;
                _cleanup_(strbuf_donep) StrBuf b = {};
                const char *word;

                /* The words are strace's -e trace= list split at its commas: joined again, parsed as one. */
                r = sd_bus_message_enter_container(message, 'v', "as");
                if (r < 0)
                        return r;
                r = sd_bus_message_enter_container(message, 'a', "s");
                if (r < 0)
                        return r;
                while ((r = sd_bus_message_read(message, "s", &word)) > 0) {
                        if (b.len > 0 && strbuf_append_char(&b, ',') < 0)
                                return -ENOMEM;
                        if (strbuf_append(&b, word) < 0)
                                return -ENOMEM;
                }
                if (r < 0)
                        return r;
                r = sd_bus_message_exit_container(message);
                if (r < 0)
                        return r;
                r = sd_bus_message_exit_container(message);
                if (r < 0)
                        return r;
                if (b.len == 0) {
                        /* an empty list is no filter, as before the strace syntax */
                        o->syscalls = NULL;
                        return 1;
                }
                r = syscall_set_parse(b.buf, &d->syscalls, &bad);
                if (r == -ENOMEM)
                        return r;
                if (r == -ENOENT)
                        return sd_bus_error_setf(error, BUS_ERROR_INVALID_OPTION,
                                                 "Unknown system call or class \"%s\" in syscalls (names as in "
                                                 "syscalls(2), classes as strace's: %%file, %%network, ...).", bad);
                if (r < 0)
                        return sd_bus_error_setf(error, BUS_ERROR_INVALID_OPTION,
                                                 "Invalid syscalls list at \"%s\": an empty word or a bad /regex.",
                                                 bad ?: "");
                o->syscalls = &d->syscalls;
        } else if (streq(key, "failed"))
                return read_bool_option(message, &o->failed_only);
        else if (streq(key, "successful"))
                return read_bool_option(message, &o->successful_only);
        else if (streq(key, "summary"))
                return read_bool_option(message, &o->summary);
        else if (streq(key, "durations"))
                return read_bool_option(message, &o->durations);
        else if (streq(key, "relative"))
                return read_bool_option(message, &o->relative);
        else if (streq(key, "fdpaths"))
                return read_bool_option(message, &o->fd_paths);
        else if (streq(key, "timestamps")) {
                const char *v;

                r = sd_bus_message_read(message, "v", "s", &v);
                if (r < 0)
                        return r;
                o->timestamps = dump_timestamps_from_string(v);
                if (o->timestamps < 0)
                        return sd_bus_error_setf(error, BUS_ERROR_INVALID_OPTION,
                                                 "Unknown timestamps \"%s\"; use none, time, precise or unix.", v);
        } else
                return 0;

        return 1;
}

static int method_dump_by_fd(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        _cleanup_(dump_request_done) DumpRequest d = { .options = DUMP_OPTIONS_DEFAULT };
        _cleanup_(strbuf_donep) StrBuf b = {};
        _cleanup_close_ int fd = -EBADF;
        Trace *t;
        int r;

        r = read_trace_verified(message, userdata, error, &t);
        if (r < 0)
                return r;
        r = bus_read_options(message, parse_dump_option, &d, DUMP_OPTION_KEYS, error);
        if (r < 0)
                return r;
        if (d.options.failed_only && d.options.successful_only)
                return sd_bus_error_setf(error, BUS_ERROR_INVALID_OPTION,
                                         "Options \"failed\" and \"successful\" exclude each other.");

        r = trace_dump(t, &d.options, &b);
        if (r < 0)
                return r;

        /* A sealed memfd: the reader gets exactly this dump and cannot change ours. */
        fd = memfd_create("traceloop-dump", MFD_CLOEXEC | MFD_ALLOW_SEALING);
        if (fd < 0)
                return -errno;
        for (size_t done = 0; done < b.len;) {
                ssize_t k = write(fd, b.buf + done, b.len - done);
                if (k < 0) {
                        if (errno == EINTR)
                                continue;
                        return -errno;
                }
                done += (size_t) k;
        }
        if (lseek(fd, 0, SEEK_SET) < 0)
                return -errno;
        (void) fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);

        return sd_bus_reply_method_return(message, "h", fd);
}

static int method_close(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        Manager *m = userdata;
        Trace *t;
        int r;

        r = read_trace_verified(message, m, error, &t);
        if (r < 0)
                return r;

        manager_close_trace(m, t);
        return sd_bus_reply_method_return(message, NULL);
}

static int method_set_syscalls(sd_bus_message *message, void *userdata, sd_bus_error *error) {
        const char *spec;
        Trace *t;
        int r;

        r = read_trace_verified(message, userdata, error, &t);
        if (r < 0)
                return r;
        r = sd_bus_message_read(message, "s", &spec);
        if (r < 0)
                return r;

        return bus_set_trace_syscalls(message, t, spec, error);
}

static int property_get_pool_used(sd_bus *bus, const char *path, const char *interface, const char *property,
                                  sd_bus_message *reply, void *userdata, sd_bus_error *error) {
        Manager *m = userdata;
        return sd_bus_message_append(reply, "t", recorder_pool_used(m->recorder));
}

static int property_get_pool_size(sd_bus *bus, const char *path, const char *interface, const char *property,
                                  sd_bus_message *reply, void *userdata, sd_bus_error *error) {
        Manager *m = userdata;
        return sd_bus_message_append(reply, "t", recorder_pool_bytes(m->recorder));
}

static int property_get_n_traces(sd_bus *bus, const char *path, const char *interface, const char *property,
                                 sd_bus_message *reply, void *userdata, sd_bus_error *error) {
        Manager *m = userdata;
        return sd_bus_message_append(reply, "u", m->n_traces);
}

static int property_get_version(sd_bus *bus, const char *path, const char *interface, const char *property,
                                sd_bus_message *reply, void *userdata, sd_bus_error *error) {
        return sd_bus_message_append(reply, "s", PACKAGE_VERSION);
}

static int property_get_default_timestamps(sd_bus *bus, const char *path, const char *interface,
                                           const char *property, sd_bus_message *reply, void *userdata,
                                           sd_bus_error *error) {
        Manager *m = userdata;
        return sd_bus_message_append(reply, "s", timestamps_to_string(m->config.precise_time));
}

static const sd_bus_vtable manager_vtable[] = {
        SD_BUS_VTABLE_START(0),

        SD_BUS_PROPERTY("Version", "s", property_get_version, 0, SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("CaptureSize", "u", NULL, offsetof(Manager, config.capture_size), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("DefaultBufferSize", "t", NULL, offsetof(Manager, config.buffer_bytes), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("DefaultTimestamps", "s", property_get_default_timestamps, 0, SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("MaxTraces", "u", NULL, offsetof(Manager, config.max_traces), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("PoolSize", "t", property_get_pool_size, 0, SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("PoolUsed", "t", property_get_pool_used, 0, 0),
        SD_BUS_PROPERTY("NTraces", "u", property_get_n_traces, 0, 0),
        SD_BUS_PROPERTY("DumpDirectory", "s", NULL, offsetof(Manager, config.dump_directory), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("JournalLines", "u", NULL, offsetof(Manager, config.journal_lines), SD_BUS_VTABLE_PROPERTY_CONST),
        SD_BUS_PROPERTY("KeepPerUnit", "u", NULL, offsetof(Manager, config.keep_per_unit), SD_BUS_VTABLE_PROPERTY_CONST),

        SD_BUS_METHOD_WITH_ARGS("AddCgroup",
                                SD_BUS_ARGS("s", name, "s", cgroup),
                                SD_BUS_RESULT("t", id, "o", trace),
                                method_add_cgroup,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("AddCgroupWithOptions",
                                SD_BUS_ARGS("s", name, "s", cgroup, "a{sv}", options),
                                SD_BUS_RESULT("t", id, "o", trace),
                                method_add_cgroup_with_options,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("AddUnit",
                                SD_BUS_ARGS("s", unit),
                                SD_BUS_RESULT("t", id, "o", trace),
                                method_add_unit,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("AddUnitWithOptions",
                                SD_BUS_ARGS("s", unit, "a{sv}", options),
                                SD_BUS_RESULT("t", id, "o", trace),
                                method_add_unit_with_options,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("RemoveUnit",
                                SD_BUS_ARGS("s", unit),
                                SD_BUS_NO_RESULT,
                                method_remove_unit,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("ListTraces",
                                SD_BUS_NO_ARGS,
                                SD_BUS_RESULT("a(tsssssttt)", traces),
                                method_list_traces,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("GetTrace",
                                SD_BUS_ARGS("s", name),
                                SD_BUS_RESULT("t", id, "o", trace),
                                method_get_trace,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("Dump",
                                SD_BUS_ARGS("t", id),
                                SD_BUS_RESULT("s", text),
                                method_dump,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("DumpByFileDescriptor",
                                SD_BUS_ARGS("t", id, "a{sv}", options),
                                SD_BUS_RESULT("h", fd),
                                method_dump_by_fd,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("Close",
                                SD_BUS_ARGS("t", id),
                                SD_BUS_NO_RESULT,
                                method_close,
                                SD_BUS_VTABLE_UNPRIVILEGED),
        SD_BUS_METHOD_WITH_ARGS("SetSyscalls",
                                SD_BUS_ARGS("t", id, "s", syscalls),
                                SD_BUS_NO_RESULT,
                                method_set_syscalls,
                                SD_BUS_VTABLE_UNPRIVILEGED),

        SD_BUS_SIGNAL_WITH_ARGS("TraceAdded", SD_BUS_ARGS("t", id, "s", name, "o", trace), 0),
        SD_BUS_SIGNAL_WITH_ARGS("TraceRemoved", SD_BUS_ARGS("t", id, "s", name, "o", trace), 0),
        SD_BUS_SIGNAL_WITH_ARGS("TraceDumped", SD_BUS_ARGS("t", id, "s", name, "o", trace, "s", path), 0),

        SD_BUS_VTABLE_END
};

int manager_send_trace_signal(Manager *m, Trace *t, const char *member) {
        if (!m->bus)
                return 0;
        return sd_bus_emit_signal(m->bus, TRACELOOP_MANAGER_PATH, TRACELOOP_MANAGER_INTERFACE, member,
                                  "tso", t->id, t->name, t->object_path);
}

int manager_send_trace_changed(Manager *m, Trace *t) {
        if (!m->bus)
                return 0;
        return sd_bus_emit_properties_changed(m->bus, t->object_path, TRACELOOP_TRACE_INTERFACE, "State", "Result", NULL);
}

int manager_send_trace_dumped(Manager *m, Trace *t) {
        if (!m->bus)
                return 0;
        return sd_bus_emit_signal(m->bus, TRACELOOP_MANAGER_PATH, TRACELOOP_MANAGER_INTERFACE, "TraceDumped",
                                  "tsos", t->id, t->name, t->object_path, t->dump_file ?: "");
}

int manager_send_trace_syscalls_changed(Manager *m, Trace *t) {
        if (!m->bus)
                return 0;
        return sd_bus_emit_properties_changed(m->bus, t->object_path, TRACELOOP_TRACE_INTERFACE, "Syscalls", NULL);
}

int manager_connect_bus(Manager *m) {
        int r;

        if (m->config.bus_address) {
                r = sd_bus_new(&m->bus);
                if (r < 0)
                        return log_error_errno(r, "Failed to allocate bus: %m");
                r = sd_bus_set_address(m->bus, m->config.bus_address);
                if (r < 0)
                        return log_error_errno(r, "Invalid bus address %s: %m", m->config.bus_address);
                (void) sd_bus_set_bus_client(m->bus, true);
                (void) sd_bus_negotiate_creds(m->bus, true, SD_BUS_CREDS_EUID);
                r = sd_bus_start(m->bus);
                if (r < 0)
                        return log_error_errno(r, "Failed to connect to bus %s: %m", m->config.bus_address);
        } else {
                r = sd_bus_open_system_with_description(&m->bus, "traceloopd");
                if (r < 0)
                        return log_error_errno(r, "Failed to connect to the system bus: %m");
        }

        r = sd_bus_add_object_vtable(m->bus, NULL, TRACELOOP_MANAGER_PATH, TRACELOOP_MANAGER_INTERFACE,
                                     manager_vtable, m);
        if (r < 0)
                return log_error_errno(r, "Failed to register manager object: %m");

        r = trace_bus_register(m);
        if (r < 0)
                return r;

        r = sd_bus_attach_event(m->bus, m->event, SD_EVENT_PRIORITY_NORMAL);
        if (r < 0)
                return log_error_errno(r, "Failed to attach bus to event loop: %m");

        /* Objects first, name last: once the name is ours, callers may call. */
        r = sd_bus_request_name(m->bus, TRACELOOP_BUS_NAME, 0);
        if (r < 0)
                return log_error_errno(r, "Failed to acquire bus name " TRACELOOP_BUS_NAME
                                       " (is the D-Bus policy file installed, or another traceloopd running?): %m");

        /* Leave the loop when the bus goes away. */
        r = sd_bus_set_exit_on_disconnect(m->bus, true);
        if (r < 0)
                return log_error_errno(r, "Failed to set exit on disconnect: %m");

        return 0;
}
