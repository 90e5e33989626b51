#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# Print the org.traceloop.* interfaces of the introspection XML files given,
# whitespace and comments dropped, sorted: two sources of the interface
# compare equal when they describe the same methods, arguments (with their
# names), properties and signals.
import sys
import xml.etree.ElementTree as ET

out = []
for f in sys.argv[1:]:
    for i in ET.parse(f).getroot().iter('interface'):
        if i.get('name', '').startswith('org.traceloop.'):
            for e in i.iter():
                e.text = e.tail = None
            out.append(ET.tostring(i, encoding='unicode'))
print('\n'.join(sorted(out)))
