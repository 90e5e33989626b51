#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The project as a distribution would ship it: meson install into a DESTDIR,
# checked file by file, then a real systemd (PID 1 of a private namespace)
# with its own journald and system bus, using the installed unit, bus policy
# and activation file. A fresh client activates traceloopd through D-Bus;
# the hardened service (docs/HARDENING.md) records a unit's syscalls and
# writes a failed unit's dump file and journal entries; others are refused.
#
#   test-service.sh BUILDDIR

set -euo pipefail
BUILDDIR=$(realpath "$1")
HERE=$(dirname "$(realpath "$0")")

. "$HERE/../require-recorder.sh"
. "$HERE/lib-systemd.sh"

expect_match() {
        if grep -qF -- "$1" "$2"; then ok "$3"; else not_ok "$3: no '$1' in:"; sed 's/^/    /' "$2" | tail -20; fi
}

WORK=$(mktemp -d /tmp/traceloop-install.XXXXXX)
cleanup() {
        trap '' PIPE    # its own messages must not end it half way
        sd_down
        rm -rf "$WORK"
}
trap cleanup EXIT
# A signal (a closed pipe, ^C) ends the script through its EXIT trap too.
trap 'exit 129' HUP INT TERM PIPE

# --- meson install into a DESTDIR ---
DEST=$WORK/dest
sd_install "$BUILDDIR" "$DEST"
# Everything a distribution packages, and nothing else.
INSTALLED="bin/traceloopctl
lib/systemd/catalog/traceloop.catalog
lib/systemd/system/traceloop.service
libexec/traceloopd
share/bash-completion/completions/traceloopctl
share/dbus-1/interfaces/org.traceloop.Manager1.xml
share/dbus-1/system-services/org.traceloop.service
share/dbus-1/system.d/org.traceloop.conf
share/doc/traceloop/examples/50-traceloop.conf.example
share/man/man1/traceloopctl.1
share/man/man5/org.traceloop.Manager1.5
share/man/man5/traceloop.conf.5
share/man/man8/traceloopd.8"
for f in $INSTALLED; do
        if [ -e "$DEST/usr/local/$f" ]; then ok "installed: /usr/local/$f"; else not_ok "installed: /usr/local/$f"; fi
done
(cd "$DEST/usr/local" && find . \( -type f -o -type l \) -printf '%P\n' | sort) > "$WORK/installed"
if diff -u <(printf '%s\n' "$INSTALLED" | sort) "$WORK/installed" > "$WORK/installed.diff"; then
        ok "meson install lays out exactly these $(wc -l < "$WORK/installed") files"
else
        not_ok "meson install lays out exactly the expected files:"; sed 's/^/    /' "$WORK/installed.diff"
fi
expect_match "SystemdService=traceloop.service" "$DEST/usr/local/share/dbus-1/system-services/org.traceloop.service" \
        "the activation file names the unit"
expect_match "ExecStartPre=-+/usr/local/bin/traceloopctl add-unit %n" \
        "$DEST/usr/local/share/doc/traceloop/examples/50-traceloop.conf.example" \
        "the example drop-in runs the installed traceloopctl"
expect_match "ExecStart=/usr/local/libexec/traceloopd" "$DEST/usr/local/lib/systemd/system/traceloop.service" \
        "the unit runs the daemon from the configured libexecdir"

# The installed unit is hardened: systemd's own rating, offline, of the file
# as installed (docs/HARDENING.md explains each line that is left).
UNIT_FILE=$DEST/usr/local/lib/systemd/system/traceloop.service
systemd-analyze security --offline=true --no-pager "$UNIT_FILE" > "$WORK/security" 2>&1 || true
exposure=$(sed -n 's/.*Overall exposure level for traceloop\.service: \([0-9.]*\).*/\1/p' "$WORK/security")
if [ -n "$exposure" ] && awk -v e="$exposure" 'BEGIN { exit !(e <= 3.0) }'; then
        ok "systemd-analyze security rates the installed unit $exposure (3.0 at most)"
else
        not_ok "systemd-analyze security rates the installed unit ${exposure:-?} (3.0 at most):"
        grep -E '^✗|Overall' "$WORK/security" | sed 's/^/    /'
fi

