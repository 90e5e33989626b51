/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "cgroup-util.h"
#include "fd-store.h"
#include "log.h"
#include "macro.h"
#include "recorder.h"
#include "recorder.skel.h"
#include "tick-util.h"

struct tl_inflight_prefix {
        uint32_t trace;
        uint32_t gen;
        char comm[TL_COMM_LEN];
};

struct Recorder {
        struct recorder *skel;
        struct bpf_link *iter_link;
        int iter_link_fd;
        /* Taken back from a previous traceloopd: its links, which keep its
         * programs attached (ours are loaded but never attached). */
        bool restored;
        int kept_links[16];
        size_t n_kept_links;

        uint32_t capture_size;
        size_t slot_size;      /* value size of a pool entry */
        size_t elem_size;      /* its stride in the mmapped pool */
        uint32_t pool_slots;
        uint64_t pool_bytes;

        struct tl_trace_ctl *ctl; /* mmapped traces map */
        uint8_t *pool;            /* mmapped pool map */
        size_t ctl_map_size, pool_map_size;

        uint32_t hz;              /* kernel tick rate, for TL_RECORD_TICK_TIME */

        bool used[TL_TRACES_MAX];
        uint32_t next_trace;      /* round robin: a freed slot is reused as late as possible */
};

static int tick_rate_find(Recorder *r);

/* Verifier logs come as one message of many lines, and the reason a program
 * was refused is at their end: log the last lines, and how many were left out. */
#define LIBBPF_LOG_LINES_MAX 120

static int libbpf_print(enum libbpf_print_level level, const char *fmt, va_list ap) {
        _cleanup_free_ char *buf = NULL;
        char *line, *saveptr = NULL;
        size_t lines = 0, skip = 0;
        int priority = level == LIBBPF_WARN ? LOG_WARNING : LOG_DEBUG;

        if (level == LIBBPF_DEBUG && log_get_max_level() < LOG_DEBUG)
                return 0;
        if (vasprintf(&buf, fmt, ap) < 0)
                return 0;

        /* Counted as strtok_r() will split them: runs of characters other than '\n'. */
        for (const char *c = buf; *c; c++)
                if (*c != '\n' && (c == buf || c[-1] == '\n'))
                        lines++;
        if (lines > LIBBPF_LOG_LINES_MAX) {
                skip = lines - LIBBPF_LOG_LINES_MAX;
                log_full(priority, "(%zu lines of the libbpf message left out; its last %d follow)",
                         skip, LIBBPF_LOG_LINES_MAX);
        }
        for (line = strtok_r(buf, "\n", &saveptr); line; line = strtok_r(NULL, "\n", &saveptr)) {
                if (skip > 0) {
                        skip--;
                        continue;
                }
                log_full(priority, "%s", line);
        }
        return 0;
}

static size_t page_align(size_t n) {
        size_t ps = (size_t) sysconf(_SC_PAGESIZE);
        return (n + ps - 1) / ps * ps;
}

static int rules_load(Recorder *r) {
        int fd = bpf_map__fd(r->skel->maps.rules);

        for (uint32_t nr = 0; nr < TL_SYSCALLS_MAX; nr++) {
                const struct tl_syscall_rule *rule = syscall_capture_rule((int32_t) nr);

                if (!rule || rule->cap[0].kind == TL_CAP_NONE)
                        continue;
                if (bpf_map_update_elem(fd, &nr, rule, BPF_ANY) < 0)
                        return negative_errno();
        }
        return 0;
}

/* The maps the programs keep their state in: a restarted traceloopd takes them
 * back from systemd's file descriptor store, with the links that keep the
 * previous programs attached, and nothing recorded is lost. */
#define RECORDER_MAPS(r)                                        \
        {                                                       \
                { "map-cgroups", (r)->skel->maps.cgroups },     \
                { "map-traces",  (r)->skel->maps.traces  },     \
                { "map-pool",    (r)->skel->maps.pool    },     \
                { "map-pending", (r)->skel->maps.pending },     \
                { "map-rules",   (r)->skel->maps.rules   },     \
                { "map-bss",     (r)->skel->maps.bss     },     \
                { "map-syscall-filters", (r)->skel->maps.syscall_filters }, \
        }
