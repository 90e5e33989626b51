/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "recorder.h"

/* A stopped trace keeps its records, not its ring: the snapshot taken when
 * it stopped, packed into one buffer and compressed with zlib. The kernel
 * buffer goes back to the pool; dumps unpack the copy.
 *
 * Layout before compression: struct kept_header, then the complete records,
 * then the in-flight ones, each slot_size bytes (a record header and the
 * capture area). */

typedef struct KeptTrace {
        uint8_t *z;        /* compressed */
        size_t z_size;
        size_t raw_size;
} KeptTrace;

int snapshot_pack(const RecorderSnapshot *s, size_t slot_size, KeptTrace *ret);
/* -EBADMSG if the data does not describe a snapshot (never trusted blindly). */
int snapshot_unpack(const KeptTrace *k, RecorderSnapshot **ret);
void kept_trace_done(KeptTrace *k);
