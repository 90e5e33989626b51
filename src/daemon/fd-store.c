/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <systemd/sd-daemon.h>

#include "fd-store.h"
#include "log.h"

int fd_store_receive(FdStore *s) {
        char **names = NULL;
        int n;

        *s = (FdStore) { .active = !isempty(getenv("NOTIFY_SOCKET")) };

        n = sd_listen_fds_with_names(true, &names);
        if (n < 0)
                return n;
        if (n == 0)
                return 0;

        s->fds = calloc((size_t) n, sizeof(int));
        if (!s->fds) {
                for (int i = 0; i < n; i++) {
                        (void) close(SD_LISTEN_FDS_START + i);
                        free(names[i]);
                }
                free(names);
                return -ENOMEM;
        }
        for (int i = 0; i < n; i++) {
                s->fds[i] = SD_LISTEN_FDS_START + i;
                log_debug("From the store: fd %d, %s.", s->fds[i], strna(names[i]));
        }
        s->names = names;
        s->n = (size_t) n;
        log_debug("Received %d file descriptors from systemd's store.", n);
        return n;
}

int fd_store_take(FdStore *s, const char *name) {
        for (size_t i = 0; i < s->n; i++)
                if (s->fds[i] >= 0 && streq_ptr(s->names[i], name))
                        return TAKE_FD(s->fds[i]);
        return -ENOENT;
}

const char *fd_store_find_latest(const FdStore *s, const char *prefix) {
        const char *best = NULL;
        unsigned long long best_n = 0;
        size_t l = strlen(prefix);

        for (size_t i = 0; i < s->n; i++) {
                const char *name = s->names[i];
                unsigned long long v;
                char *end;

                if (s->fds[i] < 0 || !name || strncmp(name, prefix, l) != 0 || name[l] < '0' || name[l] > '9')
                        continue;
                errno = 0;
                v = strtoull(name + l, &end, 10);
                if (errno != 0 || *end != 0)
                        continue;
                if (!best || v > best_n) {
                        best = name;
                        best_n = v;
                }
        }
        return best;
}

void fd_store_release_rest(FdStore *s) {
        for (size_t i = 0; i < s->n; i++) {
                if (s->fds[i] < 0)
                        continue;
                s->fds[i] = safe_close(s->fds[i]);
                if (s->names[i])
                        (void) fd_store_remove(s, s->names[i]);
        }
}

void fd_store_done(FdStore *s) {
        for (size_t i = 0; i < s->n; i++) {
                safe_close(s->fds[i]);
                free(s->names[i]);
        }
        free(s->names);
        free(s->fds);
        *s = (FdStore) {};
}

int fd_store_push(FdStore *s, const char *name, int fd) {
        char msg[300];
        int r;

        if (!s->active)
                return 0;
        /* FDPOLL=0: a BPF map reports EPOLLERR to poll() (only ring buffers
         * implement it), and systemd would drop an fd it sees an error on. */
        if (snprintf(msg, sizeof(msg), "FDSTORE=1\nFDPOLL=0\nFDNAME=%s", name) >= (int) sizeof(msg))
                return -EINVAL;
        r = sd_pid_notify_with_fds(0, false, msg, &fd, 1);
        if (r < 0)
                return log_warning_errno(r, "Failed to hand %s to systemd's file descriptor store: %m", name);
        return 0;
}

int fd_store_remove(FdStore *s, const char *name) {
        char msg[300];

        if (!s->active)
                return 0;
        if (snprintf(msg, sizeof(msg), "FDSTOREREMOVE=1\nFDNAME=%s", name) >= (int) sizeof(msg))
                return -EINVAL;
        return sd_notify(false, msg);
}

void fd_store_forget_all(FdStore *s) {
        for (size_t i = 0; i < s->n; i++) {
                s->fds[i] = safe_close(s->fds[i]);
                if (s->names[i])
                        (void) fd_store_remove(s, s->names[i]);
        }
}
