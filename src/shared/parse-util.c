/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "parse-util.h"

/* A decimal number at the start of s; the rest is left in *ret_end. */
static int parse_leading_u64(const char *s, uint64_t *ret, char **ret_end) {
        unsigned long long v;

        if (!s || *s < '0' || *s > '9')
                return -EINVAL;
        errno = 0;
        v = strtoull(s, ret_end, 10);
        if (errno == ERANGE)
                return -ERANGE;
        if (errno != 0)
                return -EINVAL;
        *ret = v;
        return 0;
}

int parse_u64(const char *s, uint64_t *ret) {
        uint64_t v;
        char *end;
        int r;

        r = parse_leading_u64(s, &v, &end);
        if (r < 0)
                return r;
        if (*end != 0)
                return -EINVAL;
        *ret = v;
        return 0;
}

int parse_size(const char *s, uint64_t *ret) {
        static const struct {
                const char *suffix;
                uint64_t factor;
        } table[] = {
                { "", 1 }, { "B", 1 },
                { "K", 1024 }, { "KiB", 1024 },
                { "M", 1024 * 1024 }, { "MiB", 1024 * 1024 },
                { "G", 1024 * 1024 * 1024 }, { "GiB", 1024 * 1024 * 1024 },
        };
        uint64_t v;
        char *end;
        int r;

        r = parse_leading_u64(s, &v, &end);
        if (r < 0)
                return r;

        for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
                if (strcmp(end, table[i].suffix) == 0) {
                        if (v > UINT64_MAX / table[i].factor)
                                return -ERANGE;
                        *ret = v * table[i].factor;
                        return 0;
                }
        return -EINVAL;
}

int parse_log_level(const char *s) {
        static const struct {
                const char *name;
                int level;
        } table[] = {
                { "debug", LOG_DEBUG }, { "info", LOG_INFO }, { "notice", LOG_NOTICE },
                { "warning", LOG_WARNING }, { "err", LOG_ERR }, { "error", LOG_ERR },
        };

        for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
                if (strcmp(s, table[i].name) == 0)
                        return table[i].level;
        return -EINVAL;
}
