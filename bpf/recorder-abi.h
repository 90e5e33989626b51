/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/*
 * The record layout shared by the BPF recorder (bpf/recorder.bpf.c) and
 * userspace (src/daemon/recorder.c, src/decode/). Fixed-width types only: the
 * BPF side includes this after vmlinux.h, userspace after <stdint.h>.
 *
 * One record per system call. The enter half (arguments, enter-time captures)
 * waits in per-task storage until sys_exit, then the whole record is written
 * into one slot of the trace's ring. A syscall still waiting at dump time is
 * read out of that storage and shown as unfinished.
 *
 * Ring protocol: each trace owns nslots consecutive slots of the shared pool.
 * A writer takes idx = head++ (atomic), stores seq = 0 into slot idx % nslots,
 * writes the record and stores seq = idx + 1 last. A reader copies the slot and
 * keeps it only if seq is the same non-zero value before and after the copy.
 */

#define TL_ABI_VERSION 3

#define TL_COMM_LEN 16
#define TL_NARGS 6

/* Largest per-record capture the recorder can be configured for. */
#define TL_CAPTURE_MAX 4096
#define TL_CAPTURE_DEFAULT 256

/* Size of the direct-mapped pre-filter on cgroup ids (power of two). */
#define TL_CGROUP_FILTER_SIZE 65536

/* Most traces held at once (slots of the per-trace control array). */
#define TL_TRACES_MAX 256

/* record.flags */
enum {
        TL_RECORD_UNFINISHED = 1 << 0, /* entered, never returned (exit, died, in flight at dump) */
        TL_RECORD_COMPAT     = 1 << 1, /* 32-bit syscall ABI on a 64-bit kernel */
        TL_RECORD_TICK_TIME  = 1 << 2, /* ts_* come from the kernel tick (jiffies): one tick of resolution */
        TL_RECORD_GROUP_STOP = 1 << 3, /* TL_NR_SIGNAL: not the signal but the stop it caused */
};

/* tl_trace_ctl.flags */
enum {
        TL_TRACE_PRECISE_TIME  = 1 << 0, /* read the clock at enter and exit (costs a clock read per syscall) */
        TL_TRACE_SYSCALL_FILTER = 1 << 1, /* record only the syscalls set in the trace's tl_syscall_filter */
};

/* capture.flags */
enum {
        TL_CAPTURE_TRUNCATED = 1 << 0, /* more bytes were there than were kept */
        TL_CAPTURE_FAULT     = 1 << 1, /* user memory could not be read */
        TL_CAPTURE_STRING    = 1 << 2, /* a NUL-terminated string (NUL not counted in len) */
        TL_CAPTURE_INLINE    = 1 << 3, /* no bytes in data: the value is orig_len (see TL_CAP_STRUCT_*, TL_CAP_ARGV_ENTER) */
        TL_CAPTURE_AT_EXIT   = 1 << 4, /* an enter capture that faulted at enter, read again at exit */
};

/* Which user memory a syscall argument points at, and when to read it. */
enum {
        TL_CAP_NONE      = 0,
        TL_CAP_STR_ENTER = 1, /* NUL-terminated string at enter (paths) */
        TL_CAP_BUF_ENTER = 2, /* buffer at enter, length = args[size_arg] */
        TL_CAP_BUF_EXIT  = 3, /* buffer at exit, length = return value (times rule.size if set: epoll_wait's events) */
        TL_CAP_STRUCT_EXIT  = 4, /* rule.size bytes at exit, if the call succeeded (struct stat, ...) */
        TL_CAP_STRUCT_ENTER = 5, /* rule.size bytes at enter (sockaddr given to connect, ...) */
        TL_CAP_ARGV_ENTER   = 6, /* NULL-terminated array of strings at enter (execve argv, envp) */
        TL_CAP_IOVEC_ENTER  = 7, /* struct iovec[args[size_arg]] and the bytes behind, at enter (writev) */
        TL_CAP_IOVEC_EXIT   = 8, /* the same at exit, the bytes up to the return value (readv) */
        TL_CAP_ARRAY_ENTER  = 9, /* args[size_arg] * rule.unit bytes at enter, at most rule.size (poll's fds) */
        TL_CAP_ARRAY_EXIT   = 10, /* the same at exit, if the call returned >= 0 (poll's revents) */
        TL_CAP_MSGHDR_ENTER = 11, /* struct user_msghdr, its name and iovec at enter (sendmsg) */
        TL_CAP_MSGHDR_EXIT  = 12, /* the same at exit, the bytes up to the return value (recvmsg) */
        TL_CAP_STACK_ENTER  = 13, /* rule.size bytes at the user stack pointer + rule.offset, at enter */
        TL_CAP_STRUCT_BOTH  = 14, /* the same bytes at enter and again at exit (select's fd sets and timeout) */
};

