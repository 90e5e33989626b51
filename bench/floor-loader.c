/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * floor-loader: load and attach the empty sys_enter/sys_exit programs of
 * floor.bpf.o, print "ready", wait for SIGTERM or SIGINT, detach, exit.
 *
 *   floor-loader [FLOOR_BPF_O]
 *
 * Without an argument, floor.bpf.o is looked up next to this executable
 * (where meson builds it).
 */

#include <bpf/libbpf.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_LINKS 8

static int print_libbpf(enum libbpf_print_level level, const char *fmt, va_list ap) {
        if (level == LIBBPF_DEBUG)
                return 0;
        return vfprintf(stderr, fmt, ap);
}

static int default_object_path(char *buf, size_t size) {
        char exe[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

        if (n <= 0)
                return -errno;
        exe[n] = '\0';
        if ((size_t) snprintf(buf, size, "%s/floor.bpf.o", dirname(exe)) >= size)
                return -ENAMETOOLONG;
        return 0;
}

int main(int argc, char **argv) {
        char path[PATH_MAX];
        const char *obj_path;
        struct bpf_object *obj;
        struct bpf_program *prog;
        struct bpf_link *links[MAX_LINKS];
        size_t n_links = 0, i;
        sigset_t mask;
        int sig = 0, r, ret = 1;

        if (argc > 2) {
                fprintf(stderr, "usage: floor-loader [FLOOR_BPF_O]\n");
                return 2;
        }
        if (argc == 2)
                obj_path = argv[1];
        else {
                r = default_object_path(path, sizeof(path));
                if (r < 0) {
                        fprintf(stderr, "floor-loader: cannot find floor.bpf.o: %s\n", strerror(-r));
                        return 1;
                }
                obj_path = path;
        }

        /* Block the signals before anything else, sigwait() picks them up. */
        sigemptyset(&mask);
        sigaddset(&mask, SIGTERM);
        sigaddset(&mask, SIGINT);
        sigaddset(&mask, SIGHUP);
        if (sigprocmask(SIG_BLOCK, &mask, NULL) < 0) {
                perror("floor-loader: sigprocmask");
                return 1;
        }

        libbpf_set_print(print_libbpf);

        obj = bpf_object__open_file(obj_path, NULL);
        if (!obj) {
                fprintf(stderr, "floor-loader: open %s: %s\n", obj_path, strerror(errno));
                return 1;
        }

        r = bpf_object__load(obj);
        if (r < 0) {
                fprintf(stderr, "floor-loader: load %s: %s\n", obj_path, strerror(-r));
                goto out;
        }

        bpf_object__for_each_program(prog, obj) {
                struct bpf_link *link;

                if (n_links >= MAX_LINKS) {
                        fprintf(stderr, "floor-loader: too many programs\n");
                        goto out;
                }
                link = bpf_program__attach(prog);
                if (!link) {
                        fprintf(stderr, "floor-loader: attach %s: %s\n",
                                bpf_program__name(prog), strerror(errno));
                        goto out;
                }
                links[n_links++] = link;
        }
        if (n_links == 0) {
                fprintf(stderr, "floor-loader: no programs in %s\n", obj_path);
                goto out;
        }

        printf("ready\n");
        fflush(stdout);

        if (sigwait(&mask, &sig) != 0) {
                perror("floor-loader: sigwait");
                goto out;
        }
        ret = 0;

out:
        for (i = 0; i < n_links; i++)
                bpf_link__destroy(links[i]);
        bpf_object__close(obj);
        return ret;
}
