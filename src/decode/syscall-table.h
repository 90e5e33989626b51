/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Types of the generated syscall table (syscalls-<arch>.h, made by tools/gen-syscall-table.py). */

#include <stddef.h>
#include <stdint.h>

#include "recorder-abi.h"

typedef enum ArgKind {
        ARG_INT,          /* signed 32-bit */
        ARG_LONG,         /* signed 64-bit */
        ARG_UINT,         /* unsigned 32-bit */
        ARG_ULONG,        /* unsigned 64-bit */
        ARG_SIZE,         /* size_t, decimal */
        ARG_HEX,          /* 0 or 0x... */
        ARG_PTR,          /* NULL or 0x..., contents not decoded */
        ARG_PTR_OUT,      /* as ARG_PTR, but filled by the kernel: an exit-time argument */
        ARG_FD,           /* file descriptor, signed int */
        ARG_DIRFD,        /* as ARG_FD, AT_FDCWD by name */
        ARG_PATH,         /* path string captured at enter, printed whole */
        ARG_STR,          /* string captured at enter, cut at string_max */
        ARG_BUF_IN,       /* bytes captured at enter, length in another argument */
        ARG_BUF_OUT,      /* bytes captured at exit, length = return value */
        ARG_PATH_OUT,     /* path the kernel wrote, captured at exit, return value counts its NUL (getcwd) */
        ARG_OPEN_FLAGS,   /* O_* */
        ARG_MODE,         /* octal; for open/openat only if O_CREAT or O_TMPFILE */
        ARG_MMAP_PROT,    /* PROT_* */
        ARG_MMAP_FLAGS,   /* MAP_* */
        ARG_AT_FLAGS,     /* AT_* */
        ARG_ACCESS_MODE,  /* F_OK, R_OK|W_OK|X_OK */
        ARG_SIGNAL,       /* SIGxxx */
        ARG_SEEK_WHENCE,  /* SEEK_* */

        /* Structures (format-struct.c) */

        /* Constants and flag sets (xlat.c) */

        _ARG_KIND_MAX,
} ArgKind;

typedef enum RetKind {
        RET_INT,          /* signed long; -4095..-1 is an error */
        RET_ADDR,         /* an address, hex; errors still in -4095..-1 */
        RET_NONE,         /* does not return (exit, exit_group) */
} RetKind;

typedef struct SyscallArg {
        const char *name;
        const char *type;       /* C type as the kernel declares it */
        uint8_t kind;           /* ArgKind */
        uint8_t size_arg;       /* ARG_BUF_IN: which argument holds the length */
} SyscallArg;

typedef struct SyscallInfo {
        const char *name;       /* NULL: no syscall with this number */
        int8_t nargs;           /* -1: signature unknown, print all six in hex */
        uint8_t ret;            /* RetKind */
        SyscallArg args[TL_NARGS];
        struct tl_syscall_rule rule;
} SyscallInfo;

/* One architecture's table. Every table is compiled on every host (they are
 * data), so that tests can check each of them; the recorder and the decoder
 * use the native one: records are decoded on the machine that made them. */
typedef struct SyscallTable {
        const char *arch;               /* "x86_64", "aarch64": uname -m */
        const SyscallInfo *entries;
        size_t size;                    /* entries, including unnamed holes */
} SyscallTable;

const SyscallTable *syscall_table_native(void);
/* NULL if there is no table for this architecture. */
const SyscallTable *syscall_table_for_arch(const char *arch);
/* NULL if nr is not a syscall of table t. */
const SyscallInfo *syscall_table_lookup(const SyscallTable *t, int32_t nr);
/* -ENOENT if no syscall of t has this name. */
int syscall_table_find(const SyscallTable *t, const char *name);

/* The native table: NULL if nr is not a syscall of this architecture. */
const SyscallInfo *syscall_info(int32_t nr);
size_t syscall_table_size(void);
