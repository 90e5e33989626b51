/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <string.h>

#include "decode.h"
#include "syscall-table.h"

#if defined(__x86_64__)
#include "syscalls-x86_64.h"
#define syscall_table syscall_table_x86_64
#define SYSCALL_TABLE_SIZE SYSCALL_TABLE_X86_64_SIZE
#else
#error "no syscall table for this architecture"
#endif

_Static_assert(SYSCALL_TABLE_SIZE <= TL_SYSCALLS_MAX, "syscall table larger than the BPF rule map");

size_t syscall_table_size(void) {
        return SYSCALL_TABLE_SIZE;
}

const SyscallInfo *syscall_info(int32_t nr) {
        if (nr < 0 || (size_t) nr >= SYSCALL_TABLE_SIZE)
                return NULL;
        if (!syscall_table[nr].name)
                return NULL;
        return &syscall_table[nr];
}

const char *syscall_name(int32_t nr) {
        const SyscallInfo *si = syscall_info(nr);

        return si ? si->name : NULL;
}

int syscall_from_name(const char *name) {
        if (!name)
                return -ENOENT;

        for (size_t i = 0; i < SYSCALL_TABLE_SIZE; i++)
                if (syscall_table[i].name && strcmp(syscall_table[i].name, name) == 0)
                        return (int) i;

        return -ENOENT;
}

const struct tl_syscall_rule *syscall_capture_rule(int32_t nr) {
        const SyscallInfo *si = syscall_info(nr);

        if (!si)
                return NULL;
        for (size_t i = 0; i < TL_CAPTURES_PER_RECORD; i++)
                if (si->rule.cap[i].kind != TL_CAP_NONE)
                        return &si->rule;
        return NULL;
}
