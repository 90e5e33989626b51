/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* The special printers: see format-special.h. Forms are strace 6.1's. */

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "format-special.h"
#include "format-struct.h"
#include "xlat.h"

void special_layout_all(SpecialLayout *l, unsigned nargs) {
        *l = (SpecialLayout) {};
        for (unsigned i = 0; i < nargs && i < TL_NARGS; i++)
                l->order[l->n++] = (uint8_t) i;
}

static void lay_add(SpecialLayout *l, unsigned i, const char *label) {
        if (l->n >= TL_NARGS)
                return;
        l->label[l->n] = label;
        l->order[l->n++] = (uint8_t) i;
}

/* The first n arguments (never more than the syscall has). */
static void lay_first(const SpecialCall *c, SpecialLayout *l, unsigned n) {
        special_layout_all(l, c->si->nargs >= 0 && (unsigned) c->si->nargs < n ? (unsigned) c->si->nargs : n);
}

/* Index of the argument called name, or -1: the order differs between
 * architectures (clone), the names do not. */
static int arg_index(const SpecialCall *c, const char *name) {
        for (int i = 0; i < c->si->nargs && i < TL_NARGS; i++)
                if (c->si->args[i].name && strcmp(c->si->args[i].name, name) == 0)
                        return i;
        return -1;
}

static int print_hex_paren(StrBuf *out, uint64_t v, const char *prefix) {
        int r;

        r = print_hex(out, v);
        if (r >= 0)
                r = strbuf_printf(out, " (%s", prefix);
        return r;
}

/* ---- clone: clone(child_stack=..., flags=..., parent_tid=..., tls=..., child_tidptr=...) ---- */

#define CLONE_PIDFD_BIT 0x00001000u
#define CLONE_SETTLS_BIT 0x00080000u
#define CLONE_PARENT_SETTID_BIT 0x00100000u
#define CLONE_CHILD_CLEARTID_BIT 0x00200000u
#define CLONE_CHILD_SETTID_BIT 0x01000000u

static void clone_layout(const SpecialCall *c, SpecialLayout *l) {
        int flags = arg_index(c, "clone_flags"), stack = arg_index(c, "newsp"),
                ptid = arg_index(c, "parent_tidptr"), ctid = arg_index(c, "child_tidptr"),
                tls = arg_index(c, "tls");
        uint64_t f;

        if (flags < 0 || stack < 0 || ptid < 0 || ctid < 0 || tls < 0) {
                special_layout_all(l, c->si->nargs);
                return;
        }
        f = c->args[flags];
        *l = (SpecialLayout) {};
        lay_add(l, stack, "child_stack=");
        lay_add(l, flags, "flags=");
        l->exit_from = l->n;
        /* strace prints the rest when clone returns */
        if (c->unfinished)
                return;
        if (f & (CLONE_PARENT_SETTID_BIT | CLONE_PIDFD_BIT))
                lay_add(l, ptid, "parent_tid=");
        if (f & CLONE_SETTLS_BIT)
                lay_add(l, tls, "tls=");
        if (f & (CLONE_CHILD_SETTID_BIT | CLONE_CHILD_CLEARTID_BIT))
                lay_add(l, ctid, "child_tidptr=");
}

/* ---- futex: the arguments the operation uses ---- */

#define FUTEX_CMD(op) ((uint32_t) (op) & 127u)

enum {
        FUTEX_WAIT_CMD, FUTEX_WAKE_CMD, FUTEX_FD_CMD, FUTEX_REQUEUE_CMD, FUTEX_CMP_REQUEUE_CMD,
        FUTEX_WAKE_OP_CMD, FUTEX_LOCK_PI_CMD, FUTEX_UNLOCK_PI_CMD, FUTEX_TRYLOCK_PI_CMD,
        FUTEX_WAIT_BITSET_CMD, FUTEX_WAKE_BITSET_CMD, FUTEX_WAIT_REQUEUE_PI_CMD,
        FUTEX_CMP_REQUEUE_PI_CMD, FUTEX_LOCK_PI2_CMD,
};

/* Argument indexes: uaddr 0, op 1, val 2, timeout/val2 3, uaddr2 4, val3 5. */
static const char *const futex_shown[] = {
        [FUTEX_WAIT_CMD] = "0123",
        [FUTEX_WAKE_CMD] = "012",
        [FUTEX_FD_CMD] = "012",
        [FUTEX_REQUEUE_CMD] = "01234",
        [FUTEX_CMP_REQUEUE_CMD] = "012345",
        [FUTEX_WAKE_OP_CMD] = "012345",
        [FUTEX_LOCK_PI_CMD] = "013",
        [FUTEX_UNLOCK_PI_CMD] = "01",
        [FUTEX_TRYLOCK_PI_CMD] = "01",
        [FUTEX_WAIT_BITSET_CMD] = "01235",
        [FUTEX_WAKE_BITSET_CMD] = "0125",
        [FUTEX_WAIT_REQUEUE_PI_CMD] = "01234",
        [FUTEX_CMP_REQUEUE_PI_CMD] = "012345",
        [FUTEX_LOCK_PI2_CMD] = "013",
};

static void futex_layout(const SpecialCall *c, SpecialLayout *l) {
        uint32_t cmd = FUTEX_CMD(c->args[1]);

        if (c->si->nargs < 6 || cmd >= ELEMENTSOF(futex_shown)) {
                special_layout_all(l, c->si->nargs);
                return;
        }
        *l = (SpecialLayout) {};
        for (const char *p = futex_shown[cmd]; *p; p++)
                lay_add(l, (unsigned) (*p - '0'), NULL);
}

static int futex_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        uint32_t cmd = FUTEX_CMD(c->args[1]);

        switch (i) {
        case 0:
                *kind = ARG_PTR;
                return 0;
        case 1:
                return print_futex_op(out, c->args[1]) < 0 ? -ENOMEM : 1;
        case 3:
                if (cmd == FUTEX_REQUEUE_CMD || cmd == FUTEX_CMP_REQUEUE_CMD ||
                    cmd == FUTEX_WAKE_OP_CMD || cmd == FUTEX_CMP_REQUEUE_PI_CMD)
                        *kind = ARG_UINT;        /* val2, a count */
                else if (cmd >= ELEMENTSOF(futex_shown))
                        *kind = ARG_HEX;
                /* else the table's: the timeout, a struct timespec */
                return 0;
        case 4:
                *kind = cmd >= ELEMENTSOF(futex_shown) ? ARG_HEX : ARG_PTR;
                return 0;
        case 5:
                if (cmd == FUTEX_WAKE_OP_CMD)
                        return print_futex_wake_op(out, c->args[5]) < 0 ? -ENOMEM : 1;
                if (cmd == FUTEX_WAIT_BITSET_CMD || cmd == FUTEX_WAKE_BITSET_CMD)
                        return print_futex_bitset(out, c->args[5]) < 0 ? -ENOMEM : 1;
                *kind = cmd >= ELEMENTSOF(futex_shown) ? ARG_HEX : ARG_UINT;
                return 0;
        default:
                return 0;
        }
}

