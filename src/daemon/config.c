/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <inttypes.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ini.h>

#include "config.h"
#include "log.h"
#include "macro.h"
#include "manager.h"
#include "parse-util.h"
#include "syscall-filter.h"
#include "unit-name.h"

/* The *_RANGE strings are literal; the limits they describe live elsewhere. */
_Static_assert(TL_CAPTURE_MAX == 4096, "CONFIG_CAPTURE_SIZE_RANGE is out of date");
_Static_assert(TL_TRACES_MAX == 256, "CONFIG_MAX_TRACES_RANGE is out of date");

#define WHITESPACE " \t\n\r\v\f"

static int parse_size_range(const char *s, uint64_t min, uint64_t max, uint64_t *ret) {
        uint64_t v;
        int r;

        r = parse_size(s, &v);
        if (r < 0)
                return r;
        if (v < min || v > max)
                return -ERANGE;
        *ret = v;
        return 0;
}

static int parse_u32_range(const char *s, uint32_t min, uint32_t max, uint32_t *ret) {
        uint64_t v;
        int r;

        r = parse_u64(s, &v);
        if (r < 0)
                return r;
        if (v < min || v > max)
                return -ERANGE;
        *ret = (uint32_t) v;
        return 0;
}

int config_parse_buffer_size(const char *s, uint64_t *ret) {
        return parse_size_range(s, CONFIG_BUFFER_BYTES_MIN, UINT64_MAX, ret);
}

int config_parse_pool_size(const char *s, uint64_t *ret) {
        return parse_size_range(s, CONFIG_POOL_BYTES_MIN, CONFIG_POOL_BYTES_MAX, ret);
}

int config_parse_capture_size(const char *s, uint32_t *ret) {
        uint64_t v;
        int r;

        /* A size, as --capture-size= always took it ("1K" is fine); rounded down by the recorder. */
        r = parse_size_range(s, 16, TL_CAPTURE_MAX, &v);
        if (r < 0)
                return r;
        *ret = (uint32_t) v;
        return 0;
}

int config_parse_max_traces(const char *s, uint32_t *ret) {
        uint64_t v;
        int r;

        r = parse_size_range(s, 1, TL_TRACES_MAX, &v);
        if (r < 0)
                return r;
        *ret = (uint32_t) v;
        return 0;
}

int config_parse_timestamps(const char *s, bool *ret) {
        /* The same words as timestamps_from_string() of the bus API; that one
         * lives with the traces, which the tests of this file do without. */
        if (streq(s, "tick"))
                *ret = false;
        else if (streq(s, "precise"))
                *ret = true;
        else
                return -EINVAL;
        return 0;
}

static int parse_boolean(const char *s) {
        static const char *const yes[] = { "1", "yes", "y", "true", "t", "on" };
        static const char *const no[] = { "0", "no", "n", "false", "f", "off" };

        for (size_t i = 0; i < ELEMENTSOF(yes); i++)
                if (strcasecmp(s, yes[i]) == 0)
                        return 1;
        for (size_t i = 0; i < ELEMENTSOF(no); i++)
                if (strcasecmp(s, no[i]) == 0)
                        return 0;
        return -EINVAL;
}

/* Absolute, without "." or ".." components (the daemon creates it and deletes
 * files in it as root: no surprises), printable. */
static bool directory_is_valid(const char *s) {
        if (s[0] != '/' || strlen(s) >= PATH_MAX)
                return false;
        for (const char *q = s; *q; q++)
                if ((unsigned char) *q < ' ' || *q == 0x7f)
                        return false;
        for (const char *q = s; *q; ) {
                size_t l;

                q += strspn(q, "/");
                l = strcspn(q, "/");
                if ((l == 1 && q[0] == '.') || (l == 2 && q[0] == '.' && q[1] == '.'))
                        return false;
                q += l;
        }
        return true;
}

