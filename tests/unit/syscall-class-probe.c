/* SPDX-License-Identifier: LGPL-2.1-or-later */

/*
 * Calls each syscall number given on the command line once, with all
 * arguments zero, after a seccomp filter that makes every syscall but
 * exit_group fail with ENOSYS before it runs: nothing happens, yet a tracer
 * sees every call. test-syscall-set-strace.sh runs this under
 * "strace -e trace=%CLASS" to learn which numbers strace puts in a class.
 */

#include <linux/filter.h>
#include <linux/seccomp.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv) {
        struct sock_filter filter[] = {
                BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
                BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_exit_group, 0, 1),
                BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
                BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
        };
        struct sock_fprog prog = { .len = sizeof(filter) / sizeof(filter[0]), .filter = filter };
        long *nrs;

        nrs = calloc((size_t) argc, sizeof(long));
        if (!nrs)
                return EXIT_FAILURE;
        for (int i = 1; i < argc; i++)
                nrs[i] = strtol(argv[i], NULL, 10);

        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
                return EXIT_FAILURE;
        if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) < 0)
                return EXIT_FAILURE;

        for (int i = 1; i < argc; i++)
                if (nrs[i] != SYS_exit_group)
                        (void) syscall(nrs[i], 0, 0, 0, 0, 0, 0);
        syscall(SYS_exit_group, 0);
        return EXIT_SUCCESS;
}
