/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * A 64-bit process that makes a few 32-bit (i386) syscalls with int $0x80
 * between native ones, for test-compat.sh. The native calls around them are
 * markers the test looks for: getppid() before, a write of "native" to
 * /dev/null after. The compat ones, in this order:
 *   getpid()                      i386 20 (x86_64 20 is writev)
 *   write(fd, "compat\n", 7)      i386 4 (x86_64 4 is stat), fd of /dev/null
 *   close(-1)                     i386 6 (x86_64 6 is lstat): EBADF
 *   chmod(NULL, 0)                i386 15 (x86_64 15 is rt_sigreturn): EFAULT
 * Usage: victim-compat; prints the fd of /dev/null, its pid and the address
 * of the string written (hex), one a line.
 * Elsewhere than on x86_64 it does nothing and exits 77 (skip).
 */

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#if defined(__x86_64__)

static long int80(long nr, long a, long b, long c) {
        long ret;

        /* ebx, ecx, edx: the i386 ABI's first three arguments. The kernel
         * keeps r8-r11 in int $0x80 (since 4.17 it zeroes them: clobbered). */
        __asm__ volatile("int $0x80"
                         : "=a"(ret)
                         : "a"(nr), "b"(a), "c"(b), "d"(c)
                         : "memory", "r8", "r9", "r10", "r11");
        return ret;
}

int main(void) {
        /* The string must be below 4 GiB for a 32-bit pointer: a MAP_32BIT page. */
        char *low;
        long pid, w, c, m;
        int fd;

        low = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
        if (low == MAP_FAILED)
                return 2;
        memcpy(low, "compat\n", 8);
        fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (fd < 0)
                return 2;

        (void) syscall(SYS_getppid);
        pid = int80(20, 0, 0, 0);
        w = int80(4, fd, (long) (unsigned long) low, 7);
        c = int80(6, -1, 0, 0);
        m = int80(15, 0, 0, 0);
        (void) !write(fd, "native\n", 7);

        if (pid != getpid() || w != 7 || c != -9 || m != -14)
                return 3;
        printf("%d\n%ld\n%#lx\n", fd, pid, (unsigned long) low);
        return 0;
}

#else

int main(void) {
        return 77;
}

#endif
