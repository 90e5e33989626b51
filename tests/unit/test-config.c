/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "manager.h"
#include "unit-name.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

static char dir[] = "/tmp/test-config-XXXXXX";

static const ManagerConfig defaults = {
        .buffer_bytes = DEFAULT_BUFFER_BYTES,
        .pool_bytes = DEFAULT_POOL_BYTES,
        .capture_size = TL_CAPTURE_DEFAULT,
        .max_traces = DEFAULT_MAX_TRACES,
        .journal_lines = DEFAULT_JOURNAL_LINES,
        .keep_per_unit = DEFAULT_KEEP_PER_UNIT,
        .max_dumps_bytes = DEFAULT_MAX_DUMPS_BYTES,
        .max_kept_bytes = DEFAULT_MAX_KEPT_BYTES,
};

static char *path_in_dir(const char *name) {
        char *p;

        if (asprintf(&p, "%s/%s", dir, name) < 0)
                abort();
        return p;
}

static char *write_file(const char *name, const char *text) {
        char *p = path_in_dir(name);
        FILE *f = fopen(p, "we");

        if (!f || fputs(text, f) < 0 || fclose(f) != 0)
                abort();
        return p;
}

static int make_dir(const char *name) {
        char *p = path_in_dir(name);
        int r = mkdir(p, 0755);

        free(p);
        return r;
}

static int remove_one(const char *p, const struct stat *st, int flag, struct FTW *ftw) {
        return remove(p);
}

/* config_load() with stderr, where the warnings go, kept in *ret_log. */
static int load_logged(const char *path, bool drop_ins, ManagerConfig *c, char **ret_log) {
        FILE *log = tmpfile();
        int saved, r;
        long size;

        if (!log)
                abort();
        fflush(stderr);
        saved = dup(STDERR_FILENO);
        dup2(fileno(log), STDERR_FILENO);
        r = config_load(path, drop_ins, c);
        fflush(stderr);
        dup2(saved, STDERR_FILENO);
        close(saved);

        size = ftell(log);
        *ret_log = calloc(1, size + 1);
        rewind(log);
        if (!*ret_log || fread(*ret_log, 1, size, log) != (size_t) size)
                abort();
        fclose(log);
        return r;
}

/* Parses text as NAME in the test directory into a fresh default config; returns the log. */
static char *parse_text(const char *name, const char *text, ManagerConfig *c) {
        char *p = write_file(name, text), *log;

        *c = defaults;
        CHECK(load_logged(p, false, c, &log) == 0);
        free(p);
        return log;
}

static bool scalars_are_defaults(const ManagerConfig *c) {
        return c->buffer_bytes == defaults.buffer_bytes &&
               c->pool_bytes == defaults.pool_bytes &&
               c->capture_size == defaults.capture_size &&
               c->max_traces == defaults.max_traces &&
               c->precise_time == defaults.precise_time &&
               !c->dump_directory &&
               c->journal_lines == defaults.journal_lines &&
               c->keep_per_unit == defaults.keep_per_unit &&
               c->max_dumps_bytes == defaults.max_dumps_bytes &&
               c->max_kept_bytes == defaults.max_kept_bytes;
}

