/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Without libFuzzer: run the target over the files given, then over N
 * pseudo-random inputs (fixed seed, so a failure repeats). Runs in the unit
 * suite, under the sanitizers in CI; the real fuzzing is -Dfuzz=true.
 */

#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"

static uint64_t rnd_state = 0x9e3779b97f4a7c15ULL;

static uint64_t rnd(void) {
        /* xorshift64*: reproducible, good enough to spray bytes */
        rnd_state ^= rnd_state >> 12;
        rnd_state ^= rnd_state << 25;
        rnd_state ^= rnd_state >> 27;
        return rnd_state * 0x2545f4914f6cdd1dULL;
}

int main(int argc, char *argv[]) {
        static uint8_t buf[1 << 16];
        long n = 20000;

        for (int i = 1; i < argc; i++) {
                if (argv[i][0] == '-' && argv[i][1] == 'n' && i + 1 < argc) {
                        n = atol(argv[++i]);
                        continue;
                }
                FILE *f = fopen(argv[i], "re");
                if (!f) {
                        perror(argv[i]);
                        return EXIT_FAILURE;
                }
                size_t l = fread(buf, 1, sizeof(buf), f);
                fclose(f);
                LLVMFuzzerTestOneInput(buf, l);
        }

        for (long k = 0; k < n; k++) {
                size_t l = rnd() % 2048;
                /* Mostly small numbers, zeros and sign bits, where the edge cases are. */
                for (size_t j = 0; j < l; j++) {
                        uint64_t v = rnd();
                        buf[j] = (v & 3) == 0 ? 0 : (v & 3) == 1 ? 0xff : (uint8_t) (v >> 8) & ((v & 4) ? 0x0f : 0xff);
                }
                LLVMFuzzerTestOneInput(buf, l);
        }

        printf("%ld random inputs decoded\n", n);
        return EXIT_SUCCESS;
}
