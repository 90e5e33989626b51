/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* One record: the strace-style call text, the text line with columns, the JSON object. */

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "decode.h"
#include "decode-internal.h"
#include "format-struct.h"
#include "format-signal.h"
#include "format-special.h"
#include "quote.h"
#include "syscall-table.h"
#include "xlat.h"

#define STRING_MAX_DEFAULT 32
#define O_CREAT_BITS 00000100u
#define O_TMPFILE_BIT 020000000u
#define AT_FDCWD_VALUE (-100)

typedef struct CallCtx {
        const DumpRecord *r;
        const DumpOptions *o;
        const struct tl_record_header *h;
        const SyscallInfo *si;    /* NULL: unknown number, six hex arguments */
        const CompatSyscall *compat; /* a compat record's name and argument count, if known */
        size_t string_max;
        bool unfinished;
        bool failed;              /* returned -4095..-1 */
        const SpecialPrinter *sp; /* NULL: one kind per argument, all in order */
        SpecialCall sc;
        SpecialLayout lay;        /* the arguments shown, in order */
} CallCtx;

static size_t ctx_string_max(const DumpOptions *o) {
        return o && o->string_max > 0 ? o->string_max : STRING_MAX_DEFAULT;
}

static bool record_is_unfinished(const struct tl_record_header *h) {
        return h->flags & TL_RECORD_UNFINISHED;
}

bool record_ret_is_error(int64_t ret) {
        return ret >= -4095 && ret <= -1;
}

static int ctx_shown_args(const CallCtx *c);

static void ctx_init(CallCtx *c, const DumpRecord *r, const DumpOptions *o) {
        *c = (CallCtx) {
                .r = r,
                .o = o,
                .h = r->h,
                .string_max = ctx_string_max(o),
                .unfinished = record_is_unfinished(r->h),
        };
        /* The table describes the native ABI only: a compat record (nothing
         * captured) has its name from the compat table and hex arguments. */
        if (!(r->h->flags & TL_RECORD_COMPAT))
                c->si = syscall_info(r->h->nr);
        else
                c->compat = syscall_compat_info(r->h->nr);
        c->failed = !c->unfinished && record_ret_is_error(r->h->ret);

        c->sc = (SpecialCall) {
                .si = c->si,
                .args = r->h->args,
                .ret = r->h->ret,
                .returned = !c->unfinished && !c->failed,
                .unfinished = c->unfinished,
        };
        if (c->si && c->si->nargs >= 0)
                c->sp = special_printer_find(c->si->name);
        if (c->sp && c->sp->layout)
                c->sp->layout(&c->sc, &c->lay);
        else
                special_layout_all(&c->lay, (unsigned) ctx_shown_args(c));
}

static int ctx_nargs(const CallCtx *c) {
        if (c->compat && c->compat->nargs >= 0 && c->compat->nargs <= TL_NARGS)
                return c->compat->nargs;
        if (!c->si || c->si->nargs < 0 || c->si->nargs > TL_NARGS)
                return TL_NARGS;
        return c->si->nargs;
}

static ArgKind ctx_kind(const CallCtx *c, int i) {
        if (!c->si || c->si->nargs < 0)
                return ARG_HEX;
        if (c->si->args[i].kind >= _ARG_KIND_MAX)
                return ARG_HEX;
        return (ArgKind) c->si->args[i].kind;
}

static bool kind_is_exit_time(ArgKind k) {
        return k == ARG_BUF_OUT || k == ARG_BUF_OUT_HEX || k == ARG_PATH_OUT || k == ARG_PTR_OUT || struct_kind_is_exit_time(k);
}

/* open/openat print their mode only when it is used. */
static bool ctx_arg_hidden(const CallCtx *c, int i) {
        const char *n;
        uint32_t flags;

        if (!c->si || ctx_kind(c, i) != ARG_MODE)
                return false;
        n = c->si->name;
        if (strcmp(n, "open") == 0 && i == 2)
                flags = (uint32_t) c->h->args[1];
        else if (strcmp(n, "openat") == 0 && i == 3)
                flags = (uint32_t) c->h->args[2];
        else
                return false;
        return !(flags & (O_CREAT_BITS | O_TMPFILE_BIT));
}

/* Number of arguments shown (after hiding an unused trailing mode). */
static int ctx_shown_args(const CallCtx *c) {
        int n = ctx_nargs(c);

        while (n > 0 && ctx_arg_hidden(c, n - 1))
                n--;
        return n;
}

const char *record_arg_name(const DumpRecord *r, unsigned i) {
        const SyscallInfo *si;

        if (i >= TL_NARGS || (r->h->flags & TL_RECORD_COMPAT))
                return NULL;
        si = syscall_info(r->h->nr);
        if (!si || si->nargs < 0 || (int) i >= si->nargs)
                return NULL;
        return si->args[i].name;
}

enum {
        CAPTURE_NONE = 0,
        CAPTURE_OK = 1,
        CAPTURE_CORRUPT = 2,
};

/* Find the bytes captured for argument i. Record cap[j] belongs to rule cap[j]
 * of the syscall table. An all-zero slot means "not captured". */
