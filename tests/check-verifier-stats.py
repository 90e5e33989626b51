#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""check-verifier-stats.py [--max-percent P] FILE.json...

Reads what tools/verifier-stats --json printed (one run per file), prints
each program's counts, and fails (exit 1) when a program was not loaded,
has no counts, or processed more than P percent (default 90) of the
verifier's limit: the recorder must load at every CaptureSize= with room
to spare for the next change."""

import argparse
import json
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--max-percent', type=float, default=90.0)
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()

    failures = 0
    for path in args.files:
        with open(path) as f:
            run = json.load(f)
        progs = run['programs']
        print(f"{run['kernel']} {run['machine']}, capture size {run['capture_size']}: "
              f"{len(progs)} programs")
        if not progs:
            print('  not ok: no programs')
            failures += 1
        for p in progs:
            if not p['loaded']:
                print(f"  not ok: {p['name']} was not loaded (errno {p.get('errno')})")
                failures += 1
                continue
            if 'processed' not in p or not p.get('limit'):
                print(f"  not ok: {p['name']} loaded, but the verifier's counts are missing")
                failures += 1
                continue
            used = 100.0 * p['processed'] / p['limit']
            ok = used <= args.max_percent
            print(f"  {'ok' if ok else 'not ok'}: {p['name']:<20} processed {p['processed']:>8} "
                  f"of {p['limit']} ({used:5.1f}%), total_states {p['total_states']}, "
                  f"peak_states {p['peak_states']}, {p.get('time_usec', '?')} usec")
            if not ok:
                failures += 1
    if failures:
        print(f'{failures} failed (more than {args.max_percent}% of the limit, or not loaded)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
