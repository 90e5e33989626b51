#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""
Compare a golden program's recording with what it expects, and with strace.

    golden-compare.py NAME --ours DUMP --ours-expect FILE
                           --strace LOG --strace-expect FILE
                           [--markdown FILE] [-v]
    golden-compare.py --summary FILE...
    golden-compare.py --doc FILE...
    golden-compare.py --free NAME DUMP LOG DUMP_PID LOG_PID

--markdown writes the counts and gaps of one program (a tab-separated
record), --summary adds up those of all programs, --doc prints them as the
tables and lists of docs/DECODING.md's "Conformance" section; --free
measures an ordinary program's recording against strace's, whole.

DUMP is `traceloopctl dump --no-columns -p PID` of the program's run through
traceloopd, LOG is `strace -f -qq -o LOG` of a second run; each run wrote its
own expectation file (see golden.h for both formats).

Lines are grouped by the program's markers (write(99, "@N", ...)): the lines
between marker N and the next are step N's. Per line:

  ours vs expectation  identical, or a failure, unless the expectation is a
                       gap (a known difference, with its reason); a gap that
                       matches is an "unexpected pass", also a failure, so
                       that gap markers go once the decoder prints the line.
  strace vs its own    must be identical: the expectations are strace's lines,
  expectation          a difference means the expectation is wrong.
  ours vs strace       counted (the conformance share), after normalising what
                       differs between runs: substitutions the program
                       declared, its pid, addresses, the directory.

