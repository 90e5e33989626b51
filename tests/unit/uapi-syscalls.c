/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Compiled once per architecture with -nostdinc -I<that arch's uapi include
 * directory> -DUAPI_HEADER=<asm/unistd...h> -DUAPI_NAMES="uapi-names-ARCH.h"
 * -DUAPI_DESC="...": every __NR_x there, as the compiler evaluates it. */

#include UAPI_HEADER

#include "uapi-syscalls.h"

#define TL_UAPI(n) { #n, __NR_##n },

const UapiSyscall uapi_syscalls[] = {
#include UAPI_NAMES
};

const unsigned long uapi_syscalls_count = sizeof(uapi_syscalls) / sizeof(uapi_syscalls[0]);

const char uapi_header[] = UAPI_DESC;
