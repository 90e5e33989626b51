/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Processes: identities, limits, scheduling, signals, children. */

#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#include "golden.h"

#define G_SIGSET "signal set not decoded"
#define G_INT_OUT "int written by the kernel not decoded"

/* The kernel's struct sigaction for rt_sigaction (no SA_RESTORER: never delivered). */
struct k_sigaction {
        void *handler;
        unsigned long flags;
        void *restorer;
        uint64_t mask;
};

/* How strace prints an rlimit value. */
static const char *rlim_str(uint64_t v, char *buf, size_t size) {
        if (v == RLIM_INFINITY)
                snprintf(buf, size, "RLIM64_INFINITY");
        else if (v > 1024 && v % 1024 == 0)
                snprintf(buf, size, "%" PRIu64 "*1024", v / 1024);
        else
                snprintf(buf, size, "%" PRIu64, v);
        return buf;
}

static int count_vars(char **v) {
        int n = 0;

        while (v[n])
                n++;
        return n;
}

static void on_signal(int sig) {
}

int main(int argc, char *argv[]) {
        uid_t r_uid, e_uid, s_uid;
        struct k_sigaction sa, old_sa;
        struct rlimit rl;
        struct utsname un;
        uint64_t mask, old_mask;
        char name[16], b1[32], b2[32];
        int status;
        long pid, child;
        siginfo_t si;
        stack_t ss;
        cpu_set_t cpus;
        char cpulist[256];
        size_t k = 0;

        /* Before the first step: libc's sigaction() is a syscall of its own. */
        if (sigaction(SIGUSR2, &(struct sigaction) { .sa_handler = on_signal }, NULL) < 0)
                golden_die("sigaction");
        golden_init(argc, argv);
        pid = getpid();

        T(syscall(SYS_getpid), "getpid() = %ld", ret);
        T(syscall(SYS_gettid), "gettid() = %ld", ret);
        T(syscall(SYS_getppid), "getppid() = %ld", ret);
        subst("PPID", "getppid() = %ld", ret);
        T(syscall(SYS_getuid), "getuid() = %ld", ret);
        T(syscall(SYS_geteuid), "geteuid() = %ld", ret);
        T(syscall(SYS_getgid), "getgid() = %ld", ret);
        T(syscall(SYS_getegid), "getegid() = %ld", ret);
        T(syscall(SYS_getresuid, &r_uid, &e_uid, &s_uid), "getresuid([%u], [%u], [%u]) = 0", r_uid, e_uid, s_uid);
        T(syscall(SYS_getresgid, BAD_PTR, BAD_PTR, BAD_PTR), "getresgid(0x1, 0x1, 0x1) = " E_FAULT);
        T(syscall(SYS_setresuid, -1, -1, -1), "setresuid(-1, -1, -1) = 0");
        T(syscall(SYS_getgroups, 0, NULL), "getgroups(0, NULL) = %ld", ret);
        T(syscall(SYS_getpgid, 0), "getpgid(0) = %ld", ret);
        subst("PGID", "getpgid(0) = %ld", ret);
#ifdef SYS_getpgrp
        T(syscall(SYS_getpgrp), "getpgrp() = %ld", ret);
        subst("PGRP", "getpgrp() = %ld", ret);
#endif
        T(syscall(SYS_getsid, 0), "getsid(0) = %ld", ret);
        subst("SID", "getsid(0) = %ld", ret);
        T(syscall(SYS_getpgid, 2147483647), "getpgid(2147483647) = " E_SRCH);
        T(syscall(SYS_set_tid_address, &status), "set_tid_address(%p) = %ld", (void *) &status, pid);

        T(syscall(SYS_prctl, PR_SET_NAME, "golden-proc", 0, 0, 0), "prctl(PR_SET_NAME, \"golden-proc\") = 0");
        T(syscall(SYS_prctl, PR_GET_NAME, name, 0, 0, 0), "prctl(PR_GET_NAME, \"golden-proc\") = 0");
        T(syscall(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0), "prctl(PR_GET_DUMPABLE) = %ld (SUID_DUMP_USER)", ret);
        T(syscall(SYS_getrlimit, RLIMIT_NOFILE, &rl), "getrlimit(RLIMIT_NOFILE, {rlim_cur=%s, rlim_max=%s}) = 0",
          rlim_str(rl.rlim_cur, b1, sizeof(b1)), rlim_str(rl.rlim_max, b2, sizeof(b2)));
        rl = (struct rlimit) { .rlim_cur = 0, .rlim_max = RLIM_INFINITY };
        T(syscall(SYS_prlimit64, 0, RLIMIT_CORE, &rl, NULL), "prlimit64(0, RLIMIT_CORE, {rlim_cur=0, rlim_max=RLIM64_INFINITY}, NULL) = 0");
        T(syscall(SYS_setrlimit, 12345, &rl), "setrlimit(0x3039 /* RLIMIT_??? */, {rlim_cur=0, rlim_max=RLIM64_INFINITY}) = " E_INVAL);
        T(syscall(SYS_getrusage, 12345, BAD_PTR), "getrusage(0x3039 /* RUSAGE_??? */, 0x1) = " E_INVAL);
        T(syscall(SYS_uname, &un), "uname({sysname=\"%s\", nodename=\"%s\", ...}) = 0", un.sysname, un.nodename);
        subst("NODENAME", "nodename=\"%s\"", un.nodename);

        T(syscall(SYS_sched_yield), "sched_yield() = 0");
        T(syscall(SYS_sched_getaffinity, 0, sizeof(cpus), &cpus), "sched_getaffinity(0, %zu, [%s]) = %ld",
          sizeof(cpus), (k = 0, cpulist[0] = 0, ({
                for (int c = 0; c < ret * 8; c++)
                        if (CPU_ISSET(c, &cpus))
                                k += (size_t) snprintf(cpulist + k, sizeof(cpulist) - k, "%s%d", k ? " " : "", c);
                cpulist; })), ret);
        T(syscall(SYS_sched_getscheduler, 0), "sched_getscheduler(0) = 0 (SCHED_OTHER)");
        T(syscall(SYS_sched_get_priority_max, SCHED_FIFO), "sched_get_priority_max(SCHED_FIFO) = 99");
        T(syscall(SYS_getpriority, PRIO_PROCESS, 0), "getpriority(PRIO_PROCESS, 0) = %ld", ret);
        T(syscall(SYS_setpriority, PRIO_PROCESS, 0, 0), "setpriority(PRIO_PROCESS, 0, 0) = 0");

        T(syscall(SYS_kill, pid, 0), "kill(%ld, 0) = 0", pid);
        T(syscall(SYS_kill, 2147483647, SIGTERM), "kill(2147483647, SIGTERM) = " E_SRCH);
        T(syscall(SYS_tgkill, pid, pid, 0), "tgkill(%ld, %ld, 0) = 0", pid, pid);
        T(syscall(SYS_tkill, 2147483647, SIGUSR2), "tkill(2147483647, SIGUSR2) = " E_SRCH);
        sa = (struct k_sigaction) { .handler = SIG_IGN };
        T(syscall(SYS_rt_sigaction, SIGUSR1, &sa, NULL, 8), "rt_sigaction(SIGUSR1, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=0}, NULL, 8) = 0");
        T(syscall(SYS_rt_sigaction, SIGUSR1, NULL, &old_sa, 8), "rt_sigaction(SIGUSR1, NULL, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=0}, 8) = 0");
        T(syscall(SYS_rt_sigaction, SIGKILL, &sa, NULL, 8), "rt_sigaction(SIGKILL, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=0}, NULL, 8) = " E_INVAL);
        /* SIGCHLD blocked: its delivery would land at no fixed place among the steps. */
        mask = 1ULL << (SIGCHLD - 1);
        T(syscall(SYS_rt_sigprocmask, SIG_BLOCK, &mask, &old_mask, 8), "rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0");
        T(syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &old_mask, 8), "rt_sigprocmask(SIG_SETMASK, NULL, [CHLD], 8) = 0");
        T(syscall(SYS_rt_sigprocmask, 7, &mask, NULL, 8), "rt_sigprocmask(0x7 /* SIG_??? */, [CHLD], NULL, 8) = " E_INVAL);
        T(syscall(SYS_rt_sigpending, &mask, 8), "rt_sigpending([], 8) = 0");
        T(syscall(SYS_sigaltstack, NULL, &ss), "sigaltstack(NULL, {ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}) = 0");

        T(syscall(SYS_execve, P("nonexistent"), argv, environ),
          "execve(\"%s\", [%s, %s, %s], %p /* %d vars */) = " E_NOENT,
          P("nonexistent"), Q(argv[0]), Q(argv[1]), Q(argv[2]), (void *) environ, count_vars(environ));
        T(syscall(SYS_execve, argv[0], BAD_PTR, NULL), "execve(\"%s\", 0x1, NULL) = " E_FAULT, argv[0]);

