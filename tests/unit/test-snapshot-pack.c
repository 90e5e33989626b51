/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A stopped trace's kept copy: packed, compressed, unpacked, it dumps the
 * same text as the ring it came from; damaged copies are refused, not read. */

#include <sys/syscall.h>

#include "snapshot-pack.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

#define N 8
#define CAPTURE 1024

static TestRecord recs[N + 1];
static DumpRecord dr[N], fl[1];

static void make_snapshot(RecorderSnapshot *s) {
        static const char path[] = "/etc/passwd";

        for (size_t i = 0; i < N; i++) {
                test_record_init(&recs[i], __NR_openat, 3 + (int64_t) i);
                recs[i].h.seq = i + 1;
                recs[i].h.ts_enter = 1000 * (i + 1);
                recs[i].h.ts_exit = 1000 * (i + 1) + 10;
                test_record_args(&recs[i], (uint64_t) -100, 0x1000, 0, 0, 0, 0);
                test_record_capture(&recs[i], 0, 1, 0, path, sizeof(path), 0);
                dr[i] = (DumpRecord) { .h = &recs[i].h, .data = recs[i].data, .data_size = CAPTURE };
        }
        test_record_init(&recs[N], __NR_read, 0);
        recs[N].h.seq = 0;
        recs[N].h.ts_enter = 100000;
        recs[N].h.ts_exit = 0;
        recs[N].h.flags |= TL_RECORD_UNFINISHED;
        test_record_args(&recs[N], 0, 0x2000, 8192, 0, 0, 0);
        fl[0] = (DumpRecord) { .h = &recs[N].h, .data = recs[N].data, .data_size = CAPTURE };

        *s = (RecorderSnapshot) {
                .records = dr, .n_records = N,
                .inflight = fl, .n_inflight = 1,
                .head = N + 5, .nslots = 64,     /* 5 lost */
        };
}

static char *dump_text(const RecorderSnapshot *s) {
        DumpOptions o = DUMP_OPTIONS_DEFAULT;
        DumpInput in = {
                .records = s->records, .n_records = s->n_records,
                .inflight = s->inflight, .n_inflight = s->n_inflight,
                .head = s->head, .nslots = s->nslots,
        };
        StrBuf b = {};

        o.columns = false;
        if (dump_write(&in, &o, &b) < 0) {
                strbuf_done(&b);
                return NULL;
        }
        return b.buf ?: strdup("");
}

static void test_round_trip(void) {
        RecorderSnapshot s, *u = NULL;
        KeptTrace k = {};
        char *a, *b;

        make_snapshot(&s);
        CHECK(snapshot_pack(&s, sizeof(struct tl_record_header) + CAPTURE, &k) == 0);
        CHECK(k.z_size > 0 && k.z_size < k.raw_size);
        CHECK(snapshot_unpack(&k, &u) == 0);
        if (!u)
                return;
        CHECK(u->n_records == N && u->n_inflight == 1 && u->head == N + 5 && u->nslots == 64);

        a = dump_text(&s);
        b = dump_text(u);
        CHECK(a && b);
        if (a && b)
                CHECK_STREQ(b, a);
        CHECK(a && strstr(a, "openat(AT_FDCWD, \"/etc/passwd\""));
        CHECK(a && strstr(a, "<unfinished ...>"));
        free(a);
        free(b);
        recorder_snapshot_free(u);
        kept_trace_done(&k);
}

static void test_empty(void) {
        RecorderSnapshot s = { .nslots = 64 }, *u = NULL;
        KeptTrace k = {};

        CHECK(snapshot_pack(&s, sizeof(struct tl_record_header) + CAPTURE, &k) == 0);
        CHECK(snapshot_unpack(&k, &u) == 0);
        CHECK(u && u->n_records == 0 && u->n_inflight == 0);
        recorder_snapshot_free(u);
        kept_trace_done(&k);
}

/* Any damage: flipped bytes, a wrong size, a cut copy. Refused or read
 * consistently; never a crash (the sanitizer build would tell). */
static void test_damaged(void) {
        RecorderSnapshot s;
        KeptTrace k = {};
        unsigned refused = 0;

        make_snapshot(&s);
        CHECK(snapshot_pack(&s, sizeof(struct tl_record_header) + CAPTURE, &k) == 0);

        for (size_t i = 0; i < k.z_size; i += 3) {
                RecorderSnapshot *u = NULL;
                uint8_t saved = k.z[i];

                k.z[i] ^= 0x5a;
                if (snapshot_unpack(&k, &u) < 0)
                        refused++;
                else
                        free(dump_text(u));
                recorder_snapshot_free(u);
                k.z[i] = saved;
        }
        CHECK(refused > 0);

        {
                RecorderSnapshot *u = NULL;
                KeptTrace cut = k;

                cut.z_size /= 2;
                CHECK(snapshot_unpack(&cut, &u) == -EBADMSG);
                cut = k;
                cut.raw_size += 1;
                CHECK(snapshot_unpack(&cut, &u) == -EBADMSG);
                cut.raw_size = 3;
                CHECK(snapshot_unpack(&cut, &u) == -EBADMSG);
        }
        kept_trace_done(&k);
}

int main(void) {
        static const UnitTest tests[] = {
                T(test_round_trip),
                T(test_empty),
                T(test_damaged),
        };

        return unit_run(tests, ELEMENTSOF(tests));
}
