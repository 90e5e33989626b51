/* SPDX-License-Identifier: LGPL-2.1-or-later */

/*
 * The events the recorder puts between the syscalls of a task (see the layout
 * in recorder-abi.h), printed as strace 6.1 prints them:
 *   --- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---
 *   +++ exited with 7 +++
 *   +++ killed by SIGSEGV (core dumped) +++
 * strace decides which siginfo fields to print from si_code first (sent by a
 * process: si_code <= 0) and from the signal second (sent by the kernel); so
 * does this file. Numbers are those of the Linux generic ABI (x86_64, aarch64).
 */

#include <inttypes.h>
#include <string.h>

#include "decode.h"
#include "decode-internal.h"
#include "format-signal.h"
#include "quote.h"
#include "syscall-table.h"
#include "xlat.h"

#if defined(__x86_64__)
#  define TL_AUDIT_ARCH_NATIVE 0xc000003eU
#elif defined(__aarch64__)
#  define TL_AUDIT_ARCH_NATIVE 0xc00000b7U
#else
#  define TL_AUDIT_ARCH_NATIVE 0U
#endif

/* si_utime and si_stime count USER_HZ ticks: 100 a second on every Linux ABI we decode. */
#define USER_HZ 100

enum {
        SIG_ILL = 4, SIG_TRAP = 5, SIG_BUS = 7, SIG_FPE = 8, 
        SIG_SEGV = 11, SIG_CHLD = 17, SIG_IO = 29, SIG_PROF = 27, SIG_SYS = 31,
};

enum {
        CODE_SI_USER = 0,
        CODE_SI_QUEUE = -1,
        CODE_SI_TIMER = -2,
        CODE_SI_SIGIO = -5,
        CODE_SI_TKILL = -6,
        CODE_CLD_EXITED = 1,
        CODE_POLL_IN = 1, CODE_POLL_OUT = 2, CODE_POLL_MSG = 3,
        CODE_BUS_MCEERR_AR = 4, CODE_BUS_MCEERR_AO = 5,
        CODE_SEGV_BNDERR = 3, CODE_SEGV_PKUERR = 4,
};

/* The names as strace prints them: print_signal() counts the real-time
 * signals from the kernel's SIGRTMIN (32), as strace does. */
int signal_print_name(StrBuf *out, int sig) {
        return print_signal(out, (uint32_t) sig);
}

typedef struct CodeName {
        int code;
        const char *name;
} CodeName;

/* Codes any signal may carry; looked up before the signal's own. */
static const CodeName codes_any[] = {
        { 0, "SI_USER" }, { 0x80, "SI_KERNEL" }, { -1, "SI_QUEUE" }, { -2, "SI_TIMER" },
        { -3, "SI_MESGQ" }, { -4, "SI_ASYNCIO" }, { -5, "SI_SIGIO" }, { -6, "SI_TKILL" },
        { -7, "SI_DETHREAD" }, { -60, "SI_ASYNCNL" }, {}
};
static const CodeName codes_ill[] = {
        { 1, "ILL_ILLOPC" }, { 2, "ILL_ILLOPN" }, { 3, "ILL_ILLADR" }, { 4, "ILL_ILLTRP" },
        { 5, "ILL_PRVOPC" }, { 6, "ILL_PRVREG" }, { 7, "ILL_COPROC" }, { 8, "ILL_BADSTK" },
        { 9, "ILL_BADIADDR" }, {}
};
static const CodeName codes_fpe[] = {
        { 1, "FPE_INTDIV" }, { 2, "FPE_INTOVF" }, { 3, "FPE_FLTDIV" }, { 4, "FPE_FLTOVF" },
        { 5, "FPE_FLTUND" }, { 6, "FPE_FLTRES" }, { 7, "FPE_FLTINV" }, { 8, "FPE_FLTSUB" },
        { 14, "FPE_FLTUNK" }, { 15, "FPE_CONDTRAP" }, {}
};
static const CodeName codes_segv[] = {
        { 1, "SEGV_MAPERR" }, { 2, "SEGV_ACCERR" }, { 3, "SEGV_BNDERR" }, { 4, "SEGV_PKUERR" },
        { 5, "SEGV_ACCADI" }, { 6, "SEGV_ADIDERR" }, { 7, "SEGV_ADIPERR" }, { 8, "SEGV_MTEAERR" },
        { 9, "SEGV_MTESERR" }, {}
};
static const CodeName codes_bus[] = {
        { 1, "BUS_ADRALN" }, { 2, "BUS_ADRERR" }, { 3, "BUS_OBJERR" }, { 4, "BUS_MCEERR_AR" },
        { 5, "BUS_MCEERR_AO" }, {}
};
static const CodeName codes_trap[] = {
        { 1, "TRAP_BRKPT" }, { 2, "TRAP_TRACE" }, { 3, "TRAP_BRANCH" }, { 4, "TRAP_HWBKPT" },
        { 5, "TRAP_UNK" }, { 6, "TRAP_PERF" }, {}
};
static const CodeName codes_chld[] = {
        { 1, "CLD_EXITED" }, { 2, "CLD_KILLED" }, { 3, "CLD_DUMPED" }, { 4, "CLD_TRAPPED" },
        { 5, "CLD_STOPPED" }, { 6, "CLD_CONTINUED" }, {}
};
static const CodeName codes_poll[] = {
        { 1, "POLL_IN" }, { 2, "POLL_OUT" }, { 3, "POLL_MSG" }, { 4, "POLL_ERR" },
        { 5, "POLL_PRI" }, { 6, "POLL_HUP" }, {}
};
static const CodeName codes_prof[] = {
        { 1, "PROF_SIG" }, {}
};
static const CodeName codes_sys[] = {
        { 1, "SYS_SECCOMP" }, { 2, "SYS_USER_DISPATCH" }, {}
};

