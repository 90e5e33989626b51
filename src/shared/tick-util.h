/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdint.h>

/* Kernel tick (jiffies) times to CLOCK_MONOTONIC nanoseconds, dated by one
 * sample of both clocks taken together. Good to one tick either way: the
 * sample falls somewhere inside its tick. Ticks before and after the sample
 * both work. */
uint64_t tick_to_mono_ns(uint64_t ticks, uint64_t sample_ticks, uint64_t sample_ns, uint32_t hz);

/* A measured tick rate rounded to the CONFIG_HZ it must be (100, 250, 300 or
 * 1000) when within 10% of one; else the measurement, rounded; 0 if none. */
uint32_t tick_rate_round(double measured_hz);