/*
 * Enter-and-exit captures (TL_CAP_STRUCT_BOTH): rule.size bytes, or, if
 * rule.unit != 0, an fd_set of args[size_arg] bits: that count rounded up to
 * 64 bits, in bytes, at most rule.size. Read at enter into the start of the
 * capture's slice, and at exit, whatever the call returned, again into the
 * bytes right after: orig_len is the size of one copy, len is orig_len after
 * enter and twice that once the exit copy is there. A copy takes at most half
 * the slice, rounded down to 8 bytes; a larger one, or an fd_set larger than
 * rule.size, is cut (TL_CAPTURE_TRUNCATED).
 * Never inline, never read again at exit after a fault at enter.
 */

/*
 * Stack captures (TL_CAP_STACK_ENTER) are for what a syscall takes from the
 * user stack rather than through an argument: rt_sigreturn's saved signal
 * mask, in the signal frame the handler's return leaves at the stack pointer
 * (the offset is the architecture's: the generator knows it). The recorder
 * puts that address in args[rule.arg], where the syscall has no argument, and
 * reads it as a TL_CAP_STRUCT_ENTER of rule.size (> 4) bytes. Only as the
 * syscall's first rule: sys_enter looks no further.
 */

/*
 * Struct captures (TL_CAP_STRUCT_ENTER, TL_CAP_STRUCT_EXIT): rule.size bytes,
 * fewer if the data area is smaller (TL_CAPTURE_TRUNCATED).
 *   - rule.size <= 4: the value is kept inline, little-endian in orig_len, with
 *     TL_CAPTURE_INLINE and len 0 (int *status of wait4, socklen_t *addrlen).
 *   - TL_CAP_STRUCT_EXIT with rule.size_arg != 0: argument size_arg points at
 *     a 32-bit length the kernel updated (addrlen of accept4, recvfrom,
 *     getsockname, getpeername). min(that length, rule.size) bytes are kept
 *     and orig_len is the length as the kernel returned it.
 *   - TL_CAP_STRUCT_ENTER with rule.size_arg != 0: the length is the value of
 *     argument size_arg (addrlen of connect, bind, sendto), at most rule.size.
 *   - TL_CAP_STRUCT_ENTER reads at the argument + rule.offset: one field of
 *     the struct it points at (recvmsg's msg_namelen, whose exit value the
 *     kernel overwrites).
 * Exit captures are taken only if the call returned >= 0, struct exit
 * captures also if it was interrupted (-512..-516: -ERESTARTSYS to
 * -ERESTART_RESTARTBLOCK), for nanosleep's remaining time.
 *
 * Argument vectors (TL_CAP_ARGV_ENTER): orig_len is the number of entries
 * before the NULL (counted up to TL_ARGV_COUNT_MAX; a vector that long or
 * unreadable past some entry has TL_CAPTURE_TRUNCATED; one unreadable from
 * the first entry on has TL_CAPTURE_FAULT). rule.size is the most
 * bytes kept per string, NUL included; 0 keeps only the count (envp, which
 * strace prints as a count of variables), with TL_CAPTURE_INLINE. The data holds
 * the first entries (at most TL_ARGV_KEEP, as many as fit), each one status
 * byte (TL_ARGV_ENTRY_*) then, unless the status is FAULT, the string and its
 * NUL. len counts the bytes of whole entries.
 *
 * An enter capture (string, buffer, struct) that faulted at enter, typically
 * because its page had never been touched, is read again at exit into the
 * ring slot, unless the task exec'd in between; it then has TL_CAPTURE_AT_EXIT.
 */
/*
 * I/O vectors (TL_CAP_IOVEC_*): the vector has args[size_arg] entries. For
 * each of the first ones (at most TL_IOV_KEEP, as many as fit), at an 8-byte
 * aligned offset: a struct tl_iov_entry, then its kept bytes: at most
 * rule.size, at most iov_len, and at exit at most what is left of the return
 * value. orig_len is the number of entries kept, len the bytes of all of them.
 */
#define TL_IOV_KEEP 16

