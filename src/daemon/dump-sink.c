/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include <systemd/sd-journal.h>

#include "dump-sink.h"
#include "log.h"
#include "manager-bus.h"
#include "manager.h"
#include "unit-name.h"

#define DUMP_SUFFIX ".txt.gz"

/* CLD_* as systemd reports ExecMainCode. */
static const char *exit_code_to_string(int32_t code) {
        switch (code) {
        case 1: return "exited";
        case 2: return "killed";
        case 3: return "dumped";
        default: return "unknown";
        }
}

/* As systemd says it ($EXIT_STATUS, "status=11/SEGV"): the signal's name
 * without SIG for a killed process, the number for one that exited. */
static void format_status(int32_t code, int32_t status, char *buf, size_t size) {
        const char *sig = (code == 2 || code == 3) ? sigabbrev_np(status) : NULL;

        if (sig)
                snprintf(buf, size, "%s", sig);
        else
                snprintf(buf, size, "%" PRIi32, status);
}

static int mkdir_private(const char *path) {
        if (mkdir(path, 0700) < 0 && errno != EEXIST)
                return -errno;
        return 0;
}

/* gzip, written to a temporary file and renamed: a reader never sees half a dump. */
static int write_gz(const char *dir, const char *name, const StrBuf *header, const StrBuf *text, char **ret_path) {
        _cleanup_free_ char *path = NULL, *tmp = NULL;
        _cleanup_close_ int fd = -EBADF;
        gzFile gz;
        int r = 0;

        if (asprintf(&path, "%s/%s" DUMP_SUFFIX, dir, name) < 0 ||
            asprintf(&tmp, "%s/.#%s.XXXXXX", dir, name) < 0)
                return -ENOMEM;

        fd = mkostemp(tmp, O_CLOEXEC);
        if (fd < 0)
                return -errno;
        (void) fchmod(fd, 0600);

        gz = gzdopen(fd, "wb6");
        if (!gz) {
                (void) unlink(tmp);
                return -ENOMEM;
        }
        fd = -EBADF;   /* gzclose closes it */
        if ((header->len > 0 && gzwrite(gz, header->buf, (unsigned) header->len) != (int) header->len) ||
            (text->len > 0 && gzwrite(gz, text->buf, (unsigned) text->len) != (int) text->len))
                r = -EIO;
        if (gzclose(gz) != Z_OK && r == 0)
                r = -EIO;
        if (r == 0 && rename(tmp, path) < 0)
                r = -errno;
        if (r < 0) {
                (void) unlink(tmp);
                return r;
        }

        *ret_path = TAKE_PTR(path);
        return 0;
}

static void journal_lines(Trace *t, const char *text) {
        const char *p = text;

        while (*p) {
                const char *e = strchr(p, '\n');
                size_t l = e ? (size_t) (e - p) : strlen(p);

                if (l > 0)
                        (void) sd_journal_send("MESSAGE_ID=" SD_MESSAGE_TRACELOOP_SYSCALL,
                                               "MESSAGE=%.*s", (int) l, p,
                                               "PRIORITY=%i", LOG_INFO,
                                               "OBJECT_SYSTEMD_UNIT=%s", t->unit,
                                               "OBJECT_SYSTEMD_INVOCATION_ID=%s", t->invocation_id,
                                               "TRACELOOP_TRACE=%s", t->name,
                                               NULL);
                p += l;
                if (*p == '\n')
                        p++;
        }
}

static unsigned count_lines(const StrBuf *b) {
        unsigned n = 0;

        for (size_t i = 0; i < b->len; i++)
                n += b->buf[i] == '\n';
        return n;
}

