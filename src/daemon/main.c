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

static ManagerConfig arg_config = {
        .buffer_bytes = DEFAULT_BUFFER_BYTES,
        .pool_bytes = DEFAULT_POOL_BYTES,
        .capture_size = TL_CAPTURE_DEFAULT,
        .max_traces = DEFAULT_MAX_TRACES,
};

static void help(void) {
        printf("%s [OPTIONS...]\n\n"
               "Record the system calls of chosen cgroups into in-kernel ring buffers\n"
               "and serve them on D-Bus as org.traceloop.\n\n"
               "  -h --help               Show this help\n"
               "     --version            Show package version\n"
               "     --bus=ADDRESS        Serve on this D-Bus address instead of the system bus\n"
               "     --buffer-size=BYTES  Ring buffer per trace (default %" PRIu64 ", suffixes K, M, G)\n"
               "     --pool-size=BYTES    All ring buffers together (default %" PRIu64 ")\n"
               "     --capture-size=BYTES User memory kept per syscall, 16..%d, a multiple of 16\n"
               "                          (rounded down; default %d)\n"
               "     --max-traces=N       Traces held at once, 1..%d (default %u)\n"
               "     --timestamps=CLOCK   Default clock of new traces: tick (the kernel tick,\n"
               "                          default) or precise (a clock read per syscall)\n"
               "     --log-level=LEVEL    debug, info, notice, warning or err\n",
               program_invocation_short_name,
               (uint64_t) DEFAULT_BUFFER_BYTES, (uint64_t) DEFAULT_POOL_BYTES,
               TL_CAPTURE_MAX, TL_CAPTURE_DEFAULT, TL_TRACES_MAX, DEFAULT_MAX_TRACES);
}

static int parse_argv(int argc, char *argv[]) {
        enum {
                ARG_VERSION = 0x100,
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
                { "bus",          required_argument, NULL, ARG_BUS          },
                { "buffer-size",  required_argument, NULL, ARG_BUFFER_SIZE  },
                { "pool-size",    required_argument, NULL, ARG_POOL_SIZE    },
                { "capture-size", required_argument, NULL, ARG_CAPTURE_SIZE },
                { "max-traces",   required_argument, NULL, ARG_MAX_TRACES   },
                { "timestamps",   required_argument, NULL, ARG_TIMESTAMPS   },
                { "log-level",    required_argument, NULL, ARG_LOG_LEVEL    },
                {}
        };
        uint64_t v;
        int c, r;

        while ((c = getopt_long(argc, argv, "h", options, NULL)) >= 0)
                switch (c) {
                case 'h':
                        help();
                        return 0;
                case ARG_VERSION:
                        printf("traceloopd %s\n", PACKAGE_VERSION);
                        return 0;
                case ARG_BUS:
                        arg_config.bus_address = optarg;
                        break;
                case ARG_BUFFER_SIZE:
                        r = parse_size(optarg, &v);
                        if (r < 0 || v < 4096)
                                return log_error_errno(r < 0 ? r : -ERANGE, "Invalid --buffer-size=%s (at least 4K).", optarg);
                        arg_config.buffer_bytes = v;
                        break;
                case ARG_POOL_SIZE:
                        r = parse_size(optarg, &v);
                        if (r < 0 || v < 4096 || v > (64ULL << 30))
                                return log_error_errno(r < 0 ? r : -ERANGE, "Invalid --pool-size=%s (4K..64G).", optarg);
                        arg_config.pool_bytes = v;
                        break;
                case ARG_CAPTURE_SIZE:
                        r = parse_size(optarg, &v);
                        if (r < 0 || v < 16 || v > TL_CAPTURE_MAX)
                                return log_error_errno(r < 0 ? r : -ERANGE, "Invalid --capture-size=%s (16..%d).", optarg, TL_CAPTURE_MAX);
                        arg_config.capture_size = (uint32_t) v;
                        break;
                case ARG_MAX_TRACES:
                        r = parse_size(optarg, &v);
                        if (r < 0 || v < 1 || v > TL_TRACES_MAX)
                                return log_error_errno(r < 0 ? r : -ERANGE, "Invalid --max-traces=%s (1..%d).", optarg, TL_TRACES_MAX);
                        arg_config.max_traces = (uint32_t) v;
                        break;
                case ARG_TIMESTAMPS:
                        r = timestamps_from_string(optarg);
                        if (r < 0)
                                return log_error_errno(r, "Invalid --timestamps=%s (tick or precise).", optarg);
                        arg_config.precise_time = r;
                        break;
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
        if (arg_config.buffer_bytes > arg_config.pool_bytes)
                return log_error_errno(-EINVAL, "--buffer-size is larger than --pool-size.");

        return 1;
}

int main(int argc, char *argv[]) {
        _cleanup_(manager_freep) Manager *m = NULL;
        int r;

        log_parse_environment();

        r = parse_argv(argc, argv);
        if (r <= 0)
                return r < 0 ? EXIT_FAILURE : EXIT_SUCCESS;

        r = manager_new(&arg_config, &m);
        if (r < 0)
                return EXIT_FAILURE;

        r = manager_start(m);
        if (r < 0)
                return EXIT_FAILURE;

        r = manager_run(m);
        return r < 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
