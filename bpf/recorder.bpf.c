// SPDX-License-Identifier: LGPL-2.1-or-later OR BSD-2-Clause
/*
 * The traceloop recorder: one record per system call of the traced cgroups,
 * written into the calling trace's overwriting ring when the syscall returns.
 *
 * Cost model (see docs/PERFORMANCE.md): attaching anything to the syscall
 * tracepoints costs every task on the machine; what we add on top for tasks
 * that are not traced must be a handful of instructions. So:
 *   - sys_enter reads the task's cgroup id with plain BTF loads and checks a
 *     direct-mapped array of counters (no helper call, no hash) before
 *     anything else; only a hit goes on to the hash of traced cgroups.
 *   - sys_exit does the same filter before it looks at the task's storage.
 *   - the enter half waits in that task storage and goes out with the exit as
 *     one record; whatever is still waiting at dump time is in flight.
 *   - order comes from a per-trace counter taken at enter, exact across CPUs.
 *     Time comes from the kernel tick (bpf_jiffies64, a load) unless the trace
 *     asks for precise time: on the VMs we measured, the first clock read in
 *     a syscall costs as much as the whole floor (docs/PERFORMANCE.md).
 */

#include "vmlinux.h"

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "recorder-abi.h"

#define BPF_LOCAL_STORAGE_GET_F_CREATE_ 1ULL
#define SIGKILL_ 9
#define SIGSTOP_ 19

extern unsigned int CONFIG_HZ __kconfig __weak;

/* Bytes of user memory kept per record; set by the loader, <= TL_CAPTURE_MAX. */
const volatile __u32 capture_size = TL_CAPTURE_DEFAULT;

/* Counters of traced cgroups per (cgroup id % TL_CGROUP_FILTER_SIZE). Zero
 * means "certainly not traced"; non-zero sends the task to the hash. Updated
 * atomically by userspace (through the mmapped .bss) and by cgroup_mkdir/rmdir
 * below; a counter goes up before its hash entry is added and down after it is
 * removed, so the filter never says no for a traced cgroup. */
__u32 cgroup_filter[TL_CGROUP_FILTER_SIZE];

struct {
        __uint(type, BPF_MAP_TYPE_HASH);
        __uint(max_entries, 16384);
        __type(key, __u64);
        __type(value, struct tl_cgroup_value);
} cgroups SEC(".maps");

struct {
        __uint(type, BPF_MAP_TYPE_ARRAY);
        __uint(map_flags, BPF_F_MMAPABLE);
        __uint(max_entries, TL_TRACES_MAX);
        __type(key, __u32);
        __type(value, struct tl_trace_ctl);
} traces SEC(".maps");

/* The pool of ring slots all traces share; value size and count are set by
 * the loader (header + capture_size, total bytes / slot size). */
struct {
        __uint(type, BPF_MAP_TYPE_ARRAY);
        __uint(map_flags, BPF_F_MMAPABLE);
        __uint(max_entries, 1);
        __uint(key_size, sizeof(__u32));
        __uint(value_size, sizeof(struct tl_record_header) + TL_CAPTURE_DEFAULT);
} pool SEC(".maps");

struct {
        __uint(type, BPF_MAP_TYPE_TASK_STORAGE);
        __uint(map_flags, BPF_F_NO_PREALLOC);
        __type(key, int);
        __type(value, struct tl_pending);
} pending SEC(".maps");

/* Capture rules per syscall number, filled by the loader from the decoder's table. */
struct {
        __uint(type, BPF_MAP_TYPE_ARRAY);
        __uint(max_entries, TL_SYSCALLS_MAX);
        __type(key, __u32);
        __type(value, struct tl_syscall_rule);
} rules SEC(".maps");

/* Per trace slot: the syscalls it records, if its TL_TRACE_SYSCALL_FILTER is set. */
struct {
        __uint(type, BPF_MAP_TYPE_ARRAY);
        __uint(max_entries, TL_TRACES_MAX);
        __type(key, __u32);
        __type(value, struct tl_syscall_filter);
} syscall_filters SEC(".maps");

static __always_inline __u64 task_cgroup_id(struct task_struct *task) {
        return task->cgroups->dfl_cgrp->kn->id;
}

static __always_inline void trace_lost(struct tl_trace_ctl *ctl) {
        __sync_fetch_and_add(&ctl->lost, 1);
        __sync_fetch_and_add(&ctl->lost_pending, 1);
}

/* The registers syscall_arg() reads, as CO-RE flavors of each architecture's
 * struct pt_regs (libbpf matches "pt_regs___x" to the kernel's pt_regs and
 * puts each field where the running kernel has it, anonymous unions
 * included). They are declared here rather than taken from vmlinux.h so that
 * the program compiles for any target whatever kernel's BTF vmlinux.h was
 * made from: an arm64 object can be built (and is, by test-bpf-cross-arch) on
 * an x86_64 machine. libbpf 1.1's PT_REGS_PARMn_SYSCALL() would not do: on
 * arm64 they need struct user_pt_regs from an arm64 vmlinux.h, read orig_x0
 * through a helper call, and stop at the fifth argument. */
struct pt_regs___tl_x86 {
        unsigned long di, si, dx, r10, r8, r9, sp;
} __attribute__((preserve_access_index));

struct pt_regs___tl_arm64 {
        __u64 regs[31];
        __u64 sp;
        __u64 pstate;
        __u64 orig_x0;
} __attribute__((preserve_access_index));

/* The i386 argument registers, for int $0x80 (and a 32-bit process's every
 * syscall): ebx, ecx, edx, esi, edi, ebp. */
struct pt_regs___tl_ia32 {
        unsigned long bx, cx, dx, si, di, bp;
} __attribute__((preserve_access_index));

/* x86: thread_info.status has TS_COMPAT while an ia32 syscall runs
 * (in_ia32_syscall(), 6.1 and 6.18 alike; thread_info is the first member of
 * task_struct since CONFIG_THREAD_INFO_IN_TASK, always on x86_64). */
struct thread_info___tl_x86 {
        __u32 status;
} __attribute__((preserve_access_index));

struct task_struct___tl_x86 {
        struct thread_info___tl_x86 thread_info;
} __attribute__((preserve_access_index));

#define TS_COMPAT_ 0x0002
/* arm64: PSR_MODE32_BIT of the saved pstate, set when the task trapped from
 * AArch32 (compat_user_mode()). Architectural, unlike TIF_32BIT, whose bit
 * number moved when arm64 took the generic TIF bits. */
#define PSR_MODE32_BIT_ 0x10

/* The syscall's arguments as the user passed them. regs is a trusted BTF
 * pointer here (tp_btf), so these are plain loads, relocated by CO-RE. */
static __always_inline __u64 syscall_arg(struct pt_regs *regs, int i) {
#if defined(__TARGET_ARCH_x86)
        const struct pt_regs___tl_x86 *r = (const void *) regs;

        switch (i) {
        case 0: return r->di;
        case 1: return r->si;
        case 2: return r->dx;
        case 3: return r->r10;
        case 4: return r->r8;
        default: return r->r9;
        }
#elif defined(__TARGET_ARCH_arm64)
        const struct pt_regs___tl_arm64 *r = (const void *) regs;

        /* x0 is overwritten by the return value; orig_x0 keeps the first argument. */
        switch (i) {
        case 0: return r->orig_x0;
        case 1: return r->regs[1];
        case 2: return r->regs[2];
        case 3: return r->regs[3];
        case 4: return r->regs[4];
        default: return r->regs[5];
        }
#else
#error "syscall argument registers not known for this architecture"
#endif
}

/* The user stack pointer at syscall entry (TL_CAP_STACK_ENTER). */
static __always_inline __u64 user_stack_pointer(struct pt_regs *regs) {
#if defined(__TARGET_ARCH_x86)
        return ((const struct pt_regs___tl_x86 *) (const void *) regs)->sp;
#else
        return ((const struct pt_regs___tl_arm64 *) (const void *) regs)->sp;
#endif
}

