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
        unsigned long di, si, dx, r10, r8, r9;
} __attribute__((preserve_access_index));

struct pt_regs___tl_arm64 {
        __u64 regs[31];
        __u64 orig_x0;
} __attribute__((preserve_access_index));

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

/* Where capture i of a syscall with n captures lives in data[]: the whole area
 * for a single capture, halves for two. */
static __always_inline __u32 capture_offset(int i, int n) {
        return (i == 1 && n == 2) ? capture_size / 2 : 0;
}

static __always_inline __u32 capture_room(int i, int n) {
        if (n < 2)
                return capture_size;
        return i == 0 ? capture_size / 2 : capture_size - capture_size / 2;
}

static __always_inline int rule_count(const struct tl_syscall_rule *rule) {
        return rule->cap[1].kind != TL_CAP_NONE ? 2 : 1;
}

/* Read a NUL-terminated string from the user into dst (room bytes there). */
static __always_inline void read_user_string(struct tl_capture *c, __u8 *dst, __u32 room, __u64 ptr) {
        long k;

        k = bpf_probe_read_user_str(dst, room, (const void *) ptr);
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
        if (want == 0)
                return;
        if (bpf_probe_read_user(dst, want & (TL_CAPTURE_MAX - 1 + TL_CAPTURE_MAX), (const void *) ptr) < 0) {
                c->flags = TL_CAPTURE_FAULT;
                return;
        }
        c->len = want;
}

/* One capture into data: the pending entry's at enter (paths and write
 * buffers: what the syscall was given, kept while it is in flight), the ring
 * slot's at exit (read buffers, sized by the return value). */
static __always_inline void capture(struct tl_capture *c, __u8 *data, const __u64 *args,
                                    const struct tl_capture_rule *cr, int i, int n, bool at_exit, long ret) {
        __u32 off = capture_offset(i, n), room = capture_room(i, n);
        __u8 kind = cr->kind;
        __u64 ptr;

        if (at_exit ? kind != TL_CAP_BUF_EXIT : (kind != TL_CAP_STR_ENTER && kind != TL_CAP_BUF_ENTER))
                return;
        if (cr->arg >= TL_NARGS || off >= TL_CAPTURE_MAX || room > TL_CAPTURE_MAX - off)
                return;

        ptr = args[cr->arg & 7];
        c->arg = cr->arg;
        c->offset = off;
        c->flags = 0;
        c->len = 0;
        c->orig_len = 0;
        if (ptr == 0)
                return;

        if (kind == TL_CAP_STR_ENTER)
                read_user_string(c, data + off, room, ptr);
        else if (kind == TL_CAP_BUF_EXIT) {
                if (ret > 0) /* nothing was transferred: an empty buffer, not a failure */
                        read_user_buffer(c, data + off, room, ptr, (__u64) ret);
        } else if (cr->size_arg < TL_NARGS)
                read_user_buffer(c, data + off, room, ptr, args[cr->size_arg & 7]);
}

SEC("tp_btf/sys_enter")
int BPF_PROG(sys_enter, struct pt_regs *regs, long id) {
        struct task_struct *task = bpf_get_current_task_btf();
        const struct tl_syscall_rule *rule;
        struct tl_cgroup_value *cv;
        struct tl_trace_ctl *ctl;
        struct tl_pending *p;
        __u32 nr, trace, gen;
        __u64 cgid;

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
        /* A trace that records some syscalls only: the others cost this lookup
         * (an array, inlined by the verifier) and take no order number and no
         * ring slot. An entry still active (its exit was never seen) must not
         * be completed by this syscall's exit, so it is dropped here, as a new
         * enter overwrites it below. */
        if (ctl->flags & TL_TRACE_SYSCALL_FILTER) {
                struct tl_syscall_filter *f = bpf_map_lookup_elem(&syscall_filters, &trace);

                nr = (__u32) id;
                if (!f || id < 0 || nr >= TL_SYSCALLS_MAX || !(f->bits[nr / 64] & (1ULL << (nr % 64)))) {
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
        p->h.args[0] = syscall_arg(regs, 0);
        p->h.args[1] = syscall_arg(regs, 1);
        p->h.args[2] = syscall_arg(regs, 2);
        p->h.args[3] = syscall_arg(regs, 3);
        p->h.args[4] = syscall_arg(regs, 4);
        p->h.args[5] = syscall_arg(regs, 5);
        __builtin_memset(p->h.cap, 0, sizeof(p->h.cap));

        nr = (__u32) id;
        if (id >= 0 && nr < TL_SYSCALLS_MAX) {
                rule = bpf_map_lookup_elem(&rules, &nr);
                if (rule && rule->cap[0].kind != TL_CAP_NONE) {
                        int n = rule_count(rule);

                        capture(&p->h.cap[0], p->data, p->h.args, &rule->cap[0], 0, n, false, 0);
                        if (n == 2)
                                capture(&p->h.cap[1], p->data, p->h.args, &rule->cap[1], 1, n, false, 0);
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

static __always_inline void copy_enter_capture(struct tl_record *rec, struct tl_pending *p, int i) {
        struct tl_capture *c = &p->h.cap[i];
        __u32 len = c->len, half = capture_size / 2;

        if (len == 0)
                return;
        /* Two constant layouts only, so the verifier can see each copy's bounds. */
        if (c->offset == 0) {
                if (len > capture_size)
                        return;
                copy_words(rec->data, p->data, len, capture_size);
        } else if (c->offset == half) {
                if (len > capture_size - half)
                        return;
                copy_words(rec->data + half, p->data + half, len, capture_size - half);
        }
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

        copy_enter_capture(rec, p, 0);
        copy_enter_capture(rec, p, 1);

        nr = (__u32) p->h.nr;
        if (!(flags & TL_RECORD_UNFINISHED) && p->h.nr >= 0 && nr < TL_SYSCALLS_MAX)
                rule = bpf_map_lookup_elem(&rules, &nr);
        if (rule && rule->cap[0].kind != TL_CAP_NONE) {
                int n = rule_count(rule);

                capture(&rec->h.cap[0], rec->data, rec->h.args, &rule->cap[0], 0, n, true, ret);
                if (n == 2)
                        capture(&rec->h.cap[1], rec->data, rec->h.args, &rule->cap[1], 1, n, true, ret);
        }

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
SEC("tp_btf/sched_process_exit")
int BPF_PROG(sched_process_exit, struct task_struct *task) {
        struct task_struct *current = bpf_get_current_task_btf();
        __u64 args[TL_NARGS] = {}, cgid;
        struct tl_trace_ctl *ctl;
        struct tl_pending *p;

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
        args[0] = (__u32) current->exit_code;
        args[1] = current->signal->live.counter == 0;
        emit_event(current, ctl, TL_NR_EXIT, args, 0, 0);
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