static const char *code_lookup(const CodeName *t, int code) {
        for (; t->name; t++)
                if (t->code == code)
                        return t->name;
        return NULL;
}

const char *signal_code_name(int sig, int code) {
        const CodeName *t;
        const char *n;

        n = code_lookup(codes_any, code);
        if (n)
                return n;
        switch (sig) {
        case SIG_ILL:  t = codes_ill;  break;
        case SIG_FPE:  t = codes_fpe;  break;
        case SIG_SEGV: t = codes_segv; break;
        case SIG_BUS:  t = codes_bus;  break;
        case SIG_TRAP: t = codes_trap; break;
        case SIG_CHLD: t = codes_chld; break;
        case SIG_IO:   t = codes_poll; break;
        case SIG_PROF: t = codes_prof; break;
        case SIG_SYS:  t = codes_sys;  break;
        default:       return NULL;
        }
        return code_lookup(t, code);
}

/* The siginfo union as the recorder copied it (args[2..5]). */
typedef struct SigFields {
        uint8_t b[TL_SIGNAL_SIFIELDS_BYTES];
} SigFields;

static int32_t sf_i32(const SigFields *f, size_t off) {
        int32_t v;
        memcpy(&v, f->b + off, sizeof(v));
        return v;
}

static uint32_t sf_u32(const SigFields *f, size_t off) {
        return (uint32_t) sf_i32(f, off);
}

static uint64_t sf_u64(const SigFields *f, size_t off) {
        uint64_t v;
        memcpy(&v, f->b + off, sizeof(v));
        return v;
}

static int16_t sf_i16(const SigFields *f, size_t off) {
        int16_t v;
        memcpy(&v, f->b + off, sizeof(v));
        return v;
}

/* Offsets in the union, for LP64. */
enum {
        OFF_PID = 0, OFF_UID = 4,                 /* _kill, _rt, _sigchld */
        OFF_TIMERID = 0, OFF_OVERRUN = 4,         /* _timer */
        OFF_SIGVAL = 8,                           /* _rt, _timer */
        OFF_STATUS = 8, OFF_UTIME = 16, OFF_STIME = 24, /* _sigchld */
        OFF_ADDR = 0, OFF_ADDR_LSB = 8, OFF_LOWER = 16, OFF_UPPER = 24, OFF_PKEY = 16, /* _sigfault */
        OFF_BAND = 0, OFF_FD = 8,                 /* _sigpoll */
        OFF_CALL_ADDR = 0, OFF_SYSCALL = 8, OFF_ARCH = 12, /* _sigsys */
};

static int print_source(StrBuf *out, const SigFields *f) {
        uint32_t uid = sf_u32(f, OFF_UID);

        if (uid == UINT32_MAX)
                return strbuf_printf(out, ", si_pid=%" PRIi32 ", si_uid=-1", sf_i32(f, OFF_PID));
        return strbuf_printf(out, ", si_pid=%" PRIi32 ", si_uid=%" PRIu32, sf_i32(f, OFF_PID), uid);
}

static int print_sigval(StrBuf *out, const SigFields *f) {
        int r;

        r = strbuf_printf(out, ", si_int=%" PRIi32 ", si_ptr=", sf_i32(f, OFF_SIGVAL));
        if (r < 0)
                return r;
        return print_pointer(out, sf_u64(f, OFF_SIGVAL));
}

