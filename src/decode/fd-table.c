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

/* What a syscall does to the table, by number: looked up once per dump, not by name per record. */
typedef enum FdOp {
        FD_OP_NONE,
        FD_OP_CLOSE,
        FD_OP_CLOSE_RANGE,
        FD_OP_FCNTL,
        FD_OP_CHDIR,
        FD_OP_FCHDIR,
        FD_OP_FORK,         /* fork, vfork, clone3 */
        FD_OP_CLONE,        /* a fork unless CLONE_THREAD */
        FD_OP_EXECVE,
        FD_OP_OPEN,         /* path in argument 0, relative to the working directory */
        FD_OP_OPENAT,       /* dirfd in 0, path in 1 */
        FD_OP_OPENAT2,      /* the same, its flags in a structure */
        FD_OP_DUP,          /* dup, dup2, dup3: the name of argument 0 */
        FD_OP_DUP3,
        FD_OP_NEW_FD,       /* returns a descriptor it does not name */
} FdOp;

struct FdTable {
        uint8_t ops[TL_SYSCALLS_MAX]; /* FdOp */
        FdSlot *slots;
        size_t n_slots;    /* power of two */
        size_t n_used;     /* slots with used set */
        char *pending;     /* the path fd_table_prepare() found */
};

static uint64_t key_of(uint32_t pid, int fd) {
        return (uint64_t) pid << 32 | (uint32_t) fd;
}

static size_t key_hash(uint64_t k) {
        k ^= k >> 33;
        k *= UINT64_C(0xff51afd7ed558ccd);
        k ^= k >> 33;
        return (size_t) k;
}

static void op_set(FdTable *t, const char *name, FdOp op) {
        int nr = syscall_from_name(name);

        if (nr >= 0 && nr < TL_SYSCALLS_MAX)
                t->ops[nr] = (uint8_t) op;
}

FdTable *fd_table_new(void) {
        static const char *const simple[][2] = {
                { "close", NULL }, { "close_range", NULL }, { "fcntl", NULL }, { "chdir", NULL },
                { "fchdir", NULL }, { "fork", NULL }, { "vfork", NULL }, { "clone3", NULL }, { "clone", NULL },
                { "execve", NULL }, { "execveat", NULL }, { "open", NULL }, { "creat", NULL }, { "openat", NULL },
                { "openat2", NULL }, { "dup", NULL }, { "dup2", NULL }, { "dup3", NULL },
        };
        static const FdOp simple_ops[] = {
                FD_OP_CLOSE, FD_OP_CLOSE_RANGE, FD_OP_FCNTL, FD_OP_CHDIR, FD_OP_FCHDIR, FD_OP_FORK, FD_OP_FORK,
                FD_OP_FORK, FD_OP_CLONE, FD_OP_EXECVE, FD_OP_EXECVE, FD_OP_OPEN, FD_OP_OPEN, FD_OP_OPENAT,
                FD_OP_OPENAT2, FD_OP_DUP, FD_OP_DUP, FD_OP_DUP3,
        };
        FdTable *t = calloc(1, sizeof(FdTable));

        if (!t)
                return NULL;
        for (int nr = 0; nr < TL_SYSCALLS_MAX; nr++)
                if (syscall_returns_fd(syscall_name(nr)))
                        t->ops[nr] = FD_OP_NEW_FD;
        for (size_t i = 0; i < sizeof(simple) / sizeof(simple[0]); i++)
                op_set(t, simple[i][0], simple_ops[i]);
        return t;
}

