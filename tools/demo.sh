#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The main job, as a systemd story: tracing is enabled for a service, the
# service fails, and `journalctl -u` shows what it did in its last moments
# next to systemd's own "Failed with result" line; the whole trace is in a
# gzip file under /var/lib/traceloop.
#
# It runs on any machine of ours, systemd or not: the project is installed
# into a temporary DESTDIR and a real systemd runs it, as PID 1 of a private
# namespace with its own journald and system bus (tests/systemd/lib-systemd.sh),
# so nothing of the host's units, journal or /var/lib is touched. Run as root
# after tools/setup.sh. Cleans up everything it started.

set -euo pipefail
cd "$(dirname "$0")/.."
B=$PWD/build

. tests/systemd/lib-systemd.sh

WORK=$(mktemp -d /tmp/traceloop-demo.XXXXXX)
cleanup() {
        trap '' PIPE    # its own messages must not end it half way
        sd_down
        rm -rf "$WORK"
}
trap cleanup EXIT
# A signal (a closed pipe, ^C) ends the script through its EXIT trap too.
trap 'exit 129' HUP INT TERM PIPE

step() { printf '\n### %s\n' "$*"; }

sd_install "$B" "$WORK/dest"
# cat spends its last 100 syscalls loading libc and locales after bc wrote
# "42\n": keep more lines of this unit in the journal than the default 50.
mkdir -p "$WORK/dest/usr/local/etc/traceloop"
cat > "$WORK/dest/usr/local/etc/traceloop/traceloop.conf" <<'EOF'
[Unit demo.service]
JournalLines=200
EOF
sd_up "$WORK/dest"
sd_update_catalog

# bash, not sh: $RANDOM is a bash variable; $$ keeps systemd from expanding it.
cat > "$SD_STATE/etc-system/demo.service" <<'EOF'
[Unit]
Description=traceloop demo: a pipeline that fails

[Service]
Type=oneshot
PrivateTmp=yes
ExecStart=/bin/bash -c 'echo "3*7*2" | bc > /tmp/file-$$RANDOM; cat /tmp/file-$$RANDOM'
EOF
sd_run systemctl daemon-reload

step "/etc/traceloop/traceloop.conf (here under /usr/local)"
cat "$WORK/dest/usr/local/etc/traceloop/traceloop.conf"
step "traceloopctl enable demo.service"
sd_run traceloopctl enable demo.service
step "systemctl start demo.service"
sd_run systemctl start demo.service || true

# The dump is written when systemd reports the failure; wait for it.
for _ in $(seq 100); do
        sd_run journalctl -u demo.service MESSAGE_ID=a6821b31d7e04b19aa7706a35ccb53a2 -q -o cat 2>/dev/null | grep -q . && break
        sleep 0.1
done

step "journalctl -u demo.service (the traceloop lines: the write of \"42\\n\" and the failed openat)"
sd_run journalctl -u demo.service --no-pager -o short-monotonic |
        grep -E 'failed with result|execve\("/usr/bin/(bc|cat)"|"42\\n"|/tmp/file-|exit_group|Failed with result' || true

step "traceloopctl units"
sd_run traceloopctl units

step "ls -l /var/lib/traceloop; zcat of the dump, the interesting lines"
sd_run sh -c 'ls -l /var/lib/traceloop; zcat /var/lib/traceloop/demo.service_*.txt.gz' |
        grep -E '^(total|-)|^#|"42\\n"|/tmp/file-' || true

step "journalctl -xu demo.service explains the entry (catalog)"
sd_run journalctl -xu demo.service --no-pager MESSAGE_ID=a6821b31d7e04b19aa7706a35ccb53a2 | head -20