/* ---- fcntl: the third argument and the result depend on the command ---- */

enum {
        F_DUPFD_CMD = 0, F_GETFD_CMD = 1, F_SETFD_CMD = 2, F_GETFL_CMD = 3, F_SETFL_CMD = 4,
        F_GETLK_CMD = 5, F_SETLK_CMD = 6, F_SETLKW_CMD = 7, F_SETOWN_CMD = 8, F_GETOWN_CMD = 9,
        F_SETSIG_CMD = 10, F_GETSIG_CMD = 11, F_SETOWN_EX_CMD = 15, F_GETOWN_EX_CMD = 16,
        F_GETOWNER_UIDS_CMD = 17, F_OFD_GETLK_CMD = 36, F_OFD_SETLK_CMD = 37, F_OFD_SETLKW_CMD = 38,
        F_SETLEASE_CMD = 1024, F_GETLEASE_CMD = 1025, F_NOTIFY_CMD = 1026, F_CANCELLK_CMD = 1029,
        F_DUPFD_CLOEXEC_CMD = 1030, F_SETPIPE_SZ_CMD = 1031, F_GETPIPE_SZ_CMD = 1032,
        F_ADD_SEALS_CMD = 1033, F_GET_SEALS_CMD = 1034,
};

static bool fcntl_has_arg(uint32_t cmd) {
        switch (cmd) {
        case F_GETFD_CMD:
        case F_GETFL_CMD:
        case F_GETOWN_CMD:
        case F_GETSIG_CMD:
        case F_GETLEASE_CMD:
        case F_GETPIPE_SZ_CMD:
        case F_GET_SEALS_CMD:
                return false;
        default:
                return true;
        }
}

static void fcntl_layout(const SpecialCall *c, SpecialLayout *l) {
        lay_first(c, l, fcntl_has_arg((uint32_t) c->args[1]) ? 3 : 2);
}

static int fcntl_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        uint64_t v = c->args[2];
        int r;

        if (i == 1) {
                *kind = ARG_FCNTL_CMD;
                return 0;
        }
        if (i != 2)
                return 0;

        switch ((uint32_t) c->args[1]) {
        case F_SETFD_CMD:
                r = print_fd_flags(out, (uint32_t) v);
                break;
        case F_SETFL_CMD:
                r = print_open_flags(out, v);
                break;
        case F_SETSIG_CMD:
                r = print_signal(out, v);
                break;
        case F_SETLEASE_CMD:
                r = print_fcntl_lease(out, v);
                break;
        case F_NOTIFY_CMD:
                r = print_dnotify_flags(out, v);
                break;
        case F_ADD_SEALS_CMD:
                r = print_fcntl_seals(out, v);
                break;
        case F_DUPFD_CMD:
        case F_DUPFD_CLOEXEC_CMD:
        case F_SETPIPE_SZ_CMD:
                *kind = ARG_UINT;
                return 0;
        case F_SETOWN_CMD:
                *kind = ARG_INT;
                return 0;
        case F_GETLK_CMD:
        case F_SETLK_CMD:
        case F_SETLKW_CMD:
        case F_OFD_GETLK_CMD:
        case F_OFD_SETLK_CMD:
        case F_OFD_SETLKW_CMD:
        case F_SETOWN_EX_CMD:
        case F_GETOWN_EX_CMD:
                *kind = ARG_PTR;
                return 0;
        default:
                *kind = ARG_HEX;
                return 0;
        }
        return r < 0 ? r : 1;
}

static int fcntl_print_ret(const SpecialCall *c, StrBuf *out) {
        uint64_t v = (uint64_t) c->ret;
        int r;

        switch ((uint32_t) c->args[1]) {
        case F_GETFD_CMD:
                if (v == 0)
                        return 0;
                r = print_hex_paren(out, v, "flags ");
                if (r >= 0)
                        r = print_fd_flags(out, v);
                break;
        case F_GETFL_CMD:
                r = print_hex_paren(out, v, "flags ");
                if (r >= 0)
                        r = print_open_flags(out, v);
                break;
        case F_GET_SEALS_CMD:
                r = print_hex_paren(out, v, "seals ");
                if (r >= 0)
                        r = print_fcntl_seals(out, v);
                break;
        case F_GETLEASE_CMD:
                r = print_hex_paren(out, v, "");
                if (r >= 0)
                        r = print_fcntl_lease(out, v);
                break;
        case F_GETSIG_CMD:
                if (v == 0)
                        return 0;
                r = strbuf_printf(out, "%" PRIi64 " (", c->ret);
                if (r >= 0)
                        r = print_signal(out, v);
                break;
        default:
                return 0;
        }
        if (r >= 0)
                r = strbuf_append_char(out, ')');
        return r < 0 ? r : 1;
}

/* ---- ioctl: the third argument per request ---- */

#define IOCTL_FIONREAD 0x541bU  /* the same on x86_64 and aarch64 */

static void ioctl_layout(const SpecialCall *c, SpecialLayout *l) {
        lay_first(c, l, ioctl_arg_kind(c->args[1]) == IOCTL_ARG_NONE ? 2 : 3);
}

static int ioctl_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        int r;

        if (i == 2) {
                r = print_ioctl_int_arg(out, c->args[1], c->args[2]);
                if (r != 0)
                        return r;
        }
        if (i == 1)
                *kind = ARG_IOCTL_CMD;
        else if (i == 2 && (uint32_t) c->args[1] == IOCTL_FIONREAD && c->returned)
                *kind = ARG_INT_OUT;    /* the recorder keeps the int at exit (EXTRA_CAPTURES) */
        else if (i == 2)
                switch (ioctl_arg_kind(c->args[1])) {
                case IOCTL_ARG_PTR:
                        *kind = ARG_PTR;
                        break;
                case IOCTL_ARG_INT:
                        *kind = ARG_INT;
                        break;
                default:
                        *kind = ARG_HEX;
                        break;
                }
        return 0;
}

/* ---- preadv, pwritev and their v2: the offset in one piece ---- */

/* The kernel takes the offset as two halves (pos_l, pos_h); on a 64-bit
 * architecture pos_l is all of it and strace shows neither pos_h nor a
 * split: "preadv(3, [...], 2, 6)", "preadv2(3, [...], 2, 6, RWF_HIPRI)". */
static void preadv_layout(const SpecialCall *c, SpecialLayout *l) {
        lay_first(c, l, 4);
        if (c->si->nargs >= 6)
                lay_add(l, 5, NULL);
}

static int preadv_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        static const Xlat rwf_flags[] = {
                { 0x1, "RWF_HIPRI" }, { 0x2, "RWF_DSYNC" }, { 0x4, "RWF_SYNC" },
                { 0x8, "RWF_NOWAIT" }, { 0x10, "RWF_APPEND" },
        };
        int r;

        if (i == 3) {
                *kind = ARG_LONG;
                return 0;
        }
        if (i != 5)
                return 0;
        r = xlat_print_flags_ex(out, rwf_flags, ELEMENTSOF(rwf_flags),
                                (uint32_t) c->args[5], NULL, "RWF_???");
        return r < 0 ? r : 1;
}