static int ctx_capture_kind(const CallCtx *c, int i, int want_kind, const struct tl_capture **ret_cap) {
        const struct tl_syscall_rule *rule;

        *ret_cap = NULL;
        if (!c->si)
                return CAPTURE_NONE;
        rule = &c->si->rule;

        for (size_t j = 0; j < TL_CAPTURES_PER_RECORD; j++) {
                const struct tl_capture *cap = &c->h->cap[j];

                if (rule->cap[j].kind == TL_CAP_NONE || rule->cap[j].arg != i ||
                    (want_kind >= 0 && rule->cap[j].kind != want_kind))
                        continue;
                if (cap->arg == 0 && cap->len == 0 && cap->flags == 0 && cap->offset == 0 && i != 0)
                        return CAPTURE_NONE;
                if (cap->arg != i)
                        return CAPTURE_CORRUPT;
                if (cap->flags & TL_CAPTURE_FAULT)
                        return CAPTURE_NONE;
                if (cap->len > 0 && (!c->r->data || (size_t) cap->offset + cap->len > c->r->data_size))
                        return CAPTURE_CORRUPT;
                *ret_cap = cap;
                return CAPTURE_OK;
        }
        return CAPTURE_NONE;
}

/* The first capture of argument i (the enter one, where an argument has two). */
static int ctx_capture(const CallCtx *c, int i, const struct tl_capture **ret_cap) {
        return ctx_capture_kind(c, i, -1, ret_cap);
}

static const uint8_t *cap_bytes(const CallCtx *c, const struct tl_capture *cap);

/* poll, ppoll: " = 1 ([{fd=3, revents=POLLIN}], left {tv_sec=0, tv_nsec=0})",
 * from the exit captures of the fds and of ppoll's timeout. 0: not a poll. */
static int print_poll_ret(const CallCtx *c, StrBuf *out) {
        const struct tl_capture *fds, *left = NULL;
        size_t old = out->len;
        int k, r;

        if (!c->si || c->si->nargs < 2 || c->si->args[0].kind != ARG_POLLFD)
                return 0;
        if (c->h->ret == 0)
                return strbuf_append(out, " = 0 (Timeout)") < 0 ? -ENOMEM : 1;
        r = strbuf_printf(out, " = %" PRIi64, c->h->ret);
        if (r < 0)
                return r;
        if (c->h->args[0] == 0 || ctx_capture_kind(c, 0, TL_CAP_ARRAY_EXIT, &fds) != CAPTURE_OK)
                return 1;
        if (c->si->nargs > 2 && c->si->args[2].kind == ARG_PPOLL_TIMESPEC && c->h->args[2] != 0 &&
            ctx_capture_kind(c, 2, TL_CAP_STRUCT_EXIT, &left) != CAPTURE_OK)
                left = NULL;
        k = print_poll_revents(out, cap_bytes(c, fds), fds->len, (uint32_t) c->h->args[1],
                               left ? cap_bytes(c, left) : NULL, left ? left->len : 0);
        if (k == -ENODATA) {
                strbuf_truncate(out, old);
                return strbuf_printf(out, " = %" PRIi64, c->h->ret) < 0 ? -ENOMEM : 1;
        }
        return k < 0 ? k : 1;
}

/* select, pselect6 (TL_CAP_STRUCT_BOTH): one copy of a set or timeout, the
 * one at enter or, if the exit copy is there, the one at exit. NULL: nothing
 * (trustworthy) was captured. */
static const uint8_t *select_copy(const CallCtx *c, int i, bool at_exit, size_t *ret_len, bool *ret_cut) {
        const struct tl_capture *cap;

        if (ctx_capture_kind(c, i, TL_CAP_STRUCT_BOTH, &cap) != CAPTURE_OK || cap->orig_len == 0 ||
            cap->len < (at_exit ? 2 * (size_t) cap->orig_len : cap->orig_len))
                return NULL;
        *ret_len = cap->orig_len;
        if (ret_cut)
                *ret_cut = cap->flags & TL_CAPTURE_TRUNCATED;
        return c->r->data + cap->offset + (at_exit ? cap->orig_len : 0);
}

/* The fds of a set below nfds, as strace prints them: "[3 4]". *ret_n: how many. */
static int print_fdset(StrBuf *out, const uint8_t *p, size_t len, bool cut, int64_t nfds, unsigned *ret_n) {
        uint64_t bits = nfds > 0 ? (uint64_t) nfds : 0;
        unsigned n = 0;
        int r;

        if (bits > len * 8)
                bits = len * 8;
        r = strbuf_append(out, "[");
        for (uint64_t fd = 0; r >= 0 && fd < bits; fd++)
                if (p[fd / 8] & (1U << (fd % 8)))
                        r = strbuf_printf(out, "%s%" PRIu64, n++ ? " " : "", fd);
        if (r >= 0 && cut && nfds > 0 && (uint64_t) nfds > bits)
                r = strbuf_append(out, n ? " ..." : "...");
        if (r >= 0)
                r = strbuf_append(out, "]");
        if (ret_n)
                *ret_n = n;
        return r < 0 ? r : 0;
}

static int print_select_time(StrBuf *out, const uint8_t *p, bool nsec) {
        uint64_t sec, frac;

        memcpy(&sec, p, 8);
        memcpy(&frac, p + 8, 8);
        return strbuf_printf(out, "{tv_sec=%" PRIi64 ", %s=%" PRIi64 "}",
                             (int64_t) sec, nsec ? "tv_nsec" : "tv_usec", (int64_t) frac);
}

