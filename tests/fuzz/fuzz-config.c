/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * traceloop.conf is written by people: any bytes. Input layout: the bytes up
 * to the first NUL are one file, the rest (if any) a drop-in read after it
 * into the same config, so sections of both merge. Then the config is copied,
 * searched with a few unit names and freed. The warnings are formatted, so the
 * sanitizers check their arguments, but written to /dev/null.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "fuzz.h"
#include "log.h"
#include "manager.h"

static void quiet_log(void) {
        static FILE *null = NULL;

        if (null)
                return;
        /* Only our log goes there: libFuzzer keeps its own copy of the old
         * stderr, and the sanitizers write to fd 2 directly. */
        null = fopen("/dev/null", "we");
        if (null)
                stderr = null;
        log_set_max_level(LOG_DEBUG);
}

static void parse(const uint8_t *data, size_t size, const char *name, ManagerConfig *c) {
        FILE *f;

        if (size == 0)
                return;
        f = fmemopen((void *) data, size, "r");
        if (!f)
                return;
        if (config_parse(f, name, c) == -ENOMEM)
                abort();
        fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
        static const char *const units[] = {
                "getty@tty1.service", "docker-4f2a.scope", "a.service", "user.slice",
                "systemd-fsck@dev-disk-by\\x2duuid-1234.service", "",
        };
        ManagerConfig c = {
                .buffer_bytes = DEFAULT_BUFFER_BYTES,
                .pool_bytes = DEFAULT_POOL_BYTES,
                .capture_size = TL_CAPTURE_DEFAULT,
                .max_traces = DEFAULT_MAX_TRACES,
                .journal_lines = DEFAULT_JOURNAL_LINES,
                .keep_per_unit = DEFAULT_KEEP_PER_UNIT,
                .max_dumps_bytes = DEFAULT_MAX_DUMPS_BYTES,
                .max_kept_bytes = DEFAULT_MAX_KEPT_BYTES,
        }, copy;
        ConfigOptions none = { .precise_time = -1 };
        const uint8_t *nul;
        size_t first;

        quiet_log();

        nul = memchr(data, 0, size);
        first = nul ? (size_t) (nul - data) : size;
        parse(data, first, "fuzz.conf", &c);
        if (nul)
                parse(nul + 1, size - first - 1, "fuzz.conf.d/50-fuzz.conf", &c);

        (void) config_apply_options(&c, &none);
        if (manager_config_copy(&copy, &c) < 0)
                abort();
        manager_config_done(&c);

        for (size_t i = 0; i < ELEMENTSOF(units); i++) {
                const UnitPattern *p = config_find_pattern(&copy, units[i]);

                /* What the manager does with a match. */
                if (p && (!p->pattern || p < copy.patterns || p >= copy.patterns + copy.n_patterns))
                        abort();
        }
        /* Whatever was read, the values are in their ranges. */
        if (copy.buffer_bytes < 4096 || copy.buffer_bytes > copy.pool_bytes ||
            copy.capture_size < 16 || copy.capture_size > TL_CAPTURE_MAX ||
            copy.max_traces < 1 || copy.max_traces > TL_TRACES_MAX ||
            copy.journal_lines > 10000 || copy.keep_per_unit < 1 || copy.keep_per_unit > 10000 ||
            (copy.dump_directory && copy.dump_directory[0] != '/'))
                abort();
        for (size_t i = 0; i < copy.n_patterns; i++)
                if (copy.patterns[i].buffer_bytes != 0 &&
                    (copy.patterns[i].buffer_bytes < 4096 || copy.patterns[i].buffer_bytes > copy.pool_bytes))
                        abort();

        manager_config_done(&copy);
        return 0;
}
