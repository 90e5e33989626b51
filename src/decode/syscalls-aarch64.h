/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * GENERATED FILE, do not edit. Regenerate with (docs/DECODING.md):
 *     mount -t tracefs nodev /tmp/tracefs
 *     tools/gen-syscall-table.py --arch aarch64 /tmp/tracefs > src/decode/syscalls-aarch64.h
 * Numbers/names: /usr/aarch64-linux-gnu/include/asm/unistd.h; argument names/types: tracefs of Linux 6.18.44
 * (plus the SIGNATURES, ARCHES and OVERRIDES tables in the script).
 */

#pragma once

#include "syscall-table.h"

#define SYSCALL_TABLE_AARCH64_SIZE 451

static const SyscallInfo syscall_table_aarch64[SYSCALL_TABLE_AARCH64_SIZE] = {
        [0] = {
                .name = "io_setup", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "nr_events", "unsigned", ARG_UINT, 0 },
                        { "ctxp", "aio_context_t *", ARG_PTR_OUT, 0 },
                },
        },
        [1] = {
                .name = "io_destroy", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "ctx", "aio_context_t", ARG_ULONG, 0 },
                },
        },
        [2] = {
                .name = "io_submit", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "ctx_id", "aio_context_t", ARG_ULONG, 0 },
                        { "nr", "long", ARG_LONG, 0 },
                        { "iocbpp", "struct iocb * *", ARG_PTR_OUT, 0 },
                },
        },
        [3] = {
                .name = "io_cancel", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "ctx_id", "aio_context_t", ARG_ULONG, 0 },
                        { "iocb", "struct iocb *", ARG_PTR_OUT, 0 },
                        { "result", "struct io_event *", ARG_PTR_OUT, 0 },
                },
        },
        [4] = {
                .name = "io_getevents", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "ctx_id", "aio_context_t", ARG_ULONG, 0 },
                        { "min_nr", "long", ARG_LONG, 0 },
                        { "nr", "long", ARG_LONG, 0 },
                        { "events", "struct io_event *", ARG_PTR_OUT, 0 },
                        { "timeout", "struct __kernel_timespec *", ARG_PTR_OUT, 0 },
                },
        },
        [5] = {
                .name = "setxattr", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "name", "const char *", ARG_STR, 0 },
                        { "value", "const void *", ARG_BUF_IN, 3 },
                        { "size", "size_t", ARG_SIZE, 0 },
                        { "flags", "int", ARG_XATTR_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_BUF_ENTER, .arg = 2, .size_arg = 3 },
                } },
        },
        [6] = {
                .name = "lsetxattr", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "name", "const char *", ARG_STR, 0 },
                        { "value", "const void *", ARG_BUF_IN, 3 },
                        { "size", "size_t", ARG_SIZE, 0 },
                        { "flags", "int", ARG_XATTR_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_BUF_ENTER, .arg = 2, .size_arg = 3 },
                } },
        },
        [7] = {
                .name = "fsetxattr", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "name", "const char *", ARG_STR, 0 },
                        { "value", "const void *", ARG_BUF_IN, 3 },
                        { "size", "size_t", ARG_SIZE, 0 },
                        { "flags", "int", ARG_XATTR_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_BUF_ENTER, .arg = 2, .size_arg = 3 },
                } },
        },
        [8] = {
                .name = "getxattr", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "name", "const char *", ARG_STR, 0 },
                        { "value", "void *", ARG_BUF_OUT, 0 },
                        { "size", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_BUF_EXIT, .arg = 2, .size_arg = 0 },
                } },
        },
        [9] = {
                .name = "lgetxattr", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "name", "const char *", ARG_STR, 0 },
                        { "value", "void *", ARG_BUF_OUT, 0 },
                        { "size", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_BUF_EXIT, .arg = 2, .size_arg = 0 },
                } },
        },
        [10] = {
                .name = "fgetxattr", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "name", "const char *", ARG_STR, 0 },
                        { "value", "void *", ARG_BUF_OUT, 0 },
                        { "size", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_BUF_EXIT, .arg = 2, .size_arg = 0 },
                } },
        },
        [11] = {
                .name = "listxattr", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "list", "char *", ARG_PTR_OUT, 0 },
                        { "size", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [12] = {
                .name = "llistxattr", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "list", "char *", ARG_PTR_OUT, 0 },
                        { "size", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [13] = {
                .name = "flistxattr", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "list", "char *", ARG_PTR_OUT, 0 },
                        { "size", "size_t", ARG_SIZE, 0 },
                },
        },
        [14] = {
                .name = "removexattr", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "name", "const char *", ARG_STR, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [15] = {
                .name = "lremovexattr", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "name", "const char *", ARG_STR, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [16] = {
                .name = "fremovexattr", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "name", "const char *", ARG_STR, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [17] = {
                .name = "getcwd", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "buf", "char *", ARG_PATH_OUT, 0 },
                        { "size", "unsigned long", ARG_ULONG, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_EXIT, .arg = 0, .size_arg = 0 },
                } },
        },
        [18] = {
                .name = "lookup_dcookie", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "cookie64", "u64", ARG_ULONG, 0 },
                        { "buf", "char *", ARG_PTR_OUT, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                },
        },
        [19] = {
                .name = "eventfd2", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "count", "unsigned int", ARG_UINT, 0 },
                        { "flags", "int", ARG_EFD_FLAGS, 0 },
                },
        },
        [20] = {
                .name = "epoll_create1", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "flags", "int", ARG_EPOLL_FLAGS, 0 },
                },
        },
        [21] = {
                .name = "epoll_ctl", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "epfd", "int", ARG_FD, 0 },
                        { "op", "int", ARG_EPOLL_CTL_OP, 0 },
                        { "fd", "int", ARG_FD, 0 },
                        { "event", "struct epoll_event *", ARG_EPOLL_EVENT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 3, .size_arg = 0, .size = 16 },
                } },
        },
        [22] = {
                .name = "epoll_pwait", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "epfd", "int", ARG_FD, 0 },
                        { "events", "struct epoll_event *", ARG_EPOLL_EVENTS_OUT, 0 },
                        { "maxevents", "int", ARG_INT, 0 },
                        { "timeout", "int", ARG_INT, 0 },
                        { "sigmask", "const sigset_t *", ARG_PTR, 0 },
                        { "sigsetsize", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_EXIT, .arg = 1, .size_arg = 0, .size = 16 },
                } },
        },
        [23] = {
                .name = "dup", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "fildes", "unsigned int", ARG_FD, 0 },
                },
        },
        [24] = {
                .name = "dup3", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "oldfd", "unsigned int", ARG_FD, 0 },
                        { "newfd", "unsigned int", ARG_FD, 0 },
                        { "flags", "int", ARG_PIPE_FLAGS, 0 },
                },
        },
        [25] = {
                .name = "fcntl", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "cmd", "unsigned int", ARG_FCNTL_CMD, 0 },
                        { "arg", "unsigned long", ARG_HEX, 0 },
                },
        },
        [26] = {
                .name = "inotify_init1", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "flags", "int", ARG_INOTIFY_FLAGS, 0 },
                },
        },
        [27] = {
                .name = "inotify_add_watch", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "mask", "u32", ARG_INOTIFY_MASK, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [28] = {
                .name = "inotify_rm_watch", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "wd", "__s32", ARG_INT, 0 },
                },
        },
        [29] = {
                .name = "ioctl", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "cmd", "unsigned int", ARG_IOCTL_CMD, 0 },
                        { "arg", "unsigned long", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 4 },
                } },
        },
        [30] = {
                .name = "ioprio_set", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "which", "int", ARG_IOPRIO_WHO, 0 },
                        { "who", "int", ARG_INT, 0 },
                        { "ioprio", "int", ARG_IOPRIO, 0 },
                },
        },
        [31] = {
                .name = "ioprio_get", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "which", "int", ARG_IOPRIO_WHO, 0 },
                        { "who", "int", ARG_INT, 0 },
                },
        },
        [32] = {
                .name = "flock", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "cmd", "unsigned int", ARG_FLOCK_OP, 0 },
                },
        },
        [33] = {
                .name = "mknodat", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "mode", "umode_t", ARG_MKNOD_MODE, 0 },
                        { "dev", "unsigned int", ARG_UINT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [34] = {
                .name = "mkdirat", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "mode", "umode_t", ARG_MODE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [35] = {
                .name = "unlinkat", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "flag", "int", ARG_AT_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [36] = {
                .name = "symlinkat", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "oldname", "const char *", ARG_PATH, 0 },
                        { "newdfd", "int", ARG_DIRFD, 0 },
                        { "newname", "const char *", ARG_PATH, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 2, .size_arg = 0 },
                } },
        },
        [37] = {
                .name = "linkat", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "olddfd", "int", ARG_DIRFD, 0 },
                        { "oldname", "const char *", ARG_PATH, 0 },
                        { "newdfd", "int", ARG_DIRFD, 0 },
                        { "newname", "const char *", ARG_PATH, 0 },
                        { "flags", "int", ARG_AT_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 3, .size_arg = 0 },
                } },
        },
        [38] = {
                .name = "renameat", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "olddfd", "int", ARG_DIRFD, 0 },
                        { "oldname", "const char *", ARG_PATH, 0 },
                        { "newdfd", "int", ARG_DIRFD, 0 },
                        { "newname", "const char *", ARG_PATH, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 3, .size_arg = 0 },
                } },
        },
        [39] = {
                .name = "umount2", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "name", "char *", ARG_PATH, 0 },
                        { "flags", "int", ARG_UMOUNT_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [40] = {
                .name = "mount", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "dev_name", "char *", ARG_STR, 0 },
                        { "dir_name", "char *", ARG_PATH, 0 },
                        { "type", "char *", ARG_STR, 0 },
                        { "flags", "unsigned long", ARG_MOUNT_FLAGS, 0 },
                        { "data", "void *", ARG_PTR_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 2, .size_arg = 0 },
                } },
        },
        [41] = {
                .name = "pivot_root", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "new_root", "const char *", ARG_PATH, 0 },
                        { "put_old", "const char *", ARG_PATH, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [42] = {
                .name = "nfsservctl", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "cmd", "int", ARG_INT, 0 },
                        { "argp", "void *", ARG_PTR_OUT, 0 },
                        { "resp", "void *", ARG_PTR_OUT, 0 },
                },
        },
        [43] = {
                .name = "statfs", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "buf", "struct statfs *", ARG_PTR_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [44] = {
                .name = "fstatfs", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "buf", "struct statfs *", ARG_PTR_OUT, 0 },
                },
        },
        [45] = {
                .name = "truncate", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "path", "const char *", ARG_PATH, 0 },
                        { "length", "long", ARG_LONG, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [46] = {
                .name = "ftruncate", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "length", "off_t", ARG_LONG, 0 },
                },
        },
        [47] = {
                .name = "fallocate", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "mode", "int", ARG_FALLOC_FLAGS, 0 },
                        { "offset", "loff_t", ARG_LONG, 0 },
                        { "len", "loff_t", ARG_LONG, 0 },
                },
        },
        [48] = {
                .name = "faccessat", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "mode", "int", ARG_ACCESS_MODE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [49] = {
                .name = "chdir", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "filename", "const char *", ARG_PATH, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [50] = {
                .name = "fchdir", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                },
        },
        [51] = {
                .name = "chroot", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "filename", "const char *", ARG_PATH, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [52] = {
                .name = "fchmod", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "mode", "umode_t", ARG_MODE, 0 },
                },
        },
        [53] = {
                .name = "fchmodat", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "mode", "umode_t", ARG_MODE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [54] = {
                .name = "fchownat", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "user", "uid_t", ARG_UID, 0 },
                        { "group", "gid_t", ARG_UID, 0 },
                        { "flag", "int", ARG_AT_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [55] = {
                .name = "fchown", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "user", "uid_t", ARG_UID, 0 },
                        { "group", "gid_t", ARG_UID, 0 },
                },
        },
        [56] = {
                .name = "openat", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "flags", "int", ARG_OPEN_FLAGS, 0 },
                        { "mode", "umode_t", ARG_MODE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [57] = {
                .name = "close", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                },
        },
        [58] = {
                .name = "vhangup", .nargs = 0, .ret = RET_INT,
        },
        [59] = {
                .name = "pipe2", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fildes", "int *", ARG_FD_PAIR, 0 },
                        { "flags", "int", ARG_PIPE_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 0, .size_arg = 0, .size = 8 },
                } },
        },
        [60] = {
                .name = "quotactl", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "cmd", "unsigned int", ARG_HEX, 0 },
                        { "special", "const char *", ARG_PATH, 0 },
                        { "id", "qid_t", ARG_INT, 0 },
                        { "addr", "void *", ARG_PATH, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 3, .size_arg = 0 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 3, .size_arg = 0, .size = 4 },
                } },
        },
        [61] = {
                .name = "getdents64", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "dirent", "struct linux_dirent64 *", ARG_DIRENTS_OUT, 0 },
                        { "count", "unsigned int", ARG_UINT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_EXIT, .arg = 1, .size_arg = 0 },
                } },
        },
        [62] = {
                .name = "lseek", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "offset", "off_t", ARG_LONG, 0 },
                        { "whence", "unsigned int", ARG_SEEK_WHENCE, 0 },
                },
        },
        [63] = {
                .name = "read", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "buf", "char *", ARG_BUF_OUT, 0 },
                        { "count", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_EXIT, .arg = 1, .size_arg = 0 },
                } },
        },
        [64] = {
                .name = "write", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "buf", "const char *", ARG_BUF_IN, 2 },
                        { "count", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_ENTER, .arg = 1, .size_arg = 2 },
                } },
        },
        [65] = {
                .name = "readv", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned long", ARG_FD, 0 },
                        { "vec", "const struct iovec *", ARG_IOVEC_OUT, 2 },
                        { "vlen", "unsigned long", ARG_ULONG, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_IOVEC_EXIT, .arg = 1, .size_arg = 2, .size = 64 },
                } },
        },
        [66] = {
                .name = "writev", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned long", ARG_FD, 0 },
                        { "vec", "const struct iovec *", ARG_IOVEC, 2 },
                        { "vlen", "unsigned long", ARG_ULONG, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_IOVEC_ENTER, .arg = 1, .size_arg = 2, .size = 64 },
                } },
        },
        [67] = {
                .name = "pread64", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "buf", "char *", ARG_BUF_OUT, 0 },
                        { "count", "size_t", ARG_SIZE, 0 },
                        { "pos", "loff_t", ARG_LONG, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_EXIT, .arg = 1, .size_arg = 0 },
                } },
        },
        [68] = {
                .name = "pwrite64", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "buf", "const char *", ARG_BUF_IN, 2 },
                        { "count", "size_t", ARG_SIZE, 0 },
                        { "pos", "loff_t", ARG_LONG, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_ENTER, .arg = 1, .size_arg = 2 },
                } },
        },
        [69] = {
                .name = "preadv", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned long", ARG_FD, 0 },
                        { "vec", "const struct iovec *", ARG_IOVEC_OUT, 2 },
                        { "vlen", "unsigned long", ARG_ULONG, 0 },
                        { "pos_l", "unsigned long", ARG_ULONG, 0 },
                        { "pos_h", "unsigned long", ARG_ULONG, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_IOVEC_EXIT, .arg = 1, .size_arg = 2, .size = 64 },
                } },
        },
        [70] = {
                .name = "pwritev", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned long", ARG_FD, 0 },
                        { "vec", "const struct iovec *", ARG_IOVEC, 2 },
                        { "vlen", "unsigned long", ARG_ULONG, 0 },
                        { "pos_l", "unsigned long", ARG_ULONG, 0 },
                        { "pos_h", "unsigned long", ARG_ULONG, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_IOVEC_ENTER, .arg = 1, .size_arg = 2, .size = 64 },
                } },
        },
        [71] = {
                .name = "sendfile", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "out_fd", "int", ARG_FD, 0 },
                        { "in_fd", "int", ARG_FD, 0 },
                        { "offset", "loff_t *", ARG_LOFF_INOUT, 0 },
                        { "count", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 8 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 8 },
                } },
        },
        [72] = {
                .name = "pselect6", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "n", "int", ARG_INT, 0 },
                        { "inp", "fd_set *", ARG_FDSET, 0 },
                        { "outp", "fd_set *", ARG_FDSET, 0 },
                        { "exp", "fd_set *", ARG_FDSET, 0 },
                        { "tsp", "struct __kernel_timespec *", ARG_PSELECT_TIMESPEC, 0 },
                        { "sig", "void *", ARG_PTR, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_BOTH, .arg = 1, .size_arg = 0, .unit = 8, .size = 128 },
                        { .kind = TL_CAP_STRUCT_BOTH, .arg = 2, .size_arg = 0, .unit = 8, .size = 128 },
                        { .kind = TL_CAP_STRUCT_BOTH, .arg = 3, .size_arg = 0, .unit = 8, .size = 128 },
                        { .kind = TL_CAP_STRUCT_BOTH, .arg = 4, .size_arg = 0, .size = 16 },
                } },
        },
        [73] = {
                .name = "ppoll", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "ufds", "struct pollfd *", ARG_POLLFD, 1 },
                        { "nfds", "unsigned int", ARG_UINT, 0 },
                        { "tsp", "struct __kernel_timespec *", ARG_PPOLL_TIMESPEC, 0 },
                        { "sigmask", "const sigset_t *", ARG_PTR, 0 },
                        { "sigsetsize", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_ARRAY_ENTER, .arg = 0, .size_arg = 1, .unit = 8, .size = 256 },
                        { .kind = TL_CAP_ARRAY_EXIT, .arg = 0, .size_arg = 1, .unit = 8, .size = 256 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 16 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 16 },
                } },
        },
        [74] = {
                .name = "signalfd4", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "ufd", "int", ARG_FD, 0 },
                        { "user_mask", "sigset_t *", ARG_SIGSET, 0 },
                        { "sizemask", "size_t", ARG_SIZE, 0 },
                        { "flags", "int", ARG_SFD_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 0, .size = 8 },
                } },
        },
        [75] = {
                .name = "vmsplice", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "uiov", "const struct iovec *", ARG_IOVEC, 2 },
                        { "nr_segs", "unsigned long", ARG_ULONG, 0 },
                        { "flags", "unsigned int", ARG_SPLICE_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_IOVEC_ENTER, .arg = 1, .size_arg = 2, .size = 64 },
                } },
        },
        [76] = {
                .name = "splice", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "fd_in", "int", ARG_FD, 0 },
                        { "off_in", "loff_t *", ARG_LOFF, 0 },
                        { "fd_out", "int", ARG_FD, 0 },
                        { "off_out", "loff_t *", ARG_LOFF, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "flags", "unsigned int", ARG_SPLICE_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 0, .size = 8 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 3, .size_arg = 0, .size = 8 },
                } },
        },
        [77] = {
                .name = "tee", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fdin", "int", ARG_FD, 0 },
                        { "fdout", "int", ARG_FD, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "flags", "unsigned int", ARG_SPLICE_FLAGS, 0 },
                },
        },
        [78] = {
                .name = "readlinkat", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "pathname", "const char *", ARG_PATH, 0 },
                        { "buf", "char *", ARG_BUF_OUT, 0 },
                        { "bufsiz", "int", ARG_INT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_BUF_EXIT, .arg = 2, .size_arg = 0 },
                } },
        },
        [79] = {
                .name = "newfstatat", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "statbuf", "struct stat *", ARG_STAT, 0 },
                        { "flag", "int", ARG_AT_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 64 },
                } },
        },
        [80] = {
                .name = "fstat", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "statbuf", "struct stat *", ARG_STAT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 64 },
                } },
        },
        [81] = {
                .name = "sync", .nargs = 0, .ret = RET_INT,
        },
        [82] = {
                .name = "fsync", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                },
        },
        [83] = {
                .name = "fdatasync", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                },
        },
        [84] = {
                .name = "sync_file_range", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "offset", "loff_t", ARG_LONG, 0 },
                        { "nbytes", "loff_t", ARG_LONG, 0 },
                        { "flags", "unsigned int", ARG_SYNC_FILE_RANGE_FLAGS, 0 },
                },
        },
        [85] = {
                .name = "timerfd_create", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "clockid", "int", ARG_CLOCK_ID, 0 },
                        { "flags", "int", ARG_TFD_FLAGS, 0 },
                },
        },
        [86] = {
                .name = "timerfd_settime", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "ufd", "int", ARG_FD, 0 },
                        { "flags", "int", ARG_TFD_FLAGS, 0 },
                        { "utmr", "const struct __kernel_itimerspec *", ARG_ITIMERSPEC, 0 },
                        { "otmr", "struct __kernel_itimerspec *", ARG_ITIMERSPEC_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 32 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 3, .size_arg = 0, .size = 32 },
                } },
        },
        [87] = {
                .name = "timerfd_gettime", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "ufd", "int", ARG_FD, 0 },
                        { "otmr", "struct __kernel_itimerspec *", ARG_ITIMERSPEC_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 32 },
                } },
        },
        [88] = {
                .name = "utimensat", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "utimes", "struct __kernel_timespec *", ARG_UTIMENS, 0 },
                        { "flags", "int", ARG_AT_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 32 },
                } },
        },
        [89] = {
                .name = "acct", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "name", "const char *", ARG_PATH, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [90] = {
                .name = "capget", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "header", "cap_user_header_t", ARG_ULONG, 0 },
                        { "dataptr", "cap_user_data_t", ARG_HEX, 0 },
                },
        },
        [91] = {
                .name = "capset", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "header", "cap_user_header_t", ARG_ULONG, 0 },
                        { "data", "const cap_user_data_t", ARG_HEX, 0 },
                },
        },
        [92] = {
                .name = "personality", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "personality", "unsigned int", ARG_PERSONALITY, 0 },
                },
        },
        [93] = {
                .name = "exit", .nargs = 1, .ret = RET_NONE,
                .args = {
                        { "error_code", "int", ARG_INT, 0 },
                },
        },
        [94] = {
                .name = "exit_group", .nargs = 1, .ret = RET_NONE,
                .args = {
                        { "error_code", "int", ARG_INT, 0 },
                },
        },
        [95] = {
                .name = "waitid", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "which", "int", ARG_IDTYPE, 0 },
                        { "upid", "pid_t", ARG_INT, 0 },
                        { "infop", "struct siginfo *", ARG_SIGINFO_OUT, 0 },
                        { "options", "int", ARG_WAIT_OPTIONS, 0 },
                        { "ru", "struct rusage *", ARG_RUSAGE_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 48 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 4, .size_arg = 0, .size = 32 },
                } },
        },
        [96] = {
                .name = "set_tid_address", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "tidptr", "int *", ARG_PTR_OUT, 0 },
                },
        },
        [97] = {
                .name = "unshare", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "unshare_flags", "unsigned long", ARG_UNSHARE_FLAGS, 0 },
                },
        },
        [98] = {
                .name = "futex", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "uaddr", "u32 *", ARG_PTR, 0 },
                        { "op", "int", ARG_FUTEX_OP, 0 },
                        { "val", "u32", ARG_UINT, 0 },
                        { "utime", "const struct __kernel_timespec *", ARG_TIMESPEC, 0 },
                        { "uaddr2", "u32 *", ARG_PTR, 0 },
                        { "val3", "u32", ARG_UINT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 3, .size_arg = 0, .size = 16 },
                } },
        },
        [99] = {
                .name = "set_robust_list", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "head", "struct robust_list_head *", ARG_PTR_OUT, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                },
        },
        [100] = {
                .name = "get_robust_list", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "pid", "int", ARG_INT, 0 },
                        { "head_ptr", "struct robust_list_head * *", ARG_ADDR_OUT, 0 },
                        { "len_ptr", "size_t *", ARG_ULONG_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 8 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 8 },
                } },
        },
        [101] = {
                .name = "nanosleep", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "rqtp", "struct __kernel_timespec *", ARG_TIMESPEC, 0 },
                        { "rmtp", "struct __kernel_timespec *", ARG_TIMESPEC_REM, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 0, .size_arg = 0, .size = 16 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 16 },
                } },
        },
        [102] = {
                .name = "getitimer", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "which", "int", ARG_ITIMER_WHICH, 0 },
                        { "value", "struct __kernel_old_itimerval *", ARG_ITIMERVAL_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 32 },
                } },
        },
        [103] = {
                .name = "setitimer", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "which", "int", ARG_ITIMER_WHICH, 0 },
                        { "value", "struct __kernel_old_itimerval *", ARG_ITIMERVAL, 0 },
                        { "ovalue", "struct __kernel_old_itimerval *", ARG_ITIMERVAL_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 0, .size = 32 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 32 },
                } },
        },
        [104] = {
                .name = "kexec_load", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "entry", "unsigned long", ARG_ULONG, 0 },
                        { "nr_segments", "unsigned long", ARG_ULONG, 0 },
                        { "segments", "struct kexec_segment *", ARG_PTR_OUT, 0 },
                        { "flags", "unsigned long", ARG_HEX, 0 },
                },
        },
        [105] = {
                .name = "init_module", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "umod", "void *", ARG_PTR_OUT, 0 },
                        { "len", "unsigned long", ARG_ULONG, 0 },
                        { "uargs", "const char *", ARG_STR, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 2, .size_arg = 0 },
                } },
        },
        [106] = {
                .name = "delete_module", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "name_user", "const char *", ARG_STR, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [107] = {
                .name = "timer_create", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "which_clock", "const clockid_t", ARG_CLOCK_ID, 0 },
                        { "timer_event_spec", "struct sigevent *", ARG_PTR, 0 },
                        { "created_timer_id", "timer_t *", ARG_TIMER_ID_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 4 },
                } },
        },
        [108] = {
                .name = "timer_gettime", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "timer_id", "timer_t", ARG_INT, 0 },
                        { "setting", "struct __kernel_itimerspec *", ARG_ITIMERSPEC_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 32 },
                } },
        },
        [109] = {
                .name = "timer_getoverrun", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "timer_id", "timer_t", ARG_INT, 0 },
                },
        },
        [110] = {
                .name = "timer_settime", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "timer_id", "timer_t", ARG_INT, 0 },
                        { "flags", "int", ARG_TIMER_FLAGS, 0 },
                        { "new_setting", "const struct __kernel_itimerspec *", ARG_ITIMERSPEC, 0 },
                        { "old_setting", "struct __kernel_itimerspec *", ARG_ITIMERSPEC_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 32 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 3, .size_arg = 0, .size = 32 },
                } },
        },
        [111] = {
                .name = "timer_delete", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "timer_id", "timer_t", ARG_INT, 0 },
                },
        },
        [112] = {
                .name = "clock_settime", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "which_clock", "const clockid_t", ARG_CLOCK_ID, 0 },
                        { "tp", "const struct __kernel_timespec *", ARG_TIMESPEC, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 0, .size = 16 },
                } },
        },
        [113] = {
                .name = "clock_gettime", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "which_clock", "const clockid_t", ARG_CLOCK_ID, 0 },
                        { "tp", "struct __kernel_timespec *", ARG_TIMESPEC_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 16 },
                } },
        },
        [114] = {
                .name = "clock_getres", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "which_clock", "const clockid_t", ARG_CLOCK_ID, 0 },
                        { "tp", "struct __kernel_timespec *", ARG_TIMESPEC_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 16 },
                } },
        },
        [115] = {
                .name = "clock_nanosleep", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "which_clock", "const clockid_t", ARG_CLOCK_ID, 0 },
                        { "flags", "int", ARG_TIMER_FLAGS, 0 },
                        { "rqtp", "const struct __kernel_timespec *", ARG_TIMESPEC, 0 },
                        { "rmtp", "struct __kernel_timespec *", ARG_TIMESPEC_REM, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 16 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 3, .size_arg = 0, .size = 16 },
                } },
        },
        [116] = {
                .name = "syslog", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "type", "int", ARG_INT, 0 },
                        { "buf", "char *", ARG_PTR_OUT, 0 },
                        { "len", "int", ARG_INT, 0 },
                },
        },
        [117] = {
                .name = "ptrace", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "request", "long", ARG_PTRACE_REQ, 0 },
                        { "pid", "long", ARG_INT, 0 },
                        { "addr", "unsigned long", ARG_PTR, 0 },
                        { "data", "unsigned long", ARG_PTR, 0 },
                },
        },
        [118] = {
                .name = "sched_setparam", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "param", "struct sched_param *", ARG_PTR_OUT, 0 },
                },
        },
        [119] = {
                .name = "sched_setscheduler", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "policy", "int", ARG_SCHED_POLICY, 0 },
                        { "param", "struct sched_param *", ARG_PTR_OUT, 0 },
                },
        },
        [120] = {
                .name = "sched_getscheduler", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                },
        },
        [121] = {
                .name = "sched_getparam", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "param", "struct sched_param *", ARG_PTR_OUT, 0 },
                },
        },
        [122] = {
                .name = "sched_setaffinity", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "len", "unsigned int", ARG_UINT, 0 },
                        { "user_mask_ptr", "unsigned long *", ARG_CPUSET, 1 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 1, .size = 128 },
                } },
        },
        [123] = {
                .name = "sched_getaffinity", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "len", "unsigned int", ARG_UINT, 0 },
                        { "user_mask_ptr", "unsigned long *", ARG_CPUSET_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_EXIT, .arg = 2, .size_arg = 0 },
                } },
        },
        [124] = {
                .name = "sched_yield", .nargs = 0, .ret = RET_INT,
        },
        [125] = {
                .name = "sched_get_priority_max", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "policy", "int", ARG_SCHED_POLICY, 0 },
                },
        },
        [126] = {
                .name = "sched_get_priority_min", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "policy", "int", ARG_SCHED_POLICY, 0 },
                },
        },
        [127] = {
                .name = "sched_rr_get_interval", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "interval", "struct __kernel_timespec *", ARG_TIMESPEC_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 16 },
                } },
        },
        [128] = {
                .name = "restart_syscall", .nargs = 0, .ret = RET_INT,
        },
        [129] = {
                .name = "kill", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "sig", "int", ARG_SIGNAL, 0 },
                },
        },
        [130] = {
                .name = "tkill", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "sig", "int", ARG_SIGNAL, 0 },
                },
        },
        [131] = {
                .name = "tgkill", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "tgid", "pid_t", ARG_INT, 0 },
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "sig", "int", ARG_SIGNAL, 0 },
                },
        },
        [132] = {
                .name = "sigaltstack", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "uss", "const stack_t *", ARG_STACK, 0 },
                        { "uoss", "stack_t *", ARG_STACK_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 0, .size_arg = 0, .size = 24 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 24 },
                } },
        },
        [133] = {
                .name = "rt_sigsuspend", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "unewset", "sigset_t *", ARG_SIGSET, 0 },
                        { "sigsetsize", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 0, .size_arg = 0, .size = 8 },
                } },
        },
        [134] = {
                .name = "rt_sigaction", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "sig", "int", ARG_SIGNAL, 0 },
                        { "act", "const struct sigaction *", ARG_SIGACTION, 0 },
                        { "oact", "struct sigaction *", ARG_SIGACTION_OUT, 0 },
                        { "sigsetsize", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 0, .size = 32 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 32 },
                } },
        },
        [135] = {
                .name = "rt_sigprocmask", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "how", "int", ARG_SIGPROCMASK_HOW, 0 },
                        { "nset", "sigset_t *", ARG_SIGSET, 0 },
                        { "oset", "sigset_t *", ARG_SIGSET_OUT, 0 },
                        { "sigsetsize", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 0, .size = 8 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 8 },
                } },
        },
        [136] = {
                .name = "rt_sigpending", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "uset", "sigset_t *", ARG_SIGSET_OUT, 0 },
                        { "sigsetsize", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 0, .size_arg = 0, .size = 8 },
                } },
        },
        [137] = {
                .name = "rt_sigtimedwait", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "uthese", "const sigset_t *", ARG_SIGSET, 0 },
                        { "uinfo", "siginfo_t *", ARG_PTR_OUT, 0 },
                        { "uts", "const struct __kernel_timespec *", ARG_TIMESPEC, 0 },
                        { "sigsetsize", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 0, .size_arg = 0, .size = 8 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 16 },
                } },
        },
        [138] = {
                .name = "rt_sigqueueinfo", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "sig", "int", ARG_SIGNAL, 0 },
                        { "uinfo", "siginfo_t *", ARG_SIGINFO, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 48 },
                } },
        },
        [139] = {
                .name = "rt_sigreturn", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "mask", "sigset_t *", ARG_SIGRETURN_MASK, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STACK_ENTER, .arg = 0, .size_arg = 0, .size = 8, .offset = 168 },
                } },
        },
        [140] = {
                .name = "setpriority", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "which", "int", ARG_PRIO_WHICH, 0 },
                        { "who", "int", ARG_INT, 0 },
                        { "niceval", "int", ARG_INT, 0 },
                },
        },
        [141] = {
                .name = "getpriority", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "which", "int", ARG_PRIO_WHICH, 0 },
                        { "who", "int", ARG_INT, 0 },
                },
        },
        [142] = {
                .name = "reboot", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "magic1", "int", ARG_REBOOT_MAGIC, 0 },
                        { "magic2", "int", ARG_REBOOT_MAGIC, 0 },
                        { "cmd", "unsigned int", ARG_REBOOT_CMD, 0 },
                        { "arg", "void *", ARG_STR, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 3, .size_arg = 0 },
                } },
        },
        [143] = {
                .name = "setregid", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "rgid", "gid_t", ARG_UID, 0 },
                        { "egid", "gid_t", ARG_UID, 0 },
                },
        },
        [144] = {
                .name = "setgid", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "gid", "gid_t", ARG_UID, 0 },
                },
        },
        [145] = {
                .name = "setreuid", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "ruid", "uid_t", ARG_UID, 0 },
                        { "euid", "uid_t", ARG_UID, 0 },
                },
        },
        [146] = {
                .name = "setuid", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "uid", "uid_t", ARG_UID, 0 },
                },
        },
        [147] = {
                .name = "setresuid", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "ruid", "uid_t", ARG_UID, 0 },
                        { "euid", "uid_t", ARG_UID, 0 },
                        { "suid", "uid_t", ARG_UID, 0 },
                },
        },
        [148] = {
                .name = "getresuid", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "ruidp", "uid_t *", ARG_UID_OUT, 0 },
                        { "euidp", "uid_t *", ARG_UID_OUT, 0 },
                        { "suidp", "uid_t *", ARG_UID_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 0, .size_arg = 0, .size = 4 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 4 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 4 },
                } },
        },
        [149] = {
                .name = "setresgid", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "rgid", "gid_t", ARG_UID, 0 },
                        { "egid", "gid_t", ARG_UID, 0 },
                        { "sgid", "gid_t", ARG_UID, 0 },
                },
        },
        [150] = {
                .name = "getresgid", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "rgidp", "gid_t *", ARG_UID_OUT, 0 },
                        { "egidp", "gid_t *", ARG_UID_OUT, 0 },
                        { "sgidp", "gid_t *", ARG_UID_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 0, .size_arg = 0, .size = 4 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 4 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 4 },
                } },
        },
        [151] = {
                .name = "setfsuid", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "uid", "uid_t", ARG_UID, 0 },
                },
        },
        [152] = {
                .name = "setfsgid", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "gid", "gid_t", ARG_UID, 0 },
                },
        },
        [153] = {
                .name = "times", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "tbuf", "struct tms *", ARG_TMS_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 0, .size_arg = 0, .size = 32 },
                } },
        },
        [154] = {
                .name = "setpgid", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "pgid", "pid_t", ARG_INT, 0 },
                },
        },
        [155] = {
                .name = "getpgid", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                },
        },
        [156] = {
                .name = "getsid", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                },
        },
        [157] = {
                .name = "setsid", .nargs = 0, .ret = RET_INT,
        },
        [158] = {
                .name = "getgroups", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "gidsetsize", "int", ARG_INT, 0 },
                        { "grouplist", "gid_t *", ARG_PTR_OUT, 0 },
                },
        },
        [159] = {
                .name = "setgroups", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "gidsetsize", "int", ARG_INT, 0 },
                        { "grouplist", "gid_t *", ARG_PTR_OUT, 0 },
                },
        },
        [160] = {
                .name = "uname", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "name", "struct new_utsname *", ARG_UTSNAME, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 0, .size_arg = 0, .size = 130 },
                } },
        },
        [161] = {
                .name = "sethostname", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "name", "char *", ARG_PTR_OUT, 0 },
                        { "len", "int", ARG_INT, 0 },
                },
        },
        [162] = {
                .name = "setdomainname", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "name", "char *", ARG_PTR_OUT, 0 },
                        { "len", "int", ARG_INT, 0 },
                },
        },
        [163] = {
                .name = "getrlimit", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "resource", "unsigned int", ARG_RLIMIT, 0 },
                        { "rlim", "struct rlimit *", ARG_RLIM_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 16 },
                } },
        },
        [164] = {
                .name = "setrlimit", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "resource", "unsigned int", ARG_RLIMIT, 0 },
                        { "rlim", "struct rlimit *", ARG_RLIM, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 0, .size = 16 },
                } },
        },
        [165] = {
                .name = "getrusage", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "who", "int", ARG_RUSAGE_WHO, 0 },
                        { "ru", "struct rusage *", ARG_RUSAGE_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 32 },
                } },
        },
        [166] = {
                .name = "umask", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "mask", "int", ARG_UMASK, 0 },
                },
        },
        [167] = {
                .name = "prctl", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "option", "int", ARG_PRCTL_OPTION, 0 },
                        { "arg2", "unsigned long", ARG_STR, 0 },
                        { "arg3", "unsigned long", ARG_HEX, 0 },
                        { "arg4", "unsigned long", ARG_HEX, 0 },
                        { "arg5", "unsigned long", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 16 },
                } },
        },
        [168] = {
                .name = "getcpu", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "cpup", "unsigned *", ARG_PTR_OUT, 0 },
                        { "nodep", "unsigned *", ARG_PTR_OUT, 0 },
                        { "unused", "struct getcpu_cache *", ARG_PTR_OUT, 0 },
                },
        },
        [169] = {
                .name = "gettimeofday", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "tv", "struct __kernel_old_timeval *", ARG_TIMEVAL_OUT, 0 },
                        { "tz", "struct timezone *", ARG_TIMEZONE_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 0, .size_arg = 0, .size = 16 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 8 },
                } },
        },
        [170] = {
                .name = "settimeofday", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "tv", "struct __kernel_old_timeval *", ARG_TIMEVAL, 0 },
                        { "tz", "struct timezone *", ARG_TIMEZONE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 0, .size_arg = 0, .size = 16 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 0, .size = 8 },
                } },
        },
        [171] = {
                .name = "adjtimex", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "txc_p", "struct __kernel_timex *", ARG_TIMEX_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 0, .size_arg = 0, .size = 168 },
                } },
        },
        [172] = {
                .name = "getpid", .nargs = 0, .ret = RET_INT,
        },
        [173] = {
                .name = "getppid", .nargs = 0, .ret = RET_INT,
        },
        [174] = {
                .name = "getuid", .nargs = 0, .ret = RET_INT,
        },
        [175] = {
                .name = "geteuid", .nargs = 0, .ret = RET_INT,
        },
        [176] = {
                .name = "getgid", .nargs = 0, .ret = RET_INT,
        },
        [177] = {
                .name = "getegid", .nargs = 0, .ret = RET_INT,
        },
        [178] = {
                .name = "gettid", .nargs = 0, .ret = RET_INT,
        },
        [179] = {
                .name = "sysinfo", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "info", "struct sysinfo *", ARG_SYSINFO, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 0, .size_arg = 0, .size = 112 },
                } },
        },
        [180] = {
                .name = "mq_open", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "u_name", "const char *", ARG_STR, 0 },
                        { "oflag", "int", ARG_OPEN_FLAGS, 0 },
                        { "mode", "umode_t", ARG_MODE, 0 },
                        { "u_attr", "struct mq_attr *", ARG_PTR_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [181] = {
                .name = "mq_unlink", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "u_name", "const char *", ARG_STR, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [182] = {
                .name = "mq_timedsend", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "mqdes", "mqd_t", ARG_FD, 0 },
                        { "u_msg_ptr", "const char *", ARG_STR, 0 },
                        { "msg_len", "size_t", ARG_SIZE, 0 },
                        { "msg_prio", "unsigned int", ARG_UINT, 0 },
                        { "u_abs_timeout", "const struct __kernel_timespec *", ARG_TIMESPEC, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 4, .size_arg = 0, .size = 16 },
                } },
        },
        [183] = {
                .name = "mq_timedreceive", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "mqdes", "mqd_t", ARG_FD, 0 },
                        { "u_msg_ptr", "char *", ARG_PTR_OUT, 0 },
                        { "msg_len", "size_t", ARG_SIZE, 0 },
                        { "u_msg_prio", "unsigned int *", ARG_PTR_OUT, 0 },
                        { "u_abs_timeout", "const struct __kernel_timespec *", ARG_TIMESPEC, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 4, .size_arg = 0, .size = 16 },
                } },
        },
        [184] = {
                .name = "mq_notify", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "mqdes", "mqd_t", ARG_FD, 0 },
                        { "u_notification", "const struct sigevent *", ARG_PTR, 0 },
                },
        },
        [185] = {
                .name = "mq_getsetattr", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "mqdes", "mqd_t", ARG_FD, 0 },
                        { "u_mqstat", "const struct mq_attr *", ARG_PTR, 0 },
                        { "u_omqstat", "struct mq_attr *", ARG_PTR_OUT, 0 },
                },
        },
        [186] = {
                .name = "msgget", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "key", "key_t", ARG_IPC_KEY, 0 },
                        { "msgflg", "int", ARG_IPC_FLAGS, 0 },
                },
        },
        [187] = {
                .name = "msgctl", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "msqid", "int", ARG_INT, 0 },
                        { "cmd", "int", ARG_MSGCTL_CMD, 0 },
                        { "buf", "struct msqid_ds *", ARG_PTR_OUT, 0 },
                },
        },
        [188] = {
                .name = "msgrcv", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "msqid", "int", ARG_INT, 0 },
                        { "msgp", "struct msgbuf *", ARG_PTR_OUT, 0 },
                        { "msgsz", "size_t", ARG_SIZE, 0 },
                        { "msgtyp", "long", ARG_LONG, 0 },
                        { "msgflg", "int", ARG_INT, 0 },
                },
        },
        [189] = {
                .name = "msgsnd", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "msqid", "int", ARG_INT, 0 },
                        { "msgp", "struct msgbuf *", ARG_PTR_OUT, 0 },
                        { "msgsz", "size_t", ARG_SIZE, 0 },
                        { "msgflg", "int", ARG_INT, 0 },
                },
        },
        [190] = {
                .name = "semget", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "key", "key_t", ARG_IPC_KEY, 0 },
                        { "nsems", "int", ARG_INT, 0 },
                        { "semflg", "int", ARG_IPC_FLAGS, 0 },
                },
        },
        [191] = {
                .name = "semctl", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "semid", "int", ARG_INT, 0 },
                        { "semnum", "int", ARG_INT, 0 },
                        { "cmd", "int", ARG_SEMCTL_CMD, 0 },
                        { "arg", "unsigned long", ARG_PTR, 0 },
                },
        },
        [192] = {
                .name = "semtimedop", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "semid", "int", ARG_INT, 0 },
                        { "tsops", "struct sembuf *", ARG_PTR_OUT, 0 },
                        { "nsops", "unsigned int", ARG_HEX, 0 },
                        { "timeout", "const struct __kernel_timespec *", ARG_TIMESPEC, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 3, .size_arg = 0, .size = 16 },
                } },
        },
        [193] = {
                .name = "semop", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "semid", "int", ARG_INT, 0 },
                        { "tsops", "struct sembuf *", ARG_PTR_OUT, 0 },
                        { "nsops", "unsigned", ARG_HEX, 0 },
                },
        },
        [194] = {
                .name = "shmget", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "key", "key_t", ARG_IPC_KEY, 0 },
                        { "size", "size_t", ARG_SIZE, 0 },
                        { "shmflg", "int", ARG_IPC_FLAGS, 0 },
                },
        },
        [195] = {
                .name = "shmctl", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "shmid", "int", ARG_INT, 0 },
                        { "cmd", "int", ARG_SHMCTL_CMD, 0 },
                        { "buf", "struct shmid_ds *", ARG_PTR_OUT, 0 },
                },
        },
        [196] = {
                .name = "shmat", .nargs = 3, .ret = RET_ADDR,
                .args = {
                        { "shmid", "int", ARG_INT, 0 },
                        { "shmaddr", "char *", ARG_PTR, 0 },
                        { "shmflg", "int", ARG_SHMAT_FLAGS, 0 },
                },
        },
        [197] = {
                .name = "shmdt", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "shmaddr", "char *", ARG_PTR_OUT, 0 },
                },
        },
        [198] = {
                .name = "socket", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "family", "int", ARG_SOCK_FAMILY, 0 },
                        { "type", "int", ARG_SOCK_TYPE, 0 },
                        { "protocol", "int", ARG_INT, 0 },
                },
        },
        [199] = {
                .name = "socketpair", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "family", "int", ARG_SOCK_FAMILY, 0 },
                        { "type", "int", ARG_SOCK_TYPE, 0 },
                        { "protocol", "int", ARG_INT, 0 },
                        { "usockvec", "int *", ARG_FD_PAIR, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 3, .size_arg = 0, .size = 8 },
                } },
        },
        [200] = {
                .name = "bind", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "umyaddr", "struct sockaddr *", ARG_SOCKADDR, 2 },
                        { "addrlen", "int", ARG_INT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 2, .size = 128 },
                } },
        },
        [201] = {
                .name = "listen", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "backlog", "int", ARG_INT, 0 },
                },
        },
        [202] = {
                .name = "accept", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "upeer_sockaddr", "struct sockaddr *", ARG_SOCKADDR_OUT, 2 },
                        { "upeer_addrlen", "int *", ARG_SOCKLEN_INOUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 2, .size = 128 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 4 },
                } },
        },
        [203] = {
                .name = "connect", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "uservaddr", "struct sockaddr *", ARG_SOCKADDR, 2 },
                        { "addrlen", "int", ARG_INT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 2, .size = 128 },
                } },
        },
        [204] = {
                .name = "getsockname", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "usockaddr", "struct sockaddr *", ARG_SOCKADDR_OUT, 2 },
                        { "usockaddr_len", "int *", ARG_SOCKLEN_INOUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 2, .size = 128 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 4 },
                } },
        },
        [205] = {
                .name = "getpeername", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "usockaddr", "struct sockaddr *", ARG_SOCKADDR_OUT, 2 },
                        { "usockaddr_len", "int *", ARG_SOCKLEN_INOUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 2, .size = 128 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 4 },
                } },
        },
        [206] = {
                .name = "sendto", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "buff", "void *", ARG_BUF_IN, 2 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "flags", "unsigned int", ARG_MSG_FLAGS, 0 },
                        { "addr", "struct sockaddr *", ARG_SOCKADDR, 5 },
                        { "addr_len", "int", ARG_INT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_ENTER, .arg = 1, .size_arg = 2 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 4, .size_arg = 5, .size = 128 },
                } },
        },
        [207] = {
                .name = "recvfrom", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "ubuf", "void *", ARG_BUF_OUT, 0 },
                        { "size", "size_t", ARG_SIZE, 0 },
                        { "flags", "unsigned int", ARG_MSG_FLAGS, 0 },
                        { "addr", "struct sockaddr *", ARG_SOCKADDR_OUT, 5 },
                        { "addr_len", "int *", ARG_SOCKLEN_INOUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_EXIT, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 4, .size_arg = 5, .size = 128 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 5, .size_arg = 0, .size = 4 },
                } },
        },
        [208] = {
                .name = "setsockopt", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "level", "int", ARG_SOCK_LEVEL, 0 },
                        { "optname", "int", ARG_INT, 0 },
                        { "optval", "char *", ARG_SOCKOPT, 4 },
                        { "optlen", "int", ARG_INT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 3, .size_arg = 4, .size = 4 },
                } },
        },
        [209] = {
                .name = "getsockopt", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "level", "int", ARG_SOCK_LEVEL, 0 },
                        { "optname", "int", ARG_INT, 0 },
                        { "optval", "char *", ARG_SOCKOPT_OUT, 4 },
                        { "optlen", "int *", ARG_SOCKLEN_INOUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 3, .size_arg = 4, .size = 4 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 4, .size_arg = 0, .size = 4 },
                } },
        },
        [210] = {
                .name = "shutdown", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "how", "int", ARG_SHUT_HOW, 0 },
                },
        },
        [211] = {
                .name = "sendmsg", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "msg", "struct user_msghdr *", ARG_MSGHDR, 0 },
                        { "flags", "unsigned int", ARG_MSG_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_MSGHDR_ENTER, .arg = 1, .size_arg = 0, .size = 64 },
                } },
        },
        [212] = {
                .name = "recvmsg", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "msg", "struct user_msghdr *", ARG_MSGHDR_OUT, 0 },
                        { "flags", "unsigned int", ARG_MSG_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_MSGHDR_EXIT, .arg = 1, .size_arg = 0, .size = 64 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 0, .size = 4, .offset = 8 },
                } },
        },
        [213] = {
                .name = "readahead", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "offset", "loff_t", ARG_LONG, 0 },
                        { "count", "size_t", ARG_SIZE, 0 },
                },
        },
        [214] = {
                .name = "brk", .nargs = 1, .ret = RET_ADDR,
                .args = {
                        { "brk", "unsigned long", ARG_PTR, 0 },
                },
        },
        [215] = {
                .name = "munmap", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "addr", "unsigned long", ARG_PTR, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                },
        },
        [216] = {
                .name = "mremap", .nargs = 5, .ret = RET_ADDR,
                .args = {
                        { "addr", "unsigned long", ARG_PTR, 0 },
                        { "old_len", "unsigned long", ARG_ULONG, 0 },
                        { "new_len", "unsigned long", ARG_ULONG, 0 },
                        { "flags", "unsigned long", ARG_MREMAP_FLAGS, 0 },
                        { "new_addr", "unsigned long", ARG_PTR, 0 },
                },
        },
        [217] = {
                .name = "add_key", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "_type", "const char *", ARG_STR, 0 },
                        { "_description", "const char *", ARG_STR, 0 },
                        { "_payload", "const void *", ARG_PTR, 0 },
                        { "plen", "size_t", ARG_SIZE, 0 },
                        { "ringid", "key_serial_t", ARG_KEY_SERIAL, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [218] = {
                .name = "request_key", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "_type", "const char *", ARG_STR, 0 },
                        { "_description", "const char *", ARG_STR, 0 },
                        { "_callout_info", "const char *", ARG_STR, 0 },
                        { "destringid", "key_serial_t", ARG_KEY_SERIAL, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 2, .size_arg = 0 },
                } },
        },
        [219] = {
                .name = "keyctl", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "option", "int", ARG_KEYCTL_CMD, 0 },
                        { "arg2", "unsigned long", ARG_STR, 0 },
                        { "arg3", "unsigned long", ARG_ULONG, 0 },
                        { "arg4", "unsigned long", ARG_ULONG, 0 },
                        { "arg5", "unsigned long", ARG_ULONG, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [220] = {
                .name = "clone", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "clone_flags", "unsigned long", ARG_CLONE_FLAGS, 0 },
                        { "newsp", "unsigned long", ARG_PTR, 0 },
                        { "parent_tidptr", "int *", ARG_PTR_OUT, 0 },
                        { "tls", "unsigned long", ARG_HEX, 0 },
                        { "child_tidptr", "int *", ARG_PTR_OUT, 0 },
                },
        },
        [221] = {
                .name = "execve", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "argv", "const char *const *", ARG_ARGV, 0 },
                        { "envp", "const char *const *", ARG_ENVP, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                        { .kind = TL_CAP_ARGV_ENTER, .arg = 1, .size_arg = 0, .size = 256 },
                        { .kind = TL_CAP_ARGV_ENTER, .arg = 2, .size_arg = 0 },
                } },
        },
        [222] = {
                .name = "mmap", .nargs = 6, .ret = RET_ADDR,
                .args = {
                        { "addr", "unsigned long", ARG_PTR, 0 },
                        { "len", "unsigned long", ARG_ULONG, 0 },
                        { "prot", "unsigned long", ARG_MMAP_PROT, 0 },
                        { "flags", "unsigned long", ARG_MMAP_FLAGS, 0 },
                        { "fd", "unsigned long", ARG_FD, 0 },
                        { "off", "unsigned long", ARG_HEX, 0 },
                },
        },
        [223] = {
                .name = "fadvise64", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "offset", "loff_t", ARG_LONG, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "advice", "int", ARG_FADVICE, 0 },
                },
        },
        [224] = {
                .name = "swapon", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "specialfile", "const char *", ARG_PATH, 0 },
                        { "swap_flags", "int", ARG_INT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [225] = {
                .name = "swapoff", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "specialfile", "const char *", ARG_PATH, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [226] = {
                .name = "mprotect", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_PTR, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "prot", "unsigned long", ARG_MMAP_PROT, 0 },
                },
        },
        [227] = {
                .name = "msync", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_PTR, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "flags", "int", ARG_MSYNC_FLAGS, 0 },
                },
        },
        [228] = {
                .name = "mlock", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_HEX, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                },
        },
        [229] = {
                .name = "munlock", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_HEX, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                },
        },
        [230] = {
                .name = "mlockall", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "flags", "int", ARG_MCL_FLAGS, 0 },
                },
        },
        [231] = {
                .name = "munlockall", .nargs = 0, .ret = RET_INT,
        },
        [232] = {
                .name = "mincore", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_HEX, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "vec", "unsigned char *", ARG_MINCORE_VEC, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 2, .size_arg = 0, .size = 32 },
                } },
        },
        [233] = {
                .name = "madvise", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_PTR, 0 },
                        { "len_in", "size_t", ARG_SIZE, 0 },
                        { "behavior", "int", ARG_MADVISE, 0 },
                },
        },
        [234] = {
                .name = "remap_file_pages", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_HEX, 0 },
                        { "size", "unsigned long", ARG_ULONG, 0 },
                        { "prot", "unsigned long", ARG_HEX, 0 },
                        { "pgoff", "unsigned long", ARG_HEX, 0 },
                        { "flags", "unsigned long", ARG_HEX, 0 },
                },
        },
        [235] = {
                .name = "mbind", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_PTR, 0 },
                        { "len", "unsigned long", ARG_ULONG, 0 },
                        { "mode", "unsigned long", ARG_MPOL_MODE, 0 },
                        { "nmask", "const unsigned long *", ARG_PTR, 0 },
                        { "maxnode", "unsigned long", ARG_ULONG, 0 },
                        { "flags", "unsigned int", ARG_MPOL_MF_FLAGS, 0 },
                },
        },
        [236] = {
                .name = "get_mempolicy", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "policy", "int *", ARG_PTR_OUT, 0 },
                        { "nmask", "unsigned long *", ARG_PTR_OUT, 0 },
                        { "maxnode", "unsigned long", ARG_ULONG, 0 },
                        { "addr", "unsigned long", ARG_PTR, 0 },
                        { "flags", "unsigned long", ARG_MPOL_GET_FLAGS, 0 },
                },
        },
        [237] = {
                .name = "set_mempolicy", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "mode", "int", ARG_MPOL_MODE, 0 },
                        { "nmask", "const unsigned long *", ARG_PTR, 0 },
                        { "maxnode", "unsigned long", ARG_ULONG, 0 },
                },
        },
        [238] = {
                .name = "migrate_pages", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "maxnode", "unsigned long", ARG_ULONG, 0 },
                        { "old_nodes", "const unsigned long *", ARG_PTR, 0 },
                        { "new_nodes", "const unsigned long *", ARG_PTR, 0 },
                },
        },
        [239] = {
                .name = "move_pages", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "nr_pages", "unsigned long", ARG_ULONG, 0 },
                        { "pages", "const void * *", ARG_PTR, 0 },
                        { "nodes", "const int *", ARG_PTR, 0 },
                        { "status", "int *", ARG_PTR_OUT, 0 },
                        { "flags", "int", ARG_INT, 0 },
                },
        },
        [240] = {
                .name = "rt_tgsigqueueinfo", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "tgid", "pid_t", ARG_INT, 0 },
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "sig", "int", ARG_SIGNAL, 0 },
                        { "uinfo", "siginfo_t *", ARG_SIGINFO, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 3, .size_arg = 0, .size = 48 },
                } },
        },
        [241] = {
                .name = "perf_event_open", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "attr_uptr", "struct perf_event_attr *", ARG_PTR_OUT, 0 },
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "cpu", "int", ARG_INT, 0 },
                        { "group_fd", "int", ARG_INT, 0 },
                        { "flags", "unsigned long", ARG_HEX, 0 },
                },
        },
        [242] = {
                .name = "accept4", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "upeer_sockaddr", "struct sockaddr *", ARG_SOCKADDR_OUT, 2 },
                        { "upeer_addrlen", "int *", ARG_SOCKLEN_INOUT, 0 },
                        { "flags", "int", ARG_SOCK_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 2, .size = 128 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 4 },
                } },
        },
        [243] = {
                .name = "recvmmsg", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "mmsg", "struct mmsghdr *", ARG_PTR_OUT, 0 },
                        { "vlen", "unsigned int", ARG_UINT, 0 },
                        { "flags", "unsigned int", ARG_MSG_FLAGS, 0 },
                        { "timeout", "struct __kernel_timespec *", ARG_PTR_OUT, 0 },
                },
        },
        [260] = {
                .name = "wait4", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "upid", "pid_t", ARG_INT, 0 },
                        { "stat_addr", "int *", ARG_WAIT_STATUS, 0 },
                        { "options", "int", ARG_WAIT_OPTIONS, 0 },
                        { "ru", "struct rusage *", ARG_RUSAGE_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 3, .size_arg = 0, .size = 32 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 4 },
                } },
        },
        [261] = {
                .name = "prlimit64", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "resource", "unsigned int", ARG_RLIMIT, 0 },
                        { "new_rlim", "const struct rlimit64 *", ARG_RLIM, 0 },
                        { "old_rlim", "struct rlimit64 *", ARG_RLIM_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 2, .size_arg = 0, .size = 16 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 3, .size_arg = 0, .size = 16 },
                } },
        },
        [262] = {
                .name = "fanotify_init", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "flags", "unsigned int", ARG_FAN_INIT_FLAGS, 0 },
                        { "event_f_flags", "unsigned int", ARG_OPEN_FLAGS, 0 },
                },
        },
        [263] = {
                .name = "fanotify_mark", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "fanotify_fd", "int", ARG_INT, 0 },
                        { "flags", "unsigned int", ARG_FAN_MARK_FLAGS, 0 },
                        { "mask", "__u64", ARG_FAN_MASK, 0 },
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "pathname", "const char *", ARG_PATH, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 4, .size_arg = 0 },
                } },
        },
        [264] = {
                .name = "name_to_handle_at", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "name", "const char *", ARG_STR, 0 },
                        { "handle", "struct file_handle *", ARG_PTR_OUT, 0 },
                        { "mnt_id", "void *", ARG_PTR_OUT, 0 },
                        { "flag", "int", ARG_AT_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [265] = {
                .name = "open_by_handle_at", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "mountdirfd", "int", ARG_INT, 0 },
                        { "handle", "struct file_handle *", ARG_PTR_OUT, 0 },
                        { "flags", "int", ARG_OPEN_FLAGS, 0 },
                },
        },
        [266] = {
                .name = "clock_adjtime", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "which_clock", "const clockid_t", ARG_CLOCK_ID, 0 },
                        { "utx", "struct __kernel_timex *", ARG_TIMEX_OUT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 1, .size_arg = 0, .size = 168 },
                } },
        },
        [267] = {
                .name = "syncfs", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                },
        },
        [268] = {
                .name = "setns", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "flags", "int", ARG_SETNS_TYPE, 0 },
                },
        },
        [269] = {
                .name = "sendmmsg", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "mmsg", "struct mmsghdr *", ARG_PTR_OUT, 0 },
                        { "vlen", "unsigned int", ARG_UINT, 0 },
                        { "flags", "unsigned int", ARG_MSG_FLAGS, 0 },
                },
        },
        [270] = {
                .name = "process_vm_readv", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "lvec", "const struct iovec *", ARG_PTR, 0 },
                        { "liovcnt", "unsigned long", ARG_ULONG, 0 },
                        { "rvec", "const struct iovec *", ARG_PTR, 0 },
                        { "riovcnt", "unsigned long", ARG_ULONG, 0 },
                        { "flags", "unsigned long", ARG_HEX, 0 },
                },
        },
        [271] = {
                .name = "process_vm_writev", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "lvec", "const struct iovec *", ARG_PTR, 0 },
                        { "liovcnt", "unsigned long", ARG_ULONG, 0 },
                        { "rvec", "const struct iovec *", ARG_PTR, 0 },
                        { "riovcnt", "unsigned long", ARG_ULONG, 0 },
                        { "flags", "unsigned long", ARG_HEX, 0 },
                },
        },
        [272] = {
                .name = "kcmp", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "pid1", "pid_t", ARG_INT, 0 },
                        { "pid2", "pid_t", ARG_INT, 0 },
                        { "type", "int", ARG_KCMP_TYPE, 0 },
                        { "idx1", "unsigned long", ARG_ULONG, 0 },
                        { "idx2", "unsigned long", ARG_ULONG, 0 },
                },
        },
        [273] = {
                .name = "finit_module", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "uargs", "const char *", ARG_STR, 0 },
                        { "flags", "int", ARG_INT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [274] = {
                .name = "sched_setattr", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "uattr", "struct sched_attr *", ARG_PTR_OUT, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
        },
        [275] = {
                .name = "sched_getattr", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "uattr", "struct sched_attr *", ARG_PTR_OUT, 0 },
                        { "usize", "unsigned int", ARG_UINT, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
        },
        [276] = {
                .name = "renameat2", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "olddfd", "int", ARG_DIRFD, 0 },
                        { "oldname", "const char *", ARG_PATH, 0 },
                        { "newdfd", "int", ARG_DIRFD, 0 },
                        { "newname", "const char *", ARG_PATH, 0 },
                        { "flags", "unsigned int", ARG_RENAME_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 3, .size_arg = 0 },
                } },
        },
        [277] = {
                .name = "seccomp", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "op", "unsigned int", ARG_SECCOMP_OP, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                        { "uargs", "void *", ARG_PTR_OUT, 0 },
                },
        },
        [278] = {
                .name = "getrandom", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "ubuf", "char *", ARG_BUF_OUT_HEX, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "flags", "unsigned int", ARG_GRND_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_EXIT, .arg = 0, .size_arg = 0 },
                } },
        },
        [279] = {
                .name = "memfd_create", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "uname", "const char *", ARG_STR, 0 },
                        { "flags", "unsigned int", ARG_MFD_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [280] = {
                .name = "bpf", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "cmd", "int", ARG_BPF_CMD, 0 },
                        { "uattr", "union bpf_attr *", ARG_PTR_OUT, 0 },
                        { "size", "unsigned int", ARG_UINT, 0 },
                },
        },
        [281] = {
                .name = "execveat", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "argv", "const char *const *", ARG_ARGV, 0 },
                        { "envp", "const char *const *", ARG_ENVP, 0 },
                        { "flags", "int", ARG_AT_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_ARGV_ENTER, .arg = 2, .size_arg = 0, .size = 256 },
                        { .kind = TL_CAP_ARGV_ENTER, .arg = 3, .size_arg = 0 },
                } },
        },
        [282] = {
                .name = "userfaultfd", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "flags", "int", ARG_PIPE_FLAGS, 0 },
                },
        },
        [283] = {
                .name = "membarrier", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "cmd", "int", ARG_MEMBARRIER_CMD, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                        { "cpu_id", "int", ARG_INT, 0 },
                },
        },
        [284] = {
                .name = "mlock2", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_PTR, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "flags", "int", ARG_MLOCK2_FLAGS, 0 },
                },
        },
        [285] = {
                .name = "copy_file_range", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "fd_in", "int", ARG_FD, 0 },
                        { "off_in", "loff_t *", ARG_LOFF, 0 },
                        { "fd_out", "int", ARG_FD, 0 },
                        { "off_out", "loff_t *", ARG_LOFF, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 1, .size_arg = 0, .size = 8 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 3, .size_arg = 0, .size = 8 },
                } },
        },
        [286] = {
                .name = "preadv2", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned long", ARG_FD, 0 },
                        { "vec", "const struct iovec *", ARG_IOVEC_OUT, 2 },
                        { "vlen", "unsigned long", ARG_ULONG, 0 },
                        { "pos_l", "unsigned long", ARG_ULONG, 0 },
                        { "pos_h", "unsigned long", ARG_ULONG, 0 },
                        { "flags", "rwf_t", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_IOVEC_EXIT, .arg = 1, .size_arg = 2, .size = 64 },
                } },
        },
        [287] = {
                .name = "pwritev2", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned long", ARG_FD, 0 },
                        { "vec", "const struct iovec *", ARG_IOVEC, 2 },
                        { "vlen", "unsigned long", ARG_ULONG, 0 },
                        { "pos_l", "unsigned long", ARG_ULONG, 0 },
                        { "pos_h", "unsigned long", ARG_ULONG, 0 },
                        { "flags", "rwf_t", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_IOVEC_ENTER, .arg = 1, .size_arg = 2, .size = 64 },
                } },
        },
        [288] = {
                .name = "pkey_mprotect", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_HEX, 0 },
                        { "len", "size_t", ARG_SIZE, 0 },
                        { "prot", "unsigned long", ARG_MMAP_PROT, 0 },
                        { "pkey", "int", ARG_INT, 0 },
                },
        },
        [289] = {
                .name = "pkey_alloc", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "flags", "unsigned long", ARG_HEX, 0 },
                        { "init_val", "unsigned long", ARG_PKEY_RIGHTS, 0 },
                },
        },
        [290] = {
                .name = "pkey_free", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "pkey", "int", ARG_INT, 0 },
                },
        },
        [291] = {
                .name = "statx", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "flags", "unsigned", ARG_STATX_FLAGS, 0 },
                        { "mask", "unsigned int", ARG_STATX_MASK, 0 },
                        { "buffer", "struct statx *", ARG_STATX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STRUCT_EXIT, .arg = 4, .size_arg = 0, .size = 48 },
                } },
        },
        [292] = {
                .name = "io_pgetevents", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "ctx_id", "aio_context_t", ARG_ULONG, 0 },
                        { "min_nr", "long", ARG_LONG, 0 },
                        { "nr", "long", ARG_LONG, 0 },
                        { "events", "struct io_event *", ARG_PTR_OUT, 0 },
                        { "timeout", "struct __kernel_timespec *", ARG_PTR_OUT, 0 },
                        { "usig", "const struct __aio_sigset *", ARG_PTR, 0 },
                },
        },
        [293] = {
                .name = "rseq", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "rseq", "struct rseq *", ARG_PTR_OUT, 0 },
                        { "rseq_len", "u32", ARG_HEX, 0 },
                        { "flags", "int", ARG_INT, 0 },
                        { "sig", "u32", ARG_HEX, 0 },
                },
        },
        [294] = {
                .name = "kexec_file_load", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "kernel_fd", "int", ARG_FD, 0 },
                        { "initrd_fd", "int", ARG_FD, 0 },
                        { "cmdline_len", "unsigned long", ARG_HEX, 0 },
                        { "cmdline_ptr", "const char *", ARG_STR, 0 },
                        { "flags", "unsigned long", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 3, .size_arg = 0 },
                } },
        },
        [424] = {
                .name = "pidfd_send_signal", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "pidfd", "int", ARG_FD, 0 },
                        { "sig", "int", ARG_SIGNAL, 0 },
                        { "info", "siginfo_t *", ARG_PTR_OUT, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
        },
        [425] = {
                .name = "io_uring_setup", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "entries", "u32", ARG_UINT, 0 },
                        { "params", "struct io_uring_params *", ARG_PTR_OUT, 0 },
                },
        },
        [426] = {
                .name = "io_uring_enter", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "to_submit", "u32", ARG_UINT, 0 },
                        { "min_complete", "u32", ARG_UINT, 0 },
                        { "flags", "u32", ARG_IORING_ENTER_FLAGS, 0 },
                        { "argp", "const void *", ARG_PTR, 0 },
                        { "argsz", "size_t", ARG_SIZE, 0 },
                },
        },
        [427] = {
                .name = "io_uring_register", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "opcode", "unsigned int", ARG_HEX, 0 },
                        { "arg", "void *", ARG_PTR_OUT, 0 },
                        { "nr_args", "unsigned int", ARG_UINT, 0 },
                },
        },
        [428] = {
                .name = "open_tree", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "flags", "unsigned", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [429] = {
                .name = "move_mount", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "from_dfd", "int", ARG_DIRFD, 0 },
                        { "from_pathname", "const char *", ARG_PATH, 0 },
                        { "to_dfd", "int", ARG_DIRFD, 0 },
                        { "to_pathname", "const char *", ARG_PATH, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                        { .kind = TL_CAP_STR_ENTER, .arg = 3, .size_arg = 0 },
                } },
        },
        [430] = {
                .name = "fsopen", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "_fs_name", "const char *", ARG_STR, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 0, .size_arg = 0 },
                } },
        },
        [431] = {
                .name = "fsconfig", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "fd", "int", ARG_FD, 0 },
                        { "cmd", "unsigned int", ARG_HEX, 0 },
                        { "_key", "const char *", ARG_STR, 0 },
                        { "_value", "const void *", ARG_PTR, 0 },
                        { "aux", "int", ARG_INT, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 2, .size_arg = 0 },
                } },
        },
        [432] = {
                .name = "fsmount", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fs_fd", "int", ARG_FD, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                        { "attr_flags", "unsigned int", ARG_HEX, 0 },
                },
        },
        [433] = {
                .name = "fspick", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "path", "const char *", ARG_PATH, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [434] = {
                .name = "pidfd_open", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pid", "pid_t", ARG_INT, 0 },
                        { "flags", "unsigned int", ARG_PIDFD_FLAGS, 0 },
                },
        },
        [435] = {
                .name = "clone3", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "uargs", "struct clone_args *", ARG_PTR_OUT, 0 },
                        { "size", "size_t", ARG_SIZE, 0 },
                },
        },
        [436] = {
                .name = "close_range", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "max_fd", "unsigned int", ARG_UINT, 0 },
                        { "flags", "unsigned int", ARG_CLOSE_RANGE_FLAGS, 0 },
                },
        },
        [437] = {
                .name = "openat2", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "how", "struct open_how *", ARG_PTR_OUT, 0 },
                        { "usize", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [438] = {
                .name = "pidfd_getfd", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "pidfd", "int", ARG_FD, 0 },
                        { "fd", "int", ARG_FD, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
        },
        [439] = {
                .name = "faccessat2", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "filename", "const char *", ARG_PATH, 0 },
                        { "mode", "int", ARG_ACCESS_MODE, 0 },
                        { "flags", "int", ARG_AT_FLAGS, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [440] = {
                .name = "process_madvise", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "pidfd", "int", ARG_FD, 0 },
                        { "vec", "const struct iovec *", ARG_PTR, 0 },
                        { "vlen", "size_t", ARG_SIZE, 0 },
                        { "behavior", "int", ARG_MADVISE, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
        },
        [441] = {
                .name = "epoll_pwait2", .nargs = 6, .ret = RET_INT,
                .args = {
                        { "epfd", "int", ARG_FD, 0 },
                        { "events", "struct epoll_event *", ARG_EPOLL_EVENTS_OUT, 0 },
                        { "maxevents", "int", ARG_INT, 0 },
                        { "timeout", "const struct __kernel_timespec *", ARG_TIMESPEC, 0 },
                        { "sigmask", "const sigset_t *", ARG_PTR, 0 },
                        { "sigsetsize", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_BUF_EXIT, .arg = 1, .size_arg = 0, .size = 16 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 3, .size_arg = 0, .size = 16 },
                } },
        },
        [442] = {
                .name = "mount_setattr", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "dfd", "int", ARG_DIRFD, 0 },
                        { "path", "const char *", ARG_PATH, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                        { "uattr", "struct mount_attr *", ARG_PTR_OUT, 0 },
                        { "usize", "size_t", ARG_SIZE, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 1, .size_arg = 0 },
                } },
        },
        [443] = {
                .name = "quotactl_fd", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "fd", "unsigned int", ARG_FD, 0 },
                        { "cmd", "unsigned int", ARG_HEX, 0 },
                        { "id", "qid_t", ARG_INT, 0 },
                        { "addr", "void *", ARG_PATH, 0 },
                },
                .rule = { .cap = {
                        { .kind = TL_CAP_STR_ENTER, .arg = 3, .size_arg = 0 },
                        { .kind = TL_CAP_STRUCT_ENTER, .arg = 3, .size_arg = 0, .size = 4 },
                } },
        },
        [444] = {
                .name = "landlock_create_ruleset", .nargs = 3, .ret = RET_INT,
                .args = {
                        { "attr", "const struct landlock_ruleset_attr *const", ARG_PTR, 0 },
                        { "size", "const size_t", ARG_HEX, 0 },
                        { "flags", "const __u32", ARG_HEX, 0 },
                },
        },
        [445] = {
                .name = "landlock_add_rule", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "ruleset_fd", "const int", ARG_INT, 0 },
                        { "rule_type", "const enum landlock_rule_type", ARG_HEX, 0 },
                        { "rule_attr", "const void *const", ARG_PTR, 0 },
                        { "flags", "const __u32", ARG_HEX, 0 },
                },
        },
        [446] = {
                .name = "landlock_restrict_self", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "ruleset_fd", "const int", ARG_INT, 0 },
                        { "flags", "const __u32", ARG_HEX, 0 },
                },
        },
        [447] = {
                .name = "memfd_secret", .nargs = 1, .ret = RET_INT,
                .args = {
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
        },
        [448] = {
                .name = "process_mrelease", .nargs = 2, .ret = RET_INT,
                .args = {
                        { "pidfd", "int", ARG_FD, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                },
        },
        [449] = {
                .name = "futex_waitv", .nargs = 5, .ret = RET_INT,
                .args = {
                        { "waiters", "struct futex_waitv *", ARG_PTR_OUT, 0 },
                        { "nr_futexes", "unsigned int", ARG_UINT, 0 },
                        { "flags", "unsigned int", ARG_HEX, 0 },
                        { "timeout", "struct __kernel_timespec *", ARG_PTR_OUT, 0 },
                        { "clockid", "clockid_t", ARG_INT, 0 },
                },
        },
        [450] = {
                .name = "set_mempolicy_home_node", .nargs = 4, .ret = RET_INT,
                .args = {
                        { "start", "unsigned long", ARG_HEX, 0 },
                        { "len", "unsigned long", ARG_ULONG, 0 },
                        { "home_node", "unsigned long", ARG_ULONG, 0 },
                        { "flags", "unsigned long", ARG_HEX, 0 },
                },
        },
};