/* An argument of select or pselect6: the set or timeout as given. */
static int print_select_arg(const CallCtx *c, int i, ArgKind k, StrBuf *out) {
        const uint8_t *p;
        size_t len;
        bool cut;

        if (c->h->args[i] == 0)
                return strbuf_append(out, "NULL");
        /* strace shows no set of a call without fds (nfds <= 0): the address. */
        if (k == ARG_FDSET && (int32_t) c->h->args[0] <= 0)
                return print_pointer(out, c->h->args[i]);
        p = select_copy(c, i, false, &len, &cut);
        if (!p || (k != ARG_FDSET && len < 16))
                return print_pointer(out, c->h->args[i]);
        if (k == ARG_FDSET)
                return print_fdset(out, p, len, cut, (int32_t) c->h->args[0], NULL);
        return print_select_time(out, p, k == ARG_PSELECT_TIMESPEC);
}

/* select, pselect6: " = 0 (Timeout)", " = 1 (in [3], left {tv_sec=0, tv_usec=999990})",
 * from the exit copies of the sets and of the timeout. 0: not a select. */
static int print_select_ret(const CallCtx *c, StrBuf *out) {
        static const char *const names[] = { "in", "out", "except" };
        size_t parts = 0, len;
        const uint8_t *p;
        bool cut;
        int r;

        if (!c->si || c->si->nargs < 5 || c->si->args[1].kind != ARG_FDSET)
                return 0;
        if (c->h->ret == 0)
                return strbuf_append(out, " = 0 (Timeout)") < 0 ? -ENOMEM : 1;
        r = strbuf_printf(out, " = %" PRIi64, c->h->ret);
        for (int i = 1; r >= 0 && i <= 4; i++) {
                size_t old = out->len;
                unsigned n = 1;

                if (c->h->args[i] == 0 || !(p = select_copy(c, i, true, &len, &cut)) || (i == 4 && len < 16))
                        continue;
                r = strbuf_printf(out, "%s%s ", parts ? ", " : " (", i == 4 ? "left" : names[i - 1]);
                if (r < 0)
                        break;
                if (i == 4)
                        r = print_select_time(out, p, c->si->args[4].kind == ARG_PSELECT_TIMESPEC);
                else
                        r = print_fdset(out, p, len, cut, (int32_t) c->h->args[0], &n);
                /* strace names only the sets that have fds left. */
                if (r >= 0 && n == 0) {
                        strbuf_truncate(out, old);
                        continue;
                }
                parts++;
        }
        if (r >= 0 && parts)
                r = strbuf_append(out, ")");
        return r < 0 ? r : 1;
}

static int print_uncaptured(StrBuf *out, uint64_t v, int state) {
        int r;

        r = print_pointer(out, v);
        if (r < 0)
                return r;
        if (state == CAPTURE_CORRUPT)
                return strbuf_append(out, " /* corrupt capture */");
        return 0;
}

static const uint8_t *cap_bytes(const CallCtx *c, const struct tl_capture *cap) {
        return cap->len > 0 ? c->r->data + cap->offset : (const uint8_t *) "";
}

static int print_string_arg(const CallCtx *c, int i, bool whole, StrBuf *out) {
        const struct tl_capture *cap;
        const uint8_t *p;
        size_t n, shown;
        int state;

        if (c->h->args[i] == 0)
                return strbuf_append(out, "NULL");
        state = ctx_capture(c, i, &cap);
        if (state != CAPTURE_OK)
                return print_uncaptured(out, c->h->args[i], state);

        p = cap_bytes(c, cap);
        n = strnlen((const char *) p, cap->len);
        shown = whole ? n : (n < c->string_max ? n : c->string_max);
        return quote_bytes(out, p, shown, shown < n || (cap->flags & TL_CAPTURE_TRUNCATED));
}

/* count bytes the syscall had behind argument i, shown up to limit (and
 * never past what was captured); "..." marks what is not shown. */
static int print_buffer_arg_ex(const CallCtx *c, int i, uint64_t count, size_t limit, bool hex, StrBuf *out) {
        const struct tl_capture *cap;
        size_t avail, shown;
        int state;

        if (c->h->args[i] == 0)
                return strbuf_append(out, "NULL");
        state = ctx_capture(c, i, &cap);
        if (state != CAPTURE_OK)
                return print_uncaptured(out, c->h->args[i], state);

        avail = cap->len < count ? cap->len : (size_t) count;
        shown = avail < limit ? avail : limit;
        return (hex ? quote_bytes_hex : quote_bytes)(out, cap_bytes(c, cap), shown,
                                                     shown < count || (cap->flags & TL_CAPTURE_TRUNCATED));
}

static int print_buffer_arg(const CallCtx *c, int i, uint64_t count, size_t limit, StrBuf *out) {
        return print_buffer_arg_ex(c, i, count, limit, false, out);
}

/* recvmsg: msg_namelen as the user passed it, read at enter (inline). Not
 * if it had to be read again at exit, when the kernel had overwritten it. */
static bool msghdr_namelen_in(const CallCtx *c, int i, int32_t *ret) {
        const struct tl_capture *cap;

        if (ctx_capture_kind(c, i, TL_CAP_STRUCT_ENTER, &cap) != CAPTURE_OK ||
            (cap->flags & (TL_CAPTURE_INLINE | TL_CAPTURE_AT_EXIT)) != TL_CAPTURE_INLINE)
                return false;
        *ret = (int32_t) cap->orig_len;
        return true;
}

/* A structure: NULL, the pointer where nothing (trustworthy) was captured or
 * the kernel wrote nothing, else the structure. */