Exit status 0 when nothing failed, 1 otherwise.
"""

import argparse
import difflib
import re
import sys

MARKER = re.compile(r'^write\(99, "@(\d+|end)", \d+\) = \d+$')
HEX = re.compile(r'0x[0-9a-f]{6,}')
STRACE_LINE = re.compile(r'^(\d+) +(.*)$')
UNFINISHED = ' <unfinished ...>'
PADDING = re.compile(r'\) +(= [^"]*)$')
RESUMED = re.compile(r'^<\.\.\. [a-z0-9_]+ resumed>(.*)$')


class Expectations:
    def __init__(self, path):
        self.pid = None
        self.dir = None
        self.substs = []
        self.steps = {}          # step -> [(gap, line)]
        gap = ''
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            for raw in f:
                fields = raw.rstrip('\n').split('\t')
                if fields[0] == 'pid':
                    self.pid = fields[1]
                elif fields[0] == 'dir':
                    self.dir = fields[1]
                elif fields[0] == 'subst':
                    self.substs.append((fields[1], fields[2]))
                elif fields[0] == 'gap':
                    gap = '%s (%s)' % (fields[2], fields[1].rsplit('/', 1)[-1])
                elif fields[0] == 'expect':
                    line = '\t'.join(fields[2:])
                    self.steps.setdefault(int(fields[1]), []).append((gap, line))
                    gap = ''
                else:
                    raise SystemExit('%s: unknown record %r' % (path, fields[0]))
        if self.pid is None or self.dir is None:
            raise SystemExit('%s: no pid or dir record' % path)

    def normalise(self, line):
        # Longest first, so that a substitution inside another does not cut it.
        for text, name in sorted(self.substs, key=lambda s: -len(s[0])):
            if text.isdigit():
                # A pid is a whole number: 483 is not in 2147483647.
                line = re.sub(r'(?<![0-9])%s(?![0-9])' % text, '<' + name + '>', line)
            else:
                line = line.replace(text, '<' + name + '>')
        line = line.replace(self.dir, '<DIR>')
        line = re.sub(r'\b%s\b' % re.escape(self.pid), '<PID>', line)
        return HEX.sub('<ADDR>', line)


def segments(lines):
    """Lines between markers, by step number; what comes before the first
    marker (the program's start) and after @end is not compared."""
    steps = {}
    current = None
    for line in lines:
        m = MARKER.match(line)
        if m:
            current = None if m.group(1) == 'end' else int(m.group(1))
            if current is not None:
                steps[current] = []
            continue
        if current is not None:
            steps[current].append(line)
    return steps


def name_of(line):
    """The syscall of a line, "--- SIGxxx" for a signal's delivery, "+++ exited"
    or "+++ killed" for the end of the process."""
    if line.startswith(('--- ', '+++ ')):
        return ' '.join(line.split(' ', 2)[:2])
    return line.split('(', 1)[0]


def align(want, got):
    """Pair each expected line with a recorded one (or None) where lines are
    missing or extra, e.g. a signal line not recorded; returns the pairs and
    the recorded lines nothing expects."""
    paired = [None] * len(want)
    extra = []
    ops = difflib.SequenceMatcher(None, want, got, autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in ops:
        if op == 'equal':
            for k in range(i2 - i1):
                paired[i1 + k] = got[j1 + k]
            continue
        # In a changed block, a line goes with the next one of the same syscall.
        j = j1
        for i in range(i1, i2):
            for k in range(j, j2):
                if name_of(got[k]) == name_of(want[i]):
                    extra.extend(got[j:k])
                    paired[i] = got[k]
                    j = k + 1
                    break
        extra.extend(got[j:j2])
    return paired, extra


def read_ours(path):
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        return [l.rstrip('\n') for l in f]


def read_strace(path, pid):
    """The main process's lines of strace -f, a call interrupted by another
    process's line (<unfinished ...> ... <... resumed>) joined again."""
    out = []
    pending = None
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        for raw in f:
            m = STRACE_LINE.match(raw.rstrip('\n'))
            if not m or m.group(1) != pid:
                continue
            # strace pads short calls so that " = " lines up in column 40.
            line = PADDING.sub(r') \1', m.group(2))
            r = RESUMED.match(line)
            if r and pending is not None:
                out.append(pending + r.group(1))
                pending = None
                continue
            if line.endswith(UNFINISHED):
                pending = line[:-len(UNFINISHED)]
                continue
            out.append(line)
    if pending is not None:
        out.append(pending + UNFINISHED)
    return out


def summary(paths):
    """All programs together, from the --markdown files of each."""
    lines = exact = same = 0
    syscalls = set()
    reasons = {}
    for path in paths:
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            head = f.readline().rstrip('\n').split('\t')
            lines += int(head[1])
            exact += int(head[3])
            same += int(head[4])
            syscalls.update(x for x in head[5].split(',') if x)
            for raw in f:
                fields = raw.rstrip('\n').split('\t')
                reasons.setdefault(reason_of(fields[1]), []).append(name_of(fields[2]))
    print('all: %d programs, %d lines, %d distinct syscalls' % (len(paths), lines, len(syscalls)))
    print('all: %d/%d identical to expectations (%.1f%%)' % (exact, lines, 100.0 * exact / lines if lines else 0))
    print('all: %d/%d identical to strace (%.1f%%)' % (same, lines, 100.0 * same / lines if lines else 0))
    print('all: %d gaps' % sum(len(v) for v in reasons.values()))
    for reason in sorted(reasons, key=lambda r: (-len(reasons[r]), r)):
        print('  %3d  %s: %s' % (len(reasons[reason]), reason, ', '.join(sorted(set(reasons[reason])))))
    return 0


def reason_of(gap):
    """A gap's reason without where it is marked (which --markdown keeps)."""
    return re.sub(r' \([^ ()]+\.c:\d+\)$', '', gap)


def cell(text):
    # An address printed in decimal changes from run to run too.
    text = re.sub(r'\b\d{12,}\b', '<ADDR in decimal>', text)
    return text.replace('|', '\\|').replace('`', "'")


def doc(paths):
    """The per-program part of docs/DECODING.md's "## Conformance"."""
    print('| Program | Lines | Distinct syscalls | Identical to expectations | Identical to strace | Gaps |')
    print('|---|---|---|---|---|---|')
    bodies = []
    for path in paths:
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            head = f.readline().rstrip('\n').split('\t')
            gaps = [raw.rstrip('\n').split('\t') for raw in f]
        n, distinct, exact, same = int(head[1]), int(head[2]), int(head[3]), int(head[4])
        print('| %s | %d | %d | %d (%.1f%%) | %d (%.1f%%) | %d |' % (
            head[0], n, distinct, exact, 100.0 * exact / n, same, 100.0 * same / n, len(gaps)))
        if not gaps:
            bodies.append('### %s\n\nNo difference.' % head[0])
            continue
        body = ['### %s' % head[0], '', '| strace prints | traceloop prints | why |', '|---|---|---|']
        for _, reason, want, ours in gaps:
            body.append('| `%s` | %s | %s |' % (cell(want), '`%s`' % cell(ours) if ours else '(nothing)',
                                                reason_of(reason)))
        bodies.append('\n'.join(body))
    print()
    print('\n\n'.join(bodies))
    return 0


def free(name, ours_path, strace_path, ours_pid, strace_pid):
    """An ordinary program, without expectations: its whole recording
    against strace's, lines paired by syscall where one side has a line
    the other lacks. Only a measurement."""
    def norm(lines, pid):
        out = []
        for l in lines:
            if l.startswith('+++ ') or (l.startswith('--- ') and 'SIGCHLD' in l):
                continue
            l = re.sub(r'\b%s\b' % re.escape(pid), '<PID>', l)
            out.append(HEX.sub('<ADDR>', l))
        return out
    def from_execve(lines):
        # What the shell did in the process before it became the program.
        for i, l in enumerate(lines):
            if l.startswith('execve(') and l.endswith(' = 0'):
                return lines[i:]
        return lines
    ours = norm(from_execve(read_ours(ours_path)), ours_pid)
    strace = norm(from_execve(read_strace(strace_path, strace_pid)), strace_pid)
    paired, extra = align(strace, ours)
    same = sum(1 for s, o in zip(strace, paired) if s == o)
    differ = {}
    for s, o in zip(strace, paired):
        if s != o:
            differ[name_of(s)] = differ.get(name_of(s), 0) + 1
    print('%s: %d/%d identical to strace (%.1f%%; an ordinary program, no expectations)' % (
        name, same, len(strace), 100.0 * same / len(strace) if strace else 0.0))
    if extra:
        print('%s: %d lines strace does not print' % (name, len(extra)))
    print('%s: differing: %s' % (name, ', '.join('%s %d' % kv for kv in sorted(differ.items(), key=lambda kv: (-kv[1], kv[0])))))
    return 0


def main():
    if len(sys.argv) > 1 and sys.argv[1] == '--free':
        return free(*sys.argv[2:7])
    if len(sys.argv) > 1 and sys.argv[1] == '--summary':
        return summary(sys.argv[2:])
    if len(sys.argv) > 1 and sys.argv[1] == '--doc':
        return doc(sys.argv[2:])
    ap = argparse.ArgumentParser()
    ap.add_argument('name')
    ap.add_argument('--ours')
    ap.add_argument('--ours-expect')
    ap.add_argument('--strace')
    ap.add_argument('--strace-expect')
    ap.add_argument('--markdown')
    ap.add_argument('--verbose', '-v', action='store_true')
    a = ap.parse_args()

    failures = []
    rows = []                 # for the report: (step, expected, ours, strace, gap)
    n_lines = n_ours_exact = n_ours_strace = 0
    syscalls = set()

    oexp = Expectations(a.ours_expect) if a.ours_expect else None
    sexp = Expectations(a.strace_expect) if a.strace_expect else None
    ref = oexp or sexp
    ours = segments(read_ours(a.ours)) if a.ours else None
    strace = segments(read_strace(a.strace, sexp.pid)) if a.strace else None

    for step in sorted(ref.steps):
        want = ref.steps[step]
        texts = [line for _, line in want]
        got, extra = align(texts, ours.get(step, [])) if ours is not None else ([None] * len(want), [])
        swant = [line for _, line in sexp.steps.get(step, [])] if sexp else []
        sgot, sextra = align(swant, strace.get(step, [])) if strace is not None else ([None] * len(want), [])
        if oexp and sexp and len(want) != len(swant):
            failures.append('step %d: the two runs expect different numbers of lines' % step)
            continue
        for line in extra:
            failures.append('step %d: traceloop printed a line nothing expects\n      %s' % (step, line))
        for line in sextra:
            failures.append('step %d: strace printed a line nothing expects (a wrong expectation?)\n      %s' % (step, line))
        for i, (gap, line) in enumerate(want):
            o, s = got[i], sgot[i]
            n_lines += 1
            if not line.startswith(('--- ', '+++ ')):
                syscalls.add(name_of(line))
            if strace is not None and s != swant[i]:
                failures.append('step %d: strace printed\n      %s\n    but the expectation is\n      %s' % (step, s, swant[i]))
            if ours is not None:
                if o == line:
                    n_ours_exact += 1
                    if gap:
                        failures.append('step %d: unexpected pass of a gap (%s): remove its marker\n      %s' % (step, gap, line))
                elif not gap:
                    failures.append('step %d: traceloop printed\n      %s\n    expected\n      %s' % (step, o, line))
            if ours is not None and strace is not None and o is not None and s is not None:
                if oexp.normalise(o) == sexp.normalise(s):
                    n_ours_strace += 1
                elif o == line and a.verbose:
                    print('  note step %d: as expected, yet not as strace after normalising:\n    ours   %s\n    strace %s'
                          % (step, oexp.normalise(o), sexp.normalise(s)))
            rows.append((step, line, o, s, gap))

    def share(k, what):
        return '%d/%d identical to %s (%.1f%%)' % (k, n_lines, what, 100.0 * k / n_lines if n_lines else 0.0)

    print('%s: %d lines, %d distinct syscalls' % (a.name, n_lines, len(syscalls)))
    if ours is not None:
        print('%s: %s' % (a.name, share(n_ours_exact, 'expectations')))
    if ours is not None and strace is not None:
        print('%s: %s' % (a.name, share(n_ours_strace, 'strace')))
    gaps = [r for r in rows if r[4]]
    print('%s: %d gaps' % (a.name, len(gaps)))
    if a.verbose:
        for step, line, o, s, gap in gaps:
            print('  gap step %d (%s):\n    want %s\n    ours %s' % (step, gap, line, o))
    for f in failures:
        print('FAIL %s %s' % (a.name, f))

    if a.markdown:
        with open(a.markdown, 'w', encoding='utf-8') as md:
            md.write('%s\t%d\t%d\t%d\t%d\t%s\n' % (a.name, n_lines, len(syscalls), n_ours_exact, n_ours_strace,
                                                   ','.join(sorted(syscalls))))
            for step, line, o, s, gap in gaps:
                md.write('gap\t%s\t%s\t%s\n' % (gap, oexp.normalise(line), oexp.normalise(o) if o is not None else ''))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
