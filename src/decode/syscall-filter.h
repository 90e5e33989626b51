/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* The syscalls a trace records (the in-kernel filter, struct tl_syscall_filter
 * of recorder-abi.h), to and from the text users give: strace's -e trace=
 * syntax as syscall_set_parse() takes it ("openat,close", "%file,!close",
 * "!%memory"), blanks around the tokens allowed. Pure code, no I/O. */

#include <stdbool.h>
#include <stdint.h>

#include "recorder-abi.h"

/* Parses spec. Returns 0 and the set in ret (only syscalls of this
 * architecture's table are ever set); 1 if spec selects every syscall (empty,
 * "all"): no filter then, ret untouched. -EINVAL if a token is not a syscall
 * or class, with a copy of that token in *ret_bad_token (if not NULL);
 * -ENOMEM. */
int syscall_filter_parse(const char *spec, struct tl_syscall_filter *ret, char **ret_bad_token);

/* The canonical text of a set: its names in alphabetical order, comma
 * separated; "none" for the empty set. Parsing it gives the same set. */
int syscall_filter_to_string(const struct tl_syscall_filter *f, char **ret);

bool syscall_filter_test(const struct tl_syscall_filter *f, int nr);
void syscall_filter_set(struct tl_syscall_filter *f, int nr, bool on);