static int print_struct_arg(const CallCtx *c, int i, ArgKind k, StrBuf *out) {
        const struct tl_capture *cap, *other;
        uint64_t ptr = c->h->args[i];
        size_t old = out->len;
        StructView v;
        int32_t in;
        int state, r;

        if (ptr == 0)
                return strbuf_append(out, "NULL");
        /* nanosleep's remaining time: the kernel writes it only when
         * interrupted, strace shows it only then. */
        if (k == ARG_TIMESPEC_REM) {
                if (c->unfinished || !c->failed || !errno_is_restart((int) -c->h->ret) ||
                    (strcmp(c->si->name, "clock_nanosleep") == 0 && c->h->args[1] != 0))
                        return print_pointer(out, ptr);
        } else if (k == ARG_MSGHDR_OUT && c->failed && msghdr_namelen_in(c, i, &in))
                /* strace keeps what it read at enter: the length the user gave. */
                return strbuf_printf(out, "{msg_namelen=%" PRIi32 "}", in);
        else if (struct_kind_is_exit_time(k) && (c->unfinished || c->failed))
                return print_pointer(out, ptr);
        /* The end of the directory: no record to keep, none to count. */
        if (k == ARG_DIRENTS_OUT && c->h->ret == 0)
                return print_dirents(out, ptr, NULL, 0, 0);
        /* wait4 with WNOHANG and no child ready: nothing was stored. */
        if (k == ARG_WAIT_STATUS && c->h->ret == 0)
                return print_pointer(out, ptr);
        /* prctl's arg2 has a string capture at enter, the name at exit. */
        if (k == ARG_COMM_OUT)
                state = ctx_capture_kind(c, i, TL_CAP_STRUCT_EXIT, &cap);
        /* quotactl's addr has a string capture (Q_QUOTAON) and 4 bytes, both at enter. */
        else if (k == ARG_QUOTA_XFLAGS || k == ARG_QUOTA_XTYPES)
                state = ctx_capture_kind(c, i, TL_CAP_STRUCT_ENTER, &cap);
        else
                state = ctx_capture(c, i, &cap);
        if (state != CAPTURE_OK)
                return print_uncaptured(out, ptr, state);

        v = (StructView) {
                .p = cap_bytes(c, cap),
                .len = cap->len,
                .orig_len = cap->orig_len,
                .flags = cap->flags,
                .ptr = ptr,
                .string_max = c->string_max,
                .ret = c->h->ret,
        };
        if (k == ARG_SOCKADDR || k == ARG_IOVEC || k == ARG_IOVEC_OUT || k == ARG_POLLFD || k == ARG_CPUSET) {
                unsigned size_arg = c->si->args[i].size_arg;

                v.size = size_arg < TL_NARGS ? (uint32_t) c->h->args[size_arg] : 0;
        }
        /* mincore: the vector's length follows from the range's (not a size_arg:
         * the recorder would take that for a pointer to a length). */
        if (k == ARG_MINCORE_VEC)
                v.size = c->h->args[1];
        /* The length the kernel wrote back is the address capture's orig_len. */
        if (k == ARG_SOCKLEN_INOUT && i > 0 && !c->unfinished && !c->failed &&
            (ctx_kind(c, i - 1) == ARG_SOCKADDR_OUT || ctx_kind(c, i - 1) == ARG_SOCKOPT_OUT) &&
            c->h->args[i - 1] != 0 &&
            ctx_capture(c, i - 1, &other) == CAPTURE_OK) {
                v.have_out = true;
                v.out = other->orig_len;
        }
        if (k == ARG_MSGHDR_OUT)
                v.have_in = msghdr_namelen_in(c, i, &v.in);
        /* sendfile: where the kernel left the offset, if the call succeeded. */
        if (k == ARG_LOFF_INOUT && !c->unfinished && !c->failed &&
            ctx_capture_kind(c, i, TL_CAP_STRUCT_EXIT, &other) == CAPTURE_OK) {
                v.have_out = true;
                v.out_p = cap_bytes(c, other);
                v.out_len = other->len;
        }

        r = format_struct(out, k, &v);
        if (r == -ENODATA) {
                if (out->buf)
                        strbuf_truncate(out, old);
                return print_pointer(out, ptr);
        }
        return r;
}

/* strace -y: "3</etc/passwd>"; the path with '<', '>', '\\' and unprintable bytes escaped. */
static int print_fd_path(const CallCtx *c, int fd, bool ret, StrBuf *out) {
        const char *path;
        int r;

        if (!c->o || !c->o->fd_path || (fd < 0 && fd != AT_FDCWD_VALUE))
                return 0;
        path = c->o->fd_path(c->o->fd_path_userdata, c->h, fd, ret);
        if (!path)
                return 0;
        r = strbuf_append_char(out, '<');
        if (r < 0)
                return r;
        for (const unsigned char *p = (const unsigned char *) path; *p; p++) {
                if (*p < 0x20 || *p >= 0x7f || *p == '<' || *p == '>' || *p == '\\')
                        r = strbuf_printf(out, "\\x%02x", *p);
                else
                        r = strbuf_append_char(out, (char) *p);
                if (r < 0)
                        return r;
        }
        return strbuf_append_char(out, '>');
}

static int print_fd(const CallCtx *c, uint64_t v, bool dirfd, StrBuf *out) {
        int32_t fd = (int32_t) (uint32_t) v;
        int r;

        if (dirfd && fd == AT_FDCWD_VALUE)
                r = strbuf_append(out, "AT_FDCWD"); /* -y: the working directory, if known */
        else
                r = strbuf_printf(out, "%" PRIi32, fd);
        if (r < 0)
                return r;
        if (fd < 0 && !(dirfd && fd == AT_FDCWD_VALUE))
                return 0;
        return print_fd_path(c, fd, false, out);
}