#define RECORDER_LINKS(r)                                               \
        {                                                               \
                { "link-sys_enter",          &(r)->skel->links.sys_enter },          \
                { "link-sys_exit",           &(r)->skel->links.sys_exit },           \
                { "link-sched_process_exit", &(r)->skel->links.sched_process_exit }, \
                { "link-signal_deliver",     &(r)->skel->links.signal_deliver },     \
                { "link-signal_generate",    &(r)->skel->links.signal_generate },    \
                { "link-cgroup_mkdir",       &(r)->skel->links.cgroup_mkdir },       \
                { "link-cgroup_rmdir",       &(r)->skel->links.cgroup_rmdir },       \
                { "link-dump_inflight",      &(r)->skel->links.dump_inflight },      \
                { "link-iter",               &(r)->iter_link },                     \
        }

/* The skeleton writes capture_size at the offset it was generated with, into
 * whatever .rodata the object has: another build's must have it there too. */
static int rodata_layout_check(struct recorder *skel) {
        const struct btf *btf = bpf_object__btf(skel->obj);
        const struct btf_var_secinfo *v;
        const struct btf_type *sec;
        int id;

        if (!btf)
                return -EBADMSG;
        id = btf__find_by_name_kind(btf, ".rodata", BTF_KIND_DATASEC);
        if (id < 0)
                return -EBADMSG;
        sec = btf__type_by_id(btf, id);
        v = btf_var_secinfos(sec);
        for (unsigned i = 0; i < btf_vlen(sec); i++, v++)
                if (streq(btf__name_by_offset(btf, btf__type_by_id(btf, v->type)->name_off), "capture_size"))
                        return v->offset == offsetof(struct recorder__rodata, capture_size) &&
                               v->size == sizeof(skel->rodata->capture_size) ? 0 : -EBADMSG;
        return -EBADMSG;
}

/* recorder__open_opts() around config->object_elf rather than the image built in. */
static struct recorder *recorder_skel_open(const RecorderConfig *config, const struct bpf_object_open_opts *opts) {
        struct recorder *skel;
        int err;

        if (!config->object_elf)
                return recorder__open_opts(opts);

        skel = calloc(1, sizeof(*skel));
        if (!skel) {
                errno = ENOMEM;
                return NULL;
        }
        err = recorder__create_skeleton(skel);
        if (err == 0) {
                skel->skeleton->data = config->object_elf;
                skel->skeleton->data_sz = config->object_elf_size;
                err = bpf_object__open_skeleton(skel->skeleton, opts);
        }
        if (err == 0)
                err = rodata_layout_check(skel);
        if (err <= -__LIBBPF_ERRNO__START) /* libbpf's own codes: not an object of ours */
                err = -EBADMSG;
        if (err < 0) {
                recorder__destroy(skel);
                errno = -err;
                return NULL;
        }
        return skel;
}

static int recorder_open(const RecorderConfig *config, Recorder **ret) {
        _cleanup_(recorder_freep) Recorder *r = NULL;
        int err;

        if (config->capture_size < 16 || config->capture_size > TL_CAPTURE_MAX)
                return -ERANGE;

        r = calloc(1, sizeof(*r));
        if (!r)
                return -ENOMEM;
        r->iter_link_fd = -EBADF;

        libbpf_set_print(libbpf_print);

        /* A multiple of 16: each half of a two-capture record is whole 8-byte words,
         * which is how the kernel side copies them. */
        r->capture_size = config->capture_size & ~15U;
        r->slot_size = sizeof(struct tl_record_header) + r->capture_size;
        r->elem_size = (r->slot_size + 7) & ~(size_t) 7;
        if (config->pool_bytes / r->elem_size < 1 || config->pool_bytes / r->elem_size > UINT32_MAX / 2)
                return -ERANGE;
        r->pool_slots = (uint32_t) (config->pool_bytes / r->elem_size);
        r->pool_bytes = (uint64_t) r->pool_slots * r->elem_size;

        {
                LIBBPF_OPTS(bpf_object_open_opts, opts);
                struct utsname u;
                char boot_config[sizeof("/boot/config-") + sizeof(u.release)];

                /* CONFIG_HZ is a weak extern, yet libbpf refuses to load when it
                 * finds no kernel configuration at all (no /proc/config.gz, no
                 * /boot/config-*, or ProcSubset=pid), and it reads the files
                 * for any extern that the extra configuration leaves unset:
                 * set it to 0 then, "unknown", and tick_rate_find() measures
                 * the rate. */
                if (uname(&u) >= 0)
                        (void) snprintf(boot_config, sizeof(boot_config), "/boot/config-%s", u.release);
                else
                        boot_config[0] = 0;
                if (access("/proc/config.gz", R_OK) < 0 && (!boot_config[0] || access(boot_config, R_OK) < 0)) {
                        log_debug("No kernel configuration readable; the tick rate will be measured.");
                        opts.kconfig = "CONFIG_HZ=0\n";
                }
                r->skel = recorder_skel_open(config, &opts);
        }
        if (!r->skel)
                return negative_errno();

        r->skel->rodata->capture_size = r->capture_size;
        err = bpf_map__set_value_size(r->skel->maps.pool, (uint32_t) r->slot_size);
        if (err < 0)
                return err;
        err = bpf_map__set_max_entries(r->skel->maps.pool, r->pool_slots);
        if (err < 0)
                return err;

        *ret = TAKE_PTR(r);
        return 0;
}

