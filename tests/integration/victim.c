/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * A program with known system calls for the integration tests. Each argument
 * is one step, done in order:
 *   enoent:PATH   open a file that does not exist
 *   say:TEXT      write TEXT and a newline to stdout
 *   pipe          pipe, write "hello" into it, read it back
 *   block:FIFO    open FIFO read-write and block in read until a line comes
 *   openwait:FIFO open FIFO write-only: blocks in openat until a reader comes
 *   spin:N        N getppid() calls
 *   pingpong:N    fork; parent (CPU 0) and child (last CPU) take turns N
 *                 times over two pipes, each writing "pN"/"cN" to stdout on
 *                 its turn: the writes are causally ordered across CPUs
 *   files:DIR     mkdir DIR/d, pwrite "abc" at 10 into DIR/f and pread it
 *                 back, stat it, unlink it, rmdir DIR/d, chdir / and getcwd
 *   sock          socketpair, sendto "ping", recvfrom it
 *   exit:N        exit with status N
 *   usr1          raise SIGUSR1, caught by a handler
 *   thread        a thread that calls getppid() and returns; joined
 *   interrupt     read an empty pipe until SIGALRM (no SA_RESTART) ends it
 *   child:N       fork a child that exits with N, wait for it (SIGCHLD)
 *   stop          fork a child that stops itself with SIGSTOP; continue it, wait for it
 *   leaderexit    start a thread that exits 0.1 s later; the main thread exits (SYS_exit) with 3 first
 *   sleeper       start a thread that sleeps in pause() for good; returns once it sleeps
 *   segv          write through a NULL pointer: killed by SIGSEGV
 *   term          kill(getpid(), SIGTERM) with the default action: killed
 *   kill9         kill(getpid(), SIGKILL)
 *   consts        prctl, fcntl, ioctl, futex, socket, kill and madvise with named constants
 */

#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/futex.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_signal(int sig) {
        (void) sig;
}

static void *thread_main(void *arg) {
        (void) arg;
        (void) syscall(SYS_getppid);
        return NULL;
}

static void *late_main(void *arg) {
        (void) arg;
        usleep(100 * 1000);
        return NULL;
}

static void *sleeper_main(void *arg) {
        int fd = *(int *) arg;
        pid_t tid = gettid();

        if (write(fd, &tid, sizeof(tid)) != sizeof(tid))
                abort();
        for (;;)
                pause();
        return NULL;
}

