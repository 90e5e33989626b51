#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# What tracing costs a unit's start: the drop-in's ExecStartPre=-+traceloopctl
# add-unit %n runs before the main process. A Type=oneshot unit running
# /bin/true is started N times with the drop-in and N times without, in
# alternation, under a real systemd (tests/systemd/lib-systemd.sh) with the
# installed project; prints the median and quartiles of `systemctl start`.
#
#   bench/unit-start.sh BUILDDIR [N]

set -euo pipefail
BUILDDIR=$(realpath "$1")
N=${2:-30}
HERE=$(dirname "$(realpath "$0")")

. "$HERE/../tests/systemd/lib-systemd.sh"

WORK=$(mktemp -d /tmp/traceloop-bench-start.XXXXXX)
cleanup() {
        trap '' PIPE
        sd_down
        rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 129' HUP INT TERM PIPE

sd_install "$BUILDDIR" "$WORK/dest"
sd_up "$WORK/dest"
for u in bench-plain bench-traced; do
        printf '[Unit]\nStartLimitIntervalSec=0\n[Service]\nType=oneshot\nExecStart=/bin/true\n' > "$SD_STATE/etc-system/$u.service"
done
sd_run systemctl daemon-reload
sd_run systemctl start traceloop.service
sd_run traceloopctl enable bench-traced.service > /dev/null
# KeepPerUnit= is 5: the closed traces of earlier starts do not pile up.

time_start() { # UNIT -> ns
        sd_run bash -c 't0=$(date +%s%N); systemctl start '"$1"'; t1=$(date +%s%N); echo $((t1 - t0))'
}
for i in $(seq "$N"); do
        echo "plain $(time_start bench-plain.service)"
        echo "traced $(time_start bench-traced.service)"
done > "$WORK/times"

python3 - "$WORK/times" <<'PY'
import statistics, sys
t = {}
for line in open(sys.argv[1]):
    k, v = line.split()
    t.setdefault(k, []).append(int(v) / 1e6)
for k in ("plain", "traced"):
    q = statistics.quantiles(t[k], n=4)
    print(f"{k:7s} systemctl start: median {statistics.median(t[k]):6.1f} ms  (quartiles {q[0]:.1f}..{q[2]:.1f}, n={len(t[k])})")
print(f"tracing adds {statistics.median(t['traced']) - statistics.median(t['plain']):.1f} ms to the median start "
      f"({statistics.median(t['traced']) / statistics.median(t['plain']):.2f}x)")
PY
