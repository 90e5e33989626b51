/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/*
 * The golden programs: each performs system calls directly (syscall(2), so
 * that libc adds nothing) and states the exact line strace prints for each.
 *
 *   golden-PROG DIR EXPECTATIONS
 *
 * DIR is an empty directory the program may use, EXPECTATIONS the file the
 * program writes its expectations to once it is done. Before each step the
 * program writes a marker "@N" to GOLDEN_MARKER_FD (/dev/null), so that the
 * lines of a recording between marker N and the next belong to step N:
 *
 *   write(99, "@7", 2) = 2
 *
 * The expectation file is written after the marker "@end" (what follows it
 * is not compared, up to the marker of the last step, the exit itself), one
 * record a line, fields separated by tabs:
 *
 *   pid      PID                 the process whose lines are compared
 *   dir      DIR
 *   subst    TEXT NAME           TEXT differs from run to run (a child's pid,
 *                                an address): compared with strace as NAME
 *   gap      FILE:LINE REASON    the next expected line is one traceloop does not
 *                                print yet, and why (FILE:LINE: the gap() call)
 *   expect   STEP LINE           LINE is what step STEP prints
 *
 * Nothing here may make a system call between golden_init() and
 * golden_finish() other than the markers: all state is static, no malloc.
 */

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define GOLDEN_MARKER_FD 99
#define GOLDEN_MAX_LINES 256
#define GOLDEN_LINE_MAX 1024
#define GOLDEN_MAX_SUBSTS 32

/* What strace prints after " = " for a failure. */
#define E_BADF   "-1 EBADF (Bad file descriptor)"
#define E_NOENT  "-1 ENOENT (No such file or directory)"
#define E_ACCES  "-1 EACCES (Permission denied)"
#define E_ADDRINUSE "-1 EADDRINUSE (Address already in use)"
#define E_FAULT  "-1 EFAULT (Bad address)"
#define E_INVAL  "-1 EINVAL (Invalid argument)"
#define E_EXIST  "-1 EEXIST (File exists)"
#define E_NOTDIR "-1 ENOTDIR (Not a directory)"
#define E_ISDIR  "-1 EISDIR (Is a directory)"
#define E_NOTEMPTY "-1 ENOTEMPTY (Directory not empty)"
#define E_AGAIN  "-1 EAGAIN (Resource temporarily unavailable)"
#define E_SRCH   "-1 ESRCH (No such process)"
#define E_CHILD  "-1 ECHILD (No child processes)"
#define E_NOTTY  "-1 ENOTTY (Inappropriate ioctl for device)"
#define E_NOTSOCK "-1 ENOTSOCK (Socket operation on non-socket)"
#define E_PIPE   "-1 EPIPE (Broken pipe)"
#define E_SPIPE  "-1 ESPIPE (Illegal seek)"
#define E_PERM   "-1 EPERM (Operation not permitted)"
#define E_NOTCONN "-1 ENOTCONN (Transport endpoint is not connected)"
#define E_CONNREFUSED "-1 ECONNREFUSED (Connection refused)"
#define E_AFNOSUPPORT "-1 EAFNOSUPPORT (Address family not supported by protocol)"
#define E_NOPROTOOPT "-1 ENOPROTOOPT (Protocol not available)"
#define E_OPNOTSUPP "-1 EOPNOTSUPP (Operation not supported)"
#define E_NOSYS "-1 ENOSYS (Function not implemented)"
#define E_LOOP   "-1 ELOOP (Too many levels of symbolic links)"

/* A pointer the kernel refuses (EFAULT), printed the same on every run. */
#define BAD_PTR ((void *) 0x1)

static struct {
        unsigned step;
        const char *gap;
        const char *where;      /* the gap() call, so that a fixed gap is easy to find */
        int where_line;
        char text[GOLDEN_LINE_MAX];
} golden_lines[GOLDEN_MAX_LINES];
static unsigned golden_n_lines, golden_step_no;
static struct {
        char text[64];
        const char *name;
} golden_substs[GOLDEN_MAX_SUBSTS];
static unsigned golden_n_substs;
static const char *golden_dir, *golden_out;
static char golden_paths[8][512];

/* The return value of the last T(). */
static long ret;

static inline void golden_die(const char *what) {
        fprintf(stderr, "golden: %s\n", what);
        exit(2);
}

/* DIR/NAME in one of eight rotating static buffers. */
static inline const char *P(const char *name) {
        static unsigned k;
        char *p = golden_paths[k++ % 8];

        if ((size_t) snprintf(p, sizeof(golden_paths[0]), "%s/%s", golden_dir, name) >= sizeof(golden_paths[0]))
                golden_die("path too long");
        return p;
}

