/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode-internal.h"
#include "fd-table.h"
#include "syscall-table.h"

#define FD_AT_FDCWD (-100)
#define OPEN_O_CLOEXEC 02000000u
#define FCNTL_F_DUPFD 0
#define FCNTL_F_SETFD 2
#define FCNTL_F_DUPFD_CLOEXEC 1030
#define FD_CLOEXEC_FLAG 1u
#define CLONE_THREAD_FLAG 0x00010000u
#define CLOSE_RANGE_CLOEXEC_FLAG 4u

typedef struct FdSlot {
        uint64_t key;      /* pid << 32 | (uint32_t) fd */
        char *path;        /* NULL: empty or deleted */
        bool used;         /* ever used: probing goes on past deleted slots */
        bool cloexec;
} FdSlot;

struct FdTable {
        FdSlot *slots;
        size_t n_slots;    /* power of two */
        size_t n_used;     /* slots with used set */
        char *pending;     /* the path fd_table_prepare() found */
};

static bool name_in(const char *name, const char *const *list) {
        for (; *list; list++)
                if (strcmp(name, *list) == 0)
                        return true;
        return false;
}

#define streq_any(name, ...) name_in((name), (const char *const[]) { __VA_ARGS__, NULL })

static uint64_t key_of(uint32_t pid, int fd) {
        return (uint64_t) pid << 32 | (uint32_t) fd;
}

static size_t key_hash(uint64_t k) {
        k ^= k >> 33;
        k *= UINT64_C(0xff51afd7ed558ccd);
        k ^= k >> 33;
        return (size_t) k;
}

FdTable *fd_table_new(void) {
        return calloc(1, sizeof(FdTable));
}

FdTable *fd_table_free(FdTable *t) {
        if (!t)
                return NULL;
        for (size_t i = 0; i < t->n_slots; i++)
                free(t->slots[i].path);
        free(t->slots);
        free(t->pending);
        free(t);
        return NULL;
}

static FdSlot *slot_find(FdTable *t, uint64_t key) {
        if (t->n_slots == 0)
                return NULL;
        for (size_t i = key_hash(key) & (t->n_slots - 1), n = 0; n < t->n_slots; i = (i + 1) & (t->n_slots - 1), n++) {
                FdSlot *s = &t->slots[i];

                if (!s->used)
                        return NULL;
                if (s->key == key && s->path)
                        return s;
        }
        return NULL;
}

static int table_grow(FdTable *t) {
        FdSlot *old = t->slots;
        size_t n_old = t->n_slots, n_new = 64, live = 0;

        /* Only live entries move over, deleted ones go away: the size follows the live ones. */
        for (size_t i = 0; i < n_old; i++)
                if (old[i].path)
                        live++;
        while (n_new < (live + 1) * 4)
                n_new *= 2;

        t->slots = calloc(n_new, sizeof(FdSlot));
        if (!t->slots) {
                t->slots = old;
                return -ENOMEM;
        }
        t->n_slots = n_new;
        t->n_used = 0;
        for (size_t i = 0; i < n_old; i++) {
                if (!old[i].path)
                        continue;
                for (size_t j = key_hash(old[i].key) & (n_new - 1);; j = (j + 1) & (n_new - 1))
                        if (!t->slots[j].used) {
                                t->slots[j] = old[i];
                                t->n_used++;
                                break;
                        }
        }
        free(old);
        return 0;
}

static void slot_forget(FdTable *t, uint32_t pid, int fd) {
        FdSlot *s = slot_find(t, key_of(pid, fd));

        if (!s)
                return;
        s->path = (free(s->path), NULL);
}

/* Takes path (NULL: forget). */
static int slot_set(FdTable *t, uint32_t pid, int fd, char *path, bool cloexec) {
        uint64_t key = key_of(pid, fd);
        FdSlot *s;
        int r;

        if (!path) {
                slot_forget(t, pid, fd);
                return 0;
        }
        s = slot_find(t, key);
        if (s) {
                free(s->path);
                s->path = path;
                s->cloexec = cloexec;
                return 0;
        }
        if ((t->n_used + 1) * 2 > t->n_slots) {
                r = table_grow(t);
                if (r < 0) {
                        free(path);
                        return r;
                }
        }
        for (size_t i = key_hash(key) & (t->n_slots - 1);; i = (i + 1) & (t->n_slots - 1)) {
                s = &t->slots[i];
                if (!s->used || !s->path) {
                        if (!s->used)
                                t->n_used++;
                        *s = (FdSlot) { .key = key, .path = path, .used = true, .cloexec = cloexec };
                        return 0;
                }
        }
}