/*
 * Message headers (TL_CAP_MSGHDR_*): the struct user_msghdr as the user
 * passed it (at exit: as the kernel updated it), TL_MSGHDR_SIZE bytes; then
 * the first min(msg_namelen, TL_MSGHDR_NAME_MAX) bytes of msg_name, padded to
 * 8 bytes (none without a name); then the first bytes of msg_control, at most
 * msg_controllen (at exit: what the kernel wrote) and at most half of the room
 * left, padded to 8 bytes; then its iovec as TL_CAP_IOVEC_* keeps one
 * (rule.size bytes per entry). The copy's padding after msg_flags holds two
 * 16-bit counts: at TL_MSGHDR_NAME_ROOM the bytes the name takes, at
 * TL_MSGHDR_CONTROL_KEPT the control bytes kept (0 if msg_control could not be
 * read). orig_len counts the iovec entries kept. Needs TL_MSGHDR_SIZE +
 * TL_MSGHDR_NAME_MAX bytes of room, else nothing is kept.
 * recvmsg's msg_namelen as the user passed it is a second capture, inline at
 * enter (TL_CAP_STRUCT_ENTER of 4 bytes at rule.offset 8).
 */
#define TL_MSGHDR_SIZE 56
#define TL_MSGHDR_NAME_MAX 128
#define TL_MSGHDR_NAME_ROOM 52
#define TL_MSGHDR_CONTROL_KEPT 54
struct tl_iov_entry {
        uint64_t base;   /* iov_base */
        uint64_t len;    /* iov_len */
        uint32_t kept;   /* bytes that follow */
        uint32_t flags;  /* TL_CAPTURE_FAULT: iov_base could not be read */
};

#define TL_ARGV_KEEP 16
#define TL_ARGV_COUNT_MAX 256
enum {
        TL_ARGV_ENTRY_WHOLE = 0, /* the whole string follows */
        TL_ARGV_ENTRY_CUT   = 1, /* the string was longer than what follows */
        TL_ARGV_ENTRY_FAULT = 2, /* the pointer could not be read; no string follows */
};

/* One capture rule of a syscall; the userspace decoder table fills these in. */
struct tl_capture_rule {
        uint8_t kind;     /* TL_CAP_* */
        uint8_t arg;      /* which argument holds the pointer */
        uint8_t size_arg; /* TL_CAP_BUF_ENTER, TL_CAP_STRUCT_*: which argument holds the length (0 = none for structs) */
        uint8_t unit;     /* TL_CAP_ARRAY_*: bytes per element (0 = 1); TL_CAP_STRUCT_BOTH: != 0 for an fd_set of args[size_arg] bits */
        uint16_t size;    /* TL_CAP_STRUCT_*, TL_CAP_ARRAY_*, TL_CAP_STACK_ENTER: bytes to read (at most); TL_CAP_ARGV_ENTER: bytes per string */
        uint16_t offset;  /* TL_CAP_STACK_ENTER: bytes above the user stack pointer; TL_CAP_STRUCT_ENTER: bytes into the struct */
};

/* Captures of one syscall (execve: path, argv, envp; recvfrom: buffer,
 * address, address length). The data area is split evenly between the
 * captures that keep bytes there; inline ones come last and take no room. */
#define TL_CAPTURES_PER_RECORD 4
#define TL_SYSCALLS_MAX 1024

/* record_header.nr values that are not syscalls: events the recorder adds to
 * the stream of a traced task (negative, so no syscall table ever has them). */
enum {
        TL_NR_SIGNAL = -2, /* a signal delivered to the task: "--- SIGSEGV {...} ---" */
        TL_NR_EXIT   = -3, /* the task exited: "+++ exited with N +++" / "+++ killed by SIG +++" */
};

/*
 * Layout of the event records (no captures, ts_exit == ts_enter, never
 * unfinished; order is taken from the trace's counter like a syscall's).
 *
 * TL_NR_SIGNAL, written when the task dequeues the signal to act on it
 * (handler, default action or ignore), after the interrupted syscall's exit;
 * or, for a signal the task ignores (never queued), when it is sent:
 *   args[0]    signal number (low 32 bits) | si_errno << 32
 *   args[1]    si_code, sign-extended
 *   args[2..5] the first 32 bytes of the siginfo union (_sifields), as the
 *              native 64-bit siginfo_t lays them out: si_pid/si_uid/si_status/
 *              si_utime/si_stime, si_addr, si_timerid/si_overrun/si_value, ...
 *   ret        the handler at delivery: 0 SIG_DFL, 1 SIG_IGN, else its address
 * SIGKILL is not recorded: it can neither be caught nor carry who sent it
 * (the kernel turns it into a group exit), and the exit record says it all.
 * A fatal signal the kernel turned into SIGKILL for every thread (SIGTERM with
 * the default action, ...) is recorded as the signal that was sent.
 * A SIGSTOP is followed by a second record with TL_RECORD_GROUP_STOP: the task
 * stops ("--- stopped by SIGSTOP ---").
 *
 * TL_NR_EXIT, written when a thread exits, and for the thread group leader
 * when the process ends (strace reports the leader when it is reaped: a leader
 * that exits before other threads is written after the last one's record):
 *   args[0]    the exit status as wait() reports it (WIFEXITED/WEXITSTATUS,
 *              WIFSIGNALED/WTERMSIG/WCOREDUMP); for a leader written late, the
 *              process's: the group's exit code, else the last thread's
 *   args[1]    1 for the leader's record: the end of the process
 */