int recorder_new_unloaded(const RecorderConfig *config, Recorder **ret) {
        return recorder_open(config, ret);
}

struct bpf_object *recorder_bpf_object(Recorder *r) {
        return r->skel->obj;
}

static int recorder_map(Recorder *r) {
        void *p;

        r->ctl_map_size = page_align(sizeof(struct tl_trace_ctl) * TL_TRACES_MAX);
        p = mmap(NULL, r->ctl_map_size, PROT_READ | PROT_WRITE, MAP_SHARED, bpf_map__fd(r->skel->maps.traces), 0);
        if (p == MAP_FAILED)
                return negative_errno();
        r->ctl = p;

        r->pool_map_size = page_align((size_t) r->pool_slots * r->elem_size);
        p = mmap(NULL, r->pool_map_size, PROT_READ | PROT_WRITE, MAP_SHARED, bpf_map__fd(r->skel->maps.pool), 0);
        if (p == MAP_FAILED)
                return negative_errno();
        r->pool = p;
        return 0;
}

int recorder_new(const RecorderConfig *config, Recorder **ret) {
        _cleanup_(recorder_freep) Recorder *r = NULL;
        int err;

        err = recorder_open(config, &r);
        if (err < 0)
                return err;

        err = recorder__load(r->skel);
        if (err < 0)
                return log_debug_errno(err, "Failed to load BPF recorder: %m");

        err = rules_load(r);
        if (err < 0)
                return err;

        err = recorder_map(r);
        if (err < 0)
                return err;

        err = recorder__attach(r->skel);
        if (err < 0)
                return err;

        r->iter_link = bpf_program__attach_iter(r->skel->progs.dump_inflight, NULL);
        if (!r->iter_link)
                return negative_errno();
        r->iter_link_fd = bpf_link__fd(r->iter_link);

        err = tick_rate_find(r);
        if (err < 0)
                return log_debug_errno(err, "Failed to find the kernel's tick rate: %m");

        *ret = TAKE_PTR(r);
        return 0;
}