#ifdef SYS_fork
        golden_mark();
        child = syscall(SYS_fork);
        if (child == 0)
                syscall(SYS_exit_group, 3);
        expect("fork() = %ld", child);
        subst("CHILD", "%ld", child);
        T(syscall(SYS_wait4, child, &status, 0, NULL),
          "wait4(%ld, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = %ld", child, ret);
#endif
        T(syscall(SYS_wait4, -1, &status, WNOHANG, NULL), "wait4(-1, %p, WNOHANG, NULL) = " E_CHILD, (void *) &status);

        golden_mark();
        child = syscall(SYS_clone, SIGCHLD, NULL, NULL, NULL, 0);
        if (child == 0)
                syscall(SYS_exit_group, 4);
        expect("clone(child_stack=NULL, flags=SIGCHLD) = %ld", child);
        subst("CHILD2", "%ld", child);
        memset(&si, 0, sizeof(si));
        T(syscall(SYS_waitid, P_PID, child, &si, WEXITED, NULL),
          "waitid(P_PID, %ld, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=%ld, si_uid=0, si_status=4, si_utime=%ld, si_stime=%ld}, WEXITED, NULL) = 0",
          child, child, (long) si.si_utime, (long) si.si_stime);
        T(syscall(SYS_waitid, P_ALL, 0, &si, 0, NULL), "waitid(P_ALL, 0, %p, 0, NULL) = " E_INVAL, (void *) &si);

        /* A signal caught by a handler: the delivery and the return from the handler. */
        golden_mark();
        ret = syscall(SYS_kill, pid, SIGUSR2);
        expect("kill(%ld, SIGUSR2) = 0", pid);
        expect("--- SIGUSR2 {si_signo=SIGUSR2, si_code=SI_USER, si_pid=%ld, si_uid=0} ---", pid);
        expect("rt_sigreturn({mask=[CHLD]}) = 0");

        return golden_finish();
}
