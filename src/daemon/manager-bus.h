/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <systemd/sd-bus.h>

#include "manager.h"

int manager_connect_bus(Manager *m);
int manager_send_trace_signal(Manager *m, Trace *t, const char *member);
int manager_send_trace_changed(Manager *m, Trace *t);
int manager_send_trace_dumped(Manager *m, Trace *t);
int manager_send_trace_syscalls_changed(Manager *m, Trace *t);

int bus_verify_root(sd_bus_message *message, sd_bus_error *error);
int bus_map_trace_error(int r, sd_bus_error *error, const char *name, const char *cgroup);
/* A bad syscall list as an error naming the token: error_name, "what \"spec\": ...". */
int bus_syscalls_error(sd_bus_error *error, const char *error_name, const char *what, const char *spec,
                       const char *bad_token);
int bus_reply_dump_string(sd_bus_message *message, Trace *t, sd_bus_error *error);
