/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fd-store.h"
#include "log.h"
#include "manager-serialize.h"
#include "manager.h"
#include "strbuf.h"
#include "syscall-filter.h"

#define STATE_MAGIC "TLSTATE1"
#define STATE_MAX_BYTES (64U * 1024 * 1024)
#define STRING_NULL UINT32_MAX

/* A trace's flags word: its state in the low byte, then these. A trace with
 * a syscall filter has its canonical list after its other strings; states
 * written before filters existed have neither, and read the same. */
#define SAVED_PRECISE_TIME 0x100U
#define SAVED_SYSCALLS     0x200U

/* --- writing: fixed-width fields, strings as length + bytes --- */

static int put(StrBuf *b, const void *p, size_t n) {
        return strbuf_append_n(b, p, n);
}

static int put_u64(StrBuf *b, uint64_t v) {
        return put(b, &v, sizeof(v));
}

static int put_u32(StrBuf *b, uint32_t v) {
        return put(b, &v, sizeof(v));
}

static int put_str(StrBuf *b, const char *s) {
        int r;

        if (!s)
                return put_u32(b, STRING_NULL);
        r = put_u32(b, (uint32_t) strlen(s));
        if (r < 0)
                return r;
        return put(b, s, strlen(s));
}

/* --- reading, every length checked --- */

typedef struct Reader {
        const uint8_t *p;
        size_t left;
} Reader;

static int get(Reader *rd, void *out, size_t n) {
        if (rd->left < n)
                return -EBADMSG;
        memcpy(out, rd->p, n);
        rd->p += n;
        rd->left -= n;
        return 0;
}

static int get_u64(Reader *rd, uint64_t *v) {
        return get(rd, v, sizeof(*v));
}

static int get_u32(Reader *rd, uint32_t *v) {
        return get(rd, v, sizeof(*v));
}

static int get_str(Reader *rd, char **ret) {
        uint32_t l;
        char *s;
        int r;

        r = get_u32(rd, &l);
        if (r < 0)
                return r;
        if (l == STRING_NULL) {
                *ret = NULL;
                return 0;
        }
        if (l > rd->left || memchr(rd->p, 0, l))
                return -EBADMSG;
        s = strndup((const char *) rd->p, l);
        if (!s)
                return -ENOMEM;
        rd->p += l;
        rd->left -= l;
        *ret = s;
        return 0;
}

static int read_fd_all(int fd, size_t max, uint8_t **ret, size_t *ret_size) {
        _cleanup_free_ uint8_t *buf = NULL;
        struct stat st;
        size_t done = 0;

        if (fstat(fd, &st) < 0)
                return -errno;
        if (st.st_size < 0 || (uint64_t) st.st_size > max)
                return -EFBIG;
        buf = malloc((size_t) st.st_size + 1);
        if (!buf)
                return -ENOMEM;
        while (done < (size_t) st.st_size) {
                ssize_t k = pread(fd, buf + done, (size_t) st.st_size - done, (off_t) done);

                if (k < 0) {
                        if (errno == EINTR)
                                continue;
                        return -errno;
                }
                if (k == 0)
                        return -EBADMSG;
                done += (size_t) k;
        }
        *ret = TAKE_PTR(buf);
        *ret_size = done;
        return 0;
}

static int memfd_with(const char *name, const void *p, size_t n) {
        _cleanup_close_ int fd = -EBADF;
        size_t done = 0;

        fd = memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
        if (fd < 0)
                return -errno;
        while (done < n) {
                ssize_t k = write(fd, (const uint8_t *) p + done, n - done);

                if (k < 0) {
                        if (errno == EINTR)
                                continue;
                        return -errno;
                }
                done += (size_t) k;
        }
        (void) fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
        return TAKE_FD(fd);
}

/* --- the state --- */