/* Whether this syscall uses the 32-bit ABI: its number is from the compat
 * table, its arguments 32 bits wide. One load and a test. */
static __always_inline bool compat_syscall(struct task_struct *task, struct pt_regs *regs) {
#if defined(__TARGET_ARCH_x86)
        const struct task_struct___tl_x86 *t = (const void *) task;

        if (!bpf_core_field_exists(t->thread_info.status))
                return false;
        return t->thread_info.status & TS_COMPAT_;
#else
        return ((const struct pt_regs___tl_arm64 *) (const void *) regs)->pstate & PSR_MODE32_BIT_;
#endif
}

/* A compat syscall's arguments, 32 bits each, in p->h.args. */
static __always_inline void compat_args(__u64 *args, struct pt_regs *regs) {
#if defined(__TARGET_ARCH_x86)
        const struct pt_regs___tl_ia32 *r = (const void *) regs;

        args[0] = (__u32) r->bx;
        args[1] = (__u32) r->cx;
        args[2] = (__u32) r->dx;
        args[3] = (__u32) r->si;
        args[4] = (__u32) r->di;
        args[5] = (__u32) r->bp;
#else
        /* AArch32 passes r0-r5 where AArch64 has x0-x5 (the number in r7). */
        args[0] = (__u32) syscall_arg(regs, 0);
        args[1] = (__u32) syscall_arg(regs, 1);
        args[2] = (__u32) syscall_arg(regs, 2);
        args[3] = (__u32) syscall_arg(regs, 3);
        args[4] = (__u32) syscall_arg(regs, 4);
        args[5] = (__u32) syscall_arg(regs, 5);
#endif
}

/* Captures that keep no bytes in data[]: a value of at most 4 bytes (wait4's
 * status, an addrlen) or an argv count. The generator puts them after the
 * others, so capture i < n of a rule with n data captures owns slice i. */
static __always_inline bool rule_is_inline(const struct tl_capture_rule *cr) {
        if (cr->kind == TL_CAP_STRUCT_ENTER || cr->kind == TL_CAP_STRUCT_EXIT)
                return cr->size <= 4 && cr->size_arg == 0;
        return cr->kind == TL_CAP_ARGV_ENTER && cr->size == 0;
}

static __always_inline int rule_count(const struct tl_syscall_rule *rule) {
        int n = 0;

#pragma unroll
        for (int i = 0; i < TL_CAPTURES_PER_RECORD; i++)
                if (rule->cap[i].kind != TL_CAP_NONE && !rule_is_inline(&rule->cap[i]))
                        n++;
        return n;
}

/* The data area is cut into n equal, 8-byte aligned slices. Constants on
 * each path (capture_size is read-only data), so the verifier can see every
 * read's bounds. */
static __always_inline __u32 capture_slice(int n) {
        __u32 v = capture_size;

        /* Keeps the compiler from turning the cases into one division by n,
         * which the verifier could not bound. */
        asm volatile("" : "+r"(v));
        switch (n) {
        case 2: return (v / 2) & ~7U;
        case 3: return (v / 3) & ~7U;
        case 4: return (v / 4) & ~7U;
        default: return v;
        }
}

static __always_inline __u32 capture_offset(int i, int n) {
        return i == 0 ? 0 : (__u32) i * capture_slice(n);
}

static __always_inline __u32 capture_room(int i, int n) {
        if (i >= n - 1)
                return capture_size - capture_offset(i, n);
        return capture_slice(n);
}

/* args[i], with a bound on i the compiler cannot drop after its own range
 * checks (the verifier wants to see it). args[6..7] are ret and pid/tid:
 * inside the record, and never asked for. */
static __always_inline __u64 arg_at(const __u64 *args, __u32 i) {
        asm volatile("" : "+r"(i));
        return args[i & 7];
}

/* v, or 0 if v > max, computed in one register in a way that every verifier
 * sees. The C checks before it decide what is read; this only keeps their
 * bound visible: the verifier of 6.1 learns a bound on one register and loses
 * it when the compiler checks one reload of a spilled value and passes
 * another to the helper. */
#define BOUNDED(v, max) ({                                                      \
        __u64 __b = (v);                                                        \
        asm volatile("if %[b] <= %[m] goto +1; %[b] = 0" : [b] "+r"(__b) : [m] "i"(max)); \
        __b;                                                                    \
})

/* Read a NUL-terminated string from the user into dst (room bytes there). */
static __always_inline void read_user_string(struct tl_capture *c, __u8 *dst, __u32 room, __u64 ptr) {
        long k;

        k = bpf_probe_read_user_str(dst, BOUNDED(room, TL_CAPTURE_MAX), (const void *) ptr);
        if (k <= 0) {
                c->flags = TL_CAPTURE_FAULT;
                return;
        }
        c->flags = TL_CAPTURE_STRING;
        c->len = k - 1;
        c->orig_len = k;
        if ((__u32) k == room) {
                char next = 0;

                /* The kernel stopped at room - 1 bytes; was that the end of the string? */
                if (bpf_probe_read_user(&next, 1, (const void *) (ptr + room - 1)) == 0 && next != 0)
                        c->flags |= TL_CAPTURE_TRUNCATED;
        }
}

/* Read want bytes (fewer if room is smaller, marked truncated) from the user into dst. */
static __always_inline void read_user_buffer(struct tl_capture *c, __u8 *dst, __u32 room, __u64 ptr, __u64 want) {
        c->orig_len = want > 0xffffffffULL ? 0xffffffffU : (__u32) want;
        if (want > room) {
                want = room;
                c->flags |= TL_CAPTURE_TRUNCATED;
        }
        /* room <= TL_CAPTURE_MAX already; a constant bound for the verifier. */
        if (want == 0 || want > TL_CAPTURE_MAX)
                return;
        if (bpf_probe_read_user(dst, BOUNDED(want, TL_CAPTURE_MAX), (const void *) ptr) < 0) {
                c->flags = TL_CAPTURE_FAULT;
                return;
        }
        c->len = want;
}

/* A struct: rule.size bytes, or as many as a length argument says (see recorder-abi.h). */
static __always_inline void read_user_struct(struct tl_capture *c, __u8 *dst, __u32 room, __u64 ptr,
                                             const struct tl_capture_rule *cr, const __u64 *args, bool at_exit) {
        __u64 want = cr->size, v = 0;
        __u32 len = 0;

        if (cr->size_arg != 0 && cr->size_arg < TL_NARGS) {
                if (!at_exit)
                        len = (__u32) arg_at(args, cr->size_arg);
                else if (bpf_probe_read_user(&len, sizeof(len), (const void *) arg_at(args, cr->size_arg)) < 0) {
                        c->flags = TL_CAPTURE_FAULT;
                        return;
                }
                read_user_buffer(c, dst, room, ptr, len < want ? len : want);
                c->orig_len = len;
                return;
        }
        if (want > 4) {
                read_user_buffer(c, dst, room, ptr, want);
                return;
        }
        if (want == 0 || bpf_probe_read_user(&v, BOUNDED(want, 4), (const void *) ptr) < 0) {
                c->flags = TL_CAPTURE_FAULT;
                return;
        }
        c->flags = TL_CAPTURE_INLINE;
        c->orig_len = (__u32) v;
}

/* TL_CAP_STRUCT_BOTH at enter: the first copy, at the start of the slice
 * (recorder-abi.h), at most half of it. */
