/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* traceloopd's configuration: traceloop.conf and its drop-ins, and the checks
 * of each setting, which the command line uses too so the two cannot disagree.
 *
 * The daemon's sources find this header first when they ask for "config.h"
 * (a quoted include searches the includer's directory first), so it carries
 * meson's build settings (PACKAGE_VERSION, SYSCONFDIR, DEFAULT_DUMP_DIRECTORY)
 * as well: meson writes them to build-config.h too. */
#include "build-config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct ManagerConfig ManagerConfig;
typedef struct UnitPattern UnitPattern;

#define CONFIG_FILE SYSCONFDIR "/traceloop/traceloop.conf"

#define CONFIG_BUFFER_BYTES_MIN 4096ULL
#define CONFIG_POOL_BYTES_MIN 4096ULL
#define CONFIG_POOL_BYTES_MAX (64ULL << 30)
#define CONFIG_JOURNAL_LINES_MAX 10000U
#define CONFIG_KEEP_PER_UNIT_MAX 10000U
#define CONFIG_MAX_DUMPS_BYTES_MIN 4096ULL
#define CONFIG_MAX_KEPT_BYTES_MIN 4096ULL

/* The checks of the settings the command line and the file share: 0, -EINVAL
 * (not a size, number or known word) or -ERANGE (outside the range that the
 * *_RANGE string next to each names, for messages). ret is set on success only. */
#define CONFIG_BUFFER_SIZE_RANGE "at least 4K"
int config_parse_buffer_size(const char *s, uint64_t *ret);
#define CONFIG_POOL_SIZE_RANGE "4K..64G"
int config_parse_pool_size(const char *s, uint64_t *ret);
#define CONFIG_CAPTURE_SIZE_RANGE "16..4096"
int config_parse_capture_size(const char *s, uint32_t *ret);
#define CONFIG_MAX_TRACES_RANGE "1..256"
int config_parse_max_traces(const char *s, uint32_t *ret);
#define CONFIG_TIMESTAMPS_RANGE "tick or precise"
int config_parse_timestamps(const char *s, bool *ret);

/* Settings given on the command line, which win over the file: 0 (or -1 for
 * precise_time) where an option was not given. */
typedef struct ConfigOptions {
        uint64_t buffer_bytes;
        uint64_t pool_bytes;
        uint32_t capture_size;
        uint32_t max_traces;
        int precise_time;
} ConfigOptions;

/* Reads path (NULL: CONFIG_FILE) into c, on top of what c holds, then with
 * drop_ins its drop-ins, the *.conf files in PATH.d/ in lexical order. Bad lines are logged
 * as FILE:LINE: warnings and ignored; a missing CONFIG_FILE or drop-in
 * directory is no error. Returns -ENOENT (and other errors of opening and
 * reading) for a path given explicitly, -ENOMEM. */
int config_load(const char *path, bool drop_ins, ManagerConfig *c);

/* Parses one file already open; name is for the messages. Bad lines are
 * warned about and skipped; -ENOMEM, or the error of a failed read. */
int config_parse(FILE *f, const char *name, ManagerConfig *c);

/* Puts the options over what the files said, then checks what depends on
 * more than one setting: a ring larger than the pool is an error if an option
 * is involved (-EINVAL, logged), else a warning and both sizes go back to
 * their defaults; a [Unit] BufferSize= larger than the pool is dropped with a
 * warning. */
int config_apply_options(ManagerConfig *c, const ConfigOptions *o);

/* A deep copy (strings and patterns); dst is written only on success. */
int manager_config_copy(ManagerConfig *dst, const ManagerConfig *src);
/* Frees the strings and patterns and leaves them NULL; the numbers stay. */
void manager_config_done(ManagerConfig *c);

/* The first [Unit PATTERN] section, in file order, that matches the unit name. */
const UnitPattern *config_find_pattern(const ManagerConfig *c, const char *unit);