static int state_write(Manager *m, StrBuf *b) {
        int r;

        r = put(b, STATE_MAGIC, 8);
        if (r >= 0)
                r = put_u32(b, TL_ABI_VERSION);
        if (r >= 0)
                r = put_u32(b, m->config.capture_size);
        if (r >= 0)
                r = put_u64(b, recorder_pool_bytes(m->recorder));
        if (r >= 0)
                r = put_u64(b, m->next_id);
        if (r >= 0)
                r = put_u32(b, m->n_traces);
        if (r < 0)
                return r;

        for (Trace *t = m->traces; t; t = t->next) {
                r = put_u64(b, t->id);
                if (r >= 0)
                        r = put_u32(b, t->slot);
                if (r >= 0)
                        r = put_u32(b, (uint32_t) t->state | (t->precise_time ? SAVED_PRECISE_TIME : 0) |
                                    (t->syscalls ? SAVED_SYSCALLS : 0));
                if (r >= 0)
                        r = put_u64(b, t->cgroup_id);
                if (r >= 0)
                        r = put_u64(b, t->kept_events);
                if (r >= 0)
                        r = put_u64(b, t->kept_lost);
                if (r >= 0)
                        r = put_u64(b, t->kept.raw_size);
                if (r >= 0)
                        r = put_u64(b, t->kept.z_size);
                if (r >= 0)
                        r = put_str(b, t->name);
                if (r >= 0)
                        r = put_str(b, t->cgroup);
                if (r >= 0)
                        r = put_str(b, t->cgroup_full);
                if (r >= 0)
                        r = put_str(b, t->unit);
                if (r >= 0)
                        r = put_str(b, t->invocation_id);
                if (r >= 0)
                        r = put_str(b, t->result);
                if (r >= 0)
                        r = put_str(b, t->dump_file);
                if (r >= 0 && t->syscalls)
                        r = put_str(b, t->syscalls);
                if (r < 0)
                        return r;
        }
        return 0;
}

typedef struct SavedTrace {
        uint64_t id, cgroup_id, kept_events, kept_lost, raw_size, z_size;
        uint32_t slot, flags;
        char *name, *cgroup, *cgroup_full, *unit, *invocation_id, *result, *dump_file, *syscalls;
} SavedTrace;

static void saved_traces_free(SavedTrace *a, size_t n) {
        for (size_t i = 0; i < n; i++) {
                free(a[i].name);
                free(a[i].cgroup);
                free(a[i].cgroup_full);
                free(a[i].unit);
                free(a[i].invocation_id);
                free(a[i].result);
                free(a[i].dump_file);
                free(a[i].syscalls);
        }
        free(a);
}

static int state_read_trace(Reader *rd, SavedTrace *t) {
        int r;

        r = get_u64(rd, &t->id);
        if (r >= 0)
                r = get_u32(rd, &t->slot);
        if (r >= 0)
                r = get_u32(rd, &t->flags);
        if (r >= 0)
                r = get_u64(rd, &t->cgroup_id);
        if (r >= 0)
                r = get_u64(rd, &t->kept_events);
        if (r >= 0)
                r = get_u64(rd, &t->kept_lost);
        if (r >= 0)
                r = get_u64(rd, &t->raw_size);
        if (r >= 0)
                r = get_u64(rd, &t->z_size);
        if (r >= 0)
                r = get_str(rd, &t->name);
        if (r >= 0)
                r = get_str(rd, &t->cgroup);
        if (r >= 0)
                r = get_str(rd, &t->cgroup_full);
        if (r >= 0)
                r = get_str(rd, &t->unit);
        if (r >= 0)
                r = get_str(rd, &t->invocation_id);
        if (r >= 0)
                r = get_str(rd, &t->result);
        if (r >= 0)
                r = get_str(rd, &t->dump_file);
        if (r >= 0 && (t->flags & SAVED_SYSCALLS))
                r = get_str(rd, &t->syscalls);
        if (r < 0)
                return r;
        if ((t->flags & SAVED_SYSCALLS) && !t->syscalls)
                return -EBADMSG;
        if (!t->name || !t->cgroup || !t->cgroup_full || t->id == 0 ||
            (t->flags & 0xff) >= _TRACE_STATE_MAX || (!t->unit) != (!t->invocation_id))
                return -EBADMSG;
        return 0;
}

static int kept_name(uint64_t id, char *buf, size_t size) {
        return snprintf(buf, size, "kept-%" PRIu64, id) < (int) size ? 0 : -EINVAL;
}