static void full_file_parses(void) {
        ManagerConfig c;
        char *log;

        log = parse_text("full.conf",
                         "# traceloop.conf\n"
                         "; with both kinds of comments\n"
                         "[Manager]\n"
                         "BufferSize=1M\n"
                         "PoolSize=32M\n"
                         "CaptureSize=512\n"
                         "MaxTraces=16\n"
                         "Timestamps=precise\n"
                         "\n"
                         "[Dump]\n"
                         "Directory=/srv/traceloop\n"
                         "JournalLines=0\n"
                         "\n"
                         "[Retention]\n"
                         "KeepPerUnit=10000\n"
                         "MaxDumpsSize=1G\n"
                         "MaxKeptSize=8M\n"
                         "\n"
                         "[Unit docker-*.scope]\n"
                         "Trace=yes\n"
                         "BufferSize=512K\n"
                         "Syscalls=openat, close ,execve\n"
                         "\n"
                         "[Unit getty@*.service]\n"
                         "Trace=no\n"
                         "JournalLines=200\n"
                         "Syscalls=read\n"
                         "Syscalls=all\n",
                         &c);
        CHECK_STREQ(log, "");
        CHECK(c.buffer_bytes == 1024 * 1024);
        CHECK(c.pool_bytes == 32 * 1024 * 1024);
        CHECK(c.capture_size == 512);
        CHECK(c.max_traces == 16);
        CHECK(c.precise_time);
        CHECK_STREQ(c.dump_directory, "/srv/traceloop");
        CHECK(c.journal_lines == 0);
        CHECK(c.keep_per_unit == 10000);
        CHECK(c.max_dumps_bytes == 1024ULL * 1024 * 1024);
        CHECK(c.max_kept_bytes == 8 * 1024 * 1024);
        CHECK(c.n_patterns == 2);
        if (c.n_patterns == 2) {
                CHECK_STREQ(c.patterns[0].pattern, "docker-*.scope");
                CHECK(c.patterns[0].trace);
                CHECK(c.patterns[0].buffer_bytes == 512 * 1024);
                CHECK(c.patterns[0].journal_lines == UNIT_JOURNAL_LINES_UNSET);
                /* Kept canonical; "all" is no filter at all. */
                CHECK_STREQ(c.patterns[0].syscalls, "close,execve,openat");
                CHECK(!c.patterns[1].syscalls);
                CHECK_STREQ(c.patterns[1].pattern, "getty@*.service");
                CHECK(!c.patterns[1].trace);
                CHECK(c.patterns[1].buffer_bytes == 0);
                CHECK(c.patterns[1].journal_lines == 200);
        }
        manager_config_done(&c);
        free(log);
}

static void missing_keys_keep_defaults(void) {
        ManagerConfig c;
        char *log;

        log = parse_text("empty.conf", "", &c);
        CHECK(scalars_are_defaults(&c));
        CHECK(c.n_patterns == 0);
        CHECK_STREQ(log, "");
        free(log);

        log = parse_text("some.conf", "[Manager]\nMaxTraces=8\n[Dump]\n[Retention]\n", &c);
        CHECK(c.max_traces == 8);
        c.max_traces = defaults.max_traces;
        CHECK(scalars_are_defaults(&c));
        CHECK_STREQ(log, "");
        free(log);

        /* A pattern section without keys follows its units. */
        log = parse_text("pattern.conf", "[Unit foo-*.service]\n", &c);
        CHECK(c.n_patterns == 1 && c.patterns[0].trace && c.patterns[0].buffer_bytes == 0);
        manager_config_done(&c);
        free(log);
}

static void missing_file_given_by_name_is_an_error(void) {
        ManagerConfig c = defaults;
        char *p = path_in_dir("nonexistent.conf"), *log;

        CHECK(load_logged(p, false, &c, &log) == -ENOENT);
        CHECK(strstr(log, "nonexistent.conf"));
        CHECK(scalars_are_defaults(&c));
        free(log);
        free(p);
}