#define TL_SIGNAL_SIFIELDS_BYTES 32

/* Which syscalls a trace records when TL_TRACE_SYSCALL_FILTER is set: bit nr
 * of bits[nr / 64] for syscall nr. One per trace slot. A syscall left out
 * takes no order number and no ring slot: order counts recorded syscalls. */
struct tl_syscall_filter {
        uint64_t bits[TL_SYSCALLS_MAX / 64];
};

/* Per-syscall capture table entry, indexed by syscall number. */
struct tl_syscall_rule {
        struct tl_capture_rule cap[TL_CAPTURES_PER_RECORD];
};

/* Where one captured argument's bytes are in record.data. */
struct tl_capture {
        uint8_t arg;     /* argument index 0..5 */
        uint8_t flags;   /* TL_CAPTURE_* */
        uint16_t offset; /* into data[] */
        uint16_t len;    /* bytes kept */
        uint16_t pad;
        uint32_t orig_len; /* bytes the syscall had there (count, ret or strlen+1), when known */
};

struct tl_record_header {
        uint64_t seq;          /* ring index + 1; 0 while being written */
        uint64_t order;        /* the trace's count of recorded syscalls entered before this one: order across CPUs */
        uint64_t ts_enter;     /* CLOCK_MONOTONIC ns; jiffies in the kernel when TL_RECORD_TICK_TIME */
        uint64_t ts_exit;      /* 0 if unfinished */
        uint64_t args[TL_NARGS];
        int64_t ret;
        uint32_t pid;          /* tgid */
        uint32_t tid;
        uint32_t cpu;          /* cpu at exit (at enter if unfinished) */
        int32_t nr;            /* syscall number */
        uint32_t flags;        /* TL_RECORD_* */
        uint32_t lost_before;  /* records dropped in the kernel just before this one */
        char comm[TL_COMM_LEN];
        struct tl_capture cap[TL_CAPTURES_PER_RECORD];
};

/* A ring slot: header plus data[capture_size]. */
struct tl_record {
        struct tl_record_header h;
        uint8_t data[];
};

/* Per-task storage: the enter half of a syscall in flight. */
struct tl_pending {
        uint32_t active;       /* 1 between enter and exit */
        uint32_t trace;        /* trace slot */
        uint32_t trace_gen;    /* generation of that slot when entered */
        uint32_t exec_id;      /* task's self_exec_id at enter: an exit-time retry must not read a new program */
        uint64_t cgroup_id;    /* cgroup the verdict (trace, trace_gen) was looked up for */
        uint32_t process_end_told; /* a thread group leader's: its "+++" line was written (0 -> 1, once) */
        uint32_t pad0;
        struct tl_record_header h;
        /* Only the first capture_size bytes are used; the rest lets the
         * verifier see that variable-offset string reads (argv) stay inside. */
        uint8_t data[TL_CAPTURE_MAX * 2];
};

/* Per-trace control block, one cache line apart so CPUs do not share lines. */
struct tl_trace_ctl {
        uint64_t head;         /* records reserved so far */
        uint64_t lost;         /* records dropped in the kernel, total */
        uint64_t lost_pending; /* dropped since the last record written */
        uint32_t base;         /* first slot in the pool */
        uint32_t nslots;       /* 0 = slot unused */
        uint32_t gen;          /* bumped each time the slot is (re)assigned */
        uint32_t flags;        /* TL_TRACE_* */
        uint64_t order;        /* recorded syscalls entered so far */
        uint64_t pad[2];
} __attribute__((aligned(64)));

/* Written by the in-flight iterator after the last task: the kernel tick and
 * the monotonic clock read together, to turn tick times into nanoseconds. */
#define TL_CLOCK_SAMPLE_MAGIC 0x6b636f6c63706c74ULL /* "tlpclock" */
struct tl_clock_sample {
        uint64_t magic;
        uint64_t jiffies;
        uint64_t mono_ns;
        uint32_t hz;           /* CONFIG_HZ, 0 if the kernel config could not be read */
        uint32_t pad;
};

/* Value of the cgroup map: which trace owns a cgroup. */
struct tl_cgroup_value {
        uint32_t trace;
        uint32_t gen;
};
