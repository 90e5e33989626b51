#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Check that org.traceloop.Manager1(5) documents the whole bus API.

check-bus-api.py PAGE INTERFACE_XML BUS_UTIL_H MANAGER_BUS_C POLICY

- Each interface of the XML has a synopsis (the .EX block with
  "interface NAME {") that declares exactly its methods, signals and
  properties, with the XML's argument directions, types and names, property
  types and annotations, in systemd's org.freedesktop.systemd1(5) notation.
- Each member has a heading (.TP) in the .SH section of its synopsis:
  "\\fBName\\fR(\\fIin\\fR, ...) \\(-> (\\fIout\\fR, ...)" for methods,
  "\\fBName\\fR(\\fIarg\\fR, ...)" for signals, "\\fBName\\fR (\\fItype\\fR)"
  for properties.
- Each method's description says who may call it, as the bus policy has it:
  "Allowed to every user." or "Root only.".
- Each error name of bus-util.h has a heading under ERRORS, and every
  org.traceloop error there is one of them.
- Each option key the daemon's option parsers know (streq(key, "...") in
  manager-bus.c) has a heading "\\fBKey\\fR (\\fItype\\fR)".

Run by meson test (suite docs). Prints what is missing and exits 1.
"""

import re
import sys
import xml.etree.ElementTree as ET

EMITS = 'org.freedesktop.DBus.Property.EmitsChangedSignal'


def unescape(s):
    """Troff text to plain text: the escapes this page uses."""
    s = re.sub(r'\\f[BIRP]', '', s)
    for esc, plain in ((r'\&', ''), (r'\%', ''), (r'\(->', '\u2192'), (r'\(aq', "'"),
                       (r'\(dq', '"'), (r'\-', '-'), (r'\e', '\\')):
        s = s.replace(esc, plain)
    return s


def collapse(s):
    return ' '.join(s.split())


def read_page(path):
    """The page as [(section title, [lines])]."""
    sections = [('', [])]
    with open(path, encoding='utf-8') as f:
        for line in f.read().splitlines():
            if line.startswith('.SH '):
                sections.append((line[4:].strip().strip('"'), []))
            else:
                sections[-1][1].append(line)
    return sections


def ex_blocks(lines):
    blocks, cur = [], None
    for line in lines:
        if line.startswith('.EX'):
            cur = []
        elif line.startswith('.EE'):
            if cur is not None:
                blocks.append(collapse(unescape(' '.join(cur))))
            cur = None
        elif cur is not None:
            cur.append(line)
    return blocks


def headings(lines):
    """The heading lines of .TP paragraphs, unescaped and collapsed, with the
    lines of their paragraph (up to the next .TP, .SS or .SH)."""
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith('.TP') and i + 1 < len(lines):
            head = lines[i + 1]
            m = re.match(r'^\.(B|BR|I|IR|BI|IB)\s+(.*)$', head)
            if m:
                head = m.group(2).replace('"', '')
            body = []
            j = i + 2
            while j < len(lines) and not re.match(r'^\.(TP|SS|SH)\b', lines[j]):
                body.append(lines[j])
                j += 1
            out.append((collapse(unescape(head)), collapse(unescape(' '.join(body)))))
            i = j
        else:
            i += 1
    return out


def synopsis_parts(block, interface):
    """The methods, signals and properties parts of interface's declaration."""
    start = block.find('interface %s {' % interface)
    if start < 0:
        return None
    body = block[start + len('interface %s {' % interface):]
    end = body.find('};')
    body = body[:end if end >= 0 else len(body)]
    parts = {'methods': '', 'signals': '', 'properties': ''}
    for m in re.finditer(r'(methods|signals|properties):(.*?)(?=(?:methods|signals|properties):|$)', body):
        parts[m.group(1)] += m.group(2)
    return {k: v.strip() for k, v in parts.items()}


def declare_method(m):
    args = ['%s %s %s' % (a.get('direction', 'in'), a.get('type'), a.get('name')) for a in m.findall('arg')]
    return '%s(%s);' % (m.get('name'), ', '.join(args))


def declare_signal(s):
    args = ['%s %s' % (a.get('type'), a.get('name')) for a in s.findall('arg')]
    return '%s(%s);' % (s.get('name'), ', '.join(args))


def declare_property(p):
    annotations = ' '.join('@%s("%s")' % (a.get('name'), a.get('value')) for a in p.findall('annotation'))
    access = {'read': 'readonly', 'write': 'writeonly', 'readwrite': 'readwrite'}[p.get('access')]
    decl = '%s %s %s =' % (access, p.get('type'), p.get('name'))
    return (annotations + ' ' + decl).strip()


def policy_public_members(path):
    """(interface, member) pairs the default context may call."""
    public = set()
    root = ET.parse(path).getroot()
    for policy in root.findall('policy'):
        if policy.get('context') != 'default':
            continue
        for allow in policy.findall('allow'):
            if allow.get('send_destination') and allow.get('send_interface') and allow.get('send_member'):
                public.add((allow.get('send_interface'), allow.get('send_member')))
    return public


