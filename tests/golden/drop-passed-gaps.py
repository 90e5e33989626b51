#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""
Remove the gap() markers of lines traceloop now prints as expected.

    meson test -C build --suite golden
    tests/golden/drop-passed-gaps.py build/meson-logs/testlog.txt

Reads the "unexpected pass of a gap (REASON (FILE:LINE))" failures of the
golden test's log and deletes each named gap() call from tests/golden/FILE
(a gap() call is one line). Run the suite again afterwards: what is left
failing is a real difference.
"""

import os
import re
import sys

PASS = re.compile(r'unexpected pass of a gap \(.* \(([\w.-]+\.c):(\d+)\)\)')


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    found = {}
    with open(sys.argv[1], encoding='utf-8', errors='replace') as f:
        for line in f:
            m = PASS.search(line)
            if m:
                found.setdefault(m.group(1), set()).add(int(m.group(2)))
    for name, numbers in sorted(found.items()):
        path = os.path.join(here, name)
        with open(path, encoding='utf-8') as f:
            lines = f.readlines()
        for n in sorted(numbers, reverse=True):
            if not lines[n - 1].lstrip().startswith('gap('):
                sys.exit('%s:%d is not a gap() call: was the file changed since the run?' % (name, n))
            del lines[n - 1]
        with open(path, 'w', encoding='utf-8') as f:
            f.writelines(lines)
        print('%s: %d gap markers removed' % (name, len(numbers)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
