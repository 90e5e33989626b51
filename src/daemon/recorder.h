/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decode.h"
#include "macro.h"
#include "recorder-abi.h"

/* The BPF recorder: the programs, the shared pool of ring slots, and one
 * control block per trace. Owns no traces itself; traces hold a slot. */

typedef struct Recorder Recorder;

typedef struct RecorderConfig {
        uint32_t capture_size; /* bytes of user memory kept per record */
        uint64_t pool_bytes;   /* all rings together */
        /* Another build of bpf/recorder.bpf.c (an ELF image, kept by the
         * caller while the Recorder lives) instead of the one built in: its
         * maps and programs must have the names the skeleton knows, and its
         * capture_size the same place in its rodata. NULL for the daemon. */
        const void *object_elf;
        size_t object_elf_size;
} RecorderConfig;

typedef struct RecorderStats {
        uint64_t head;   /* records ever written */
        uint64_t lost;   /* records dropped in the kernel */
        uint64_t nslots; /* ring capacity in records */
        uint64_t bytes;  /* ring size in bytes */
} RecorderStats;

/* Records copied out of a ring at one moment, with what was in flight. */
typedef struct RecorderSnapshot {
        uint8_t *ring;          /* copied slots */
        uint8_t *inflight_buf;
        DumpRecord *records;
        size_t n_records;
        DumpRecord *inflight;
        size_t n_inflight;
        uint64_t head;
        uint64_t nslots;
} RecorderSnapshot;

typedef struct FdStore FdStore;
struct bpf_object;

int recorder_new(const RecorderConfig *config, Recorder **ret);
/* Around the maps and links a previous traceloopd put into the store, with
 * the trace slots its state says were in use. Fails (and the caller starts
 * afresh) if anything is missing or the configuration changed. */
int recorder_new_from_store(const RecorderConfig *config, FdStore *store, const uint32_t *slots, size_t n_slots,
                            Recorder **ret);
/* The BPF object as recorder_new() opens it (the kernel configuration it
 * finds, the capture size in its rodata, the pool sized), not loaded, nothing
 * attached: for tools that load its programs themselves to measure them
 * (tools/verifier-stats.c). recorder_free() takes it back. */
int recorder_new_unloaded(const RecorderConfig *config, Recorder **ret);
struct bpf_object *recorder_bpf_object(Recorder *r);
/* Hand our maps and links to the store, for our successor. */
int recorder_export(Recorder *r, FdStore *store);
Recorder *recorder_free(Recorder *r);

size_t recorder_slot_size(const Recorder *r);
uint32_t recorder_capture_size(const Recorder *r);
uint64_t recorder_pool_bytes(const Recorder *r);
uint64_t recorder_pool_used(const Recorder *r);

/* A ring of at least one slot and at most `bytes`, flags TL_TRACE_*: -ENOSPC when the pool has no
 * room, -EMFILE when all trace slots are in use. */
int recorder_trace_new(Recorder *r, uint64_t bytes, uint32_t flags, uint32_t *ret_slot);
void recorder_trace_free(Recorder *r, uint32_t slot);

/* Record only the syscalls set in filter from now on; NULL: all of them. */
int recorder_trace_set_syscalls(Recorder *r, uint32_t slot, const struct tl_syscall_filter *filter);

/* Trace a cgroup and its descendants (existing ones now, new ones from the
 * kernel as they appear). -EBUSY if the cgroup itself is traced already. */
int recorder_trace_add_cgroup(Recorder *r, uint32_t slot, const char *full_path, uint64_t cgroup_id);

/* Stop recording into this slot: cgroups forgotten, the ring stays readable. */
int recorder_trace_stop(Recorder *r, uint32_t slot);

int recorder_trace_stats(Recorder *r, uint32_t slot, RecorderStats *ret);
int recorder_trace_snapshot(Recorder *r, uint32_t slot, RecorderSnapshot **ret);
RecorderSnapshot *recorder_snapshot_free(RecorderSnapshot *s);

DEFINE_TRIVIAL_CLEANUP_FUNC(Recorder *, recorder_free);
DEFINE_TRIVIAL_CLEANUP_FUNC(RecorderSnapshot *, recorder_snapshot_free);

/* Is this cgroup id traced, and by which slot? */
int recorder_cgroup_lookup(Recorder *r, uint64_t cgroup_id, uint32_t *ret_slot);
