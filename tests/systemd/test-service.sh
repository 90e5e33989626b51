#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The project as a distribution would ship it: meson install into a DESTDIR,
# checked file by file, then a real systemd (PID 1 of a private namespace)
# with its own journald and system bus, using the installed unit, bus policy
# and activation file. A fresh client activates traceloopd through D-Bus;
# the hardened service records a unit's syscalls; others are refused.
#
#   test-service.sh BUILDDIR

set -euo pipefail
BUILDDIR=$(realpath "$1")
HERE=$(dirname "$(realpath "$0")")

. "$HERE/../require-recorder.sh"
. "$HERE/lib-systemd.sh"

CHECKS=0 FAILURES=0
ok() { CHECKS=$((CHECKS + 1)); echo "ok - $*"; }
not_ok() { CHECKS=$((CHECKS + 1)); FAILURES=$((FAILURES + 1)); echo "not ok - $*"; }
expect_eq() { if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3: got '$1', want '$2'"; fi; }
expect_match() {
        if grep -qF -- "$1" "$2"; then ok "$3"; else not_ok "$3: no '$1' in:"; sed 's/^/    /' "$2" | tail -20; fi
}

WORK=$(mktemp -d /tmp/traceloop-install.XXXXXX)
cleanup() {
        sd_down
        rm -rf "$WORK"
}
trap cleanup EXIT

# --- meson install into a DESTDIR ---
DEST=$WORK/dest
sd_install "$BUILDDIR" "$DEST"
for f in libexec/traceloopd bin/traceloopctl \
         lib/systemd/system/traceloop.service \
         share/dbus-1/system.d/org.traceloop.conf \
         share/dbus-1/system-services/org.traceloop.service \
         share/dbus-1/interfaces/org.traceloop.Manager1.xml \
         lib/systemd/catalog/traceloop.catalog \
         share/man/man8/traceloopd.8 share/man/man1/traceloopctl.1; do
        if [ -e "$DEST/usr/local/$f" ]; then ok "installed: /usr/local/$f"; else not_ok "installed: /usr/local/$f"; fi
done
expect_match "ExecStart=/usr/local/libexec/traceloopd" "$DEST/usr/local/lib/systemd/system/traceloop.service" \
        "the unit runs the daemon from the configured libexecdir"

# --- a real systemd with the installed files ---
recorder_progs() { bpftool prog show 2>/dev/null | grep -cE " name sys_(enter|exit) " || true; }
progs_before=$(recorder_progs)
sd_up "$DEST"
ok "systemd runs as PID 1 of the test namespace"

# Activation: the first call starts traceloop.service through systemd.
expect_eq "$(sd_run systemctl is-active traceloop.service || true)" inactive "traceloopd is not running before anyone asks"
busctl --address="$SD_BUS" get-property org.traceloop /org/traceloop org.traceloop.Manager1 Version \
        > "$WORK/version" 2>&1 || true
expect_match "s \"" "$WORK/version" "a fresh client's call activates traceloopd through D-Bus and gets an answer"
expect_eq "$(sd_run systemctl is-active traceloop.service || true)" active "traceloop.service is active, started by systemd"
expect_eq "$(sd_run systemctl show -P Type traceloop.service)" dbus "it runs as Type=dbus"

# The hardened service records: a unit's syscalls come back.
sd_run systemd-run --quiet --unit=tl-victim.service \
        sh -c 'while :; do cat /nonexistent/traceloop-victim 2>/dev/null; sleep 0.1; done'
cg=$(sd_run systemctl show -P ControlGroup tl-victim.service)
sd_run traceloopctl add victim "$cg" > "$WORK/add" 2>&1 || true
expect_eq "$(cat "$WORK/add")" 1 "traceloopctl inside the system adds the unit's cgroup"
sleep 0.5
sd_run traceloopctl dump victim --no-columns > "$WORK/dump" 2>&1 || true
expect_match 'openat(AT_FDCWD, "/nonexistent/traceloop-victim", O_RDONLY) = -1 ENOENT (No such file or directory)' \
        "$WORK/dump" "the service, hardened as installed, records the unit's syscalls"
sd_run systemctl stop tl-victim.service

# Others: the policy refuses what exposes syscall data, before the daemon sees it.
sd_run setpriv --reuid=65534 --regid=65534 --clear-groups \
        busctl --system call org.traceloop /org/traceloop org.traceloop.Manager1 Dump t 1 > "$WORK/nobody" 2>&1 || true
expect_match "Access denied" "$WORK/nobody" "a non-root client is refused Dump by the bus policy"
sd_run setpriv --reuid=65534 --regid=65534 --clear-groups \
        busctl --system call org.traceloop /org/traceloop org.traceloop.Manager1 AddCgroup ss x / > "$WORK/nobody2" 2>&1 || true
expect_match "Access denied" "$WORK/nobody2" "a non-root client is refused AddCgroup by the bus policy"

# The daemon's own log goes to the journal of its unit.
sd_run journalctl -u traceloop.service --no-pager -o cat > "$WORK/journal" 2>&1 || true
expect_match 'Trace 1 "victim" records cgroup' "$WORK/journal" "traceloopd logs to the journal under its unit"

# A clean stop: SIGTERM, exit 0, nothing left attached.
sd_run systemctl stop traceloop.service
expect_eq "$(sd_run systemctl show -P Result traceloop.service)" success "traceloopd stops cleanly (Result=success)"
expect_eq "$(sd_run systemctl show -P ExecMainStatus traceloop.service)" 0 "traceloopd exits 0 on SIGTERM"
for i in $(seq 50); do [ "$(recorder_progs)" = "$progs_before" ] && break; sleep 0.1; done
expect_eq "$(recorder_progs)" "$progs_before" "its BPF programs are gone after the stop"

echo "$CHECKS checks, $FAILURES failed"
[ "$FAILURES" = 0 ]