static __always_inline void read_user_both_enter(struct tl_capture *c, __u8 *dst, __u32 room, __u64 ptr,
                                                 const struct tl_capture_rule *cr, const __u64 *args) {
        __u64 want = cr->size;
        __u32 half = (room / 2) & ~7U;

        if (cr->unit != 0 && cr->size_arg < TL_NARGS) {
                /* An fd_set of nfds bits, in 64-bit words as the kernel reads it. */
                __u64 bytes = ((__u64) (__u32) arg_at(args, cr->size_arg) + 63) / 64 * 8;

                if (bytes < want)
                        want = bytes;
                else if (bytes > want)
                        c->flags |= TL_CAPTURE_TRUNCATED;
        }
        if (want > half) {
                want = half;
                c->flags |= TL_CAPTURE_TRUNCATED;
        }
        if (want == 0)
                return;
        if (bpf_probe_read_user(dst, BOUNDED(want, TL_CAPTURE_MAX / 2), (const void *) ptr) < 0) {
                c->flags = TL_CAPTURE_FAULT;
                return;
        }
        c->len = want;
        c->orig_len = want;
}

/* TL_CAP_STRUCT_BOTH at exit: as many bytes as at enter, right after them. */
static __always_inline void read_user_both_exit(struct tl_capture *c, __u8 *data, __u32 off, __u32 room, __u64 ptr) {
        __u32 want = c->orig_len;

        if (ptr == 0 || want == 0 || c->len != want || want > room / 2 || (c->flags & TL_CAPTURE_FAULT))
                return;
        want = BOUNDED(want, TL_CAPTURE_MAX / 2);
        if (bpf_probe_read_user(data + off + want, BOUNDED(want, TL_CAPTURE_MAX / 2), (const void *) ptr) == 0)
                c->len = want * 2;
}

/* State of an argv capture, walked one entry at a time by bpf_loop(). The
 * verifier walks the callback until the state it starts with is within one
 * it has seen: nothing in here may count up exactly (the count is what
 * bpf_loop() returns), and pos starts as a range, not as 0. */
struct argv_walk {
        __u64 vec;      /* user address of the vector */
        __u8 *data;     /* the pending entry's data[] */
        __u32 off;      /* slice in data[] */
        __u32 room;
        __u32 pos;      /* bytes of whole entries kept so far */
        __u32 strmax;   /* bytes per string, NUL included; 0: count only */
        __u32 full;     /* no room for more entries */
        __u32 end;      /* 1: the NULL was seen; 2: a pointer could not be read */
};

static long argv_entry(__u64 idx, void *vctx) {
        struct argv_walk *a = vctx;
        __u64 s = 0;
        __u32 pos, lim, o;
        long k;

        if (bpf_probe_read_user(&s, sizeof(s), (const void *) (a->vec + idx * 8)) < 0) {
                a->end = 2;
                return 1;
        }
        if (s == 0) {
                a->end = 1;
                return 1;
        }
        if (a->strmax == 0 || idx >= TL_ARGV_KEEP || a->full)
                return 0;

        pos = a->pos;
        if (pos + 2 > a->room) {
                a->full = 1;
                return 0;
        }
        lim = a->room - pos - 1;
        if (lim > a->strmax)
                lim = a->strmax;
        /* off + room <= capture_size <= TL_CAPTURE_MAX, so neither mask changes
         * a value; they are there for the verifier (data[] has twice that). */
        o = (a->off + pos) & (TL_CAPTURE_MAX - 1);
        k = bpf_probe_read_user_str(a->data + ((o + 1) & (TL_CAPTURE_MAX - 1)), lim & (TL_CAPTURE_MAX - 1),
                                    (const void *) s);
        if (k <= 0) {
                a->data[o] = TL_ARGV_ENTRY_FAULT;
                pos += 1;
        } else {
                /* A string that filled its room may have been cut: say so. */
                a->data[o] = (__u32) k >= lim ? TL_ARGV_ENTRY_CUT : TL_ARGV_ENTRY_WHOLE;
                pos += 1 + (__u32) k;
        }
        a->pos = pos < TL_CAPTURE_MAX ? pos : TL_CAPTURE_MAX;
        return 0;
}

static __always_inline void read_user_argv(struct tl_capture *c, __u8 *data, __u32 off, __u32 room,
                                           __u64 ptr, __u32 strmax) {
        struct argv_walk a = {
                .vec = ptr,
                .data = data,
                .off = off,
                .room = room,
                .strmax = strmax,
        };
        long n;

        /* c->len is 0 here, but the verifier cannot know what map memory
         * holds: pos starts as a range and the callback converges at once. */
        a.pos = c->len;
        if (a.pos > TL_CAPTURE_MAX)
                a.pos = TL_CAPTURE_MAX;

        n = bpf_loop(TL_ARGV_COUNT_MAX, argv_entry, &a, 0);
        if (n < 0) {
                c->flags = TL_CAPTURE_FAULT;
                return;
        }
        /* The iteration that saw the NULL or the fault counts in n. */
        if (a.end != 0)
                n--;
        /* Not even the first pointer: strace prints the vector's address. */
        if (a.end == 2 && n == 0) {
                c->flags = TL_CAPTURE_FAULT;
                return;
        }
        c->flags = strmax == 0 ? TL_CAPTURE_INLINE : 0;
        if (a.end != 1)
                c->flags |= TL_CAPTURE_TRUNCATED;
        c->orig_len = (__u32) n;
        c->len = strmax == 0 ? 0 : a.pos;
}

/* An I/O vector, one entry per bpf_loop() iteration; the same rules for the
 * verifier as argv_walk. */
struct iov_walk {
        __u64 vec;      /* user address of the struct iovec array */
        __u8 *data;
        __u32 off;
        __u32 room;
        __u32 pos;
        __u32 each;     /* bytes kept per entry at most */
        __u64 left;     /* bytes the call transferred, not yet accounted to an entry */
        __u32 kept;     /* entries kept */
        __u32 full;
};

static long iov_entry(__u64 idx, void *vctx) {
        struct iov_walk *a = vctx;
        struct tl_iov_entry e = {};
        __u64 iov[2];
        __u32 pos, o, want;

        if (idx >= TL_IOV_KEEP || a->full)
                return 1;
        pos = (a->pos + 7) & ~7U;
        if (pos + sizeof(e) > a->room) {
                a->full = 1;
                return 1;
        }
        if (bpf_probe_read_user(iov, sizeof(iov), (const void *) (a->vec + idx * 16)) < 0) {
                a->full = 1;
                return 1;
        }
        e.base = iov[0];
        e.len = iov[1];
        want = a->room - pos - sizeof(e);
        if (want > a->each)
                want = a->each;
        if (want > e.len)
                want = e.len;
        if (want > a->left)
                want = a->left;
        a->left -= e.len < a->left ? e.len : a->left;

        o = (a->off + pos) & (TL_CAPTURE_MAX - 1);
        if (want > 0 && bpf_probe_read_user(a->data + ((o + sizeof(e)) & (TL_CAPTURE_MAX - 1)),
                                            want & (TL_CAPTURE_MAX - 1), (const void *) e.base) < 0) {
                e.flags = TL_CAPTURE_FAULT;
                want = 0;
        }
        e.kept = want;
        __builtin_memcpy(a->data + o, &e, sizeof(e));
        pos += sizeof(e) + want;
        a->pos = pos < TL_CAPTURE_MAX ? pos : TL_CAPTURE_MAX;
        a->kept++;
        return 0;
}

static __always_inline void read_user_iovec(struct tl_capture *c, __u8 *data, __u32 off, __u32 room,
                                            __u64 ptr, __u64 cnt, __u32 each, __u64 left) {
        struct iov_walk a = {
                .vec = ptr,
                .data = data,
                .off = off,
                .room = room,
                .each = each,
                .left = left,
        };

        /* As in read_user_argv(): pos starts as a range for the verifier. */
        a.pos = c->len;
        if (a.pos > TL_CAPTURE_MAX)
                a.pos = TL_CAPTURE_MAX;
        if (cnt > TL_IOV_KEEP)
                cnt = TL_IOV_KEEP;
        bpf_loop((__u32) cnt, iov_entry, &a, 0);
        c->orig_len = a.kept;
        c->len = a.pos;
        if (a.full)
                c->flags |= TL_CAPTURE_TRUNCATED;
}