static void bad_values_are_warned_about_and_ignored(void) {
        static const struct {
                const char *text;
                const char *warning;
        } cases[] = {
                { "[Manager]\nBufferSize=1K\n",          ":2: Invalid BufferSize=1K (at least 4K), ignoring." },
                { "[Manager]\nBufferSize=4X\n",          ":2: Invalid BufferSize=4X" },
                { "[Manager]\nBufferSize=-4M\n",         ":2: Invalid BufferSize=-4M" },
                { "[Manager]\nBufferSize=99999999999999999999\n", ":2: Invalid BufferSize=" },
                { "[Manager]\nBufferSize=20000000000G\n",  ":2: Invalid BufferSize=" },
                { "[Manager]\nPoolSize=65G\n",           ":2: Invalid PoolSize=65G (4K..64G)" },
                { "[Manager]\nPoolSize=1K\n",            ":2: Invalid PoolSize=1K" },
                { "[Manager]\nCaptureSize=8\n",          ":2: Invalid CaptureSize=8 (16..4096)" },
                { "[Manager]\nCaptureSize=8K\n",         ":2: Invalid CaptureSize=8K" },
                { "[Manager]\nMaxTraces=0\n",            ":2: Invalid MaxTraces=0 (1..256)" },
                { "[Manager]\nMaxTraces=257\n",          ":2: Invalid MaxTraces=257" },
                { "[Manager]\nTimestamps=slow\n",        ":2: Invalid Timestamps=slow (tick or precise)" },
                { "[Manager]\nTimestamps=Precise\n",     ":2: Invalid Timestamps=Precise" },
                { "[Dump]\nDirectory=var/lib/x\n",       ":2: Invalid Directory=var/lib/x" },
                { "[Dump]\nDirectory=/var/../etc\n",     ":2: Invalid Directory=/var/../etc" },
                { "[Dump]\nDirectory=/var/./lib\n",      ":2: Invalid Directory=/var/./lib" },
                { "[Dump]\nDirectory=/var/\x01x\n",      ":2: Invalid Directory=" },
                { "[Dump]\nJournalLines=10001\n",        ":2: Invalid JournalLines=10001 (0..10000)" },
                { "[Dump]\nJournalLines=-1\n",           ":2: Invalid JournalLines=-1" },
                { "[Dump]\nJournalLines=5K\n",           ":2: Invalid JournalLines=5K" },
                { "[Retention]\nKeepPerUnit=0\n",        ":2: Invalid KeepPerUnit=0 (1..10000)" },
                { "[Retention]\nKeepPerUnit=10001\n",    ":2: Invalid KeepPerUnit=10001" },
                { "[Retention]\nMaxDumpsSize=1K\n",      ":2: Invalid MaxDumpsSize=1K (at least 4K)" },
                { "[Retention]\nMaxKeptSize=lots\n",     ":2: Invalid MaxKeptSize=lots" },
                { "[Manager]\n\n\nBogus=1\n",            ":4: Unknown key 'Bogus' in section [Manager], ignoring." },
                { "[Manager]\nbuffersize=8M\n",          ":2: Unknown key 'buffersize'" },
                { "[Dump]\nBufferSize=8M\n",             ":2: Unknown key 'BufferSize' in section [Dump]" },
                { "BufferSize=8M\n",                     ":1: Assignment outside of any section, ignoring." },
                { "[Manager]\nBufferSize\n",             ":2: Missing '=', ignoring line." },
                /* Keys of a section that is ignored do nothing, whatever their names. */
                { "[Managers]\nBufferSize=8M\n",         ":1: Unknown section [Managers], ignoring the section." },
                { "[manager]\nBufferSize=8M\n",          ":1: Unknown section [manager]" },
                { "[Manager\nBufferSize=8M\n",           ":1: Invalid section header '[Manager', ignoring the section." },
                { "[Manager] x\nBufferSize=8M\n",        ":1: Invalid section header" },
                { "[Manager]]\nBufferSize=8M\n",         ":1: Unknown section [Manager]]" },
                { "[]\nBufferSize=8M\n",                 ":1: Unknown section []" },
                { "[\nBufferSize=8M\n",                  ":1: Invalid section header '['" },
                { "[Manager]\n[Retention\nBufferSize=8M\n", ":2: Invalid section header" },
        };

        for (size_t i = 0; i < ELEMENTSOF(cases); i++) {
                ManagerConfig c;
                char *log = parse_text("bad.conf", cases[i].text, &c);

                CHECK(scalars_are_defaults(&c));
                CHECK(c.n_patterns == 0);
                if (!strstr(log, cases[i].warning)) {
                        fprintf(stderr, "case %zu: want \"%s\" in:\n%s", i, cases[i].warning, log);
                        unit_failures++;
                }
                /* FILE:LINE: */
                CHECK(strncmp(log, dir, strlen(dir)) == 0);
                manager_config_done(&c);
                free(log);
        }
}

static void bad_line_does_not_stop_the_rest(void) {
        ManagerConfig c;
        char *log;

        log = parse_text("mixed.conf",
                         "[Manager]\n"
                         "BufferSize=1K\n"
                         "no equals sign\n"
                         "PoolSize=32M\n"
                         "[Nope]\n"
                         "MaxTraces=2\n"
                         "[Manager]\n"
                         "MaxTraces=3\n",
                         &c);
        CHECK(strstr(log, ":2: Invalid BufferSize=1K"));
        CHECK(strstr(log, ":3: Missing '='"));
        CHECK(strstr(log, ":5: Unknown section [Nope]"));
        CHECK(c.buffer_bytes == DEFAULT_BUFFER_BYTES);
        CHECK(c.pool_bytes == 32 * 1024 * 1024);
        CHECK(c.max_traces == 3);
        free(log);
}

