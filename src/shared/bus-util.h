/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Names on the bus, shared by traceloopd and traceloopctl. */

#define TRACELOOP_BUS_NAME "org.traceloop"
#define TRACELOOP_MANAGER_PATH "/org/traceloop"
#define TRACELOOP_MANAGER_INTERFACE "org.traceloop.Manager1"
#define TRACELOOP_TRACE_PATH_PREFIX "/org/traceloop/trace"
#define TRACELOOP_TRACE_INTERFACE "org.traceloop.Trace1"

/* Domain errors; each carries a message a person can act on. */
#define BUS_ERROR_NO_SUCH_TRACE "org.traceloop.NoSuchTrace"
#define BUS_ERROR_NO_SUCH_CGROUP "org.traceloop.NoSuchCgroup"
#define BUS_ERROR_INVALID_CGROUP "org.traceloop.InvalidCgroup"
#define BUS_ERROR_INVALID_NAME "org.traceloop.InvalidName"
#define BUS_ERROR_NAME_TAKEN "org.traceloop.NameTaken"
#define BUS_ERROR_CGROUP_TRACED "org.traceloop.CgroupAlreadyTraced"
#define BUS_ERROR_TOO_MANY_TRACES "org.traceloop.TooManyTraces"
#define BUS_ERROR_NO_BUFFER_SPACE "org.traceloop.NoBufferSpace"
#define BUS_ERROR_INVALID_OPTION "org.traceloop.InvalidOption"
#define BUS_ERROR_ACCESS_DENIED "org.traceloop.AccessDenied"
#define BUS_ERROR_DUMP_TOO_LARGE "org.traceloop.DumpTooLarge"
#define BUS_ERROR_INVALID_UNIT_NAME "org.traceloop.InvalidUnitName"
#define BUS_ERROR_NO_SUCH_UNIT "org.traceloop.NoSuchUnit"
#define BUS_ERROR_UNIT_NOT_ACTIVE "org.traceloop.UnitNotActive"
#define BUS_ERROR_NO_SYSTEMD "org.traceloop.NoSystemd"
#define BUS_ERROR_INVALID_SYSCALLS "org.traceloop.InvalidSyscalls"
#define BUS_ERROR_TRACE_STOPPED "org.traceloop.TraceStopped"

/* Room for UNIT_INVOCATIONID: a 255-character unit name, "_", 32 hex digits. */
#define TRACE_NAME_MAX 320
