# SPDX-License-Identifier: LGPL-2.1-or-later
# Sourced by tools/demo.sh and tools/update-interface-xml.sh: traceloopd from
# BUILDDIR on a private bus (tools/private-bus.sh), a cgroup below the cgroup2
# mount, and cleanup of all of it, by PID and path, when the script exits.
#
#   private_daemon_start BUILDDIR CGROUP-NAME [traceloopd options...]
# sets TL_DIR, TL_BUS (an address), TL_CGROOT (the cgroup2 mount) and
# TL_CGROUP (CGROUP-NAME below it, created), and defines tl_ctl.

TL_PIDS=()
TL_DIR=
TL_CGROOT=
TL_CGROUP=

private_daemon_cleanup() {
        local p
        for p in "${TL_PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
        for p in "${TL_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
        [ -n "$TL_CGROUP" ] && rmdir "$TL_CGROOT$TL_CGROUP" 2>/dev/null || true
        [ -n "$TL_DIR" ] && rm -rf "$TL_DIR"
}

private_daemon_start() {
        local builddir=$1 cgname=$2 tools
        shift 2
        tools=$(dirname "${BASH_SOURCE[0]}")

        [ "$(id -u)" = 0 ] || { echo "$0: run as root (BPF and cgroups need it)" >&2; exit 1; }
        [ -x "$builddir/src/daemon/traceloopd" ] || { echo "$0: build first: tools/setup.sh" >&2; exit 1; }

        trap private_daemon_cleanup EXIT
        trap 'exit 129' HUP INT TERM PIPE
        TL_DIR=$(mktemp -d /tmp/traceloop.XXXXXX)
        TL_CGROOT=$(awk '$9 == "cgroup2" { print $5; exit }' /proc/self/mountinfo)
        [ -n "$TL_CGROOT" ] || { echo "$0: no cgroup2 mount" >&2; exit 1; }

        "$tools/private-bus.sh" "$TL_DIR" 2>/dev/null &
        TL_PIDS+=($!)
        until [ -S "$TL_DIR/bus" ]; do sleep 0.05; done
        TL_BUS="unix:path=$TL_DIR/bus"

        "$builddir/src/daemon/traceloopd" --bus="$TL_BUS" "$@" &
        TL_PIDS+=($!)
        TL_CTL="$builddir/src/ctl/traceloopctl"
        until tl_ctl status >/dev/null 2>&1; do sleep 0.05; done

        TL_CGROUP="/$cgname-$$"
        mkdir "$TL_CGROOT$TL_CGROUP"
}

tl_ctl() {
        "$TL_CTL" --bus="$TL_BUS" "$@"
}
