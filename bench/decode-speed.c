/* SPDX-License-Identifier: LGPL-2.1-or-later */

/*
 * How fast a dump decodes: a ring of the daemon's default size (BufferSize=
 * 4 MiB, CaptureSize=256: 10280 records of 408 bytes) full of a realistic mix
 * of records, from four threads of two processes, decoded by dump_write() in
 * each output mode. Prints, per mode, the median over RUNS runs of the
 * milliseconds for the whole buffer and the records per second.
 *
 * Usage: decode-speed [RUNS] [BUFFER_BYTES] [CAPTURE_SIZE] [MODE]
 * (MODE: only the modes whose name contains it, e.g. json)
 */

#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>

#include "decode.h"
#include "syscall-set.h"

#define DEFAULT_BUFFER_BYTES (4ULL * 1024 * 1024) /* src/daemon/manager.h */

typedef struct Gen {
        uint8_t *slots;
        size_t slot_size, capture;
        DumpRecord *recs;
        size_t n;
        uint64_t ts, order;
        unsigned rnd;
} Gen;

static unsigned gen_rand(Gen *g) {
        g->rnd = g->rnd * 1103515245u + 12345u;
        return (g->rnd >> 16) & 0x7fff;
}

static struct tl_record_header *gen_next(Gen *g, int32_t nr, int64_t ret, uint32_t pid, uint32_t tid) {
        uint8_t *slot = g->slots + g->n * g->slot_size;
        struct tl_record_header *h = (struct tl_record_header *) slot;

        memset(h, 0, sizeof(*h));
        h->seq = g->n + 1;
        h->order = ++g->order;
        g->ts += 800 + gen_rand(g) % 4000;
        h->ts_enter = g->ts;
        h->ts_exit = g->ts + 300 + gen_rand(g) % 3000;
        h->nr = nr;
        h->ret = ret;
        h->pid = pid;
        h->tid = tid;
        h->cpu = tid & 1;
        snprintf(h->comm, sizeof(h->comm), "%s", pid == 1000 ? "nginx" : "worker");
        g->recs[g->n] = (DumpRecord) { .h = h, .data = slot + sizeof(*h), .data_size = g->capture };
        g->n++;
        return h;
}

/* Bytes of argument arg into capture slot cap (the table's rule order). */
static void gen_capture(Gen *g, struct tl_record_header *h, unsigned cap, uint8_t arg, const void *p, size_t len,
                        uint8_t flags) {
        uint8_t *data = (uint8_t *) (h + 1);
        size_t kept = len < g->capture ? len : g->capture;

        h->cap[cap] = (struct tl_capture) { .arg = arg, .flags = flags, .offset = 0, .len = (uint16_t) kept,
                                            .orig_len = (uint32_t) len };
        if (kept < len)
                h->cap[cap].flags |= TL_CAPTURE_TRUNCATED;
        memcpy(data, p, kept);
}

static void gen_fill(Gen *g, size_t nslots) {
        static const char *const paths[] = {
                "/etc/nginx/nginx.conf", "/var/www/html/index.html", "/usr/share/zoneinfo/UTC",
                "/var/log/nginx/access.log", "/nonexistent/file", "/proc/self/status",
        };
        static const char payload[] =
                "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html\r\nContent-Length: 612\r\n\r\n"
                "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: "
                "light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }"
                "\n</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n";

        while (g->n < nslots) {
                uint32_t pid = gen_rand(g) % 4 == 0 ? 2000 : 1000;
                uint32_t tid = pid + gen_rand(g) % 2;
                unsigned k = gen_rand(g) % 100;
                struct tl_record_header *h;
                const char *p = paths[gen_rand(g) % 6];
                size_t len;

                if (k < 15) {           /* openat, a tenth of them failing */
                        bool fail = gen_rand(g) % 10 == 0;

                        h = gen_next(g, SYS_openat, fail ? -ENOENT : (int64_t) (3 + gen_rand(g) % 20), pid, tid);
                        h->args[0] = (uint64_t) -100;
                        h->args[1] = 0x7ffd0000;
                        h->args[2] = O_RDONLY | O_CLOEXEC;
                        gen_capture(g, h, 0, 1, p, strlen(p) + 1, TL_CAPTURE_STRING);
                        h->cap[0].len--;
                } else if (k < 35) {    /* read of part of the payload */
                        len = 16 + gen_rand(g) % (sizeof(payload) - 17);
                        h = gen_next(g, SYS_read, (int64_t) len, pid, tid);
                        h->args[0] = 3 + gen_rand(g) % 20;
                        h->args[1] = 0x55550000;
                        h->args[2] = 4096;
                        gen_capture(g, h, 0, 1, payload, len, 0);
                } else if (k < 55) {    /* write */
                        len = 16 + gen_rand(g) % (sizeof(payload) - 17);
                        h = gen_next(g, SYS_write, (int64_t) len, pid, tid);
                        h->args[0] = 3 + gen_rand(g) % 20;
                        h->args[1] = 0x55560000;
                        h->args[2] = len;
                        gen_capture(g, h, 0, 1, payload, len, 0);
                } else if (k < 65) {    /* close */
                        h = gen_next(g, SYS_close, 0, pid, tid);
                        h->args[0] = 3 + gen_rand(g) % 20;
                } else if (k < 72) {    /* newfstatat on a path */
                        h = gen_next(g, SYS_newfstatat, 0, pid, tid);
                        h->args[0] = (uint64_t) -100;
                        h->args[1] = 0x7ffd1000;
                        h->args[2] = 0x7ffd2000;
                        gen_capture(g, h, 0, 1, p, strlen(p) + 1, TL_CAPTURE_STRING);
                        h->cap[0].len--;
                } else if (k < 80) {    /* mmap */
                        h = gen_next(g, SYS_mmap, 0x7f1234560000, pid, tid);
                        h->args[1] = 8192;
                        h->args[2] = 3;
                        h->args[3] = 0x22;
                        h->args[4] = (uint64_t) -1;
                } else if (k < 90) {    /* epoll_wait (aarch64: epoll_pwait, no mask) */
#ifdef SYS_epoll_wait
                        h = gen_next(g, SYS_epoll_wait, 1, pid, tid);
#else
                        h = gen_next(g, SYS_epoll_pwait, 1, pid, tid);
#endif
                        h->args[0] = 7;
                        h->args[1] = 0x7ffd3000;
                        h->args[2] = 512;
                        h->args[3] = (uint64_t) -1;
                } else if (k < 95) {    /* futex, sometimes EAGAIN */
                        h = gen_next(g, SYS_futex, gen_rand(g) % 3 == 0 ? (int64_t) -EAGAIN : 0, pid, tid);
                        h->args[0] = 0x7f0000100000;
                        h->args[1] = 128;
                } else                  /* getpid */
                        h = gen_next(g, SYS_getpid, pid, pid, tid);
        }
}