static void bad_values_in_unit_sections(void) {
        ManagerConfig c;
        char *log;

        log = parse_text("unit.conf",
                         "[Unit foo.service]\n"
                         "Trace=maybe\n"
                         "BufferSize=100\n"
                         "Directory=/x\n",
                         &c);
        CHECK(strstr(log, ":2: Invalid Trace=maybe (a boolean), ignoring."));
        CHECK(strstr(log, ":3: Invalid BufferSize=100 (at least 4K), ignoring."));
        CHECK(strstr(log, ":4: Unknown key 'Directory' in section [Unit foo.service], ignoring."));
        CHECK(c.n_patterns == 1);
        CHECK(c.patterns[0].trace);
        CHECK(c.patterns[0].buffer_bytes == 0);
        CHECK(scalars_are_defaults(&c));
        manager_config_done(&c);
        free(log);
}

static void bad_patterns_are_ignored_with_their_keys(void) {
        static const char *const sections[] = {
                "[Unit foo/bar.service]",
                "[Unit]",
                "[Unit ]",
                "[Unit foo bar.service]",
                "[Unit @foo.service]",
                "[Unit a@b@c.service]",
                "[Unitfoo.service]",
        };

        for (size_t i = 0; i < ELEMENTSOF(sections); i++) {
                ManagerConfig c;
                char *text, *log;

                if (asprintf(&text, "%s\nTrace=no\nBufferSize=1M\n[Manager]\nMaxTraces=9\n", sections[i]) < 0)
                        abort();
                log = parse_text("pattern.conf", text, &c);
                CHECK(c.n_patterns == 0);
                CHECK(c.max_traces == 9);
                CHECK(strstr(log, ":1: "));
                CHECK(!strstr(log, ":2: ") && !strstr(log, ":3: "));
                if (c.n_patterns != 0 || !strstr(log, ":1: "))
                        fprintf(stderr, "section %s: %s\n", sections[i], log);
                manager_config_done(&c);
                free(text);
                free(log);
        }
}

static void patterns_merge_and_keep_their_first_place(void) {
        ManagerConfig c;
        char *log;

        log = parse_text("merge.conf",
                         "[Unit a-*.service]\n"
                         "BufferSize=1M\n"
                         "[Unit b-*.service]\n"
                         "[Unit\ta-*.service]\n"
                         "Trace=no\n",
                         &c);
        CHECK_STREQ(log, "");
        CHECK(c.n_patterns == 2);
        if (c.n_patterns == 2) {
                CHECK_STREQ(c.patterns[0].pattern, "a-*.service");
                CHECK(!c.patterns[0].trace);
                CHECK(c.patterns[0].buffer_bytes == 1024 * 1024);
                CHECK_STREQ(c.patterns[1].pattern, "b-*.service");
        }
        manager_config_done(&c);
        free(log);
}

static void comments_and_whitespace(void) {
        ManagerConfig c;
        char *log;

        log = parse_text("space.conf",
                         "\xef\xbb\xbf[Manager]   # the UTF-8 BOM goes\n"
                         "  BufferSize = 8M   # per trace\n"
                         "\tPoolSize=128M ; inline, the other kind\n"
                         "   # MaxTraces=3\n"
                         "; MaxTraces=4\n"
                         "[Dump]\n"
                         "Directory=/srv/a#b;c\n"
                         "JournalLines=7\n"
                         "  JournalLines=8\n",
                         &c);
        CHECK_STREQ(log, "");
        CHECK(c.buffer_bytes == 8 * 1024 * 1024);
        CHECK(c.pool_bytes == 128 * 1024 * 1024);
        CHECK(c.max_traces == DEFAULT_MAX_TRACES);
        /* Only after whitespace does '#' start a comment. */
        CHECK_STREQ(c.dump_directory, "/srv/a#b;c");
        /* Leading whitespace is no continuation of the line before. */
        CHECK(c.journal_lines == 8);
        manager_config_done(&c);
        free(log);
}