/* Item parsers, one per kind of value: 0, -EINVAL, -ERANGE or -ENOMEM; data
 * is the field, written on success only. */

static int item_buffer_size(const char *s, void *data) {
        return config_parse_buffer_size(s, data);
}

static int item_pool_size(const char *s, void *data) {
        return config_parse_pool_size(s, data);
}

static int item_capture_size(const char *s, void *data) {
        return config_parse_capture_size(s, data);
}

static int item_max_traces(const char *s, void *data) {
        return config_parse_max_traces(s, data);
}

static int item_timestamps(const char *s, void *data) {
        return config_parse_timestamps(s, data);
}

static int item_directory(const char *s, void *data) {
        char **field = data, *copy;

        if (!directory_is_valid(s))
                return -EINVAL;
        copy = strdup(s);
        if (!copy)
                return -ENOMEM;
        free(*field);
        *field = copy;
        return 0;
}

static int item_journal_lines(const char *s, void *data) {
        return parse_u32_range(s, 0, CONFIG_JOURNAL_LINES_MAX, data);
}

static int item_keep_per_unit(const char *s, void *data) {
        return parse_u32_range(s, 1, CONFIG_KEEP_PER_UNIT_MAX, data);
}

static int item_max_dumps_size(const char *s, void *data) {
        return parse_size_range(s, CONFIG_MAX_DUMPS_BYTES_MIN, UINT64_MAX, data);
}

static int item_max_kept_size(const char *s, void *data) {
        return parse_size_range(s, CONFIG_MAX_KEPT_BYTES_MIN, UINT64_MAX, data);
}

/* Kept in canonical form, NULL for all syscalls. */
static int item_syscalls(const char *s, void *data) {
        struct tl_syscall_filter filter;
        char **field = data, *text = NULL;
        int r;

        r = syscall_filter_parse(s, &filter, NULL);
        if (r < 0)
                return r;
        if (r == 0) {
                r = syscall_filter_to_string(&filter, &text);
                if (r < 0)
                        return r;
        }
        free(*field);
        *field = text;
        return 0;
}

static int item_boolean(const char *s, void *data) {
        int r;

        r = parse_boolean(s);
        if (r < 0)
                return r;
        *(bool *) data = r;
        return 0;
}

typedef enum ConfigSection {
        SECTION_NONE,           /* before the first header */
        SECTION_MANAGER,
        SECTION_DUMP,
        SECTION_RETENTION,
        SECTION_UNIT,
        SECTION_IGNORED,        /* unknown or broken header: warned about once, its keys are skipped */
        _SECTION_MAX,
        _SECTION_INVALID = -EINVAL,
} ConfigSection;

typedef enum ConfigType {
        CONFIG_U64,
        CONFIG_U32,
        CONFIG_BOOL,
        CONFIG_STRING,
} ConfigType;

typedef struct ConfigItem {
        ConfigSection section;
        const char *key;
        int (*parse)(const char *s, void *data);
        ConfigType type;
        size_t offset;          /* in ManagerConfig; in UnitPattern for SECTION_UNIT */
        uint64_t empty;         /* what "Key=" (an empty value) resets it to; strings become NULL */
        const char *range;      /* for the warning about a bad value */
} ConfigItem;