static int print_ptr_field(StrBuf *out, const char *name, uint64_t v) {
        int r;

        r = strbuf_printf(out, ", %s=", name);
        if (r < 0)
                return r;
        return print_pointer(out, v);
}

/* Clock ticks, with the seconds in a comment when not zero. */
static int print_clock(StrBuf *out, const char *name, uint64_t v) {
        if (v == 0)
                return strbuf_printf(out, ", %s=0", name);
        return strbuf_printf(out, ", %s=%" PRIu64 " /* %" PRIu64 ".%02" PRIu64 " s */",
                             name, v, v / USER_HZ, v % USER_HZ);
}

static const char *audit_arch_name(uint32_t arch) {
        switch (arch) {
        case 0xc000003eU: return "AUDIT_ARCH_X86_64";
        case 0x40000003U: return "AUDIT_ARCH_I386";
        case 0xc00000b7U: return "AUDIT_ARCH_AARCH64";
        case 0x40000028U: return "AUDIT_ARCH_ARM";
        default:          return NULL;
        }
}

static int print_sigsys(StrBuf *out, const SigFields *f) {
        int32_t nr = sf_i32(f, OFF_SYSCALL);
        uint32_t arch = sf_u32(f, OFF_ARCH);
        const char *name = NULL, *an;
        int r;

        r = print_ptr_field(out, "si_call_addr", sf_u64(f, OFF_CALL_ADDR));
        if (r < 0)
                return r;
        /* The table is the native one: only a native syscall number is named. */
        if (arch == TL_AUDIT_ARCH_NATIVE)
                name = syscall_name(nr);
        if (name)
                r = strbuf_printf(out, ", si_syscall=__NR_%s", name);
        else
                r = strbuf_printf(out, ", si_syscall=%" PRIi32, nr);
        if (r < 0)
                return r;
        an = audit_arch_name(arch);
        if (an)
                return strbuf_printf(out, ", si_arch=%s", an);
        return strbuf_printf(out, ", si_arch=%#" PRIx32 " /* AUDIT_ARCH_??? */", arch);
}

/* The fields after si_code: strace's choice by si_code, then by signal. */
static int print_siginfo_fields(StrBuf *out, int sig, int code, int err, const SigFields *f) {
        int r;

        if (err != 0) {
                const char *n = errno_name(err);

                if (n)
                        r = strbuf_printf(out, ", si_errno=%s", n);
                else
                        r = strbuf_printf(out, ", si_errno=%" PRIu32, (uint32_t) err);
                if (r < 0)
                        return r;
        }

        if (code <= 0) {
                switch (code) {
                case CODE_SI_USER:
                case CODE_SI_TKILL:
                        return print_source(out, f);
                case CODE_SI_TIMER:
                        r = strbuf_append(out, ", si_timerid=");
                        if (r < 0)
                                return r;
                        r = print_hex(out, sf_u32(f, OFF_TIMERID));
                        if (r < 0)
                                return r;
                        r = strbuf_printf(out, ", si_overrun=%" PRIi32, sf_i32(f, OFF_OVERRUN));
                        if (r < 0)
                                return r;
                        return print_sigval(out, f);
                case CODE_SI_SIGIO:
                        return strbuf_printf(out, ", si_band=%" PRIi64 ", si_fd=%" PRIi32,
                                             (int64_t) sf_u64(f, OFF_BAND), sf_i32(f, OFF_FD));
                default:
                        r = print_source(out, f);
                        if (r < 0)
                                return r;
                        if (sf_u64(f, OFF_SIGVAL) != 0)
                                return print_sigval(out, f);
                        return 0;
                }
        }

        switch (sig) {
        case SIG_CHLD:
                r = print_source(out, f);
                if (r < 0)
                        return r;
                if (code == CODE_CLD_EXITED)
                        r = strbuf_printf(out, ", si_status=%" PRIi32, sf_i32(f, OFF_STATUS));
                else {
                        r = strbuf_append(out, ", si_status=");
                        if (r >= 0)
                                r = signal_print_name(out, sf_i32(f, OFF_STATUS));
                }
                if (r < 0)
                        return r;
                r = print_clock(out, "si_utime", sf_u64(f, OFF_UTIME));
                if (r < 0)
                        return r;
                return print_clock(out, "si_stime", sf_u64(f, OFF_STIME));
        case SIG_ILL:
        case SIG_FPE:
        case SIG_TRAP:
                return print_ptr_field(out, "si_addr", sf_u64(f, OFF_ADDR));
        case SIG_BUS:
                r = print_ptr_field(out, "si_addr", sf_u64(f, OFF_ADDR));
                if (r < 0)
                        return r;
                if (code == CODE_BUS_MCEERR_AR || code == CODE_BUS_MCEERR_AO) {
                        r = strbuf_append(out, ", si_addr_lsb=");
                        if (r < 0)
                                return r;
                        return print_hex(out, (uint16_t) sf_i16(f, OFF_ADDR_LSB));
                }
                return 0;
        case SIG_SEGV:
                r = print_ptr_field(out, "si_addr", sf_u64(f, OFF_ADDR));
                if (r < 0)
                        return r;
                if (code == CODE_SEGV_BNDERR) {
                        r = print_ptr_field(out, "si_lower", sf_u64(f, OFF_LOWER));
                        if (r < 0)
                                return r;
                        return print_ptr_field(out, "si_upper", sf_u64(f, OFF_UPPER));
                }
                if (code == CODE_SEGV_PKUERR)
                        return strbuf_printf(out, ", si_pkey=%" PRIu32, sf_u32(f, OFF_PKEY));
                return 0;
        case SIG_IO:
                if (code == CODE_POLL_IN || code == CODE_POLL_OUT || code == CODE_POLL_MSG)
                        return strbuf_printf(out, ", si_band=%" PRIi64 ", si_fd=%" PRIi32,
                                             (int64_t) sf_u64(f, OFF_BAND), sf_i32(f, OFF_FD));
                return 0;
        case SIG_SYS:
                return print_sigsys(out, f);
        default:
                if (sf_i32(f, OFF_PID) != 0 || sf_u32(f, OFF_UID) != 0) {
                        r = print_source(out, f);
                        if (r < 0)
                                return r;
                }
                if (sf_u64(f, OFF_SIGVAL) != 0)
                        return print_sigval(out, f);
                return 0;
        }
}

