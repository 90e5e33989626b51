#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""golden-compare.py on made-up recordings: it passes what it must and fails
what it must (the golden test itself only ever sees the real thing)."""

import os
import subprocess
import sys
import tempfile

COMPARE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'golden-compare.py')
failures = 0


def write(d, name, text):
    path = os.path.join(d, name)
    with open(path, 'w') as f:
        f.write(text)
    return path


def expectations(pid, lines, substs=()):
    out = 'pid\t%d\ndir\t/tmp/w%d\n' % (pid, pid)
    for text, name in substs:
        out += 'subst\t%s\t%s\n' % (text, name)
    for step, gap, line in lines:
        if gap:
            out += 'gap\tgolden-x.c:1\t%s\n' % gap
        out += 'expect\t%d\t%s\n' % (step, line)
    return out


def marked(steps, prefix=''):
    """A recording: startup noise, then each step after its marker."""
    out = [prefix + 'execve("/x", ["x"], 0x7ffd00000000 /* 3 vars */) = 0']
    for n, lines in enumerate(steps, 1):
        out.append(prefix + 'write(99, "@%d", %d) = %d' % (n, len(str(n)) + 1, len(str(n)) + 1))
        out.extend(prefix + l for l in lines)
    out.append(prefix + 'write(99, "@end", 4) = 4')
    out.append(prefix + 'exit_group(0) = ?')
    return '\n'.join(out) + '\n'


def check(desc, exp_ours, ours, exp_strace, strace, want_rc, want_text=()):
    global failures
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run([sys.executable, COMPARE, 't', '-v',
                            '--ours', write(d, 'ours', ours), '--ours-expect', write(d, 'oe', exp_ours),
                            '--strace', write(d, 'strace', strace), '--strace-expect', write(d, 'se', exp_strace)],
                           capture_output=True, text=True)
    missing = [t for t in want_text if t not in r.stdout]
    if r.returncode != want_rc or missing:
        failures += 1
        print('not ok - %s: exit %d (want %d), missing %r\n%s%s' % (desc, r.returncode, want_rc, missing,
                                                                   r.stdout, r.stderr))
    else:
        print('ok - %s' % desc)


OPEN = 'openat(AT_FDCWD, "/tmp/w%d/f", O_RDONLY) = 3'
STAT_WANT = 'fstat(3, {st_mode=S_IFREG|0644, st_size=0, ...}) = 0'
STAT_OURS = 'fstat(3, 0x7ffd12345678) = 0'


def strace_of(pid, lines):
    """strace -f: pid first, " = " padded to column 40."""
    out = []
    for l in marked(lines).splitlines():
        call, _, res = l.rpartition(' = ')
        if call:
            l = (call + ' ').ljust(39) + '= ' + res
        out.append('%d  %s' % (pid, l))
    return '\n'.join(out) + '\n'


def main():
    # 1. Identical lines, a gap that differs, runs with their own pid, dir and addresses.
    eo = expectations(100, [(1, '', OPEN % 100), (2, 'struct stat not decoded', STAT_WANT),
                            (3, '', 'getpid() = 100')])
    es = expectations(200, [(1, '', OPEN % 200), (2, 'struct stat not decoded', STAT_WANT),
                            (3, '', 'getpid() = 200')])
    ours = marked([[OPEN % 100], [STAT_OURS], ['getpid() = 100']])
    st = strace_of(200, [[OPEN % 200], [STAT_WANT], ['getpid() = 200']])
    check('identical lines and a known gap pass', eo, ours, es, st, 0,
          ['t: 2/3 identical to expectations (66.7%)', 't: 2/3 identical to strace (66.7%)', 't: 1 gaps'])

    # 2. A gap that matches is an unexpected pass.
    ours_fixed = marked([[OPEN % 100], [STAT_WANT], ['getpid() = 100']])
    check('a gap that matches fails as an unexpected pass', eo, ours_fixed, es, st, 1, ['unexpected pass'])

    # 3. A line that differs without a gap fails.
    ours_bad = marked([[OPEN.replace('O_RDONLY', '0') % 100], [STAT_OURS], ['getpid() = 100']])
    check('a difference without a gap fails', eo, ours_bad, es, st, 1, ['traceloop printed'])

    # 4. strace disagreeing with the expectation fails: the expectation is wrong.
    st_bad = strace_of(200, [[OPEN % 200], [STAT_WANT], ['getpid() = 201']])
    check('an expectation strace does not print fails', eo, ours, es, st_bad, 1, ['strace printed'])

    # 5. A missing line (no signal event) pairs the next line with its own kind.
    sig = '--- SIGUSR2 {si_signo=SIGUSR2, si_code=SI_USER, si_pid=%d, si_uid=0} ---'
    eo5 = expectations(100, [(1, '', 'kill(100, SIGUSR2) = 0'), (1, 'no signal events', sig % 100),
                             (1, '', 'rt_sigreturn({mask=[]}) = 0')])
    es5 = expectations(200, [(1, '', 'kill(200, SIGUSR2) = 0'), (1, 'no signal events', sig % 200),
                             (1, '', 'rt_sigreturn({mask=[]}) = 0')])
    ours5 = marked([['kill(100, SIGUSR2) = 0', 'rt_sigreturn({mask=[]}) = 0']])
    st5 = strace_of(200, [['kill(200, SIGUSR2) = 0', sig % 200, 'rt_sigreturn({mask=[]}) = 0']])
    check('a missing line does not shift the lines after it', eo5, ours5, es5, st5, 0,
          ['t: 2/3 identical to expectations (66.7%)'])

    # 6. An extra line fails.
    ours6 = marked([['kill(100, SIGUSR2) = 0', 'getpid() = 100', 'rt_sigreturn({mask=[]}) = 0']])
    check('a line nothing expects fails', eo5, ours6, es5, st5, 1, ['a line nothing expects'])

    # 7. strace's interrupted call is joined; other processes' lines are dropped;
    #    declared substitutions make run-specific values compare equal.
    eo7 = expectations(100, [(1, '', 'wait4(101, NULL, 0, NULL) = 101')], [('101', 'CHILD')])
    es7 = expectations(200, [(1, '', 'wait4(201, NULL, 0, NULL) = 201')], [('201', 'CHILD')])
    ours7 = marked([['wait4(101, NULL, 0, NULL) = 101']])
    st7 = ''.join([
        '200  write(99, "@1", 2) = 2\n',
        '200  wait4(201, NULL, 0, NULL <unfinished ...>\n',
        '201  exit_group(3)                     = ?\n',
        '200  <... wait4 resumed>)              = 201\n',
        '200  write(99, "@end", 4) = 4\n',
    ])
    check('resumed calls joined, other pids dropped, substitutions applied', eo7, ours7, es7, st7, 0,
          ['t: 1/1 identical to strace (100.0%)'])

    # 8. a pid substitution replaces whole numbers only: child 483 is not
    #    inside 2147483647 (small pids, as in a freshly booted VM).
    eo8 = expectations(100, [(1, '', 'kill(483, SIGTERM) = 0'), (2, '', 'kill(2147483647, SIGTERM) = -1 ESRCH (No such process)')],
                       [('483', 'CHILD')])
    es8 = expectations(200, [(1, '', 'kill(601, SIGTERM) = 0'), (2, '', 'kill(2147483647, SIGTERM) = -1 ESRCH (No such process)')],
                       [('601', 'CHILD')])
    ours8 = marked([['kill(483, SIGTERM) = 0'], ['kill(2147483647, SIGTERM) = -1 ESRCH (No such process)']])
    st8 = marked([['kill(601, SIGTERM) = 0'], ['kill(2147483647, SIGTERM) = -1 ESRCH (No such process)']], '200  ')
    check('pid substitutions replace whole numbers only', eo8, ours8, es8, st8, 0,
          ['t: 2/2 identical to strace (100.0%)'])

    print('%d failed' % failures)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
