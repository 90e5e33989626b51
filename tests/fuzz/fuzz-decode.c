/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The decoder takes whatever the kernel left in a ring: any bytes. Input
 * layout: 1 byte of options, then records of (header, capture_size bytes),
 * the last one possibly short; each record goes through record_format in
 * both formats, and all of them through dump_write as ring and in-flight
 * records with head/nslots taken from the input too.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "format-struct.h"
#include "syscall-set.h"
#include "fuzz.h"

#define CAPTURE 64
#define CHUNK (sizeof(struct tl_record_header) + CAPTURE)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
        DumpRecord recs[64], inflight[8];
        size_t n = 0, ni = 0;
        uint8_t *copy;
        uint8_t flags;

        if (size < 1)
                return 0;
        flags = data[0];
        data++;
        size--;

        /* The first bytes, as text, through the -e trace= parser too. */
        {
                char spec[48];
                size_t k = size < sizeof(spec) - 1 ? size : sizeof(spec) - 1;
                SyscallSet set;
                char *bad = NULL;

                memcpy(spec, data, k);
                spec[k] = 0;
                for (size_t j = 0; j < k; j++)  /* mostly printable, so that words and classes occur */
                        if ((unsigned char) spec[j] < 0x20 && spec[j] != 0)
                                spec[j] = (char) "%!?,/as"[spec[j] % 7];
                (void) syscall_set_parse(spec, &set, &bad);
                free(bad);
        }

        /* Records are read from aligned copies, as the daemon's snapshot does. */
        copy = calloc(1, (size / CHUNK + 1) * CHUNK);
        if (!copy)
                return 0;
        memcpy(copy, data, size);

        for (size_t off = 0; off + sizeof(struct tl_record_header) <= size && n + ni < 72; off += CHUNK) {
                struct tl_record_header *hw = (struct tl_record_header *) (copy + off);

                /* Signal and exit events have two numbers of 2^32: send a share of the records there. */
                if ((hw->nr & 0xff) == 0xfe)
                        hw->nr = TL_NR_SIGNAL;
                else if ((hw->nr & 0xff) == 0xfd)
                        hw->nr = TL_NR_EXIT;
                else if (hw->nr >= 0) {
                        /* Random numbers are almost never syscalls: fold the non-negative ones
                         * into the table, and most captures into the data area, so that every
                         * argument printer sees bytes; negative numbers and the rest stay raw. */
                        hw->nr %= TL_SYSCALLS_MAX;
                        for (size_t j = 0; j < TL_CAPTURES_PER_RECORD; j++) {
                                if (hw->cap[j].pad & 1)
                                        continue;
                                hw->cap[j].arg %= TL_NARGS;
                                hw->cap[j].offset %= CAPTURE;
                                hw->cap[j].len %= CAPTURE + 8;
                        }
                }

                DumpRecord r = {
                        .h = (const struct tl_record_header *) (copy + off),
                        .data = copy + off + sizeof(struct tl_record_header),
                        .data_size = MIN(CAPTURE, size - off - sizeof(struct tl_record_header)),
                };
                DumpOptions o = DUMP_OPTIONS_DEFAULT;
                StrBuf b = {};

                o.columns = flags & 1;
                o.string_max = (flags >> 1) & 7;
                (void) record_format(&r, &o, &b);
                o.format = DUMP_FORMAT_JSON;
                (void) record_format(&r, &o, &b);
                strbuf_done(&b);

                if (r.h->seq == 0 && ni < ELEMENTSOF(inflight))
                        inflight[ni++] = r;
                else if (n < ELEMENTSOF(recs))
                        recs[n++] = r;
        }

        if (n + ni > 0) {
                const struct tl_record_header *h0 = n > 0 ? recs[0].h : inflight[0].h;
                DumpInput in = {
                        .records = recs,
                        .n_records = n,
                        .inflight = inflight,
                        .n_inflight = ni,
                        .head = h0->ts_exit,
                        .nslots = h0->args[0] & 0xffff,
                };
                DumpOptions o = DUMP_OPTIONS_DEFAULT;
                uint32_t pids[1] = { h0->pid };
                uint64_t more = h0->args[2];
                SyscallSet set;
                StrBuf b = {};

                syscall_set_clear(&set);
                (void) syscall_set_add(&set, h0->nr);
                o.format = (flags & 0x10) ? DUMP_FORMAT_JSON : DUMP_FORMAT_TEXT;
                if (more & 1)
                        o.format = DUMP_FORMAT_STRACE;
                else if (more & 1024)
                        o.format = DUMP_FORMAT_TABLE;
                o.columns = more & 2;
                o.fd_paths = more & 4;
                o.durations = more & 8;
                o.relative = more & 16;
                o.summary = more & 32;
                o.failed_only = more & 64;
                o.successful_only = more & 128;
                o.timestamps = (DumpTimestamps) ((more >> 8) & 3);
                o.last = (flags & 0x20) ? h0->args[1] & 0xff : 0;
                if (flags & 0x40) {
                        o.pids = pids;
                        o.n_pids = 1;
                }
                if (flags & 0x80) {
                        o.syscalls = &set;
                }
                (void) dump_write(&in, &o, &b);
                strbuf_done(&b);
        }

        /* Control messages (sendmsg, recvmsg) want more bytes than a
         * record's data area has here: the input itself, and msg_controllen
         * longer than what was kept or shorter. */
        {
                StrBuf b = {};

                (void) print_cmsgs(&b, copy, size, (flags & 8) ? size + (flags >> 4) : size / ((flags >> 4) + 1),
                                   0x7000, (flags >> 1) & 7);
                strbuf_done(&b);
        }

        free(copy);
        return 0;
}