int recorder_new_from_store(const RecorderConfig *config, FdStore *store, const uint32_t *slots, size_t n_slots,
                            Recorder **ret) {
        _cleanup_(recorder_freep) Recorder *r = NULL;
        struct bpf_program *prog;
        int err;

        err = recorder_open(config, &r);
        if (err < 0)
                return err;

        {
                struct { const char *name; struct bpf_map *map; } maps[] = RECORDER_MAPS(r);

                for (size_t i = 0; i < ELEMENTSOF(maps); i++) {
                        _cleanup_close_ int fd = fd_store_take(store, maps[i].name);

                        if (fd < 0)
                                return log_debug_errno(fd, "No %s in the file descriptor store.", maps[i].name);
                        /* Refused if its type or sizes differ: the configuration changed. */
                        err = bpf_map__reuse_fd(maps[i].map, fd);
                        if (err < 0)
                                return log_debug_errno(err, "Cannot take back %s: %m", maps[i].name);
                }
        }

        /* The previous programs stay attached through their links; ours would record twice. */
        bpf_object__for_each_program(prog, r->skel->obj)
                (void) bpf_program__set_autoload(prog, false);

        err = recorder__load(r->skel);
        if (err < 0)
                return log_debug_errno(err, "Failed to load the BPF recorder around the kept maps: %m");

        err = recorder_map(r);
        if (err < 0)
                return err;

        {
                struct { const char *name; struct bpf_link **link; } links[] = RECORDER_LINKS(r);

                assert(ELEMENTSOF(links) <= ELEMENTSOF(r->kept_links));
                for (size_t i = 0; i < ELEMENTSOF(links); i++) {
                        int fd = fd_store_take(store, links[i].name);

                        if (fd < 0)
                                return log_debug_errno(fd, "No %s in the file descriptor store.", links[i].name);
                        if (streq(links[i].name, "link-iter"))
                                r->iter_link_fd = fd;
                        else
                                r->kept_links[r->n_kept_links++] = fd;
                }
        }
        r->restored = true;

        for (size_t i = 0; i < n_slots; i++) {
                if (slots[i] >= TL_TRACES_MAX || r->used[slots[i]] || r->ctl[slots[i]].nslots == 0 ||
                    (uint64_t) r->ctl[slots[i]].base + r->ctl[slots[i]].nslots > r->pool_slots)
                        return log_debug_errno(-EBADMSG, "Kept trace slot %u does not match the kept maps.", slots[i]);
                r->used[slots[i]] = true;
                r->next_trace = (slots[i] + 1) % TL_TRACES_MAX;
        }

        err = tick_rate_find(r);
        if (err < 0)
                return log_debug_errno(err, "Failed to find the kernel's tick rate: %m");

        *ret = TAKE_PTR(r);
        return 0;
}

int recorder_export(Recorder *r, FdStore *store) {
        struct { const char *name; struct bpf_map *map; } maps[] = RECORDER_MAPS(r);
        int err;

        if (!store->active)
                return 0;

        for (size_t i = 0; i < ELEMENTSOF(maps); i++) {
                err = fd_store_push(store, maps[i].name, bpf_map__fd(maps[i].map));
                if (err < 0)
                        return err;
        }

        if (r->restored) {
                /* The links we took back, under the names they came with. */
                struct { const char *name; struct bpf_link **link; } links[] = RECORDER_LINKS(r);
                size_t k = 0;

                for (size_t i = 0; i < ELEMENTSOF(links); i++) {
                        int fd = streq(links[i].name, "link-iter") ? r->iter_link_fd : r->kept_links[k++];

                        err = fd_store_push(store, links[i].name, fd);
                        if (err < 0)
                                return err;
                }
                return 0;
        }

        {
                struct { const char *name; struct bpf_link **link; } links[] = RECORDER_LINKS(r);

                for (size_t i = 0; i < ELEMENTSOF(links); i++) {
                        if (!*links[i].link)
                                return -ENOENT;
                        err = fd_store_push(store, links[i].name, bpf_link__fd(*links[i].link));
                        if (err < 0)
                                return err;
                        /* Closing our fd at exit must not detach what systemd keeps for our successor. */
                        bpf_link__disconnect(*links[i].link);
                }
        }
        return 0;
}

Recorder *recorder_free(Recorder *r) {
        if (!r)
                return NULL;

        bpf_link__destroy(r->iter_link);
        if (!r->iter_link)
                safe_close(r->iter_link_fd);
        for (size_t i = 0; i < r->n_kept_links; i++)
                safe_close(r->kept_links[i]);
        if (r->ctl)
                (void) munmap(r->ctl, r->ctl_map_size);
        if (r->pool)
                (void) munmap(r->pool, r->pool_map_size);
        recorder__destroy(r->skel); /* detaches every program */
        free(r);
        return NULL;
}

size_t recorder_slot_size(const Recorder *r) {
        return r->slot_size;
}

uint32_t recorder_capture_size(const Recorder *r) {
        return r->capture_size;
}

uint64_t recorder_pool_bytes(const Recorder *r) {
        return r->pool_bytes;
}