static const ConfigItem config_items[] = {
        { SECTION_MANAGER,   "BufferSize",   item_buffer_size,    CONFIG_U64,    offsetof(ManagerConfig, buffer_bytes),    DEFAULT_BUFFER_BYTES,    CONFIG_BUFFER_SIZE_RANGE },
        { SECTION_MANAGER,   "PoolSize",     item_pool_size,      CONFIG_U64,    offsetof(ManagerConfig, pool_bytes),      DEFAULT_POOL_BYTES,      CONFIG_POOL_SIZE_RANGE },
        { SECTION_MANAGER,   "CaptureSize",  item_capture_size,   CONFIG_U32,    offsetof(ManagerConfig, capture_size),    TL_CAPTURE_DEFAULT,      CONFIG_CAPTURE_SIZE_RANGE },
        { SECTION_MANAGER,   "MaxTraces",    item_max_traces,     CONFIG_U32,    offsetof(ManagerConfig, max_traces),      DEFAULT_MAX_TRACES,      CONFIG_MAX_TRACES_RANGE },
        { SECTION_MANAGER,   "Timestamps",   item_timestamps,     CONFIG_BOOL,   offsetof(ManagerConfig, precise_time),    false,                   CONFIG_TIMESTAMPS_RANGE },
        { SECTION_DUMP,      "Directory",    item_directory,      CONFIG_STRING, offsetof(ManagerConfig, dump_directory),  0,                       "an absolute path without . or .." },
        { SECTION_DUMP,      "JournalLines", item_journal_lines,  CONFIG_U32,    offsetof(ManagerConfig, journal_lines),   DEFAULT_JOURNAL_LINES,   "0..10000" },
        { SECTION_RETENTION, "KeepPerUnit",  item_keep_per_unit,  CONFIG_U32,    offsetof(ManagerConfig, keep_per_unit),   DEFAULT_KEEP_PER_UNIT,   "1..10000" },
        { SECTION_RETENTION, "MaxDumpsSize", item_max_dumps_size, CONFIG_U64,    offsetof(ManagerConfig, max_dumps_bytes), DEFAULT_MAX_DUMPS_BYTES, "at least 4K" },
        { SECTION_RETENTION, "MaxKeptSize",  item_max_kept_size,  CONFIG_U64,    offsetof(ManagerConfig, max_kept_bytes),  DEFAULT_MAX_KEPT_BYTES,  "at least 4K" },
        { SECTION_UNIT,      "Trace",        item_boolean,        CONFIG_BOOL,   offsetof(UnitPattern, trace),             true,                    "a boolean" },
        { SECTION_UNIT,      "BufferSize",   item_buffer_size,    CONFIG_U64,    offsetof(UnitPattern, buffer_bytes),      0,                       CONFIG_BUFFER_SIZE_RANGE },
        { SECTION_UNIT,      "JournalLines", item_journal_lines,  CONFIG_U32,    offsetof(UnitPattern, journal_lines),     UNIT_JOURNAL_LINES_UNSET, "0..10000" },
        { SECTION_UNIT,      "Syscalls",     item_syscalls,       CONFIG_STRING, offsetof(UnitPattern, syscalls),          0,                       "system calls and %classes as strace -e trace= takes them" },
};

typedef struct ConfigParser {
        const char *path;
        FILE *f;
        ManagerConfig *config;

        char *buf;              /* getline()'s: lines of any length */
        size_t allocated;
        unsigned line;          /* of the line read last */

        /* The last line handed to inih is an assignment that no handler call has
         * seen yet: if the next read finds it so, inih refused the line for a
         * reason of its own. */
        bool pending;

        ConfigSection section;
        size_t unit;            /* SECTION_UNIT: index in config->patterns */
        char section_name[UNIT_NAME_MAX + 8];

        int error;              /* -ENOMEM or a read error: parsing stops */
} ConfigParser;