/* The bytes the name takes: min(msg_namelen, TL_MSGHDR_NAME_MAX) rounded up
 * to 8, 0 without a name. From the header copy again and without a branch:
 * computed on the paths of read_user_msghdr()'s branch on the name, the value
 * would differ between them and the verifier would walk all that follows
 * once for each (sys_exit: +150k processed instructions). */
static __always_inline __u32 msghdr_name_room(const __u8 *m) {
        __u64 name = *(volatile const __u64 *) m;
        __u64 len = *(volatile const __u32 *) (m + 8);
        __u64 d;

        name = (name | -name) >> 63;            /* 1 if there is a name */
        asm volatile("" : "+r"(name));
        d = len - TL_MSGHDR_NAME_MAX;
        d &= (__u64) ((__s64) d >> 63);         /* len - max if len < max, else 0 */
        asm volatile("" : "+r"(d));
        len = TL_MSGHDR_NAME_MAX + d;
        return (__u32) (((len + 7) & (TL_MSGHDR_NAME_MAX * 2 - 8)) & -name);
}

/* The message header, its name and control data (see recorder-abi.h);
 * returns the iovec's address and count through the header copy, or 0 if
 * there is nothing more. */
static __always_inline int read_user_msghdr(struct tl_capture *c, __u8 *m, __u32 room, __u64 ptr,
                                            __u64 *ret_iov, __u64 *ret_iovlen) {
        __u64 name, control, controllen;
        __u32 namelen, head, keep;

        if (room < TL_MSGHDR_SIZE + TL_MSGHDR_NAME_MAX) {
                c->flags = TL_CAPTURE_TRUNCATED;
                return 0;
        }
        if (bpf_probe_read_user(m, TL_MSGHDR_SIZE, (const void *) ptr) < 0) {
                c->flags = TL_CAPTURE_FAULT;
                return 0;
        }
        name = *(__u64 *) m;
        namelen = *(__u32 *) (m + 8);
        *ret_iov = *(__u64 *) (m + 16);
        *ret_iovlen = *(__u64 *) (m + 24);
        control = *(__u64 *) (m + 32);
        controllen = *(__u64 *) (m + 40);
        if (name && namelen) {
                if (namelen > TL_MSGHDR_NAME_MAX)
                        namelen = TL_MSGHDR_NAME_MAX;
                if (bpf_probe_read_user(m + TL_MSGHDR_SIZE, namelen & (TL_MSGHDR_NAME_MAX * 2 - 1),
                                        (const void *) name) < 0)
                        __builtin_memset(m + TL_MSGHDR_SIZE, 0, 8);
        }
        head = TL_MSGHDR_SIZE + msghdr_name_room(m);
        /* Control data: at most half of what is left, the iovec gets the
         * rest. The mask changes nothing (room <= TL_CAPTURE_MAX), but keeps
         * the bound known where room - head could seem to wrap. */
        keep = ((room - head) / 2) & (TL_CAPTURE_MAX / 2 - 8);
        *(__u16 *) (m + TL_MSGHDR_NAME_ROOM) = (__u16) (head - TL_MSGHDR_SIZE);
        if (controllen < keep)
                keep = (__u32) controllen;
        if (control == 0 || keep == 0 ||
            bpf_probe_read_user(m + head, BOUNDED(keep, TL_CAPTURE_MAX / 2), (const void *) control) < 0)
                keep = 0;
        *(__u16 *) (m + TL_MSGHDR_CONTROL_KEPT) = (__u16) keep;
        return 1;
}

/* Where the iovec starts, from the counts read_user_msghdr() wrote. Loaded
 * back rather than passed on: the values it computed differ with each of its
 * branches, and every later path of the program would be verified once per
 * branch (sys_exit went from 405k to 856k processed instructions at
 * CaptureSize= 256); loaded, they are one unknown value on all of them. */
static __always_inline __u32 msghdr_head(const __u8 *m) {
        __u32 name = *(volatile const __u16 *) (m + TL_MSGHDR_NAME_ROOM);
        __u32 keep = *(volatile const __u16 *) (m + TL_MSGHDR_CONTROL_KEPT);

        return TL_MSGHDR_SIZE + (name & (TL_MSGHDR_NAME_MAX * 2 - 1)) + ((keep + 7) & (TL_CAPTURE_MAX - 8));
}

enum {
        CAPTURE_AT_ENTER,
        CAPTURE_AT_EXIT,
        CAPTURE_RETRY,    /* at exit, an enter capture that faulted */
};

/* One capture into data: the pending entry's at enter (paths and write
 * buffers: what the syscall was given, kept while it is in flight), the ring
 * slot's at exit (read buffers, sized by the return value; out structs). */
static __always_inline void capture(struct tl_capture *c, __u8 *data, const __u64 *args,
                                    const struct tl_capture_rule *cr, int i, int n, int when, long ret) {
        __u8 kind = cr->kind;
        bool exit_kind = kind == TL_CAP_BUF_EXIT || kind == TL_CAP_STRUCT_EXIT || kind == TL_CAP_IOVEC_EXIT ||
                kind == TL_CAP_ARRAY_EXIT || kind == TL_CAP_MSGHDR_EXIT;
        __u32 off = 0, room = 0;
        __u64 ptr;

        if (kind == TL_CAP_NONE ||
            (exit_kind != (when == CAPTURE_AT_EXIT) && !(kind == TL_CAP_STRUCT_BOTH && when == CAPTURE_AT_EXIT)))
                return;
        if (when == CAPTURE_RETRY &&
            (kind == TL_CAP_ARGV_ENTER || kind == TL_CAP_IOVEC_ENTER || kind == TL_CAP_MSGHDR_ENTER ||
             kind == TL_CAP_STRUCT_BOTH ||
             !(c->flags & TL_CAPTURE_FAULT)))
                return;
        if (cr->arg >= TL_NARGS)
                return;
        if (i < n) {
                off = capture_offset(i, n);
                room = capture_room(i, n);
                if (off >= TL_CAPTURE_MAX || room > TL_CAPTURE_MAX - off)
                        return;
                /* data[] is the pending entry's, twice TL_CAPTURE_MAX: the
                 * verifier sees off < TL_CAPTURE_MAX and room <= TL_CAPTURE_MAX,
                 * not their sum; the check above is what keeps reads in the
                 * first capture_size bytes. */
                off &= TL_CAPTURE_MAX - 1;
                room = BOUNDED(room, TL_CAPTURE_MAX);
        }

        ptr = arg_at(args, cr->arg);
        if (kind == TL_CAP_STRUCT_BOTH && when == CAPTURE_AT_EXIT) {
                read_user_both_exit(c, data, off, room, ptr);
                return;
        }
        c->arg = cr->arg;
        c->offset = off;
        c->flags = 0;
        c->len = 0;
        c->orig_len = 0;
        if (ptr == 0)
                return;

        switch (kind) {
        case TL_CAP_STR_ENTER:
                read_user_string(c, data + off, room, ptr);
                break;
        case TL_CAP_BUF_ENTER:
                if (cr->size_arg < TL_NARGS)
                        read_user_buffer(c, data + off, room, ptr, arg_at(args, cr->size_arg));
                break;
        case TL_CAP_BUF_EXIT:
                /* Nothing transferred: an empty buffer, not a failure. A
                 * rule size counts records (epoll_wait's events), not bytes. */
                if (ret > 0)
                        read_user_buffer(c, data + off, room, ptr,
                                         (__u64) ret * (cr->size ? cr->size : 1));
                break;
        case TL_CAP_STRUCT_ENTER:
                /* A field of the struct the argument points at (recvmsg's msg_namelen). */
                ptr += cr->offset;
                /* fall through */
        case TL_CAP_STACK_ENTER: /* sys_enter put the address in args[cr->arg] */
                read_user_struct(c, data + off, room, ptr, cr, args, false);
                break;
        case TL_CAP_STRUCT_BOTH:
                read_user_both_enter(c, data + off, room, ptr, cr, args);
                break;
        case TL_CAP_STRUCT_EXIT: {
                /* Interrupted too (-512..-516, -ERESTART*): nanosleep's
                 * remaining time. Computed without branches: a branch on ret
                 * would split the verifier's states of every later path by
                 * ret's range (+30% verified instructions in sys_exit). */
                __u64 y = (__u64) ret + 516;
                __u64 ok = ((~(__u64) ret) >> 63) | (((y - 5) >> 63) & ((~y) >> 63));

                if (ok)
                        read_user_struct(c, data + off, room, ptr, cr, args, true);
                break;
        }
        case TL_CAP_ARRAY_ENTER:
        case TL_CAP_ARRAY_EXIT:
                if (cr->size_arg < TL_NARGS && (kind == TL_CAP_ARRAY_ENTER || ret >= 0)) {
                        __u64 want = (__u64) (__u32) arg_at(args, cr->size_arg) * (cr->unit ? cr->unit : 1);

                        read_user_buffer(c, data + off, room, ptr, want < cr->size ? want : cr->size);
                }
                break;
        case TL_CAP_MSGHDR_ENTER:
        case TL_CAP_MSGHDR_EXIT:
        case TL_CAP_IOVEC_ENTER:
        case TL_CAP_IOVEC_EXIT: {
                bool msg = kind == TL_CAP_MSGHDR_ENTER || kind == TL_CAP_MSGHDR_EXIT;
                bool out = kind == TL_CAP_MSGHDR_EXIT || kind == TL_CAP_IOVEC_EXIT;
                __u32 head = 0;
                __u64 cnt = 0;

                if (when == CAPTURE_RETRY || (out && ret < 0))
                        break;
                if (msg) {
                        if (!read_user_msghdr(c, data + off, room, ptr, &ptr, &cnt))
                                break;
                        head = msghdr_head(data + off);
                } else if (cr->size_arg < TL_NARGS)
                        cnt = arg_at(args, cr->size_arg);
                else
                        break;
                /* One call site for both: each bpf_loop() call is verified anew. */
                read_user_iovec(c, data, off + head, room - head, ptr, cnt, cr->size, out ? (__u64) ret : ~0ULL);
                c->len += head;
                break;
        }
        case TL_CAP_ARGV_ENTER:
                /* Only into the pending entry, whose data[] has the room the
                 * verifier wants to see; never retried (see above). */
                if (when == CAPTURE_AT_ENTER)
                        read_user_argv(c, data, off, room, ptr, cr->size);
                break;
        }
        if (when == CAPTURE_RETRY)
                c->flags |= TL_CAPTURE_AT_EXIT;
}

