/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdint.h>

/* "4096", "4K", "16M", "1G" (powers of 1024). -EINVAL, -ERANGE. */
int parse_size(const char *s, uint64_t *ret);

/* debug, info, notice, warning, err: a syslog level, or -EINVAL. */
int parse_log_level(const char *s);

/* Decimal unsigned 64-bit, the whole string. -EINVAL, -ERANGE. */
int parse_u64(const char *s, uint64_t *ret);