/* ---- sockets: protocol per family, option name per level ---- */

static int socket_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        int r;

        if (i != 2)
                return 0;
        r = print_socket_protocol(out, c->args[0], c->args[2]);
        return r < 0 ? r : 1;
}

/* Options whose value strace prints as an int, "[1]"; any other keeps the
 * address (structures, strings, options strace decodes in their own way). */
static bool sockopt_is_int(uint64_t level, uint64_t name) {
        static const uint8_t sol_socket[] = {
                1 /* SO_DEBUG */, 2 /* SO_REUSEADDR */, 3 /* SO_TYPE */, 5 /* SO_DONTROUTE */,
                6 /* SO_BROADCAST */, 7 /* SO_SNDBUF */, 8 /* SO_RCVBUF */, 9 /* SO_KEEPALIVE */,
                10 /* SO_OOBINLINE */, 11 /* SO_NO_CHECK */, 12 /* SO_PRIORITY */, 15 /* SO_REUSEPORT */,
                16 /* SO_PASSCRED */, 18 /* SO_RCVLOWAT */, 19 /* SO_SNDLOWAT */, 30 /* SO_ACCEPTCONN */,
                32 /* SO_SNDBUFFORCE */, 33 /* SO_RCVBUFFORCE */, 34 /* SO_PASSSEC */, 36 /* SO_MARK */,
                38 /* SO_PROTOCOL */, 39 /* SO_DOMAIN */, 40 /* SO_RXQ_OVFL */, 42 /* SO_PEEK_OFF */,
                46 /* SO_BUSY_POLL */, 49 /* SO_INCOMING_CPU */, 60 /* SO_ZEROCOPY */,
        };
        static const uint8_t sol_tcp[] = {
                1 /* TCP_NODELAY */, 2 /* TCP_MAXSEG */, 3 /* TCP_CORK */, 4 /* TCP_KEEPIDLE */,
                5 /* TCP_KEEPINTVL */, 6 /* TCP_KEEPCNT */, 7 /* TCP_SYNCNT */, 8 /* TCP_LINGER2 */,
                9 /* TCP_DEFER_ACCEPT */, 10 /* TCP_WINDOW_CLAMP */, 12 /* TCP_QUICKACK */,
                18 /* TCP_USER_TIMEOUT */, 23 /* TCP_FASTOPEN */, 25 /* TCP_NOTSENT_LOWAT */,
        };
        const uint8_t *set;
        size_t n;

        switch ((uint32_t) level) {
        case 1: /* SOL_SOCKET */
                set = sol_socket;
                n = sizeof(sol_socket);
                break;
        case 6: /* SOL_TCP */
                set = sol_tcp;
                n = sizeof(sol_tcp);
                break;
        default:
                return false;
        }
        for (size_t j = 0; j < n; j++)
                if ((uint32_t) name == set[j])
                        return true;
        return false;
}

static int sockopt_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        int r;

        if (i == 3 && !sockopt_is_int(c->args[1], c->args[2]))
                *kind = ARG_PTR;
        if (i != 2)
                return 0;
        r = print_sockopt_name(out, c->args[1], c->args[2]);
        return r < 0 ? r : 1;
}

/* ---- prctl: arguments per option ---- */

typedef enum PrArg {
        PR_HEX,          /* %#lx, the default */
        PR_UINT,
        PR_INT,
        PR_PTR,
        PR_STR,
        PR_COMM_OUT,     /* the task name the kernel wrote (PR_GET_NAME) */
        PR_SIGNAL,
        PR_CAP,
        PR_SECBITS,
        PR_DUMPABLE,
        PR_SECCOMP_MODE,
        PR_PTRACER,
        PR_MM_OPT,
        PR_AMBIENT_OP,
        PR_VMA_OP,
        PR_SPEC_WHICH,
        PR_SPEC_FLAGS,
} PrArg;

typedef struct PrctlForm {
        uint32_t option;
        int8_t nargs;          /* arguments after the option */
        uint8_t arg[4];        /* PrArg of arg2..arg5 */
} PrctlForm;

enum {
        PR_SET_PDEATHSIG_OPT = 1, PR_GET_PDEATHSIG_OPT = 2, PR_GET_DUMPABLE_OPT = 3,
        PR_SET_DUMPABLE_OPT = 4, PR_GET_KEEPCAPS_OPT = 7, PR_SET_KEEPCAPS_OPT = 8,
        PR_GET_TIMING_OPT = 13, PR_SET_TIMING_OPT = 14, PR_GET_ENDIAN_OPT = 19, PR_GET_FP_MODE_OPT = 46,
        PR_SET_NAME_OPT = 15, PR_GET_NAME_OPT = 16, PR_GET_SECCOMP_OPT = 21,
        PR_SET_SECCOMP_OPT = 22, PR_CAPBSET_READ_OPT = 23, PR_CAPBSET_DROP_OPT = 24,
        PR_GET_SECUREBITS_OPT = 27, PR_SET_SECUREBITS_OPT = 28, PR_SET_TIMERSLACK_OPT = 29,
        PR_GET_TIMERSLACK_OPT = 30, PR_TASK_PERF_EVENTS_DISABLE_OPT = 31,
        PR_TASK_PERF_EVENTS_ENABLE_OPT = 32, PR_SET_MM_OPT = 35, PR_SET_CHILD_SUBREAPER_OPT = 36,
        PR_GET_CHILD_SUBREAPER_OPT = 37, PR_SET_NO_NEW_PRIVS_OPT = 38, PR_GET_NO_NEW_PRIVS_OPT = 39,
        PR_MCE_KILL_GET_OPT = 34, PR_GET_SPECULATION_CTRL_OPT = 52, PR_SET_SPECULATION_CTRL_OPT = 53,
        PR_GET_TID_ADDRESS_OPT = 40, PR_SET_THP_DISABLE_OPT = 41, PR_GET_THP_DISABLE_OPT = 42,
        PR_CAP_AMBIENT_OPT = 47, PR_SET_VMA_OPT = 0x53564d41, PR_SET_PTRACER_OPT = 0x59616d61,
};

#define SECCOMP_MODE_FILTER_VALUE 2
#define PR_CAP_AMBIENT_CLEAR_ALL_VALUE 4

