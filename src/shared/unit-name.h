/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdbool.h>

/* systemd's limit: a unit name is at most 255 characters. */
#define UNIT_NAME_MAX 255

/* "foo.service", "getty@tty1.service", "docker-4f2a.scope": systemd's rules,
 * written here: a prefix of [A-Za-z0-9:_.\\-] (and one '@' for instances),
 * a known type suffix, at most UNIT_NAME_MAX characters. Templates
 * ("getty@.service") are not unit names of running units and are refused. */
bool unit_name_is_valid(const char *name);

/* The D-Bus interface that carries a unit's type-specific properties
 * (ControlGroup, Result): "org.freedesktop.systemd1.Service" for
 * "foo.service". NULL if the name has no known suffix. */
const char *unit_dbus_interface_from_name(const char *name);

/* A glob (fnmatch) for unit names, as traceloop.conf takes them:
 * "docker-*.scope", "getty@*.service". Same characters as a unit name plus
 * '*', '?', '[' and ']'. */
bool unit_pattern_is_valid(const char *pattern);

/* 32 lowercase hexadecimal characters, as $INVOCATION_ID. */
bool invocation_id_is_valid(const char *s);
