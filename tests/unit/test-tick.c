/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <math.h>

#include "tick-util.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

static void ticks_around_the_sample(void) {
        /* 250 Hz: 4 ms a tick; the sample says tick 1000 is at 9.5 s */
        CHECK(tick_to_mono_ns(1000, 1000, 9500000000ULL, 250) == 9500000000ULL);
        CHECK(tick_to_mono_ns(1001, 1000, 9500000000ULL, 250) == 9504000000ULL);
        CHECK(tick_to_mono_ns(750, 1000, 9500000000ULL, 250) == 8500000000ULL);
        /* 1000 Hz */
        CHECK(tick_to_mono_ns(4294892296ULL + 5, 4294892296ULL, 1000, 1000) == 5001000);
}

static void no_rate_gives_the_sample(void) {
        CHECK(tick_to_mono_ns(123, 100, 777, 0) == 777);
}

static void measured_rate_rounds_to_config_hz(void) {
        CHECK(tick_rate_round(249.2) == 250);
        CHECK(tick_rate_round(262.0) == 250);
        CHECK(tick_rate_round(99.0) == 100);
        CHECK(tick_rate_round(301.5) == 300);
        CHECK(tick_rate_round(1040.0) == 1000);
        CHECK(tick_rate_round(500.2) == 500);   /* not a known one: as measured */
        CHECK(tick_rate_round(0.0) == 0);
        CHECK(tick_rate_round(-3.0) == 0);
        CHECK(tick_rate_round(NAN) == 0);
}

static const UnitTest tests[] = {
        T(ticks_around_the_sample),
        T(no_rate_gives_the_sample),
        T(measured_rate_rounds_to_config_hz),
};

int main(void) {
        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