static const PrctlForm prctl_forms[] = {
        { PR_SET_PDEATHSIG_OPT, 1, { PR_SIGNAL } },
        { PR_GET_PDEATHSIG_OPT, 1, { PR_PTR } },
        { PR_GET_DUMPABLE_OPT, 0, {} },
        { PR_SET_DUMPABLE_OPT, 1, { PR_DUMPABLE } },
        { PR_GET_KEEPCAPS_OPT, 0, {} },
        { PR_SET_KEEPCAPS_OPT, 1, { PR_UINT } },
        { PR_GET_TIMING_OPT, 0, {} },
        { PR_SET_TIMING_OPT, 1, { PR_UINT } },
        { PR_GET_ENDIAN_OPT, 1, { PR_PTR } },
        { PR_GET_FP_MODE_OPT, 0, {} },
        { PR_SET_NAME_OPT, 1, { PR_STR } },
        { PR_GET_NAME_OPT, 1, { PR_COMM_OUT } },
        { PR_GET_SECCOMP_OPT, 0, {} },
        { PR_SET_SECCOMP_OPT, 2, { PR_SECCOMP_MODE, PR_PTR } },
        { PR_CAPBSET_READ_OPT, 1, { PR_CAP } },
        { PR_CAPBSET_DROP_OPT, 1, { PR_CAP } },
        { PR_GET_SECUREBITS_OPT, 0, {} },
        { PR_SET_SECUREBITS_OPT, 1, { PR_SECBITS } },
        { PR_SET_TIMERSLACK_OPT, 1, { PR_UINT } },
        { PR_GET_TIMERSLACK_OPT, 0, {} },
        { PR_TASK_PERF_EVENTS_DISABLE_OPT, 0, {} },
        { PR_TASK_PERF_EVENTS_ENABLE_OPT, 0, {} },
        { PR_SET_MM_OPT, 4, { PR_MM_OPT, PR_HEX, PR_HEX, PR_HEX } },
        { PR_SET_CHILD_SUBREAPER_OPT, 1, { PR_UINT } },
        { PR_GET_CHILD_SUBREAPER_OPT, 1, { PR_PTR } },
        { PR_SET_NO_NEW_PRIVS_OPT, 4, { PR_UINT, PR_HEX, PR_HEX, PR_HEX } },
        { PR_GET_NO_NEW_PRIVS_OPT, 4, { PR_HEX, PR_HEX, PR_HEX, PR_HEX } },
        { PR_GET_TID_ADDRESS_OPT, 1, { PR_PTR } },
        { PR_SET_THP_DISABLE_OPT, 4, { PR_UINT, PR_HEX, PR_HEX, PR_HEX } },
        { PR_GET_THP_DISABLE_OPT, 4, { PR_HEX, PR_HEX, PR_HEX, PR_HEX } },
        { PR_CAP_AMBIENT_OPT, 4, { PR_AMBIENT_OP, PR_CAP, PR_HEX, PR_HEX } },
        { PR_SET_VMA_OPT, 4, { PR_VMA_OP, PR_PTR, PR_UINT, PR_PTR } },
        { PR_SET_PTRACER_OPT, 1, { PR_PTRACER } },
        { PR_GET_SPECULATION_CTRL_OPT, 1, { PR_SPEC_WHICH } },
        { PR_SET_SPECULATION_CTRL_OPT, 2, { PR_SPEC_WHICH, PR_SPEC_FLAGS } },
};

static const PrctlForm *prctl_form(uint64_t option) {
        for (size_t i = 0; i < ELEMENTSOF(prctl_forms); i++)
                if (prctl_forms[i].option == (uint32_t) option)
                        return &prctl_forms[i];
        return NULL;
}

static void prctl_layout(const SpecialCall *c, SpecialLayout *l) {
        const PrctlForm *f = prctl_form(c->args[0]);
        unsigned n = f ? 1 + (unsigned) f->nargs : 5;

        if (f && f->option == PR_SET_SECCOMP_OPT && c->args[1] != SECCOMP_MODE_FILTER_VALUE)
                n = 2;
        lay_first(c, l, n);
}

static int prctl_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        static const Xlat dumpable[] = {
                { 0, "SUID_DUMP_DISABLE" }, { 1, "SUID_DUMP_USER" }, { 2, "SUID_DUMP_ROOT" },
        };
        static const Xlat seccomp_modes[] = {
                { 0, "SECCOMP_MODE_DISABLED" }, { 1, "SECCOMP_MODE_STRICT" }, { 2, "SECCOMP_MODE_FILTER" },
        };
        static const Xlat mm_opts[] = {
                { 1, "PR_SET_MM_START_CODE" }, { 2, "PR_SET_MM_END_CODE" }, { 3, "PR_SET_MM_START_DATA" },
                { 4, "PR_SET_MM_END_DATA" }, { 5, "PR_SET_MM_START_STACK" }, { 6, "PR_SET_MM_START_BRK" },
                { 7, "PR_SET_MM_BRK" }, { 8, "PR_SET_MM_ARG_START" }, { 9, "PR_SET_MM_ARG_END" },
                { 10, "PR_SET_MM_ENV_START" }, { 11, "PR_SET_MM_ENV_END" }, { 12, "PR_SET_MM_AUXV" },
                { 13, "PR_SET_MM_EXE_FILE" }, { 14, "PR_SET_MM_MAP" }, { 15, "PR_SET_MM_MAP_SIZE" },
        };
        static const Xlat ambient_ops[] = {
                { 1, "PR_CAP_AMBIENT_IS_SET" }, { 2, "PR_CAP_AMBIENT_RAISE" },
                { 3, "PR_CAP_AMBIENT_LOWER" }, { 4, "PR_CAP_AMBIENT_CLEAR_ALL" },
        };
        static const Xlat vma_ops[] = {
                { 0, "PR_SET_VMA_ANON_NAME" },
        };
        const PrctlForm *f;
        uint64_t v = c->args[i];
        PrArg a;
        int r;

        if (i == 0) {
                *kind = ARG_PRCTL_OPTION;
                return 0;
        }
        f = prctl_form(c->args[0]);
        a = f && i <= 4 ? (PrArg) f->arg[i - 1] : PR_HEX;
        /* PR_CAP_AMBIENT_CLEAR_ALL takes no capability */
        if (a == PR_CAP && f->option == PR_CAP_AMBIENT_OPT && c->args[1] == PR_CAP_AMBIENT_CLEAR_ALL_VALUE)
                a = PR_HEX;

        switch (a) {
        case PR_HEX:
                *kind = ARG_HEX;
                return 0;
        case PR_UINT:
                *kind = ARG_ULONG;
                return 0;
        case PR_INT:
                *kind = ARG_INT;
                return 0;
        case PR_PTR:
                *kind = ARG_PTR;
                return 0;
        case PR_STR:
                *kind = ARG_STR;
                return 0;
        case PR_COMM_OUT:
                /* Kept at exit (EXTRA_CAPTURES); nothing to show before it returned. */
                *kind = c->returned ? ARG_COMM_OUT : ARG_PTR;
                return 0;
        case PR_SIGNAL:
                r = print_signal(out, v);
                break;
        case PR_CAP:
                r = print_capability(out, v);
                break;
        case PR_SECBITS:
                r = print_secbits(out, v);
                break;
        case PR_DUMPABLE:
                r = xlat_print_xval(out, dumpable, ELEMENTSOF(dumpable), v, "SUID_DUMP_???");
                break;
        case PR_SECCOMP_MODE:
                r = xlat_print_xval(out, seccomp_modes, ELEMENTSOF(seccomp_modes), v, "SECCOMP_MODE_???");
                break;
        case PR_PTRACER:
                r = (int32_t) (uint32_t) v == -1 ? strbuf_append(out, "PR_SET_PTRACER_ANY")
                                      : strbuf_printf(out, "%" PRIi64, (int64_t) v);
                break;
        case PR_MM_OPT:
                r = xlat_print_xval(out, mm_opts, ELEMENTSOF(mm_opts), v, "PR_SET_MM_???");
                break;
        case PR_AMBIENT_OP:
                r = xlat_print_xval(out, ambient_ops, ELEMENTSOF(ambient_ops), v, "PR_CAP_AMBIENT_???");
                break;
        case PR_VMA_OP:
                r = xlat_print_xval(out, vma_ops, ELEMENTSOF(vma_ops), v, "PR_SET_VMA_???");
                break;
        case PR_SPEC_WHICH:
                r = print_spec_ctrl_which(out, v);
                break;
        case PR_SPEC_FLAGS:
                r = print_spec_ctrl_flags(out, v);
                break;
        default:
                return 0;
        }
        return r < 0 ? r : 1;
}