static FdOp record_op(const FdTable *t, const DumpRecord *r) {
        if ((r->h->flags & TL_RECORD_COMPAT) || r->h->nr < 0 || r->h->nr >= TL_SYSCALLS_MAX)
                return FD_OP_NONE;
        return (FdOp) t->ops[r->h->nr];
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

static int arg_fd(const DumpRecord *r, unsigned i) {
        return (int32_t) (uint32_t) r->h->args[i];
}

int fd_table_prepare(FdTable *t, const DumpRecord *r, const char **ret) {
        const struct tl_record_header *h = r->h;
        FdOp op = record_op(t, r);
        const char *p;
        char *s = NULL;
        size_t n;
        int k = 0;

        *ret = NULL;
        t->pending = (free(t->pending), NULL);
        if ((h->flags & TL_RECORD_UNFINISHED) || h->ret < 0 || h->ret > INT32_MAX)
                return 0;

        switch (op) {
        case FD_OP_OPEN:
                if (record_arg_path(r, 0, &p, &n) < 0)
                        return 0;
                k = resolve_path(t, h->pid, FD_AT_FDCWD, p, n, &s);
                break;
        case FD_OP_OPENAT:
        case FD_OP_OPENAT2:
                if (record_arg_path(r, 1, &p, &n) < 0)
                        return 0;
                k = resolve_path(t, h->pid, arg_fd(r, 0), p, n, &s);
                break;
        case FD_OP_DUP:
        case FD_OP_DUP3:
                p = fd_table_get(t, h->pid, arg_fd(r, 0));
                if (p) {
                        s = strdup(p);
                        if (!s)
                                k = -ENOMEM;
                }
                break;
        default:
                return 0;
        }
        if (k < 0)
                return k;
        t->pending = s;
        *ret = s;
        return 0;
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
        FdOp op = record_op(t, r);
        const char *p;
        char *s = NULL;
        size_t n;
        int k = 0;

        if (op == FD_OP_NONE || (h->flags & TL_RECORD_UNFINISHED))
                goto done;
        if (op == FD_OP_CLOSE) {
                /* even a failed close (EINTR, EIO) released the number */
                slot_forget(t, h->pid, arg_fd(r, 0));
                goto done;
        }
        if (h->ret < 0)
                goto done;

        switch (op) {
        case FD_OP_CLOSE_RANGE: {
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
                break;
        }
        case FD_OP_FCNTL: {
                uint32_t cmd = (uint32_t) h->args[1];

                if (cmd == FCNTL_F_DUPFD || cmd == FCNTL_F_DUPFD_CLOEXEC) {
                        if (h->ret <= INT32_MAX)
                                k = copy_named(t, h->pid, arg_fd(r, 0), (int) h->ret, cmd == FCNTL_F_DUPFD_CLOEXEC);
                } else if (cmd == FCNTL_F_SETFD) {
                        FdSlot *sl = slot_find(t, key_of(h->pid, arg_fd(r, 0)));

                        if (sl)
                                sl->cloexec = h->args[2] & FD_CLOEXEC_FLAG;
                }
                break;
        }
        case FD_OP_CHDIR:
                if (record_arg_path(r, 0, &p, &n) < 0) {
                        slot_forget(t, h->pid, FD_AT_FDCWD);
                        break;
                }
                k = resolve_path(t, h->pid, FD_AT_FDCWD, p, n, &s);
                if (k >= 0)
                        k = slot_set(t, h->pid, FD_AT_FDCWD, s, false);
                break;
        case FD_OP_FCHDIR:
                k = copy_named(t, h->pid, arg_fd(r, 0), FD_AT_FDCWD, false);
                break;
        case FD_OP_CLONE:
                if (h->args[0] & CLONE_THREAD_FLAG)
                        break;
                __attribute__((fallthrough));
        case FD_OP_FORK:
                if (h->ret > 0 && h->ret <= UINT32_MAX && (uint32_t) h->ret != h->pid)
                        k = copy_process(t, h->pid, (uint32_t) h->ret);
                break;
        case FD_OP_EXECVE:
                for (size_t i = 0; i < t->n_slots; i++) {
                        FdSlot *sl = &t->slots[i];

                        if (sl->path && sl->cloexec && (uint32_t) (sl->key >> 32) == h->pid)
                                sl->path = (free(sl->path), NULL);
                }
                break;
        case FD_OP_OPEN:
        case FD_OP_OPENAT:
        case FD_OP_OPENAT2:
        case FD_OP_DUP:
        case FD_OP_DUP3:
        case FD_OP_NEW_FD: {
                bool cloexec = false;

                if (h->ret > INT32_MAX)
                        break;
                if (op == FD_OP_OPENAT)
                        cloexec = h->args[2] & OPEN_O_CLOEXEC;
                else if (op == FD_OP_OPEN)
                        cloexec = h->args[1] & OPEN_O_CLOEXEC;  /* creat has none: its mode has no such bit */
                else if (op == FD_OP_DUP3)
                        cloexec = h->args[2] & OPEN_O_CLOEXEC;
                /* the name fd_table_prepare() found, or none: an old name is wrong now */
                s = t->pending;
                t->pending = NULL;
                return slot_set(t, h->pid, (int) h->ret, s, cloexec);
        }
        default:
                break;
        }
        if (k < 0)
                return k;

done:
        t->pending = (free(t->pending), NULL);
        return 0;
}