static __always_inline void capture_all(struct tl_capture *caps, __u8 *data, const __u64 *args,
                                        const struct tl_syscall_rule *rule, int when, long ret) {
        int n = rule_count(rule);

#pragma unroll
        for (int i = 0; i < TL_CAPTURES_PER_RECORD; i++) {
                if (rule->cap[i].kind == TL_CAP_NONE)
                        break;
                capture(&caps[i], data, args, &rule->cap[i], i, n, when, ret);
        }
}

/* rt_sigreturn's mask: no argument points at it, the rule says where it is
 * on the stack (recorder-abi.h); its address takes the argument's place.
 * Without a branch, the same dozen instructions for every traced syscall
 * (every one has a rule, if only an empty one):
 * a branch on the rule's kind splits the verifier's states of all the
 * captures that follow (+14% verified instructions in sys_enter), and so
 * does doing this after the check for captures (+8%: the store makes the
 * compiler load the rule again, and the verifier forgets what it knew). */
static __always_inline void stack_capture_address(__u64 *args, const struct tl_capture_rule *cr, __u64 sp) {
        __u64 k = (__u64) (cr->kind ^ TL_CAP_STACK_ENTER), mask;
        __u32 i = cr->arg;

        /* All ones for a stack capture (k - 1 wraps only from 0), else 0;
         * the asm keeps the compiler from turning it back into a branch. */
        k -= 1;
        asm volatile("" : "+r"(k));
        mask = -(k >> 63);
        asm volatile("" : "+r"(mask));
        /* As arg_at(): a rule's arg is below TL_NARGS, the mask is for the
         * verifier; args[6..7] (ret, pid) would be written back unchanged. */
        asm volatile("" : "+r"(i));
        i &= 7;
        args[i] = (args[i] & ~mask) | ((sp + cr->offset) & mask);
}

SEC("tp_btf/sys_enter")
int BPF_PROG(sys_enter, struct pt_regs *regs, long id) {
        struct task_struct *task = bpf_get_current_task_btf();
        const struct tl_syscall_rule *rule;
        struct tl_cgroup_value *cv;
        struct tl_trace_ctl *ctl;
        struct tl_pending *p;
        __u32 nr, trace, gen;
        __u64 cgid, sp;
        bool compat;

        cgid = task_cgroup_id(task);
        if (!cgroup_filter[cgid & (TL_CGROUP_FILTER_SIZE - 1)])
                return 0;

        /* The task's storage remembers which trace its cgroup belongs to; the
         * hash is asked only when the task is new or changed cgroups. A closed
         * or stopped trace bumps its generation, which voids the memory. */
        p = bpf_task_storage_get(&pending, task, NULL, 0);
        if (p && p->cgroup_id == cgid) {
                trace = p->trace;
                gen = p->trace_gen;
                ctl = bpf_map_lookup_elem(&traces, &trace);
                if (ctl && ctl->gen == gen && ctl->nslots != 0)
                        goto traced;
        }

        cv = bpf_map_lookup_elem(&cgroups, &cgid);
        if (!cv) {
                if (p)
                        p->cgroup_id = 0;
                return 0;
        }
        trace = cv->trace;
        gen = cv->gen;
        ctl = bpf_map_lookup_elem(&traces, &trace);
        if (!ctl || ctl->gen != gen || ctl->nslots == 0)
                return 0;

traced:
        compat = compat_syscall(task, regs);

        /* A trace that records some syscalls only: the others cost this lookup
         * (an array, inlined by the verifier) and take no order number and no
         * ring slot. An entry still active (its exit was never seen) must not
         * be completed by this syscall's exit, so it is dropped here, as a new
         * enter overwrites it below. The filter is indexed by native numbers:
         * a compat syscall is recorded whatever it says. */
        if ((ctl->flags & TL_TRACE_SYSCALL_FILTER) && !compat) {
                struct tl_syscall_filter *f = bpf_map_lookup_elem(&syscall_filters, &trace);

                nr = (__u32) id;
                if (!f || id < 0 || nr >= TL_SYSCALLS_MAX ||
                    !(f->bits[BOUNDED(nr / 64, TL_SYSCALLS_MAX / 64 - 1)] & (1ULL << (nr % 64)))) {
                        if (p) {
                                p->active = 0;
                                p->cgroup_id = cgid;
                                p->trace = trace;
                                p->trace_gen = gen;
                        }
                        return 0;
                }
        }

        if (!p) {
                p = bpf_task_storage_get(&pending, task, NULL, BPF_LOCAL_STORAGE_GET_F_CREATE_);
                if (!p) {
                        trace_lost(ctl);
                        return 0;
                }
        }

        p->cgroup_id = cgid;
        p->trace = trace;
        p->trace_gen = gen;
        p->h.order = __sync_fetch_and_add(&ctl->order, 1);
        p->h.flags = 0;
        if (ctl->flags & TL_TRACE_PRECISE_TIME) {
                p->h.ts_enter = bpf_ktime_get_ns();
        } else {
                p->h.ts_enter = bpf_jiffies64();
                p->h.flags = TL_RECORD_TICK_TIME;
        }
        p->h.ts_exit = 0;
        p->h.nr = id;
        p->h.ret = 0;
        p->h.cpu = bpf_get_smp_processor_id();
        /* Loads, not bpf_get_current_pid_tgid(): helper calls are what costs here. */
        p->h.pid = task->tgid;
        p->h.tid = task->pid;

        /* A compat syscall: its number is not an index of the rules (those
         * are the native table's), so no capture and no stack address, and
         * its arguments come from the 32-bit ABI's registers. */
        if (compat) {
                p->h.flags |= TL_RECORD_COMPAT;
                compat_args(p->h.args, regs);
                __builtin_memset(p->h.cap, 0, sizeof(p->h.cap));
                p->active = 1;
                return 0;
        }

        p->h.args[0] = syscall_arg(regs, 0);
        p->h.args[1] = syscall_arg(regs, 1);
        p->h.args[2] = syscall_arg(regs, 2);
        p->h.args[3] = syscall_arg(regs, 3);
        p->h.args[4] = syscall_arg(regs, 4);
        p->h.args[5] = syscall_arg(regs, 5);
        sp = user_stack_pointer(regs);
        __builtin_memset(p->h.cap, 0, sizeof(p->h.cap));

        nr = (__u32) id;
        if (id >= 0 && nr < TL_SYSCALLS_MAX) {
                rule = bpf_map_lookup_elem(&rules, &nr);
                if (rule)
                        stack_capture_address(p->h.args, &rule->cap[0], sp);
                if (rule && rule->cap[0].kind != TL_CAP_NONE) {
                        p->exec_id = (__u32) task->self_exec_id;
                        capture_all(p->h.cap, p->data, p->h.args, rule, CAPTURE_AT_ENTER, 0);
                }
        }

        /* Written last: sys_exit and the in-flight iterator only look at an active entry. */
        p->active = 1;
        return 0;
}

