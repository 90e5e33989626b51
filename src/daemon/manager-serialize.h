/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "manager.h"

/* What traceloopd knows beyond the kernel's maps, for its successor: the
 * traces (ids, names, cgroups, units, results) in a memfd named state-N in
 * systemd's file descriptor store, and each stopped trace's compressed copy
 * in one named kept-ID. Pushed after every change, so that a crash loses
 * nothing either. */

/* At start: take back the previous traceloopd's recorder and traces if the
 * store has them; else a new recorder, and whatever the store held is
 * released. */
int manager_load_recorder(Manager *m);

/* Something changed: push a new state soon (from the event loop). */
void manager_state_changed(Manager *m);
/* Push a pending state now (we are about to exit). */
void manager_flush_state(Manager *m);
/* A stopped trace's copy into the store, or out of it when it is closed. */
void manager_keep_trace(Manager *m, Trace *t);
void manager_forget_trace(Manager *m, Trace *t);
