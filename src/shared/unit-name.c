/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <string.h>

#include "macro.h"
#include "unit-name.h"

static const struct {
        const char *suffix;
        const char *interface;
} unit_types[] = {
        { ".service",   "org.freedesktop.systemd1.Service"   },
        { ".socket",    "org.freedesktop.systemd1.Socket"    },
        { ".target",    "org.freedesktop.systemd1.Target"    },
        { ".device",    "org.freedesktop.systemd1.Device"    },
        { ".mount",     "org.freedesktop.systemd1.Mount"     },
        { ".automount", "org.freedesktop.systemd1.Automount" },
        { ".swap",      "org.freedesktop.systemd1.Swap"      },
        { ".timer",     "org.freedesktop.systemd1.Timer"     },
        { ".path",      "org.freedesktop.systemd1.Path"      },
        { ".slice",     "org.freedesktop.systemd1.Slice"     },
        { ".scope",     "org.freedesktop.systemd1.Scope"     },
};

static const char *unit_suffix(const char *name, size_t *ret_prefix_len) {
        size_t l = strlen(name);

        for (size_t i = 0; i < ELEMENTSOF(unit_types); i++) {
                size_t k = strlen(unit_types[i].suffix);

                if (l > k && streq(name + l - k, unit_types[i].suffix)) {
                        *ret_prefix_len = l - k;
                        return unit_types[i].interface;
                }
        }
        return NULL;
}

static bool unit_char_ok(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == ':' || c == '_' || c == '.' || c == '\\' || c == '-';
}

static bool name_check(const char *name, bool pattern) {
        size_t prefix_len, ats = 0;

        if (!name || strlen(name) > UNIT_NAME_MAX)
                return false;
        /* A pattern may end in a glob ("foo-*"); names need their suffix. */
        if (!unit_suffix(name, &prefix_len)) {
                if (!pattern)
                        return false;
                prefix_len = strlen(name);
        }
        if (prefix_len == 0)
                return false;

        for (size_t i = 0; i < prefix_len; i++) {
                char c = name[i];

                if (c == '@') {
                        if (i == 0 || ++ats > 1)
                                return false;
                        /* "getty@.service" is a template, not a unit that runs. */
                        if (!pattern && i + 1 == prefix_len)
                                return false;
                        continue;
                }
                if (pattern && (c == '*' || c == '?' || c == '[' || c == ']' || c == '!'))
                        continue;
                if (!unit_char_ok(c))
                        return false;
        }
        return true;
}

bool unit_name_is_valid(const char *name) {
        return name_check(name, false);
}

bool unit_pattern_is_valid(const char *pattern) {
        return name_check(pattern, true);
}

const char *unit_dbus_interface_from_name(const char *name) {
        size_t l;

        if (!name)
                return NULL;
        return unit_suffix(name, &l);
}

bool invocation_id_is_valid(const char *s) {
        if (!s || strlen(s) != 32)
                return false;
        for (; *s; s++)
                if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
                        return false;
        return true;
}
