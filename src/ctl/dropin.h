/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdbool.h>

/* The drop-in "traceloopctl enable" writes for a service: the same text as
 * units/50-traceloop.conf.example, which a unit test holds it to. */

#include "config.h" /* SYSTEM_CONFIG_UNIT_DIR, SYSTEM_RUNTIME_UNIT_DIR */

#define DROPIN_NAME "50-traceloop.conf"

/* The text, with traceloopctl in bindir and "--buffer-size=buffer_size" and
 * "--syscalls=syscalls" on the add-unit line unless they are NULL.
 * buffer_size is written as given and must be what parse_size() takes;
 * syscalls must be a canonical list (syscall_filter_to_string(): names and
 * commas only); bindir must be an absolute path systemd reads as one word
 * with no specifiers in it. -EINVAL, -ENOMEM. */
int dropin_text(const char *bindir, const char *buffer_size, const char *syscalls, char **ret);

/* ".../UNIT.d" and ".../UNIT.d/50-traceloop.conf" below /etc/systemd/system,
 * or /run/systemd/system if runtime. -ENOMEM. */
int dropin_paths(const char *unit, bool runtime, char **ret_dir, char **ret_file);

/* Create dir (0755) if needed, then put text in file through a temporary file
 * in the same directory and rename(), so systemd never reads half a file. */
int dropin_write(const char *dir, const char *file, const char *text);

/* Remove file, then dir if that left it empty. 1 if file was removed, 0 if
 * there was none. */
int dropin_remove(const char *dir, const char *file);