/* s as strace quotes a string argument: at most 32 bytes, then "...".
 * Printable ASCII only, which is all the programs pass. */
static inline const char *Q(const char *s) {
        static char bufs[8][64];
        static unsigned k;
        char *b = bufs[k++ % 8];
        size_t n = strlen(s);

        snprintf(b, sizeof(bufs[0]), "\"%.32s\"%s", s, n > 32 ? "..." : "");
        return b;
}

static inline void golden_init(int argc, char **argv) {
        int fd;

        if (argc != 3)
                golden_die("usage: PROGRAM DIR EXPECTATIONS");
        golden_dir = argv[1];
        golden_out = argv[2];
        fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (fd < 0 || dup2(fd, GOLDEN_MARKER_FD) < 0)
                golden_die("cannot set up the marker fd");
        close(fd);
        /* The time zone now (it reads /etc/localtime), not in the middle of a step. */
        tzset();
        /* stdio's buffers now, not in the middle of a step. */
        (void) fflush(stdout);
}

static inline void golden_mark(void) {
        char tag[16];
        int n = snprintf(tag, sizeof(tag), "@%u", ++golden_step_no);

        (void) syscall(SYS_write, GOLDEN_MARKER_FD, tag, (size_t) n);
}

/* One more expected line of the current step. */
__attribute__((format(printf, 1, 2)))
static inline void expect(const char *fmt, ...) {
        va_list ap;

        if (golden_n_lines >= GOLDEN_MAX_LINES)
                golden_die("too many lines");
        golden_lines[golden_n_lines].step = golden_step_no;
        golden_lines[golden_n_lines].gap = NULL;
        va_start(ap, fmt);
        if ((size_t) vsnprintf(golden_lines[golden_n_lines].text, GOLDEN_LINE_MAX, fmt, ap) >= GOLDEN_LINE_MAX)
                golden_die("line too long");
        va_end(ap);
        golden_n_lines++;
}

/* The last expected line is one traceloop does not print yet, and why. */
static inline void golden_gap(const char *reason, const char *file, int line) {
        if (golden_n_lines == 0)
                golden_die("gap() before any expectation");
        golden_lines[golden_n_lines - 1].gap = reason;
        golden_lines[golden_n_lines - 1].where = file;
        golden_lines[golden_n_lines - 1].where_line = line;
}
#define gap(reason) golden_gap(reason, __FILE__, __LINE__)

/* TEXT (a pid, an address) changes from run to run; strace's and ours are
 * compared with it replaced by NAME. */
__attribute__((format(printf, 2, 3)))
static inline void subst(const char *name, const char *fmt, ...) {
        va_list ap;

        if (golden_n_substs >= GOLDEN_MAX_SUBSTS)
                golden_die("too many substitutions");
        va_start(ap, fmt);
        vsnprintf(golden_substs[golden_n_substs].text, sizeof(golden_substs[0].text), fmt, ap);
        va_end(ap);
        golden_substs[golden_n_substs++].name = name;
}

/* One step: the marker, the call (its result in ret), the line it must print. */
#define T(call, ...)                                    \
        do {                                            \
                golden_mark();                          \
                ret = (long) (call);                    \
                expect(__VA_ARGS__);                    \
        } while (0)

/* Writes the expectations, then exits as the last step: exit_group and the
 * process's end are lines too. Does not return. */
static inline int golden_finish(void) {
        unsigned last;
        char tag[16];
        FILE *f;
        int n;

        (void) syscall(SYS_write, GOLDEN_MARKER_FD, "@end", (size_t) 4);

        last = ++golden_step_no;
        expect("exit_group(0) = ?");
        expect("+++ exited with 0 +++");

        f = fopen(golden_out, "we");
        if (!f)
                golden_die("cannot write the expectations");
        fprintf(f, "pid\t%d\n", (int) getpid());
        fprintf(f, "dir\t%s\n", golden_dir);
        for (unsigned i = 0; i < golden_n_substs; i++)
                fprintf(f, "subst\t%s\t%s\n", golden_substs[i].text, golden_substs[i].name);
        for (unsigned i = 0; i < golden_n_lines; i++) {
                if (golden_lines[i].gap)
                        fprintf(f, "gap\t%s:%d\t%s\n", golden_lines[i].where, golden_lines[i].where_line,
                                golden_lines[i].gap);
                fprintf(f, "expect\t%u\t%s\n", golden_lines[i].step, golden_lines[i].text);
        }
        if (fclose(f) != 0)
                golden_die("cannot write the expectations");

        n = snprintf(tag, sizeof(tag), "@%u", last);
        (void) syscall(SYS_write, GOLDEN_MARKER_FD, tag, (size_t) n);
        (void) syscall(SYS_exit_group, 0);
        return 0;
}