/* Syscalls whose return value is a new file descriptor (strace prints it as one with -y). */
bool syscall_returns_fd(const char *name) {
        static const char *const names[] = {
                "accept", "accept4", "creat", "dup", "dup2", "dup3", "epoll_create", "epoll_create1",
                "eventfd", "eventfd2", "fanotify_init", "fsmount", "fsopen", "fspick", "inotify_init",
                "inotify_init1", "io_uring_setup", "landlock_create_ruleset", "memfd_create",
                "memfd_secret", "mq_open", "open", "open_by_handle_at", "open_tree", "openat", "openat2",
                "perf_event_open", "pidfd_getfd", "pidfd_open", "signalfd", "signalfd4", "socket",
                "timerfd_create", "userfaultfd",
        };

        if (!name)
                return false;
        for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
                if (strcmp(names[i], name) == 0)
                        return true;
        return false;
}

int record_arg_path(const DumpRecord *r, unsigned i, const char **ret, size_t *ret_len) {
        const struct tl_capture *cap;
        const uint8_t *p;
        CallCtx c;

        if (i >= TL_NARGS || !r || !r->h)
                return -EINVAL;
        ctx_init(&c, r, NULL);
        if (!c.si || c.si->nargs < 0 || (int) i >= c.si->nargs || c.h->args[i] == 0)
                return -ENODATA;
        if (ctx_capture(&c, (int) i, &cap) != CAPTURE_OK || (cap->flags & TL_CAPTURE_TRUNCATED))
                return -ENODATA;
        p = cap_bytes(&c, cap);
        *ret = (const char *) p;
        *ret_len = strnlen((const char *) p, cap->len);
        return 0;
}

static int print_arg(const CallCtx *c, int i, StrBuf *out) {
        uint64_t v = c->h->args[i];
        const SyscallInfo *si = c->si;
        ArgKind kind = ctx_kind(c, i);
        unsigned size_arg;

        if (c->sp && c->sp->print_arg) {
                int r = c->sp->print_arg(&c->sc, (unsigned) i, &kind, out);
                if (r != 0)
                        return r < 0 ? r : 0;
        }

        switch (kind) {
        case ARG_INT:
                return strbuf_printf(out, "%" PRIi32, (int32_t) (uint32_t) v);
        case ARG_LONG:
                return strbuf_printf(out, "%" PRIi64, (int64_t) v);
        case ARG_UINT:
                return strbuf_printf(out, "%" PRIu32, (uint32_t) v);
        case ARG_ULONG:
        case ARG_SIZE:
                return strbuf_printf(out, "%" PRIu64, v);
        case ARG_HEX:
                return print_hex(out, v);
        case ARG_PTR:
        case ARG_PTR_OUT:
                return print_pointer(out, v);
        case ARG_FDSET:
        case ARG_SELECT_TIMEVAL:
        case ARG_PSELECT_TIMESPEC:
                return print_select_arg(c, i, kind, out);
        case ARG_FD:
                return print_fd(c, v, false, out);
        case ARG_DIRFD:
                return print_fd(c, v, true, out);
        case ARG_PATH:
                return print_string_arg(c, i, true, out);
        case ARG_STR:
                return print_string_arg(c, i, false, out);
        case ARG_BUF_IN:
                size_arg = si->args[i].size_arg;
                return print_buffer_arg(c, i, size_arg < TL_NARGS ? c->h->args[size_arg] : 0, c->string_max, out);
        case ARG_BUF_OUT:
        case ARG_BUF_OUT_HEX:
                /* Only what the syscall transferred; nothing when it failed or is still running. */
                if (c->unfinished || c->failed || c->h->ret < 0)
                        return print_pointer(out, v);
                return print_buffer_arg_ex(c, i, (uint64_t) c->h->ret, c->string_max, kind == ARG_BUF_OUT_HEX, out);
        case ARG_PATH_OUT:
                if (c->unfinished || c->failed || c->h->ret < 0)
                        return print_pointer(out, v);
                /* A path the kernel wrote (getcwd): whole, like a path, and
                 * without the NUL the return value counts. */
                return print_buffer_arg(c, i, c->h->ret > 0 ? (uint64_t) c->h->ret - 1 : 0, SIZE_MAX, out);
        case ARG_OPEN_FLAGS:
                return print_open_flags(out, v);
        case ARG_MODE:
                return print_mode(out, v);
        case ARG_MMAP_PROT:
                return print_mmap_prot(out, v);
        case ARG_MMAP_FLAGS:
                return print_mmap_flags(out, v);
        case ARG_AT_FLAGS:
                return print_at_flags(out, v, strcmp(si->name, "faccessat2") == 0);
        case ARG_ACCESS_MODE:
                return print_access_mode(out, v);
        case ARG_SIGNAL:
                return print_signal(out, v);
        case ARG_SEEK_WHENCE:
                return print_seek_whence(out, v);

        /* Structures */
        case ARG_STAT:
        case ARG_STATX:
        case ARG_ARGV:
        case ARG_ENVP:
        case ARG_SOCKADDR:
        case ARG_SOCKADDR_OUT:
        case ARG_SOCKLEN_INOUT:
        case ARG_FD_PAIR:
        case ARG_WAIT_STATUS:
        case ARG_TIMESPEC:
        case ARG_TIMESPEC_OUT:
        case ARG_RLIM:
        case ARG_RLIM_OUT:
        case ARG_UTSNAME:
        case ARG_SYSINFO:
        case ARG_SIGSET:
        case ARG_SIGSET_OUT:
        case ARG_SIGACTION:
        case ARG_SIGACTION_OUT:
        case ARG_EPOLL_EVENT:
        case ARG_EPOLL_EVENTS_OUT:
        case ARG_IOVEC:
        case ARG_IOVEC_OUT:
        case ARG_POLLFD:
        case ARG_PPOLL_TIMESPEC:
        case ARG_MSGHDR:
        case ARG_MSGHDR_OUT:
        case ARG_TIMEVAL ... ARG_UTIMBUF:
                return print_struct_arg(c, i, ctx_kind(c, i), out);
        case ARG_INT_OUT:
        case ARG_UID_OUT:
        case ARG_ADDR_OUT:
        case ARG_ULONG_OUT:
        case ARG_LOFF:
        case ARG_LOFF_INOUT:
        case ARG_SOCKOPT:
        case ARG_SOCKOPT_OUT:
        case ARG_DIRENTS_OUT:
        case ARG_CPUSET:
        case ARG_CPUSET_OUT:
        case ARG_COMM_OUT:
        case ARG_STACK:
        case ARG_STACK_OUT:
        case ARG_MINCORE_VEC:
        case ARG_TIMEX_OUT:
        case ARG_QUOTA_XFLAGS:
        case ARG_QUOTA_XTYPES:
        case ARG_SIGINFO:
        case ARG_SIGINFO_OUT:
                /* kind, not the table's: a special printer may pick the form (ioctl FIONREAD). */
                return print_struct_arg(c, i, kind, out);
        case ARG_SIGRETURN_MASK: {
                /* As strace: the mask, or its address if it could not be read, in braces. */
                int r = strbuf_append(out, "{mask=");
                if (r < 0)
                        return r;
                r = print_struct_arg(c, i, ARG_SIGSET, out);
                if (r < 0)
                        return r;
                return strbuf_append_char(out, '}');
        }

        /* Constants and flag sets */
        case ARG_MADVISE ... ARG_CLOSE_RANGE_FLAGS:
                return print_const_arg(out, kind, v);

        default:
                return print_hex(out, v);
        }
}

