/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "dropin.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

/* units/50-traceloop.conf.example as meson configured it, from argv[1]. */
static const char *example_path;

static char *read_file(const char *path) {
        FILE *f = fopen(path, "re");
        char *buf;
        size_t n;

        if (!f)
                return NULL;
        buf = calloc(1, 65536);
        n = buf ? fread(buf, 1, 65535, f) : 0;
        if (buf && (ferror(f) || n == 65535)) {
                free(buf);
                buf = NULL;
        }
        fclose(f);
        return buf;
}

static void same_as_installed_example(void) {
        char *text = NULL, *example = read_file(example_path);

        CHECK(example != NULL);
        CHECK(dropin_text(BINDIR, NULL, NULL, &text) == 0);
        CHECK_STREQ(text, example ?: "");
        free(text);
        free(example);
}

static void buffer_size_as_given(void) {
        char *text = NULL;

        CHECK(dropin_text("/usr/bin", "16M", NULL, &text) == 0);
        CHECK(text && strstr(text, "\nExecStartPre=-+/usr/bin/traceloopctl add-unit --buffer-size=16M %n\n"));
        CHECK(text && strstr(text, "\nWants=traceloop.service\nAfter=traceloop.service\n"));
        free(text);
}

static void syscalls_on_the_line(void) {
        char *text = NULL;

        CHECK(dropin_text("/usr/bin", "16M", "close,openat", &text) == 0);
        CHECK(text && strstr(text, "\nExecStartPre=-+/usr/bin/traceloopctl add-unit --buffer-size=16M --syscalls=close,openat %n\n"));
        free(text);
        text = NULL;
        CHECK(dropin_text("/usr/bin", NULL, "none", &text) == 0);
        CHECK(text && strstr(text, "\nExecStartPre=-+/usr/bin/traceloopctl add-unit --syscalls=none %n\n"));
        free(text);
        text = NULL;
        /* Not canonical: a specifier, a blank, a quote, a class. */
        CHECK(dropin_text("/usr/bin", NULL, "%file", &text) == -EINVAL);
        CHECK(dropin_text("/usr/bin", NULL, "openat close", &text) == -EINVAL);
        CHECK(dropin_text("/usr/bin", NULL, "openat\"", &text) == -EINVAL);
        CHECK(dropin_text("/usr/bin", NULL, "", &text) == -EINVAL);
        CHECK(text == NULL);
}

static void refuses_what_systemd_would_split_or_expand(void) {
        char *text = NULL;

        CHECK(dropin_text("usr/bin", NULL, NULL, &text) == -EINVAL);
        CHECK(dropin_text("/opt/my tools/bin", NULL, NULL, &text) == -EINVAL);
        CHECK(dropin_text("/opt/100%/bin", NULL, NULL, &text) == -EINVAL);
        CHECK(dropin_text("/usr/bin", "16M %n", NULL, &text) == -EINVAL);
        CHECK(dropin_text("/usr/bin", "0", NULL, &text) == -EINVAL);
        CHECK(dropin_text("/usr/bin", "", NULL, &text) == -EINVAL);
        CHECK(text == NULL);
}

static void paths(void) {
        char *dir = NULL, *file = NULL;

        CHECK(dropin_paths("foo.service", false, &dir, &file) == 0);
        CHECK_STREQ(dir, "/etc/systemd/system/foo.service.d");
        CHECK_STREQ(file, "/etc/systemd/system/foo.service.d/50-traceloop.conf");
        free(dir);
        free(file);

        CHECK(dropin_paths("getty@tty1.service", true, &dir, &file) == 0);
        CHECK_STREQ(dir, "/run/systemd/system/getty@tty1.service.d");
        CHECK_STREQ(file, "/run/systemd/system/getty@tty1.service.d/50-traceloop.conf");
        free(dir);
        free(file);
}

static void write_then_remove(void) {
        char base[] = "/tmp/test-dropin-XXXXXX", dir[128], file[160], other[160];
        struct stat st;
        char *text;

        CHECK(mkdtemp(base) != NULL);
        snprintf(dir, sizeof(dir), "%s/foo.service.d", base);
        snprintf(file, sizeof(file), "%s/" DROPIN_NAME, dir);
        snprintf(other, sizeof(other), "%s/10-mine.conf", dir);

        /* Creates the directory, and replaces what was there. */
        CHECK(dropin_write(dir, file, "old\n") == 0);
        CHECK(dropin_write(dir, file, "new\n") == 0);
        text = read_file(file);
        CHECK_STREQ(text, "new\n");
        free(text);
        CHECK(stat(dir, &st) == 0 && (st.st_mode & 07777) == 0755);
        CHECK(stat(file, &st) == 0 && (st.st_mode & 07777) == 0644);

        /* The admin's own drop-in keeps the directory. */
        CHECK(dropin_write(dir, other, "mine\n") == 0);
        CHECK(dropin_remove(dir, file) == 1);
        CHECK(stat(dir, &st) == 0);
        CHECK(dropin_remove(dir, file) == 0);

        /* Alone, it goes with the file. */
        CHECK(unlink(other) == 0);
        CHECK(dropin_write(dir, file, "x\n") == 0);
        CHECK(dropin_remove(dir, file) == 1);
        CHECK(stat(dir, &st) < 0 && errno == ENOENT);
        CHECK(dropin_remove(dir, file) == 0);

        CHECK(rmdir(base) == 0);
}

static const UnitTest tests[] = {
        T(same_as_installed_example),
        T(buffer_size_as_given),
        T(syscalls_on_the_line),
        T(refuses_what_systemd_would_split_or_expand),
        T(paths),
        T(write_then_remove),
};

int main(int argc, char *argv[]) {
        if (argc != 2) {
                fprintf(stderr, "Usage: %s PATH-OF-50-traceloop.conf.example\n", argv[0]);
                return EXIT_FAILURE;
        }
        example_path = argv[1];
        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