static int cmp_double(const void *a, const void *b) {
        double x = *(const double *) a, y = *(const double *) b;

        return x < y ? -1 : x > y;
}

static double now_ms(void) {
        struct timespec t;

        clock_gettime(CLOCK_MONOTONIC, &t);
        return (double) t.tv_sec * 1e3 + (double) t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
        int runs = argc > 1 ? atoi(argv[1]) : 11;
        uint64_t buffer = argc > 2 ? strtoull(argv[2], NULL, 0) : DEFAULT_BUFFER_BYTES;
        size_t capture = argc > 3 ? (size_t) strtoul(argv[3], NULL, 0) : TL_CAPTURE_DEFAULT;
        const char *only = argc > 4 ? argv[4] : NULL;
        Gen g = { .rnd = 42 };
        size_t nslots;
        SyscallSet file_set;
        struct {
                const char *name;
                DumpOptions o;
        } modes[] = {
                { "text (columns, default)", DUMP_OPTIONS_DEFAULT },
                { "text --no-columns",       DUMP_OPTIONS_DEFAULT },
                { "strace -T -tt",           DUMP_OPTIONS_DEFAULT },
                { "strace -y",               DUMP_OPTIONS_DEFAULT },
                { "json",                    DUMP_OPTIONS_DEFAULT },
                { "-c (summary)",            DUMP_OPTIONS_DEFAULT },
                { "-e %file",                DUMP_OPTIONS_DEFAULT },
        };

        if (runs < 1 || capture < 16 || capture > TL_CAPTURE_MAX) {
                fprintf(stderr, "usage: %s [RUNS] [BUFFER_BYTES] [CAPTURE_SIZE]\n", argv[0]);
                return EXIT_FAILURE;
        }
        g.capture = capture;
        g.slot_size = (sizeof(struct tl_record_header) + capture + 7) & ~(size_t) 7;
        nslots = buffer / g.slot_size;
        g.slots = calloc(nslots, g.slot_size);
        g.recs = calloc(nslots, sizeof(DumpRecord));
        if (!g.slots || !g.recs || nslots == 0)
                return EXIT_FAILURE;
        gen_fill(&g, nslots);

        modes[1].o.columns = false;
        modes[2].o.format = DUMP_FORMAT_STRACE;
        modes[2].o.durations = true;
        modes[2].o.timestamps = DUMP_TIMESTAMPS_PRECISE;
        modes[3].o.format = DUMP_FORMAT_STRACE;
        modes[3].o.fd_paths = true;
        modes[4].o.format = DUMP_FORMAT_JSON;
        modes[5].o.summary = true;
        if (syscall_set_parse("%file", &file_set, NULL) < 0)
                return EXIT_FAILURE;
        modes[6].o.syscalls = &file_set;

        printf("%zu records of %zu bytes (a %" PRIu64 "-byte ring, capture %zu), %d runs, median:\n\n",
               nslots, g.slot_size, buffer, capture, runs);
        printf("%-26s %10s %14s %12s\n", "mode", "ms/buffer", "records/s", "output");
        for (size_t m = 0; m < sizeof(modes) / sizeof(modes[0]); m++) {
                double *ms = calloc((size_t) runs, sizeof(double));
                DumpInput in = { .records = g.recs, .n_records = nslots, .head = nslots, .nslots = nslots };
                size_t out_len = 0;

                if (only && !strstr(modes[m].name, only)) {
                        free(ms);
                        continue;
                }
                if (!ms)
                        return EXIT_FAILURE;
                for (int i = 0; i < runs; i++) {
                        StrBuf b = {};
                        double t0 = now_ms();
                        int r = dump_write(&in, &modes[m].o, &b);

                        ms[i] = now_ms() - t0;
                        out_len = b.len;
                        strbuf_done(&b);
                        if (r < 0) {
                                fprintf(stderr, "dump_write failed: %s\n", strerror(-r));
                                return EXIT_FAILURE;
                        }
                }
                qsort(ms, (size_t) runs, sizeof(double), cmp_double);
                printf("%-26s %10.2f %14.0f %10.1f MB\n", modes[m].name, ms[runs / 2],
                       (double) nslots / (ms[runs / 2] / 1e3), (double) out_len / 1e6);
                free(ms);
        }
        free(g.slots);
        free(g.recs);
        return EXIT_SUCCESS;
}