static int prctl_print_ret(const SpecialCall *c, StrBuf *out) {
        static const char *const dumpable[] = { "SUID_DUMP_DISABLE", "SUID_DUMP_USER", "SUID_DUMP_ROOT" };
        uint64_t v = (uint64_t) c->ret;
        int r;

        switch ((uint32_t) c->args[0]) {
        case PR_GET_DUMPABLE_OPT:
                if (v >= ELEMENTSOF(dumpable))
                        return 0;
                r = strbuf_printf(out, "%" PRIu64 " (%s)", v, dumpable[v]);
                break;
        case PR_GET_SPECULATION_CTRL_OPT:
                if (v == 0)
                        return 0;
                r = print_hex_paren(out, v, "");
                if (r >= 0)
                        r = print_spec_ctrl_flags(out, v);
                if (r >= 0)
                        r = strbuf_append_char(out, ')');
                break;
        case PR_MCE_KILL_GET_OPT:
                r = strbuf_printf(out, "%" PRIu64 " (", v);
                if (r >= 0)
                        r = print_mce_kill_policy(out, v);
                if (r >= 0)
                        r = strbuf_append_char(out, ')');
                break;
        case PR_GET_SECUREBITS_OPT:
                if (v == 0)
                        return 0;
                r = print_hex_paren(out, v, "");
                if (r >= 0)
                        r = print_secbits(out, v);
                if (r >= 0)
                        r = strbuf_append_char(out, ')');
                break;
        default:
                return 0;
        }
        return r < 0 ? r : 1;
}

/* ---- ptrace: which arguments the request uses ---- */

#define PTRACE_TRACEME_REQ 0
#define PTRACE_CONT_REQ 7
#define PTRACE_KILL_REQ 8
#define PTRACE_SINGLESTEP_REQ 9
#define PTRACE_GETREGS_REQ 12
#define PTRACE_SETREGS_REQ 13
#define PTRACE_GETFPREGS_REQ 14
#define PTRACE_SETFPREGS_REQ 15
#define PTRACE_ATTACH_REQ 16
#define PTRACE_DETACH_REQ 17
#define PTRACE_GETFPXREGS_REQ 18
#define PTRACE_SETFPXREGS_REQ 19
#define PTRACE_SYSCALL_REQ 24
#define PTRACE_SYSEMU_REQ 31
#define PTRACE_SYSEMU_SINGLESTEP_REQ 32
#define PTRACE_SINGLEBLOCK_REQ 33
#define PTRACE_SETOPTIONS_REQ 0x4200
#define PTRACE_SEIZE_REQ 0x4206
#define PTRACE_INTERRUPT_REQ 0x4207
#define PTRACE_LISTEN_REQ 0x4208

/* Requests that pass a signal to deliver in data. */
static bool ptrace_data_is_signal(uint64_t req) {
        switch (req) {
        case PTRACE_CONT_REQ:
        case PTRACE_SINGLESTEP_REQ:
        case PTRACE_DETACH_REQ:
        case PTRACE_SYSCALL_REQ:
        case PTRACE_SYSEMU_REQ:
        case PTRACE_SYSEMU_SINGLESTEP_REQ:
        case PTRACE_SINGLEBLOCK_REQ:
                return true;
        default:
                return false;
        }
}

static void ptrace_layout(const SpecialCall *c, SpecialLayout *l) {
        switch (c->args[0]) {
        case PTRACE_TRACEME_REQ:
                lay_first(c, l, 1);
                break;
        case PTRACE_ATTACH_REQ:
        case PTRACE_KILL_REQ:
        case PTRACE_INTERRUPT_REQ:
        case PTRACE_LISTEN_REQ:
                lay_first(c, l, 2);
                break;
        case PTRACE_GETREGS_REQ:
        case PTRACE_SETREGS_REQ:
        case PTRACE_GETFPREGS_REQ:
        case PTRACE_SETFPREGS_REQ:
        case PTRACE_GETFPXREGS_REQ:
        case PTRACE_SETFPXREGS_REQ:
                /* no address: the registers go through data */
                lay_first(c, l, 2);
                if (c->si->nargs >= 4)
                        lay_add(l, 3, NULL);
                break;
        default:
                lay_first(c, l, 4);
                break;
        }
}

static int ptrace_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        int r;

        if (i == 0)
                *kind = ARG_PTRACE_REQ;
        else if (i == 1)
                *kind = ARG_INT;
        else if (i == 2)
                *kind = ARG_PTR;
        else if (i == 3 && (c->args[0] == PTRACE_SETOPTIONS_REQ || c->args[0] == PTRACE_SEIZE_REQ)) {
                r = print_ptrace_options(out, c->args[3]);
                return r < 0 ? r : 1;
        } else if (i == 3 && ptrace_data_is_signal(c->args[0])) {
                r = print_signal(out, c->args[3]);
                return r < 0 ? r : 1;
        } else if (i == 3)
                *kind = ARG_PTR;
        return 0;
}

/* ---- results decoded as constants ---- */

static int personality_print_ret(const SpecialCall *c, StrBuf *out) {
        int r;

        r = print_hex_paren(out, (uint32_t) c->ret, "");
        if (r >= 0)
                r = print_personality(out, (uint32_t) c->ret);
        if (r >= 0)
                r = strbuf_append_char(out, ')');
        return r < 0 ? r : 1;
}

static int sched_getscheduler_print_ret(const SpecialCall *c, StrBuf *out) {
        int r;

        r = strbuf_printf(out, "%" PRIi64 " (", c->ret);
        if (r >= 0)
                r = print_sched_policy(out, (uint64_t) c->ret);
        if (r >= 0)
                r = strbuf_append_char(out, ')');
        return r < 0 ? r : 1;
}

/* ---- umask, seccomp, membarrier, ioprio_get ---- */

static int umask_print_ret(const SpecialCall *c, StrBuf *out) {
        int r = print_mode(out, (uint64_t) c->ret);
        return r < 0 ? r : 1;
}

#define SECCOMP_SET_MODE_FILTER_OP 1

