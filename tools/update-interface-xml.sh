#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Regenerate dbus/org.traceloop.Manager1.xml from a running traceloopd's own
# introspection (tests/integration/test-introspect.sh checks they agree).
# Usage, as root: tools/update-interface-xml.sh [BUILDDIR]

set -euo pipefail
cd "$(dirname "$0")/.."
B=${1:-build}
. tools/private-daemon.sh
private_daemon_start "$B" traceloop-xml
dir=$TL_DIR
bus=$TL_BUS
tl_ctl add xml "$TL_CGROUP" >/dev/null

busctl --address="$bus" introspect --xml-interface org.traceloop /org/traceloop > "$dir/manager.xml"
busctl --address="$bus" introspect --xml-interface org.traceloop /org/traceloop/trace/1 > "$dir/trace.xml"

python3 - dbus/org.traceloop.Manager1.xml "$dir/manager.xml" "$dir/trace.xml" <<'PY'
import sys
out, manager, trace = sys.argv[1], open(sys.argv[2]).read(), open(sys.argv[3]).read()
def iface(xml, name):
    a = xml.index(' <interface name="%s">' % name)
    b = xml.index(' </interface>', a) + len(' </interface>')
    return xml[a:b]
old = open(out).read()
head = old[:old.index('<node>') + len('<node>\n')]
open(out, 'w').write(head + iface(manager, 'org.traceloop.Manager1') + '\n'
                     + iface(trace, 'org.traceloop.Trace1') + '\n</node>\n')
PY
echo "dbus/org.traceloop.Manager1.xml updated"
