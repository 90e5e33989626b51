/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Memory, clocks and timers, futexes, extended attributes, directories, namespaces. */

#include <linux/futex.h>
#include <linux/membarrier.h>
#include <sys/mman.h>
#include <linux/dqblk_xfs.h>
#include <sys/quota.h>
#include <sys/random.h>
#include <sys/statfs.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/xattr.h>
#include <time.h>

#include "golden.h"

#define G_TIMESPEC "struct timespec not decoded"


/* The commands a MEMBARRIER_CMD_QUERY result holds, as strace 6.1 names them. */
static const char *membarrier_names(long v, char *buf, size_t size) {
        static const char *const names[] = {
                "MEMBARRIER_CMD_GLOBAL", "MEMBARRIER_CMD_GLOBAL_EXPEDITED",
                "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED", "MEMBARRIER_CMD_PRIVATE_EXPEDITED",
                "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED", "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE",
                "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE", "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ",
                "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ",
        };
        size_t k = 0;
        long rest = v;

        buf[0] = 0;
        for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
                if (v & (1L << i)) {
                        k += (size_t) snprintf(buf + k, size - k, "%s%s", k ? "|" : "", names[i]);
                        rest &= ~(1L << i);
                }
        if (rest)
                snprintf(buf + k, size - k, "%s%#lx", k ? "|" : "", rest);
        return buf;
}

/* A struct timex as strace 6.1 prints it (modes as given: 0). */
static const char *timex_text(const struct timex *tx, char *buf, size_t size) {
        static const char *const sta[] = {
                "STA_PLL", "STA_PPSFREQ", "STA_PPSTIME", "STA_FLL", "STA_INS", "STA_DEL", "STA_UNSYNC",
                "STA_FREQHOLD", "STA_PPSSIGNAL", "STA_PPSJITTER", "STA_PPSWANDER", "STA_PPSERROR",
                "STA_CLOCKERR", "STA_NANO", "STA_MODE", "STA_CLK",
        };
        char status[256] = "0";
        size_t k = 0;
        unsigned rest = (unsigned) tx->status;

        for (size_t i = 0; i < sizeof(sta) / sizeof(sta[0]); i++)
                if (rest & (1u << i)) {
                        k += (size_t) snprintf(status + k, sizeof(status) - k, "%s%s", k ? "|" : "", sta[i]);
                        rest &= ~(1u << i);
                }
        if (rest)
                snprintf(status + k, sizeof(status) - k, k ? "|%#x" : "%#x /* STA_??? */", rest);
        snprintf(buf, size, "{modes=0, offset=%ld, freq=%ld, maxerror=%ld, esterror=%ld, status=%s, constant=%ld, "
                 "precision=%ld, tolerance=%ld, time={tv_sec=%ld, tv_usec=%ld}, tick=%ld, ppsfreq=%ld, jitter=%ld, "
                 "shift=%d, stabil=%ld, jitcnt=%ld, calcnt=%ld, errcnt=%ld, stbcnt=%ld, tai=%d}",
                 (long) tx->offset, (long) tx->freq, (long) tx->maxerror, (long) tx->esterror, status,
                 (long) tx->constant, (long) tx->precision, (long) tx->tolerance, (long) tx->time.tv_sec,
                 (long) tx->time.tv_usec, (long) tx->tick, (long) tx->ppsfreq, (long) tx->jitter, tx->shift,
                 (long) tx->stabil, (long) tx->jitcnt, (long) tx->calcnt, (long) tx->errcnt, (long) tx->stbcnt,
                 tx->tai);
        return buf;
}

/* The clock state adjtimex returns, as strace names it. */
static const char *time_state(long v) {
        static const char *const names[] = { "TIME_OK", "TIME_INS", "TIME_DEL", "TIME_OOP", "TIME_WAIT", "TIME_ERROR" };

        return v >= 0 && v < 6 ? names[v] : "?";
}

