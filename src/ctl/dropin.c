/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dropin.h"
#include "macro.h"
#include "parse-util.h"

/* systemd splits an ExecStartPre= line into words at whitespace, unquotes
 * and unescapes them and expands '%' specifiers: a path with any of those
 * would need quoting the example file does not have. */
static bool bindir_is_plain(const char *bindir) {
        if (!bindir || bindir[0] != '/')
                return false;
        for (const char *p = bindir; *p; p++)
                if ((unsigned char) *p <= ' ' || *p == 0x7f || strchr("\"'\\%;", *p))
                        return false;
        return true;
}

/* A canonical syscall list: names and commas, nothing systemd would touch. */
static bool syscalls_are_plain(const char *s) {
        if (isempty(s))
                return false;
        for (const char *p = s; *p; p++)
                if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == ','))
                        return false;
        return true;
}

int dropin_text(const char *bindir, const char *buffer_size, const char *syscalls, char **ret) {
        uint64_t bytes;
        char *text;

        if (!bindir_is_plain(bindir))
                return -EINVAL;
        /* parse_size() takes digits and a unit suffix only: nothing systemd
         * would split, unquote or expand. */
        if (buffer_size && (parse_size(buffer_size, &bytes) < 0 || bytes == 0))
                return -EINVAL;
        if (syscalls && !syscalls_are_plain(syscalls))
                return -EINVAL;

        if (asprintf(&text,
                     "# Written by traceloopctl enable: traceloopd records the system calls of\n"
                     "# each invocation of this unit. Remove with traceloopctl disable.\n"
                     "[Unit]\n"
                     "Wants=traceloop.service\n"
                     "After=traceloop.service\n"
                     "\n"
                     "[Service]\n"
                     "ExecStartPre=-+%s/traceloopctl add-unit %s%s%s%s%s%s%%n\n",
                     bindir,
                     buffer_size ? "--buffer-size=" : "", buffer_size ?: "", buffer_size ? " " : "",
                     syscalls ? "--syscalls=" : "", syscalls ?: "", syscalls ? " " : "") < 0)
                return -ENOMEM;

        *ret = text;
        return 0;
}

int dropin_paths(const char *unit, bool runtime, char **ret_dir, char **ret_file) {
        _cleanup_free_ char *dir = NULL;
        char *file;

        if (asprintf(&dir, "%s/%s.d", runtime ? SYSTEM_RUNTIME_UNIT_DIR : SYSTEM_CONFIG_UNIT_DIR, unit) < 0)
                return -ENOMEM;
        if (asprintf(&file, "%s/" DROPIN_NAME, dir) < 0)
                return -ENOMEM;

        *ret_dir = TAKE_PTR(dir);
        *ret_file = file;
        return 0;
}

static int write_all(int fd, const char *p, size_t n) {
        while (n > 0) {
                ssize_t k = write(fd, p, n);

                if (k < 0) {
                        if (errno == EINTR)
                                continue;
                        return -errno;
                }
                p += k;
                n -= (size_t) k;
        }
        return 0;
}

int dropin_write(const char *dir, const char *file, const char *text) {
        _cleanup_free_ char *tmp = NULL;
        _cleanup_close_ int fd = -EBADF;
        int r;

        if (mkdir(dir, 0755) >= 0) {
                /* The mode is what systemd's own drop-in directories have,
                 * whatever the caller's umask. */
                if (chmod(dir, 0755) < 0)
                        return -errno;
        } else if (errno != EEXIST)
                return -errno;

        if (asprintf(&tmp, "%s/.#" DROPIN_NAME "XXXXXX", dir) < 0)
                return -ENOMEM;
        fd = mkostemp(tmp, O_CLOEXEC);
        if (fd < 0)
                return -errno;

        if (fchmod(fd, 0644) < 0)
                r = -errno;
        else
                r = write_all(fd, text, strlen(text));
        /* A rename that survives a crash must not point at an empty file. */
        if (r >= 0 && fsync(fd) < 0)
                r = -errno;
        if (r >= 0 && rename(tmp, file) < 0)
                r = -errno;
        if (r < 0) {
                (void) unlink(tmp);
                return r;
        }
        return 0;
}

int dropin_remove(const char *dir, const char *file) {
        if (unlink(file) < 0) {
                if (errno == ENOENT)
                        return 0;
                return -errno;
        }
        /* Other drop-ins (the admin's own) keep the directory; POSIX lets
         * rmdir() say so with either error. */
        if (rmdir(dir) < 0 && errno != ENOTEMPTY && errno != EEXIST && errno != ENOENT)
                return -errno;
        return 1;
}