static void nul_bytes_and_long_lines(void) {
        ManagerConfig c;
        char long_pattern[UNIT_NAME_MAX + 1], *text, *log;
        FILE *f;
        char *p;

        /* Longer than inih's section names (50 bytes by default) and its lines
         * (200), still one of ours. */
        memset(long_pattern, 'x', sizeof(long_pattern));
        memcpy(long_pattern + UNIT_NAME_MAX - 10, "-*.service", 11);
        if (asprintf(&text,
                     "[Unit %s]\n"
                     "BufferSize=1M\n"
                     "[Dump]\n"
                     "Directory=/%0300d\n"
                     "JournalLines=3\n",
                     long_pattern, 0) < 0)
                abort();
        log = parse_text("long.conf", text, &c);
        CHECK(c.n_patterns == 1);
        if (c.n_patterns == 1) {
                CHECK_STREQ(c.patterns[0].pattern, long_pattern);
                CHECK(c.patterns[0].buffer_bytes == 1024 * 1024);
        }
        CHECK(strstr(log, ":4: Line longer than"));
        CHECK(!c.dump_directory);
        CHECK(c.journal_lines == 3);
        manager_config_done(&c);
        free(log);
        free(text);

        p = path_in_dir("nul.conf");
        f = fopen(p, "we");
        fwrite("[Manager]\nMaxTraces=5\0\nMaxTraces=6\n", 1, 35, f);
        fclose(f);
        c = defaults;
        CHECK(load_logged(p, false, &c, &log) == 0);
        CHECK(strstr(log, ":2: Line contains a NUL byte"));
        CHECK(c.max_traces == 6);
        free(log);
        free(p);
}

static void empty_value_resets(void) {
        ManagerConfig c;
        char *log;

        log = parse_text("reset.conf",
                         "[Manager]\n"
                         "BufferSize=1M\n"
                         "BufferSize=\n"
                         "Timestamps=precise\n"
                         "Timestamps=\n"
                         "[Dump]\n"
                         "Directory=/srv/x\n"
                         "Directory=\n"
                         "[Unit a.service]\n"
                         "Trace=no\n"
                         "BufferSize=1M\n"
                         "Trace=\n"
                         "BufferSize=\n",
                         &c);
        CHECK_STREQ(log, "");
        CHECK(scalars_are_defaults(&c));
        CHECK(c.n_patterns == 1 && c.patterns[0].trace && c.patterns[0].buffer_bytes == 0);
        manager_config_done(&c);
        free(log);
}

static void drop_ins_in_lexical_order(void) {
        ManagerConfig c = defaults;
        char *main_conf, *log;

        main_conf = write_file("drop.conf",
                               "[Manager]\n"
                               "BufferSize=1M\n"
                               "MaxTraces=10\n"
                               "[Unit a.service]\n"
                               "BufferSize=1M\n");
        CHECK(make_dir("drop.conf.d") == 0);
        /* "10" sorts before "9": lexical, not numeric. */
        free(write_file("drop.conf.d/9-last.conf",
                        "[Manager]\nMaxTraces=9\n"
                        "[Unit b.service]\nTrace=no\n"));
        free(write_file("drop.conf.d/10-first.conf",
                        "[Manager]\nMaxTraces=10\nPoolSize=16M\n"
                        "[Unit a.service]\nBufferSize=2M\n"
                        "[Unit c.service]\n"));
        free(write_file("drop.conf.d/50-bad.conf", "[Manager]\nMaxTraces=1000\n"));
        free(write_file("drop.conf.d/80-reset.conf", "[Manager]\nBufferSize=\n"));
        free(write_file("drop.conf.d/99-off.conf.disabled", "[Manager]\nMaxTraces=1\n"));
        free(write_file("drop.conf.d/.hidden.conf", "[Manager]\nMaxTraces=2\n"));
        CHECK(make_dir("drop.conf.d/95-dir.conf") == 0);

        CHECK(load_logged(main_conf, true, &c, &log) == 0);
        CHECK(c.max_traces == 9);
        CHECK(c.pool_bytes == 16 * 1024 * 1024);
        CHECK(c.buffer_bytes == DEFAULT_BUFFER_BYTES);
        CHECK(strstr(log, "drop.conf.d/50-bad.conf:2: Invalid MaxTraces=1000"));
        CHECK(!strstr(log, "95-dir.conf"));   /* not a file: skipped */
        CHECK(c.n_patterns == 3);
        if (c.n_patterns == 3) {
                CHECK_STREQ(c.patterns[0].pattern, "a.service");
                CHECK(c.patterns[0].buffer_bytes == 2 * 1024 * 1024);
                CHECK_STREQ(c.patterns[1].pattern, "c.service");
                CHECK_STREQ(c.patterns[2].pattern, "b.service");
                CHECK(!c.patterns[2].trace);
        }
        manager_config_done(&c);
        free(log);

        /* --config=: the file alone. */
        c = defaults;
        CHECK(load_logged(main_conf, false, &c, &log) == 0);
        CHECK(c.max_traces == 10 && c.buffer_bytes == 1024 * 1024 && c.pool_bytes == DEFAULT_POOL_BYTES);
        CHECK(c.n_patterns == 1);
        CHECK_STREQ(log, "");
        manager_config_done(&c);
        free(log);
        free(main_conf);
}

