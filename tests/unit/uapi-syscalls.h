/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* The syscalls one architecture's uapi header defines, numbered by the C
 * compiler (uapi-syscalls.c). No libc types: that file is compiled with
 * -nostdinc against the architecture's kernel headers only. */

typedef struct UapiSyscall {
        const char *name;
        long nr;
} UapiSyscall;

extern const UapiSyscall uapi_syscalls[];
extern const unsigned long uapi_syscalls_count;
extern const char uapi_header[];
