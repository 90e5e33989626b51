/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Signal and exit events. The expected lines are strace 6.1's for the same
 * siginfo (tests/integration/test-signals.sh compares with strace for real). */

#include <signal.h>
#include <stddef.h>
#include <sys/syscall.h>

#include "format-signal.h"
#include "syscall-set.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

/* A signal record as the recorder writes it, from a siginfo_t laid out by the
 * C library: the union's bytes go to args[2..5] as they are. */
static void signal_record(TestRecord *t, const siginfo_t *si) {
        /* Where the union starts in the C library's siginfo_t: after three ints, 8-aligned. */
        const size_t off = offsetof(siginfo_t, si_pid);

        test_record_init(t, TL_NR_SIGNAL, 0);
        t->h.ts_exit = t->h.ts_enter;
        t->h.args[0] = (uint32_t) si->si_signo | (uint64_t) (uint32_t) si->si_errno << 32;
        t->h.args[1] = (uint64_t) (int64_t) si->si_code;
        memcpy(&t->h.args[2], (const uint8_t *) si + off, TL_SIGNAL_SIFIELDS_BYTES);
}

static const char *format_line_(TestRecord *t, const DumpOptions *o) {
        static char buf[4096];
        StrBuf b = {};

        if (record_format(&t->r, o, &b) < 0)
                snprintf(buf, sizeof(buf), "(error)");
        else
                snprintf(buf, sizeof(buf), "%s", b.buf ?: "");
        strbuf_done(&b);
        return buf;
}

static siginfo_t si_new(int sig, int code) {
        siginfo_t si;

        memset(&si, 0, sizeof(si));
        si.si_signo = sig;
        si.si_code = code;
        return si;
}

static void signal_union_is_where_the_recorder_copies_it(void) {
        CHECK(offsetof(siginfo_t, si_pid) == 16);
        CHECK(offsetof(siginfo_t, si_addr) == 16);
        CHECK(offsetof(siginfo_t, si_stime) + sizeof(((siginfo_t *) 0)->si_stime) == 16 + TL_SIGNAL_SIFIELDS_BYTES);
}

static void signal_sent_by_process(void) {
        siginfo_t si = si_new(SIGUSR1, SI_TKILL);
        TestRecord t;

        si.si_pid = 14477;
        si.si_uid = 0;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=14477, si_uid=0} ---");

        si = si_new(SIGTERM, SI_USER);
        si.si_pid = 14508;
        si.si_uid = 1000;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGTERM {si_signo=SIGTERM, si_code=SI_USER, si_pid=14508, si_uid=1000} ---");
}

static void signal_queued_with_value(void) {
        siginfo_t si = si_new(SIGUSR1, SI_QUEUE);
        TestRecord t;

        si.si_pid = 14699;
        si.si_value.sival_int = 42;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=14699, si_uid=0, si_int=42, si_ptr=0x2a} ---");

        /* No value, and the uid (uid_t) -1 as strace shows it. */
        si = si_new(SIGUSR2, SI_QUEUE);
        si.si_pid = 5;
        si.si_uid = (uid_t) -1;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGUSR2 {si_signo=SIGUSR2, si_code=SI_QUEUE, si_pid=5, si_uid=-1} ---");

        si = si_new(SIGHUP, SI_MESGQ);
        si.si_pid = 5;
        si.si_value.sival_ptr = (void *) 0x123456789;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGHUP {si_signo=SIGHUP, si_code=SI_MESGQ, si_pid=5, si_uid=0, si_int=591751049, si_ptr=0x123456789} ---");
}

static void signal_unknown_code_and_errno(void) {
        siginfo_t si = si_new(SIGUSR1, -8);
        TestRecord t;

        si.si_errno = ENOENT;
        si.si_pid = 5;
        si.si_uid = 6;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGUSR1 {si_signo=SIGUSR1, si_code=0xfffffff8, si_errno=ENOENT, si_pid=5, si_uid=6} ---");

        si.si_errno = 4000;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGUSR1 {si_signo=SIGUSR1, si_code=0xfffffff8, si_errno=4000, si_pid=5, si_uid=6} ---");
}

