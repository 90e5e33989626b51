/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <linux/magic.h>

#include "cgroup-util.h"
#include "macro.h"

static inline FILE *fclose_null(FILE *f) {
        (void) fclose(f);
        return NULL;
}
DEFINE_TRIVIAL_CLEANUP_FUNC(FILE *, fclose_null);

int cg_find_unified_mount(char **ret_path) {
        _cleanup_(fclose_nullp) FILE *f = NULL;
        _cleanup_free_ char *line = NULL;
        size_t n = 0;

        f = fopen("/proc/self/mountinfo", "re");
        if (!f)
                return negative_errno();

        while (getline(&line, &n, f) > 0) {
                char mnt[PATH_MAX], fstype[64];
                const char *sep;

                /* id parent major:minor root mountpoint options [optional fields] - fstype source superopts */
                if (sscanf(line, "%*s %*s %*s %*s %4095s", mnt) != 1)
                        continue;
                sep = strstr(line, " - ");
                if (!sep || sscanf(sep + 3, "%63s", fstype) != 1)
                        continue;
                if (!streq(fstype, "cgroup2"))
                        continue;

                /* mountinfo escapes spaces as \040; cgroup2 mounts with odd names are not ours to guess. */
                if (strchr(mnt, '\\'))
                        continue;

                char *p = strdup(mnt);
                if (!p)
                        return -ENOMEM;
                *ret_path = p;
                return 0;
        }

        return -ENOMEDIUM;
}

static int path_has_dot_components(const char *p) {
        const char *s = p;

        while (*s) {
                const char *e;
                size_t l;

                while (*s == '/')
                        s++;
                e = strchrnul(s, '/');
                l = (size_t) (e - s);
                if ((l == 1 && s[0] == '.') || (l == 2 && s[0] == '.' && s[1] == '.'))
                        return 1;
                s = e;
        }
        return 0;
}

int cg_resolve(const char *mount, const char *input, char **ret_full, char **ret_relative) {
        _cleanup_free_ char *joined = NULL, *real = NULL, *rel = NULL;
        size_t ml = strlen(mount);
        struct statfs sfs;
        struct stat st;

        if (!input || input[0] != '/')
                return -EINVAL;
        if (strlen(input) >= PATH_MAX)
                return -ENAMETOOLONG;
        for (const char *c = input; *c; c++)
                if ((unsigned char) *c < 0x20 || *c == 0x7f)
                        return -EINVAL;
        if (path_has_dot_components(input))
                return -EINVAL;

        if (strncmp(input, mount, ml) == 0 && (input[ml] == '/' || input[ml] == 0))
                joined = strdup(input);
        else if (asprintf(&joined, "%s%s", mount, input) < 0)
                joined = NULL;
        if (!joined)
                return -ENOMEM;

        real = realpath(joined, NULL);
        if (!real)
                return errno == ENOMEM ? -ENOMEM : (errno == ENOTDIR ? -ENOENT : negative_errno());

        /* Symlinks may not lead out of the hierarchy. */
        if (strncmp(real, mount, ml) != 0 || (real[ml] != '/' && real[ml] != 0))
                return -EINVAL;
        if (real[ml] == 0 || streq(real + ml, "/"))
                return -EPERM;

        if (stat(real, &st) < 0)
                return negative_errno();
        if (!S_ISDIR(st.st_mode))
                return -ENOTDIR;
        if (statfs(real, &sfs) < 0)
                return negative_errno();
        if (sfs.f_type != CGROUP2_SUPER_MAGIC)
                return -EMEDIUMTYPE;

        rel = strdup(real + ml);
        if (!rel)
                return -ENOMEM;

        *ret_full = TAKE_PTR(real);
        *ret_relative = TAKE_PTR(rel);
        return 0;
}

int cg_get_id(const char *full_path, uint64_t *ret_id) {
        union {
                struct file_handle fh;
                char buf[sizeof(struct file_handle) + sizeof(uint64_t)];
        } h = { .fh.handle_bytes = sizeof(uint64_t) };
        int mnt_id;
        uint64_t id;

        if (name_to_handle_at(AT_FDCWD, full_path, &h.fh, &mnt_id, 0) < 0)
                return negative_errno();
        if (h.fh.handle_bytes != sizeof(uint64_t))
                return -EOPNOTSUPP;

        memcpy(&id, h.fh.f_handle, sizeof(id));
        *ret_id = id;
        return 0;
}

int cg_get_id_or_gone(const char *full_path, uint64_t *ret_id) {
        struct statfs sfs;

        if (statfs(full_path, &sfs) < 0)
                return errno == ENOTDIR ? -ENOENT : negative_errno();
        if (sfs.f_type != CGROUP2_SUPER_MAGIC)
                return -ENOENT;
        return cg_get_id(full_path, ret_id);
}
