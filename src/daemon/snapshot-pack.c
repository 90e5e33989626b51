/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "macro.h"
#include "snapshot-pack.h"

#define KEPT_MAGIC "TLKEPT01"

struct kept_header {
        char magic[8];
        uint32_t slot_size;
        uint32_t capture_size;
        uint64_t n_records;
        uint64_t n_inflight;
        uint64_t head;
        uint64_t nslots;
};

RecorderSnapshot *recorder_snapshot_free(RecorderSnapshot *s) {
        if (!s)
                return NULL;
        free(s->ring);
        free(s->inflight_buf);
        free(s->records);
        free(s->inflight);
        free(s);
        return NULL;
}

void kept_trace_done(KeptTrace *k) {
        if (!k)
                return;
        free(k->z);
        *k = (KeptTrace) {};
}

int snapshot_pack(const RecorderSnapshot *s, size_t slot_size, KeptTrace *ret) {
        _cleanup_free_ uint8_t *raw = NULL, *z = NULL;
        struct kept_header h = {
                .slot_size = (uint32_t) slot_size,
                .capture_size = (uint32_t) (slot_size - sizeof(struct tl_record_header)),
                .n_records = s->n_records,
                .n_inflight = s->n_inflight,
                .head = s->head,
                .nslots = s->nslots,
        };
        size_t n = s->n_records + s->n_inflight, raw_size;
        uLongf z_size;
        uint8_t *p;

        if (slot_size <= sizeof(struct tl_record_header) || slot_size > UINT32_MAX)
                return -EINVAL;
        if (n > (SIZE_MAX - sizeof(h)) / slot_size)
                return -ENOMEM;
        memcpy(h.magic, KEPT_MAGIC, sizeof(h.magic));

        raw_size = sizeof(h) + n * slot_size;
        raw = malloc(raw_size);
        if (!raw)
                return -ENOMEM;
        memcpy(raw, &h, sizeof(h));
        p = raw + sizeof(h);
        for (size_t i = 0; i < s->n_records; i++, p += slot_size) {
                memcpy(p, s->records[i].h, sizeof(struct tl_record_header));
                memcpy(p + sizeof(struct tl_record_header), s->records[i].data,
                       MIN(s->records[i].data_size, (size_t) h.capture_size));
        }
        for (size_t i = 0; i < s->n_inflight; i++, p += slot_size) {
                memcpy(p, s->inflight[i].h, sizeof(struct tl_record_header));
                memcpy(p + sizeof(struct tl_record_header), s->inflight[i].data,
                       MIN(s->inflight[i].data_size, (size_t) h.capture_size));
        }

        z_size = compressBound(raw_size);
        z = malloc(z_size);
        if (!z)
                return -ENOMEM;
        /* Level 1: most of a record is zeros and repeats; faster levels gain little here. */
        if (compress2(z, &z_size, raw, raw_size, 1) != Z_OK)
                return -ENOMEM;

        *ret = (KeptTrace) {
                .z = realloc(z, z_size) ?: z,
                .z_size = z_size,
                .raw_size = raw_size,
        };
        TAKE_PTR(z);
        return 0;
}

int snapshot_unpack(const KeptTrace *k, RecorderSnapshot **ret) {
        _cleanup_(recorder_snapshot_freep) RecorderSnapshot *s = NULL;
        struct kept_header h;
        uLongf raw_size = k->raw_size;
        size_t n;
        uint8_t *p;

        if (k->raw_size < sizeof(h))
                return -EBADMSG;

        s = calloc(1, sizeof(*s));
        if (!s)
                return -ENOMEM;
        s->ring = malloc(k->raw_size);
        if (!s->ring)
                return -ENOMEM;
        if (uncompress(s->ring, &raw_size, k->z, k->z_size) != Z_OK || raw_size != k->raw_size)
                return -EBADMSG;

        memcpy(&h, s->ring, sizeof(h));
        if (memcmp(h.magic, KEPT_MAGIC, sizeof(h.magic)) != 0 ||
            h.slot_size != h.capture_size + sizeof(struct tl_record_header) ||
            h.n_records > SIZE_MAX / 2 || h.n_inflight > SIZE_MAX / 2)
                return -EBADMSG;
        n = h.n_records + h.n_inflight;
        if (n > (k->raw_size - sizeof(h)) / h.slot_size || sizeof(h) + n * h.slot_size != k->raw_size)
                return -EBADMSG;

        s->records = calloc(h.n_records ?: 1, sizeof(DumpRecord));
        s->inflight = calloc(h.n_inflight ?: 1, sizeof(DumpRecord));
        if (!s->records || !s->inflight)
                return -ENOMEM;

        p = s->ring + sizeof(h);
        for (size_t i = 0; i < n; i++, p += h.slot_size) {
                DumpRecord r = {
                        .h = (const struct tl_record_header *) p,
                        .data = p + sizeof(struct tl_record_header),
                        .data_size = h.capture_size,
                };

                if (i < h.n_records)
                        s->records[s->n_records++] = r;
                else
                        s->inflight[s->n_inflight++] = r;
        }
        s->head = h.head;
        s->nslots = h.nslots;

        *ret = TAKE_PTR(s);
        return 0;
}
