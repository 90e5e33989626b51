/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "macro.h"
#include "strbuf.h"
#include "syscall-filter.h"
#include "syscall-table.h"

bool syscall_filter_test(const struct tl_syscall_filter *f, int nr) {
        if (nr < 0 || nr >= TL_SYSCALLS_MAX)
                return false;
        return f->bits[nr / 64] & (UINT64_C(1) << (nr % 64));
}

void syscall_filter_set(struct tl_syscall_filter *f, int nr, bool on) {
        if (nr < 0 || nr >= TL_SYSCALLS_MAX)
                return;
        if (on)
                f->bits[nr / 64] |= UINT64_C(1) << (nr % 64);
        else
                f->bits[nr / 64] &= ~(UINT64_C(1) << (nr % 64));
}

/* Every syscall the table knows (a filter never holds numbers without a name:
 * the canonical text could not say them). */
static void filter_fill(struct tl_syscall_filter *f, bool on) {
        for (int nr = 0; nr < TL_SYSCALLS_MAX; nr++)
                syscall_filter_set(f, nr, on && syscall_name(nr));
}

static bool filter_is_full(const struct tl_syscall_filter *f) {
        for (int nr = 0; nr < TL_SYSCALLS_MAX; nr++)
                if (syscall_name(nr) && !syscall_filter_test(f, nr))
                        return false;
        return true;
}

int syscall_filter_parse(const char *spec, struct tl_syscall_filter *ret, char **ret_bad_token) {
        _cleanup_free_ char *copy = NULL;
        struct tl_syscall_filter f = {};
        bool invert = false;
        char *p, *token;

        if (!spec)
                return 1;
        spec += strspn(spec, " \t");
        /* As strace: a '!' before the list takes the complement of all of it. */
        if (*spec == '!') {
                invert = true;
                spec++;
        }
        copy = strdup(spec);
        if (!copy)
                return -ENOMEM;

        p = copy;
        while ((token = strsep(&p, ","))) {
                size_t l;
                int nr;

                token += strspn(token, " \t");
                l = strlen(token);
                while (l > 0 && (token[l - 1] == ' ' || token[l - 1] == '\t'))
                        token[--l] = 0;
                if (l == 0) {
                        if (!p && token == copy && !invert)
                                return 1; /* "" */
                        goto bad;
                }
                if (streq(token, "all")) {
                        filter_fill(&f, true);
                        continue;
                }
                if (streq(token, "none"))
                        continue;
                nr = syscall_from_name(token);
                if (nr < 0 || nr >= TL_SYSCALLS_MAX)
                        goto bad;
                syscall_filter_set(&f, nr, true);
                continue;
bad:
                if (ret_bad_token) {
                        *ret_bad_token = strdup(token);
                        if (!*ret_bad_token)
                                return -ENOMEM;
                }
                return -EINVAL;
        }

        if (invert)
                for (int nr = 0; nr < TL_SYSCALLS_MAX; nr++)
                        syscall_filter_set(&f, nr, !syscall_filter_test(&f, nr) && syscall_name(nr));
        if (filter_is_full(&f))
                return 1;

        *ret = f;
        return 0;
}

static int cmp_str(const void *a, const void *b) {
        return strcmp(*(const char *const *) a, *(const char *const *) b);
}

int syscall_filter_to_string(const struct tl_syscall_filter *f, char **ret) {
        _cleanup_free_ const char **names = NULL;
        _cleanup_(strbuf_donep) StrBuf b = {};
        size_t n = 0;
        int r;

        names = calloc(TL_SYSCALLS_MAX, sizeof(char *));
        if (!names)
                return -ENOMEM;
        for (int nr = 0; nr < TL_SYSCALLS_MAX; nr++)
                if (syscall_filter_test(f, nr) && syscall_name(nr))
                        names[n++] = syscall_name(nr);
        qsort(names, n, sizeof(char *), cmp_str);

        r = n == 0 ? strbuf_append(&b, "none") : 0;
        for (size_t i = 0; r >= 0 && i < n; i++) {
                if (i > 0)
                        r = strbuf_append(&b, ",");
                if (r >= 0)
                        r = strbuf_append(&b, names[i]);
        }
        if (r < 0)
                return r;
        *ret = strbuf_steal(&b);
        return *ret ? 0 : -ENOMEM;
}