int record_format_arg(const DumpRecord *r, const DumpOptions *o, unsigned i, StrBuf *out) {
        CallCtx c;

        if (i >= TL_NARGS)
                return -EINVAL;
        ctx_init(&c, r, o);
        return print_arg(&c, (int) i, out);
}

static int print_name(const CallCtx *c, StrBuf *out) {
        if (c->si)
                return strbuf_append(out, c->si->name);
        if (c->compat)
                return strbuf_append(out, c->compat->name);
        return strbuf_printf(out, "syscall_%#" PRIx32, (uint32_t) c->h->nr);
}

static int print_ret(const CallCtx *c, StrBuf *out) {
        int64_t ret = c->h->ret;

        if (c->si && c->si->ret == RET_NONE)
                return strbuf_append(out, " = ?");

        if (record_ret_is_error(ret)) {
                int e = (int) -ret;
                const char *name = errno_name(e), *msg = errno_message(e);

                if (errno_is_restart(e))
                        return strbuf_printf(out, " = ? %s (%s)", name, msg);
                if (name)
                        return strbuf_printf(out, " = -1 %s (%s)", name, msg);
                return strbuf_printf(out, " = -1 (errno %d)", e);
        }

        {
                int r = print_poll_ret(c, out);
                if (r == 0)
                        r = print_select_ret(c, out);
                if (r != 0)
                        return r < 0 ? r : 0;
        }

        if (c->sp && c->sp->print_ret) {
                size_t old = out->len;
                int r = strbuf_append(out, " = ");
                if (r < 0)
                        return r;
                r = c->sp->print_ret(&c->sc, out);
                if (r != 0)
                        return r < 0 ? r : 0;
                strbuf_truncate(out, old);
        }

        if (c->si && c->si->ret == RET_ADDR) {
                int r = strbuf_append(out, " = ");
                if (r < 0)
                        return r;
                return print_hex(out, (uint64_t) ret);
        }

        /* -y: the callback knows whether this call returned a descriptor it can name */
        if (c->o && c->o->fd_path && ret >= 0 && ret <= INT32_MAX) {
                int r = strbuf_printf(out, " = %" PRIi64, ret);
                if (r < 0)
                        return r;
                return print_fd_path(c, (int) ret, true, out);
        }

        return strbuf_printf(out, " = %" PRIi64, ret);
}