static void signal_timer(void) {
        siginfo_t si = si_new(SIGALRM, SI_TIMER);
        TestRecord t;

        si.si_timerid = 0;
        si.si_overrun = 0;
        si.si_value.sival_int = 9;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGALRM {si_signo=SIGALRM, si_code=SI_TIMER, si_timerid=0, si_overrun=0, si_int=9, si_ptr=0x9} ---");

        si.si_timerid = 0x1f;
        si.si_overrun = 3;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGALRM {si_signo=SIGALRM, si_code=SI_TIMER, si_timerid=0x1f, si_overrun=3, si_int=9, si_ptr=0x9} ---");
}

static void signal_from_kernel_without_fields(void) {
        siginfo_t si = si_new(SIGALRM, SI_KERNEL);
        TestRecord t;

        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGALRM {si_signo=SIGALRM, si_code=SI_KERNEL} ---");
}

static void signal_faults(void) {
        siginfo_t si = si_new(SIGSEGV, SEGV_MAPERR);
        TestRecord t;

        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---");

        si = si_new(SIGSEGV, SEGV_ACCERR);
        si.si_addr = (void *) 0x10;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_ACCERR, si_addr=0x10} ---");

        /* The kernel's own SIGSEGV (a bad sigreturn frame, ...): SI_KERNEL is looked up first. */
        si = si_new(SIGSEGV, SI_KERNEL);
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGSEGV {si_signo=SIGSEGV, si_code=SI_KERNEL, si_addr=NULL} ---");

        si = si_new(SIGSEGV, SEGV_PKUERR);
        si.si_addr = (void *) 0x7f0000001000;
        si.si_pkey = 3;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_PKUERR, si_addr=0x7f0000001000, si_pkey=3} ---");

        si = si_new(SIGSEGV, SEGV_BNDERR);
        si.si_addr = (void *) 0x2000;
        si.si_lower = (void *) 0x1000;
        si.si_upper = (void *) 0x1fff;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_BNDERR, si_addr=0x2000, si_lower=0x1000, si_upper=0x1fff} ---");

        si = si_new(SIGILL, ILL_ILLOPN);
        si.si_addr = (void *) 0x55d1e68024ab;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGILL {si_signo=SIGILL, si_code=ILL_ILLOPN, si_addr=0x55d1e68024ab} ---");

        si = si_new(SIGFPE, FPE_INTDIV);
        si.si_addr = (void *) 0x401000;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGFPE {si_signo=SIGFPE, si_code=FPE_INTDIV, si_addr=0x401000} ---");

        si = si_new(SIGBUS, BUS_ADRERR);
        si.si_addr = (void *) 0x7f0000002000;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGBUS {si_signo=SIGBUS, si_code=BUS_ADRERR, si_addr=0x7f0000002000} ---");

        si = si_new(SIGBUS, BUS_MCEERR_AR);
        si.si_addr = (void *) 0x7f0000002000;
        si.si_addr_lsb = 12;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGBUS {si_signo=SIGBUS, si_code=BUS_MCEERR_AR, si_addr=0x7f0000002000, si_addr_lsb=0xc} ---");

        si = si_new(SIGTRAP, SI_KERNEL);
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGTRAP {si_signo=SIGTRAP, si_code=SI_KERNEL, si_addr=NULL} ---");

        si = si_new(SIGTRAP, TRAP_BRKPT);
        si.si_addr = (void *) 0x401000;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGTRAP {si_signo=SIGTRAP, si_code=TRAP_BRKPT, si_addr=0x401000} ---");
}

static void signal_child(void) {
        siginfo_t si = si_new(SIGCHLD, CLD_EXITED);
        TestRecord t;

        si.si_pid = 14519;
        si.si_status = 3;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=14519, si_uid=0, si_status=3, si_utime=0, si_stime=0} ---");

        si = si_new(SIGCHLD, CLD_KILLED);
        si.si_pid = 14525;
        si.si_status = SIGTERM;
        si.si_stime = 24;
        si.si_utime = 1234;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=14525, si_uid=0, si_status=SIGTERM, "
                    "si_utime=1234 /* 12.34 s */, si_stime=24 /* 0.24 s */} ---");

        si = si_new(SIGCHLD, CLD_DUMPED);
        si.si_pid = 7;
        si.si_status = SIGSEGV;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_DUMPED, si_pid=7, si_uid=0, si_status=SIGSEGV, si_utime=0, si_stime=0} ---");
}

