/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "manager.h"

int trace_bus_register(Manager *m);

/* Trace1.SetSyscalls and Manager1.SetSyscalls, once the list is read and the
 * caller checked: the reply, or a named error. */
int bus_set_trace_syscalls(sd_bus_message *message, Trace *t, const char *spec, sd_bus_error *error);