void signal_event_unpack(const struct tl_record_header *h, SignalEvent *ret) {
        *ret = (SignalEvent) {
                .sig = (int) (uint32_t) h->args[0],
                .err = (int) (uint32_t) (h->args[0] >> 32),
                .code = (int) (int64_t) h->args[1],
                .handler = (uint64_t) h->ret,
                .stop = h->flags & TL_RECORD_GROUP_STOP,
        };
}

static int format_signal(const struct tl_record_header *h, StrBuf *out) {
        SignalEvent e;
        SigFields f;
        const char *code;
        int r;

        signal_event_unpack(h, &e);
        memcpy(f.b, &h->args[2], sizeof(f.b));

        r = strbuf_append(out, e.stop ? "--- stopped by " : "--- ");
        if (r < 0)
                return r;
        r = signal_print_name(out, e.sig);
        if (r < 0)
                return r;
        if (e.stop)
                return strbuf_append(out, " ---");
        r = strbuf_append(out, " {si_signo=");
        if (r < 0)
                return r;
        r = signal_print_name(out, e.sig);
        if (r < 0)
                return r;
        code = signal_code_name(e.sig, e.code);
        if (code)
                r = strbuf_printf(out, ", si_code=%s", code);
        else
                r = strbuf_printf(out, ", si_code=%#" PRIx32, (uint32_t) e.code);
        if (r < 0)
                return r;
        r = print_siginfo_fields(out, e.sig, e.code, e.err, &f);
        if (r < 0)
                return r;
        return strbuf_append(out, "} ---");
}

void exit_event_unpack(const struct tl_record_header *h, ExitEvent *ret) {
        uint32_t status = (uint32_t) h->args[0];

        *ret = (ExitEvent) {
                .status = status,
                .process_end = h->args[1] != 0,
        };
        if ((status & 0x7f) == 0) {
                ret->exited = true;
                ret->code = (int) ((status >> 8) & 0xff);
        } else if ((status & 0x7f) != 0x7f) {
                ret->killed = true;
                ret->sig = (int) (status & 0x7f);
                ret->core_dumped = status & 0x80;
        }
}

static int format_exit(const struct tl_record_header *h, StrBuf *out) {
        ExitEvent e;
        int r;

        exit_event_unpack(h, &e);
        if (e.exited)
                return strbuf_printf(out, "+++ exited with %d +++", e.code);
        if (e.killed) {
                r = strbuf_append(out, "+++ killed by ");
                if (r < 0)
                        return r;
                r = signal_print_name(out, e.sig);
                if (r < 0)
                        return r;
                return strbuf_append(out, e.core_dumped ? " (core dumped) +++" : " +++");
        }
        /* A task never exits stopped; say what the kernel gave if it ever does. */
        return strbuf_printf(out, "+++ exited with status %#" PRIx32 " +++", e.status);
}

