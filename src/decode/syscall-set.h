/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/*
 * A set of syscall numbers of the native architecture, as strace's
 * -e trace= selects them: names, classes (%file, %desc, ...), /regex,
 * "all", "none", a leading '!' that negates the whole set. As an extension,
 * a '!' on a later token removes those syscalls from what the tokens before
 * it selected: "%file,!close,!openat". strace's "@64" suffix names the native
 * personality; "@32" and "@x32" select nothing. The set holds native numbers
 * only: the dump matches a compat record by the native syscall of its name
 * (dump.c), so "close" and "close@64" alike select i386's close too.
 */

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "recorder-abi.h"

typedef enum SyscallClass {
        SYSCALL_CLASS_FILE,          /* takes a file name */
        SYSCALL_CLASS_DESC,          /* takes or returns a file descriptor */
        SYSCALL_CLASS_NETWORK,
        SYSCALL_CLASS_PROCESS,       /* process lifecycle: creation, exec, termination, signals sent */
        SYSCALL_CLASS_SIGNAL,
        SYSCALL_CLASS_IPC,           /* SysV IPC */
        SYSCALL_CLASS_MEMORY,        /* memory mapping */
        SYSCALL_CLASS_CREDS,         /* user and group ids, capabilities */
        SYSCALL_CLASS_CLOCK,
        SYSCALL_CLASS_STAT,          /* stat variants */
        SYSCALL_CLASS_LSTAT,
        SYSCALL_CLASS_FSTAT,         /* fstat, fstatat, statx */
        SYSCALL_CLASS_STAT_LIKE,     /* %%stat: all of the three above */
        SYSCALL_CLASS_STATFS,
        SYSCALL_CLASS_FSTATFS,
        SYSCALL_CLASS_STATFS_LIKE,   /* %%statfs: statfs, fstatfs, ustat */
        SYSCALL_CLASS_PURE,          /* no arguments, cannot fail */
        _SYSCALL_CLASS_MAX,
        _SYSCALL_CLASS_INVALID = -EINVAL,
} SyscallClass;

#define SYSCALL_SET_WORDS ((TL_SYSCALLS_MAX + 63) / 64)

typedef struct SyscallSet {
        uint64_t bits[SYSCALL_SET_WORDS];
} SyscallSet;

/* "file" for SYSCALL_CLASS_FILE; the token strace takes is "%" plus this. */
const char *syscall_class_to_string(SyscallClass c);
/* Accepts "%file", "%net", "%%stat" and strace's deprecated bare "file", "desc", ... */
SyscallClass syscall_class_from_string(const char *s);

/* Bit c set: syscall nr is in class c. 0 for numbers outside the native table. */
uint32_t syscall_classes(int32_t nr);

void syscall_set_clear(SyscallSet *s);
void syscall_set_fill(SyscallSet *s);          /* every number below TL_SYSCALLS_MAX */
void syscall_set_invert(SyscallSet *s);
int syscall_set_add(SyscallSet *s, int32_t nr); /* -ERANGE outside 0..TL_SYSCALLS_MAX-1 */
void syscall_set_remove(SyscallSet *s, int32_t nr);
bool syscall_set_contains(const SyscallSet *s, int32_t nr);
bool syscall_set_is_empty(const SyscallSet *s);
bool syscall_set_is_full(const SyscallSet *s);
size_t syscall_set_count(const SyscallSet *s);
void syscall_set_add_class(SyscallSet *s, SyscallClass c);

/*
 * Parse strace's -e trace= syntax. Returns 0 and fills *ret on success.
 * -ENOENT: a name, class or regex that matches nothing (a token starting with
 * '?' is allowed to match nothing); -EINVAL: an empty token or a bad regex
 * (also one longer than 256 bytes, with {m,n} or with more than six '+', which
 * glibc would take exponential memory to compile);
 * -ENOMEM. On -ENOENT and -EINVAL, *ret_bad (if given) receives a copy of the
 * offending token, for the caller's error message; free() it.
 */
int syscall_set_parse(const char *spec, SyscallSet *ret, char **ret_bad);