int main(int argc, char *argv[]) {
        struct timespec ts, req = { .tv_nsec = 1000 };
        struct timeval tv;
        struct itimerval itv;
        struct statfs sfs;
        unsigned char vec[2];
        char dents[1024], xval[16], names[1024], txt[1024];
        struct timex tx;
        int word = 0, timer, pid;
        /* Not every architecture has time(2), nor these. */
        __attribute__((unused)) struct tm tm;
        __attribute__((unused)) char date[64];
        void *head;
        size_t head_len;
        long fd, n, entries;
        char *map, *map2;

        golden_init(argc, argv);
        pid = getpid();

        T(map = (char *) syscall(SYS_mmap, NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
          "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = %p", (void *) map);
        T(syscall(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE, 1000, 0),
          "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 1000, 0) = " E_BADF);
        T(syscall(SYS_mmap, NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
          "mmap(NULL, 0, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = " E_INVAL);
        map[0] = 1;
        T(syscall(SYS_mincore, map, 8192, vec), "mincore(%p, 8192, [1, 0]) = 0", (void *) map);
        T(syscall(SYS_mprotect, map + 4096, 4096, PROT_READ), "mprotect(%p, 4096, PROT_READ) = 0", (void *) (map + 4096));
        T(syscall(SYS_mprotect, map + 1, 4096, PROT_READ), "mprotect(%p, 4096, PROT_READ) = " E_INVAL, (void *) (map + 1));
        T(syscall(SYS_mprotect, map + 4096, 4096, PROT_READ | PROT_WRITE),
          "mprotect(%p, 4096, PROT_READ|PROT_WRITE) = 0", (void *) (map + 4096));
        T(syscall(SYS_madvise, map, 4096, MADV_DONTNEED), "madvise(%p, 4096, MADV_DONTNEED) = 0", (void *) map);
        T(syscall(SYS_msync, map, 4096, MS_SYNC), "msync(%p, 4096, MS_SYNC) = 0", (void *) map);
        T(syscall(SYS_mlock, map, 4096), "mlock(%p, 4096) = 0", (void *) map);
        T(syscall(SYS_munlock, map, 4096), "munlock(%p, 4096) = 0", (void *) map);
        T(map2 = (char *) syscall(SYS_mremap, map, 8192, 16384, MREMAP_MAYMOVE),
          "mremap(%p, 8192, 16384, MREMAP_MAYMOVE) = %p", (void *) map, (void *) map2);
        T(syscall(SYS_munmap, map2 + 1, 4096), "munmap(%p, 4096) = " E_INVAL, (void *) (map2 + 1));
        T(syscall(SYS_munmap, map2, 16384), "munmap(%p, 16384) = 0", (void *) map2);
        T(syscall(SYS_brk, NULL), "brk(NULL) = %p", (void *) ret);

        T(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts), "clock_gettime(CLOCK_MONOTONIC, {tv_sec=%ld, tv_nsec=%ld}) = 0",
          (long) ts.tv_sec, (long) ts.tv_nsec);
        subst("MONOTONIC", "{tv_sec=%ld, tv_nsec=%ld}", (long) ts.tv_sec, (long) ts.tv_nsec);
        T(syscall(SYS_clock_getres, CLOCK_MONOTONIC, &ts), "clock_getres(CLOCK_MONOTONIC, {tv_sec=0, tv_nsec=1}) = 0");
        T(syscall(SYS_clock_gettime, 12345, &ts), "clock_gettime(0x3039 /* CLOCK_??? */, %p) = " E_INVAL, (void *) &ts);
        T(syscall(SYS_nanosleep, &req, NULL), "nanosleep({tv_sec=0, tv_nsec=1000}, NULL) = 0");
        T(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &req, NULL),
          "clock_nanosleep(CLOCK_MONOTONIC, 0, {tv_sec=0, tv_nsec=1000}, NULL) = 0");
        req.tv_nsec = 2000000000;
        T(syscall(SYS_nanosleep, &req, NULL), "nanosleep({tv_sec=0, tv_nsec=2000000000}, NULL) = " E_INVAL);
        T(syscall(SYS_gettimeofday, &tv, NULL), "gettimeofday({tv_sec=%ld, tv_usec=%ld}, NULL) = 0", (long) tv.tv_sec, (long) tv.tv_usec);
        subst("TIMEVAL", "{tv_sec=%ld, tv_usec=%ld}", (long) tv.tv_sec, (long) tv.tv_usec);
#ifdef SYS_time
        T(syscall(SYS_time, NULL), "time(NULL) = %ld (%s)", ret,
          (strftime(date, sizeof(date), "%FT%T%z", localtime_r(&(time_t) { ret }, &tm)), date));
        subst("TIME", "= %ld (%s)", ret, date);
#endif
        T(syscall(SYS_getitimer, ITIMER_REAL, &itv),
          "getitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}) = 0");
        memset(&tx, 0, sizeof(tx));
        T(syscall(SYS_adjtimex, &tx), "adjtimex(%s) = %ld (%s)", timex_text(&tx, txt, sizeof(txt)), ret, time_state(ret));
        subst("TIMEX_TIME", "time={tv_sec=%ld, tv_usec=%ld}", (long) tx.time.tv_sec, (long) tx.time.tv_usec);
        memset(&tx, 0, sizeof(tx));
        T(syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx), "clock_adjtime(CLOCK_REALTIME, %s) = %ld (%s)",
          timex_text(&tx, txt, sizeof(txt)), ret, time_state(ret));
        subst("CLOCK_ADJTIME_TIME", "time={tv_sec=%ld, tv_usec=%ld}", (long) tx.time.tv_sec, (long) tx.time.tv_usec);
        T(syscall(SYS_adjtimex, BAD_PTR), "adjtimex(0x1) = " E_FAULT);