uint64_t recorder_pool_used(const Recorder *r) {
        uint64_t n = 0;

        for (uint32_t i = 0; i < TL_TRACES_MAX; i++)
                if (r->used[i])
                        n += (uint64_t) r->ctl[i].nslots * r->elem_size;
        return n;
}

/* First fit in the pool, among the ranges the other traces hold. */
static int pool_find(Recorder *r, uint32_t want, uint32_t *ret_base) {
        uint32_t base = 0;

        for (;;) {
                bool moved = false;

                if ((uint64_t) base + want > r->pool_slots)
                        return -ENOSPC;

                for (uint32_t i = 0; i < TL_TRACES_MAX; i++) {
                        uint32_t b = r->ctl[i].base, n = r->ctl[i].nslots;

                        if (!r->used[i] || n == 0)
                                continue;
                        if (b < base + want && base < b + n) {
                                base = b + n;
                                moved = true;
                        }
                }
                if (!moved) {
                        *ret_base = base;
                        return 0;
                }
        }
}

int recorder_trace_new(Recorder *r, uint64_t bytes, uint32_t flags, uint32_t *ret_slot) {
        uint32_t slot = UINT32_MAX, base, want;
        struct tl_trace_ctl *c;
        int err;

        if (bytes / r->elem_size > r->pool_slots)
                return -ENOSPC;
        want = (uint32_t) (bytes / r->elem_size);
        if (want < 1)
                return -ERANGE;

        for (uint32_t k = 0; k < TL_TRACES_MAX; k++) {
                uint32_t i = (r->next_trace + k) % TL_TRACES_MAX;
                if (!r->used[i]) {
                        slot = i;
                        break;
                }
        }
        if (slot == UINT32_MAX)
                return -EMFILE;

        err = pool_find(r, want, &base);
        if (err < 0)
                return err;

        /* A new ring must never show what an earlier trace left in these slots. */
        memset(r->pool + (size_t) base * r->elem_size, 0, (size_t) want * r->elem_size);

        c = &r->ctl[slot];
        __atomic_store_n(&c->nslots, 0, __ATOMIC_SEQ_CST);
        c->head = 0;
        c->lost = 0;
        c->lost_pending = 0;
        c->order = 0;
        c->flags = flags;
        c->base = base;
        __atomic_store_n(&c->nslots, want, __ATOMIC_SEQ_CST);
        __atomic_add_fetch(&c->gen, 1, __ATOMIC_SEQ_CST);

        r->used[slot] = true;
        r->next_trace = (slot + 1) % TL_TRACES_MAX;
        *ret_slot = slot;
        return 0;
}

int recorder_trace_set_syscalls(Recorder *r, uint32_t slot, const struct tl_syscall_filter *filter) {
        struct tl_trace_ctl *c;

        if (slot >= TL_TRACES_MAX || !r->used[slot])
                return -EINVAL;
        c = &r->ctl[slot];

        if (!filter) {
                __atomic_and_fetch(&c->flags, ~(uint32_t) TL_TRACE_SYSCALL_FILTER, __ATOMIC_SEQ_CST);
                return 0;
        }

        /* The set first, the flag after: a trace never filters by a set not yet
         * written. A change of the set while filtering may be seen half done
         * by a syscall entering meanwhile, which then follows the old or the
         * new set for its own number: each bit is read whole. */
        if (bpf_map_update_elem(bpf_map__fd(r->skel->maps.syscall_filters), &slot, filter, BPF_ANY) < 0)
                return negative_errno();
        __atomic_or_fetch(&c->flags, TL_TRACE_SYSCALL_FILTER, __ATOMIC_SEQ_CST);
        return 0;
}

static void filter_inc(Recorder *r, uint64_t id) {
        __atomic_add_fetch(&r->skel->bss->cgroup_filter[id & (TL_CGROUP_FILTER_SIZE - 1)], 1, __ATOMIC_SEQ_CST);
}

static void filter_dec(Recorder *r, uint64_t id) {
        __atomic_sub_fetch(&r->skel->bss->cgroup_filter[id & (TL_CGROUP_FILTER_SIZE - 1)], 1, __ATOMIC_SEQ_CST);
}