/* The flags are filter flags only for SECCOMP_SET_MODE_FILTER. */
static int seccomp_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        int r;

        if (i != 1 || c->args[0] != SECCOMP_SET_MODE_FILTER_OP)
                return 0;
        r = print_seccomp_filter_flags(out, c->args[1]);
        return r < 0 ? r : 1;
}

#define MEMBARRIER_CMD_FLAG_CPU_BIT 1u

/* strace shows cpu_id only when the flags say it is used */
static void membarrier_layout(const SpecialCall *c, SpecialLayout *l) {
        lay_first(c, l, (c->args[1] & MEMBARRIER_CMD_FLAG_CPU_BIT) ? 3 : 2);
}

static int membarrier_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        int r;

        if (i == 2)
                *kind = ARG_INT;
        if (i != 1)
                return 0;
        r = print_membarrier_flags(out, c->args[1]);
        return r < 0 ? r : 1;
}

static int membarrier_print_ret(const SpecialCall *c, StrBuf *out) {
        int r;

        if ((uint32_t) c->args[0] != 0 || c->ret == 0)
                return 0;
        r = print_hex_paren(out, (uint64_t) c->ret, "");
        if (r >= 0)
                r = print_membarrier_cmds(out, (uint64_t) c->ret);
        if (r >= 0)
                r = strbuf_append_char(out, ')');
        return r < 0 ? r : 1;
}

/* time(): the seconds and their date. */
static int time_print_ret(const SpecialCall *c, StrBuf *out) {
        int r;

        r = strbuf_printf(out, "%" PRIi64 " (", c->ret);
        if (r >= 0)
                r = print_date(out, c->ret, 0, 0);
        if (r >= 0)
                r = strbuf_append_char(out, ')');
        return r < 0 ? r : 1;
}

static int ioprio_get_print_ret(const SpecialCall *c, StrBuf *out) {
        int r;

        r = strbuf_printf(out, "%" PRIi64 " (", c->ret);
        if (r >= 0)
                r = print_ioprio(out, (uint64_t) c->ret);
        if (r >= 0)
                r = strbuf_append_char(out, ')');
        return r < 0 ? r : 1;
}

/* ---- adjtimex, clock_adjtime: the clock state the result is ---- */

static int adjtimex_print_ret(const SpecialCall *c, StrBuf *out) {
        static const char *const states[] = {
                "TIME_OK", "TIME_INS", "TIME_DEL", "TIME_OOP", "TIME_WAIT", "TIME_ERROR",
        };
        int r;

        if (c->ret < 0 || (uint64_t) c->ret >= ELEMENTSOF(states))
                return 0;
        r = strbuf_printf(out, "%" PRIi64 " (%s)", c->ret, states[c->ret]);
        return r < 0 ? r : 1;
}

/* ---- mknod: the device only for device files ---- */

#define S_IFMT_MASK 0170000u
#define S_IFCHR_TYPE 0020000u
#define S_IFBLK_TYPE 0060000u

static void mknod_layout(const SpecialCall *c, SpecialLayout *l) {
        int mode = arg_index(c, "mode"), dev = arg_index(c, "dev");
        uint32_t type;

        special_layout_all(l, c->si->nargs);
        if (mode < 0 || dev < 0 || dev != c->si->nargs - 1)
                return;
        type = (uint32_t) c->args[mode] & S_IFMT_MASK;
        if (type != S_IFCHR_TYPE && type != S_IFBLK_TYPE)
                l->n--;
}

static int mknod_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        int r;

        if ((int) i != arg_index(c, "dev"))
                return 0;
        r = print_makedev(out, c->args[i]);
        return r < 0 ? r : 1;
}

/* ---- fanotify_mark: no directory descriptor ---- */

#define FAN_NOFD_VALUE (-1)

static int fanotify_mark_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        int r;

        if ((int) i != arg_index(c, "dfd") || (int32_t) (uint32_t) c->args[i] != FAN_NOFD_VALUE)
                return 0;
        r = strbuf_append(out, "FAN_NOFD");
        return r < 0 ? r : 1;
}

/* ---- keyctl: arguments per command ---- */

typedef struct KeyctlForm {
        uint32_t cmd;
        uint8_t nargs;
        uint8_t kind[4];    /* ArgKind of arg2..arg5 */
} KeyctlForm;

static const KeyctlForm keyctl_forms[] = {
        { 0, 2, { ARG_KEY_SERIAL, ARG_INT } },                     /* GET_KEYRING_ID */
        { 1, 1, { ARG_STR } },                                     /* JOIN_SESSION_KEYRING */
        { 2, 3, { ARG_KEY_SERIAL, ARG_PTR, ARG_ULONG } },          /* UPDATE */
        { 3, 1, { ARG_KEY_SERIAL } },                              /* REVOKE */
        { 4, 3, { ARG_KEY_SERIAL, ARG_INT, ARG_INT } },            /* CHOWN */
        { 5, 2, { ARG_KEY_SERIAL, ARG_KEY_PERM } },                /* SETPERM */
        { 6, 3, { ARG_KEY_SERIAL, ARG_PTR, ARG_ULONG } },          /* DESCRIBE */
        { 7, 1, { ARG_KEY_SERIAL } },                              /* CLEAR */
        { 8, 2, { ARG_KEY_SERIAL, ARG_KEY_SERIAL } },              /* LINK */
        { 9, 2, { ARG_KEY_SERIAL, ARG_KEY_SERIAL } },              /* UNLINK */
        { 10, 4, { ARG_KEY_SERIAL, ARG_PTR, ARG_PTR, ARG_KEY_SERIAL } }, /* SEARCH */
        { 11, 3, { ARG_KEY_SERIAL, ARG_PTR, ARG_ULONG } },         /* READ */
        { 15, 2, { ARG_KEY_SERIAL, ARG_UINT } },                   /* SET_TIMEOUT */
        { 16, 1, { ARG_KEY_SERIAL } },                             /* ASSUME_AUTHORITY */
        { 17, 3, { ARG_KEY_SERIAL, ARG_PTR, ARG_ULONG } },         /* GET_SECURITY */
        { 18, 0, {} },                                             /* SESSION_TO_PARENT */
        { 21, 1, { ARG_KEY_SERIAL } },                             /* INVALIDATE */
        { 22, 2, { ARG_INT, ARG_KEY_SERIAL } },                    /* GET_PERSISTENT */
};

static const KeyctlForm *keyctl_form(uint64_t cmd) {
        for (size_t i = 0; i < ELEMENTSOF(keyctl_forms); i++)
                if (keyctl_forms[i].cmd == (uint32_t) cmd)
                        return &keyctl_forms[i];
        return NULL;
}

static void keyctl_layout(const SpecialCall *c, SpecialLayout *l) {
        const KeyctlForm *f = keyctl_form(c->args[0]);

        lay_first(c, l, f ? 1 + f->nargs : 5);
}

static int keyctl_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        const KeyctlForm *f;

        if (i == 0) {
                *kind = ARG_KEYCTL_CMD;
                return 0;
        }
        f = keyctl_form(c->args[0]);
        /* a NULL name prints as NULL, as a pointer */
        *kind = f && i <= 4 ? (ArgKind) f->kind[i - 1] : ARG_HEX;
        return 0;
}