static int format_call(const DumpRecord *r, const DumpOptions *o, StrBuf *out, size_t *ret_exit_at, size_t *ret_close_at) {
        size_t start = out->len, exit_at = SIZE_MAX;
        CallCtx c;
        int n, i, k;

        if (!r || !r->h || !out)
                return -EINVAL;

        if (record_is_event(r->h)) {
                /* A signal or exit line has no call to split: all of it is the enter half. */
                k = event_format_text(r, out);
                if (k >= 0 && ret_exit_at)
                        *ret_exit_at = out->len;
                if (k >= 0 && ret_close_at)
                        *ret_close_at = out->len;
                return k;
        }

        ctx_init(&c, r, o);

        k = print_name(&c, out);
        if (k < 0)
                return k;
        k = strbuf_append_char(out, '(');
        if (k < 0)
                return k;

        n = c.lay.n;
        for (int j = 0; j < n; j++) {
                bool stop;

                i = c.lay.order[j];
                stop = c.unfinished && kind_is_exit_time(ctx_kind(&c, i)) &&
                        !(c.si && c.si->ret == RET_NONE);
                if (stop)
                        return strbuf_append(out, j > 0 ? ", <unfinished ...>" : "<unfinished ...>");
                /* a layout may say where strace's resumed part starts, separator included */
                if (j > 0 && j == c.lay.exit_from && exit_at == SIZE_MAX)
                        exit_at = out->len - start;
                if (j > 0) {
                        k = strbuf_append(out, ", ");
                        if (k < 0)
                                return k;
                }
                if (exit_at == SIZE_MAX && kind_is_exit_time(ctx_kind(&c, i)))
                        exit_at = out->len - start;
                if (c.lay.label[j]) {
                        k = strbuf_append(out, c.lay.label[j]);
                        if (k < 0)
                                return k;
                }
                k = print_arg(&c, i, out);
                if (k < 0)
                        return k;
        }

        if (c.unfinished && !(c.si && c.si->ret == RET_NONE))
                return strbuf_append(out, " <unfinished ...>");

        if (ret_close_at)
                *ret_close_at = out->len - start;
        if (ret_exit_at)
                *ret_exit_at = exit_at == SIZE_MAX ? out->len - start : exit_at;
        k = strbuf_append_char(out, ')');
        if (k < 0)
                return k;
        if (c.unfinished)
                return strbuf_append(out, " = ?");
        return print_ret(&c, out);
}

int record_format_call(const DumpRecord *r, const DumpOptions *o, StrBuf *out) {
        return format_call(r, o, out, NULL, NULL);
}

int record_format_call_split(const DumpRecord *r, const DumpOptions *o, StrBuf *out,
                             size_t *ret_exit_at, size_t *ret_close_at) {
        struct tl_record_header h;
        DumpRecord whole;

        if (!r || !r->h || !out || !ret_exit_at || !ret_close_at)
                return -EINVAL;
        /* The enter half of an unfinished call is the same text: format it as if it had returned 0. */
        h = *r->h;
        h.flags &= ~(uint32_t) TL_RECORD_UNFINISHED;
        if (r->h->flags & TL_RECORD_UNFINISHED)
                h.ret = 0;
        whole = *r;
        whole.h = &h;
        return format_call(&whole, o, out, ret_exit_at, ret_close_at);
}

static size_t comm_len(const struct tl_record_header *h) {
        return strnlen(h->comm, TL_COMM_LEN);
}

int record_format_comm(const struct tl_record_header *h, StrBuf *out) {
        int r = escape_bytes(out, (const uint8_t *) h->comm, comm_len(h));

        if (r >= 0 && !out->buf)
                r = strbuf_append(out, "");
        return r;
}

static int format_text_line(const DumpRecord *r, const DumpOptions *o, StrBuf *out) {
        const struct tl_record_header *h = r->h;
        _cleanup_strbuf_ StrBuf comm = {}, call = {};
        char tbuf[32];
        int k;

        k = record_format_call(r, o, &call);
        if (k < 0)
                return k;
        /* strace -T; a signal or an exit takes no time */
        if (o && o->durations && !record_is_unfinished(h) && !record_is_event(h) && h->ts_exit >= h->ts_enter) {
                uint64_t ns = h->ts_exit - h->ts_enter;

                k = strbuf_printf(&call, " <%" PRIu64 ".%06" PRIu64 ">", ns / 1000000000, ns % 1000000000 / 1000);
                if (k < 0)
                        return k;
        }

        if (!o || !o->columns) {
                k = strbuf_append_n(out, call.buf, call.len);
                if (k < 0)
                        return k;
                return strbuf_append_char(out, '\n');
        }

        k = escape_bytes(&comm, (const uint8_t *) h->comm, comm_len(h));
        if (k < 0)
                return k;
        if (!comm.buf) {
                k = strbuf_append(&comm, "");
                if (k < 0)
                        return k;
        }

        k = format_local_time(h->ts_enter, o->realtime_offset_ns, h->flags & TL_RECORD_TICK_TIME, tbuf, sizeof(tbuf));
        if (k < 0)
                return k;

        /* the call, the longest part, is appended rather than printed: dumps are big */
        k = strbuf_printf(out, "%s %3" PRIu32 " %7" PRIu32 " %-15s ", tbuf, h->cpu, h->tid, comm.buf);
        if (k < 0)
                return k;
        k = strbuf_append_n(out, call.buf, call.len);
        if (k < 0)
                return k;
        return strbuf_append_char(out, '\n');
}

static void split_ns(uint64_t mono_ns, int64_t offset_ns, time_t *ret_sec, long *ret_usec) {
        /* wrap-around arithmetic on purpose: any input gives some time */
        int64_t ns = (int64_t) (mono_ns + (uint64_t) offset_ns);
        int64_t sec = ns / 1000000000, rem = ns % 1000000000;

        if (rem < 0) {
                rem += 1000000000;
                sec--;
        }
        *ret_sec = (time_t) sec;
        *ret_usec = (long) (rem / 1000);
}

int format_local_time(uint64_t mono_ns, int64_t offset_ns, bool tick, char *buf, size_t size) {
        struct tm tm;
        time_t sec;
        long usec;
        int n;

        split_ns(mono_ns, offset_ns, &sec, &usec);
        if (!localtime_r(&sec, &tm))
                return -EINVAL;
        if (tick) /* no digits the clock did not give; padded so that columns line up */
                n = snprintf(buf, size, "%02d:%02d:%02d.%03ld   ", tm.tm_hour, tm.tm_min, tm.tm_sec, usec / 1000);
        else
                n = snprintf(buf, size, "%02d:%02d:%02d.%06ld", tm.tm_hour, tm.tm_min, tm.tm_sec, usec);
        if (n < 0 || (size_t) n >= size)
                return -ENOBUFS;
        return 0;
}

