/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "macro.h"

/* systemd's file descriptor store (FileDescriptorStoreMax=): what a previous
 * traceloopd handed over comes back at start as named fds; what we hand over
 * now survives our restart or crash. Without systemd ($NOTIFY_SOCKET unset)
 * every call is a no-op. Names: [A-Za-z0-9_.-], at most 255 characters. */

typedef struct FdStore {
        char **names;
        int *fds;
        size_t n;
        bool active;    /* we run under systemd with a notify socket */
} FdStore;

int fd_store_receive(FdStore *s);
/* The fd of that name, now the caller's; -ENOENT if there is none. */
int fd_store_take(FdStore *s, const char *name);
/* The name with this prefix and the highest decimal suffix ("state-" -> "state-12"), or NULL. */
const char *fd_store_find_latest(const FdStore *s, const char *prefix);
/* Close what nobody took, and ask systemd to forget it too. */
void fd_store_release_rest(FdStore *s);
void fd_store_done(FdStore *s);

int fd_store_push(FdStore *s, const char *name, int fd);
int fd_store_remove(FdStore *s, const char *name);

/* Ask systemd to forget every name we received (a start afresh), and close
 * what we did not take. */
void fd_store_forget_all(FdStore *s);