static int cgroup_map_insert(Recorder *r, uint32_t slot, uint64_t id) {
        struct tl_cgroup_value v = { .trace = slot, .gen = r->ctl[slot].gen };
        int fd = bpf_map__fd(r->skel->maps.cgroups);

        /* Counter first, entry second: the filter must never hide a traced cgroup. */
        filter_inc(r, id);
        if (bpf_map_update_elem(fd, &id, &v, BPF_NOEXIST) < 0) {
                int e = negative_errno();
                filter_dec(r, id);
                return e;
        }
        return 0;
}

static int cgroup_map_delete(Recorder *r, uint64_t id) {
        int fd = bpf_map__fd(r->skel->maps.cgroups);

        if (bpf_map_delete_elem(fd, &id) < 0)
                return negative_errno();
        filter_dec(r, id);
        return 0;
}

/* Existing descendants. A cgroup made after the top one was inserted is added
 * by the kernel side (cgroup_mkdir), so nothing falls between the two. A
 * descendant another trace holds already stays with that trace. */
static int add_descendants(Recorder *r, uint32_t slot, const char *path, unsigned depth) {
        _cleanup_close_ int dfd = -EBADF;
        DIR *d;
        struct dirent *de;
        int ret = 0;

        if (depth > 64)
                return 0;

        dfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd < 0)
                return errno == ENOENT ? 0 : negative_errno();
        d = fdopendir(dfd);
        if (!d)
                return negative_errno();
        TAKE_FD(dfd);

        while ((de = readdir(d))) {
                _cleanup_free_ char *child = NULL;
                uint64_t id;
                int err;

                if (de->d_type != DT_DIR || de->d_name[0] == '.')
                        continue;
                if (asprintf(&child, "%s/%s", path, de->d_name) < 0) {
                        ret = -ENOMEM;
                        break;
                }
                if (cg_get_id(child, &id) < 0)
                        continue; /* gone meanwhile */

                err = cgroup_map_insert(r, slot, id);
                if (err == -ENOMEM || err == -E2BIG) {
                        ret = err;
                        break;
                }
                if (err == -EEXIST) {
                        uint32_t owner;
                        if (recorder_cgroup_lookup(r, id, &owner) >= 0 && owner != slot)
                                continue; /* another trace's subtree */
                }

                err = add_descendants(r, slot, child, depth + 1);
                if (err < 0) {
                        ret = err;
                        break;
                }
        }

        closedir(d);
        return ret;
}

int recorder_trace_add_cgroup(Recorder *r, uint32_t slot, const char *full_path, uint64_t cgroup_id) {
        int err;

        if (slot >= TL_TRACES_MAX || !r->used[slot])
                return -EINVAL;

        err = cgroup_map_insert(r, slot, cgroup_id);
        if (err == -EEXIST)
                return -EBUSY;
        if (err < 0)
                return err;

        err = add_descendants(r, slot, full_path, 0);
        if (err < 0) {
                (void) recorder_trace_stop(r, slot);
                return err;
        }
        return 0;
}

int recorder_cgroup_lookup(Recorder *r, uint64_t cgroup_id, uint32_t *ret_slot) {
        struct tl_cgroup_value v;

        if (bpf_map_lookup_elem(bpf_map__fd(r->skel->maps.cgroups), &cgroup_id, &v) < 0)
                return negative_errno();
        if (v.trace >= TL_TRACES_MAX || !r->used[v.trace] || r->ctl[v.trace].gen != v.gen)
                return -ENOENT;
        *ret_slot = v.trace;
        return 0;
}

int recorder_trace_stop(Recorder *r, uint32_t slot) {
        int fd = bpf_map__fd(r->skel->maps.cgroups);
        _cleanup_free_ uint64_t *keys = NULL;
        size_t n = 0, allocated = 0;
        uint64_t key, next;
        void *prev = NULL;

        if (slot >= TL_TRACES_MAX)
                return -EINVAL;

        /* Collect first, delete after: deleting while walking restarts the walk. */
        while (bpf_map_get_next_key(fd, prev, &next) == 0) {
                struct tl_cgroup_value v;

                key = next;
                prev = &key;
                if (bpf_map_lookup_elem(fd, &key, &v) < 0 || v.trace != slot)
                        continue;
                if (GREEDY_REALLOC(keys, allocated, n, 64) < 0)
                        return -ENOMEM;
                keys[n++] = key;
        }

        for (size_t i = 0; i < n; i++)
                (void) cgroup_map_delete(r, keys[i]);

        /* Tasks remember their verdict in their storage; a new generation voids it. */
        __atomic_add_fetch(&r->ctl[slot].gen, 1, __ATOMIC_SEQ_CST);
        return 0;
}

