/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "log.h"
#include "manager.h"
#include "parse-util.h"

/* The defaults, then traceloop.conf, then the options (arg_options) over it. */
static ManagerConfig arg_config = {
        .buffer_bytes = DEFAULT_BUFFER_BYTES,
        .pool_bytes = DEFAULT_POOL_BYTES,
        .capture_size = TL_CAPTURE_DEFAULT,
        .max_traces = DEFAULT_MAX_TRACES,
        .journal_lines = DEFAULT_JOURNAL_LINES,
        .keep_per_unit = DEFAULT_KEEP_PER_UNIT,
        .max_dumps_bytes = DEFAULT_MAX_DUMPS_BYTES,
        .max_kept_bytes = DEFAULT_MAX_KEPT_BYTES,
};
static ConfigOptions arg_options = {
        .precise_time = -1,
};
static const char *arg_config_file = NULL;

static void help(void) {
        printf("%s [OPTIONS...]\n\n"
               "Record the system calls of chosen cgroups into in-kernel ring buffers\n"
               "and serve them on D-Bus as org.traceloop.\n\n"
               "  -h --help               Show this help\n"
               "     --version            Show package version\n"
               "     --config=PATH        Read this configuration file instead of\n"
               "                          %s and its drop-ins\n"
               "     --bus=ADDRESS        Serve on this D-Bus address instead of the system bus\n"
               "     --buffer-size=BYTES  Ring buffer per trace (default %" PRIu64 ", suffixes K, M, G)\n"
               "     --pool-size=BYTES    All ring buffers together (default %" PRIu64 ")\n"
               "     --capture-size=BYTES User memory kept per syscall, 16..%d, a multiple of 16\n"
               "                          (rounded down; default %d)\n"
               "     --max-traces=N       Traces held at once, 1..%d (default %u)\n"
               "     --timestamps=CLOCK   Default clock of new traces: tick (the kernel tick,\n"
               "                          default) or precise (a clock read per syscall)\n"
               "     --log-level=LEVEL    debug, info, notice, warning or err\n"
               "\nOptions win over the configuration file; see traceloop.conf(5).\n",
               program_invocation_short_name,
               CONFIG_FILE,
               (uint64_t) DEFAULT_BUFFER_BYTES, (uint64_t) DEFAULT_POOL_BYTES,
               TL_CAPTURE_MAX, TL_CAPTURE_DEFAULT, TL_TRACES_MAX, DEFAULT_MAX_TRACES);
}

