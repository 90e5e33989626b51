/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The syscall filter's text: what it accepts, what it refuses (naming the
 * token), and the canonical form that reads back to the same set. */

#include <errno.h>
#include <stdlib.h>

#include "macro.h"
#include "syscall-filter.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

static int count(const struct tl_syscall_filter *f) {
        int n = 0;

        for (int nr = 0; nr < TL_SYSCALLS_MAX; nr++)
                n += syscall_filter_test(f, nr);
        return n;
}

static char *canonical(const char *spec) {
        struct tl_syscall_filter f;
        char *s = NULL;

        if (syscall_filter_parse(spec, &f, NULL) != 0 || syscall_filter_to_string(&f, &s) < 0)
                return NULL;
        return s;
}

static void names_make_a_set(void) {
        struct tl_syscall_filter f;
        char *s;

        CHECK(syscall_filter_parse("openat,close", &f, NULL) == 0);
        CHECK(count(&f) == 2);
        CHECK(syscall_filter_test(&f, syscall_from_name("openat")));
        CHECK(syscall_filter_test(&f, syscall_from_name("close")));
        CHECK(!syscall_filter_test(&f, syscall_from_name("read")));
        CHECK(!syscall_filter_test(&f, -1));
        CHECK(!syscall_filter_test(&f, TL_SYSCALLS_MAX));

        s = canonical(" openat , close,openat ");
        CHECK_STREQ(s, "close,openat");
        free(s);
        s = canonical("none");
        CHECK_STREQ(s, "none");
        free(s);
}

static void all_is_no_filter(void) {
        struct tl_syscall_filter f = { .bits = { 42 } };

        CHECK(syscall_filter_parse("", &f, NULL) == 1);
        CHECK(syscall_filter_parse(NULL, &f, NULL) == 1);
        CHECK(syscall_filter_parse("all", &f, NULL) == 1);
        CHECK(syscall_filter_parse("read,all", &f, NULL) == 1);
        CHECK(syscall_filter_parse("!none", &f, NULL) == 1);
        CHECK(f.bits[0] == 42); /* untouched */
}

static void bang_takes_the_complement(void) {
        struct tl_syscall_filter f, back;
        char *s;
        int known = 0;

        for (int nr = 0; nr < TL_SYSCALLS_MAX; nr++)
                known += syscall_name(nr) != NULL;

        CHECK(syscall_filter_parse("!openat,close", &f, NULL) == 0);
        CHECK(count(&f) == known - 2);
        CHECK(!syscall_filter_test(&f, syscall_from_name("openat")));
        CHECK(!syscall_filter_test(&f, syscall_from_name("close")));
        CHECK(syscall_filter_test(&f, syscall_from_name("read")));

        /* Numbers without a name are never in a set: the text could not say them. */
        for (int nr = 0; nr < TL_SYSCALLS_MAX; nr++)
                if (!syscall_name(nr))
                        CHECK(!syscall_filter_test(&f, nr));

        /* The canonical text reads back to the same set. */
        CHECK(syscall_filter_to_string(&f, &s) == 0);
        CHECK(syscall_filter_parse(s, &back, NULL) == 0);
        CHECK(memcmp(&f, &back, sizeof(f)) == 0);
        free(s);

        CHECK(syscall_filter_parse("!all", &f, NULL) == 0);
        CHECK(count(&f) == 0);
}

static void classes_and_removals(void) {
        struct tl_syscall_filter f;
        char *s;

        CHECK(syscall_filter_parse("%file", &f, NULL) == 0);
        CHECK(syscall_filter_test(&f, syscall_from_name("openat")));
        CHECK(syscall_filter_test(&f, syscall_from_name("execve")));
        CHECK(!syscall_filter_test(&f, syscall_from_name("read")));
        CHECK(!syscall_filter_test(&f, syscall_from_name("close")));

        /* A later '!' takes syscalls out of what came before. */
        CHECK(syscall_filter_parse("%desc, !close", &f, NULL) == 0);
        CHECK(syscall_filter_test(&f, syscall_from_name("read")));
        CHECK(!syscall_filter_test(&f, syscall_from_name("close")));

        CHECK(syscall_filter_parse("%network", &f, NULL) == 0);
        CHECK(syscall_filter_test(&f, syscall_from_name("connect")));
        CHECK(!syscall_filter_test(&f, syscall_from_name("openat")));
        s = canonical("%network,!%network");
        CHECK_STREQ(s, "none");
        free(s);
}

static void bad_tokens_are_named(void) {
        struct tl_syscall_filter f;
        char *bad = NULL;

        CHECK(syscall_filter_parse("openat,frobnicate,close", &f, &bad) == -EINVAL);
        CHECK_STREQ(bad, "frobnicate");
        free(bad);
        bad = NULL;
        CHECK(syscall_filter_parse("openat,,close", &f, &bad) == -EINVAL);
        CHECK_STREQ(bad, "");
        free(bad);
        bad = NULL;
        CHECK(syscall_filter_parse("openat,", &f, &bad) == -EINVAL);
        free(bad);
        CHECK(syscall_filter_parse("!", &f, NULL) == -EINVAL);
        CHECK(syscall_filter_parse("OPENAT", &f, NULL) == -EINVAL);
        CHECK(syscall_filter_parse("%frobs", &f, &bad) == -EINVAL);
        CHECK_STREQ(bad, "%frobs");
        free(bad);
}

static const UnitTest tests[] = {
        T(names_make_a_set),
        T(all_is_no_filter),
        T(bang_takes_the_complement),
        T(classes_and_removals),
        T(bad_tokens_are_named),
};

int main(void) {
        return unit_run(tests, ELEMENTSOF(tests));
}
