/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * syscall-storm: issue one kind of cheap syscall in a tight loop and print
 * the mean cost per syscall.
 *
 *   syscall-storm KIND ITERATIONS [FILE]
 *
 * KIND:
 *   getppid    syscall(SYS_getppid): the cheapest syscall there is
 *   write64    write(2) of 64 bytes to /dev/null
 *   openclose  openat(2) + close(2) of an existing file (2 syscalls/iteration)
 *   read4k     pread(2) of 4096 bytes at offset 0 of a file in the page cache
 *              (FILE, default: this executable; falls back to /dev/zero)
 *
 * After a warm-up of ITERATIONS/10 iterations (at most 100000), the loop runs
 * ITERATIONS times and one line is printed to stdout:
 *
 *   KIND NS_PER_SYSCALL ns/syscall ITERATIONS iterations SYSCALLS syscalls
 *
 * The time is CLOCK_MONOTONIC around the measured loop divided by the number
 * of syscalls issued in it.  Any failing syscall aborts with exit status 1,
 * so a tracer that breaks the workload does not produce a number.
 */

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

enum kind {
        KIND_GETPPID,
        KIND_WRITE64,
        KIND_OPENCLOSE,
        KIND_READ4K,
};

static const struct {
        const char *name;
        enum kind kind;
        unsigned syscalls_per_iteration;
} kinds[] = {
        { "getppid",   KIND_GETPPID,   1 },
        { "write64",   KIND_WRITE64,   1 },
        { "openclose", KIND_OPENCLOSE, 2 },
        { "read4k",    KIND_READ4K,    1 },
};

struct ctx {
        enum kind kind;
        int fd;                 /* /dev/null (write64) or the file (read4k) */
        const char *path;       /* file for openclose */
        char buf[4096];
};

static void die(const char *what) {
        fprintf(stderr, "syscall-storm: %s: %s\n", what, strerror(errno));
        exit(1);
}

static void usage(void) {
        fprintf(stderr,
                "usage: syscall-storm KIND ITERATIONS [FILE]\n"
                "KIND: getppid | write64 | openclose | read4k\n");
        exit(2);
}

static uint64_t now_ns(void) {
        struct timespec ts;

        if (clock_gettime(CLOCK_MONOTONIC, &ts) < 0)
                die("clock_gettime");
        return (uint64_t) ts.tv_sec * 1000000000ULL + (uint64_t) ts.tv_nsec;
}

/* noinline keeps the loop body identical for warm-up and measurement */
static __attribute__((noinline)) void storm(struct ctx *c, uint64_t n) {
        uint64_t i;

        switch (c->kind) {
        case KIND_GETPPID:
                for (i = 0; i < n; i++)
                        if (syscall(SYS_getppid) < 0)
                                die("getppid");
                break;
        case KIND_WRITE64:
                for (i = 0; i < n; i++)
                        if (write(c->fd, c->buf, 64) != 64)
                                die("write");
                break;
        case KIND_OPENCLOSE:
                for (i = 0; i < n; i++) {
                        int fd = openat(AT_FDCWD, c->path, O_RDONLY | O_CLOEXEC);

                        if (fd < 0)
                                die("openat");
                        if (close(fd) < 0)
                                die("close");
                }
                break;
        case KIND_READ4K:
                for (i = 0; i < n; i++)
                        if (pread(c->fd, c->buf, sizeof(c->buf), 0) != (ssize_t) sizeof(c->buf))
                                die("pread");
                break;
        }
}

static const char *self_path(void) {
        static char path[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);

        if (n <= 0)
                return NULL;
        path[n] = '\0';
        return path;
}

int main(int argc, char **argv) {
        struct ctx c;
        const char *file;
        unsigned per_iter = 0;
        uint64_t iterations, warmup, t0, t1;
        char *end;
        size_t i;
        int found = 0;

        if (argc < 3 || argc > 4)
                usage();

        memset(&c, 0, sizeof(c));
        memset(c.buf, 'x', sizeof(c.buf));
        c.fd = -1;

        for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
                if (strcmp(argv[1], kinds[i].name) == 0) {
                        c.kind = kinds[i].kind;
                        per_iter = kinds[i].syscalls_per_iteration;
                        found = 1;
                }
        if (!found)
                usage();

        errno = 0;
        iterations = strtoull(argv[2], &end, 10);
        if (errno != 0 || *end != '\0' || iterations == 0)
                usage();

        file = argc > 3 ? argv[3] : self_path();

        switch (c.kind) {
        case KIND_GETPPID:
                break;
        case KIND_WRITE64:
                c.fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
                if (c.fd < 0)
                        die("/dev/null");
                break;
        case KIND_OPENCLOSE:
                if (!file)
                        die("readlink /proc/self/exe");
                c.path = file;
                break;
        case KIND_READ4K:
                if (file)
                        c.fd = open(file, O_RDONLY | O_CLOEXEC);
                if (c.fd >= 0 && pread(c.fd, c.buf, sizeof(c.buf), 0) != (ssize_t) sizeof(c.buf)) {
                        /* file shorter than 4 KiB: use /dev/zero instead */
                        close(c.fd);
                        c.fd = -1;
                }
                if (c.fd < 0)
                        c.fd = open("/dev/zero", O_RDONLY | O_CLOEXEC);
                if (c.fd < 0)
                        die("open read4k source");
                break;
        }

        /* warm up: page cache, dentry cache, branch predictors, CPU clocks */
        warmup = iterations / 10;
        if (warmup > 100000)
                warmup = 100000;
        if (warmup < 1000)
                warmup = 1000;
        storm(&c, warmup);

        t0 = now_ns();
        storm(&c, iterations);
        t1 = now_ns();

        printf("%s %.2f ns/syscall %llu iterations %llu syscalls\n",
               argv[1],
               (double) (t1 - t0) / (double) (iterations * per_iter),
               (unsigned long long) iterations,
               (unsigned long long) (iterations * per_iter));
        if (fflush(stdout) != 0)
                die("stdout");

        if (c.fd >= 0)
                close(c.fd);
        return 0;
}
