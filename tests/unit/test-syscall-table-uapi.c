/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* One architecture's generated table against its uapi header, read by another
 * path than the generator's (tests/unit/uapi-names.sh and the C compiler):
 * every __NR_x is in the table under its number with the name strace prints,
 * and the table has nothing else. Built once per architecture with
 * -DTEST_ARCH="x86_64" or "aarch64", linked with that architecture's
 * uapi-syscalls.c. */

#include "macro.h"
#include "syscall-table.h"
#include "uapi-syscalls.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

/* uapi name -> the name strace prints and our table carries, where the two
 * differ (tools/gen-syscall-table.py ARCHES[].strace_names). Kept here by hand
 * so that a rename in the generator needs a second, deliberate edit. */
static const struct {
        const char *arch, *uapi, *strace;
} renames[] = {
        { NULL, NULL, NULL },
};

static const char *expected_name(const char *uapi) {
        for (size_t i = 0; i < ELEMENTSOF(renames); i++)
                if (renames[i].arch && strcmp(renames[i].arch, TEST_ARCH) == 0 &&
                    strcmp(renames[i].uapi, uapi) == 0)
                        return renames[i].strace;
        return uapi;
}

static void every_uapi_syscall_is_in_the_table(void) {
        const SyscallTable *t = syscall_table_for_arch(TEST_ARCH);
        long max_nr = -1;

        CHECK(t);
        if (!t)
                return;
        printf("%s: %lu syscalls in %s\n", TEST_ARCH, uapi_syscalls_count, uapi_header);
        CHECK(uapi_syscalls_count >= 250);

        for (unsigned long i = 0; i < uapi_syscalls_count; i++) {
                const UapiSyscall *u = &uapi_syscalls[i];
                const SyscallInfo *si = syscall_table_lookup(t, (int32_t) u->nr);

                if (u->nr > max_nr)
                        max_nr = u->nr;
                if (!si) {
                        fprintf(stderr, "%s: __NR_%s = %ld is not in the table\n", TEST_ARCH, u->name, u->nr);
                        unit_failures++;
                        continue;
                }
                CHECK_STREQ(si->name, expected_name(u->name));
                CHECK(syscall_table_find(t, si->name) == (int) u->nr);
        }
        /* The table ends at the header's last syscall. */
        CHECK(t->size == (size_t) max_nr + 1);
}

static void the_table_has_nothing_else(void) {
        const SyscallTable *t = syscall_table_for_arch(TEST_ARCH);
        unsigned long named = 0;

        CHECK(t);
        if (!t)
                return;
        for (size_t nr = 0; nr < t->size; nr++) {
                bool found = false;

                if (!syscall_table_lookup(t, (int32_t) nr))
                        continue;
                named++;
                for (unsigned long i = 0; i < uapi_syscalls_count && !found; i++)
                        found = uapi_syscalls[i].nr == (long) nr;
                if (!found) {
                        fprintf(stderr, "%s: table has %zu (%s), the header does not\n",
                                TEST_ARCH, nr, t->entries[nr].name);
                        unit_failures++;
                }
        }
        CHECK(named == uapi_syscalls_count);
}

static const UnitTest tests[] = {
        T(every_uapi_syscall_is_in_the_table),
        T(the_table_has_nothing_else),
};

int main(void) {
        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
