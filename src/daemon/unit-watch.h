/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <systemd/sd-bus.h>

#include "macro.h"

typedef struct Manager Manager;

/* What AddUnit needs to know of a unit, from systemd. */
typedef struct UnitInfo {
        char *path;           /* its object, /org/freedesktop/systemd1/unit/... */
        char *invocation_id;  /* 32 hex digits; NULL when the unit never ran */
        char *control_group;  /* as systemd prints it; NULL when it has none (not running) */
} UnitInfo;

void unit_info_done(UnitInfo *i);

/* Subscribe to systemd's signals and pick up the enabled units that run
 * already. Without systemd on the bus this logs and returns 0: units are
 * then followed once it appears. */
int unit_watch_start(Manager *m);
void unit_watch_free(Manager *m);

/* -ENOENT: no such unit loaded; -EHOSTUNREACH: no systemd on the bus. */
int unit_watch_query(Manager *m, const char *unit, UnitInfo *ret);

/* Follow a unit's PropertiesChanged to learn when its invocations end. */
int unit_watch_follow(Manager *m, const char *unit, const char *path);
void unit_watch_unfollow(Manager *m, const char *unit);
bool unit_watch_follows(Manager *m, const char *unit);
