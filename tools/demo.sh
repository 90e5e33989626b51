#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The main job, on any machine of ours, systemd or not: start traceloopd on a
# private D-Bus bus, trace a small shell pipeline that fails, print what it did.
# Run as root after tools/setup.sh. Cleans up everything it started.

set -euo pipefail
cd "$(dirname "$0")/.."
B=$PWD/build

. tools/private-daemon.sh
private_daemon_start "$B" traceloop-demo
cg=$TL_CGROUP
ctl() { tl_ctl "$@"; }

echo "### traceloopctl add demo $cg"
ctl add demo "$cg"

echo '### running: bash -c '\''echo "3*7*2" | bc > /tmp/file-$RANDOM; cat /tmp/file-$RANDOM'\'''
# In a mount namespace of its own with a private /tmp: the file it writes goes
# away with it, and nothing in the host's /tmp is touched.
unshare --mount --propagation private -- sh -c 'mount -t tmpfs traceloop-demo /tmp && echo $$ > "$1/cgroup.procs" && exec bash -c '\''echo "3*7*2" | bc > /tmp/file-$RANDOM; cat /tmp/file-$RANDOM'\''' sh "$TL_CGROOT$cg" || echo "### it failed with exit status $?"

echo "### traceloopctl list"
ctl list
echo "### traceloopctl dump demo, the interesting lines (the whole dump has every syscall)"
ctl dump demo | grep -E 'execve|"42\\n"|/tmp/file-|exit_group'
ctl close demo