void recorder_trace_free(Recorder *r, uint32_t slot) {
        struct tl_trace_ctl *c;

        if (slot >= TL_TRACES_MAX || !r->used[slot])
                return;

        (void) recorder_trace_stop(r, slot);

        /* Syscalls in flight that entered under this generation are dropped at exit. */
        c = &r->ctl[slot];
        __atomic_store_n(&c->nslots, 0, __ATOMIC_SEQ_CST);
        __atomic_add_fetch(&c->gen, 1, __ATOMIC_SEQ_CST);
        r->used[slot] = false;
}

int recorder_trace_stats(Recorder *r, uint32_t slot, RecorderStats *ret) {
        const struct tl_trace_ctl *c;

        if (slot >= TL_TRACES_MAX || !r->used[slot])
                return -EINVAL;

        c = &r->ctl[slot];
        *ret = (RecorderStats) {
                .head = __atomic_load_n(&c->head, __ATOMIC_ACQUIRE),
                .lost = __atomic_load_n(&c->lost, __ATOMIC_ACQUIRE),
                .nslots = c->nslots,
                .bytes = (uint64_t) c->nslots * r->elem_size,
        };
        return 0;
}


/* Runs the task iterator: in-flight chunks, then the clock sample. */
static int iter_read(Recorder *r, uint8_t **ret_buf, size_t *ret_len, struct tl_clock_sample *ret_clock) {
        _cleanup_close_ int fd = -EBADF;
        _cleanup_free_ uint8_t *buf = NULL;
        size_t len = 0, allocated = 0;

        fd = bpf_iter_create(r->iter_link_fd);
        if (fd < 0)
                return fd;

        for (;;) {
                ssize_t k;

                if (allocated - len < 65536) {
                        uint8_t *b = realloc(buf, allocated + 262144);
                        if (!b)
                                return -ENOMEM;
                        buf = b;
                        allocated += 262144;
                }
                k = read(fd, buf + len, allocated - len);
                if (k < 0) {
                        if (errno == EINTR || errno == EAGAIN)
                                continue;
                        return negative_errno();
                }
                if (k == 0)
                        break;
                len += (size_t) k;
        }

        if (len < sizeof(*ret_clock))
                return -EBADMSG;
        len -= sizeof(*ret_clock);
        memcpy(ret_clock, buf + len, sizeof(*ret_clock));
        if (ret_clock->magic != TL_CLOCK_SAMPLE_MAGIC)
                return -EBADMSG;

        *ret_buf = TAKE_PTR(buf);
        *ret_len = len;
        return 0;
}

static int read_inflight(Recorder *r, uint32_t slot, RecorderSnapshot *s, struct tl_clock_sample *ret_clock) {
        size_t chunk = sizeof(struct tl_inflight_prefix) + sizeof(struct tl_record_header) + r->capture_size;
        size_t len, n = 0;
        uint8_t *buf;
        int err;

        err = iter_read(r, &buf, &len, ret_clock);
        if (err < 0)
                return err;

        s->inflight_buf = buf;
        s->inflight = calloc(len / chunk + 1, sizeof(DumpRecord));
        if (!s->inflight)
                return -ENOMEM;

        for (size_t off = 0; off + chunk <= len; off += chunk) {
                struct tl_inflight_prefix *pre = (struct tl_inflight_prefix *) (buf + off);
                struct tl_record_header *h = (struct tl_record_header *) (pre + 1);

                if (pre->trace != slot || pre->gen != r->ctl[slot].gen)
                        continue;
                memcpy(h->comm, pre->comm, TL_COMM_LEN);
                h->seq = 0;
                h->flags |= TL_RECORD_UNFINISHED;
                s->inflight[n++] = (DumpRecord) {
                        .h = h,
                        .data = (const uint8_t *) (h + 1),
                        .data_size = r->capture_size,
                };
        }
        s->n_inflight = n;
        return 0;
}

