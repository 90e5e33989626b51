/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* verifier-stats: how close each of the recorder's BPF programs comes to the
 * verifier's limits on this kernel. The object is opened by the daemon's own
 * code (recorder_new_unloaded(): the same kernel configuration, capture size
 * and pool), then each program is loaded alone, in a fresh copy of the
 * object, with the verifier's statistics (log level 4, BPF_LOG_STATS): one
 * program refused does not hide the counts of the others. Nothing is
 * attached; every map and program is gone when it exits.
 *
 * Exit status: 0 when every program loaded, 1 when one was not (the end of
 * the verifier's message is printed), 2 on other errors. */

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "config.h"
#include "log.h"
#include "macro.h"
#include "manager.h"
#include "recorder.h"

/* BPF_LOG_STATS (include/linux/bpf_verifier.h; the uapi has no name for it):
 * the counts at the end, and the reason of a refusal, without a line per
 * instruction. */
#define VERIFIER_LOG_LEVEL_STATS 4
/* Enough for the statistics and a refusal's message; a log the kernel
 * truncates fails the load (-ENOSPC), so keep it generous. */
#define VERIFIER_LOG_BYTES (4U * 1024 * 1024)
/* The last lines of a refused program's log: where the reason is. */
#define VERIFIER_ERROR_LINES 30

typedef struct ProgramStats {
        char *name;
        size_t insns;             /* the program's size, after libbpf's relocations */
        int error;                /* 0: loaded; else the negative errno of the load */
        bool have_counts;         /* the "processed ..." line was found */
        uint64_t processed;
        uint64_t limit;
        uint64_t max_states_per_insn;
        uint64_t total_states;
        uint64_t peak_states;
        bool have_time;
        uint64_t time_usec;
        char *log;                /* kept only when the load failed */
} ProgramStats;

static uint32_t arg_capture_size = TL_CAPTURE_DEFAULT;
static bool arg_json = false;
static const char *arg_object = NULL; /* NULL: the object built into traceloopd (and us) */

static void program_stats_done(ProgramStats *p) {
        free(p->name);
        free(p->log);
}

/* The kernel's print_verification_stats(), the same words since 5.x. */
static void parse_log(const char *log, ProgramStats *p) {
        const char *s;

        s = strstr(log, "processed ");
        while (s) {
                if (sscanf(s, "processed %" SCNu64 " insns (limit %" SCNu64 ") max_states_per_insn %" SCNu64
                           " total_states %" SCNu64 " peak_states %" SCNu64,
                           &p->processed, &p->limit, &p->max_states_per_insn, &p->total_states,
                           &p->peak_states) == 5) {
                        p->have_counts = true;
                        break;
                }
                s = strstr(s + 1, "processed ");
        }

        s = strstr(log, "verification time ");
        if (s && sscanf(s, "verification time %" SCNu64 " usec", &p->time_usec) == 1)
                p->have_time = true;
}

static int measure_program(const RecorderConfig *config, const char *name, ProgramStats *ret) {
        _cleanup_(recorder_freep) Recorder *r = NULL;
        _cleanup_free_ char *log = NULL;
        struct bpf_object *obj;
        struct bpf_program *prog, *p;
        ProgramStats st = {};
        int err;

        err = recorder_new_unloaded(config, &r);
        if (err < 0)
                return err;
        obj = recorder_bpf_object(r);

        prog = bpf_object__find_program_by_name(obj, name);
        if (!prog)
                return -ENOENT;
        bpf_object__for_each_program(p, obj)
                (void) bpf_program__set_autoload(p, p == prog);

        log = calloc(1, VERIFIER_LOG_BYTES);
        if (!log)
                return -ENOMEM;
        err = bpf_program__set_log_buf(prog, log, VERIFIER_LOG_BYTES);
        if (err < 0)
                return err;
        err = bpf_program__set_log_level(prog, VERIFIER_LOG_LEVEL_STATS);
        if (err < 0)
                return err;

        st.name = strdup(name);
        if (!st.name)
                return -ENOMEM;
        st.error = bpf_object__load(obj);
        st.insns = bpf_program__insn_cnt(prog);
        parse_log(log, &st);
        if (st.error < 0)
                st.log = TAKE_PTR(log);

        *ret = st;
        return 0;
}

static void print_tail(const char *log, unsigned n_lines) {
        const char *start = log + strlen(log);
        unsigned n = 0;

        /* Back over the trailing newline, then to the start of the n-th line from the end. */
        while (start > log && start[-1] == '\n')
                start--;
        while (start > log) {
                if (start[-1] == '\n' && ++n == n_lines)
                        break;
                start--;
        }
        fprintf(stderr, "%s", start);
        if (start[0] && start[strlen(start) - 1] != '\n')
                fputc('\n', stderr);
}

static int read_object(const char *path, void **ret, size_t *ret_size) {
        _cleanup_close_ int fd = -EBADF;
        _cleanup_free_ uint8_t *buf = NULL;
        struct stat st;
        size_t n = 0;

        fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
                return -errno;
        if (fstat(fd, &st) < 0)
                return -errno;
        if (!S_ISREG(st.st_mode))
                return -EBADF;
        if (st.st_size <= 0)
                return -EBADMSG;
        buf = malloc(st.st_size);
        if (!buf)
                return -ENOMEM;
        while (n < (size_t) st.st_size) {
                ssize_t k = read(fd, buf + n, st.st_size - n);

                if (k < 0)
                        return -errno;
                if (k == 0)
                        return -EBADMSG; /* shrank under us */
                n += k;
        }
        *ret = TAKE_PTR(buf);
        *ret_size = n;
        return 0;
}

static void print_json_string(const char *s) {
        putchar('"');
        for (; *s; s++) {
                unsigned char c = *s;

                if (c == '"' || c == '\\')
                        printf("\\%c", c);
                else if (c < 0x20)
                        printf("\\u%04x", c);
                else
                        putchar(c);
        }
        putchar('"');
}

static void print_table(const ProgramStats *progs, size_t n, const struct utsname *u) {
        printf("kernel %s %s, capture size %" PRIu32 ", %s\n", u->release, u->machine, arg_capture_size,
               arg_object ?: "the object built in");
        printf("%-20s %6s %9s %8s %6s %12s %11s %10s\n",
               "PROGRAM", "INSNS", "PROCESSED", "LIMIT", "USED", "TOTAL_STATES", "PEAK_STATES", "TIME_USEC");
        for (size_t i = 0; i < n; i++) {
                const ProgramStats *p = &progs[i];

                printf("%-20s %6zu ", p->name, p->insns);
                if (p->have_counts)
                        printf("%9" PRIu64 " %8" PRIu64 " %5.1f%% %12" PRIu64 " %11" PRIu64 " ",
                               p->processed, p->limit, p->limit ? 100.0 * p->processed / p->limit : 0.0,
                               p->total_states, p->peak_states);
                else
                        printf("%9s %8s %6s %12s %11s ", "-", "-", "-", "-", "-");
                if (p->have_time)
                        printf("%10" PRIu64, p->time_usec);
                else
                        printf("%10s", "-");
                if (p->error < 0)
                        printf("  not loaded: %s", strerror(-p->error));
                putchar('\n');
        }
}

static void print_json(const ProgramStats *progs, size_t n, const struct utsname *u) {
        /* Program names are C identifiers and uname's fields plain words; the path may need escaping. */
        printf("{\"kernel\":\"%s\",\"machine\":\"%s\",\"capture_size\":%" PRIu32 ",\"object\":",
               u->release, u->machine, arg_capture_size);
        if (arg_object)
                print_json_string(arg_object);
        else
                printf("null");
        printf(",\"programs\":[");
        for (size_t i = 0; i < n; i++) {
                const ProgramStats *p = &progs[i];

                printf("%s{\"name\":\"%s\",\"insns\":%zu,\"loaded\":%s", i > 0 ? "," : "", p->name, p->insns,
                       p->error < 0 ? "false" : "true");
                if (p->error < 0)
                        printf(",\"errno\":%d", -p->error);
                if (p->have_counts)
                        printf(",\"processed\":%" PRIu64 ",\"limit\":%" PRIu64 ",\"max_states_per_insn\":%" PRIu64
                               ",\"total_states\":%" PRIu64 ",\"peak_states\":%" PRIu64,
                               p->processed, p->limit, p->max_states_per_insn, p->total_states, p->peak_states);
                if (p->have_time)
                        printf(",\"time_usec\":%" PRIu64, p->time_usec);
                putchar('}');
        }
        printf("]}\n");
}

static void help(void) {
        printf("%s [OPTIONS...] [OBJECT]\n\n"
               "Load each of traceloopd's BPF programs alone, as traceloopd opens them,\n"
               "and print what the kernel's verifier counted: instructions processed\n"
               "against its limit, states, time. Needs root; attaches nothing.\n"
               "OBJECT: another build of the recorder (a build tree's bpf/recorder.o)\n"
               "with the same maps, programs and rodata; default: the one built in.\n\n"
               "  -h --help               Show this help\n"
               "     --capture-size=BYTES As traceloopd's, %s (default %d)\n"
               "     --json               One JSON object instead of the table\n"
               "\nExits 1 when a program was not loaded (the verifier's message follows).\n",
               program_invocation_short_name, CONFIG_CAPTURE_SIZE_RANGE, TL_CAPTURE_DEFAULT);
}

static int parse_argv(int argc, char *argv[]) {
        enum {
                ARG_CAPTURE_SIZE = 0x100,
                ARG_JSON,
        };
        static const struct option options[] = {
                { "help",         no_argument,       NULL, 'h'              },
                { "capture-size", required_argument, NULL, ARG_CAPTURE_SIZE },
                { "json",         no_argument,       NULL, ARG_JSON         },
                {}
        };
        int c, r;

        while ((c = getopt_long(argc, argv, "h", options, NULL)) >= 0)
                switch (c) {
                case 'h':
                        help();
                        return 0;
                case ARG_CAPTURE_SIZE:
                        r = config_parse_capture_size(optarg, &arg_capture_size);
                        if (r < 0)
                                return log_error_errno(r, "Invalid --capture-size=%s (%s).", optarg,
                                                       CONFIG_CAPTURE_SIZE_RANGE);
                        break;
                case ARG_JSON:
                        arg_json = true;
                        break;
                case '?':
                        return -EINVAL;
                default:
                        return -EINVAL;
                }
        if (argc - optind > 1)
                return log_error_errno(-EINVAL, "At most one argument expected: the object.");
        if (optind < argc)
                arg_object = argv[optind];
        return 1;
}

int main(int argc, char *argv[]) {
        /* Freed after r: libbpf reads the image until the object is closed. */
        _cleanup_free_ void *elf = NULL;
        _cleanup_(recorder_freep) Recorder *r = NULL;
        RecorderConfig config = {
                .pool_bytes = DEFAULT_POOL_BYTES,
        };
        ProgramStats *progs = NULL;
        size_t n = 0, allocated = 0;
        struct bpf_program *prog;
        struct utsname u;
        bool refused = false;
        int ret = 2, err;

        log_parse_environment();
        err = parse_argv(argc, argv);
        if (err <= 0)
                return err < 0 ? 2 : 0;

        config.capture_size = arg_capture_size;
        if (arg_object) {
                err = read_object(arg_object, &elf, &config.object_elf_size);
                if (err < 0) {
                        log_error_errno(err, "Failed to read %s: %m", arg_object);
                        goto finish;
                }
                config.object_elf = elf;
        }

        if (uname(&u) < 0) {
                log_error_errno(-errno, "uname() failed: %m");
                goto finish;
        }

        /* One copy to learn the programs' names, then one copy per program. */
        err = recorder_new_unloaded(&config, &r);
        if (err < 0) {
                if (arg_object && err == -EBADMSG)
                        log_error("%s is not a build of this recorder: a BPF object with BTF, its maps and "
                                  "programs, and capture_size where this build has it.", arg_object);
                else
                        log_error_errno(err, "Failed to open the recorder's BPF object%s%s: %m",
                                        arg_object ? " " : "", arg_object ?: "");
                goto finish;
        }
        bpf_object__for_each_program(prog, recorder_bpf_object(r)) {
                if (GREEDY_REALLOC(progs, allocated, n, 16) < 0) {
                        log_oom();
                        goto finish;
                }
                err = measure_program(&config, bpf_program__name(prog), &progs[n]);
                if (err < 0) {
                        log_error_errno(err, "Failed to measure %s: %m", bpf_program__name(prog));
                        goto finish;
                }
                n++;
        }

        if (arg_json)
                print_json(progs, n, &u);
        else
                print_table(progs, n, &u);
        fflush(stdout);

        for (size_t i = 0; i < n; i++)
                if (progs[i].error < 0) {
                        refused = true;
                        if (isempty(progs[i].log)) {
                                fprintf(stderr, "%s was not loaded (%s), the verifier said nothing.\n",
                                        progs[i].name, strerror(-progs[i].error));
                                continue;
                        }
                        fprintf(stderr, "%s was not loaded (%s); the verifier's last lines:\n", progs[i].name,
                                strerror(-progs[i].error));
                        print_tail(progs[i].log, VERIFIER_ERROR_LINES);
                }
        ret = refused ? 1 : 0;

finish:
        for (size_t i = 0; i < n; i++)
                program_stats_done(&progs[i]);
        free(progs);
        return ret;
}
