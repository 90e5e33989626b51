#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# PID 1 of the test namespace until it becomes systemd (see lib-systemd.sh).
#
#   sd-init.sh STATE CGROUP
#
# STATE holds what lib-systemd.sh prepared: cg2 (the cgroup2 mount), cg1
# (the name=systemd v1 mount on a hybrid host, or empty), units/, run/,
# etc-system/ (to be /etc/systemd/system) and optionally usr-local/ (an
# installed tree to appear at /usr/local). /var/lib becomes a private tmpfs.

set -eu
state=$1
cgroup=$2
cg2=$(cat "$state/cg2")
cg1=$(cat "$state/cg1")

# systemd's root cgroup is the one it starts in.
echo 1 > "$cg2$cgroup/cgroup.procs"
[ -z "$cg1" ] || echo 1 > "$cg1$cgroup/cgroup.procs"

# Our own /run, reachable from the host as $state/run, and no host console.
mount --bind "$state/run" /run
mount --bind "$state/console" /dev/console

# systemd as PID 1 raises global sysctls (fs.file-max, fs.nr_open): keep
# its hands off the host's.
mount --bind /proc/sys /proc/sys
mount -o remount,bind,ro /proc/sys

# On a hybrid host systemd would mount the v1 controllers nobody mounted yet
# (new kernel hierarchies, one of them taking hugetlb from cgroup2) and
# remount the host's /sys/fs/cgroup tmpfs read-only. Give it a private tree:
# the existing hierarchies bound, read-only stand-ins for the others.
if [ "$(stat -fc %T /sys/fs/cgroup)" = tmpfs ]; then
        tree=$state/cgroup-tree
        mkdir -p "$tree"
        mount -t tmpfs -o mode=755,nosuid,nodev,noexec traceloop-test-cgroup "$tree"
        for m in $(awk '$5 ~ "^/sys/fs/cgroup/[^/]+$" { print $5 }' /proc/self/mountinfo); do
                mkdir -p "$tree/${m##*/}"
                mount --bind "$m" "$tree/${m##*/}"
        done
        for c in $(awk 'NR > 1 && $4 == 1 { print $1 }' /proc/cgroups) cpu,cpuacct net_cls,net_prio; do
                [ -e "$tree/$c" ] && continue
                mkdir "$tree/$c"
                mount -t tmpfs -o ro,size=4k,mode=555 traceloop-test-none "$tree/$c"
        done
        mount --move "$tree" /sys/fs/cgroup
fi

# Unit files and drop-ins written to /etc/systemd/system stay in the test.
mount --bind "$state/etc-system" /etc/systemd/system

# A private, empty /var/lib: what the services under test keep there
# (StateDirectory=, dump files) and what systemd does (its catalog
# database, timers' stamps) must not reach the host. Only the system bus's
# machine-id is the host's. It goes with the namespace.
mkdir -p "$state/host-var-lib"
mount --rbind /var/lib "$state/host-var-lib"
mount -t tmpfs -o mode=755,nosuid,nodev traceloop-test-var-lib /var/lib
mkdir -p /var/lib/dbus /var/lib/systemd/catalog
if [ -d "$state/host-var-lib/dbus" ]; then
        mount --bind "$state/host-var-lib/dbus" /var/lib/dbus
        mount -o remount,bind,ro /var/lib/dbus
fi
umount --recursive --lazy "$state/host-var-lib"

# The project as installed: meson install --destdir, seen at its prefix.
if [ -d "$state/usr-local" ]; then
        mount --bind "$state/usr-local" /usr/local
fi

# /tmp and /var/tmp of our own: the systemd-private-* directories that
# PrivateTmp= units get there go away with the namespace, not into the host's.
# This state directory (below /tmp) stays at its path: the units and the bus
# configuration are read from it.
mkdir -p "$state/run/.harness-state"
mount --bind "$state" /run/.harness-state
mount -t tmpfs -o mode=1777,nosuid,nodev traceloop-test-tmp /tmp
mount -t tmpfs -o mode=1777,nosuid,nodev traceloop-test-vartmp /var/tmp
mkdir -p "$state"
mount --bind /run/.harness-state "$state"
umount /run/.harness-state

exec env -i container=traceloop-test \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        SYSTEMD_UNIT_PATH="/etc/systemd/system.control:/run/systemd/system.control:/run/systemd/transient:/etc/systemd/system:/run/systemd/system:/usr/local/lib/systemd/system:$state/units" \
        SYSTEMD_GENERATOR_PATH="$state/empty" SYSTEMD_ENVIRONMENT_GENERATOR_PATH="$state/empty" \
        /lib/systemd/systemd --system --unit=traceloop-test.target --show-status=no \
        --log-target=journal --log-level=info
