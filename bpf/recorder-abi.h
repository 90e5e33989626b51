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
};

/* Which user memory a syscall argument points at, and when to read it. */
enum {
        TL_CAP_NONE      = 0,
        TL_CAP_STR_ENTER = 1, /* NUL-terminated string at enter (paths) */
        TL_CAP_BUF_ENTER = 2, /* buffer at enter, length = args[size_arg] */
        TL_CAP_BUF_EXIT  = 3, /* buffer at exit, length = return value */
        TL_CAP_STRUCT_EXIT  = 4, /* rule.size bytes at exit, if the call succeeded (struct stat, ...) */
        TL_CAP_STRUCT_ENTER = 5, /* rule.size bytes at enter (sockaddr given to connect, ...) */
        TL_CAP_ARGV_ENTER   = 6, /* NULL-terminated array of strings at enter (execve argv, envp) */
};

/* One capture rule of a syscall; the userspace decoder table fills these in. */
struct tl_capture_rule {
        uint8_t kind;     /* TL_CAP_* */
        uint8_t arg;      /* which argument holds the pointer */
        uint8_t size_arg; /* for TL_CAP_BUF_ENTER: which argument holds the length */
        uint8_t pad;
        uint16_t size;    /* for TL_CAP_STRUCT_*: bytes to read */
        uint16_t pad2;
};

#define TL_CAPTURES_PER_RECORD 2
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
 * TL_NR_EXIT, written when the task (thread) exits:
 *   args[0]    the task's exit code as wait() reports it (WIFEXITED/WEXITSTATUS,
 *              WIFSIGNALED/WTERMSIG/WCOREDUMP)
 *   args[1]    1 if it was the last live thread of its thread group
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
        uint32_t pad;
        uint64_t cgroup_id;    /* cgroup the verdict (trace, trace_gen) was looked up for */
        struct tl_record_header h;
        uint8_t data[TL_CAPTURE_MAX];
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