# --- a real systemd with the installed files ---
recorder_progs() { sd_recorder_progs; }
progs_before=$(recorder_progs)
private_tmps() { ls -d /tmp/systemd-private-* /var/tmp/systemd-private-* 2>/dev/null | sort || true; }
private_tmps > "$WORK/private-tmp-before"
sd_up "$DEST"
ok "systemd runs as PID 1 of the test namespace"

# Activation: the first call starts traceloop.service through systemd.
expect_eq "$(sd_run systemctl is-active traceloop.service || true)" inactive "traceloopd is not running before anyone asks"
busctl --address="$SD_BUS" call org.traceloop /org/traceloop org.traceloop.Manager1 ListTraces \
        > "$WORK/version" 2>&1 || true
expect_match "a(tsssssttt) 0" "$WORK/version" "a fresh client's busctl call activates traceloopd through D-Bus and gets an answer"
expect_eq "$(sd_run systemctl is-active traceloop.service || true)" active "traceloop.service is active, started by systemd"
expect_eq "$(sd_run systemctl show -P Type traceloop.service)" dbus "it runs as Type=dbus"

# The sandbox is in effect, as the running daemon sees it.
pid=$(sd_run systemctl show -P MainPID traceloop.service)
sd_run cat "/proc/$pid/status" > "$WORK/status"
expect_eq "$(awk '$1 == "CapEff:" { print $2 }' "$WORK/status")" 000000c000000000 \
        "the daemon holds CAP_BPF and CAP_PERFMON, nothing else"
expect_eq "$(awk '$1 == "CapBnd:" { print $2 }' "$WORK/status")" 000000c000000000 "and can get no other"
expect_eq "$(awk '$1 == "NoNewPrivs:" || $1 == "Seccomp:" { print $2 }' "$WORK/status" | paste -sd ' ')" "1 2" \
        "NoNewPrivileges=yes and a seccomp filter"
if [ "$(sd_run readlink "/proc/$pid/ns/net")" != "$(sd_run readlink /proc/1/ns/net)" ]; then
        ok "it has a network namespace of its own (PrivateNetwork=yes)"
else
        not_ok "it has a network namespace of its own (PrivateNetwork=yes)"
fi
sd_run nsenter --target "$pid" --mount sh -c '
        touch /usr/traceloop-hardening-probe 2>/dev/null && echo usr-writable
        touch /sys/fs/cgroup/traceloop-hardening-probe 2>/dev/null && echo cgroup-writable
        [ -z "$(ls -A /home)$(ls -A /tmp)" ] || echo home-or-tmp-visible
        touch /var/lib/traceloop/.probe && rm /var/lib/traceloop/.probe && echo state-writable' > "$WORK/fs" 2>&1 || true
expect_eq "$(paste -sd ' ' "$WORK/fs")" state-writable \
        "in its mount namespace only /var/lib/traceloop is writable; /home and /tmp are empty"

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

# The installed interface XML is what the running daemon says of itself.
busctl --address="$SD_BUS" introspect --xml-interface org.traceloop /org/traceloop > "$WORK/manager.xml"
busctl --address="$SD_BUS" introspect --xml-interface org.traceloop /org/traceloop/trace/1 > "$WORK/trace.xml"
python3 "$HERE/../canon-interface-xml.py" "$WORK/manager.xml" "$WORK/trace.xml" > "$WORK/live.canon"
python3 "$HERE/../canon-interface-xml.py" "$DEST/usr/local/share/dbus-1/interfaces/org.traceloop.Manager1.xml" > "$WORK/file.canon"
if [ -s "$WORK/live.canon" ] && diff -u "$WORK/file.canon" "$WORK/live.canon" > "$WORK/xml.diff"; then
        ok "busctl introspect of the running daemon matches the installed interface XML"
else
        not_ok "busctl introspect of the running daemon matches the installed interface XML:"; sed 's/^/    /' "$WORK/xml.diff"
fi
sd_run systemctl stop tl-victim.service

# A failed unit enabled with traceloopctl enable: its dump file in the state
# directory (ProtectSystem=strict leaves only that writable) and its journal
# entries (root's OBJECT_SYSTEMD_UNIT=, under the unit).
printf '%s\n' '[Service]' "ExecStart=/bin/sh -c 'cat /nonexistent-hard; exit 2'" \
        > "$SD_STATE/etc-system/tl-hard.service"