bool record_is_event(const struct tl_record_header *h) {
        return h->nr == TL_NR_SIGNAL || h->nr == TL_NR_EXIT;
}

int event_format_text(const DumpRecord *r, StrBuf *out) {
        if (r->h->nr == TL_NR_SIGNAL)
                return format_signal(r->h, out);
        if (r->h->nr == TL_NR_EXIT)
                return format_exit(r->h, out);
        return -EINVAL;
}

static int json_signal_fields(const struct tl_record_header *h, StrBuf *out) {
        _cleanup_strbuf_ StrBuf name = {};
        const char *code;
        SignalEvent e;
        int r;

        signal_event_unpack(h, &e);
        r = signal_print_name(&name, e.sig);
        if (r < 0)
                return r;
        r = strbuf_printf(out, ",\"signo\":%d,\"signal\":", e.sig);
        if (r < 0)
                return r;
        r = json_quote(out, name.buf, name.len);
        if (r < 0)
                return r;
        r = strbuf_printf(out, ",\"si_code\":%d,\"code\":", e.code);
        if (r < 0)
                return r;
        code = signal_code_name(e.sig, e.code);
        if (code)
                r = json_quote(out, code, strlen(code));
        else
                r = strbuf_append(out, "null");
        if (r < 0)
                return r;
        r = strbuf_printf(out, ",\"si_errno\":%d,\"handler\":", e.err);
        if (r < 0)
                return r;
        if (e.handler == 0)
                return strbuf_append(out, "\"SIG_DFL\"");
        if (e.handler == 1)
                return strbuf_append(out, "\"SIG_IGN\"");
        return strbuf_printf(out, "\"%#" PRIx64 "\"", e.handler);
}

static int json_exit_fields(const struct tl_record_header *h, StrBuf *out) {
        _cleanup_strbuf_ StrBuf name = {};
        ExitEvent e;
        int r;

        exit_event_unpack(h, &e);
        r = strbuf_printf(out, ",\"status\":%" PRIu32 ",\"exit_code\":", e.status);
        if (r < 0)
                return r;
        if (e.exited)
                r = strbuf_printf(out, "%d", e.code);
        else
                r = strbuf_append(out, "null");
        if (r < 0)
                return r;
        r = strbuf_append(out, ",\"signal\":");
        if (r < 0)
                return r;
        if (e.killed) {
                r = signal_print_name(&name, e.sig);
                if (r >= 0)
                        r = json_quote(out, name.buf, name.len);
        } else
                r = strbuf_append(out, "null");
        if (r < 0)
                return r;
        return strbuf_printf(out, ",\"core_dumped\":%s,\"process_end\":%s",
                             e.core_dumped ? "true" : "false", e.process_end ? "true" : "false");
}

int event_format_json(const DumpRecord *r, const DumpOptions *o, StrBuf *out) {
        const struct tl_record_header *h = r->h;
        _cleanup_strbuf_ StrBuf text = {};
        char tbuf[64];
        int k;

        k = event_format_text(r, &text);
        if (k < 0)
                return k;
        k = format_iso8601_utc(h->ts_enter, o ? o->realtime_offset_ns : 0, tbuf, sizeof(tbuf));
        if (k < 0)
                return k;
        k = strbuf_printf(out, "{\"type\":\"%s\",\"ts_ns\":%" PRIu64 ",\"time\":\"%s\",\"clock\":\"%s\""
                          ",\"cpu\":%" PRIu32 ",\"pid\":%" PRIu32 ",\"tid\":%" PRIu32 ",\"comm\":",
                          h->nr == TL_NR_EXIT ? "exit" : (h->flags & TL_RECORD_GROUP_STOP) ? "stop" : "signal",
                          h->ts_enter, tbuf,
                          (h->flags & TL_RECORD_TICK_TIME) ? "tick" : "precise",
                          h->cpu, h->pid, h->tid);
        if (k < 0)
                return k;
        k = json_quote(out, h->comm, strnlen(h->comm, TL_COMM_LEN));
        if (k < 0)
                return k;
        k = h->nr == TL_NR_SIGNAL ? json_signal_fields(h, out) : json_exit_fields(h, out);
        if (k < 0)
                return k;
        k = strbuf_append(out, ",\"text\":");
        if (k < 0)
                return k;
        k = json_quote(out, text.buf, text.len);
        if (k < 0)
                return k;
        return strbuf_append(out, "}\n");
}
