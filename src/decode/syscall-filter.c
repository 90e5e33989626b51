/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "macro.h"
#include "strbuf.h"
#include "syscall-filter.h"
#include "syscall-set.h"
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

/* Blanks around the tokens go: "openat, close" is what people write in a
 * configuration file. Within a token they stay (a /regex may hold them). */
static char *strip_blanks(const char *spec) {
        char *out, *o;

        out = o = malloc(strlen(spec) + 1);
        if (!out)
                return NULL;
        for (const char *t = spec;;) {
                size_t l;

                t += strspn(t, " \t");
                l = strcspn(t, ",");
                while (l > 0 && (t[l - 1] == ' ' || t[l - 1] == '\t'))
                        l--;
                memcpy(o, t, l);
                o += l;
                t += strcspn(t, ",");
                if (*t == 0)
                        break;
                *o++ = *t++;
        }
        *o = 0;
        return out;
}

int syscall_filter_parse(const char *spec, struct tl_syscall_filter *ret, char **ret_bad_token) {
        _cleanup_free_ char *stripped = NULL;
        struct tl_syscall_filter f = {};
        SyscallSet set;
        bool full = true;
        int r;

        if (!spec)
                return 1;
        stripped = strip_blanks(spec);
        if (!stripped)
                return -ENOMEM;
        if (stripped[0] == 0)
                return 1;

        r = syscall_set_parse(stripped, &set, ret_bad_token);
        if (r == -ENOENT)
                r = -EINVAL;
        if (r < 0)
                return r;

        /* Only numbers with a name: the canonical text could not say the others. */
        for (int nr = 0; nr < TL_SYSCALLS_MAX; nr++) {
                if (!syscall_name(nr))
                        continue;
                if (syscall_set_contains(&set, nr))
                        syscall_filter_set(&f, nr, true);
                else
                        full = false;
        }
        if (full)
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