#ifdef SYS_alarm
        T(syscall(SYS_alarm, 0), "alarm(0) = 0");
#endif
        T(syscall(SYS_timer_create, CLOCK_MONOTONIC, NULL, &timer), "timer_create(CLOCK_MONOTONIC, NULL, [%d]) = 0", timer);
        T(syscall(SYS_timer_getoverrun, timer), "timer_getoverrun(%d) = 0", timer);
        T(syscall(SYS_timer_delete, timer), "timer_delete(%d) = 0", timer);
        T(syscall(SYS_timer_delete, timer), "timer_delete(%d) = " E_INVAL, timer);

        T(syscall(SYS_futex, &word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0), "futex(%p, FUTEX_WAKE_PRIVATE, 1) = 0", (void *) &word);
        T(syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 1, NULL, NULL, 0),
          "futex(%p, FUTEX_WAIT_PRIVATE, 1, NULL) = " E_AGAIN, (void *) &word);
        T(syscall(SYS_get_robust_list, 0, &head, &head_len), "get_robust_list(0, [%p], [%zu]) = 0", head, head_len);
        T(syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0), "membarrier(MEMBARRIER_CMD_QUERY, 0) = %#lx (%s)", ret, membarrier_names(ret, names, sizeof(names)));
        T(syscall(SYS_getrandom, xval, 0, GRND_NONBLOCK), "getrandom(\"\", 0, GRND_NONBLOCK) = 0");
        T(syscall(SYS_getrandom, BAD_PTR, 8, 0), "getrandom(0x1, 8, 0) = " E_FAULT);

        T(fd = syscall(SYS_openat, AT_FDCWD, golden_dir, O_RDONLY | O_DIRECTORY), "openat(AT_FDCWD, \"%s\", O_RDONLY|O_DIRECTORY) = %ld", golden_dir, ret);
        T(n = syscall(SYS_getdents64, fd, dents, sizeof(dents)), "getdents64(%ld, %p /* %ld entries */, 1024) = %ld", fd, (void *) dents,
          (entries = 0, ({ for (long o = 0; o < n; o += *(unsigned short *) (dents + o + 16)) entries++; entries; })), ret);
        T(syscall(SYS_getdents64, fd, dents, sizeof(dents)), "getdents64(%ld, %p /* 0 entries */, 1024) = 0", fd, (void *) dents);
        T(syscall(SYS_getdents64, 1000, dents, sizeof(dents)), "getdents64(1000, %p, 1024) = " E_BADF, (void *) dents);
        T(syscall(SYS_syncfs, fd), "syncfs(%ld) = 0", fd);
        T(syscall(SYS_fstatfs, 1000, &sfs), "fstatfs(1000, %p) = " E_BADF, (void *) &sfs);
        T(syscall(SYS_statfs, P("nonexistent"), &sfs), "statfs(\"%s\", %p) = " E_NOENT, P("nonexistent"), (void *) &sfs);
        T(syscall(SYS_fsetxattr, fd, "trusted.golden", "value", 5, XATTR_CREATE),
          "fsetxattr(%ld, \"trusted.golden\", \"value\", 5, XATTR_CREATE) = 0", fd);
        T(syscall(SYS_getxattr, golden_dir, "trusted.golden", xval, sizeof(xval)),
          "getxattr(\"%s\", \"trusted.golden\", \"value\", 16) = 5", golden_dir);
        T(syscall(SYS_lgetxattr, golden_dir, "trusted.none", xval, sizeof(xval)),
          "lgetxattr(\"%s\", \"trusted.none\", %p, 16) = -1 ENODATA (No data available)", golden_dir, (void *) xval);
        T(syscall(SYS_flistxattr, fd, NULL, 0), "flistxattr(%ld, NULL, 0) = %ld", fd, ret);
        T(syscall(SYS_removexattr, golden_dir, "trusted.golden"), "removexattr(\"%s\", \"trusted.golden\") = 0", golden_dir);
        T(syscall(SYS_close, fd), "close(%ld) = 0", fd);
        T(syscall(SYS_quotactl, QCMD(Q_GETQUOTA, USRQUOTA), P("nonexistent"), 1000, xval),
          "quotactl(QCMD(Q_GETQUOTA, USRQUOTA), \"%s\", 1000, %p) = " E_NOENT, P("nonexistent"), (void *) xval);
        T(syscall(SYS_quotactl, QCMD(Q_QUOTAON, GRPQUOTA), "/dev/null", QFMT_VFS_V0, P("quota")),
          "quotactl(QCMD(Q_QUOTAON, GRPQUOTA), \"/dev/null\", QFMT_VFS_V0, \"%s\") = -1 ENOTBLK (Block device required)", P("quota"));
        T(syscall(SYS_quotactl, QCMD(Q_SYNC, USRQUOTA), NULL, 0, NULL), "quotactl(QCMD(Q_SYNC, USRQUOTA), NULL) = 0");
        word = 3;   /* FS_QUOTA_UDQ_ACCT|FS_QUOTA_UDQ_ENFD */
        T(syscall(SYS_quotactl, QCMD(Q_XQUOTAON, USRQUOTA), "/dev/null", 0, &word),
          "quotactl(QCMD(Q_XQUOTAON, USRQUOTA), \"/dev/null\", [FS_QUOTA_UDQ_ACCT|FS_QUOTA_UDQ_ENFD]) = -1 ENOTBLK (Block device required)");
        T(syscall(SYS_chroot, P("nonexistent")), "chroot(\"%s\") = " E_NOENT, P("nonexistent"));
        T(syscall(SYS_unshare, 0), "unshare(0) = 0");
        T(syscall(SYS_setns, 1000, 0), "setns(1000, 0) = " E_BADF);
        T(fd = syscall(SYS_pidfd_open, pid, 0), "pidfd_open(%d, 0) = %ld", pid, ret);
        T(syscall(SYS_pidfd_send_signal, fd, 0, NULL, 0), "pidfd_send_signal(%ld, 0, NULL, 0) = 0", fd);
        T(syscall(SYS_close, fd), "close(%ld) = 0", fd);

        return golden_finish();
}
