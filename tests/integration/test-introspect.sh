#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# dbus/org.traceloop.Manager1.xml documents the interfaces: it must say what
# the running daemon says of itself, argument names included.

. "$(dirname "$0")/lib.sh"

XML="$(dirname "$0")/../../dbus/org.traceloop.Manager1.xml"

start_bus
start_daemon
ctl add intro "$(new_cgroup intro)" >/dev/null

busctl --address="$BUS" introspect --xml-interface org.traceloop /org/traceloop > "$TEST_DIR/manager.xml"
busctl --address="$BUS" introspect --xml-interface org.traceloop /org/traceloop/trace/1 > "$TEST_DIR/trace.xml"

canon() { python3 "$(dirname "$0")/../canon-interface-xml.py" "$@"; }

canon "$TEST_DIR/manager.xml" "$TEST_DIR/trace.xml" > "$TEST_DIR/live"
canon "$XML" > "$TEST_DIR/file"
if diff -u "$TEST_DIR/file" "$TEST_DIR/live" > "$TEST_DIR/diff"; then
        ok "dbus/org.traceloop.Manager1.xml matches the live introspection"
else
        not_ok "dbus/org.traceloop.Manager1.xml differs from the live introspection (tools/update-interface-xml.sh):"
        sed 's/^/    /' "$TEST_DIR/diff"
fi
expect_match '<arg type="s" name="cgroup" direction="in"' "$TEST_DIR/manager.xml" "introspection carries argument names"

stop_daemon
finish
