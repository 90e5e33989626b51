/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <errno.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define _cleanup_(f) __attribute__((cleanup(f)))

#define ELEMENTSOF(a) (sizeof(a) / sizeof((a)[0]))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

/* Hand over ownership: returns the value and leaves the variable empty. */
#define TAKE_GENERIC(var, type, nullvalue)                      \
        ({                                                      \
                type *_pvar_ = &(var);                          \
                type _var_ = *_pvar_;                           \
                type _nullvalue_ = nullvalue;                   \
                *_pvar_ = _nullvalue_;                          \
                _var_;                                          \
        })
#define TAKE_PTR(ptr) TAKE_GENERIC(ptr, __typeof__(ptr), NULL)
#define TAKE_FD(fd) TAKE_GENERIC(fd, int, -EBADF)

static inline void freep(void *p) {
        free(*(void **) p);
}
#define _cleanup_free_ _cleanup_(freep)

static inline int safe_close(int fd) {
        if (fd >= 0) {
                int saved = errno;
                (void) close(fd);
                errno = saved;
        }
        return -EBADF;
}

static inline void closep(int *fd) {
        *fd = safe_close(*fd);
}
#define _cleanup_close_ _cleanup_(closep)

#define DEFINE_TRIVIAL_CLEANUP_FUNC(type, func)                 \
        static inline void func##p(type *p) {                   \
                if (*p)                                         \
                        *p = func(*p);                          \
        }

static inline int negative_errno(void) {
        return errno > 0 ? -errno : -EIO;
}

#define streq(a, b) (strcmp((a), (b)) == 0)
#define streq_ptr(a, b) ((a) && (b) && streq((a), (b)))
#define isempty(s) (!(s) || !*(s))
#define strna(s) ((s) ?: "n/a")

static inline const char *endswith(const char *s, const char *suffix) {
        size_t l = strlen(s), k = strlen(suffix);

        return l >= k && strcmp(s + l - k, suffix) == 0 ? s + l - k : NULL;
}

/* STR_IN_SET(x, "a", "b"): is string x one of these? */
#define STR_IN_SET(x, ...)                                                      \
        ({                                                                      \
                const char *_x_ = (x), *_l_[] = { __VA_ARGS__ };                \
                bool _found_ = false;                                           \
                for (size_t _i_ = 0; _i_ < ELEMENTSOF(_l_); _i_++)              \
                        if (streq(_x_, _l_[_i_])) {                             \
                                _found_ = true;                                 \
                                break;                                          \
                        }                                                       \
                _found_;                                                        \
        })

/* Room for element n of *p, which holds *allocated of size bytes each:
 * doubles the allocation (from initial) when n has reached it. */
static inline int greedy_realloc(void **p, size_t *allocated, size_t n, size_t initial, size_t size) {
        size_t na;
        void *q;

        if (n < *allocated)
                return 0;
        na = *allocated ? *allocated * 2 : initial;
        if (na <= n || na > SIZE_MAX / size)
                return -ENOMEM;
        q = realloc(*p, na * size);
        if (!q)
                return -ENOMEM;
        *p = q;
        *allocated = na;
        return 0;
}

#define GREEDY_REALLOC(array, allocated, n, initial) \
        greedy_realloc((void **) &(array), &(allocated), (n), (initial), sizeof((array)[0]))