static int parse_argv(int argc, char *argv[]) {
        enum {
                ARG_VERSION = 0x100,
                ARG_CONFIG,
                ARG_BUS,
                ARG_BUFFER_SIZE,
                ARG_POOL_SIZE,
                ARG_CAPTURE_SIZE,
                ARG_MAX_TRACES,
                ARG_TIMESTAMPS,
                ARG_LOG_LEVEL,
        };
        static const struct option options[] = {
                { "help",         no_argument,       NULL, 'h'              },
                { "version",      no_argument,       NULL, ARG_VERSION      },
                { "config",       required_argument, NULL, ARG_CONFIG       },
                { "bus",          required_argument, NULL, ARG_BUS          },
                { "buffer-size",  required_argument, NULL, ARG_BUFFER_SIZE  },
                { "pool-size",    required_argument, NULL, ARG_POOL_SIZE    },
                { "capture-size", required_argument, NULL, ARG_CAPTURE_SIZE },
                { "max-traces",   required_argument, NULL, ARG_MAX_TRACES   },
                { "timestamps",   required_argument, NULL, ARG_TIMESTAMPS   },
                { "log-level",    required_argument, NULL, ARG_LOG_LEVEL    },
                {}
        };
        int c, r;

        while ((c = getopt_long(argc, argv, "h", options, NULL)) >= 0)
                switch (c) {
                case 'h':
                        help();
                        return 0;
                case ARG_VERSION:
                        printf("traceloopd %s\n", PACKAGE_VERSION);
                        return 0;
                case ARG_CONFIG:
                        arg_config_file = optarg;
                        break;
                case ARG_BUS:
                        free(arg_config.bus_address);
                        arg_config.bus_address = strdup(optarg);
                        if (!arg_config.bus_address)
                                return log_oom();
                        break;
                /* The same checks as traceloop.conf's (config.c). */
                case ARG_BUFFER_SIZE:
                        r = config_parse_buffer_size(optarg, &arg_options.buffer_bytes);
                        if (r < 0)
                                return log_error_errno(r, "Invalid --buffer-size=%s (%s).", optarg, CONFIG_BUFFER_SIZE_RANGE);
                        break;
                case ARG_POOL_SIZE:
                        r = config_parse_pool_size(optarg, &arg_options.pool_bytes);
                        if (r < 0)
                                return log_error_errno(r, "Invalid --pool-size=%s (%s).", optarg, CONFIG_POOL_SIZE_RANGE);
                        break;
                case ARG_CAPTURE_SIZE:
                        r = config_parse_capture_size(optarg, &arg_options.capture_size);
                        if (r < 0)
                                return log_error_errno(r, "Invalid --capture-size=%s (%s).", optarg, CONFIG_CAPTURE_SIZE_RANGE);
                        break;
                case ARG_MAX_TRACES:
                        r = config_parse_max_traces(optarg, &arg_options.max_traces);
                        if (r < 0)
                                return log_error_errno(r, "Invalid --max-traces=%s (%s).", optarg, CONFIG_MAX_TRACES_RANGE);
                        break;
                case ARG_TIMESTAMPS: {
                        bool precise;

                        r = config_parse_timestamps(optarg, &precise);
                        if (r < 0)
                                return log_error_errno(r, "Invalid --timestamps=%s (%s).", optarg, CONFIG_TIMESTAMPS_RANGE);
                        arg_options.precise_time = precise;
                        break;
                }
                case ARG_LOG_LEVEL:
                        r = parse_log_level(optarg);
                        if (r < 0)
                                return log_error_errno(r, "Invalid --log-level=%s.", optarg);
                        log_set_max_level(r);
                        break;
                case '?':
                        return -EINVAL;
                default:
                        return -EINVAL;
                }

        if (optind < argc)
                return log_error_errno(-EINVAL, "%s takes no positional arguments.", program_invocation_short_name);

        return 1;
}

static int run(int argc, char *argv[]) {
        _cleanup_(manager_freep) Manager *m = NULL;
        int r;

        log_parse_environment();

        r = parse_argv(argc, argv);
        if (r <= 0)
                return r;

        /* The file first, the options over it: they win. */
        r = config_load(arg_config_file, !arg_config_file, &arg_config);
        if (r < 0)
                return r;
        r = config_apply_options(&arg_config, &arg_options);
        if (r < 0)
                return r;

        log_debug("Configuration: BufferSize=%" PRIu64 " PoolSize=%" PRIu64 " CaptureSize=%" PRIu32
                  " MaxTraces=%" PRIu32 " Timestamps=%s Directory=%s JournalLines=%" PRIu32
                  " KeepPerUnit=%" PRIu32 " MaxDumpsSize=%" PRIu64 " MaxKeptSize=%" PRIu64 ", %zu unit pattern(s).",
                  arg_config.buffer_bytes, arg_config.pool_bytes, arg_config.capture_size,
                  arg_config.max_traces, arg_config.precise_time ? "precise" : "tick",
                  arg_config.dump_directory ?: "(default)", arg_config.journal_lines,
                  arg_config.keep_per_unit, arg_config.max_dumps_bytes, arg_config.max_kept_bytes,
                  arg_config.n_patterns);

        r = manager_new(&arg_config, &m);
        if (r < 0)
                return r;

        r = manager_start(m);
        if (r < 0)
                return r;

        return manager_run(m);
}

int main(int argc, char *argv[]) {
        int r;

        r = run(argc, argv);
        /* After run(): the manager, which may point into it, is gone by then. */
        manager_config_done(&arg_config);
        return r < 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
