/* SPDX-License-Identifier: LGPL-2.1-or-later */

/*
 * Whole dump assembly.
 *
 * - Complete records are kept only if head - nslots < seq <= head (nslots == 0:
 *   no window check); a second record with the same seq is dropped.
 * - Walking the kept records in seq order, the seqs missing since the previous
 *   one (or since the window start) plus h->lost_before are "lost here" and are
 *   shown just before that record in the time-sorted output. Seqs missing after
 *   the newest record (slots reserved but not written when read) are shown at
 *   the end.
 * - In-flight records with the tid and order of a complete one are dropped;
 *   the others are shown as unfinished in their place.
 * - Output is sorted by order (the trace's enter counter, exact across CPUs),
 *   then ts_enter, seq and tid.
 * - Filters (pid/tid, syscall) hide records (the syscall filter never hides
 *   signal and exit events, as strace's -e trace= does not); a loss marker of a hidden record
 *   moves to the next shown one. With last = N only the last N shown records
 *   (syscalls and events alike, as lines) are written; loss markers of records before them are dropped (they describe
 *   events older than anything shown).
 * - If head > nslots, one "[... N older events overwritten ...]" line comes first.
 * - fd_paths (strace -y) learns descriptor names from every record in order,
 *   shown or not (fd-table.c), so that a filtered dump still names them.
 * - The strace format is strace -f's: "[pid N] " before each line printed while
 *   more than one task of the trace lives (see TaskLife below), the " = " at column 40, and
 *   a call another thread's call entered during is split into
 *   "read(3,  <unfinished ...>" and, where it returned, "<... read resumed>...".
 *   A signal event of a thread whose call is split comes after the call's
 *   resumed line: a signal reaches a task when it leaves the kernel. A call
 *   the task died in is "read(3,  <unfinished ...>) = ?", or, when another
 *   task's line comes between, "read(3,  <unfinished ...>" and with the
 *   task's exit line "<... read resumed> <unfinished ...>) = ?"; without
 *   arguments known only at exit "pause() = ?", "<... pause resumed>) = ?".
 * - The table format has a header and a row a record, columns CPU PID COMM
 *   SYSCALL PARAMS RET separated by two spaces and as wide as their widest
 *   cell, as column -t aligns them: PARAMS is the argument list without the
 *   parentheses, RET the return value without "= " ("?" where the task died
 *   in the call or the call never returns, "<unfinished ...>" for one in
 *   flight, -T's time after it). A signal is SYSCALL "---", an exit "+++",
 *   with the rest of the strace line ("SIGCHLD {...}", "exited with 0") as
 *   PARAMS and no RET. Loss markers are lines of their own between the rows.
 *   Timestamps (-t, -r) do not apply.
 * - summary (strace -c -w) replaces the lines with a table per syscall of the
 *   shown, finished records.
 */

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "decode.h"
#include "decode-internal.h"
#include "fd-table.h"
#include "macro.h"
#include "format-signal.h"
#include "syscall-set.h"
#include "syscall-table.h"

typedef struct Entry {
        const DumpRecord *rec;
        uint64_t seq;           /* 0 for in-flight */
        uint64_t lost;          /* loss marker count shown before this entry */
        bool inflight;
        bool shown;
} Entry;

static const char *const dump_format_table[_DUMP_FORMAT_MAX] = {
        [DUMP_FORMAT_TEXT] = "text",
        [DUMP_FORMAT_JSON] = "json",
        [DUMP_FORMAT_STRACE] = "strace",
        [DUMP_FORMAT_TABLE] = "table",
};

static const char *const dump_timestamps_table[_DUMP_TIMESTAMPS_MAX] = {
        [DUMP_TIMESTAMPS_NONE] = "none",
        [DUMP_TIMESTAMPS_TIME] = "time",
        [DUMP_TIMESTAMPS_PRECISE] = "precise",
        [DUMP_TIMESTAMPS_UNIX] = "unix",
};

const char *dump_timestamps_to_string(DumpTimestamps t) {
        if (t < 0 || t >= _DUMP_TIMESTAMPS_MAX)
                return NULL;
        return dump_timestamps_table[t];
}

/* Index of s in a table of names, -EINVAL if it is not there. */
static int name_table_lookup(const char *const *table, size_t n, const char *s) {
        if (!s)
                return -EINVAL;
        for (size_t i = 0; i < n; i++)
                if (table[i] && strcmp(table[i], s) == 0)
                        return (int) i;
        return -EINVAL;
}

DumpTimestamps dump_timestamps_from_string(const char *s) {
        return (DumpTimestamps) name_table_lookup(dump_timestamps_table, _DUMP_TIMESTAMPS_MAX, s);
}

const char *dump_format_to_string(DumpFormat f) {
        if (f < 0 || f >= _DUMP_FORMAT_MAX)
                return NULL;
        return dump_format_table[f];
}

DumpFormat dump_format_from_string(const char *s) {
        return (DumpFormat) name_table_lookup(dump_format_table, _DUMP_FORMAT_MAX, s);
}

static int cmp_u64(uint64_t a, uint64_t b) {
        return a < b ? -1 : a > b ? 1 : 0;
}

static int entry_cmp_seq(const void *a, const void *b) {
        const Entry *x = *(const Entry *const *) a, *y = *(const Entry *const *) b;

        return cmp_u64(x->seq, y->seq);
}

static bool entry_is_process_end(const Entry *e) {
        const struct tl_record_header *h = e->rec->h;

        return h->nr == TL_NR_EXIT && h->args[1] != 0;
}

/* A process's end ("+++ exited with 0 +++" of its leader) after every other
 * line of the process, as strace prints it. The recorder writes it last but
 * for one race: when the leader and its last thread exit at once, the
 * leader may write it before the thread writes its own end. */
static void process_ends_last(Entry *entries, size_t n) {
        for (size_t i = n; i-- > 0;) {
                size_t last = i;
                Entry end;

                if (!entry_is_process_end(&entries[i]))
                        continue;
                for (size_t j = i + 1; j < n; j++)
                        if (entries[j].rec->h->pid == entries[i].rec->h->pid)
                                last = j;
                if (last == i)
                        continue;
                end = entries[i];
                memmove(&entries[i], &entries[i + 1], (last - i) * sizeof(Entry));
                entries[last] = end;
        }
}