const char *fd_table_get(FdTable *t, uint32_t pid, int fd) {
        FdSlot *s;

        if (!t)
                return NULL;
        s = slot_find(t, key_of(pid, fd));
        return s ? s->path : NULL;
}

static int copy_named(FdTable *t, uint32_t pid, int from, int to, bool cloexec) {
        const char *p = fd_table_get(t, pid, from);
        char *c = NULL;

        if (p) {
                c = strdup(p);
                if (!c)
                        return -ENOMEM;
        }
        return slot_set(t, pid, to, c, cloexec);
}

/* path as the call gave it, relative ones joined to the directory dirfd names. */
static int resolve_path(FdTable *t, uint32_t pid, int dirfd, const char *p, size_t n, char **ret) {
        const char *dir;
        char *s;

        *ret = NULL;
        if (n == 0)
                return 0;
        if (p[0] == '/') {
                s = strndup(p, n);
                if (!s)
                        return -ENOMEM;
                *ret = s;
                return 0;
        }
        dir = fd_table_get(t, pid, dirfd);
        if (!dir || dir[0] != '/')
                return 0;  /* relative to something unknown: no name rather than a wrong one */
        while (n >= 2 && p[0] == '.' && p[1] == '/') {
                p += 2;
                n -= 2;
        }
        if (n == 1 && p[0] == '.')
                n = 0;
        if (asprintf(&s, "%s%s%.*s", dir, strcmp(dir, "/") == 0 || n == 0 ? "" : "/", (int) n, p) < 0)
                return -ENOMEM;
        *ret = s;
        return 0;
}

static const char *record_name(const DumpRecord *r) {
        if (r->h->flags & TL_RECORD_COMPAT)
                return NULL;
        return syscall_name(r->h->nr);
}

static int arg_fd(const DumpRecord *r, unsigned i) {
        return (int32_t) (uint32_t) r->h->args[i];
}

int fd_table_prepare(FdTable *t, const DumpRecord *r, const char **ret) {
        const struct tl_record_header *h = r->h;
        const char *name = record_name(r), *p;
        char *s = NULL;
        size_t n;
        int r2;

        *ret = NULL;
        t->pending = (free(t->pending), NULL);
        if (!name || (h->flags & TL_RECORD_UNFINISHED) || h->ret < 0 || h->ret > INT32_MAX)
                return 0;
        if (!syscall_returns_fd(name))
                return 0;

        if (streq_any(name, "open", "creat")) {
                if (record_arg_path(r, 0, &p, &n) < 0)
                        return 0;
                r2 = resolve_path(t, h->pid, FD_AT_FDCWD, p, n, &s);
        } else if (streq_any(name, "openat", "openat2")) {
                if (record_arg_path(r, 1, &p, &n) < 0)
                        return 0;
                r2 = resolve_path(t, h->pid, arg_fd(r, 0), p, n, &s);
        } else if (streq_any(name, "dup", "dup2", "dup3")) {
                p = fd_table_get(t, h->pid, arg_fd(r, 0));
                r2 = 0;
                if (p) {
                        s = strdup(p);
                        if (!s)
                                r2 = -ENOMEM;
                }
        } else
                return 0;
        if (r2 < 0)
                return r2;
        t->pending = s;
        *ret = s;
        return 0;
}

static bool is_fork(const char *name, const struct tl_record_header *h) {
        if (streq_any(name, "fork", "vfork", "clone3"))
                return true;
        return strcmp(name, "clone") == 0 && !(h->args[0] & CLONE_THREAD_FLAG);
}

static int copy_process(FdTable *t, uint32_t from, uint32_t to) {
        FdSlot *copy;
        size_t n = 0;
        int r = 0;

        /* Collected first: inserting may rehash the table under a walk. */
        copy = calloc(t->n_slots + 1, sizeof(FdSlot));
        if (!copy)
                return -ENOMEM;
        for (size_t i = 0; i < t->n_slots; i++)
                if (t->slots[i].path && (uint32_t) (t->slots[i].key >> 32) == from)
                        copy[n++] = t->slots[i];
        for (size_t i = 0; i < n && r >= 0; i++) {
                char *c = strdup(copy[i].path);

                if (!c)
                        r = -ENOMEM;
                else
                        r = slot_set(t, to, (int) (uint32_t) copy[i].key, c, copy[i].cloexec);
        }
        free(copy);
        return r;
}