int main(int argc, char *argv[]) {
        char buf[64];

        for (int i = 1; i < argc; i++) {
                const char *a = argv[i];

                if (strncmp(a, "enoent:", 7) == 0) {
                        if (open(a + 7, O_RDONLY) >= 0)
                                return 2;
                } else if (strncmp(a, "say:", 4) == 0) {
                        char line[256];
                        int n = snprintf(line, sizeof(line), "%s\n", a + 4);
                        if (write(STDOUT_FILENO, line, (size_t) n) != n)
                                return 2;
                } else if (strcmp(a, "pipe") == 0) {
                        int p[2];
                        if (pipe(p) < 0 || write(p[1], "hello", 5) != 5 || read(p[0], buf, sizeof(buf)) != 5)
                                return 2;
                } else if (strncmp(a, "block:", 6) == 0) {
                        int fd = open(a + 6, O_RDWR);
                        if (fd < 0 || read(fd, buf, sizeof(buf)) <= 0)
                                return 2;
                } else if (strncmp(a, "openwait:", 9) == 0) {
                        int fd = open(a + 9, O_WRONLY);
                        if (fd < 0)
                                return 2;
                        close(fd);
                } else if (strncmp(a, "spin:", 5) == 0) {
                        long n = atol(a + 5);
                        for (long k = 0; k < n; k++)
                                (void) syscall(SYS_getppid);
                } else if (strncmp(a, "pingpong:", 9) == 0) {
                        int n = atoi(a + 9), to_child[2], to_parent[2], status;
                        long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
                        cpu_set_t set;
                        pid_t pid;
                        char c;

                        if (pipe(to_child) < 0 || pipe(to_parent) < 0)
                                return 2;
                        pid = fork();
                        if (pid < 0)
                                return 2;
                        CPU_ZERO(&set);
                        CPU_SET(pid == 0 ? (int) (ncpu > 1 ? ncpu - 1 : 0) : 0, &set);
                        (void) sched_setaffinity(0, sizeof(set), &set);
                        for (int k = 1; k <= n; k++) {
                                char line[32];
                                int l;

                                if (pid == 0 && read(to_child[0], &c, 1) != 1)
                                        _exit(2);
                                l = snprintf(line, sizeof(line), "%c%d\n", pid == 0 ? 'c' : 'p', k);
                                if (write(STDOUT_FILENO, line, (size_t) l) != l)
                                        return 2;
                                if (pid == 0) {
                                        if (write(to_parent[1], "x", 1) != 1)
                                                _exit(2);
                                } else if (write(to_child[1], "x", 1) != 1 || read(to_parent[0], &c, 1) != 1)
                                        return 2;
                        }
                        if (pid == 0)
                                _exit(0);
                        if (waitpid(pid, &status, 0) != pid || status != 0)
                                return 2;
                } else if (strncmp(a, "files:", 6) == 0) {
                        char d[256], f[256], cwd[64];
                        struct stat st;
                        int fd;

                        snprintf(d, sizeof(d), "%s/d", a + 6);
                        snprintf(f, sizeof(f), "%s/f", a + 6);
                        if (mkdir(d, 0755) < 0)
                                return 2;
                        fd = open(f, O_RDWR | O_CREAT | O_TRUNC, 0644);
                        if (fd < 0 || pwrite(fd, "abc", 3, 10) != 3 || pread(fd, buf, 3, 10) != 3)
                                return 2;
                        if (stat(f, &st) < 0 || unlink(f) < 0 || rmdir(d) < 0 || close(fd) < 0)
                                return 2;
                        if (chdir("/") < 0 || !getcwd(cwd, sizeof(cwd)))
                                return 2;
                } else if (strcmp(a, "sock") == 0) {
                        int sv[2];

                        if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0 ||
                            sendto(sv[0], "ping", 4, 0, NULL, 0) != 4 ||
                            recvfrom(sv[1], buf, sizeof(buf), 0, NULL, NULL) != 4)
                                return 2;
                } else if (strcmp(a, "consts") == 0) {
                        /* Arguments printed as named constants (test-consts.sh). Raw
                         * syscalls, so no libc wrapper changes the arguments. */
                        uint32_t word = 0;
                        int fd;

                        if (syscall(SYS_prctl, PR_SET_NAME, "tl-consts", 0, 0, 0) < 0 ||
                            syscall(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
                                return 2;
                        fd = (int) syscall(SYS_fcntl, 1, F_DUPFD_CLOEXEC, 10);
                        if (fd < 0 || syscall(SYS_fcntl, fd, F_SETFD, 0) < 0 ||
                            syscall(SYS_fcntl, fd, F_SETFL, O_NONBLOCK) < 0 ||
                            syscall(SYS_ioctl, fd, FIOCLEX) < 0 || syscall(SYS_close, fd) < 0)
                                return 2;
                        if (syscall(SYS_futex, &word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0) != 0)
                                return 2;
                        fd = (int) syscall(SYS_socket, AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0);
                        if (fd < 0 || syscall(SYS_close, fd) < 0)
                                return 2;
                        (void) syscall(SYS_kill, 0, 0);
                        (void) syscall(SYS_madvise, NULL, 0, MADV_DONTNEED);
                } else if (strcmp(a, "usr1") == 0) {
                        struct sigaction sa = { .sa_handler = on_signal };

                        if (sigaction(SIGUSR1, &sa, NULL) < 0 || raise(SIGUSR1) != 0)
                                return 2;
                } else if (strcmp(a, "thread") == 0) {
                        pthread_t t;

                        if (pthread_create(&t, NULL, thread_main, NULL) != 0 || pthread_join(t, NULL) != 0)
                                return 2;
                } else if (strcmp(a, "interrupt") == 0) {
                        struct sigaction sa = { .sa_handler = on_signal }; /* no SA_RESTART: read fails with EINTR */
                        struct itimerval it = { .it_value.tv_usec = 100 * 1000 };
                        int p[2];

                        if (pipe(p) < 0 || sigaction(SIGALRM, &sa, NULL) < 0 || setitimer(ITIMER_REAL, &it, NULL) < 0)
                                return 2;
                        if (read(p[0], buf, sizeof(buf)) >= 0)
                                return 2;
                } else if (strncmp(a, "child:", 6) == 0) {
                        int status;
                        pid_t pid = fork();

                        if (pid < 0)
                                return 2;
                        if (pid == 0)
                                _exit(atoi(a + 6));
                        if (waitpid(pid, &status, 0) != pid)
                                return 2;
                } else if (strcmp(a, "stop") == 0) {
                        int status;
                        pid_t pid = fork();

                        if (pid < 0)
                                return 2;
                        if (pid == 0) {
                                (void) raise(SIGSTOP);
                                _exit(0);
                        }
                        if (waitpid(pid, &status, WUNTRACED) != pid || !WIFSTOPPED(status) ||
                            kill(pid, SIGCONT) < 0 || waitpid(pid, &status, 0) != pid)
                                return 2;
                } else if (strcmp(a, "leaderexit") == 0) {
                        pthread_t t;

                        if (pthread_create(&t, NULL, late_main, NULL) != 0)
                                return 2;
                        (void) syscall(SYS_exit, 3);
                } else if (strcmp(a, "sleeper") == 0) {
                        static int p[2];
                        pthread_t t;

                        char path[64], stat[256] = "";
                        pid_t tid;

                        if (pipe(p) < 0 || pthread_create(&t, NULL, sleeper_main, &p[1]) != 0 ||
                            read(p[0], &tid, sizeof(tid)) != sizeof(tid))
                                return 2;
                        /* Until it sleeps: after its write, pause() is the only place it can. */
                        snprintf(path, sizeof(path), "/proc/self/task/%d/stat", (int) tid);
                        for (;;) {
                                int fd = open(path, O_RDONLY);
                                ssize_t n = fd < 0 ? -1 : read(fd, stat, sizeof(stat) - 1);
                                const char *e;

                                if (fd >= 0)
                                        close(fd);
                                if (n <= 0)
                                        return 2;
                                stat[n] = 0;
                                e = strrchr(stat, ')');
                                if (e && e[1] == ' ' && e[2] == 'S')
                                        break;
                                usleep(1000);
                        }
                } else if (strcmp(a, "segv") == 0)
                        *(volatile int *) NULL = 1;
                else if (strcmp(a, "term") == 0)
                        (void) kill(getpid(), SIGTERM);
                else if (strcmp(a, "kill9") == 0)
                        (void) kill(getpid(), SIGKILL);
                else if (strncmp(a, "exit:", 5) == 0)
                        return atoi(a + 5);
                else
                        return 3;
        }
        return 0;
}
