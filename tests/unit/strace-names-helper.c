/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* For test-strace-names.sh:
 *   strace-names-helper names   "NR NAME" for every syscall of the native table
 *   strace-names-helper call    make every syscall of the native table under a
 *                               seccomp filter that fails each with ENOSYS
 *                               before it runs (only exit_group passes), so
 *                               that strace -n shows its own name for each
 *                               number. Holes are left alone: some kernels
 *                               answer an unassigned number with SIGILL. */

#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "macro.h"
#include "syscall-table.h"

static int print_names(void) {
        const SyscallTable *t = syscall_table_native();

        for (size_t nr = 0; nr < t->size; nr++) {
                const SyscallInfo *si = syscall_table_lookup(t, (int32_t) nr);

                if (si)
                        printf("%zu %s\n", nr, si->name);
        }
        return fflush(stdout) == 0 ? 0 : 1;
}

static int call_all(void) {
        const SyscallTable *t = syscall_table_native();
        struct sock_filter filter[] = {
                BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
                BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_exit_group, 0, 1),
                BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
                BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
        };
        struct sock_fprog prog = {
                .len = ELEMENTSOF(filter),
                .filter = filter,
        };

        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
            prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) < 0) {
                perror("seccomp");
                return 1;
        }
        /* From here on nothing but exit_group reaches the kernel. */
        for (size_t nr = 0; nr < t->size; nr++)
                if (syscall_table_lookup(t, (int32_t) nr) && nr != __NR_exit_group)
                        (void) syscall((long) nr, 0L, 0L, 0L, 0L, 0L, 0L);
        syscall(__NR_exit_group, 0);
        return 1;
}

int main(int argc, char *argv[]) {
        if (argc == 2 && strcmp(argv[1], "names") == 0)
                return print_names();
        if (argc == 2 && strcmp(argv[1], "call") == 0)
                return call_all();
        fprintf(stderr, "usage: %s names|call\n", argv[0]);
        return 2;
}