static int restore_trace(Manager *m, const SavedTrace *s) {
        _cleanup_(trace_freep) Trace *t = NULL;
        int r;

        if (manager_get_trace(m, s->id) || manager_get_trace_by_name(m, s->name))
                return -EBADMSG;

        r = trace_new(m, s->id, s->name, s->cgroup, s->cgroup_full, s->cgroup_id, s->slot, &t);
        if (r < 0)
                return r;
        t->state = (TraceState) (s->flags & 0xff);
        t->precise_time = s->flags & SAVED_PRECISE_TIME;
        if (s->syscalls) {
                struct tl_syscall_filter filter;

                /* Our own canonical list: it parses, to the set the kernel has
                 * already; handing it over again costs nothing. */
                r = syscall_filter_parse(s->syscalls, &filter, NULL);
                if (r < 0)
                        return r == -EINVAL ? -EBADMSG : r;
                r = trace_set_syscalls(t, r == 0 ? &filter : NULL);
                if (r < 0)
                        return r;
        }
        if (s->unit) {
                r = trace_set_unit(t, s->unit, s->invocation_id);
                if (r < 0)
                        return r;
        }
        if ((s->result && !(t->result = strdup(s->result))) || (s->dump_file && !(t->dump_file = strdup(s->dump_file))))
                return -ENOMEM;

        if (s->slot == TRACE_NO_SLOT) {
                _cleanup_close_ int fd = -EBADF;
                char name[64];
                size_t n;

                if (t->state != TRACE_STOPPED)
                        return -EBADMSG;
                r = kept_name(s->id, name, sizeof(name));
                if (r < 0)
                        return r;
                fd = fd_store_take(&m->fd_store, name);
                if (fd < 0)
                        return log_debug_errno(fd, "No %s in the file descriptor store.", name);
                r = read_fd_all(fd, SIZE_MAX / 2, &t->kept.z, &n);
                if (r < 0)
                        return r;
                if (n != s->z_size)
                        return -EBADMSG;
                t->kept.z_size = n;
                t->kept.raw_size = s->raw_size;
                t->kept_events = s->kept_events;
                t->kept_lost = s->kept_lost;
        } else if (t->state == TRACE_RECORDING) {
                r = trace_watch_cgroup(t);
                if (r < 0)
                        log_warning_errno(r, "Failed to watch %s, its removal will be noticed late: %m", t->cgroup_full);
        }

        t->next = m->traces;
        m->traces = TAKE_PTR(t);
        m->n_traces++;
        return 0;
}

static int manager_restore(Manager *m, const char *state_name, const RecorderConfig *rc) {
        _cleanup_close_ int fd = -EBADF;
        _cleanup_free_ uint8_t *buf = NULL;
        _cleanup_free_ uint32_t *slots = NULL;
        SavedTrace *saved = NULL;
        uint32_t version, capture, n = 0;
        uint64_t pool, next_id;
        size_t size, n_slots = 0, n_saved = 0;
        char magic[8];
        Reader rd;
        int r;

        fd = fd_store_take(&m->fd_store, state_name);
        if (fd < 0)
                return fd;
        r = read_fd_all(fd, STATE_MAX_BYTES, &buf, &size);
        if (r < 0)
                return r;
        rd = (Reader) { .p = buf, .left = size };

        r = get(&rd, magic, sizeof(magic));
        if (r >= 0)
                r = get_u32(&rd, &version);
        if (r >= 0)
                r = get_u32(&rd, &capture);
        if (r >= 0)
                r = get_u64(&rd, &pool);
        if (r >= 0)
                r = get_u64(&rd, &next_id);
        if (r >= 0)
                r = get_u32(&rd, &n);
        if (r < 0 || memcmp(magic, STATE_MAGIC, sizeof(magic)) != 0 || n > TL_TRACES_MAX * 1024U)
                return log_debug_errno(-EBADMSG, "Kept state %s of %zu bytes is not ours.", state_name, size);
        if (version != TL_ABI_VERSION)
                return log_debug_errno(-EPROTO, "The kept state is of record ABI %u, we are %u.", version, TL_ABI_VERSION);
        if (capture != (rc->capture_size & ~15U))
                return log_debug_errno(-ESTALE, "CaptureSize= changed (%u, now %u).", capture, rc->capture_size & ~15U);

        saved = calloc(n ?: 1, sizeof(SavedTrace));
        slots = calloc(n ?: 1, sizeof(uint32_t));
        if (!saved || !slots) {
                free(saved);
                return -ENOMEM;
        }
        for (; n_saved < n; n_saved++) {
                r = state_read_trace(&rd, &saved[n_saved]);
                if (r < 0) {
                        log_debug_errno(r, "Kept state: trace %zu of %u unreadable: %m", n_saved + 1, n);
                        n_saved++;
                        goto finish;
                }
                if (saved[n_saved].id >= next_id) {
                        r = -EBADMSG;
                        n_saved++;
                        goto finish;
                }
                if (saved[n_saved].slot != TRACE_NO_SLOT)
                        slots[n_slots++] = saved[n_saved].slot;
        }

        r = recorder_new_from_store(rc, &m->fd_store, slots, n_slots, &m->recorder);
        if (r < 0)
                goto finish;
        if (recorder_pool_bytes(m->recorder) != pool) {
                r = log_debug_errno(-ESTALE, "PoolSize= changed.");
                goto finish;
        }

        m->next_id = next_id;
        /* Oldest first, so the list ends up newest first as it was. */
        for (size_t i = n_saved; i > 0; i--) {
                r = restore_trace(m, &saved[i - 1]);
                if (r < 0) {
                        log_debug_errno(r, "Kept state: cannot restore trace %s: %m", saved[i - 1].name);
                        goto finish;
                }
        }
        r = 0;

finish:
        saved_traces_free(saved, n_saved);
        return r;
}