static void signal_poll_and_sys(void) {
        siginfo_t si = si_new(SIGIO, POLL_IN);
        TestRecord t;

        si.si_band = 65;
        si.si_fd = 4;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGIO {si_signo=SIGIO, si_code=POLL_IN, si_band=65, si_fd=4} ---");

        si = si_new(SIGIO, POLL_HUP);
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGIO {si_signo=SIGIO, si_code=POLL_HUP} ---");

        si = si_new(SIGIO, SI_SIGIO);
        si.si_band = 1;
        si.si_fd = 3;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGIO {si_signo=SIGIO, si_code=SI_SIGIO, si_band=1, si_fd=3} ---");

#if defined(__x86_64__)
        si = si_new(SIGSYS, 1 /* SYS_SECCOMP */);
        si.si_call_addr = (void *) 0x7f0000003000;
        si.si_syscall = __NR_getpid;
        si.si_arch = 0xc000003e;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGSYS {si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x7f0000003000, "
                    "si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_X86_64} ---");
#elif defined(__aarch64__)
        si = si_new(SIGSYS, 1 /* SYS_SECCOMP */);
        si.si_call_addr = (void *) 0xffff80003000;
        si.si_syscall = __NR_getpid;
        si.si_arch = 0xc00000b7;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL),
                    "--- SIGSYS {si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0xffff80003000, "
                    "si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_AARCH64} ---");
#endif
}

static void signal_names_as_strace(void) {
        static const struct { int sig; const char *name; } cases[] = {
                { 1, "SIGHUP" }, { 7, "SIGBUS" }, { 16, "SIGSTKFLT" }, { 29, "SIGIO" }, { 31, "SIGSYS" },
                { 32, "SIGRTMIN" }, { 33, "SIGRT_1" }, { 34, "SIGRT_2" }, { 64, "SIGRT_32" },
                { 0, "0" }, { 65, "65" },
        };

        for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
                StrBuf b = {};

                CHECK(signal_print_name(&b, cases[i].sig) >= 0);
                CHECK_STREQ(b.buf, cases[i].name);
                strbuf_done(&b);
        }
}

static void signal_group_stop(void) {
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        siginfo_t si = si_new(SIGSTOP, SI_TKILL);
        TestRecord t;

        si.si_pid = 29445;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGSTOP {si_signo=SIGSTOP, si_code=SI_TKILL, si_pid=29445, si_uid=0} ---");
        t.h.flags |= TL_RECORD_GROUP_STOP;
        CHECK_STREQ(test_call(&t, NULL), "--- stopped by SIGSTOP ---");

        o.format = DUMP_FORMAT_JSON;
        CHECK(strncmp(format_line_(&t, &o), "{\"type\":\"stop\",", strlen("{\"type\":\"stop\",")) == 0);
        CHECK(strstr(format_line_(&t, &o), "\"signal\":\"SIGSTOP\""));
        CHECK(strstr(format_line_(&t, &o), "\"text\":\"--- stopped by SIGSTOP ---\"}\n"));
}

static void signal_realtime(void) {
        siginfo_t si = si_new(34, SI_TKILL);
        TestRecord t;

        si.si_pid = 14693;
        signal_record(&t, &si);
        CHECK_STREQ(test_call(&t, NULL), "--- SIGRT_2 {si_signo=SIGRT_2, si_code=SI_TKILL, si_pid=14693, si_uid=0} ---");
}

static void exit_record(TestRecord *t, uint32_t status, bool last) {
        test_record_init(t, TL_NR_EXIT, 0);
        t->h.ts_exit = t->h.ts_enter;
        t->h.args[0] = status;
        t->h.args[1] = last;
}

