/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/*
 * strace -y without /proc: what each file descriptor of each process refers
 * to, learnt from the dump's own events in order. openat() returning 3 names
 * fd 3 of that process; dup*, fcntl(F_DUPFD*) copy a name; close forgets;
 * chdir/fchdir set the directory relative paths resolve against (kept under
 * AT_FDCWD); fork-like calls copy the table to the child; a successful execve
 * drops descriptors opened close-on-exec. Anything not seen is unknown, and a
 * descriptor a call returns without a known name forgets the old one.
 */

#include <stdbool.h>
#include <stdint.h>

#include "decode.h"

typedef struct FdTable FdTable;

FdTable *fd_table_new(void);
FdTable *fd_table_free(FdTable *t);

/* The name fd has in process pid before r runs; NULL if unknown. */
const char *fd_table_get(FdTable *t, uint32_t pid, int fd);

/* What r (a finished record) will give its returned descriptor, computed
 * before fd_table_apply(); NULL if nothing. The string lives until the next
 * call of fd_table_prepare() or fd_table_apply(). */
int fd_table_prepare(FdTable *t, const DumpRecord *r, const char **ret);

/* Account for r's effects. */
int fd_table_apply(FdTable *t, const DumpRecord *r);