static void manager_drop_traces(Manager *m) {
        while (m->traces) {
                Trace *t = m->traces;

                m->traces = t->next;
                trace_free(t);
        }
        m->n_traces = 0;
        m->next_id = 1;
}

int manager_load_recorder(Manager *m) {
        RecorderConfig rc = {
                .capture_size = m->config.capture_size,
                .pool_bytes = m->config.pool_bytes,
        };
        const char *state_name;
        int r;

        r = fd_store_receive(&m->fd_store);
        if (r < 0)
                log_warning_errno(r, "Failed to receive file descriptors from systemd, starting afresh: %m");

        state_name = fd_store_find_latest(&m->fd_store, "state-");
        if (state_name) {
                const char *n = state_name + strlen("state-");

                m->state_gen = strtoull(n, NULL, 10);
                r = manager_restore(m, state_name, &rc);
                if (r >= 0) {
                        log_info("Took back %u traces from the previous traceloopd; recording went on meanwhile.",
                                 m->n_traces);
                        fd_store_release_rest(&m->fd_store);
                        for (Trace *t = m->traces; t; t = t->next)
                                trace_check_cgroup(t);
                        manager_state_changed(m);
                        return 0;
                }
                log_warning_errno(r, "Could not take back the traces of the previous traceloopd, starting afresh: %m");
                manager_drop_traces(m);
                m->recorder = recorder_free(m->recorder);
        }

        /* Whatever the store holds is of no use now; its links would keep old
         * programs recording beside ours. */
        fd_store_forget_all(&m->fd_store);

        r = recorder_new(&rc, &m->recorder);
        if (r < 0)
                return log_error_errno(r, "Failed to load and attach the BPF recorder: %m");

        r = recorder_export(m->recorder, &m->fd_store);
        if (r < 0)
                log_warning_errno(r, "Failed to hand the recorder to systemd's file descriptor store; "
                                  "traces will not survive a restart: %m");
        manager_state_changed(m);
        return 0;
}

static int on_state_defer(sd_event_source *s, void *userdata) {
        _cleanup_(strbuf_donep) StrBuf b = {};
        _cleanup_close_ int fd = -EBADF;
        Manager *m = userdata;
        char name[64], old[64];
        int r;

        m->state_source = sd_event_source_disable_unref(m->state_source);

        r = state_write(m, &b);
        if (r < 0) {
                log_warning_errno(r, "Failed to write the daemon's state for its successor: %m");
                return 0;
        }
        fd = memfd_with("traceloop-state", b.buf, b.len);
        if (fd < 0) {
                log_warning_errno(fd, "Failed to write the daemon's state for its successor: %m");
                return 0;
        }
        (void) snprintf(old, sizeof(old), "state-%" PRIu64, m->state_gen);
        (void) snprintf(name, sizeof(name), "state-%" PRIu64, m->state_gen + 1);

        /* New first, old second: a crash in between leaves two, and the newest wins. */
        r = fd_store_push(&m->fd_store, name, fd);
        if (r < 0)
                return 0;
        m->state_gen++;
        (void) fd_store_remove(&m->fd_store, old);
        return 0;
}

void manager_state_changed(Manager *m) {
        int r;

        if (!m->fd_store.active || m->state_source)
                return;
        r = sd_event_add_defer(m->event, &m->state_source, on_state_defer, m);
        if (r < 0)
                log_warning_errno(r, "Failed to schedule saving the daemon's state: %m");
}

void manager_flush_state(Manager *m) {
        if (m->state_source)
                (void) on_state_defer(m->state_source, m);
}

void manager_keep_trace(Manager *m, Trace *t) {
        _cleanup_close_ int fd = -EBADF;
        char name[64];

        if (!m->fd_store.active || !t->kept.z || kept_name(t->id, name, sizeof(name)) < 0)
                return;
        fd = memfd_with("traceloop-kept", t->kept.z, t->kept.z_size);
        if (fd < 0) {
                log_warning_errno(fd, "Failed to keep trace %s for our successor: %m", t->name);
                return;
        }
        (void) fd_store_push(&m->fd_store, name, fd);
        manager_state_changed(m);
}

void manager_forget_trace(Manager *m, Trace *t) {
        char name[64];

        if (!m->fd_store.active)
                return;
        if (t->kept.z && kept_name(t->id, name, sizeof(name)) >= 0)
                (void) fd_store_remove(&m->fd_store, name);
        manager_state_changed(m);
}