/* Copy what sys_enter captured into the ring slot. A loop of 8-byte moves,
 * not bpf_probe_read_kernel(): on the machines we measured, a helper call
 * costs as much as copying a few hundred bytes. Up to 7 bytes past len may be
 * copied; nothing past cap.len is ever decoded. */
static __always_inline void copy_words(__u8 *dst, const __u8 *src, __u32 len, __u32 room) {
        for (__u32 i = 0; i < TL_CAPTURE_MAX / 8; i++) {
                if (i * 8 >= len || i * 8 + 8 > room)
                        break;
                ((__u64 *) dst)[i] = ((const __u64 *) src)[i];
        }
}

/* One copy of data[] up to the end of the last capture. */
static __always_inline void copy_captures(struct tl_record *rec, struct tl_pending *p) {
        __u32 end = 0;

#pragma unroll
        for (int i = 0; i < TL_CAPTURES_PER_RECORD; i++) {
                __u32 e = (__u32) p->h.cap[i].offset + p->h.cap[i].len;

                if (e > end)
                        end = e;
        }
        if (end == 0 || end > capture_size)
                return;
        copy_words(rec->data, p->data, end, capture_size);
}

/* Slot publication. A reader copies a slot and keeps it only if seq is the
 * same non-zero value before and after, so seq must be cleared before the
 * record changes and set after it is complete. x86 keeps stores in program
 * order (TSO): a compiler barrier is enough. Elsewhere, use fully ordered
 * exchanges. */
static __always_inline void seq_store(__u64 *seq, __u64 v) {
#if defined(__TARGET_ARCH_x86)
        asm volatile("" ::: "memory");
        *(volatile __u64 *) seq = v;
        asm volatile("" ::: "memory");
#else
        __sync_lock_test_and_set(seq, v);
#endif
}

static __always_inline void commit(struct task_struct *task, struct tl_pending *p, long ret, __u32 flags) {
        const struct tl_syscall_rule *rule = NULL;
        struct tl_trace_ctl *ctl;
        struct tl_record *rec;
        __u64 idx, lost;
        __u32 slot, nr;

        p->active = 0;

        ctl = bpf_map_lookup_elem(&traces, &p->trace);
        if (!ctl || ctl->gen != p->trace_gen || ctl->nslots == 0)
                return;

        idx = __sync_fetch_and_add(&ctl->head, 1);
        slot = ctl->base + (__u32) (idx % ctl->nslots);
        rec = bpf_map_lookup_elem(&pool, &slot);
        if (!rec) {
                trace_lost(ctl);
                return;
        }

        /* Invalidate the slot first: a reader that sees seq change (or 0) drops its copy. */
        seq_store(&rec->h.seq, 0);

        __builtin_memcpy(&rec->h.order, &p->h.order,
                         sizeof(struct tl_record_header) - __builtin_offsetof(struct tl_record_header, order));
        rec->h.ret = ret;
        rec->h.flags = p->h.flags | flags;
        if (!(flags & TL_RECORD_UNFINISHED)) {
                rec->h.ts_exit = (p->h.flags & TL_RECORD_TICK_TIME) ? bpf_jiffies64() : bpf_ktime_get_ns();
                rec->h.cpu = bpf_get_smp_processor_id();
        }
        /* Plain loads from the trusted task pointer: cheaper than the helper. */
        *(__u64 *) &rec->h.comm[0] = *(__u64 *) &task->comm[0];
        *(__u64 *) &rec->h.comm[8] = *(__u64 *) &task->comm[8];

        lost = ctl->lost_pending;
        rec->h.lost_before = 0;
        if (lost)
                rec->h.lost_before = (__u32) __sync_lock_test_and_set(&ctl->lost_pending, 0);

        /* Exit captures go into the pending entry's data[] too (where the
         * verifier can see their bounds), then everything into the slot at
         * once. Except the hot case, a read buffer that is the syscall's only
         * capture (read, pread64, readlink...): the whole data area is its
         * room, a constant, so it is read straight into the slot. */
        nr = (__u32) p->h.nr;
        if (!((flags | p->h.flags) & (TL_RECORD_UNFINISHED | TL_RECORD_COMPAT)) && p->h.nr >= 0 && nr < TL_SYSCALLS_MAX)
                rule = bpf_map_lookup_elem(&rules, &nr);
        if (rule && rule->cap[0].kind == TL_CAP_BUF_EXIT && rule->cap[1].kind == TL_CAP_NONE) {
                const struct tl_capture_rule *cr = &rule->cap[0];
                struct tl_capture *c = &rec->h.cap[0];

                __builtin_memcpy(rec->h.cap, p->h.cap, sizeof(rec->h.cap));
                c->arg = cr->arg;
                c->offset = 0;
                c->flags = 0;
                c->len = 0;
                c->orig_len = 0;
                if (cr->arg < TL_NARGS && rec->h.args[cr->arg & 7] != 0 && ret > 0)
                        read_user_buffer(c, rec->data, capture_size, arg_at(rec->h.args, cr->arg),
                                         (__u64) ret * (cr->size ? cr->size : 1));
                seq_store(&rec->h.seq, idx + 1);
                return;
        }
        if (rule && rule->cap[0].kind != TL_CAP_NONE) {
                capture_all(p->h.cap, p->data, p->h.args, rule, CAPTURE_AT_EXIT, ret);
                /* A string or struct whose page the task had not touched yet
                 * faults at enter; the syscall has faulted it in since. Not
                 * after an exec: that memory belongs to the new program. */
                if (p->exec_id == (__u32) task->self_exec_id)
                        capture_all(p->h.cap, p->data, p->h.args, rule, CAPTURE_RETRY, ret);
        }
        __builtin_memcpy(rec->h.cap, p->h.cap, sizeof(rec->h.cap));
        copy_captures(rec, p);

        seq_store(&rec->h.seq, idx + 1);
}

SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit, struct pt_regs *regs, long ret) {
        struct task_struct *task = bpf_get_current_task_btf();
        struct tl_pending *p;

        /* The same pre-filter as at enter, so that untraced tasks make no
         * helper call here. A task that left a traced cgroup in the middle of
         * a syscall loses that one record; its next enter starts afresh. */
        if (!cgroup_filter[task_cgroup_id(task) & (TL_CGROUP_FILTER_SIZE - 1)])
                return 0;

        p = bpf_task_storage_get(&pending, task, NULL, 0);
        if (!p || !p->active)
                return 0;

        /* A syscall that ends because the task is being killed (SIGKILL
         * pending: kill -9, another thread's fatal signal or exit_group)
         * never returns to it; what it returns (ERESTARTSYS, ...) is for the
         * kernel only. strace sees no exit there either: unfinished, = ?. */
        if (task->pending.signal.sig[0] & (1UL << (SIGKILL_ - 1)))
                commit(task, p, ret, TL_RECORD_UNFINISHED);
        else
                commit(task, p, ret, 0);
        return 0;
}

/* The trace an event of this task goes to, or NULL: the verdict its storage
 * remembers when it still holds, else the hash. Nothing is created here. */
static __always_inline struct tl_trace_ctl *task_trace(struct task_struct *task, __u64 cgid) {
        struct tl_cgroup_value *cv;
        struct tl_trace_ctl *ctl;
        struct tl_pending *p;
        __u32 trace, gen;

        p = bpf_task_storage_get(&pending, task, NULL, 0);
        if (p && p->cgroup_id == cgid) {
                trace = p->trace;
                gen = p->trace_gen;
                ctl = bpf_map_lookup_elem(&traces, &trace);
                if (ctl && ctl->gen == gen && ctl->nslots != 0)
                        return ctl;
        }

        cv = bpf_map_lookup_elem(&cgroups, &cgid);
        if (!cv)
                return NULL;
        trace = cv->trace;
        gen = cv->gen;
        ctl = bpf_map_lookup_elem(&traces, &trace);
        if (!ctl || ctl->gen != gen || ctl->nslots == 0)
                return NULL;
        return ctl;
}

/* A signal or exit event: one ring slot, written at once (nothing waits in
 * the task's storage), ordered among the syscalls by the same counter. */
static __always_inline void emit_event(struct task_struct *task, struct tl_trace_ctl *ctl, __s32 nr,
                                       const __u64 *args, __s64 ret, __u32 flags) {
        struct tl_record *rec;
        __u64 idx, lost, ts;
        __u32 slot;

        if (ctl->flags & TL_TRACE_PRECISE_TIME)
                ts = bpf_ktime_get_ns();
        else {
                ts = bpf_jiffies64();
                flags |= TL_RECORD_TICK_TIME;
        }

        idx = __sync_fetch_and_add(&ctl->head, 1);
        slot = ctl->base + (__u32) (idx % ctl->nslots);
        rec = bpf_map_lookup_elem(&pool, &slot);
        if (!rec) {
                trace_lost(ctl);
                return;
        }

        seq_store(&rec->h.seq, 0);

        rec->h.order = __sync_fetch_and_add(&ctl->order, 1);
        rec->h.ts_enter = ts;
        rec->h.ts_exit = ts;
        for (int i = 0; i < TL_NARGS; i++)
                rec->h.args[i] = args[i];
        rec->h.ret = ret;
        rec->h.pid = task->tgid;
        rec->h.tid = task->pid;
        rec->h.cpu = bpf_get_smp_processor_id();
        rec->h.nr = nr;
        rec->h.flags = flags;
        *(__u64 *) &rec->h.comm[0] = *(__u64 *) &task->comm[0];
        *(__u64 *) &rec->h.comm[8] = *(__u64 *) &task->comm[8];
        __builtin_memset(rec->h.cap, 0, sizeof(rec->h.cap));

        lost = ctl->lost_pending;
        rec->h.lost_before = 0;
        if (lost)
                rec->h.lost_before = (__u32) __sync_lock_test_and_set(&ctl->lost_pending, 0);

        seq_store(&rec->h.seq, idx + 1);
}

#define SI_USER_ 0
#define SI_KERNEL_ 0x80
#define SIGNAL_GROUP_EXIT_ 0x00000004 /* signal_struct.flags: the group is exiting */

/* The record's arguments for a signal with this siginfo. SEND_SIG_NOINFO (0)
 * and SEND_SIG_PRIV (1) are not pointers: the signal came from a user
 * (SI_USER) or the kernel (SI_KERNEL) with no further detail, as the
 * tracepoints' own output shows them. */
static __always_inline void signal_args(__u64 *args, int sig, struct kernel_siginfo *info) {
        struct kernel_siginfo si = {};

        if ((unsigned long) info > 1) {
                if (bpf_probe_read_kernel(&si, sizeof(si), info) < 0)
                        __builtin_memset(&si, 0, sizeof(si));
        } else
                si.si_code = info ? SI_KERNEL_ : SI_USER_;

        args[0] = (__u32) sig | (__u64) (__u32) si.si_errno << 32;
        args[1] = (__u64) (__s64) si.si_code;
        __builtin_memcpy(&args[2], &si._sifields, TL_SIGNAL_SIFIELDS_BYTES);
}

/* The siginfo of signal sig still queued on pending, or NULL. A signal whose
 * default action kills the process is not dequeued: the kernel marks the
 * group as exiting and sends each thread SIGKILL instead, leaving the
 * original siginfo in the queue (complete_signal()). */
static __always_inline struct kernel_siginfo *queued_siginfo(struct sigpending *pending, int sig) {
        unsigned long head = (unsigned long) &pending->list;
        struct list_head *pos = BPF_CORE_READ(pending, list.next);

        for (int i = 0; i < 8; i++) {
                struct sigqueue *q;

                if (!pos || (unsigned long) pos == head)
                        return NULL;
                q = (struct sigqueue *) ((unsigned long) pos - bpf_core_field_offset(struct sigqueue, list));
                if (BPF_CORE_READ(q, info.si_signo) == sig)
                        return &q->info;
                pos = BPF_CORE_READ(pos, next);
        }
        return NULL;
}

/* The task takes a signal to act on it: after the syscall it interrupted has
 * returned (= ? ERESTARTSYS), before the handler runs. */
SEC("tp_btf/signal_deliver")
int BPF_PROG(signal_deliver, int sig, struct kernel_siginfo *info, struct k_sigaction *ka) {
        struct task_struct *task = bpf_get_current_task_btf();
        __u64 args[TL_NARGS] = {}, cgid;
        struct tl_trace_ctl *ctl;
        __s64 handler = 0;

        cgid = task_cgroup_id(task);
        if (!cgroup_filter[cgid & (TL_CGROUP_FILTER_SIZE - 1)])
                return 0;
        ctl = task_trace(task, cgid);
        if (!ctl)
                return 0;

        if (sig == SIGKILL_) {
                struct signal_struct *signal = task->signal;
                struct kernel_siginfo *orig;
                int code = signal->group_exit_code;

                /* A plain SIGKILL (strace never shows one: it cannot be
                 * stopped at) or a thread killed by another one's exit,
                 * exec or core dump: nothing to say; the exit record does. */
                if (code <= 0 || code >= 65 || code == SIGKILL_ || signal->core_state)
                        return 0;
                /* A fatal signal the kernel turned into SIGKILL: show the
                 * signal that was sent, once, by the thread it was sent to
                 * (the process's signals: its main thread), as strace would. */
                orig = queued_siginfo(&task->pending, code);
                if (!orig && task->pid == task->tgid)
                        orig = queued_siginfo(&signal->shared_pending, code);
                if (!orig)
                        return 0;
                signal_args(args, code, orig);
                emit_event(task, ctl, TL_NR_SIGNAL, args, 0, 0);
                return 0;
        }

        signal_args(args, sig, info);
        if (ka)
                handler = (__s64) (unsigned long) BPF_CORE_READ(ka, sa.sa_handler);
        emit_event(task, ctl, TL_NR_SIGNAL, args, handler, 0);
        /* SIGSTOP always stops (the other stop signals not in an orphaned process group). */
        if (sig == SIGSTOP_)
                emit_event(task, ctl, TL_NR_SIGNAL, args, handler, TL_RECORD_GROUP_STOP);
        return 0;
}