int dump_sink_write(Manager *m, Trace *t, int32_t exit_code, int32_t exit_status) {
        _cleanup_(strbuf_donep) StrBuf whole = {}, last = {}, header = {};
        _cleanup_free_ char *path = NULL;
        const char *dir = manager_dump_directory(m);
        const UnitPattern *p = manager_unit_pattern(m, t->unit);
        uint32_t lines = p && p->journal_lines != UNIT_JOURNAL_LINES_UNSET ? p->journal_lines : m->config.journal_lines;
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        char status[32];
        time_t now = time(NULL);
        char date[64];
        int r;

        format_status(exit_code, exit_status, status, sizeof(status));

        r = trace_dump(t, &o, &whole);
        if (r < 0)
                return log_error_errno(r, "Failed to dump trace %s of failed unit %s: %m", t->name, t->unit);

        if (lines > 0) {
                o.last = lines;
                r = trace_dump(t, &o, &last);
                if (r < 0)
                        return log_error_errno(r, "Failed to dump trace %s of failed unit %s: %m", t->name, t->unit);
        }

        (void) strftime(date, sizeof(date), "%Y-%m-%d %H:%M:%S %z", localtime(&now));
        r = strbuf_printf(&header,
                          "# traceloop dump of %s, invocation %s\n"
                          "# result %s (%s, status %s), written %s\n"
                          "# %" PRIu64 " syscalls recorded, %" PRIu64 " lost or overwritten\n"
                          "%s%s%s",
                          t->unit, t->invocation_id, t->result, exit_code_to_string(exit_code), status, date,
                          trace_events(t), trace_lost(t),
                          t->syscalls ? "# only the syscalls " : "", t->syscalls ?: "",
                          t->syscalls ? " were recorded (the trace's filter), signals and exits too\n" : "");
        if (r < 0)
                return log_oom();

        r = mkdir_private(dir);
        if (r >= 0)
                r = write_gz(dir, t->name, &header, &whole, &path);
        if (r < 0)
                log_error_errno(r, "Failed to write the dump of %s to %s: %m", t->name, dir);
        else {
                free(t->dump_file);
                t->dump_file = strdup(path);
        }

        (void) sd_journal_send("MESSAGE_ID=" SD_MESSAGE_TRACELOOP_DUMP,
                               "MESSAGE=%s failed with result '%s'; its last %u system calls%s%s%s follow%s%s.",
                               t->unit, t->result, count_lines(&last),
                               t->syscalls ? " (the trace records only " : "", t->syscalls ?: "", t->syscalls ? ")" : "",
                               path ? ", the whole trace is in " : " (the dump file could not be written)",
                               path ?: "",
                               "PRIORITY=%i", LOG_WARNING,
                               "OBJECT_SYSTEMD_UNIT=%s", t->unit,
                               "OBJECT_SYSTEMD_INVOCATION_ID=%s", t->invocation_id,
                               "TRACELOOP_TRACE=%s", t->name,
                               "TRACELOOP_RESULT=%s", t->result,
                               "TRACELOOP_EXIT_CODE=%s", exit_code_to_string(exit_code),
                               "TRACELOOP_EXIT_STATUS=%s", status,
                               "TRACELOOP_DUMP=%s", path ?: "",
                               "TRACELOOP_LINES=%u", count_lines(&last),
                               "TRACELOOP_SYSCALLS=%s", t->syscalls ?: "all",
                               NULL);
        if (last.len > 0)
                journal_lines(t, last.buf);

        (void) manager_send_trace_dumped(m, t);
        return 0;
}

typedef struct DumpFile {
        char *name;
        off_t size;
        struct timespec mtime;
} DumpFile;

static int dump_file_compare(const void *a, const void *b) {
        const DumpFile *x = a, *y = b;

        if (x->mtime.tv_sec != y->mtime.tv_sec)
                return x->mtime.tv_sec < y->mtime.tv_sec ? -1 : 1;
        if (x->mtime.tv_nsec != y->mtime.tv_nsec)
                return x->mtime.tv_nsec < y->mtime.tv_nsec ? -1 : 1;
        return strcmp(x->name, y->name);
}

/* NAME is UNIT_INVOCATIONID.txt.gz: is it ours, and of which unit? */
static bool dump_file_unit(const char *file, char *unit, size_t size) {
        const char *e = endswith(file, DUMP_SUFFIX);
        size_t l;

        if (!e || (size_t) (e - file) < 34 || e[-33] != '_')
                return false;
        l = (size_t) (e - file) - 33;
        if (l >= size)
                return false;
        memcpy(unit, file, l);
        unit[l] = 0;
        {
                char inv[33];

                memcpy(inv, e - 32, 32);
                inv[32] = 0;
                if (!invocation_id_is_valid(inv))
                        return false;
        }
        return unit_name_is_valid(unit);
}

void dump_sink_prune(Manager *m, const char *unit) {
        const char *dir = manager_dump_directory(m);
        _cleanup_free_ DumpFile *files = NULL;
        size_t n = 0, allocated = 0, per_unit = 0;
        uint64_t total = 0;
        struct dirent *de;
        DIR *d;

        d = opendir(dir);
        if (!d)
                return;
        while ((de = readdir(d))) {
                char u[UNIT_NAME_MAX + 1];
                struct stat st;

                if (!dump_file_unit(de->d_name, u, sizeof(u)))
                        continue;
                if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISREG(st.st_mode))
                        continue;
                if (GREEDY_REALLOC(files, allocated, n, 32) < 0)
                        break;
                files[n].name = strdup(de->d_name);
                if (!files[n].name)
                        break;
                files[n].size = st.st_size;
                files[n].mtime = st.st_mtim;
                n++;
                total += (uint64_t) st.st_size;
                if (streq(u, unit))
                        per_unit++;
        }

        if (files)
                qsort(files, n, sizeof(DumpFile), dump_file_compare);

        /* Oldest first: the unit's beyond KeepPerUnit=, then anyone's beyond
         * MaxDumpsSize=, but never the newest file. */
        for (size_t i = 0; i + 1 < n; i++) {
                char u[UNIT_NAME_MAX + 1];
                bool drop = false;

                if (dump_file_unit(files[i].name, u, sizeof(u)) && streq(u, unit) &&
                    per_unit > m->config.keep_per_unit) {
                        drop = true;
                        per_unit--;
                } else if (total > m->config.max_dumps_bytes)
                        drop = true;
                if (!drop)
                        continue;
                if (unlinkat(dirfd(d), files[i].name, 0) < 0) {
                        log_warning_errno(-errno, "Failed to remove old dump %s/%s: %m", dir, files[i].name);
                        continue;
                }
                log_info("Removed old dump %s/%s (retention).", dir, files[i].name);
                total -= (uint64_t) files[i].size;
        }

        for (size_t i = 0; i < n; i++)
                free(files[i].name);
        closedir(d);
}