/* The kernel tick rate: CONFIG_HZ from the kernel's configuration when libbpf
 * found it, else measured over two clock samples. */
static int tick_rate_find(Recorder *r) {
        struct tl_clock_sample a, b;
        uint8_t *buf;
        size_t len;
        double hz;
        int err;

        err = iter_read(r, &buf, &len, &a);
        if (err < 0)
                return err;
        free(buf);
        if (a.hz > 0) {
                r->hz = a.hz;
                return 0;
        }

        (void) usleep(120 * 1000);
        err = iter_read(r, &buf, &len, &b);
        if (err < 0)
                return err;
        free(buf);
        if (b.mono_ns <= a.mono_ns || b.jiffies <= a.jiffies)
                return -EIO;
        hz = (double) (b.jiffies - a.jiffies) * 1e9 / (double) (b.mono_ns - a.mono_ns);
        r->hz = tick_rate_round(hz);
        if (r->hz == 0)
                return -EIO;
        log_debug("Kernel configuration not readable; measured the tick at %.1f Hz, using %u.", hz, r->hz);
        return 0;
}

static void record_date(const Recorder *r, const struct tl_clock_sample *c, struct tl_record_header *h) {
        if (!(h->flags & TL_RECORD_TICK_TIME))
                return;
        h->ts_enter = tick_to_mono_ns(h->ts_enter, c->jiffies, c->mono_ns, r->hz);
        if (h->ts_exit != 0)
                h->ts_exit = tick_to_mono_ns(h->ts_exit, c->jiffies, c->mono_ns, r->hz);
}

int recorder_trace_snapshot(Recorder *r, uint32_t slot, RecorderSnapshot **ret) {
        _cleanup_(recorder_snapshot_freep) RecorderSnapshot *s = NULL;
        const struct tl_trace_ctl *c;
        struct tl_clock_sample clock;
        uint32_t nslots, base;
        size_t n = 0;
        int err;

        if (slot >= TL_TRACES_MAX || !r->used[slot])
                return -EINVAL;
        c = &r->ctl[slot];
        nslots = c->nslots;
        base = c->base;

        s = calloc(1, sizeof(*s));
        if (!s)
                return -ENOMEM;

        /* In-flight first, ring second: a syscall that returns in between is in
         * both and the dump keeps the finished copy; the other order could lose it. */
        err = read_inflight(r, slot, s, &clock);
        if (err < 0)
                return err;
        for (size_t i = 0; i < s->n_inflight; i++)
                record_date(r, &clock, (struct tl_record_header *) s->inflight[i].h);

        s->ring = malloc((size_t) nslots * r->elem_size);
        s->records = calloc(nslots ? nslots : 1, sizeof(DumpRecord));
        if (!s->ring || !s->records)
                return -ENOMEM;

        for (uint32_t i = 0; i < nslots; i++) {
                const struct tl_record_header *src = (const void *) (r->pool + (size_t) (base + i) * r->elem_size);
                struct tl_record_header *dst = (void *) (s->ring + n * r->elem_size);
                uint64_t s1, s2;

                s1 = __atomic_load_n(&src->seq, __ATOMIC_ACQUIRE);
                if (s1 == 0)
                        continue;
                memcpy(dst, src, r->slot_size);
                __atomic_thread_fence(__ATOMIC_ACQUIRE);
                s2 = __atomic_load_n(&src->seq, __ATOMIC_ACQUIRE);
                /* Torn (rewritten while we copied) or not this slot's: counted as lost by the gap it leaves. */
                if (s1 != s2 || (s1 - 1) % nslots != i)
                        continue;
                dst->seq = s1;
                record_date(r, &clock, dst);

                s->records[n++] = (DumpRecord) {
                        .h = dst,
                        .data = (const uint8_t *) (dst + 1),
                        .data_size = r->capture_size,
                };
        }
        s->n_records = n;
        s->head = __atomic_load_n(&c->head, __ATOMIC_ACQUIRE);
        s->nslots = nslots;

        *ret = TAKE_PTR(s);
        return 0;
}