/* A signal the task ignores is dropped when sent and never delivered; strace
 * shows it anyway (a traced task gets ignored signals too): SIGCHLD, SIGWINCH,
 * SIGURG with the default action, anything set to SIG_IGN. Runs in the
 * sender's context; the record goes to the receiver's trace. */
SEC("tp_btf/signal_generate")
int BPF_PROG(signal_generate, int sig, struct kernel_siginfo *info, struct task_struct *task, int group, int result) {
        __u64 args[TL_NARGS] = {}, cgid;
        struct tl_trace_ctl *ctl;

        if (result != TRACE_SIGNAL_IGNORED)
                return 0;
        cgid = task_cgroup_id(task);
        if (!cgroup_filter[cgid & (TL_CGROUP_FILTER_SIZE - 1)])
                return 0;
        /* Signals to a dying process are dropped too: strace would not see those. */
        if (task->signal->flags & SIGNAL_GROUP_EXIT_)
                return 0;
        ctl = task_trace(task, cgid);
        if (!ctl)
                return 0;

        signal_args(args, sig, info);
        emit_event(task, ctl, TL_NR_SIGNAL, args,
                   (__s64) (unsigned long) BPF_CORE_READ(task, sighand, action[(sig - 1) & 63].sa.sa_handler), 0);
        return 0;
}

/* A task that dies inside a syscall (exit_group, a fatal signal during execve)
 * never reaches sys_exit: write what it entered as unfinished. Then the exit
 * itself, with the status its parent (or, for a thread, nobody) is told. */
/* Whether the caller is the one to write the end of leader's process: true
 * once per leader. Without storage (a leader that never made a traced
 * syscall) every caller is: a line twice rather than none. */
static __always_inline bool process_end_claim(struct task_struct *leader) {
        struct tl_pending *lp = bpf_task_storage_get(&pending, leader, NULL, 0);

        return !lp || __sync_val_compare_and_swap(&lp->process_end_told, 0, 1) == 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(sched_process_exit, struct task_struct *task) {
        struct task_struct *current = bpf_get_current_task_btf();
        __u64 args[TL_NARGS] = {}, cgid;
        struct tl_trace_ctl *ctl;
        struct tl_pending *p;
        bool leader, last;

        cgid = task_cgroup_id(current);
        if (!cgroup_filter[cgid & (TL_CGROUP_FILTER_SIZE - 1)])
                return 0;

        p = bpf_task_storage_get(&pending, current, NULL, 0);
        if (p && p->active)
                commit(current, p, 0, TL_RECORD_UNFINISHED);

        ctl = task_trace(current, cgid);
        if (!ctl)
                return 0;

        /* do_exit() stored the code and counted the thread out before this tracepoint. */
        leader = current->pid == current->tgid;
        last = current->signal->live.counter == 0;

        /* strace hears of a thread group leader's end when it is reaped, after
         * its last thread's, and with the process's status: a leader that
         * goes first is written by the last thread, after its own line.
         * "Last" is read here, not where do_exit() counted the thread out:
         * two threads exiting at once may both see 0, so the process's end
         * is claimed, once, in the leader's storage. */
        if (leader && (!last || !process_end_claim(current)))
                return 0;
        args[0] = (__u32) current->exit_code;
        args[1] = leader;
        emit_event(current, ctl, TL_NR_EXIT, args, 0, 0);

        if (!leader && last && process_end_claim(current->group_leader)) {
                struct signal_struct *signal = current->signal;
                struct task_struct *gl = current->group_leader;

                /* wait() gives the group's exit code, or the last thread's
                 * (not the leader's own: measured on 6.18, as strace shows). */
                args[0] = (__u32) ((signal->flags & SIGNAL_GROUP_EXIT_) ? signal->group_exit_code : current->exit_code);
                args[1] = 1;
                emit_event(gl, ctl, TL_NR_EXIT, args, 0, 0);
        }
        return 0;
}

/* A cgroup created below a traced one is traced by the same trace, from
 * before any process can be moved into it. */
SEC("tp_btf/cgroup_mkdir")
int BPF_PROG(cgroup_mkdir, struct cgroup *cgrp, const char *path) {
        struct task_struct *task = bpf_get_current_task_btf();
        struct cgroup_subsys_state *parent;
        struct tl_cgroup_value *pv, v;
        __u64 pid, cid;

        /* Only the unified hierarchy: v1 hierarchies number their cgroups independently. */
        if (cgrp->root != task->cgroups->dfl_cgrp->root)
                return 0;

        parent = cgrp->self.parent;
        if (!parent)
                return 0;
        pid = parent->cgroup->kn->id;
        if (!cgroup_filter[pid & (TL_CGROUP_FILTER_SIZE - 1)])
                return 0;
        pv = bpf_map_lookup_elem(&cgroups, &pid);
        if (!pv)
                return 0;

        v = *pv;
        cid = cgrp->kn->id;
        __sync_fetch_and_add(&cgroup_filter[cid & (TL_CGROUP_FILTER_SIZE - 1)], 1);
        if (bpf_map_update_elem(&cgroups, &cid, &v, BPF_NOEXIST) != 0)
                __sync_fetch_and_sub(&cgroup_filter[cid & (TL_CGROUP_FILTER_SIZE - 1)], 1);
        return 0;
}

SEC("tp_btf/cgroup_rmdir")
int BPF_PROG(cgroup_rmdir, struct cgroup *cgrp, const char *path) {
        __u64 cid = cgrp->kn->id;

        if (!cgroup_filter[cid & (TL_CGROUP_FILTER_SIZE - 1)])
                return 0;
        /* Whoever removes the hash entry (here or the daemon) drops the counter. */
        if (bpf_map_delete_elem(&cgroups, &cid) == 0)
                __sync_fetch_and_sub(&cgroup_filter[cid & (TL_CGROUP_FILTER_SIZE - 1)], 1);
        return 0;
}

/* Syscalls in flight: one entry per task with an active pending syscall. */
struct tl_inflight_prefix {
        __u32 trace;
        __u32 gen;
        char comm[TL_COMM_LEN];
};

SEC("iter/task")
int dump_inflight(struct bpf_iter__task *ctx) {
        struct seq_file *seq = ctx->meta->seq;
        struct task_struct *task = ctx->task;
        struct tl_inflight_prefix pre = {};
        struct tl_pending *p;

        if (!task) {
                /* After the last task: the clock sample that dates tick times. */
                struct tl_clock_sample cs = {
                        .magic = TL_CLOCK_SAMPLE_MAGIC,
                        .jiffies = bpf_jiffies64(),
                        .mono_ns = bpf_ktime_get_ns(),
                        .hz = CONFIG_HZ,
                };

                bpf_seq_write(seq, &cs, sizeof(cs));
                return 0;
        }
        p = bpf_task_storage_get(&pending, task, NULL, 0);
        if (!p || !p->active)
                return 0;

        pre.trace = p->trace;
        pre.gen = p->trace_gen;
        bpf_probe_read_kernel_str(pre.comm, sizeof(pre.comm), task->comm);
        bpf_seq_write(seq, &pre, sizeof(pre));
        bpf_seq_write(seq, &p->h, sizeof(p->h));
        bpf_seq_write(seq, p->data, capture_size & (TL_CAPTURE_MAX * 2 - 1));
        return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