static int entry_cmp_time(const void *a, const void *b) {
        const Entry *x = a, *y = b;
        int c;

        c = cmp_u64(x->rec->h->order, y->rec->h->order);
        if (c != 0)
                return c;
        c = cmp_u64(x->rec->h->ts_enter, y->rec->h->ts_enter);
        if (c != 0)
                return c;
        c = cmp_u64(x->seq, y->seq);
        if (c != 0)
                return c;
        return cmp_u64(x->rec->h->tid, y->rec->h->tid);
}

/* For the in-flight dedupe: complete entries ordered by (tid, order, ts_enter). */
static int entry_cmp_tid_ts(const void *a, const void *b) {
        const Entry *x = *(const Entry *const *) a, *y = *(const Entry *const *) b;
        int c;

        c = cmp_u64(x->rec->h->tid, y->rec->h->tid);
        if (c != 0)
                return c;
        c = cmp_u64(x->rec->h->order, y->rec->h->order);
        if (c != 0)
                return c;
        return cmp_u64(x->rec->h->ts_enter, y->rec->h->ts_enter);
}

static bool record_valid(const DumpRecord *r) {
        return r && r->h;
}

static bool entry_pid_matches(const Entry *e, const DumpOptions *o) {
        const struct tl_record_header *h = e->rec->h;

        if (!o->pids)
                return true;
        for (size_t i = 0; i < o->n_pids; i++)
                if (o->pids[i] == h->pid || o->pids[i] == h->tid)
                        return true;
        return false;
}

static bool entry_matches(const Entry *e, const DumpOptions *o) {
        const struct tl_record_header *h = e->rec->h;
        bool unfinished = e->inflight || (h->flags & TL_RECORD_UNFINISHED);

        if (!entry_pid_matches(e, o))
                return false;
        /* Signals and exits are no syscalls: strace's -e trace=, -Z and -z keep them. */
        if (record_is_event(h))
                return true;
        if (o->syscalls) {
                int32_t nr = h->nr;

                /* A compat syscall has a number of another table: strace's -e trace=
                 * selects it by name (i386 close is "close"), so does this. */
                if (h->flags & TL_RECORD_COMPAT) {
                        const CompatSyscall *cs = syscall_compat_info(nr);

                        nr = cs ? syscall_from_name(cs->name) : -1;
                }
                if (nr < 0 || !syscall_set_contains(o->syscalls, nr))
                        return false;
        }
        /* -Z and -z: only calls whose outcome is known, as strace prints them */
        if (o->failed_only && (unfinished || !record_ret_is_error(h->ret)))
                return false;
        if (o->successful_only && (unfinished || record_ret_is_error(h->ret)))
                return false;
        return true;
}

static int write_marker(StrBuf *out, const DumpOptions *o, uint64_t count, bool overwritten) {
        if (o->format == DUMP_FORMAT_JSON)
                return strbuf_printf(out, "{\"type\":\"lost\",\"count\":%" PRIu64 ",\"reason\":\"%s\"}\n",
                                     count, overwritten ? "overwritten" : "dropped");
        if (overwritten)
                return strbuf_printf(out, "[... %" PRIu64 " older events overwritten ...]\n", count);
        return strbuf_printf(out, "[... %" PRIu64 " events lost here ...]\n", count);
}

