/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Signal and exit events (TL_NR_SIGNAL, TL_NR_EXIT records), strace-style. */

#include <stdbool.h>
#include <stdint.h>

#include "decode.h"
#include "strbuf.h"

typedef struct SignalEvent {
        int sig;
        int code;              /* si_code */
        int err;               /* si_errno */
        uint64_t handler;      /* 0 SIG_DFL, 1 SIG_IGN, else the handler's address */
        bool stop;             /* not the signal: the stop it caused (TL_RECORD_GROUP_STOP) */
} SignalEvent;

typedef struct ExitEvent {
        uint32_t status;       /* as wait() reports it */
        bool exited;           /* WIFEXITED: code is set */
        int code;
        bool killed;           /* WIFSIGNALED: sig and core_dumped are set */
        int sig;
        bool core_dumped;
        bool process_end;      /* the thread group leader's record: the process ended */
} ExitEvent;

bool record_is_event(const struct tl_record_header *h);

void signal_event_unpack(const struct tl_record_header *h, SignalEvent *ret);
void exit_event_unpack(const struct tl_record_header *h, ExitEvent *ret);

/* "SIGSEGV", "SIGRTMIN", "SIGRT_3", or the number. */
int signal_print_name(StrBuf *out, int sig);
/* "SI_USER", "SEGV_MAPERR", ...; NULL if strace has no name for it. */
const char *signal_code_name(int sig, int code);

/* "--- SIGSEGV {...} ---" or "+++ exited with 0 +++", no newline. */
int event_format_text(const DumpRecord *r, StrBuf *out);
/* One JSON object and a newline: "type" is "signal", "stop" or "exit". */
int event_format_json(const DumpRecord *r, const DumpOptions *o, StrBuf *out);
