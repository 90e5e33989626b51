/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

typedef struct Xlat {
        uint64_t val;
        const char *name;
} Xlat;

/* Flags: names of the table entries whose bits are all set, in table order,
 * then the leftover bits as 0x...; joined by '|'. v == 0 prints zero_name (or "0"). */
int xlat_print_flags(StrBuf *out, const Xlat *x, size_t n, uint64_t v, const char *zero_name);

/* As xlat_print_flags(), but a value with no known bit prints as "0x... (dflt in a comment)" as strace does. */
int xlat_print_flags_ex(StrBuf *out, const Xlat *x, size_t n, uint64_t v, const char *zero_name, const char *dflt);

/* One value: its name, or the number (hex or signed decimal) if none. */
int xlat_print_value(StrBuf *out, const Xlat *x, size_t n, uint64_t v, bool hex);

/* One value: its name, or "0x... (dflt in a comment)" (strace's printxval()). */
int xlat_print_xval(StrBuf *out, const Xlat *x, size_t n, uint64_t v, const char *dflt);

int print_open_flags(StrBuf *out, uint64_t v);
int print_mmap_prot(StrBuf *out, uint64_t v);
int print_mmap_flags(StrBuf *out, uint64_t v);
int print_at_flags(StrBuf *out, uint64_t v, bool eaccess);
int print_access_mode(StrBuf *out, uint64_t v);
int print_signal(StrBuf *out, uint64_t v);
bool signal_is_known(int s);
int print_seek_whence(StrBuf *out, uint64_t v);
int print_mode(StrBuf *out, uint64_t v);
int print_hex(StrBuf *out, uint64_t v);
int print_pointer(StrBuf *out, uint64_t v);

/* xlat-consts.c: the constant and flag-set argument kinds of syscall-table.h
 * (ARG_MADVISE..ARG_CLOSE_RANGE_FLAGS); -EINVAL for any other kind. */
int print_const_arg(StrBuf *out, unsigned kind, uint64_t v);

/* Printers for tables that live inside structures or return values; the
 * structure and special-call printers use them. */
int print_open_flags_noacc(StrBuf *out, uint64_t v);
int print_fd_flags(StrBuf *out, uint64_t v);
int print_poll_events(StrBuf *out, uint64_t v);
int print_epoll_events(StrBuf *out, uint64_t v);
int print_sa_flags(StrBuf *out, uint64_t v);
int print_sigprocmask_how(StrBuf *out, uint64_t v);
int print_clone_flags(StrBuf *out, uint64_t v);
int print_socket_protocol(StrBuf *out, uint64_t family, uint64_t v);
int print_sockopt_name(StrBuf *out, uint64_t level, uint64_t v);
int print_cmsg_level(StrBuf *out, uint64_t v);
int print_ioctl_cmd(StrBuf *out, uint64_t v);
int print_ioctl_int_arg(StrBuf *out, uint64_t cmd, uint64_t v);
int print_futex_op(StrBuf *out, uint64_t v);
int print_futex_wake_op(StrBuf *out, uint64_t v);
int print_futex_bitset(StrBuf *out, uint64_t v);
int print_fcntl_cmd(StrBuf *out, uint64_t v);
int print_fcntl_seals(StrBuf *out, uint64_t v);
int print_fcntl_lease(StrBuf *out, uint64_t v);
int print_dnotify_flags(StrBuf *out, uint64_t v);
int print_prctl_option(StrBuf *out, uint64_t v);
int print_capability(StrBuf *out, uint64_t v);
int print_secbits(StrBuf *out, uint64_t v);
int print_personality(StrBuf *out, uint64_t v);
int print_sched_policy(StrBuf *out, uint64_t v);
int print_ptrace_options(StrBuf *out, uint64_t v);
int print_clock_id(StrBuf *out, uint64_t v);
int print_seccomp_filter_flags(StrBuf *out, uint64_t v);
int print_membarrier_cmds(StrBuf *out, uint64_t v);
int print_membarrier_flags(StrBuf *out, uint64_t v);
int print_ioprio(StrBuf *out, uint64_t v);
int print_makedev(StrBuf *out, uint64_t v);
int print_key_serial(StrBuf *out, uint64_t v);
int print_key_perm(StrBuf *out, uint64_t v);
int print_spec_ctrl_which(StrBuf *out, uint64_t v);
int print_spec_ctrl_flags(StrBuf *out, uint64_t v);
int print_mce_kill_policy(StrBuf *out, uint64_t v);
int print_syslog_action(StrBuf *out, uint64_t v);
int print_loglevel(StrBuf *out, uint64_t v);

typedef enum IoctlArg {
        IOCTL_ARG_HEX,      /* unknown command: the raw argument */
        IOCTL_ARG_PTR,      /* a pointer to a structure or a number */
        IOCTL_ARG_INT,      /* the argument is a number */
        IOCTL_ARG_NONE,     /* no argument */
} IoctlArg;

/* How strace shows the third argument of ioctl(fd, cmd, ...). */
IoctlArg ioctl_arg_kind(uint64_t cmd);

#define ELEMENTSOF(x) (sizeof(x) / sizeof((x)[0]))
