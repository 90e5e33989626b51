/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include "macro.h"
#include "tick-util.h"

uint64_t tick_to_mono_ns(uint64_t ticks, uint64_t sample_ticks, uint64_t sample_ns, uint32_t hz) {
        uint64_t tick_ns;

        if (hz == 0)
                return sample_ns;
        tick_ns = UINT64_C(1000000000) / hz;
        /* Unsigned wrap-around on purpose: a tick after the sample adds, one before subtracts. */
        return sample_ns + (ticks - sample_ticks) * tick_ns;
}

uint32_t tick_rate_round(double measured_hz) {
        static const uint32_t known[] = { 100, 250, 300, 1000 };

        if (!(measured_hz > 0.5) || measured_hz > 100000)
                return 0;
        for (size_t i = 0; i < ELEMENTSOF(known); i++)
                if (measured_hz > known[i] * 0.9 && measured_hz < known[i] * 1.1)
                        return known[i];
        return (uint32_t) (measured_hz + 0.5);
}
