#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The main job, on any machine of ours, systemd or not: start traceloopd on a
# private D-Bus bus, trace a small shell pipeline that fails, print what it did.
# Run as root after tools/setup.sh. Cleans up everything it started.

set -euo pipefail
cd "$(dirname "$0")/.."
B=$PWD/build

[ "$(id -u)" = 0 ] || { echo "demo.sh: run as root (BPF and cgroups need it)" >&2; exit 1; }
[ -x "$B/src/daemon/traceloopd" ] || { echo "demo.sh: build first: tools/setup.sh" >&2; exit 1; }

dir=$(mktemp -d /tmp/traceloop-demo.XXXXXX)
cgroot=$(awk '$9 == "cgroup2" { print $5; exit }' /proc/self/mountinfo)
cg="/traceloop-demo-$$"
pids=()

cleanup() {
        for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
        for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
        rmdir "$cgroot$cg" 2>/dev/null || true
        rm -rf "$dir"
}
trap cleanup EXIT

tools/private-bus.sh "$dir" 2>/dev/null &
pids+=($!)
bus="unix:path=$dir/bus"
until [ -S "$dir/bus" ]; do sleep 0.05; done

"$B/src/daemon/traceloopd" --bus="$bus" &
pids+=($!)
ctl() { "$B/src/ctl/traceloopctl" --bus="$bus" "$@"; }
until ctl status >/dev/null 2>&1; do sleep 0.05; done

mkdir "$cgroot$cg"
echo "### traceloopctl add demo $cg"
ctl add demo "$cg"

echo '### running: bash -c '\''echo "3*7*2" | bc > /tmp/file-$RANDOM; cat /tmp/file-$RANDOM'\'''
sh -c 'echo $$ > "$1/cgroup.procs"; exec bash -c '\''echo "3*7*2" | bc > /tmp/file-$RANDOM; cat /tmp/file-$RANDOM'\''' sh "$cgroot$cg" || echo "### it failed with exit status $?"
rm -f /tmp/file-[0-9]*

echo "### traceloopctl list"
ctl list
echo "### traceloopctl dump demo, the interesting lines (the whole dump has every syscall)"
ctl dump demo | grep -E 'execve|"42\\n"|/tmp/file-|exit_group'
ctl close demo