/* ---- mq_open: mode and attributes only with O_CREAT, as open's mode ---- */

#define O_CREAT_FLAG 0100u

static void mq_open_layout(const SpecialCall *c, SpecialLayout *l) {
        lay_first(c, l, ((uint32_t) c->args[1] & O_CREAT_FLAG) ? 4 : 2);
}

/* ---- mremap: new_address only when it is used (MREMAP_MAYMOVE|MREMAP_FIXED) ---- */

#define MREMAP_MAYMOVE_FLAG 0x1
#define MREMAP_FIXED_FLAG 0x2

static void mremap_layout(const SpecialCall *c, SpecialLayout *l) {
        uint32_t both = MREMAP_MAYMOVE_FLAG | MREMAP_FIXED_FLAG;

        lay_first(c, l, ((uint32_t) c->args[3] & both) == both ? 5 : 4);
}

/* ---- kcmp: the indexes only for the types that use them ---- */

#define KCMP_FILE_TYPE 0
#define KCMP_EPOLL_TFD_TYPE 7
#define KCMP_TYPES 8

static void kcmp_layout(const SpecialCall *c, SpecialLayout *l) {
        uint64_t t = (uint32_t) c->args[2];

        lay_first(c, l, t == KCMP_FILE_TYPE || t == KCMP_EPOLL_TFD_TYPE || t >= KCMP_TYPES ? 5 : 3);
}

static int kcmp_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        uint64_t t = (uint32_t) c->args[2];

        if (i == 3)
                *kind = t == KCMP_FILE_TYPE || t == KCMP_EPOLL_TFD_TYPE ? ARG_FD : ARG_HEX;
        else if (i == 4)
                *kind = t == KCMP_FILE_TYPE ? ARG_FD : ARG_HEX;
        return 0;
}

/* ---- quotactl, quotactl_fd: QCMD(cmd, type), then the arguments the command uses ---- */

#define Q_SYNC_CMD 0x800001u
#define Q_QUOTAON_CMD 0x800002u
#define Q_QUOTAOFF_CMD 0x800003u
#define Q_GETFMT_CMD 0x800004u
#define Q_GETINFO_CMD 0x800005u
#define Q_SETINFO_CMD 0x800006u
#define Q_XQUOTAON_CMD 0x5801u
#define Q_XQUOTAOFF_CMD 0x5802u
#define Q_XGETQSTAT_CMD 0x5805u
#define Q_XQUOTARM_CMD 0x5806u
#define Q_XQUOTASYNC_CMD 0x5807u
#define Q_XGETQSTATV_CMD 0x5808u

static const Xlat quota_cmds[] = {
        { 0x0100, "Q_V1_QUOTAON" }, { 0x0200, "Q_V1_QUOTAOFF" }, { 0x0300, "Q_V1_GETQUOTA" },
        { 0x0400, "Q_V1_SETQUOTA" }, { 0x0500, "Q_V1_SETUSE" }, { 0x0600, "Q_V1_SYNC" },
        { 0x0700, "Q_SETQLIM" }, { 0x0800, "Q_V1_GETSTATS" }, { 0x0900, "Q_V2_GETINFO" },
        { 0x0a00, "Q_V2_SETINFO" }, { 0x0b00, "Q_V2_SETGRACE" }, { 0x0c00, "Q_V2_SETFLAGS" },
        { 0x0d00, "Q_V2_GETQUOTA" }, { 0x0e00, "Q_V2_SETQUOTA" }, { 0x0f00, "Q_V2_SETUSE" },
        { 0x1000, "Q_V1_RSQUASH" }, { 0x1100, "Q_V2_GETSTATS" },
        { 0x5801, "Q_XQUOTAON" }, { 0x5802, "Q_XQUOTAOFF" }, { 0x5803, "Q_XGETQUOTA" },
        { 0x5804, "Q_XSETQLIM" }, { 0x5805, "Q_XGETQSTAT" }, { 0x5806, "Q_XQUOTARM" },
        { 0x5807, "Q_XQUOTASYNC" }, { 0x5808, "Q_XGETQSTATV" }, { 0x5809, "Q_XGETNEXTQUOTA" },
        { 0x800001, "Q_SYNC" }, { 0x800002, "Q_QUOTAON" }, { 0x800003, "Q_QUOTAOFF" },
        { 0x800004, "Q_GETFMT" }, { 0x800005, "Q_GETINFO" }, { 0x800006, "Q_SETINFO" },
        { 0x800007, "Q_GETQUOTA" }, { 0x800008, "Q_SETQUOTA" }, { 0x800009, "Q_GETNEXTQUOTA" },
};

static const Xlat quota_types[] = {
        { 0, "USRQUOTA" }, { 1, "GRPQUOTA" }, { 2, "PRJQUOTA" },
};

static const Xlat quota_formats[] = {
        { 1, "QFMT_VFS_OLD" }, { 2, "QFMT_VFS_V0" }, { 3, "QFMT_OCFS2" }, { 4, "QFMT_VFS_V1" },
};

/* The argument after special (or cmd, for quotactl_fd): none, the quota
 * format and the quota file, the address alone, or id and address. */
enum { QUOTA_NONE, QUOTA_FORMAT_PATH, QUOTA_ADDR, QUOTA_ID_ADDR };

static int quota_form(uint64_t qcmd) {
        switch ((uint32_t) qcmd >> 8) {
        case Q_SYNC_CMD:
        case Q_QUOTAOFF_CMD:
        case Q_XQUOTASYNC_CMD:
                return QUOTA_NONE;
        case Q_QUOTAON_CMD:
                return QUOTA_FORMAT_PATH;
        case Q_GETFMT_CMD:
        case Q_GETINFO_CMD:
        case Q_SETINFO_CMD:
        case Q_XQUOTAON_CMD:
        case Q_XQUOTAOFF_CMD:
        case Q_XGETQSTAT_CMD:
        case Q_XQUOTARM_CMD:
        case Q_XGETQSTATV_CMD:
                return QUOTA_ADDR;
        default:
                return QUOTA_ID_ADDR;
        }
}

static void quotactl_layout(const SpecialCall *c, SpecialLayout *l) {
        int cmd = arg_index(c, "cmd"), special = arg_index(c, "special"), fd = arg_index(c, "fd"),
                id = arg_index(c, "id"), addr = arg_index(c, "addr");

        if (cmd < 0 || id < 0 || addr < 0 || (special < 0 && fd < 0)) {
                special_layout_all(l, c->si->nargs);
                return;
        }
        *l = (SpecialLayout) {};
        /* quotactl(cmd, special, ...), quotactl_fd(fd, cmd, ...) */
        if (special >= 0) {
                lay_add(l, cmd, NULL);
                lay_add(l, special, NULL);
        } else {
                lay_add(l, fd, NULL);
                lay_add(l, cmd, NULL);
        }
        switch (quota_form(c->args[cmd])) {
        case QUOTA_FORMAT_PATH:
        case QUOTA_ID_ADDR:
                lay_add(l, id, NULL);
                lay_add(l, addr, NULL);
                break;
        case QUOTA_ADDR:
                lay_add(l, addr, NULL);
                break;
        default:
                break;
        }
}

