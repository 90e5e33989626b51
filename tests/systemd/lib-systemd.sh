# SPDX-License-Identifier: LGPL-2.1-or-later
# A real systemd (as PID 1 of a private PID, mount and UTS namespace, on the
# host's root file system) with its own journald and system dbus-daemon, for
# tests on machines whose PID 1 is not systemd. Sourced by the tests here.
#
#   sd_install BUILDDIR DESTDIR
#                   meson install the build into DESTDIR, for sd_up (exits
#                   77 if the build's prefix is not /usr/local)
#   sd_up DESTDIR   start it; DESTDIR (from meson install --destdir, prefix
#                   /usr/local) appears at /usr/local inside, so the
#                   project's installed unit, bus policy, activation file and
#                   catalog are the ones in use
#   sd_run CMD...   run CMD inside (systemctl, journalctl, busctl --system)
#   sd_update_catalog
#                   build the journal catalog database inside from the
#                   installed catalogs, as a package manager would
#   sd_down         stop it and remove everything it made (call it from the
#                   test's EXIT trap: it also cleans up after a failed sd_up)
#
# Inside, /run, /etc/systemd/system and /var/lib are private: nothing the
# services or systemd write there reaches the host. /run and
# /etc/systemd/system are $SD_STATE/run and $SD_STATE/etc-system from the
# host; /var/lib is a tmpfs of the namespace ($SD_ROOT/var/lib from the host).
#
# Sets SD_STATE (a directory under /tmp), SD_PID (the namespace's PID 1 as the
# host sees it), SD_CGROUP (systemd's root cgroup, below the cgroup2 mount),
# SD_BUS (the system bus address, usable from the host) and SD_ROOT (the
# namespace's root as the host sees it, /proc/$SD_PID/root).