static uint64_t sat_add(uint64_t a, uint64_t b) {
        return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

typedef struct Pending {
        uint32_t tid;
        uint64_t ts;            /* when the call returned: where its resumed line goes */
        bool tick;
        char *body;             /* "<... read resumed>\"abc\", 4)" */
        char *ret;              /* " = 3" */
        bool has_duration;
        uint64_t duration_ns;
} Pending;

typedef struct SummaryRow {
        int32_t nr;
        bool compat;
        uint64_t calls, errors, ns;
} SummaryRow;

/*
 * strace -f prints "[pid N] " while it traces more than one task. From the
 * trace's own records: a task lives from the start (its birth is not in the
 * trace), or from just after the clone, clone3, fork or vfork that made it
 * (or its own first record, if that came first), until its exit line, which
 * still has the prefix. The tids of the records the pid filter keeps count.
 * A task in another pid namespace than the trace's tids (the clone's return
 * value is not its tid) counts as living from the start.
 * Positions are in the order of the records' enters (exact across CPUs, even
 * when the times are ticks): record k's line is at 2 * order, a resumed line
 * printed just before it at 2 * order - 1, a child made by the clone at
 * 2 * order + 1.
 */
typedef struct TaskLife {
        uint64_t *births;       /* sorted: the position from which a task lives */
        uint64_t *deaths;       /* sorted: the position of a task's exit line (UINT64_MAX: none) */
        size_t n;
} TaskLife;

enum {
        TABLE_CPU,
        TABLE_PID,
        TABLE_COMM,
        TABLE_SYSCALL,
        TABLE_PARAMS,
        TABLE_RET,
        _TABLE_COLUMNS,
};

typedef struct TableRow {
        char *cells[_TABLE_COLUMNS];    /* all NULL for a line of its own */
        char *line;                     /* a loss marker, without its newline */
} TableRow;

typedef struct Printer {
        const DumpOptions *o;
        StrBuf *out;
        TaskLife life;          /* strace: which lines get "[pid N] " */
        uint64_t pos;           /* strace: the position of the line being printed (TaskLife) */
        bool have_prev;         /* -r: the previous line's time */
        uint64_t prev_ts;
        FdTable *fds;
        const char *ret_path;   /* -y: the name the current record's returned fd gets */
        Pending *pending;
        size_t n_pending, n_pending_alloc;
        SummaryRow *rows;
        size_t n_rows, n_rows_alloc;
        TableRow *trows;        /* table: the rows, written once all are known */
        size_t n_trows, n_trows_alloc;
        uint64_t n_tick;        /* summary: calls timed with the kernel tick */
        uint64_t n_summed;
        uint32_t *compat_tids;  /* tasks whose last shown syscall was a compat one */
        size_t n_compat, n_compat_alloc;
} Printer;

static size_t count_le(const uint64_t *a, size_t n, uint64_t v) {
        size_t lo = 0, hi = n;

        while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;

                if (a[mid] <= v)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return lo;
}

static uint64_t order_pos(uint64_t order) {
        return order > UINT64_MAX / 2 - 1 ? UINT64_MAX - 2 : 2 * order;
}

/* More than one task lives at pos: born at or before it, its exit line not before it. */
static bool task_life_many(const TaskLife *l, uint64_t pos) {
        size_t born = count_le(l->births, l->n, pos), dead = pos > 0 ? count_le(l->deaths, l->n, pos - 1) : 0;

        return born > dead && born - dead > 1;
}

typedef struct TaskMark {
        uint32_t tid;
        uint8_t kind;           /* TASK_* */
        uint64_t pos;
} TaskMark;

enum {
        TASK_SEEN,              /* a record of the task, at its enter */
        TASK_EXIT,              /* its exit line */
        TASK_CREATED,           /* the return of the clone that made it */
};

static int task_mark_cmp(const void *a, const void *b) {
        const TaskMark *x = a, *y = b;

        return x->tid != y->tid ? (x->tid < y->tid ? -1 : 1) : 0;
}

static int cmp_u64_p(const void *a, const void *b) {
        return cmp_u64(*(const uint64_t *) a, *(const uint64_t *) b);
}

/* nrs: clone, clone3, fork, vfork of the native table (negative where there is none) */
static bool record_creates_task(const struct tl_record_header *h, const int nrs[static 4]) {
        if (h->flags & (TL_RECORD_COMPAT | TL_RECORD_UNFINISHED))
                return false;
        if (h->ret <= 0 || h->ret > UINT32_MAX)
                return false;
        return h->nr >= 0 && (h->nr == nrs[0] || h->nr == nrs[1] || h->nr == nrs[2] || h->nr == nrs[3]);
}

static int task_life_build(TaskLife *l, const Entry *entries, size_t n, const DumpOptions *o) {
        _cleanup_free_ TaskMark *marks = NULL;
        const int nrs[4] = {
                syscall_from_name("clone"), syscall_from_name("clone3"),
                syscall_from_name("fork"), syscall_from_name("vfork"),
        };
        size_t m = 0;

        marks = calloc(2 * n + 1, sizeof(TaskMark));
        l->births = calloc(n + 1, sizeof(uint64_t));
        l->deaths = calloc(n + 1, sizeof(uint64_t));
        if (!marks || !l->births || !l->deaths)
                return -ENOMEM;

        for (size_t i = 0; i < n; i++) {
                const struct tl_record_header *h = entries[i].rec->h;

                if (!entry_pid_matches(&entries[i], o))
                        continue;
                marks[m++] = (TaskMark) { .tid = h->tid, .pos = order_pos(h->order),
                                          .kind = h->nr == TL_NR_EXIT ? TASK_EXIT : TASK_SEEN };
                if (!entries[i].inflight && record_creates_task(h, nrs))
                        marks[m++] = (TaskMark) { .tid = (uint32_t) h->ret, .pos = order_pos(h->order) + 1,
                                                  .kind = TASK_CREATED };
        }
        if (m > 0)
                qsort(marks, m, sizeof(TaskMark), task_mark_cmp);

        for (size_t i = 0; i < m;) {
                uint64_t first = UINT64_MAX, created = UINT64_MAX, death = 0;
                bool seen = false, exited = false;
                size_t j;

                for (j = i; j < m && marks[j].tid == marks[i].tid; j++) {
                        const TaskMark *k = &marks[j];

                        if (k->kind == TASK_CREATED) {
                                created = MIN(created, k->pos);
                                continue;
                        }
                        seen = true;
                        first = MIN(first, k->pos);
                        if (k->kind == TASK_EXIT) {
                                exited = true;
                                death = MAX(death, k->pos);
                        }
                }
                i = j;
                if (!seen) /* made, but none of its records is here: the filter, or lost */
                        continue;
                l->births[l->n] = created != UINT64_MAX ? MIN(created, first) : 0;
                l->deaths[l->n] = exited ? death : UINT64_MAX;
                l->n++;
        }
        if (l->n > 0) {
                qsort(l->births, l->n, sizeof(uint64_t), cmp_u64_p);
                qsort(l->deaths, l->n, sizeof(uint64_t), cmp_u64_p);
        }
        return 0;
}

static const char *printer_fd_path(const void *userdata, const struct tl_record_header *h, int fd, bool ret) {
        const Printer *p = userdata;

        if (ret)
                return p->ret_path;
        return fd_table_get(p->fds, h->pid, fd);
}

static bool is_strace(const DumpOptions *o) {
        return o->format == DUMP_FORMAT_STRACE;
}

/* Text lines without the table's columns carry strace's leader: [pid N], -t, -r. */
static bool has_leader(const DumpOptions *o) {
        return is_strace(o) || (o->format == DUMP_FORMAT_TEXT && !o->columns);
}

static int print_leader(Printer *p, uint32_t tid, uint64_t ts) {
        const DumpOptions *o = p->o;
        StrBuf *out = p->out;
        int r;

        if (is_strace(o) && task_life_many(&p->life, p->pos)) {
                r = strbuf_printf(out, "[pid %5" PRIu32 "] ", tid);
                if (r < 0)
                        return r;
        }

        if (o->timestamps > DUMP_TIMESTAMPS_NONE && o->timestamps < _DUMP_TIMESTAMPS_MAX) {
                int64_t ns = (int64_t) (ts + (uint64_t) o->realtime_offset_ns);
                int64_t sec = ns / 1000000000, rem = ns % 1000000000;
                time_t t;
                struct tm tm;

                if (rem < 0) {
                        rem += 1000000000;
                        sec--;
                }
                t = (time_t) sec;
                if (o->timestamps == DUMP_TIMESTAMPS_UNIX)
                        r = strbuf_printf(out, "%" PRIi64 ".%06" PRIi64 " ", sec, rem / 1000);
                else if (!localtime_r(&t, &tm))
                        r = strbuf_append(out, "??:??:?? ");
                else if (o->timestamps == DUMP_TIMESTAMPS_TIME)
                        r = strbuf_printf(out, "%02d:%02d:%02d ", tm.tm_hour, tm.tm_min, tm.tm_sec);
                else
                        r = strbuf_printf(out, "%02d:%02d:%02d.%06" PRIi64 " ", tm.tm_hour, tm.tm_min, tm.tm_sec,
                                          rem / 1000);
                if (r < 0)
                        return r;
        }

        if (o->relative) {
                uint64_t d = p->have_prev && ts > p->prev_ts ? ts - p->prev_ts : 0;

                r = strbuf_printf(out, o->timestamps > DUMP_TIMESTAMPS_NONE ? "(+%6" PRIu64 ".%06" PRIu64 ") " :
                                                                              "%6" PRIu64 ".%06" PRIu64 " ",
                                  d / 1000000000, d % 1000000000 / 1000);
                if (r < 0)
                        return r;
                p->have_prev = true;
                p->prev_ts = ts;
        }
        return 0;
}

static int print_duration(StrBuf *out, uint64_t ns) {
        return strbuf_printf(out, " <%" PRIu64 ".%06" PRIu64 ">", ns / 1000000000, ns % 1000000000 / 1000);
}

/* One strace line: leader, body, the return value at column 40, -T, newline. */
static int emit_strace_line(Printer *p, uint32_t tid, uint64_t ts, const char *body, size_t body_len,
                            const char *ret, size_t ret_len, bool has_duration, uint64_t duration_ns) {
        StrBuf *out = p->out;
        size_t start = out->len;
        int r;

        r = print_leader(p, tid, ts);
        if (r < 0)
                return r;
        r = strbuf_append_n(out, body, body_len);
        if (r < 0)
                return r;
        if (ret_len > 0) {
                /* strace: "= " goes to column 40 when the line is shorter */
                if (ret[0] == ' ' && out->len - start < 40) {
                        while (out->len - start < 40) {
                                r = strbuf_append_char(out, ' ');
                                if (r < 0)
                                        return r;
                        }
                        ret++;
                        ret_len--;
                }
                r = strbuf_append_n(out, ret, ret_len);
                if (r < 0)
                        return r;
        }
        if (has_duration && p->o->durations) {
                r = print_duration(out, duration_ns);
                if (r < 0)
                        return r;
        }
        return strbuf_append_char(out, '\n');
}

static void pending_free(Pending *q) {
        free(q->body);
        free(q->ret);
}

/* Resumed lines of calls that returned at or before ts (all with ts = UINT64_MAX), oldest first;
 * with tid, those of that thread only, whenever they returned. */
static int flush_pending(Printer *p, uint64_t ts, uint32_t tid) {
        int r;

        for (;;) {
                size_t best = SIZE_MAX;

                for (size_t i = 0; i < p->n_pending; i++)
                        if ((tid != 0 ? p->pending[i].tid == tid : p->pending[i].ts <= ts) && (best == SIZE_MAX || p->pending[i].ts < p->pending[best].ts))
                                best = i;
                if (best == SIZE_MAX)
                        return 0;

                Pending q = p->pending[best];
                p->pending[best] = p->pending[--p->n_pending];
                r = emit_strace_line(p, q.tid, q.ts, q.body, strlen(q.body), q.ret, strlen(q.ret),
                                     q.has_duration, q.duration_ns);
                pending_free(&q);
                if (r < 0)
                        return r;
        }
}

static int add_pending(Printer *p, Pending *q) {
        if (GREEDY_REALLOC(p->pending, p->n_pending_alloc, p->n_pending, 8) < 0)
                return -ENOMEM;
        p->pending[p->n_pending++] = *q;
        return 0;
}

static bool record_has_duration(const struct tl_record_header *h) {
        return !(h->flags & TL_RECORD_UNFINISHED) && h->ts_exit >= h->ts_enter;
}

static bool record_never_returns(const struct tl_record_header *h) {
        const SyscallInfo *si = (h->flags & TL_RECORD_COMPAT) ? NULL : syscall_info(h->nr);

        return si && si->ret == RET_NONE;
}

/* e in strace's layout; next is the next shown entry, NULL if none. */
static int print_strace_entry(Printer *p, const Entry *e, const struct tl_record_header *h, const Entry *next) {
        _cleanup_strbuf_ StrBuf text = {};
        const DumpRecord *rec = e->rec;
        struct tl_record_header hh;
        DumpRecord copy;
        size_t exit_at, close_at, name_len;
        const char *paren;
        bool unfinished = e->inflight || (h->flags & TL_RECORD_UNFINISHED), split;
        int r;

        if (record_is_event(h)) {
                /* "[pid N] --- SIGSEGV {...} ---", "+++ exited with 0 +++": no return value, no -T */
                r = event_format_text(rec, &text);
                if (r < 0)
                        return r;
                /* A signal reaches a task when it leaves the kernel: after the return of its own call
                 * (an ignored one, SIGCHLD, is recorded when it is sent), as strace shows it. */
                if (h->tid != 0) {
                        r = flush_pending(p, 0, h->tid);
                        if (r < 0)
                                return r;
                }
                return emit_strace_line(p, h->tid, h->ts_enter, text.buf, text.len, NULL, 0, false, 0);
        }

        if (e->inflight) {
                hh = *h;
                hh.flags |= TL_RECORD_UNFINISHED;
                copy = *rec;
                copy.h = &hh;
                rec = &copy;
        }
        r = record_format_call_split(rec, p->o, &text, &exit_at, &close_at);
        if (r < 0)
                return r;
        if (!text.buf || close_at >= text.len || exit_at > close_at)
                return -EINVAL;

        if (record_never_returns(h))
                /* exit_group(0) = ?, finished or not */
                return emit_strace_line(p, h->tid, h->ts_enter, text.buf, close_at + 1,
                                        text.buf + close_at + 1, text.len - close_at - 1, false, 0);

        if (unfinished && !e->inflight && next && next->rec->h->tid != h->tid) {
                /* The task died in the call and another one's line comes first: strace's
                 * "read(3,  <unfinished ...>", then, with the task's exit line,
                 * "<... read resumed> <unfinished ...>) = ?" */
                paren = memchr(text.buf, '(', text.len);
                name_len = paren ? (size_t) (paren - text.buf) : 0;
                r = print_leader(p, h->tid, h->ts_enter);
                if (r >= 0)
                        r = strbuf_append_n(p->out, text.buf, exit_at);
                if (r >= 0)
                        r = strbuf_append(p->out, " <unfinished ...>\n");
                if (r < 0)
                        return r;

                Pending q = { .tid = h->tid, .ts = UINT64_MAX };
                /* " <unfinished ...>" stands for the arguments known only at exit, if there are any */
                if (asprintf(&q.body, "<... %.*s resumed>%s)", (int) name_len, text.buf,
                             exit_at < close_at ? " <unfinished ...>" : "") < 0)
                        return -ENOMEM;
                q.ret = strdup(" = ?");
                if (!q.ret) {
                        free(q.body);
                        return -ENOMEM;
                }
                r = add_pending(p, &q);
                if (r < 0)
                        pending_free(&q);
                return r;
        }
        if (unfinished && !e->inflight) {
                /* The task died in the call (killed, or the exit of another thread): strace's
                 * "read(3,  <unfinished ...>) = ?" before its "+++ killed by ... +++". */
                _cleanup_strbuf_ StrBuf body = {};

                r = strbuf_append_n(&body, text.buf, exit_at);
                if (r >= 0)
                        r = strbuf_append(&body, exit_at < close_at ? " <unfinished ...>)" : ")");
                if (r < 0)
                        return r;
                return emit_strace_line(p, h->tid, h->ts_enter, body.buf, body.len, " = ?", 4, false, 0);
        }
        if (unfinished) {
                /* still in the call when the dump was taken, as strace shows it when it detaches */
                size_t start = p->out->len;

                r = print_leader(p, h->tid, h->ts_enter);
                if (r < 0)
                        return r;
                r = strbuf_append_n(p->out, text.buf, exit_at);
                if (r < 0)
                        return r;
                r = strbuf_append(p->out, " <unfinished ...>\n");
                if (r < 0)
                        strbuf_truncate(p->out, start);
                return r;
        }

        split = next && next->rec->h->tid != h->tid && next->rec->h->ts_enter < h->ts_exit;
        if (!split)
                return emit_strace_line(p, h->tid, h->ts_enter, text.buf, close_at + 1,
                                        text.buf + close_at + 1, text.len - close_at - 1,
                                        record_has_duration(h), h->ts_exit - h->ts_enter);

        r = print_leader(p, h->tid, h->ts_enter);
        if (r < 0)
                return r;
        r = strbuf_append_n(p->out, text.buf, exit_at);
        if (r < 0)
                return r;
        r = strbuf_append(p->out, " <unfinished ...>\n");
        if (r < 0)
                return r;

        paren = memchr(text.buf, '(', text.len);
        name_len = paren ? (size_t) (paren - text.buf) : 0;
        Pending q = {
                .tid = h->tid,
                .ts = h->ts_exit,
                .has_duration = record_has_duration(h),
                .duration_ns = h->ts_exit - h->ts_enter,
        };
        if (asprintf(&q.body, "<... %.*s resumed>%.*s", (int) name_len, text.buf,
                     (int) (close_at + 1 - exit_at), text.buf + exit_at) < 0)
                return -ENOMEM;
        q.ret = strndup(text.buf + close_at + 1, text.len - close_at - 1);
        if (!q.ret) {
                free(q.body);
                return -ENOMEM;
        }
        r = add_pending(p, &q);
        if (r < 0)
                pending_free(&q);
        return r;
}

static int table_add_entry(Printer *p, const Entry *e);

/* strace's "[ Process PID=N runs in 32 bit mode. ]" when a task's syscalls
 * change ABI (int $0x80 in a 64-bit process, or a 32-bit program), and
 * "... 64 bit mode. ]" when they change back; every task starts in 64 bit.
 * strace prints it where it prints calls, with their leader, unless quiet
 * (it is with -o FILE); here in the text and strace formats. */
static int print_personality(Printer *p, const struct tl_record_header *h) {
        bool compat = h->flags & TL_RECORD_COMPAT;
        size_t i;
        int r;

        if (record_is_event(h))
                return 0;
        for (i = 0; i < p->n_compat; i++)
                if (p->compat_tids[i] == h->tid)
                        break;
        if ((i < p->n_compat) == compat)
                return 0;

        if (compat) {
                if (GREEDY_REALLOC(p->compat_tids, p->n_compat_alloc, p->n_compat, 4) < 0)
                        return -ENOMEM;
                p->compat_tids[p->n_compat++] = h->tid;
        } else
                p->compat_tids[i] = p->compat_tids[--p->n_compat];

        if (has_leader(p->o)) {
                r = print_leader(p, h->tid, h->ts_enter);
                if (r < 0)
                        return r;
        }
        return strbuf_printf(p->out, "[ Process PID=%" PRIu32 " runs in %s mode. ]\n", h->tid,
                             compat ? "32 bit" : "64 bit");
}

static int print_entry(Printer *p, const Entry *e, const Entry *next) {
        const struct tl_record_header *h = e->rec->h;
        int r;

        if (is_strace(p->o) || p->o->format == DUMP_FORMAT_TEXT) {
                r = print_personality(p, h);
                if (r < 0)
                        return r;
        }

        if (is_strace(p->o))
                return print_strace_entry(p, e, h, next);
        if (p->o->format == DUMP_FORMAT_TABLE)
                return table_add_entry(p, e);

        if (has_leader(p->o)) {
                r = print_leader(p, h->tid, h->ts_enter);
                if (r < 0)
                        return r;
        }
        if (e->inflight) {
                struct tl_record_header hh = *h;
                DumpRecord rec = *e->rec;

                hh.flags |= TL_RECORD_UNFINISHED;
                rec.h = &hh;
                return record_format(&rec, p->o, p->out);
        }
        return record_format(e->rec, p->o, p->out);
}

static void table_row_free(TableRow *t) {
        for (size_t i = 0; i < _TABLE_COLUMNS; i++)
                free(t->cells[i]);
        free(t->line);
}

static int table_add(Printer *p, TableRow *t) {
        if (GREEDY_REALLOC(p->trows, p->n_trows_alloc, p->n_trows, 64) < 0)
                return -ENOMEM;
        p->trows[p->n_trows++] = *t;
        *t = (TableRow) {};
        return 0;
}

static char *strndup_trim(const char *s, size_t n) {
        while (n > 0 && s[n - 1] == ' ')
                n--;
        return strndup(s, n);
}

/* One record as a row: see the table format above. */
static int table_add_entry(Printer *p, const Entry *e) {
        _cleanup_strbuf_ StrBuf text = {}, comm = {};
        const struct tl_record_header *h = e->rec->h;
        const DumpRecord *rec = e->rec;
        struct tl_record_header hh;
        DumpRecord copy;
        TableRow t = {};
        size_t exit_at, close_at, name_len, params_end;
        const char *paren, *ret;
        int r;

        r = record_format_comm(h, &comm);
        if (r < 0)
                return r;
        if (asprintf(&t.cells[TABLE_CPU], "%" PRIu32, h->cpu) < 0) {
                t.cells[TABLE_CPU] = NULL;
                return -ENOMEM;
        }
        if (asprintf(&t.cells[TABLE_PID], "%" PRIu32, h->tid) < 0) {
                t.cells[TABLE_PID] = NULL;
                r = -ENOMEM;
                goto fail;
        }
        t.cells[TABLE_COMM] = strdup(comm.buf);
        if (!t.cells[TABLE_COMM]) {
                r = -ENOMEM;
                goto fail;
        }

        if (record_is_event(h)) {
                /* "--- SIGCHLD {...} ---", "+++ exited with 0 +++" */
                r = event_format_text(rec, &text);
                if (r < 0)
                        goto fail;
                if (!text.buf || text.len < 8) {
                        r = -EINVAL;
                        goto fail;
                }
                t.cells[TABLE_SYSCALL] = strndup(text.buf, 3);
                t.cells[TABLE_PARAMS] = strndup(text.buf + 4, text.len - 8);
                t.cells[TABLE_RET] = strdup("");
        } else {
                bool unfinished = e->inflight || (h->flags & TL_RECORD_UNFINISHED);

                if (e->inflight) {
                        hh = *h;
                        hh.flags |= TL_RECORD_UNFINISHED;
                        copy = *rec;
                        copy.h = &hh;
                        rec = &copy;
                }
                r = record_format_call_split(rec, p->o, &text, &exit_at, &close_at);
                if (r < 0)
                        goto fail;
                paren = text.buf ? memchr(text.buf, '(', text.len) : NULL;
                if (!paren || close_at >= text.len || exit_at > close_at) {
                        r = -EINVAL;
                        goto fail;
                }
                name_len = (size_t) (paren - text.buf);
                if (unfinished && !record_never_returns(h)) {
                        /* the arguments known at enter; ", " before the first one known at exit goes */
                        params_end = exit_at;
                        while (params_end > name_len + 1 && (text.buf[params_end - 1] == ' ' ||
                                                             text.buf[params_end - 1] == ','))
                                params_end--;
                        ret = e->inflight ? "<unfinished ...>" : "?";
                } else {
                        params_end = close_at;
                        ret = text.buf + close_at + 1;
                        while (*ret == ' ')
                                ret++;
                        if (ret[0] == '=' && ret[1] == ' ')
                                ret += 2;
                }
                t.cells[TABLE_SYSCALL] = strndup(text.buf, name_len);
                t.cells[TABLE_PARAMS] = strndup_trim(paren + 1, params_end - name_len - 1);
                if (!unfinished && p->o->durations && record_has_duration(h)) {
                        uint64_t ns = h->ts_exit - h->ts_enter;

                        if (asprintf(&t.cells[TABLE_RET], "%s <%" PRIu64 ".%06" PRIu64 ">", ret,
                                     ns / 1000000000, ns % 1000000000 / 1000) < 0)
                                t.cells[TABLE_RET] = NULL;
                } else
                        t.cells[TABLE_RET] = strdup(ret);
        }
        if (!t.cells[TABLE_SYSCALL] || !t.cells[TABLE_PARAMS] || !t.cells[TABLE_RET]) {
                r = -ENOMEM;
                goto fail;
        }
        r = table_add(p, &t);
        if (r >= 0)
                return 0;
fail:
        table_row_free(&t);
        return r;
}

static int table_write(Printer *p) {
        static const char *const header[_TABLE_COLUMNS] = { "CPU", "PID", "COMM", "SYSCALL", "PARAMS", "RET" };
        size_t width[_TABLE_COLUMNS];
        StrBuf *out = p->out;
        int r;

        for (size_t c = 0; c < _TABLE_COLUMNS; c++)
                width[c] = strlen(header[c]);
        for (size_t i = 0; i < p->n_trows; i++)
                if (!p->trows[i].line)
                        for (size_t c = 0; c < _TABLE_COLUMNS; c++)
                                width[c] = MAX(width[c], strlen(p->trows[i].cells[c]));

        for (size_t i = 0; i <= p->n_trows; i++) {
                const TableRow *t = i > 0 ? &p->trows[i - 1] : NULL;
                size_t start = out->len;

                if (t && t->line) {
                        r = strbuf_printf(out, "%s\n", t->line);
                        if (r < 0)
                                return r;
                        continue;
                }
                for (size_t c = 0; c < _TABLE_COLUMNS; c++) {
                        const char *cell = t ? t->cells[c] : header[c];

                        r = strbuf_append(out, cell);
                        if (r < 0)
                                return r;
                        if (c + 1 == _TABLE_COLUMNS)
                                break;
                        for (size_t k = strlen(cell); k < width[c] + 2; k++) {
                                r = strbuf_append_char(out, ' ');
                                if (r < 0)
                                        return r;
                        }
                }
                /* no trailing blanks where the last cells are empty */
                while (out->len > start && out->buf[out->len - 1] == ' ')
                        out->len--;
                r = strbuf_append_char(out, '\n');
                if (r < 0)
                        return r;
        }
        return 0;
}

/* A loss marker: written, or for the table a line of its own between its rows. */
static int emit_marker(Printer *p, const DumpOptions *o, uint64_t count, bool overwritten) {
        _cleanup_strbuf_ StrBuf line = {};
        TableRow t = {};
        int r;

        if (o->format != DUMP_FORMAT_TABLE)
                return write_marker(p->out, o, count, overwritten);
        r = write_marker(&line, o, count, overwritten);
        if (r < 0)
                return r;
        t.line = strndup(line.buf, line.len > 0 ? line.len - 1 : 0);
        if (!t.line)
                return -ENOMEM;
        r = table_add(p, &t);
        if (r < 0)
                free(t.line);
        return r;
}

static int summary_add(Printer *p, const Entry *e) {
        const struct tl_record_header *h = e->rec->h;
        bool compat = h->flags & TL_RECORD_COMPAT;
        SummaryRow *row = NULL;

        /* strace -c counts calls that returned; no signals, no exits */
        if (e->inflight || (h->flags & TL_RECORD_UNFINISHED) || record_is_event(h))
                return 0;
        for (size_t i = 0; i < p->n_rows && !row; i++)
                if (p->rows[i].nr == h->nr && p->rows[i].compat == compat)
                        row = &p->rows[i];
        if (!row) {
                if (GREEDY_REALLOC(p->rows, p->n_rows_alloc, p->n_rows, 64) < 0)
                        return -ENOMEM;
                row = &p->rows[p->n_rows++];
                *row = (SummaryRow) { .nr = h->nr, .compat = compat };
        }
        row->calls++;
        if (record_ret_is_error(h->ret))
                row->errors++;
        if (h->ts_exit > h->ts_enter)
                row->ns += h->ts_exit - h->ts_enter;
        if (h->flags & TL_RECORD_TICK_TIME)
                p->n_tick++;
        p->n_summed++;
        return 0;
}

static int row_cmp(const void *a, const void *b) {
        const SummaryRow *x = a, *y = b;

        /* strace -c: most time first; equal times in syscall number order */
        if (x->ns != y->ns)
                return x->ns > y->ns ? -1 : 1;
        if (x->compat != y->compat)
                return x->compat ? 1 : -1;
        return x->nr < y->nr ? -1 : x->nr > y->nr;
}

static int summary_row_name(const SummaryRow *row, char *buf, size_t size) {
        const CompatSyscall *cs = row->compat ? syscall_compat_info(row->nr) : NULL;
        const char *name = row->compat ? (cs ? cs->name : NULL) : syscall_name(row->nr);

        if (name)
                snprintf(buf, size, "%s", name);
        else
                snprintf(buf, size, "syscall_%#" PRIx32, (uint32_t) row->nr);
        return 0;
}

static int summary_line(StrBuf *out, double pct, uint64_t ns, uint64_t calls, uint64_t errors, const char *name) {
        char errs[32] = "";

        if (errors > 0)
                snprintf(errs, sizeof(errs), "%" PRIu64, errors);
        return strbuf_printf(out, "%6.2f %11.6f %11" PRIu64 " %9" PRIu64 " %9s %s\n",
                             pct, (double) ns / 1e9, calls > 0 ? ns / 1000 / calls : 0, calls, errs, name);
}

static int summary_write(Printer *p) {
        static const char rule[] = "------ ----------- ----------- --------- --------- ----------------\n";
        uint64_t total_ns = 0, total_calls = 0, total_errors = 0;
        StrBuf *out = p->out;
        char name[64];
        int r;

        if (p->n_rows > 0) /* rows is NULL then, which qsort() must not get */
                qsort(p->rows, p->n_rows, sizeof(SummaryRow), row_cmp);
        for (size_t i = 0; i < p->n_rows; i++) {
                total_ns += p->rows[i].ns;
                total_calls += p->rows[i].calls;
                total_errors += p->rows[i].errors;
        }

        if (p->o->format == DUMP_FORMAT_JSON) {
                for (size_t i = 0; i < p->n_rows; i++) {
                        const SummaryRow *row = &p->rows[i];

                        summary_row_name(row, name, sizeof(name));
                        r = strbuf_printf(out, "{\"type\":\"summary\",\"syscall\":\"%s\",\"calls\":%" PRIu64
                                          ",\"errors\":%" PRIu64 ",\"time_ns\":%" PRIu64 "}\n",
                                          name, row->calls, row->errors, row->ns);
                        if (r < 0)
                                return r;
                }
                return strbuf_printf(out, "{\"type\":\"summary-total\",\"calls\":%" PRIu64 ",\"errors\":%" PRIu64
                                     ",\"time_ns\":%" PRIu64 ",\"tick_timed\":%" PRIu64 "}\n",
                                     total_calls, total_errors, total_ns, p->n_tick);
        }

        r = strbuf_append(out, "% time     seconds  usecs/call     calls    errors syscall\n");
        if (r < 0)
                return r;
        r = strbuf_append(out, rule);
        if (r < 0)
                return r;
        for (size_t i = 0; i < p->n_rows; i++) {
                const SummaryRow *row = &p->rows[i];

                summary_row_name(row, name, sizeof(name));
                r = summary_line(out, total_ns > 0 ? 100.0 * (double) row->ns / (double) total_ns : 0.0,
                                 row->ns, row->calls, row->errors, name);
                if (r < 0)
                        return r;
        }
        r = strbuf_append(out, rule);
        if (r < 0)
                return r;
        r = summary_line(out, 100.0, total_ns, total_calls, total_errors, "total");
        if (r < 0)
                return r;
        if (p->n_tick > 0) {
                r = strbuf_printf(out, "# %" PRIu64 " of %" PRIu64 " calls were timed with the kernel tick "
                                  "(traces added with timestamps \"tick\"): each of their times is a whole number "
                                  "of ticks (1-10 ms), calls shorter than a tick count as 0.\n",
                                  p->n_tick, p->n_summed);
                if (r < 0)
                        return r;
        }
        return 0;
}

static void printer_done(Printer *p) {
        for (size_t i = 0; i < p->n_pending; i++)
                pending_free(&p->pending[i]);
        free(p->pending);
        free(p->rows);
        for (size_t i = 0; i < p->n_trows; i++)
                table_row_free(&p->trows[i]);
        free(p->trows);
        free(p->compat_tids);
        free(p->life.births);
        free(p->life.deaths);
        fd_table_free(p->fds);
}

int dump_write(const DumpInput *in, const DumpOptions *o_in, StrBuf *out) {
        DumpOptions o = o_in ? *o_in : DUMP_OPTIONS_DEFAULT;
        Entry *entries = NULL, **by_seq = NULL, **by_tid = NULL, **vis = NULL;
        size_t n = 0, n_complete = 0, n_unique = 0, n_shown = 0, n_vis = 0, skip;
        Printer pr = { .o = &o, .out = out };
        uint64_t lo, prev, carry = 0, trailing = 0;
        size_t old_len;
        int r = 0;

        if (!in || !out)
                return -EINVAL;
        if (o.format < 0 || o.format >= _DUMP_FORMAT_MAX)
                return -EINVAL;
        if (in->n_records > SIZE_MAX / 2 / sizeof(Entry) || in->n_inflight > SIZE_MAX / 2 / sizeof(Entry))
                return -ENOMEM;

        old_len = out->len;
        lo = in->nslots > 0 && in->head > in->nslots ? in->head - in->nslots : 0;

        entries = calloc(in->n_records + in->n_inflight + 1, sizeof(Entry));
        by_seq = calloc(in->n_records + 1, sizeof(Entry *));
        by_tid = calloc(in->n_records + 1, sizeof(Entry *));
        if (!entries || !by_seq || !by_tid) {
                r = -ENOMEM;
                goto finish;
        }

        /* Complete records inside the window. */
        for (size_t i = 0; i < in->n_records; i++) {
                const DumpRecord *rec = &in->records[i];
                uint64_t seq;

                if (!record_valid(rec))
                        continue;
                seq = rec->h->seq;
                if (seq == 0 || seq <= lo || (in->nslots > 0 && seq > in->head))
                        continue;
                entries[n] = (Entry) { .rec = rec, .seq = seq };
                by_seq[n_complete++] = &entries[n];
                n++;
        }

        /* Gaps in seq order, plus the kernel's own drop counts. */
        qsort(by_seq, n_complete, sizeof(Entry *), entry_cmp_seq);
        prev = lo;
        for (size_t i = 0; i < n_complete; i++) {
                Entry *e = by_seq[i];

                if (i > 0 && e->seq == by_seq[i - 1]->seq) {
                        e->rec = NULL; /* duplicate seq: corrupt, drop */
                        continue;
                }
                e->lost = sat_add(e->seq - prev - 1, e->rec->h->lost_before);
                prev = e->seq;
        }
        if (in->head > prev && (n_complete > 0 || in->nslots > 0))
                trailing = in->head - prev;

        /* In-flight records, minus those already complete. */
        {
                size_t k = 0;

                for (size_t i = 0; i < n_complete; i++)
                        if (by_seq[i]->rec)
                                by_tid[k++] = by_seq[i];
                n_unique = k;
        }
        if (in->n_inflight > 0)
                qsort(by_tid, n_unique, sizeof(Entry *), entry_cmp_tid_ts);
        for (size_t i = 0; i < in->n_inflight; i++) {
                const DumpRecord *rec = &in->inflight[i];
                Entry key, *keyp = &key;
                Entry **hit;

                if (!record_valid(rec))
                        continue;
                key = (Entry) { .rec = rec };
                hit = n_unique > 0 ? bsearch(&keyp, by_tid, n_unique, sizeof(Entry *), entry_cmp_tid_ts) : NULL;
                if (hit)
                        continue;
                entries[n++] = (Entry) { .rec = rec, .inflight = true };
        }

        /* Compact away dropped duplicates, then sort by time. */
        {
                size_t k = 0;

                for (size_t i = 0; i < n; i++)
                        if (entries[i].rec)
                                entries[k++] = entries[i];
                n = k;
        }
        qsort(entries, n, sizeof(Entry), entry_cmp_time);
        process_ends_last(entries, n);

        /* Filters; loss markers of hidden entries move to the next shown one. */
        for (size_t i = 0; i < n; i++) {
                Entry *e = &entries[i];

                carry = sat_add(carry, e->lost);
                e->lost = 0;
                if (!entry_matches(e, &o))
                        continue;
                e->shown = true;
                e->lost = carry;
                carry = 0;
                n_shown++;
        }
        trailing = sat_add(trailing, carry);

        skip = o.last > 0 && o.last < n_shown ? n_shown - (size_t) o.last : 0;

        /* The entries that will be printed, in order: strace's split needs the next one. */
        vis = calloc(n_shown + 1, sizeof(Entry *));
        if (!vis) {
                r = -ENOMEM;
                goto finish;
        }
        for (size_t i = 0; i < n; i++) {
                if (!entries[i].shown)
                        continue;
                if (skip > 0) {
                        skip--;
                        entries[i].shown = false;
                        continue;
                }
                vis[n_vis++] = &entries[i];
        }
        if (is_strace(&o)) {
                r = task_life_build(&pr.life, entries, n, &o);
                if (r < 0)
                        goto finish;
        }
        if (o.fd_paths) {
                pr.fds = fd_table_new();
                if (!pr.fds) {
                        r = -ENOMEM;
                        goto finish;
                }
                o.fd_path = printer_fd_path;
                o.fd_path_userdata = &pr;
        }

        if (!o.summary && in->nslots > 0 && in->head > in->nslots) {
                r = emit_marker(&pr, &o, in->head - in->nslots, true);
                if (r < 0)
                        goto finish;
        }

        for (size_t i = 0, k = 0; i < n; i++) {
                Entry *e = &entries[i];
                bool finished = !e->inflight && !(e->rec->h->flags & TL_RECORD_UNFINISHED);

                if (pr.fds && finished) {
                        r = fd_table_prepare(pr.fds, e->rec, &pr.ret_path);
                        if (r < 0)
                                goto finish;
                }

                if (e->shown) {
                        k++;
                        if (o.summary)
                                r = summary_add(&pr, e);
                        else {
                                if (is_strace(&o)) {
                                        pr.pos = order_pos(e->rec->h->order);
                                        pr.pos -= pr.pos > 0;
                                        r = flush_pending(&pr, e->rec->h->ts_enter, 0);
                                        pr.pos = order_pos(e->rec->h->order);
                                }
                                if (r >= 0 && e->lost > 0)
                                        r = emit_marker(&pr, &o, e->lost, false);
                                if (r >= 0)
                                        r = print_entry(&pr, e, k < n_vis ? vis[k] : NULL);
                        }
                        if (r < 0)
                                goto finish;
                }

                pr.ret_path = NULL;
                if (pr.fds && finished) {
                        r = fd_table_apply(pr.fds, e->rec);
                        if (r < 0)
                                goto finish;
                }
        }

        if (o.summary) {
                r = summary_write(&pr);
                goto finish;
        }
        pr.pos = UINT64_MAX;
        r = flush_pending(&pr, UINT64_MAX, 0);
        if (r < 0)
                goto finish;

        if (trailing > 0)
                r = emit_marker(&pr, &o, trailing, false);
        if (r >= 0 && o.format == DUMP_FORMAT_TABLE)
                r = table_write(&pr);

finish:
        if (r < 0 && out->buf)
                strbuf_truncate(out, old_len);
        printer_done(&pr);
        free(vis);
        free(entries);
        free(by_seq);
        free(by_tid);
        return r;
}