static int quotactl_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        int cmd = arg_index(c, "cmd"), form;
        uint32_t qcmd;
        int r;

        if (cmd < 0)
                return 0;
        qcmd = (uint32_t) c->args[cmd];
        form = quota_form(qcmd);
        if ((int) i == cmd) {
                r = strbuf_append(out, "QCMD(");
                if (r >= 0)
                        r = xlat_print_xval(out, quota_cmds, ELEMENTSOF(quota_cmds), qcmd >> 8, "Q_???");
                if (r >= 0)
                        r = strbuf_append(out, ", ");
                if (r >= 0)
                        r = xlat_print_xval(out, quota_types, ELEMENTSOF(quota_types), qcmd & 0xff, "???QUOTA");
                if (r >= 0)
                        r = strbuf_append_char(out, ')');
                return r < 0 ? r : 1;
        }
        if ((int) i == arg_index(c, "id")) {
                if (form == QUOTA_FORMAT_PATH) {
                        r = xlat_print_xval(out, quota_formats, ELEMENTSOF(quota_formats),
                                            (uint32_t) c->args[i], "QFMT_VFS_???");
                        return r < 0 ? r : 1;
                }
                *kind = ARG_UINT;
        } else if ((int) i == arg_index(c, "addr")) {
                /* The structures (Q_GETQUOTA's dqblk, ...) are not captured:
                 * Q_QUOTAON's quota file is a string, the XFS flags a u32. */
                switch (qcmd >> 8) {
                case Q_XQUOTAON_CMD:
                case Q_XQUOTAOFF_CMD:
                        *kind = ARG_QUOTA_XFLAGS;
                        break;
                case Q_XQUOTARM_CMD:
                        *kind = ARG_QUOTA_XTYPES;
                        break;
                default:
                        *kind = form == QUOTA_FORMAT_PATH ? ARG_PATH : ARG_PTR;
                        break;
                }
        }
        return 0;
}

/* ---- reboot: the argument only for LINUX_REBOOT_CMD_RESTART2 ---- */

#define LINUX_REBOOT_CMD_RESTART2_VALUE 0xa1b2c3d4u

static void reboot_layout(const SpecialCall *c, SpecialLayout *l) {
        lay_first(c, l, (uint32_t) c->args[2] == LINUX_REBOOT_CMD_RESTART2_VALUE ? 4 : 3);
}

/* ---- syslog: buffer and length per action ---- */

enum {
        SYSLOG_READ = 2, SYSLOG_READ_ALL = 3, SYSLOG_READ_CLEAR = 4, SYSLOG_CONSOLE_LEVEL = 8,
        SYSLOG_ACTIONS = 11,
};

static bool syslog_known(uint64_t a) {
        return (int32_t) (uint32_t) a >= 0 && (int32_t) (uint32_t) a < SYSLOG_ACTIONS;
}

static void syslog_layout(const SpecialCall *c, SpecialLayout *l) {
        switch ((int32_t) (uint32_t) c->args[0]) {
        case SYSLOG_READ:
        case SYSLOG_READ_ALL:
        case SYSLOG_READ_CLEAR:
        case SYSLOG_CONSOLE_LEVEL:
                lay_first(c, l, 3);
                break;
        default:
                lay_first(c, l, syslog_known(c->args[0]) ? 1 : 3);
                break;
        }
}

static int syslog_print_arg(const SpecialCall *c, unsigned i, ArgKind *kind, StrBuf *out) {
        int r;

        if (i == 0)
                r = print_syslog_action(out, c->args[0]);
        else if (i == 2 && (int32_t) (uint32_t) c->args[0] == SYSLOG_CONSOLE_LEVEL)
                r = print_loglevel(out, c->args[2]);
        else {
                if (i == 1)
                        *kind = syslog_known(c->args[0]) ? ARG_PTR : ARG_HEX;
                else if (i == 2)
                        *kind = ARG_INT;
                return 0;
        }
        return r < 0 ? r : 1;
}

/* Sorted by name. */
static const SpecialPrinter special_printers[] = {
        { "adjtimex", NULL, NULL, adjtimex_print_ret },
        { "clock_adjtime", NULL, NULL, adjtimex_print_ret },
        { "clone", clone_layout, NULL, NULL },
        { "fanotify_mark", NULL, fanotify_mark_print_arg, NULL },
        { "fcntl", fcntl_layout, fcntl_print_arg, fcntl_print_ret },
        { "futex", futex_layout, futex_print_arg, NULL },
        { "getsockopt", NULL, sockopt_print_arg, NULL },
        { "ioctl", ioctl_layout, ioctl_print_arg, NULL },
        { "ioprio_get", NULL, NULL, ioprio_get_print_ret },
        { "kcmp", kcmp_layout, kcmp_print_arg, NULL },
        { "keyctl", keyctl_layout, keyctl_print_arg, NULL },
        { "membarrier", membarrier_layout, membarrier_print_arg, membarrier_print_ret },
        { "mknod", mknod_layout, mknod_print_arg, NULL },
        { "mknodat", mknod_layout, mknod_print_arg, NULL },
        { "mq_open", mq_open_layout, NULL, NULL },
        { "mremap", mremap_layout, NULL, NULL },
        { "personality", NULL, NULL, personality_print_ret },
        { "prctl", prctl_layout, prctl_print_arg, prctl_print_ret },
        { "preadv", preadv_layout, preadv_print_arg, NULL },
        { "preadv2", preadv_layout, preadv_print_arg, NULL },
        { "ptrace", ptrace_layout, ptrace_print_arg, NULL },
        { "pwritev", preadv_layout, preadv_print_arg, NULL },
        { "pwritev2", preadv_layout, preadv_print_arg, NULL },
        { "quotactl", quotactl_layout, quotactl_print_arg, NULL },
        { "quotactl_fd", quotactl_layout, quotactl_print_arg, NULL },
        { "reboot", reboot_layout, NULL, NULL },
        { "sched_getscheduler", NULL, NULL, sched_getscheduler_print_ret },
        { "seccomp", NULL, seccomp_print_arg, NULL },
        { "setsockopt", NULL, sockopt_print_arg, NULL },
        { "socket", NULL, socket_print_arg, NULL },
        { "socketpair", NULL, socket_print_arg, NULL },
        { "syslog", syslog_layout, syslog_print_arg, NULL },
        { "time", NULL, NULL, time_print_ret },
        { "umask", NULL, NULL, umask_print_ret },
};

static int special_cmp(const void *key, const void *elem) {
        return strcmp(key, ((const SpecialPrinter *) elem)->syscall);
}

const SpecialPrinter *special_printer_find(const char *syscall) {
        if (!syscall)
                return NULL;
        return bsearch(syscall, special_printers, ELEMENTSOF(special_printers),
                       sizeof(special_printers[0]), special_cmp);
}