def main(argv):
    if len(argv) != 6:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    page_path, xml_path, errors_path, options_path, policy_path = argv[1:]

    problems = []
    counted = {'methods': 0, 'signals': 0, 'properties': 0, 'errors': 0, 'options': 0}
    sections = read_page(page_path)
    public = policy_public_members(policy_path)

    tree = ET.parse(xml_path)
    interfaces = tree.getroot().findall('interface')
    if not interfaces:
        problems.append('%s: no interfaces found' % xml_path)

    documented_interfaces = set()
    for title, lines in sections:
        for block in ex_blocks(lines):
            documented_interfaces.update(re.findall(r'interface (org\.traceloop\.\w+) \{', block))
    for name in sorted(documented_interfaces - {i.get('name') for i in interfaces}):
        problems.append('%s: interface %s is not in %s' % (page_path, name, xml_path))

    for iface in interfaces:
        name = iface.get('name')
        where = [(title, lines, block) for title, lines in sections for block in ex_blocks(lines)
                 if 'interface %s {' % name in block]
        if not where:
            problems.append('%s: no synopsis (.EX block) declares interface %s' % (page_path, name))
            continue
        title, lines, block = where[0]
        parts = synopsis_parts(block, name)
        heads = headings(lines)

        kinds = (('methods', iface.findall('method'), declare_method),
                 ('signals', iface.findall('signal'), declare_signal),
                 ('properties', iface.findall('property'), declare_property))
        for kind, members, declare in kinds:
            xml_names = [m.get('name') for m in members]
            if kind == 'properties':
                page_names = re.findall(r'(?:readonly|readwrite|writeonly) \S+ (\w+) =', parts[kind])
            else:
                page_names = re.findall(r'(?:^|;)\s*(\w+)\(', parts[kind])
            for extra in sorted(set(page_names) - set(xml_names)):
                problems.append('%s: %s %s.%s is declared in the synopsis but not in %s'
                                % (page_path, kind[:-1], name, extra, xml_path))

            for m in members:
                counted[kind] += 1
                member = m.get('name')
                decl = declare(m)
                # Whole declarations only: a property's annotations right
                # before it, and none where the XML has none.
                found = re.search(r'(?:^|; )' + re.escape(decl), parts[kind])
                if not found:
                    problems.append('%s: the synopsis of %s lacks, or differs from, "%s"'
                                    % (page_path, name, decl))

                args = m.findall('arg')
                if kind == 'methods':
                    ins = [a.get('name') for a in args if a.get('direction', 'in') == 'in']
                    outs = [a.get('name') for a in args if a.get('direction') == 'out']
                    want = '%s(%s)' % (member, ', '.join(ins))
                    if outs:
                        want += ' \u2192 (%s)' % ', '.join(outs)
                elif kind == 'signals':
                    want = '%s(%s)' % (member, ', '.join(a.get('name') for a in args))
                else:
                    want = '%s (%s)' % (member, m.get('type'))
                bodies = [body for head, body in heads if head == want]
                if not bodies:
                    problems.append('%s: section %s has no heading "%s" describing %s.%s'
                                    % (page_path, title, want, name, member))
                    continue
                if kind == 'methods':
                    says = 'Allowed to every user.' if (name, member) in public else 'Root only.'
                    if says not in bodies[0]:
                        problems.append('%s: %s.%s should say "%s" (bus policy %s)'
                                        % (page_path, name, member, says, policy_path))

    # Errors.
    with open(errors_path, encoding='utf-8') as f:
        errors = re.findall(r'^#define\s+BUS_ERROR_\w+\s+"([\w.]+)"', f.read(), re.M)
    if not errors:
        problems.append('%s: no BUS_ERROR_* names found' % errors_path)
    error_heads = set()
    for title, lines in sections:
        if title == 'ERRORS':
            error_heads = {head for head, _ in headings(lines)}
    for e in errors:
        counted['errors'] += 1
        if e not in error_heads:
            problems.append('%s: error %s (%s) has no heading under ERRORS' % (page_path, e, errors_path))
    for e in sorted(h for h in error_heads if h.startswith('org.traceloop.') and h not in errors):
        problems.append('%s: error %s is documented but not defined in %s' % (page_path, e, errors_path))

    # Option keys.
    with open(options_path, encoding='utf-8') as f:
        keys = sorted(set(re.findall(r'streq\(key,\s*"(\w+)"\)', f.read())))
    if not keys:
        problems.append('%s: no option keys (streq(key, "...")) found' % options_path)
    all_heads = {head for _, lines in sections for head, _ in headings(lines)}
    for k in keys:
        counted['options'] += 1
        if not any(re.fullmatch(re.escape(k) + r' \(\S+\)', h) for h in all_heads):
            problems.append('%s: option %s (%s) has no heading "%s (TYPE)"' % (page_path, k, options_path, k))

    for p in problems:
        print(p)
    summary = ', '.join('%d %s' % (n, k) for k, n in counted.items())
    if problems:
        print('FAIL: %d problems (checked %s)' % (len(problems), summary))
        return 1
    print('ok: %s documented' % summary)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
