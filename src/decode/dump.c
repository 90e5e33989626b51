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
 */

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "decode-internal.h"
#include "format-signal.h"

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
};

const char *dump_format_to_string(DumpFormat f) {
        if (f < 0 || f >= _DUMP_FORMAT_MAX)
                return NULL;
        return dump_format_table[f];
}

DumpFormat dump_format_from_string(const char *s) {
        if (!s)
                return _DUMP_FORMAT_INVALID;
        for (int i = 0; i < _DUMP_FORMAT_MAX; i++)
                if (strcmp(dump_format_table[i], s) == 0)
                        return (DumpFormat) i;
        return _DUMP_FORMAT_INVALID;
}

static int cmp_u64(uint64_t a, uint64_t b) {
        return a < b ? -1 : a > b ? 1 : 0;
}

static int entry_cmp_seq(const void *a, const void *b) {
        const Entry *x = *(const Entry *const *) a, *y = *(const Entry *const *) b;

        return cmp_u64(x->seq, y->seq);
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

static bool entry_matches(const Entry *e, const DumpOptions *o) {
        const struct tl_record_header *h = e->rec->h;
        bool found;

        if (o->pids) {
                found = false;
                for (size_t i = 0; i < o->n_pids && !found; i++)
                        found = o->pids[i] == h->pid || o->pids[i] == h->tid;
                if (!found)
                        return false;
        }
        /* Like strace -e trace=...: signals and exits stay with the chosen syscalls. */
        if (o->syscalls && !record_is_event(h)) {
                found = false;
                for (size_t i = 0; i < o->n_syscalls && !found; i++)
                        found = o->syscalls[i] == h->nr;
                if (!found)
                        return false;
        }
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

int dump_write(const DumpInput *in, const DumpOptions *o_in, StrBuf *out) {
        DumpOptions o = o_in ? *o_in : DUMP_OPTIONS_DEFAULT;
        Entry *entries = NULL, **by_seq = NULL, **by_tid = NULL;
        size_t n = 0, n_complete = 0, n_unique = 0, n_shown = 0, skip;
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

        if (in->nslots > 0 && in->head > in->nslots) {
                r = write_marker(out, &o, in->head - in->nslots, true);
                if (r < 0)
                        goto finish;
        }

        for (size_t i = 0; i < n; i++) {
                Entry *e = &entries[i];

                if (!e->shown)
                        continue;
                if (skip > 0) {
                        skip--;
                        continue;
                }
                if (e->lost > 0) {
                        r = write_marker(out, &o, e->lost, false);
                        if (r < 0)
                                goto finish;
                }
                if (e->inflight) {
                        struct tl_record_header h = *e->rec->h;
                        DumpRecord rec = *e->rec;

                        h.flags |= TL_RECORD_UNFINISHED;
                        rec.h = &h;
                        r = record_format(&rec, &o, out);
                } else
                        r = record_format(e->rec, &o, out);
                if (r < 0)
                        goto finish;
        }

        if (trailing > 0)
                r = write_marker(out, &o, trailing, false);

finish:
        if (r < 0 && out->buf)
                strbuf_truncate(out, old_len);
        free(entries);
        free(by_seq);
        free(by_tid);
        return r;
}
