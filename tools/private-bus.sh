#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# private-bus.sh DIR: run a dbus-daemon in the foreground that listens on
# DIR/bus, for the demo, the tests and the benchmark on hosts without a system
# bus. Its policy lets everyone talk to everyone, so that traceloopd's own
# credential check is what decides (the installed dbus/org.traceloop.conf is
# what restricts a real system bus). Start it in the background and wait for
# DIR/bus to appear.

set -euo pipefail
dir=${1:?usage: private-bus.sh DIR}

cat > "$dir/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$dir/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
  </policy>
</busconfig>
CONF
exec dbus-daemon --config-file="$dir/bus.conf" --nofork --nopidfile
