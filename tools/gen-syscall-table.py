#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""
Generate src/decode/syscalls-<arch>.h: the syscall table of one architecture,
which drives both the BPF capture rules and the decoder.

Usage (tracefs mounted at /tmp/tracefs, as the project's tools expect):
    mount -t tracefs nodev /tmp/tracefs          # if not mounted yet
    tools/gen-syscall-table.py --arch x86_64 /tmp/tracefs > src/decode/syscalls-x86_64.h
    tools/gen-syscall-table.py --arch aarch64 /tmp/tracefs > src/decode/syscalls-aarch64.h

The compat (32-bit) table of an architecture, names and argument counts only
(compat syscalls are recorded without captures and printed in hex):
    tools/gen-syscall-table.py --compat i386 /tmp/tracefs > src/decode/syscalls-i386.h

The older form, with the x86_64 header given explicitly, still works:
    tools/gen-syscall-table.py /usr/include/x86_64-linux-gnu/asm/unistd_64.h /tmp/tracefs
and --unistd PATH overrides an architecture's header.

Numbers and names come from the architecture's uapi header, described in
ARCHES below (every __NR_* there gets an entry):
  x86_64   /usr/include/x86_64-linux-gnu/asm/unistd_64.h (linux-libc-dev), plain
           #defines read directly;
  aarch64  /usr/aarch64-linux-gnu/include/asm/unistd.h (linux-libc-dev-arm64-cross),
           which is asm-generic/unistd.h under arm64's __ARCH_WANT_* defines: it is
           evaluated with `cpp -dM -undef -nostdinc` (so none of the host's macros
           leak in; asm/bitsperlong.h gives __BITS_PER_LONG=64), then every __NR_*
           is expanded by a second cpp pass and its arithmetic evaluated here.
Printed names are strace's: an architecture's STRACE_NAMES maps a uapi name
to the name strace prints where the two differ (tests/unit/test-strace-names
checks the x86_64 table against the real strace).

Argument count, names and C types come from the tracefs format files of the
running kernel (events/syscalls/sys_enter_*/format); the SYSCALL_DEFINE names
are the same on every architecture, so this x86_64 machine's tracefs serves
aarch64 too, except where an architecture declares a syscall differently
(ARCH_SIGNATURES). Syscalls without a tracepoint here (compiled out, or
obsolete) take their signature from SIGNATURES below; rt_sigreturn's, a
pseudo-argument for the mask it finds on the stack, from STACK_SIGNATURES
(its offset per architecture: ARCH_SIZES). From name and type an
argument kind is inferred (ARG_* in src/decode/syscall-table.h); what the type
cannot tell lives in OVERRIDES.
"""

import argparse
import os
import re
import subprocess
import sys

# Syscalls the running kernel has no sys_enter tracepoint for:
# name -> [(c type, arg name), ...]
SIGNATURES = {
    'sendfile': [('int', 'out_fd'), ('int', 'in_fd'), ('loff_t *', 'offset'), ('size_t', 'count')],
    'uselib': [('const char *', 'library')],
    '_sysctl': [('struct __sysctl_args *', 'args')],
    'umount2': [('char *', 'name'), ('int', 'flags')],
    'create_module': [('const char *', 'name'), ('size_t', 'size')],
    'init_module': [('void *', 'umod'), ('unsigned long', 'len'), ('const char *', 'uargs')],
    'delete_module': [('const char *', 'name_user'), ('unsigned int', 'flags')],
    'get_kernel_syms': [('void *', 'table')],
    'query_module': [('const char *', 'name'), ('int', 'which'), ('void *', 'buf'),
                     ('size_t', 'bufsize'), ('size_t *', 'ret')],
    'nfsservctl': [('int', 'cmd'), ('void *', 'argp'), ('void *', 'resp')],
    'getpmsg': [('int', 'fd'), ('void *', 'ctlptr'), ('void *', 'dataptr'),
                ('int *', 'bandp'), ('int *', 'flagsp')],
    'putpmsg': [('int', 'fd'), ('const void *', 'ctlptr'), ('const void *', 'dataptr'),
                ('int', 'band'), ('int', 'flags')],
    'afs_syscall': None,   # unimplemented: print as unknown argument count
    'tuxcall': None,
    'security': None,
    'vserver': None,
    'set_thread_area': [('struct user_desc *', 'u_info')],
    'get_thread_area': [('struct user_desc *', 'u_info')],
    'lookup_dcookie': [('u64', 'cookie64'), ('char *', 'buf'), ('size_t', 'len')],
    'epoll_ctl_old': None,
    'epoll_wait_old': None,
    'kexec_load': [('unsigned long', 'entry'), ('unsigned long', 'nr_segments'),
                   ('struct kexec_segment *', 'segments'), ('unsigned long', 'flags')],
    'finit_module': [('int', 'fd'), ('const char *', 'uargs'), ('int', 'flags')],
    'kexec_file_load': [('int', 'kernel_fd'), ('int', 'initrd_fd'), ('unsigned long', 'cmdline_len'),
                        ('const char *', 'cmdline_ptr'), ('unsigned long', 'flags')],
}

# Syscalls that take something from the user stack rather than through an
# argument, shown by strace as if it were one: a pseudo-argument stands for it
# (same form as SIGNATURES, on every architecture). The recorder puts its
# address in the argument's place (TL_CAP_STACK_ENTER, recorder-abi.h).
STACK_SIGNATURES = {
    # The signal mask the handler's return restores, in the signal frame.
    'rt_sigreturn': [('sigset_t *', 'mask')],
}

# tracepoint names that differ from the syscall name
EVENT_ALIASES = {
    'stat': 'newstat', 'lstat': 'newlstat', 'fstat': 'newfstat',
    'newfstatat': 'newfstatat', 'uname': 'newuname', 'umount2': 'umount',
    'sendfile': 'sendfile64',
}

# The architectures a table can be made for.
#   unistd:       the uapi header with the syscall numbers (a package's file,
#                 see tools/setup.sh);
#   include:      None: the header is plain "#define __NR_x N" lines, read as
#                 text; otherwise the include directory that cpp evaluates the
#                 header in (asm-generic/unistd.h style headers);
#   strace_names: uapi name -> the name strace prints, where they differ;
#   signatures:   signatures this architecture declares differently from the
#                 x86_64 kernel whose tracefs we read (same form as SIGNATURES).
ARCHES = {
    'x86_64': {
        'unistd': '/usr/include/x86_64-linux-gnu/asm/unistd_64.h',
        'include': None,
        'strace_names': {},
        'signatures': {},
    },
    'aarch64': {
        'unistd': '/usr/aarch64-linux-gnu/include/asm/unistd.h',
        'include': '/usr/aarch64-linux-gnu/include',
        'strace_names': {},
        'signatures': {
            # CONFIG_CLONE_BACKWARDS: tls comes before child_tidptr (x86_64
            # has them the other way round), as strace's clone decoder knows.
            'clone': [('unsigned long', 'clone_flags'), ('unsigned long', 'newsp'),
                      ('int *', 'parent_tidptr'), ('unsigned long', 'tls'),
                      ('int *', 'child_tidptr')],
        },
    },
}

# Compat ABIs whose names (and argument counts) the decoder knows: the
# 32-bit syscalls of a 64-bit kernel (TL_RECORD_COMPAT records). Argument
# counts come from the tracefs format of the syscall of the same name (the
# compat entry points have no tracepoints of their own), except for nargs,
# where the 32-bit ABI's call of that name takes other arguments.
COMPAT_ARCHES = {
    'i386': {
        'unistd': '/usr/include/x86_64-linux-gnu/asm/unistd_32.h',
        'strace_names': {},
        'nargs': {
            'mmap': 1,          # old_mmap: a struct mmap_arg_struct *
            'select': 1,        # old_select: a struct sel_arg_struct *
            'sigreturn': 0,
            'rt_sigreturn': 0,
            # i386 only, no tracepoint of that name
            'waitpid': 3, 'socketcall': 2, 'ipc': 6, '_llseek': 5, '_newselect': 5,
            'mmap2': 6, 'stat64': 2, 'lstat64': 2, 'fstat64': 2, 'sigaction': 3,
            'sigprocmask': 3, 'sigpending': 1, 'sigsuspend': 1, 'ugetrlimit': 2,
            'truncate64': 3, 'ftruncate64': 3, 'olduname': 1, 'oldolduname': 1,
        },
    },
}

# Hand-maintained: (syscall, arg name) -> kind, or (syscall, arg name) -> (kind, size arg name)
OVERRIDES = {
    ('open', 'flags'): 'ARG_OPEN_FLAGS',
    ('openat', 'flags'): 'ARG_OPEN_FLAGS',
    ('mq_open', 'oflag'): 'ARG_OPEN_FLAGS',
    ('write', 'buf'): ('ARG_BUF_IN', 'count'),
    ('pwrite64', 'buf'): ('ARG_BUF_IN', 'count'),
    ('sendto', 'buff'): ('ARG_BUF_IN', 'len'),
    ('read', 'buf'): 'ARG_BUF_OUT',
    ('getrandom', 'ubuf'): 'ARG_BUF_OUT_HEX',
    ('pread64', 'buf'): 'ARG_BUF_OUT',
    ('recvfrom', 'ubuf'): 'ARG_BUF_OUT',
    ('getcwd', 'buf'): 'ARG_PATH_OUT',
    ('readlink', 'buf'): 'ARG_BUF_OUT',
    ('readlinkat', 'buf'): 'ARG_BUF_OUT',
    ('setxattr', 'value'): ('ARG_BUF_IN', 'size'),
    ('lsetxattr', 'value'): ('ARG_BUF_IN', 'size'),
    ('fsetxattr', 'value'): ('ARG_BUF_IN', 'size'),
    ('getxattr', 'value'): 'ARG_BUF_OUT',
    ('lgetxattr', 'value'): 'ARG_BUF_OUT',
    ('fgetxattr', 'value'): 'ARG_BUF_OUT',
    ('mmap', 'fd'): 'ARG_FD',
    ('mmap', 'addr'): 'ARG_PTR',
    ('mmap', 'prot'): 'ARG_MMAP_PROT',
    ('mprotect', 'prot'): 'ARG_MMAP_PROT',
    ('pkey_mprotect', 'prot'): 'ARG_MMAP_PROT',
    ('mmap', 'flags'): 'ARG_MMAP_FLAGS',
    ('mmap', 'off'): 'ARG_HEX',
    ('munmap', 'addr'): 'ARG_PTR',
    ('mprotect', 'start'): 'ARG_PTR',
    ('brk', 'brk'): 'ARG_PTR',
    ('timer_create', 'timer_event_spec'): 'ARG_PTR',  # a struct sigevent the caller gives
    ('mount', 'dev_name'): 'ARG_STR',
    ('mount', 'dir_name'): 'ARG_PATH',
    ('mount', 'type'): 'ARG_STR',
    ('umount2', 'name'): 'ARG_PATH',
    ('chdir', 'filename'): 'ARG_PATH',
    ('chroot', 'filename'): 'ARG_PATH',
    ('pivot_root', 'new_root'): 'ARG_PATH',
    ('pivot_root', 'put_old'): 'ARG_PATH',
    ('acct', 'name'): 'ARG_PATH',
    # Q_QUOTAON's quota file; the other commands' addr is printed as a pointer
    # (quotactl's special printer), the string capture is then unused.
    ('quotactl', 'addr'): 'ARG_PATH',
    ('quotactl_fd', 'addr'): 'ARG_PATH',
    ('memfd_create', 'uname'): 'ARG_STR',
    ('kill', 'sig'): 'ARG_SIGNAL',
    ('tkill', 'sig'): 'ARG_SIGNAL',
    ('tgkill', 'sig'): 'ARG_SIGNAL',
    ('rt_sigaction', 'sig'): 'ARG_SIGNAL',
    ('rt_sigqueueinfo', 'sig'): 'ARG_SIGNAL',
    ('rt_tgsigqueueinfo', 'sig'): 'ARG_SIGNAL',
    ('pidfd_send_signal', 'sig'): 'ARG_SIGNAL',
    ('faccessat', 'mode'): 'ARG_ACCESS_MODE',
    ('faccessat2', 'mode'): 'ARG_ACCESS_MODE',
    ('access', 'mode'): 'ARG_ACCESS_MODE',
    ('newfstatat', 'flag'): 'ARG_AT_FLAGS',
    ('statx', 'flags'): 'ARG_AT_FLAGS',
    ('fchownat', 'flag'): 'ARG_AT_FLAGS',
    ('fchmodat2', 'flags'): 'ARG_AT_FLAGS',
    ('linkat', 'flags'): 'ARG_AT_FLAGS',
    ('unlinkat', 'flag'): 'ARG_AT_FLAGS',
    ('utimensat', 'flags'): 'ARG_AT_FLAGS',
    ('faccessat2', 'flags'): 'ARG_AT_FLAGS',
    ('execveat', 'flags'): 'ARG_AT_FLAGS',
    ('name_to_handle_at', 'flag'): 'ARG_AT_FLAGS',
    ('lseek', 'whence'): 'ARG_SEEK_WHENCE',
    ('exit', 'error_code'): 'ARG_INT',
    ('exit_group', 'error_code'): 'ARG_INT',
}

# Arguments printed as structures (struct stat, sockaddr, iovec, ...): same form as OVERRIDES.
STRUCT_OVERRIDES = {
    ('stat', 'statbuf'): 'ARG_STAT',
    ('fstat', 'statbuf'): 'ARG_STAT',
    ('lstat', 'statbuf'): 'ARG_STAT',
    ('newfstatat', 'statbuf'): 'ARG_STAT',
    ('statx', 'buffer'): 'ARG_STATX',
    ('execve', 'argv'): 'ARG_ARGV',
    ('execve', 'envp'): 'ARG_ENVP',
    ('execveat', 'argv'): 'ARG_ARGV',
    ('execveat', 'envp'): 'ARG_ENVP',
    ('connect', 'uservaddr'): ('ARG_SOCKADDR', 'addrlen'),
    ('bind', 'umyaddr'): ('ARG_SOCKADDR', 'addrlen'),
    ('sendto', 'addr'): ('ARG_SOCKADDR', 'addr_len'),
    ('accept', 'upeer_sockaddr'): ('ARG_SOCKADDR_OUT', 'upeer_addrlen'),
    ('accept', 'upeer_addrlen'): 'ARG_SOCKLEN_INOUT',
    ('accept4', 'upeer_sockaddr'): ('ARG_SOCKADDR_OUT', 'upeer_addrlen'),
    ('accept4', 'upeer_addrlen'): 'ARG_SOCKLEN_INOUT',
    ('getsockname', 'usockaddr'): ('ARG_SOCKADDR_OUT', 'usockaddr_len'),
    ('getsockname', 'usockaddr_len'): 'ARG_SOCKLEN_INOUT',
    ('getpeername', 'usockaddr'): ('ARG_SOCKADDR_OUT', 'usockaddr_len'),
    ('getpeername', 'usockaddr_len'): 'ARG_SOCKLEN_INOUT',
    ('recvfrom', 'addr'): ('ARG_SOCKADDR_OUT', 'addr_len'),
    ('recvfrom', 'addr_len'): 'ARG_SOCKLEN_INOUT',
    ('pipe', 'fildes'): 'ARG_FD_PAIR',
    ('pipe2', 'fildes'): 'ARG_FD_PAIR',
    ('socketpair', 'usockvec'): 'ARG_FD_PAIR',
    ('wait4', 'stat_addr'): 'ARG_WAIT_STATUS',
    ('nanosleep', 'rqtp'): 'ARG_TIMESPEC',
    ('nanosleep', 'rmtp'): 'ARG_TIMESPEC_REM',
    ('clock_nanosleep', 'rqtp'): 'ARG_TIMESPEC',
    ('clock_nanosleep', 'rmtp'): 'ARG_TIMESPEC_REM',
    ('clock_gettime', 'tp'): 'ARG_TIMESPEC_OUT',
    ('clock_getres', 'tp'): 'ARG_TIMESPEC_OUT',
    ('clock_settime', 'tp'): 'ARG_TIMESPEC',
    ('getrlimit', 'rlim'): 'ARG_RLIM_OUT',
    ('setrlimit', 'rlim'): 'ARG_RLIM',
    ('prlimit64', 'new_rlim'): 'ARG_RLIM',
    ('prlimit64', 'old_rlim'): 'ARG_RLIM_OUT',
    ('uname', 'name'): 'ARG_UTSNAME',
    ('sysinfo', 'info'): 'ARG_SYSINFO',
    ('rt_sigprocmask', 'nset'): 'ARG_SIGSET',
    ('rt_sigprocmask', 'oset'): 'ARG_SIGSET_OUT',
    ('rt_sigaction', 'act'): 'ARG_SIGACTION',
    ('rt_sigaction', 'oact'): 'ARG_SIGACTION_OUT',
    ('epoll_ctl', 'event'): 'ARG_EPOLL_EVENT',
    ('vmsplice', 'uiov'): ('ARG_IOVEC', 'nr_segs'),
    ('sendmsg', 'msg'): 'ARG_MSGHDR',
    ('recvmsg', 'msg'): 'ARG_MSGHDR_OUT',
    ('signalfd', 'user_mask'): 'ARG_SIGSET',
    ('signalfd4', 'user_mask'): 'ARG_SIGSET',
    ('rt_sigpending', 'uset'): 'ARG_SIGSET_OUT',
    ('rt_sigsuspend', 'unewset'): 'ARG_SIGSET',
    ('rt_sigtimedwait', 'uthese'): 'ARG_SIGSET',
    ('rt_sigtimedwait', 'uts'): 'ARG_TIMESPEC',
    ('poll', 'ufds'): ('ARG_POLLFD', 'nfds'),
    ('ppoll', 'ufds'): ('ARG_POLLFD', 'nfds'),
    ('ppoll', 'tsp'): 'ARG_PPOLL_TIMESPEC',
    ('select', 'inp'): ('ARG_FDSET', 'n'),
    ('select', 'outp'): ('ARG_FDSET', 'n'),
    ('select', 'exp'): ('ARG_FDSET', 'n'),
    ('select', 'tvp'): 'ARG_SELECT_TIMEVAL',
    ('pselect6', 'inp'): ('ARG_FDSET', 'n'),
    ('pselect6', 'outp'): ('ARG_FDSET', 'n'),
    ('pselect6', 'exp'): ('ARG_FDSET', 'n'),
    ('pselect6', 'tsp'): 'ARG_PSELECT_TIMESPEC',
    ('pselect6', 'sig'): 'ARG_PTR',  # an input: shown with the arguments at enter
    ('writev', 'vec'): ('ARG_IOVEC', 'vlen'),
    ('pwritev', 'vec'): ('ARG_IOVEC', 'vlen'),
    ('pwritev2', 'vec'): ('ARG_IOVEC', 'vlen'),
    ('readv', 'vec'): ('ARG_IOVEC_OUT', 'vlen'),
    ('preadv', 'vec'): ('ARG_IOVEC_OUT', 'vlen'),
    ('preadv2', 'vec'): ('ARG_IOVEC_OUT', 'vlen'),
    ('epoll_wait', 'events'): 'ARG_EPOLL_EVENTS_OUT',
    ('epoll_pwait', 'events'): 'ARG_EPOLL_EVENTS_OUT',
    ('epoll_pwait2', 'events'): 'ARG_EPOLL_EVENTS_OUT',
    ('gettimeofday', 'tv'): 'ARG_TIMEVAL_OUT',
    ('settimeofday', 'tv'): 'ARG_TIMEVAL',
    ('utimes', 'utimes'): 'ARG_UTIMES',
    ('futimesat', 'utimes'): 'ARG_UTIMES',
    ('getitimer', 'value'): 'ARG_ITIMERVAL_OUT',
    ('setitimer', 'value'): 'ARG_ITIMERVAL',
    ('setitimer', 'ovalue'): 'ARG_ITIMERVAL_OUT',
    ('timer_settime', 'new_setting'): 'ARG_ITIMERSPEC',
    ('timer_settime', 'old_setting'): 'ARG_ITIMERSPEC_OUT',
    ('timer_gettime', 'setting'): 'ARG_ITIMERSPEC_OUT',
    ('timerfd_settime', 'utmr'): 'ARG_ITIMERSPEC',
    ('timerfd_settime', 'otmr'): 'ARG_ITIMERSPEC_OUT',
    ('timerfd_gettime', 'otmr'): 'ARG_ITIMERSPEC_OUT',
    ('timer_create', 'created_timer_id'): 'ARG_TIMER_ID_OUT',
    ('time', 'tloc'): 'ARG_TIME_OUT',
    ('getrusage', 'ru'): 'ARG_RUSAGE_OUT',
    ('wait4', 'ru'): 'ARG_RUSAGE_OUT',
    ('waitid', 'ru'): 'ARG_RUSAGE_OUT',
    ('utimensat', 'utimes'): 'ARG_UTIMENS',
    ('utime', 'times'): 'ARG_UTIMBUF',
    ('gettimeofday', 'tz'): 'ARG_TIMEZONE_OUT',
    ('settimeofday', 'tz'): 'ARG_TIMEZONE',
    ('times', 'tbuf'): 'ARG_TMS_OUT',
    ('sched_rr_get_interval', 'interval'): 'ARG_TIMESPEC_OUT',
    ('epoll_pwait2', 'timeout'): 'ARG_TIMESPEC',
    ('mq_timedsend', 'u_abs_timeout'): 'ARG_TIMESPEC',
    ('mq_timedreceive', 'u_abs_timeout'): 'ARG_TIMESPEC',
    ('semtimedop', 'timeout'): 'ARG_TIMESPEC',
    ('futex', 'utime'): 'ARG_TIMESPEC',  # a count for some operations: format-special.c
    ('getresuid', 'ruidp'): 'ARG_UID_OUT',
    ('getresuid', 'euidp'): 'ARG_UID_OUT',
    ('getresuid', 'suidp'): 'ARG_UID_OUT',
    ('getresgid', 'rgidp'): 'ARG_UID_OUT',
    ('getresgid', 'egidp'): 'ARG_UID_OUT',
    ('getresgid', 'sgidp'): 'ARG_UID_OUT',
    ('sendfile', 'offset'): 'ARG_LOFF_INOUT',
    ('get_robust_list', 'head_ptr'): 'ARG_ADDR_OUT',
    ('get_robust_list', 'len_ptr'): 'ARG_ULONG_OUT',
    ('splice', 'off_in'): 'ARG_LOFF',
    ('splice', 'off_out'): 'ARG_LOFF',
    ('copy_file_range', 'off_in'): 'ARG_LOFF',
    ('copy_file_range', 'off_out'): 'ARG_LOFF',
    ('setsockopt', 'optval'): ('ARG_SOCKOPT', 'optlen'),
    ('getsockopt', 'optval'): ('ARG_SOCKOPT_OUT', 'optlen'),
    ('getsockopt', 'optlen'): 'ARG_SOCKLEN_INOUT',
    ('getdents', 'dirent'): 'ARG_DIRENTS_OUT',
    ('getdents64', 'dirent'): 'ARG_DIRENTS_OUT',
    ('sched_setaffinity', 'user_mask_ptr'): ('ARG_CPUSET', 'len'),
    ('sched_getaffinity', 'user_mask_ptr'): 'ARG_CPUSET_OUT',
    ('sigaltstack', 'uss'): 'ARG_STACK',
    ('sigaltstack', 'uoss'): 'ARG_STACK_OUT',
    ('mincore', 'vec'): 'ARG_MINCORE_VEC',
    ('rt_sigqueueinfo', 'uinfo'): 'ARG_SIGINFO',
    ('rt_tgsigqueueinfo', 'uinfo'): 'ARG_SIGINFO',
    ('waitid', 'infop'): 'ARG_SIGINFO_OUT',
    ('adjtimex', 'txc_p'): 'ARG_TIMEX_OUT',
    ('clock_adjtime', 'utx'): 'ARG_TIMEX_OUT',
    ('rt_sigreturn', 'mask'): 'ARG_SIGRETURN_MASK',
}

# How each structure kind is captured: (TL_CAP_* kind, bytes[, unit]), or
# for a stack capture (TL_CAP_STACK_ENTER, bytes, unit, offset) or a field of
# the struct (TL_CAP_STRUCT_ENTER, bytes, unit, offset). The sizes are
# what the printer reads (strace's abbreviated forms), not the whole struct:
# every byte kept here is a byte less for the other captures of the record.
# Sizes of at most 4 are kept inline in the capture (recorder-abi.h).
STRUCT_CAPTURES = {
    'ARG_STAT': ('TL_CAP_STRUCT_EXIT', 64),       # struct stat up to st_size (x86_64 layout)
    'ARG_STATX': ('TL_CAP_STRUCT_EXIT', 48),      # struct statx up to stx_size
    'ARG_ARGV': ('TL_CAP_ARGV_ENTER', 256),       # bytes per string
    'ARG_ENVP': ('TL_CAP_ARGV_ENTER', 0),         # the count only
    'ARG_SOCKADDR': ('TL_CAP_STRUCT_ENTER', 128), # sizeof(struct sockaddr_storage), length from size arg
    'ARG_SOCKADDR_OUT': ('TL_CAP_STRUCT_EXIT', 128),
    'ARG_SOCKLEN_INOUT': ('TL_CAP_STRUCT_ENTER', 4),
    'ARG_FD_PAIR': ('TL_CAP_STRUCT_EXIT', 8),
    'ARG_WAIT_STATUS': ('TL_CAP_STRUCT_EXIT', 4),
    'ARG_TIMESPEC': ('TL_CAP_STRUCT_ENTER', 16),
    'ARG_TIMESPEC_OUT': ('TL_CAP_STRUCT_EXIT', 16),
    'ARG_RLIM': ('TL_CAP_STRUCT_ENTER', 16),
    'ARG_RLIM_OUT': ('TL_CAP_STRUCT_EXIT', 16),
    'ARG_UTSNAME': ('TL_CAP_STRUCT_EXIT', 130),   # sysname, nodename: strace prints those two
    'ARG_SYSINFO': ('TL_CAP_STRUCT_EXIT', 112),
    'ARG_SIGSET': ('TL_CAP_STRUCT_ENTER', 8),
    'ARG_SIGSET_OUT': ('TL_CAP_STRUCT_EXIT', 8),
    'ARG_SIGACTION': ('TL_CAP_STRUCT_ENTER', 32),
    'ARG_SIGACTION_OUT': ('TL_CAP_STRUCT_EXIT', 32),
    'ARG_EPOLL_EVENT': ('TL_CAP_STRUCT_ENTER', 'epoll_event'),
    'ARG_IOVEC': ('TL_CAP_IOVEC_ENTER', 64),     # bytes kept per entry
    # The fds and events at enter, the revents at exit (after the return value).
    'ARG_POLLFD': [('TL_CAP_ARRAY_ENTER', 256, 8), ('TL_CAP_ARRAY_EXIT', 256, 8)],
    # The timeout at enter, what is left of it at exit.
    'ARG_PPOLL_TIMESPEC': [('TL_CAP_STRUCT_ENTER', 16), ('TL_CAP_STRUCT_EXIT', 16)],
    # select's sets (at most 1024 fds, as many as nfds says) and timeout:
    # the arguments at enter, "(in [...], left {...})" from the exit copy.
    'ARG_FDSET': ('TL_CAP_STRUCT_BOTH', 128, 8),
    'ARG_SELECT_TIMEVAL': ('TL_CAP_STRUCT_BOTH', 16),
    'ARG_PSELECT_TIMESPEC': ('TL_CAP_STRUCT_BOTH', 16),
    'ARG_IOVEC_OUT': ('TL_CAP_IOVEC_EXIT', 64),
    'ARG_MSGHDR': ('TL_CAP_MSGHDR_ENTER', 64),  # bytes kept per iovec entry
    # recvmsg: what the kernel left at exit, and msg_namelen as it was given
    # ("msg_namelen=110 => 16"), inline, read at enter rule.offset bytes in.
    'ARG_MSGHDR_OUT': [('TL_CAP_MSGHDR_EXIT', 64), ('TL_CAP_STRUCT_ENTER', 4, 0, 'msghdr_namelen')],
    'ARG_EPOLL_EVENTS_OUT': ('TL_CAP_BUF_EXIT', 'epoll_event'),  # size: bytes per returned event
    'ARG_TIMEVAL': ('TL_CAP_STRUCT_ENTER', 16),
    'ARG_TIMEVAL_OUT': ('TL_CAP_STRUCT_EXIT', 16),
    'ARG_UTIMES': ('TL_CAP_STRUCT_ENTER', 32),      # struct timeval[2]
    'ARG_ITIMERVAL': ('TL_CAP_STRUCT_ENTER', 32),
    'ARG_ITIMERVAL_OUT': ('TL_CAP_STRUCT_EXIT', 32),
    'ARG_ITIMERSPEC': ('TL_CAP_STRUCT_ENTER', 32),
    'ARG_ITIMERSPEC_OUT': ('TL_CAP_STRUCT_EXIT', 32),
    'ARG_TIMER_ID_OUT': ('TL_CAP_STRUCT_EXIT', 4),  # timer_t, inline
    'ARG_TIME_OUT': ('TL_CAP_STRUCT_EXIT', 8),      # __kernel_old_time_t
    'ARG_RUSAGE_OUT': ('TL_CAP_STRUCT_EXIT', 32),   # ru_utime, ru_stime: strace prints those two
    'ARG_TIMESPEC_REM': ('TL_CAP_STRUCT_EXIT', 16), # taken when interrupted too (recorder-abi.h)
    'ARG_TIMEZONE': ('TL_CAP_STRUCT_ENTER', 8),
    'ARG_TIMEZONE_OUT': ('TL_CAP_STRUCT_EXIT', 8),
    'ARG_TMS_OUT': ('TL_CAP_STRUCT_EXIT', 32),
    'ARG_UTIMENS': ('TL_CAP_STRUCT_ENTER', 32),     # struct __kernel_timespec[2]
    'ARG_UTIMBUF': ('TL_CAP_STRUCT_ENTER', 16),
    'ARG_INT_OUT': ('TL_CAP_STRUCT_EXIT', 4),
    'ARG_ADDR_OUT': ('TL_CAP_STRUCT_EXIT', 8),
    'ARG_ULONG_OUT': ('TL_CAP_STRUCT_EXIT', 8),
    'ARG_UID_OUT': ('TL_CAP_STRUCT_EXIT', 4),
    'ARG_LOFF': ('TL_CAP_STRUCT_ENTER', 8),
    # The offset at enter, where the kernel left it at exit.
    'ARG_LOFF_INOUT': [('TL_CAP_STRUCT_ENTER', 8), ('TL_CAP_STRUCT_EXIT', 8)],
    # Socket option values: the int ones (format-special.c picks which), length from optlen.
    'ARG_SOCKOPT': ('TL_CAP_STRUCT_ENTER', 4),
    'ARG_SOCKOPT_OUT': ('TL_CAP_STRUCT_EXIT', 4),
    # The records the kernel wrote, to count them: as many bytes as fit.
    'ARG_DIRENTS_OUT': ('TL_CAP_BUF_EXIT', 0),
    # CPU masks: the len bytes given (1024 CPUs at most), the bytes the kernel returned.
    'ARG_CPUSET': ('TL_CAP_STRUCT_ENTER', 128),
    'ARG_CPUSET_OUT': ('TL_CAP_BUF_EXIT', 0),
    'ARG_STACK': ('TL_CAP_STRUCT_ENTER', 24),   # stack_t
    'ARG_STACK_OUT': ('TL_CAP_STRUCT_EXIT', 24),
    # The first pages' bytes: strace shows 32 (its -s) then "...".
    'ARG_MINCORE_VEC': ('TL_CAP_STRUCT_EXIT', 32),
    'ARG_SIGINFO': ('TL_CAP_STRUCT_ENTER', 48),  # siginfo_t up to SIGCHLD's si_stime
    'ARG_SIGINFO_OUT': ('TL_CAP_STRUCT_EXIT', 48),
    'ARG_TIMEX_OUT': ('TL_CAP_STRUCT_EXIT', 168),  # struct __kernel_timex up to tai (208 bytes in all)
    # sigset_t at the stack pointer + the offset of uc.uc_sigmask in the frame.
    'ARG_SIGRETURN_MASK': ('TL_CAP_STACK_ENTER', 8, 0, 'rt_sigframe_mask'),
}

# Captures of arguments whose printed form a special printer picks at decode
# time (format-special.c): the kind stays the table's, the bytes are there if
# the form needs them. ioctl: the int FIONREAD writes back; prctl: the name
# PR_GET_NAME writes back.
EXTRA_CAPTURES = {
    ('ioctl', 'arg'): ('TL_CAP_STRUCT_EXIT', 4),
    ('prctl', 'arg2'): ('TL_CAP_STRUCT_EXIT', 16),  # PR_GET_NAME's TASK_COMM_LEN bytes
    ('quotactl', 'addr'): ('TL_CAP_STRUCT_ENTER', 4),  # Q_XQUOTAON's flags, besides Q_QUOTAON's path
    ('quotactl_fd', 'addr'): ('TL_CAP_STRUCT_ENTER', 4),
}

# Sizes and offsets that differ between architectures, named in STRUCT_CAPTURES.
#   epoll_event:      packed on x86_64.
#   msghdr_namelen:   offsetof(struct user_msghdr, msg_namelen).
#   rt_sigframe_mask: where rt_sigreturn finds the saved mask, from the user
#     stack pointer at its entry (arch/*/kernel/signal.c). x86_64: the frame
#     is {pretcode; struct ucontext uc; siginfo}, the handler's ret popped
#     pretcode so the frame starts at sp - 8, uc_sigmask is at 8 + 296.
#     aarch64: the frame is {siginfo (128 bytes); struct ucontext uc} at sp,
#     uc_sigmask is at 128 + 40.
ARCH_SIZES = {
    'x86_64': {'epoll_event': 12, 'rt_sigframe_mask': 296, 'msghdr_namelen': 8},
    'aarch64': {'epoll_event': 16, 'rt_sigframe_mask': 168, 'msghdr_namelen': 8},
}
ARCH = 'x86_64'

# Arguments printed as named constants or flag sets (CLONE_*, F_*, AF_*, ...): same form as OVERRIDES.
# Arguments whose form depends on another one (futex, fcntl, ioctl, prctl,
# clone, socket protocols, socket option names) are finished by the special
# printers of src/decode/format-special.c; the kinds here are their defaults.
FLAG_OVERRIDES = {
    ('madvise', 'behavior'): 'ARG_MADVISE',
    ('madvise', 'start'): 'ARG_PTR',
    ('clone', 'clone_flags'): 'ARG_CLONE_FLAGS',
    ('clone', 'newsp'): 'ARG_PTR',
    ('clone', 'tls'): 'ARG_HEX',
    ('unshare', 'unshare_flags'): 'ARG_UNSHARE_FLAGS',
    ('setns', 'flags'): 'ARG_SETNS_TYPE',
    ('fcntl', 'cmd'): 'ARG_FCNTL_CMD',
    ('fcntl', 'arg'): 'ARG_HEX',
    ('socket', 'family'): 'ARG_SOCK_FAMILY',
    ('socket', 'type'): 'ARG_SOCK_TYPE',
    ('socketpair', 'family'): 'ARG_SOCK_FAMILY',
    ('socketpair', 'type'): 'ARG_SOCK_TYPE',
    ('accept4', 'flags'): 'ARG_SOCK_FLAGS',
    ('setsockopt', 'level'): 'ARG_SOCK_LEVEL',
    ('getsockopt', 'level'): 'ARG_SOCK_LEVEL',
    ('sendto', 'flags'): 'ARG_MSG_FLAGS',
    ('recvfrom', 'flags'): 'ARG_MSG_FLAGS',
    ('sendmsg', 'flags'): 'ARG_MSG_FLAGS',
    ('recvmsg', 'flags'): 'ARG_MSG_FLAGS',
    ('sendmmsg', 'flags'): 'ARG_MSG_FLAGS',
    ('recvmmsg', 'flags'): 'ARG_MSG_FLAGS',
    ('shutdown', 'how'): 'ARG_SHUT_HOW',
    ('rt_sigprocmask', 'how'): 'ARG_SIGPROCMASK_HOW',
    ('ioctl', 'cmd'): 'ARG_IOCTL_CMD',
    ('ioctl', 'arg'): 'ARG_HEX',
    ('wait4', 'options'): 'ARG_WAIT_OPTIONS',
    ('waitid', 'options'): 'ARG_WAIT_OPTIONS',
    ('waitid', 'which'): 'ARG_IDTYPE',
    ('prctl', 'option'): 'ARG_PRCTL_OPTION',
    # a string for PR_SET_NAME: captured for every option (a fault for the
    # numbers), printed as one only when the option says so
    ('prctl', 'arg2'): 'ARG_STR',
    ('prctl', 'arg3'): 'ARG_HEX',
    ('prctl', 'arg4'): 'ARG_HEX',
    ('prctl', 'arg5'): 'ARG_HEX',
    ('arch_prctl', 'option'): 'ARG_ARCH_PRCTL_CODE',
    ('arch_prctl', 'arg2'): 'ARG_HEX',
    ('futex', 'uaddr'): 'ARG_PTR',
    ('futex', 'op'): 'ARG_FUTEX_OP',
    ('futex', 'uaddr2'): 'ARG_PTR',
    ('clock_gettime', 'which_clock'): 'ARG_CLOCK_ID',
    ('clock_settime', 'which_clock'): 'ARG_CLOCK_ID',
    ('clock_getres', 'which_clock'): 'ARG_CLOCK_ID',
    ('clock_adjtime', 'which_clock'): 'ARG_CLOCK_ID',
    ('clock_nanosleep', 'which_clock'): 'ARG_CLOCK_ID',
    ('clock_nanosleep', 'flags'): 'ARG_TIMER_FLAGS',
    ('timer_create', 'which_clock'): 'ARG_CLOCK_ID',
    ('timer_settime', 'flags'): 'ARG_TIMER_FLAGS',
    ('timerfd_create', 'clockid'): 'ARG_CLOCK_ID',
    ('timerfd_create', 'flags'): 'ARG_TFD_FLAGS',
    ('timerfd_settime', 'flags'): 'ARG_TFD_FLAGS',
    ('getrlimit', 'resource'): 'ARG_RLIMIT',
    ('setrlimit', 'resource'): 'ARG_RLIMIT',
    ('prlimit64', 'resource'): 'ARG_RLIMIT',
    ('epoll_ctl', 'op'): 'ARG_EPOLL_CTL_OP',
    ('epoll_create1', 'flags'): 'ARG_EPOLL_FLAGS',
    ('eventfd2', 'flags'): 'ARG_EFD_FLAGS',
    ('memfd_create', 'flags'): 'ARG_MFD_FLAGS',
    ('inotify_init1', 'flags'): 'ARG_INOTIFY_FLAGS',
    ('inotify_add_watch', 'mask'): 'ARG_INOTIFY_MASK',
    ('signalfd4', 'flags'): 'ARG_SFD_FLAGS',
    ('flock', 'cmd'): 'ARG_FLOCK_OP',
    ('getrandom', 'flags'): 'ARG_GRND_FLAGS',
    ('getpriority', 'which'): 'ARG_PRIO_WHICH',
    ('setpriority', 'which'): 'ARG_PRIO_WHICH',
    ('renameat2', 'flags'): 'ARG_RENAME_FLAGS',
    ('mount', 'flags'): 'ARG_MOUNT_FLAGS',
    ('umount2', 'flags'): 'ARG_UMOUNT_FLAGS',
    ('personality', 'personality'): 'ARG_PERSONALITY',
    ('ptrace', 'request'): 'ARG_PTRACE_REQ',
    ('ptrace', 'pid'): 'ARG_INT',
    ('ptrace', 'addr'): 'ARG_PTR',
    ('ptrace', 'data'): 'ARG_PTR',
    ('sched_setscheduler', 'policy'): 'ARG_SCHED_POLICY',
    ('sched_get_priority_max', 'policy'): 'ARG_SCHED_POLICY',
    ('sched_get_priority_min', 'policy'): 'ARG_SCHED_POLICY',
    ('mlockall', 'flags'): 'ARG_MCL_FLAGS',
    ('msync', 'flags'): 'ARG_MSYNC_FLAGS',
    ('msync', 'start'): 'ARG_PTR',
    ('mremap', 'flags'): 'ARG_MREMAP_FLAGS',
    ('mremap', 'addr'): 'ARG_PTR',
    ('mremap', 'new_addr'): 'ARG_PTR',
    ('splice', 'flags'): 'ARG_SPLICE_FLAGS',
    ('tee', 'flags'): 'ARG_SPLICE_FLAGS',
    ('vmsplice', 'flags'): 'ARG_SPLICE_FLAGS',
    ('statx', 'flags'): 'ARG_STATX_FLAGS',
    ('statx', 'mask'): 'ARG_STATX_MASK',
    ('mlock2', 'flags'): 'ARG_MLOCK2_FLAGS',
    ('mlock2', 'start'): 'ARG_PTR',
    ('pipe2', 'flags'): 'ARG_PIPE_FLAGS',
    ('dup3', 'flags'): 'ARG_PIPE_FLAGS',
    ('close_range', 'flags'): 'ARG_CLOSE_RANGE_FLAGS',
    ('fanotify_init', 'flags'): 'ARG_FAN_INIT_FLAGS',
    ('fanotify_init', 'event_f_flags'): 'ARG_OPEN_FLAGS',
    ('fanotify_mark', 'flags'): 'ARG_FAN_MARK_FLAGS',
    ('fanotify_mark', 'mask'): 'ARG_FAN_MASK',
    ('pidfd_open', 'flags'): 'ARG_PIDFD_FLAGS',
    ('umask', 'mask'): 'ARG_UMASK',
    ('getrusage', 'who'): 'ARG_RUSAGE_WHO',
    ('fadvise64', 'advice'): 'ARG_FADVICE',
    ('fallocate', 'mode'): 'ARG_FALLOC_FLAGS',
    ('setitimer', 'which'): 'ARG_ITIMER_WHICH',
    ('getitimer', 'which'): 'ARG_ITIMER_WHICH',
    ('bpf', 'cmd'): 'ARG_BPF_CMD',
    ('seccomp', 'op'): 'ARG_SECCOMP_OP',
    ('seccomp', 'flags'): 'ARG_HEX',
    ('membarrier', 'cmd'): 'ARG_MEMBARRIER_CMD',
    ('membarrier', 'flags'): 'ARG_HEX',
    ('setxattr', 'flags'): 'ARG_XATTR_FLAGS',
    ('lsetxattr', 'flags'): 'ARG_XATTR_FLAGS',
    ('fsetxattr', 'flags'): 'ARG_XATTR_FLAGS',
    ('sync_file_range', 'flags'): 'ARG_SYNC_FILE_RANGE_FLAGS',
    ('io_uring_enter', 'flags'): 'ARG_IORING_ENTER_FLAGS',
    ('userfaultfd', 'flags'): 'ARG_PIPE_FLAGS',
    ('ioprio_get', 'which'): 'ARG_IOPRIO_WHO',
    ('ioprio_set', 'which'): 'ARG_IOPRIO_WHO',
    ('ioprio_set', 'ioprio'): 'ARG_IOPRIO',
    ('inotify_rm_watch', 'wd'): 'ARG_INT',
    ('shmget', 'key'): 'ARG_IPC_KEY',
    ('semget', 'key'): 'ARG_IPC_KEY',
    ('msgget', 'key'): 'ARG_IPC_KEY',
    ('shmget', 'shmflg'): 'ARG_IPC_FLAGS',
    ('semget', 'semflg'): 'ARG_IPC_FLAGS',
    ('msgget', 'msgflg'): 'ARG_IPC_FLAGS',
    ('shmctl', 'cmd'): 'ARG_SHMCTL_CMD',
    ('semctl', 'cmd'): 'ARG_SEMCTL_CMD',
    ('msgctl', 'cmd'): 'ARG_MSGCTL_CMD',
    ('semctl', 'arg'): 'ARG_PTR',
    ('mknod', 'mode'): 'ARG_MKNOD_MODE',
    ('mknodat', 'mode'): 'ARG_MKNOD_MODE',
    ('keyctl', 'option'): 'ARG_KEYCTL_CMD',
    # the name of KEYCTL_JOIN_SESSION_KEYRING, as prctl's arg2
    ('keyctl', 'arg2'): 'ARG_STR',
    ('add_key', 'ringid'): 'ARG_KEY_SERIAL',
    ('request_key', 'destringid'): 'ARG_KEY_SERIAL',
    ('shmat', 'shmflg'): 'ARG_SHMAT_FLAGS',
    ('shmat', 'shmaddr'): 'ARG_PTR',
    ('open_by_handle_at', 'flags'): 'ARG_OPEN_FLAGS',
    ('process_madvise', 'behavior'): 'ARG_MADVISE',
    ('mbind', 'mode'): 'ARG_MPOL_MODE',
    ('mbind', 'flags'): 'ARG_MPOL_MF_FLAGS',
    ('mbind', 'start'): 'ARG_PTR',
    ('set_mempolicy', 'mode'): 'ARG_MPOL_MODE',
    ('get_mempolicy', 'flags'): 'ARG_MPOL_GET_FLAGS',
    ('get_mempolicy', 'addr'): 'ARG_PTR',
    ('kcmp', 'type'): 'ARG_KCMP_TYPE',
    ('pkey_alloc', 'init_val'): 'ARG_PKEY_RIGHTS',
    ('reboot', 'magic1'): 'ARG_REBOOT_MAGIC',
    ('reboot', 'magic2'): 'ARG_REBOOT_MAGIC',
    ('reboot', 'cmd'): 'ARG_REBOOT_CMD',
    # the command line of LINUX_REBOOT_CMD_RESTART2
    ('reboot', 'arg'): 'ARG_STR',
    ('rseq', 'rseq_len'): 'ARG_HEX',
    ('rseq', 'sig'): 'ARG_HEX',
}

OVERRIDES.update(STRUCT_OVERRIDES)
OVERRIDES.update(FLAG_OVERRIDES)

# Return value printed in hex (an address, never an error in -4095..-1 sense).
RET_ADDR = {'mmap', 'brk', 'mremap', 'shmat'}
# Never returns.
RET_NONE = {'exit', 'exit_group'}

FD_NAMES = {'fd', 'fildes', 'oldfd', 'newfd', 'ufd', 'epfd', 'pidfd', 'fd_in', 'fd_out',
            'out_fd', 'in_fd', 'fdin', 'fdout', 'kernel_fd', 'initrd_fd', 'mqdes',
            'tree_fd', 'from_fd', 'to_fd', 'fs_fd', 'mnt_fd'}
DIRFD_NAMES = {'dfd', 'olddfd', 'newdfd', 'dirfd', 'from_dfd', 'to_dfd'}
PATH_NAMES = {'filename', 'pathname', 'oldname', 'newname', 'path', 'specialfile',
              'to_pathname', 'from_pathname', 'special', 'put_old', 'new_root',
              'library', 'oldpath', 'newpath'}
SIGNED_TYPES = {'int', 'long', 'pid_t', 'loff_t', 'off_t', 'const int', 'clockid_t',
                'const clockid_t', 'key_serial_t', 'timer_t', 'key_t', 'mqd_t', 'qid_t',
                'int32_t', 's32'}
UNSIGNED32_TYPES = {'unsigned int', 'unsigned', 'u32', 'uid_t', 'gid_t', 'const __u32', '__u32',
                    'old_uid_t', 'old_gid_t', 'rwf_t'}
UNSIGNED64_TYPES = {'unsigned long', 'u64', '__u64', 'aio_context_t', 'cap_user_header_t',
                    'cap_user_data_t'}
HEX_NAME_RE = re.compile(r'(flag|mask|prot|addr|start|cmd|op|how|off|ptr)')


def infer_kind(sc, ctype, name):
    o = OVERRIDES.get((sc, name))
    if o is not None:
        return o
    t = ctype.strip()
    if name in DIRFD_NAMES and '*' not in t:
        return 'ARG_DIRFD'
    if name in FD_NAMES and '*' not in t:
        return 'ARG_FD'
    if t == 'umode_t':
        return 'ARG_MODE'
    if '*' in t:
        if t in ('const char *', 'char *') and name in PATH_NAMES:
            return 'ARG_PATH'
        if t == 'const char *':
            return 'ARG_STR'
        if t.startswith('const '):
            return 'ARG_PTR'
        # A pointer the kernel writes through: its contents exist at exit only.
        return 'ARG_PTR_OUT'
    if t == 'size_t':
        return 'ARG_SIZE'
    if t in ('uid_t', 'gid_t', 'old_uid_t', 'old_gid_t'):
        return 'ARG_UID'
    if t in SIGNED_TYPES:
        return 'ARG_LONG' if t in ('long', 'loff_t', 'off_t') else 'ARG_INT'
    if t in UNSIGNED32_TYPES or t in UNSIGNED64_TYPES:
        if HEX_NAME_RE.search(name):
            return 'ARG_HEX'
        return 'ARG_UINT' if t in UNSIGNED32_TYPES else 'ARG_ULONG'
    return 'ARG_HEX'


def parse_unistd(path):
    nrs = {}
    with open(path) as f:
        for line in f:
            m = re.match(r'#define\s+__NR_(\w+)\s+(\d+)', line)
            if m:
                nrs[int(m.group(2))] = m.group(1)
    return nrs


# Macros that look like syscalls but are not: the table size and the base of
# the architecture-specific range of asm-generic/unistd.h.
NOT_SYSCALLS = {'syscalls', 'arch_specific_syscall'}


def cpp(args, stdin=''):
    return subprocess.run(['cpp', '-undef', '-nostdinc', '-P'] + args, input=stdin,
                          capture_output=True, text=True, check=True).stdout


def eval_nr(expr):
    # What the generic header's macros expand to: numbers, parentheses, +.
    if not re.fullmatch(r'[\d\s()+]+', expr):
        raise ValueError('cannot evaluate syscall number %r' % expr)
    return sum(int(t) for t in re.findall(r'\d+', expr))


def parse_unistd_cpp(path, include):
    """Every __NR_* the header defines once cpp has evaluated it, as arm64's
    own build of the header does."""
    defs = cpp(['-dM', '-I', include, path])
    names = sorted({m.group(1) for m in re.finditer(r'^#define __NR_(\w+)\s', defs, re.M)}
                   - NOT_SYSCALLS)
    probe = '#include "%s"\n' % path + ''.join('tl_nr %s __NR_%s\n' % (n, n) for n in names)
    nrs = {}
    for line in cpp(['-I', include], probe).splitlines():
        m = re.match(r'tl_nr (\w+) (.*)$', line)
        if not m:
            continue
        nr = eval_nr(m.group(2))
        if nr in nrs:
            sys.exit('%s: __NR_%s and __NR_%s are both %d' % (path, nrs[nr], m.group(1), nr))
        nrs[nr] = m.group(1)
    if len(nrs) != len(names):
        sys.exit('%s: %d __NR_ names, %d evaluated' % (path, len(names), len(nrs)))
    return nrs


def parse_format(path):
    args = []
    with open(path) as f:
        for line in f:
            m = re.match(r'\s*field:(.*);\s*offset:', line)
            if not m:
                continue
            decl = m.group(1).strip()
            m2 = re.match(r'(.*?)\s*(\w+)$', decl)
            ctype, name = m2.group(1).strip(), m2.group(2)
            if name.startswith('common_') or name == '__syscall_nr':
                continue
            args.append((ctype, name))
    return args


def signature(tracefs, name, arch):
    if name in STACK_SIGNATURES:
        return STACK_SIGNATURES[name], 'script'
    if name in ARCHES[arch]['signatures']:
        return ARCHES[arch]['signatures'][name], 'script'
    ev = EVENT_ALIASES.get(name, name)
    for cand in (ev, 'new' + name):
        p = os.path.join(tracefs, 'events', 'syscalls', 'sys_enter_' + cand, 'format')
        if os.path.exists(p):
            return parse_format(p), 'tracefs'
    if name in SIGNATURES:
        return SIGNATURES[name], 'script'
    return None, 'none'


def c_str(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


CAPTURES_PER_RECORD = 4


def capture_rule(args, kinds, sizes, sc=None):
    """Up to CAPTURES_PER_RECORD rules (kind, arg, size_arg, size): the ones
    that keep bytes in the record's data area first, in argument order, then
    the inline ones (recorder-abi.h)."""
    cands = []
    # Priority: structures (their syscalls have nothing else worth the room),
    # paths, enter buffers, exit buffers, other strings.
    for i, k in enumerate(kinds):
        if k in STRUCT_CAPTURES:
            caps = STRUCT_CAPTURES[k]
            for c in (caps if isinstance(caps, list) else [caps]):
                cap, size = c[0], c[1]
                unit = c[2] if len(c) > 2 else 0
                offset = ARCH_SIZES[ARCH][c[3]] if len(c) > 3 else 0
                if isinstance(size, str):
                    size = ARCH_SIZES[ARCH][size]
                cands.append((cap, i, sizes[i], size, unit, offset))
    for want in ('ARG_PATH', 'ARG_BUF_IN', 'ARG_BUF_OUT', 'ARG_BUF_OUT_HEX', 'ARG_PATH_OUT', 'ARG_STR'):
        for i, k in enumerate(kinds):
            if k != want:
                continue
            if want in ('ARG_PATH', 'ARG_STR'):
                cands.append(('TL_CAP_STR_ENTER', i, 0, 0, 0, 0))
            elif want == 'ARG_BUF_IN':
                cands.append(('TL_CAP_BUF_ENTER', i, sizes[i], 0, 0, 0))
            else:
                cands.append(('TL_CAP_BUF_EXIT', i, 0, 0, 0, 0))
    # After the argument's own capture, which ctx_capture() finds first.
    for i, (_, aname) in enumerate(args):
        extra = EXTRA_CAPTURES.get((sc, aname))
        if extra:
            cands.append((extra[0], i, sizes[i], extra[1], 0, 0))
    cands = cands[:CAPTURES_PER_RECORD]

    def inline(c):
        kind, _, size_arg, size, _, _ = c
        if kind in ('TL_CAP_STRUCT_ENTER', 'TL_CAP_STRUCT_EXIT'):
            return size <= 4 and size_arg == 0
        return kind == 'TL_CAP_ARGV_ENTER' and size == 0
    cands.sort(key=lambda c: (inline(c), c[1]))
    # sys_enter looks for a stack capture in the first rule only, and reads
    # more than 4 bytes (recorder-abi.h).
    for j, c in enumerate(cands):
        if c[0] == 'TL_CAP_STACK_ENTER' and (j != 0 or c[3] <= 4):
            sys.exit('%s: a stack capture must be the first rule, of more than 4 bytes' % sc)
    return cands


def compat_nargs(tracefs, desc, name):
    if name in desc['nargs']:
        return desc['nargs'][name]
    ev = EVENT_ALIASES.get(name, name)
    # getuid32, chown32...: the 32-bit uid calls of i386, futex_time64...: its
    # 64-bit time calls; the native ones' arguments
    cands = (ev, 'new' + name)
    if name.endswith('32'):
        cands += (name[:-2],)
    if name.endswith('_time64'):
        cands += (name[:-len('_time64')],)
    for cand in cands:
        p = os.path.join(tracefs, 'events', 'syscalls', 'sys_enter_' + cand, 'format')
        if os.path.exists(p):
            return min(len(parse_format(p)), 6)
    if SIGNATURES.get(name) is not None:
        return len(SIGNATURES[name])
    return -1


def kernel_version():
    """This kernel's version without the build suffix, so that regenerating
    on another boot of the same kernel changes nothing."""
    release = os.uname().release
    return re.match(r'[\d.]*', release).group(0).rstrip('.') or release


def header(option, name, sources, note):
    """The lines every generated table starts with."""
    return [
        '/* SPDX-License-Identifier: LGPL-2.1-or-later */',
        '/*',
        ' * GENERATED FILE, do not edit. Regenerate with (docs/DECODING.md):',
        ' *     mount -t tracefs nodev /tmp/tracefs',
        ' *     tools/gen-syscall-table.py %s %s /tmp/tracefs > src/decode/syscalls-%s.h' % (option, name, name),
        ' * Numbers/names: %s' % sources,
        ' * %s' % note,
        ' */',
        '',
        '#pragma once',
        '',
        '#include "syscall-table.h"',
        '',
    ]


def main_compat(compat, unistd, tracefs):
    desc = COMPAT_ARCHES[compat]
    unistd = unistd or desc['unistd']
    nrs = parse_unistd(unistd)
    if not nrs:
        sys.exit('%s: no __NR_ definitions' % unistd)
    ident = compat.upper()
    out = header('--compat', compat, '%s; argument counts: tracefs of Linux %s' % (desc['unistd'], kernel_version()),
                 '(plus COMPAT_ARCHES in the script; -1: not known).')
    w = out.append
    w('#define SYSCALL_COMPAT_%s_SIZE %d' % (ident, max(nrs) + 1))
    w('')
    w('static const CompatSyscall syscall_compat_%s[SYSCALL_COMPAT_%s_SIZE] = {' % (compat, ident))
    for nr in sorted(nrs):
        name = nrs[nr]
        printed = desc['strace_names'].get(name, name)
        w('        [%d] = { %s, %d },' % (nr, c_str(printed), compat_nargs(tracefs, desc, name)))
    w('};')
    print('\n'.join(out))


def main():
    ap = argparse.ArgumentParser(description='Generate src/decode/syscalls-ARCH.h.')
    ap.add_argument('--arch', choices=sorted(ARCHES), default='x86_64')
    ap.add_argument('--compat', choices=sorted(COMPAT_ARCHES),
                    help='generate the names-only table of this compat ABI instead')
    ap.add_argument('--unistd', help="the architecture's uapi syscall header (default: ARCHES)")
    ap.add_argument('paths', nargs='+', metavar='[UNISTD_H] TRACEFS_DIR')
    opts = ap.parse_args()
    if len(opts.paths) > 2:
        ap.error('too many arguments')
    tracefs = opts.paths[-1]
    if not os.path.isdir(os.path.join(tracefs, 'events', 'syscalls')):
        sys.exit('%s: no events/syscalls: is tracefs mounted there?' % tracefs)
    if opts.compat:
        main_compat(opts.compat, opts.unistd, tracefs)
        return
    arch = opts.arch
    desc = ARCHES[arch]
    global ARCH
    ARCH = arch
    unistd = opts.unistd or (opts.paths[0] if len(opts.paths) == 2 else desc['unistd'])
    if not os.path.isdir(os.path.join(tracefs, 'events', 'syscalls')):
        sys.exit('%s: no events/syscalls: is tracefs mounted there?' % tracefs)
    if desc['include'] is None:
        nrs = parse_unistd(unistd)
    else:
        nrs = parse_unistd_cpp(unistd, desc['include'])
    if not nrs:
        sys.exit('%s: no __NR_ definitions' % unistd)
    ident = arch.upper()

    out = header('--arch', arch, '%s; argument names/types: tracefs of Linux %s' % (desc['unistd'], kernel_version()),
                 '(plus the SIGNATURES, ARCHES and OVERRIDES tables in the script).')
    w = out.append
    w('#define SYSCALL_TABLE_%s_SIZE %d' % (ident, max(nrs) + 1))
    w('')
    w('static const SyscallInfo syscall_table_%s[SYSCALL_TABLE_%s_SIZE] = {' % (arch, ident))
    for nr in sorted(nrs):
        name = nrs[nr]
        printed = desc['strace_names'].get(name, name)
        sig, src = signature(tracefs, name, arch)
        if sig is None:
            w('        [%d] = { .name = %s, .nargs = -1, .ret = RET_INT },' % (nr, c_str(printed)))
            continue
        sig = sig[:6]
        kinds = []
        sizes = []
        anames = [a[1] for a in sig]
        for ctype, aname in sig:
            k = infer_kind(name, ctype, aname)
            size = 0
            if isinstance(k, tuple):
                k, sname = k
                size = anames.index(sname)
            kinds.append(k)
            sizes.append(size)
        ret = 'RET_ADDR' if name in RET_ADDR else 'RET_NONE' if name in RET_NONE else 'RET_INT'
        w('        [%d] = {' % nr)
        w('                .name = %s, .nargs = %d, .ret = %s,' % (c_str(printed), len(sig), ret))
        if sig:
            w('                .args = {')
            for i, (ctype, aname) in enumerate(sig):
                w('                        { %s, %s, %s, %d },' % (c_str(aname), c_str(ctype), kinds[i], sizes[i]))
            w('                },')
        rule = capture_rule(sig, kinds, sizes, name)
        if rule:
            w('                .rule = { .cap = {')
            for kind, arg, size_arg, size, unit, offset in rule:
                extra = ''
                if unit:
                    extra += ', .unit = %d' % unit
                if size:
                    extra += ', .size = %d' % size
                if offset:
                    extra += ', .offset = %d' % offset
                w('                        { .kind = %s, .arg = %d, .size_arg = %d%s },' % (kind, arg, size_arg, extra))
            w('                } },')
        w('        },')
    w('};')
    print('\n'.join(out))


if __name__ == '__main__':
    main()