#define log_syntax(p, line, fmt, ...) \
        log_warning("%s:%u: " fmt, (p)->path, (line), ##__VA_ARGS__)

static int config_add_pattern(ManagerConfig *c, const char *pattern, size_t *ret) {
        UnitPattern *a;
        char *copy;

        /* Sections of one pattern merge, across drop-ins too; the place is the first one's. */
        for (size_t i = 0; i < c->n_patterns; i++)
                if (streq(c->patterns[i].pattern, pattern)) {
                        *ret = i;
                        return 0;
                }

        copy = strdup(pattern);
        if (!copy)
                return -ENOMEM;
        a = reallocarray(c->patterns, c->n_patterns + 1, sizeof(UnitPattern));
        if (!a) {
                free(copy);
                return -ENOMEM;
        }
        c->patterns = a;
        c->patterns[c->n_patterns] = (UnitPattern) {
                .pattern = copy,
                .trace = true,
                .journal_lines = UNIT_JOURNAL_LINES_UNSET,
        };
        *ret = c->n_patterns++;
        return 0;
}

/* A line that starts with '['. inih never sees headers: it would truncate long
 * ones (50 bytes in its default build, too short for "Unit " and a 255-byte
 * pattern) and could not say which keys belong to an ignored section. */
static int config_parse_section(ConfigParser *p, char *header) {
        size_t l = strlen(header);
        char *name;
        int r;

        /* The last ']' ends it: a pattern may hold brackets itself ("[Unit docker-[0-9a-f]*.scope]"). */
        if (l < 2 || header[l - 1] != ']') {
                log_syntax(p, p->line, "Invalid section header '%s', ignoring the section.", header);
                p->section = SECTION_IGNORED;
                return 0;
        }
        header[l - 1] = '\0';
        name = header + 1;

        if (streq(name, "Manager"))
                p->section = SECTION_MANAGER;
        else if (streq(name, "Dump"))
                p->section = SECTION_DUMP;
        else if (streq(name, "Retention"))
                p->section = SECTION_RETENTION;
        else if (strncmp(name, "Unit", 4) == 0 && (name[4] == '\0' || strchr(WHITESPACE, name[4]))) {
                const char *pattern = name + 4 + strspn(name + 4, WHITESPACE);

                if (!unit_pattern_is_valid(pattern)) {
                        log_syntax(p, p->line, "Invalid unit name pattern '%s' in [%s], ignoring the section.", pattern, name);
                        p->section = SECTION_IGNORED;
                        return 0;
                }
                r = config_add_pattern(p->config, pattern, &p->unit);
                if (r < 0)
                        return r;
                p->section = SECTION_UNIT;
                (void) snprintf(p->section_name, sizeof(p->section_name), "Unit %s", pattern);
                return 0;
        } else {
                log_syntax(p, p->line, "Unknown section [%s], ignoring the section.", name);
                p->section = SECTION_IGNORED;
                return 0;
        }

        (void) snprintf(p->section_name, sizeof(p->section_name), "%s", name);
        return 0;
}

/* Strips leading and trailing whitespace and comments: '#' or ';' at the start
 * of a line, or after whitespace, start one. Done here, not left to inih, so
 * the format does not depend on how inih was built (multi-line values,
 * inline comments and their characters are build options, and Debian's
 * inih even makes them variables): leading whitespace never continues the
 * previous value, and "BufferSize=4M  # per trace" means 4M everywhere. */
static char *strip_line(char *s) {
        char *end;

        s += strspn(s, WHITESPACE);
        if (*s == '#' || *s == ';')
                *s = '\0';
        for (char *q = s; *q; q++)
                if ((*q == '#' || *q == ';') && q > s && strchr(WHITESPACE, q[-1])) {
                        *q = '\0';
                        break;
                }
        end = s + strlen(s);
        while (end > s && strchr(WHITESPACE, end[-1]))
                end--;
        *end = '\0';
        return s;
}

/* inih's reader: hands over one line at a time, with line numbers counted
 * here, since inih passes them to handlers only when built to. */
static char *config_read_line(char *str, int num, void *userdata) {
        ConfigParser *p = userdata;
        char *s;
        ssize_t n;
        size_t l;
        int r;

        if (p->pending) {
                log_syntax(p, p->line, "Missing '=', ignoring line.");
                p->pending = false;
        }
        if (p->error < 0)
                return NULL;

        errno = 0;
        n = getline(&p->buf, &p->allocated, p->f);
        if (n < 0) {
                if (ferror(p->f) || !feof(p->f))
                        p->error = errno > 0 ? -errno : -EIO;
                return NULL;
        }
        p->line++;
        str[0] = '\0';

        s = p->buf;
        if (strlen(s) != (size_t) n) {
                log_syntax(p, p->line, "Line contains a NUL byte, ignoring.");
                return str;
        }
        if (p->line == 1 && strncmp(s, "\xef\xbb\xbf", 3) == 0)
                s += 3; /* a UTF-8 byte order mark */

        s = strip_line(s);
        if (*s == '\0')
                return str;

        if (*s == '[') {
                r = config_parse_section(p, s);
                if (r < 0) {
                        p->error = r;
                        return NULL;
                }
                return str;
        }

        /* inih would refuse it too, but might be built to stop at the first error. */
        if (!strpbrk(s, "=:")) {
                log_syntax(p, p->line, "Missing '=', ignoring line.");
                return str;
        }

        /* inih reads into a buffer of num bytes and would take what does not
         * fit for a line of its own. */
        l = strlen(s);
        if (num < 2 || l > (size_t) num - 2) {
                log_syntax(p, p->line, "Line longer than %d bytes, ignoring.", MAX(num - 2, 0));
                return str;
        }
        memcpy(str, s, l + 1);
        p->pending = true;
        return str;
}

static const ConfigItem *config_find_item(ConfigSection section, const char *key) {
        for (size_t i = 0; i < ELEMENTSOF(config_items); i++)
                if (config_items[i].section == section && streq(config_items[i].key, key))
                        return &config_items[i];
        return NULL;
}

static int config_assign(ConfigParser *p, const ConfigItem *item, const char *value) {
        uint8_t *base = item->section == SECTION_UNIT ? (uint8_t *) &p->config->patterns[p->unit] : (uint8_t *) p->config;
        void *field = base + item->offset;
        int r;

        if (*value == '\0') {
                /* As in systemd: an empty assignment resets the setting, so that a
                 * drop-in can undo what the file before it said. */
                switch (item->type) {
                case CONFIG_U64:
                        *(uint64_t *) field = item->empty;
                        break;
                case CONFIG_U32:
                        *(uint32_t *) field = (uint32_t) item->empty;
                        break;
                case CONFIG_BOOL:
                        *(bool *) field = item->empty;
                        break;
                case CONFIG_STRING:
                        free(*(char **) field);
                        *(char **) field = NULL;
                        break;
                }
                return 0;
        }

        r = item->parse(value, field);
        if (r == -ENOMEM)
                return r;
        if (r < 0)
                log_syntax(p, p->line, "Invalid %s=%s (%s), ignoring.", item->key, value, item->range);
        return 0;
}

static int config_handle(void *userdata, const char *section, const char *key, const char *value) {
        ConfigParser *p = userdata;
        const ConfigItem *item;
        int r;

        /* section is inih's idea of it, always "": headers are ours. */
        p->pending = false;
        if (p->error < 0)
                return 1;

        if (!value) { /* inih built with INI_ALLOW_NO_VALUE */
                log_syntax(p, p->line, "Missing '=', ignoring line.");
                return 1;
        }

        switch (p->section) {
        case SECTION_NONE:
                log_syntax(p, p->line, "Assignment outside of any section, ignoring.");
                return 1;
        case SECTION_IGNORED:
                return 1;
        default:
                break;
        }

        item = config_find_item(p->section, key);
        if (!item) {
                log_syntax(p, p->line, "Unknown key '%s' in section [%s], ignoring.", key, p->section_name);
                return 1;
        }

        r = config_assign(p, item, value);
        if (r < 0)
                p->error = r;
        /* Nonzero always: each bad line has been reported here already. */
        return 1;
}

int config_parse(FILE *f, const char *name, ManagerConfig *c) {
        ConfigParser p = {
                .path = name,
                .f = f,
                .config = c,
        };
        int r;

        assert(f);
        assert(name);
        assert(c);

        r = ini_parse_stream(config_read_line, &p, config_handle, &p);
        free(p.buf);
        if (p.error < 0)
                return p.error;
        if (r == -2) /* inih built to allocate its line buffer */
                return -ENOMEM;
        /* r > 0 is the first line inih refused; every refused line was reported by
         * config_read_line() already. */
        return 0;
}

static void config_file_closep(FILE **f) {
        if (*f)
                (void) fclose(*f);
}

/* required: the file was asked for by name; otherwise only its absence is quiet. */
static int config_load_file(const char *path, bool required, ManagerConfig *c) {
        _cleanup_(config_file_closep) FILE *f = NULL;
        int r;

        f = fopen(path, "re");
        if (!f) {
                r = negative_errno();
                if (r == -ENOMEM)
                        return log_oom();
                if (required)
                        return log_error_errno(r, "Failed to open configuration file %s: %m", path);
                if (r == -ENOENT)
                        log_debug("No configuration file %s, using the defaults.", path);
                else
                        log_warning_errno(r, "Failed to open configuration file %s, ignoring: %m", path);
                return 0;
        }

        log_debug("Reading configuration file %s.", path);
        r = config_parse(f, path, c);
        if (r == -ENOMEM)
                return log_oom();
        if (r < 0) {
                if (required)
                        return log_error_errno(r, "Failed to read configuration file %s: %m", path);
                log_warning_errno(r, "Failed to read configuration file %s, ignoring the rest of it: %m", path);
        }
        return 0;
}

static int drop_in_filter(const struct dirent *de) {
        if (de->d_name[0] == '.' || !endswith(de->d_name, ".conf"))
                return 0;
        /* Symlinks and file systems that do not say are opened to find out. */
        return de->d_type == DT_REG || de->d_type == DT_LNK || de->d_type == DT_UNKNOWN;
}

static int drop_in_compare(const struct dirent **a, const struct dirent **b) {
        /* Lexical, whatever the locale, as systemd orders drop-ins. */
        return strcmp((*a)->d_name, (*b)->d_name);
}

static int config_load_drop_ins(const char *path, ManagerConfig *c) {
        _cleanup_free_ char *dir = NULL;
        struct dirent **names = NULL;
        int n, r = 0;

        if (asprintf(&dir, "%s.d", path) < 0)
                return log_oom();

        n = scandir(dir, &names, drop_in_filter, drop_in_compare);
        if (n < 0) {
                r = negative_errno();
                if (r == -ENOMEM)
                        return log_oom();
                if (r == -ENOENT || r == -ENOTDIR)
                        return 0;
                log_warning_errno(r, "Failed to list drop-ins in %s, ignoring: %m", dir);
                return 0;
        }

        for (int i = 0; i < n; i++) {
                _cleanup_free_ char *file = NULL;

                if (r >= 0) {
                        if (asprintf(&file, "%s/%s", dir, names[i]->d_name) < 0)
                                r = log_oom();
                        else
                                r = config_load_file(file, false, c);
                }
                free(names[i]);
        }
        free(names);
        return r;
}

int config_load(const char *path, bool drop_ins, ManagerConfig *c) {
        int r;

        assert(c);

        r = config_load_file(path ?: CONFIG_FILE, !!path, c);
        if (r < 0)
                return r;
        if (drop_ins)
                return config_load_drop_ins(path ?: CONFIG_FILE, c);
        return 0;
}

int config_apply_options(ManagerConfig *c, const ConfigOptions *o) {
        bool sizes_given;

        assert(c);
        assert(o);

        if (o->buffer_bytes > 0)
                c->buffer_bytes = o->buffer_bytes;
        if (o->pool_bytes > 0)
                c->pool_bytes = o->pool_bytes;
        if (o->capture_size > 0)
                c->capture_size = o->capture_size;
        if (o->max_traces > 0)
                c->max_traces = o->max_traces;
        if (o->precise_time >= 0)
                c->precise_time = o->precise_time;

        /* Checked once both are known: each may come from the file or the command line. */
        sizes_given = o->buffer_bytes > 0 || o->pool_bytes > 0;
        if (c->buffer_bytes > c->pool_bytes) {
                if (sizes_given)
                        return log_error_errno(-EINVAL,
                                               "The ring buffer per trace (%" PRIu64 " bytes) is larger than the pool (%" PRIu64 " bytes): "
                                               "check --buffer-size=, --pool-size= and BufferSize=, PoolSize= in the configuration.",
                                               c->buffer_bytes, c->pool_bytes);
                log_warning("BufferSize=%" PRIu64 " is larger than PoolSize=%" PRIu64 ", ignoring both.",
                            c->buffer_bytes, c->pool_bytes);
                c->buffer_bytes = DEFAULT_BUFFER_BYTES;
                c->pool_bytes = DEFAULT_POOL_BYTES;
        }

        for (size_t i = 0; i < c->n_patterns; i++)
                if (c->patterns[i].buffer_bytes > c->pool_bytes) {
                        log_warning("BufferSize=%" PRIu64 " of [Unit %s] is larger than the pool (%" PRIu64 " bytes), ignoring.",
                                    c->patterns[i].buffer_bytes, c->patterns[i].pattern, c->pool_bytes);
                        c->patterns[i].buffer_bytes = 0;
                }

        return 0;
}

static UnitPattern *unit_patterns_free(UnitPattern *patterns, size_t n) {
        for (size_t i = 0; i < n; i++) {
                free(patterns[i].pattern);
                free(patterns[i].syscalls);
        }
        free(patterns);
        return NULL;
}

void manager_config_done(ManagerConfig *c) {
        if (!c)
                return;

        free(c->bus_address);
        c->bus_address = NULL;
        free(c->dump_directory);
        c->dump_directory = NULL;
        c->patterns = unit_patterns_free(c->patterns, c->n_patterns);
        c->n_patterns = 0;
}

static int strdup_or_null(const char *s, char **ret) {
        char *copy = NULL;

        if (s) {
                copy = strdup(s);
                if (!copy)
                        return -ENOMEM;
        }
        *ret = copy;
        return 0;
}

int manager_config_copy(ManagerConfig *dst, const ManagerConfig *src) {
        ManagerConfig copy = *src;

        assert(dst);
        assert(src);

        copy.bus_address = copy.dump_directory = NULL;
        copy.patterns = NULL;
        copy.n_patterns = 0;

        if (strdup_or_null(src->bus_address, &copy.bus_address) < 0 ||
            strdup_or_null(src->dump_directory, &copy.dump_directory) < 0)
                goto fail;

        if (src->n_patterns > 0) {
                copy.patterns = calloc(src->n_patterns, sizeof(UnitPattern));
                if (!copy.patterns)
                        goto fail;
                while (copy.n_patterns < src->n_patterns) {
                        const UnitPattern *p = &src->patterns[copy.n_patterns];
                        UnitPattern *q = &copy.patterns[copy.n_patterns++];

                        /* Counted before its strings: a failure frees what was copied. */
                        *q = *p;
                        q->pattern = q->syscalls = NULL;
                        if (strdup_or_null(p->pattern, &q->pattern) < 0 ||
                            strdup_or_null(p->syscalls, &q->syscalls) < 0)
                                goto fail;
                }
        }

        *dst = copy;
        return 0;

fail:
        manager_config_done(&copy);
        return -ENOMEM;
}

const UnitPattern *config_find_pattern(const ManagerConfig *c, const char *unit) {
        assert(c);

        if (!unit)
                return NULL;
        /* FNM_NOESCAPE: a backslash in a unit name is itself ("dev-disk-by\x2duuid-..."). */
        for (size_t i = 0; i < c->n_patterns; i++)
                if (fnmatch(c->patterns[i].pattern, unit, FNM_NOESCAPE) == 0)
                        return &c->patterns[i];
        return NULL;
}
