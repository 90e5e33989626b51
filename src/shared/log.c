/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"

static int log_max_level = LOG_INFO;
static int log_prefix = -1; /* <N> prefixes for the journal's stderr stream */

void log_set_max_level(int level) {
        log_max_level = level;
}

int log_get_max_level(void) {
        return log_max_level;
}

void log_parse_environment(void) {
        const char *e = getenv("SYSTEMD_LOG_LEVEL");

        if (!e)
                return;
        if (strcmp(e, "debug") == 0)
                log_max_level = LOG_DEBUG;
        else if (strcmp(e, "info") == 0)
                log_max_level = LOG_INFO;
        else if (strcmp(e, "notice") == 0)
                log_max_level = LOG_NOTICE;
        else if (strcmp(e, "warning") == 0)
                log_max_level = LOG_WARNING;
        else if (strcmp(e, "err") == 0 || strcmp(e, "error") == 0)
                log_max_level = LOG_ERR;
}

int log_internal(int level, int error, const char *file, int line, const char *func, const char *format, ...) {
        char buf[2048];
        va_list ap;
        int saved = errno;

        if (error < 0)
                error = -error;

        if (log_prefix < 0)
                log_prefix = getenv("JOURNAL_STREAM") ? 1 : 0;

        /* %m means the error we were given, not whatever errno happens to be. */
        errno = error;
        va_start(ap, format);
        (void) vsnprintf(buf, sizeof(buf), format, ap);
        va_end(ap);

        if (log_prefix)
                fprintf(stderr, "<%i>%s\n", level, buf);
        else
                fprintf(stderr, "%s\n", buf);

        errno = saved;
        return -error;
}