int fd_table_apply(FdTable *t, const DumpRecord *r) {
        const struct tl_record_header *h = r->h;
        const char *name = record_name(r), *p;
        char *s = NULL;
        size_t n;
        int k;

        if (!name || (h->flags & TL_RECORD_UNFINISHED))
                goto done;

        if (strcmp(name, "close") == 0) {
                /* even a failed close (EINTR, EIO) released the number */
                slot_forget(t, h->pid, arg_fd(r, 0));
                goto done;
        }
        if (h->ret < 0)
                goto done;

        if (strcmp(name, "close_range") == 0) {
                uint32_t lo = (uint32_t) h->args[0], hi = (uint32_t) h->args[1];

                for (size_t i = 0; i < t->n_slots; i++) {
                        FdSlot *sl = &t->slots[i];
                        uint32_t fd = (uint32_t) sl->key;

                        if (!sl->path || (uint32_t) (sl->key >> 32) != h->pid || fd < lo || fd > hi || (int32_t) fd < 0)
                                continue;
                        if (h->args[2] & CLOSE_RANGE_CLOEXEC_FLAG)
                                sl->cloexec = true;
                        else
                                sl->path = (free(sl->path), NULL);
                }
                goto done;
        }
        if (strcmp(name, "fcntl") == 0) {
                uint32_t cmd = (uint32_t) h->args[1];

                if (cmd == FCNTL_F_DUPFD || cmd == FCNTL_F_DUPFD_CLOEXEC) {
                        k = copy_named(t, h->pid, arg_fd(r, 0), (int) h->ret, cmd == FCNTL_F_DUPFD_CLOEXEC);
                        if (k < 0)
                                return k;
                } else if (cmd == FCNTL_F_SETFD) {
                        FdSlot *sl = slot_find(t, key_of(h->pid, arg_fd(r, 0)));

                        if (sl)
                                sl->cloexec = h->args[2] & FD_CLOEXEC_FLAG;
                }
                goto done;
        }
        if (strcmp(name, "chdir") == 0) {
                if (record_arg_path(r, 0, &p, &n) < 0) {
                        slot_forget(t, h->pid, FD_AT_FDCWD);
                        goto done;
                }
                k = resolve_path(t, h->pid, FD_AT_FDCWD, p, n, &s);
                if (k < 0)
                        return k;
                k = slot_set(t, h->pid, FD_AT_FDCWD, s, false);
                if (k < 0)
                        return k;
                goto done;
        }
        if (strcmp(name, "fchdir") == 0) {
                k = copy_named(t, h->pid, arg_fd(r, 0), FD_AT_FDCWD, false);
                if (k < 0)
                        return k;
                goto done;
        }
        if (is_fork(name, h)) {
                if (h->ret > 0 && h->ret <= UINT32_MAX && (uint32_t) h->ret != h->pid) {
                        k = copy_process(t, h->pid, (uint32_t) h->ret);
                        if (k < 0)
                                return k;
                }
                goto done;
        }
        if (streq_any(name, "execve", "execveat")) {
                for (size_t i = 0; i < t->n_slots; i++) {
                        FdSlot *sl = &t->slots[i];

                        if (sl->path && sl->cloexec && (uint32_t) (sl->key >> 32) == h->pid)
                                sl->path = (free(sl->path), NULL);
                }
                goto done;
        }
        if (syscall_returns_fd(name) && h->ret <= INT32_MAX) {
                bool cloexec = false;

                if (streq_any(name, "open", "openat"))
                        cloexec = h->args[strcmp(name, "open") == 0 ? 1 : 2] & OPEN_O_CLOEXEC;
                else if (strcmp(name, "dup3") == 0)
                        cloexec = h->args[2] & OPEN_O_CLOEXEC;
                /* the name fd_table_prepare() found, or none: an old name is wrong now */
                s = t->pending;
                t->pending = NULL;
                return slot_set(t, h->pid, (int) h->ret, s, cloexec);
        }

done:
        t->pending = (free(t->pending), NULL);
        return 0;
}