# The tests' checks: one "ok"/"not ok" line each, counted.
CHECKS=0 FAILURES=0
ok() { CHECKS=$((CHECKS + 1)); echo "ok - $*"; }
not_ok() { CHECKS=$((CHECKS + 1)); FAILURES=$((FAILURES + 1)); echo "not ok - $*"; }
expect_eq() { if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3: got '$1', want '$2'"; fi; }

SD_STATE=
SD_PID=
SD_CGROUP=
SD_BUS=
SD_ROOT=
SD_UNSHARE_PID=
SD_PIDNS=
SD_CG2=
SD_CG1=
SD_DEVLOG_OURS=0

sd_log() { echo "# sd: $*" >&2; }

sd_run() {
        nsenter --target "$SD_PID" --mount --pid --uts -- "$@"
}

sd_update_catalog() {
        sd_run journalctl --update-catalog
}

sd_install() {
        local builddir=$1 dest=$2 prefix out

        prefix=$(meson introspect "$builddir" --buildoptions | python3 -c '
import json, sys
print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
        if [ "$prefix" != /usr/local ]; then
                echo "this test runs the installed tree at /usr/local; the build has prefix $prefix" >&2
                exit 77
        fi
        mkdir -p "$dest"
        if ! out=$(meson install -C "$builddir" --destdir "$dest" --no-rebuild --quiet 2>&1); then
                echo "$out" >&2
                return 1
        fi
}

sd_write_config() {
        local s=$SD_STATE t

        mkdir -p "$s/units" "$s/empty" "$s/etc-system" "$s/run/systemd/journald.conf.d"
        : > "$s/console"

        # Targets with the stock names, without what the stock ones pull in
        # (udev, tmpfiles, sysctl, ... must not run on the host).
        for t in basic sockets timers paths slices local-fs local-fs-pre remote-fs network \
                 network-pre network-online nss-lookup nss-user-lookup time-sync time-set \
                 multi-user graphical getty swap cryptsetup emergency rescue; do
                printf '[Unit]\nDescription=%s (test stand-in)\n' "$t.target" > "$s/units/$t.target"
        done
        for t in sysinit shutdown final umount; do
                printf '[Unit]\nDescription=%s (test stand-in)\nDefaultDependencies=no\n' "$t.target" > "$s/units/$t.target"
        done
        printf 'Requires=sysinit.target\nAfter=sysinit.target sockets.target\n' >> "$s/units/basic.target"
        printf 'Requires=basic.target\nAfter=basic.target\n' >> "$s/units/multi-user.target"
        cat > "$s/units/traceloop-test.target" <<EOF
[Unit]
Description=traceloop test system
Requires=basic.target
Wants=systemd-journald.socket systemd-journald-dev-log.socket systemd-journald.service dbus.socket dbus.service multi-user.target
After=basic.target systemd-journald.service dbus.service
EOF
        for t in systemd-journald.service systemd-journald.socket systemd-journald-dev-log.socket dbus.socket; do
                ln -s "/lib/systemd/system/$t" "$s/units/$t"
        done

        # The stock system bus, plus what the project installs below /usr/local.
        cat > "$s/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <include>/usr/share/dbus-1/system.conf</include>
  <servicedir>/usr/local/share/dbus-1/system-services</servicedir>
  <includedir>/usr/local/share/dbus-1/system.d</includedir>
</busconfig>
EOF
        cat > "$s/units/dbus.service" <<EOF
[Unit]
Description=D-Bus system bus (test)
Requires=dbus.socket

[Service]
Type=notify
NotifyAccess=main
ExecStart=/usr/bin/dbus-daemon --config-file=$s/bus.conf --address=systemd: --nofork --nopidfile --systemd-activation --syslog-only
ExecReload=/usr/bin/busctl call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus ReloadConfig
EOF

        cat > "$s/run/systemd/journald.conf.d/50-test.conf" <<EOF
[Journal]
Storage=volatile
ReadKMsg=no
ForwardToSyslog=no
ForwardToKMsg=no
ForwardToConsole=no
ForwardToWall=no
RateLimitIntervalSec=0
EOF
}

sd_up() {
        local destdir=${1:-} i st child

        SD_STATE=$(mktemp -d /tmp/traceloop-sd.XXXXXX)
        SD_CGROUP=/${SD_STATE##*/}
        SD_CG2=$(awk '$9 == "cgroup2" { print $5; exit }' /proc/self/mountinfo)
        SD_CG1=$(awk '$9 == "cgroup" && $NF ~ /(^|,)name=systemd(,|$)/ { print $5; exit }' /proc/self/mountinfo)
        [ -n "$SD_CG2" ] || { sd_log "no cgroup2 mount"; return 1; }
        echo "$SD_CG2" > "$SD_STATE/cg2"
        echo "$SD_CG1" > "$SD_STATE/cg1"
        [ -e /dev/log ] || [ -L /dev/log ] || SD_DEVLOG_OURS=1
        sd_write_config
        [ -z "$destdir" ] || ln -s "$(realpath "$destdir")/usr/local" "$SD_STATE/usr-local"
        mkdir "$SD_CG2$SD_CGROUP"
        [ -z "$SD_CG1" ] || mkdir "$SD_CG1$SD_CGROUP"

        setsid unshare --pid --fork --kill-child=SIGKILL --mount --uts --mount-proc --propagation private \
                -- bash "$(dirname "${BASH_SOURCE[0]}")/sd-init.sh" "$SD_STATE" "$SD_CGROUP" \
                < /dev/null >> "$SD_STATE/init.log" 2>&1 &
        SD_UNSHARE_PID=$!

        # The namespace's PID 1 is unshare's child.
        # A child that is already gone reads as no namespace at all: not it
        # (seen on a loaded machine; waiting for unshare then never ended).
        for i in $(seq 200); do
                local ns=""
                child=$(cat "/proc/$SD_UNSHARE_PID/task/$SD_UNSHARE_PID/children" 2>/dev/null | awk '{ print $1 }')
                [ -z "$child" ] || ns=$(readlink "/proc/$child/ns/pid" 2>/dev/null || true)
                if [ -n "$ns" ] && [ "$ns" != "$(readlink /proc/self/ns/pid)" ]; then
                        SD_PID=$child
                        SD_ROOT=/proc/$child/root
                        SD_PIDNS=$ns
                        break
                fi
                sleep 0.02
        done
        [ -n "$SD_PID" ] || { sd_log "the namespace did not start:"; cat "$SD_STATE/init.log" >&2; return 1; }

        SD_BUS=unix:path=$SD_STATE/run/dbus/system_bus_socket
        for i in $(seq 600); do
                if [ -S "$SD_STATE/run/dbus/system_bus_socket" ] && [ -S "$SD_STATE/run/systemd/private" ]; then
                        st=$(sd_run systemctl is-system-running 2>/dev/null || true)
                        if { [ "$st" = running ] || [ "$st" = degraded ]; } &&
                           busctl --address="$SD_BUS" call org.freedesktop.DBus /org/freedesktop/DBus \
                                org.freedesktop.DBus GetNameOwner s org.freedesktop.systemd1 > /dev/null 2>&1; then
                                return 0
                        fi
                fi
                [ -d "/proc/$SD_PID" ] || break
                sleep 0.05
        done
        sd_log "systemd did not come up (state: ${st:-none}):"
        cat "$SD_STATE/init.log" >&2
        return 1
}

# The recorder's programs held by processes of the namespace (traceloopd's
# links and programs, the links kept in systemd's file descriptor store), as
# distinct program ids: traceloopds of other tests on the host do not count.
sd_recorder_progs() {
        local d f id

        [ -n "$SD_PIDNS" ] || { echo 0; return 0; }
        for d in /proc/[0-9]*; do
                [ "$(readlink "$d/ns/pid" 2>/dev/null)" = "$SD_PIDNS" ] || continue
                for f in "$d"/fdinfo/*; do
                        sed -n 's/^prog_id:[[:space:]]*//p' "$f" 2>/dev/null || true
                done
        done | sort -un | while read -r id; do
                bpftool prog show id "$id" 2>/dev/null | head -n1
        done | grep -cE " name (sys_(enter|exit)|signal_(deliver|generate)) " || true
}

sd_down() {
        local i d left=

        [ -n "$SD_STATE" ] || return 0
        # SIGKILL to a PID namespace's init kills everything in it.
        if [ -n "$SD_PID" ] && [ "$(readlink "/proc/$SD_PID/ns/pid" 2>/dev/null)" = "$SD_PIDNS" ]; then
                kill -KILL "$SD_PID" 2>/dev/null || true
                for i in $(seq 250); do [ -d "/proc/$SD_PID" ] || break; sleep 0.02; done
        fi
        # unshare --kill-child: its end takes the namespace's PID 1 along, found or not.
        if [ -n "$SD_UNSHARE_PID" ]; then
                kill -KILL "$SD_UNSHARE_PID" 2>/dev/null || true
                wait "$SD_UNSHARE_PID" 2>/dev/null || true
        fi

        if [ -d "$SD_CG2$SD_CGROUP" ]; then
                echo 1 > "$SD_CG2$SD_CGROUP/cgroup.kill" 2>/dev/null || true
                for i in $(seq 250); do
                        grep -q '^populated 0' "$SD_CG2$SD_CGROUP/cgroup.events" 2>/dev/null && break
                        sleep 0.02
                done
        fi
        for d in "$SD_CG2$SD_CGROUP" ${SD_CG1:+"$SD_CG1$SD_CGROUP"}; do
                [ -d "$d" ] && find "$d" -depth -type d -exec rmdir {} + 2>/dev/null
                [ -d "$d" ] && sd_log "could not remove cgroup $d"
        done
        # journald's socket unit links /dev/log, the one thing it makes outside /run.
        if [ "$SD_DEVLOG_OURS" = 1 ] && [ "$(readlink /dev/log 2>/dev/null)" = /run/systemd/journal/dev-log ]; then
                rm -f /dev/log
        fi
        if [ -n "$SD_PIDNS" ]; then
                for d in /proc/[0-9]*; do
                        [ "$(readlink "$d/ns/pid" 2>/dev/null)" = "$SD_PIDNS" ] && left="$left ${d#/proc/}"
                done
        fi
        [ -z "$left" ] || sd_log "processes left in the namespace:$left"
        rm -rf "$SD_STATE"
        SD_STATE= SD_PID= SD_ROOT=
}
