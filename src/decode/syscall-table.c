/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <string.h>

#include "decode.h"
#include "macro.h"
#include "syscall-table.h"
#include "syscalls-aarch64.h"
#include "syscalls-i386.h"
#include "syscalls-x86_64.h"

_Static_assert(SYSCALL_TABLE_X86_64_SIZE <= TL_SYSCALLS_MAX, "x86_64 syscall table larger than the BPF rule map");
_Static_assert(SYSCALL_TABLE_AARCH64_SIZE <= TL_SYSCALLS_MAX, "aarch64 syscall table larger than the BPF rule map");

static const SyscallTable tables[] = {
        { "x86_64", syscall_table_x86_64, SYSCALL_TABLE_X86_64_SIZE },
        { "aarch64", syscall_table_aarch64, SYSCALL_TABLE_AARCH64_SIZE },
};

/* The recorder fills its rule map from the native table and the decoder
 * names the numbers the kernel reported: both must be this machine's. */
#if defined(__x86_64__)
#define NATIVE_TABLE (&tables[0])
#elif defined(__aarch64__)
#define NATIVE_TABLE (&tables[1])
#else
#error "traceloop has syscall tables for x86_64 and aarch64 only: add this architecture to ARCHES in tools/gen-syscall-table.py (docs/DECODING.md)"
#endif

const CompatSyscall *syscall_compat_lookup(const char *arch, int32_t nr) {
        /* Only x86_64 has a compat table: no AArch32 headers are installed to make one from. */
        if (!arch || strcmp(arch, "x86_64") != 0)
                return NULL;
        if (nr < 0 || nr >= SYSCALL_COMPAT_I386_SIZE || !syscall_compat_i386[nr].name)
                return NULL;
        return &syscall_compat_i386[nr];
}

const CompatSyscall *syscall_compat_info(int32_t nr) {
        return syscall_compat_lookup(NATIVE_TABLE->arch, nr);
}

const SyscallTable *syscall_table_native(void) {
        return NATIVE_TABLE;
}

const SyscallTable *syscall_table_for_arch(const char *arch) {
        if (!arch)
                return NULL;
        for (size_t i = 0; i < ELEMENTSOF(tables); i++)
                if (strcmp(tables[i].arch, arch) == 0)
                        return &tables[i];
        return NULL;
}

const SyscallInfo *syscall_table_lookup(const SyscallTable *t, int32_t nr) {
        if (!t || nr < 0 || (size_t) nr >= t->size)
                return NULL;
        if (!t->entries[nr].name)
                return NULL;
        return &t->entries[nr];
}

int syscall_table_find(const SyscallTable *t, const char *name) {
        if (!t || !name)
                return -ENOENT;

        for (size_t i = 0; i < t->size; i++)
                if (t->entries[i].name && strcmp(t->entries[i].name, name) == 0)
                        return (int) i;

        return -ENOENT;
}

size_t syscall_table_size(void) {
        return NATIVE_TABLE->size;
}

const SyscallInfo *syscall_info(int32_t nr) {
        return syscall_table_lookup(NATIVE_TABLE, nr);
}

const char *syscall_name(int32_t nr) {
        const SyscallInfo *si = syscall_info(nr);

        return si ? si->name : NULL;
}

int syscall_from_name(const char *name) {
        return syscall_table_find(NATIVE_TABLE, name);
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