sd_run systemctl daemon-reload
sd_run traceloopctl enable tl-hard.service > "$WORK/enable" 2>&1 || true
expect_match "tl-hard.service.d/50-traceloop.conf" "$WORK/enable" "traceloopctl enable writes the drop-in of the failing unit"
sd_run systemctl start tl-hard.service > /dev/null 2>&1 || true
hard_inv=$(sd_run systemctl show -P InvocationID tl-hard.service)
hard_file=/var/lib/traceloop/tl-hard.service_$hard_inv.txt.gz
for _ in $(seq 100); do
        [ -e "$SD_ROOT$hard_file" ] && sd_run journalctl --no-pager -q MESSAGE_ID=a6821b31d7e04b19aa7706a35ccb53a2 \
                OBJECT_SYSTEMD_INVOCATION_ID="$hard_inv" | grep -q . && break
        sleep 0.1
done
expect_eq "$(sd_run systemctl show -P Result tl-hard.service)" exit-code "tl-hard.service failed (Result=exit-code)"
if [ -n "$hard_inv" ] && [ -e "$SD_ROOT$hard_file" ]; then
        ok "the hardened daemon wrote $hard_file"
        expect_eq "$(stat -c %a "$SD_ROOT$hard_file")" 600 "the dump file is mode 0600"
        gzip -dc "$SD_ROOT$hard_file" > "$WORK/hard-dump" 2>&1 || true
        expect_match 'openat(AT_FDCWD, "/nonexistent-hard", O_RDONLY) = -1 ENOENT' "$WORK/hard-dump" \
                "the dump file holds the failing call"
else
        not_ok "the hardened daemon wrote $hard_file:"; ls -la "$SD_ROOT/var/lib/traceloop" 2>&1 | sed 's/^/    /'
fi
sd_run journalctl --no-pager -o export MESSAGE_ID=a6821b31d7e04b19aa7706a35ccb53a2 \
        OBJECT_SYSTEMD_INVOCATION_ID="$hard_inv" > "$WORK/hard-journal" 2>&1 || true
expect_match "TRACELOOP_DUMP=$hard_file" "$WORK/hard-journal" \
        "a journal entry MESSAGE_ID=a6821b31d7e04b19aa7706a35ccb53a2 names the dump file"
sd_run journalctl --no-pager -o cat -u tl-hard.service > "$WORK/hard-unit-journal" 2>&1 || true
expect_match "tl-hard.service failed with result 'exit-code'" "$WORK/hard-unit-journal" \
        "journalctl -u tl-hard.service shows it"
# inotify on the cgroups, read-only under ProtectControlGroups=yes, is allowed.
sd_run journalctl -u traceloop.service --no-pager -o cat > "$WORK/journal-watch" 2>&1 || true
if grep -q "Failed to watch" "$WORK/journal-watch"; then
        not_ok "traceloopd watches the cgroups it records:"; grep "Failed to watch" "$WORK/journal-watch" | sed 's/^/    /'
else
        ok "traceloopd watches the cgroups it records (inotify on the read-only cgroup tree)"
fi

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
expect_eq "$(recorder_progs)" "$((progs_before + 4))" "the running traceloopd holds its four recorder programs"
sd_run systemctl stop traceloop.service
expect_eq "$(sd_run systemctl show -P Result traceloop.service)" success "traceloopd stops cleanly (Result=success)"
expect_eq "$(sd_run systemctl show -P ExecMainStatus traceloop.service)" 0 "traceloopd exits 0 on SIGTERM"
for i in $(seq 50); do [ "$(recorder_progs)" = "$progs_before" ] && break; sleep 0.1; done
expect_eq "$(recorder_progs)" "$progs_before" "its BPF programs are gone after the stop"

sd_down
private_tmps > "$WORK/private-tmp-after"
if diff -q "$WORK/private-tmp-before" "$WORK/private-tmp-after" > /dev/null; then
        ok "no PrivateTmp= directory of the test's units is left in the host's /tmp or /var/tmp"
else
        not_ok "PrivateTmp= directories left in the host's /tmp or /var/tmp:"; diff "$WORK/private-tmp-before" "$WORK/private-tmp-after" | sed 's/^/    /'
fi

echo "$CHECKS checks, $FAILURES failed"
[ "$FAILURES" = 0 ]