static void exit_lines(void) {
        TestRecord t;

        exit_record(&t, 0, true);
        CHECK_STREQ(test_call(&t, NULL), "+++ exited with 0 +++");
        exit_record(&t, 7 << 8, true);
        CHECK_STREQ(test_call(&t, NULL), "+++ exited with 7 +++");
        exit_record(&t, 255 << 8, false);
        CHECK_STREQ(test_call(&t, NULL), "+++ exited with 255 +++");
        exit_record(&t, SIGKILL, true);
        CHECK_STREQ(test_call(&t, NULL), "+++ killed by SIGKILL +++");
        exit_record(&t, SIGSEGV, true);
        CHECK_STREQ(test_call(&t, NULL), "+++ killed by SIGSEGV +++");
        exit_record(&t, SIGSEGV | 0x80, true);
        CHECK_STREQ(test_call(&t, NULL), "+++ killed by SIGSEGV (core dumped) +++");
        exit_record(&t, 33, true);
        CHECK_STREQ(test_call(&t, NULL), "+++ killed by SIGRT_1 +++");
        /* Never seen at exit (a stop status), shown rather than guessed at. */
        exit_record(&t, 0x137f, true);
        CHECK_STREQ(test_call(&t, NULL), "+++ exited with status 0x137f +++");
}


static void event_json(void) {
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        siginfo_t si = si_new(SIGSEGV, SEGV_MAPERR);
        TestRecord t;

        o.format = DUMP_FORMAT_JSON;
        signal_record(&t, &si);
        t.h.flags = TL_RECORD_TICK_TIME;
        CHECK_STREQ(format_line_(&t, &o),
                    "{\"type\":\"signal\",\"ts_ns\":1000,\"time\":\"1970-01-01T00:00:00.000001Z\",\"clock\":\"tick\","
                    "\"cpu\":0,\"pid\":42,\"tid\":42,\"comm\":\"test\",\"signo\":11,\"signal\":\"SIGSEGV\","
                    "\"si_code\":1,\"code\":\"SEGV_MAPERR\",\"si_errno\":0,\"handler\":\"SIG_DFL\","
                    "\"text\":\"--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---\"}\n");

        si = si_new(SIGUSR1, -8);
        signal_record(&t, &si);
        t.h.ret = 0x401136;
        CHECK(strstr(format_line_(&t, &o), "\"si_code\":-8,\"code\":null,\"si_errno\":0,\"handler\":\"0x401136\""));
        t.h.ret = 1;
        CHECK(strstr(format_line_(&t, &o), "\"handler\":\"SIG_IGN\""));

        exit_record(&t, SIGSEGV | 0x80, true);
        CHECK_STREQ(format_line_(&t, &o),
                    "{\"type\":\"exit\",\"ts_ns\":1000,\"time\":\"1970-01-01T00:00:00.000001Z\",\"clock\":\"precise\","
                    "\"cpu\":0,\"pid\":42,\"tid\":42,\"comm\":\"test\",\"status\":139,\"exit_code\":null,"
                    "\"signal\":\"SIGSEGV\",\"core_dumped\":true,\"process_end\":true,"
                    "\"text\":\"+++ killed by SIGSEGV (core dumped) +++\"}\n");

        exit_record(&t, 7 << 8, false);
        CHECK(strstr(format_line_(&t, &o),
                     "\"status\":1792,\"exit_code\":7,\"signal\":null,\"core_dumped\":false,\"process_end\":false,"
                     "\"text\":\"+++ exited with 7 +++\"}"));
}

static void event_text_columns(void) {
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        TestRecord t;
        const char *line;

        exit_record(&t, 0, true);
        t.h.cpu = 1;
        line = format_line_(&t, &o);
        /* time, cpu, tid, comm, then the event as strace prints it */
        CHECK(strstr(line, "   1      42 test            +++ exited with 0 +++\n"));
}

/* strace -e trace=write still shows signals and exits: a syscall filter never hides them. */
static void dump_syscall_filter_keeps_events(void) {
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        siginfo_t si = si_new(SIGUSR1, SI_USER);
        TestRecord rec[4];
        DumpRecord dr[4];
        DumpInput in = {};
        SyscallSet only_write;
        StrBuf b = {};

        test_record_init(&rec[0], __NR_getpid, 42);
        test_record_init(&rec[1], __NR_write, 3);
        test_record_args(&rec[1], 1, 0, 3, 0, 0, 0);
        signal_record(&rec[2], &si);
        exit_record(&rec[3], 0, true);
        for (int i = 0; i < 4; i++) {
                rec[i].h.seq = (uint64_t) i + 1;
                rec[i].h.order = (uint64_t) i;
                dr[i] = rec[i].r;
        }
        in = (DumpInput) { .records = dr, .n_records = 4, .head = 4, .nslots = 16 };

        CHECK(syscall_set_parse("write", &only_write, NULL) == 0);
        o.columns = false;
        o.syscalls = &only_write;
        CHECK(dump_write(&in, &o, &b) >= 0);
        CHECK_STREQ(b.buf,
                    "write(1, NULL, 3) = 3\n"
                    "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=0, si_uid=0} ---\n"
                    "+++ exited with 0 +++\n");
        strbuf_done(&b);

        /* --last counts lines, events included. */
        o.syscalls = NULL;
        o.last = 2;
        CHECK(dump_write(&in, &o, &b) >= 0);
        CHECK_STREQ(b.buf,
                    "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=0, si_uid=0} ---\n"
                    "+++ exited with 0 +++\n");
        strbuf_done(&b);
}