static void options_win_over_the_file(void) {
        ManagerConfig c;
        ConfigOptions none = { .precise_time = -1 };
        ConfigOptions o = {
                .buffer_bytes = 8192,
                .capture_size = 64,
                .max_traces = 3,
                .precise_time = 0,
        };
        char *log;

        log = parse_text("options.conf",
                         "[Manager]\n"
                         "BufferSize=1M\nPoolSize=8M\nCaptureSize=512\nMaxTraces=16\nTimestamps=precise\n",
                         &c);
        CHECK(config_apply_options(&c, &o) == 0);
        CHECK(c.buffer_bytes == 8192);
        CHECK(c.pool_bytes == 8 * 1024 * 1024);  /* no option: the file's */
        CHECK(c.capture_size == 64);
        CHECK(c.max_traces == 3);
        CHECK(!c.precise_time);
        free(log);

        /* A ring larger than the pool: the command line's fault is an error... */
        log = parse_text("options.conf", "[Manager]\nPoolSize=1M\n", &c);
        o = (ConfigOptions) { .buffer_bytes = 2 * 1024 * 1024, .precise_time = -1 };
        CHECK(config_apply_options(&c, &o) == -EINVAL);
        free(log);

        /* ... the file's alone a warning, and the defaults of both. */
        log = parse_text("options.conf", "[Manager]\nPoolSize=1M\n[Unit a.service]\nBufferSize=2M\n", &c);
        CHECK(config_apply_options(&c, &none) == 0);
        CHECK(c.buffer_bytes == DEFAULT_BUFFER_BYTES && c.pool_bytes == DEFAULT_POOL_BYTES);
        CHECK(c.n_patterns == 1 && c.patterns[0].buffer_bytes == 2 * 1024 * 1024);
        manager_config_done(&c);
        free(log);

        /* A unit's ring larger than the pool goes back to the default. */
        log = parse_text("options.conf", "[Manager]\nPoolSize=1M\nBufferSize=512K\n[Unit a.service]\nBufferSize=2M\n", &c);
        CHECK(config_apply_options(&c, &none) == 0);
        CHECK(c.pool_bytes == 1024 * 1024 && c.buffer_bytes == 512 * 1024);
        CHECK(c.n_patterns == 1 && c.patterns[0].buffer_bytes == 0);
        manager_config_done(&c);
        free(log);
}

static void find_pattern_takes_the_first_match(void) {
        ManagerConfig c;
        const UnitPattern *u;
        char *log;

        log = parse_text("find.conf",
                         "[Unit getty@tty1.service]\nTrace=no\n"
                         "[Unit getty@*.service]\nBufferSize=1M\n"
                         "[Unit *.service]\nBufferSize=2M\n"
                         "[Unit systemd-fsck@dev-disk-by\\x2duuid-*.service]\nBufferSize=3M\n"
                         "[Unit docker-[0-9a-f]*.scope]\n",
                         &c);
        CHECK_STREQ(log, "");

        u = config_find_pattern(&c, "getty@tty1.service");
        CHECK(u && streq(u->pattern, "getty@tty1.service") && !u->trace);
        u = config_find_pattern(&c, "getty@tty2.service");
        CHECK(u && streq(u->pattern, "getty@*.service") && u->buffer_bytes == 1024 * 1024);
        u = config_find_pattern(&c, "sshd.service");
        CHECK(u && streq(u->pattern, "*.service"));
        /* A backslash is itself, as in unit names, and no escape: the more general
         * *.service comes first, though. */
        u = config_find_pattern(&c, "systemd-fsck@dev-disk-by\\x2duuid-1234.service");
        CHECK(u && streq(u->pattern, "*.service"));
        u = config_find_pattern(&c, "docker-4f2a.scope");
        CHECK(u && streq(u->pattern, "docker-[0-9a-f]*.scope"));
        CHECK(!config_find_pattern(&c, "docker-xyz.scope"));
        CHECK(!config_find_pattern(&c, "user.slice"));
        CHECK(!config_find_pattern(&c, NULL));
        manager_config_done(&c);
        free(log);

        log = parse_text("find.conf", "[Unit systemd-fsck@dev-disk-by\\x2duuid-*.service]\n", &c);
        CHECK(config_find_pattern(&c, "systemd-fsck@dev-disk-by\\x2duuid-1234.service"));
        CHECK(!config_find_pattern(&c, "systemd-fsck@dev-disk-byx2duuid-1234.service"));
        manager_config_done(&c);
        free(log);
}