int format_iso8601_utc(uint64_t mono_ns, int64_t offset_ns, char *buf, size_t size) {
        struct tm tm;
        time_t sec;
        long usec;
        int n;

        split_ns(mono_ns, offset_ns, &sec, &usec);
        if (!gmtime_r(&sec, &tm))
                return -EINVAL;
        n = snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d.%06ldZ",
                     tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                     tm.tm_hour, tm.tm_min, tm.tm_sec, usec);
        if (n < 0 || (size_t) n >= size)
                return -ENOBUFS;
        return 0;
}

static int format_json(const DumpRecord *r, const DumpOptions *o, StrBuf *out) {
        const struct tl_record_header *h = r->h;
        _cleanup_strbuf_ StrBuf call = {}, arg = {};
        CallCtx c;
        char tbuf[64];
        int k, n, i;

        ctx_init(&c, r, o);

        k = record_format_call(r, o, &call);
        if (k < 0)
                return k;
        k = format_iso8601_utc(h->ts_enter, o ? o->realtime_offset_ns : 0, tbuf, sizeof(tbuf));
        if (k < 0)
                return k;

        k = strbuf_printf(out, "{\"type\":\"syscall\",\"ts_ns\":%" PRIu64 ",\"time\":\"%s\",\"duration_ns\":",
                          h->ts_enter, tbuf);
        if (k < 0)
                return k;
        if (c.unfinished || h->ts_exit < h->ts_enter)
                k = strbuf_append(out, "null");
        else
                k = strbuf_printf(out, "%" PRIu64, h->ts_exit - h->ts_enter);
        if (k < 0)
                return k;
        k = strbuf_append(out, (h->flags & TL_RECORD_TICK_TIME) ? ",\"clock\":\"tick\"" : ",\"clock\":\"precise\"");
        if (k < 0)
                return k;

        k = strbuf_printf(out, ",\"cpu\":%" PRIu32 ",\"pid\":%" PRIu32 ",\"tid\":%" PRIu32 ",\"comm\":",
                          h->cpu, h->pid, h->tid);
        if (k < 0)
                return k;
        k = json_quote(out, h->comm, comm_len(h));
        if (k < 0)
                return k;

        k = strbuf_printf(out, ",\"nr\":%" PRIi32 ",\"syscall\":", h->nr);
        if (k < 0)
                return k;
        strbuf_truncate(&arg, 0);
        k = print_name(&c, &arg);
        if (k < 0)
                return k;
        k = json_quote(out, arg.buf, arg.len);
        if (k < 0)
                return k;

        k = strbuf_append(out, ",\"args\":[");
        if (k < 0)
                return k;
        n = c.lay.n;
        for (int j = 0; j < n; j++) {
                const char *name;
                bool known;

                i = c.lay.order[j];
                name = c.si && c.si->nargs >= 0 ? c.si->args[i].name : NULL;
                known = !(c.unfinished && kind_is_exit_time(ctx_kind(&c, i)));
                k = strbuf_printf(out, "%s{\"name\":", j > 0 ? "," : "");
                if (k < 0)
                        return k;
                if (name)
                        k = json_quote(out, name, strlen(name));
                else
                        k = strbuf_printf(out, "\"arg%d\"", i);
                if (k < 0)
                        return k;
                k = strbuf_printf(out, ",\"raw\":%" PRIu64 ",\"value\":", h->args[i]);
                if (k < 0)
                        return k;
                if (!known) {
                        k = strbuf_append(out, "null}");
                        if (k < 0)
                                return k;
                        continue;
                }
                strbuf_truncate(&arg, 0);
                k = print_arg(&c, i, &arg);
                if (k < 0)
                        return k;
                k = json_quote(out, arg.buf, arg.len);
                if (k < 0)
                        return k;
                k = strbuf_append_char(out, '}');
                if (k < 0)
                        return k;
        }

        k = strbuf_append(out, "],\"ret\":");
        if (k < 0)
                return k;
        if (c.unfinished)
                k = strbuf_append(out, "null,\"errno\":null");
        else if (record_ret_is_error(h->ret) && errno_name((int) -h->ret))
                k = strbuf_printf(out, "%" PRIi64 ",\"errno\":\"%s\"", h->ret, errno_name((int) -h->ret));
        else
                k = strbuf_printf(out, "%" PRIi64 ",\"errno\":null", h->ret);
        if (k < 0)
                return k;

        k = strbuf_printf(out, ",\"unfinished\":%s,%s\"text\":", c.unfinished ? "true" : "false",
                          (h->flags & TL_RECORD_COMPAT) ? "\"compat\":true," : "");
        if (k < 0)
                return k;
        k = json_quote(out, call.buf, call.len);
        if (k < 0)
                return k;
        return strbuf_append(out, "}\n");
}

int record_format(const DumpRecord *r, const DumpOptions *o, StrBuf *out) {
        size_t old;
        int k;

        if (!r || !r->h || !out)
                return -EINVAL;

        old = out->len;
        if (o && o->format == DUMP_FORMAT_JSON)
                k = record_is_event(r->h) ? event_format_json(r, o, out) : format_json(r, o, out);
        else
                k = format_text_line(r, o, out);
        if (k < 0 && out->buf)
                strbuf_truncate(out, old);
        return k;
}