/* strace -f's layout: events get the [pid N] prefix, no return value, no -T;
 * -Z keeps them; -c counts no signal and no exit. */
static void dump_strace_format_and_options(void) {
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        siginfo_t si = si_new(SIGUSR1, SI_USER);
        TestRecord rec[3];
        DumpRecord dr[3];
        DumpInput in;
        StrBuf b = {};

        test_record_init(&rec[0], __NR_write, 3);
        test_record_args(&rec[0], 1, 0, 3, 0, 0, 0);
        signal_record(&rec[1], &si);
        rec[1].h.tid = 43;
        exit_record(&rec[2], 0, true);
        rec[2].h.tid = 43;
        for (int i = 0; i < 3; i++) {
                rec[i].h.seq = (uint64_t) i + 1;
                rec[i].h.order = (uint64_t) i;
                rec[i].h.ts_enter = 1000 + (uint64_t) i * 5000;
                rec[i].h.ts_exit = rec[i].h.ts_enter + (i == 0 ? 2000 : 0);
                dr[i] = rec[i].r;
        }
        in = (DumpInput) { .records = dr, .n_records = 3, .head = 3, .nslots = 16 };

        o.format = DUMP_FORMAT_STRACE;
        o.durations = true;
        CHECK(dump_write(&in, &o, &b) >= 0);
        CHECK_STREQ(b.buf,
                    "[pid    42] write(1, NULL, 3)           = 3 <0.000002>\n"
                    "[pid    43] --- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=0, si_uid=0} ---\n"
                    "[pid    43] +++ exited with 0 +++\n");
        strbuf_done(&b);

        /* Text without columns, -T: no duration after an event either. */
        o.format = DUMP_FORMAT_TEXT;
        o.columns = false;
        CHECK(dump_write(&in, &o, &b) >= 0);
        CHECK_STREQ(b.buf,
                    "write(1, NULL, 3) = 3 <0.000002>\n"
                    "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=0, si_uid=0} ---\n"
                    "+++ exited with 0 +++\n");
        strbuf_done(&b);

        /* -Z: the write did not fail, the events stay (strace -Z shows them). */
        o.durations = false;
        o.failed_only = true;
        CHECK(dump_write(&in, &o, &b) >= 0);
        CHECK_STREQ(b.buf,
                    "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=0, si_uid=0} ---\n"
                    "+++ exited with 0 +++\n");
        strbuf_done(&b);

        /* -c: one row, the write's. */
        o.failed_only = false;
        o.summary = true;
        CHECK(dump_write(&in, &o, &b) >= 0);
        CHECK(b.buf && strstr(b.buf, " write\n"));
        CHECK(b.buf && !strstr(b.buf, "0xfffffff"));
        CHECK(b.buf && !strstr(b.buf, "SIGUSR1") && !strstr(b.buf, "exited"));
        CHECK(b.buf && strstr(b.buf, "         1           total\n"));
        strbuf_done(&b);
}

int main(void) {
        static const UnitTest tests[] = {
                T(signal_union_is_where_the_recorder_copies_it),
                T(signal_sent_by_process),
                T(signal_queued_with_value),
                T(signal_unknown_code_and_errno),
                T(signal_timer),
                T(signal_from_kernel_without_fields),
                T(signal_faults),
                T(signal_child),
                T(signal_poll_and_sys),
                T(signal_names_as_strace),
                T(signal_group_stop),
                T(signal_realtime),
                T(exit_lines),
                T(event_json),
                T(event_text_columns),
                T(dump_syscall_filter_keeps_events),
                T(dump_strace_format_and_options),
        };

        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