static void bad_syscalls_keep_the_previous_value(void) {
        ManagerConfig c;
        char *log;

        log = parse_text("syscalls.conf",
                         "[Unit a.service]\n"
                         "Syscalls=write\n"
                         "Syscalls=openat,frobnicate\n"
                         "Syscalls=openat,,close\n",
                         &c);
        CHECK(strstr(log, ":3: Invalid Syscalls=openat,frobnicate (system calls and %classes"));
        CHECK(strstr(log, ":4: Invalid Syscalls=openat,,close"));
        CHECK(c.n_patterns == 1);
        if (c.n_patterns == 1)
                CHECK_STREQ(c.patterns[0].syscalls, "write");
        manager_config_done(&c);
        free(log);

        /* An empty assignment: back to every syscall. */
        log = parse_text("syscalls2.conf", "[Unit a.service]\nSyscalls=write\nSyscalls=\n", &c);
        CHECK_STREQ(log, "");
        CHECK(c.n_patterns == 1 && !c.patterns[0].syscalls);
        manager_config_done(&c);
        free(log);
}

static void copy_is_deep(void) {
        ManagerConfig c, copy = {}, empty = defaults, empty_copy;
        char *log;

        log = parse_text("copy.conf",
                         "[Manager]\nMaxTraces=7\n[Dump]\nDirectory=/srv/d\n"
                         "[Unit a.service]\nTrace=no\n[Unit b.service]\nBufferSize=1M\nSyscalls=write\n",
                         &c);
        c.bus_address = strdup("unix:path=/run/x");
        CHECK(manager_config_copy(&copy, &c) == 0);
        CHECK(copy.max_traces == 7);
        CHECK(copy.dump_directory != c.dump_directory && streq(copy.dump_directory, "/srv/d"));
        CHECK(copy.bus_address != c.bus_address && streq(copy.bus_address, "unix:path=/run/x"));
        CHECK(copy.n_patterns == 2 && copy.patterns != c.patterns);
        if (copy.n_patterns == 2) {
                CHECK(copy.patterns[0].pattern != c.patterns[0].pattern);
                CHECK_STREQ(copy.patterns[0].pattern, "a.service");
                CHECK(!copy.patterns[0].trace);
                CHECK_STREQ(copy.patterns[1].pattern, "b.service");
                CHECK(copy.patterns[1].buffer_bytes == 1024 * 1024);
                CHECK(copy.patterns[1].syscalls != c.patterns[1].syscalls);
                CHECK_STREQ(copy.patterns[1].syscalls, "write");
                CHECK(!copy.patterns[0].syscalls);
        }
        manager_config_done(&c);
        CHECK(!c.bus_address && !c.dump_directory && !c.patterns && c.n_patterns == 0);
        CHECK(c.max_traces == 7);
        /* The copy lives on alone. */
        CHECK(config_find_pattern(&copy, "b.service") == &copy.patterns[1]);
        manager_config_done(&copy);
        manager_config_done(&copy);

        CHECK(manager_config_copy(&empty_copy, &empty) == 0);
        CHECK(scalars_are_defaults(&empty_copy) && !empty_copy.patterns && !empty_copy.bus_address);
        manager_config_done(&empty_copy);
        free(log);
}

static const UnitTest tests[] = {
        T(full_file_parses),
        T(missing_keys_keep_defaults),
        T(missing_file_given_by_name_is_an_error),
        T(bad_values_are_warned_about_and_ignored),
        T(bad_line_does_not_stop_the_rest),
        T(bad_values_in_unit_sections),
        T(bad_patterns_are_ignored_with_their_keys),
        T(patterns_merge_and_keep_their_first_place),
        T(comments_and_whitespace),
        T(nul_bytes_and_long_lines),
        T(empty_value_resets),
        T(drop_ins_in_lexical_order),
        T(options_win_over_the_file),
        T(find_pattern_takes_the_first_match),
        T(bad_syscalls_keep_the_previous_value),
        T(copy_is_deep),
};

int main(void) {
        int r;

        if (!mkdtemp(dir))
                abort();
        r = unit_run(tests, ELEMENTSOF(tests));
        (void) nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
        return r;
}
