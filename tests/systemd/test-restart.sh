#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# traceloopd keeps its traces across its own restart and crash: the recorder's
# maps and links, the traces' state and the stopped traces' compressed copies
# go to systemd's file descriptor store and come back. Under a real systemd
# (PID 1 of a private namespace) with the installed unit.
#
#   test-restart.sh BUILDDIR

set -euo pipefail
BUILDDIR=$(realpath "$1")
HERE=$(dirname "$(realpath "$0")")

. "$HERE/../require-recorder.sh"
. "$HERE/lib-systemd.sh"

count_in() { grep -cF -- "$1" "$2" || true; }
# syscall names of a --no-columns dump, sorted and unique
names() { sed -n 's/^\([a-z_0-9]*\)(.*/\1/p' "$1" | sort -u | tr '\n' ' '; }
syscalls_of() {
        sd_run busctl get-property org.traceloop "/org/traceloop/trace/$1" org.traceloop.Trace1 Syscalls
}

WORK=$(mktemp -d /tmp/traceloop-restart.XXXXXX)
cleanup() {
        trap '' PIPE    # its own messages must not end it half way
        sd_down
        rm -rf "$WORK"
}
trap cleanup EXIT
# A signal (a closed pipe, ^C) ends the script through its EXIT trap too.
trap 'exit 129' HUP INT TERM PIPE

recorder_progs() { sd_recorder_progs; }
progs_before=$(recorder_progs)

sd_install "$BUILDDIR" "$WORK/dest"
# Caps in all, small enough that one unit's dump and kept copy fill them.
mkdir -p "$WORK/dest/usr/local/etc/traceloop"
printf '[Retention]\nMaxDumpsSize=4K\nMaxKeptSize=4K\n' > "$WORK/dest/usr/local/etc/traceloop/traceloop.conf"
sd_up "$WORK/dest"
sd_run systemctl start traceloop.service

# A unit that keeps running through the restarts, and one that stops before them.
sd_run systemd-run --quiet --unit=tl-loop.service \
        sh -c 'while :; do cat /nonexistent/tl-loop 2>/dev/null; sleep 0.05; done'
sd_run systemd-run --quiet --unit=tl-gone.service \
        sh -c 'while :; do cat /nonexistent/tl-gone 2>/dev/null; sleep 0.05; done'
# The running one with an in-kernel syscall filter, which must come back too.
sd_run traceloopctl add --syscalls=openat,close loop "$(sd_run systemctl show -P ControlGroup tl-loop.service)" > /dev/null
sd_run traceloopctl add gone "$(sd_run systemctl show -P ControlGroup tl-gone.service)" > /dev/null
sleep 0.5
sd_run systemctl stop tl-gone.service
for _ in $(seq 100); do
        sd_run traceloopctl list | grep -qE '^2 +gone +stopped' && break
        sleep 0.1
done
sd_run traceloopctl dump gone --no-columns > "$WORK/gone-before"
gone_before=$(count_in /nonexistent/tl-gone "$WORK/gone-before")
[ "$gone_before" -gt 0 ] && ok "the stopped trace holds $gone_before calls before the restart" ||
        not_ok "the stopped trace holds calls before the restart"
sd_run traceloopctl dump loop --no-columns > "$WORK/loop-before"
loop_before=$(count_in /nonexistent/tl-loop "$WORK/loop-before")
# Each cat exits with 1 and sh is sent a SIGCHLD: the exit and signal programs record too.
exits_before=$(count_in '+++ exited with 1 +++' "$WORK/loop-before")
sigchld_before=$(count_in '--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED' "$WORK/loop-before")
[ "$exits_before" -gt 0 ] && [ "$sigchld_before" -gt 0 ] &&
        ok "the running trace has exits ($exits_before) and SIGCHLDs ($sigchld_before)" ||
        not_ok "the running trace has exits ($exits_before) and SIGCHLDs ($sigchld_before)"
expect_eq "$(names "$WORK/loop-before")" "close openat " "the filtered trace holds openat and close only"

# --- systemctl restart: SIGTERM, a new traceloopd ---
pid1=$(sd_run systemctl show -P MainPID traceloop.service)
sd_run systemctl restart traceloop.service
pid2=$(sd_run systemctl show -P MainPID traceloop.service)
[ "$pid1" != "$pid2" ] && ok "systemctl restart runs a new traceloopd ($pid1, now $pid2)" ||
        not_ok "systemctl restart runs a new traceloopd"
sd_run traceloopctl list > "$WORK/list-restart"
if grep -qE '^1 +loop +recording' "$WORK/list-restart" && grep -qE '^2 +gone +stopped' "$WORK/list-restart"; then
        ok "after a restart both traces are there, with their ids and states"
else
        not_ok "after a restart both traces are there, with their ids and states:"; sed 's/^/    /' "$WORK/list-restart"
fi
sd_run traceloopctl dump gone --no-columns > "$WORK/gone-after"
expect_eq "$(count_in /nonexistent/tl-gone "$WORK/gone-after")" "$gone_before" \
        "the stopped trace recorded before the restart dumps the same calls after it"
sleep 0.3
sd_run traceloopctl dump loop --no-columns > "$WORK/loop-after"
loop_after=$(count_in /nonexistent/tl-loop "$WORK/loop-after")
[ "$loop_after" -gt "$loop_before" ] && ok "the running trace kept recording across the restart ($loop_before, then $loop_after calls)" ||
        not_ok "the running trace kept recording across the restart ($loop_before, then $loop_after calls)"
exits_after=$(count_in '+++ exited with 1 +++' "$WORK/loop-after")
sigchld_after=$(count_in '--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED' "$WORK/loop-after")
[ "$exits_after" -gt "$exits_before" ] && [ "$sigchld_after" -gt "$sigchld_before" ] &&
        ok "exits and signals kept being recorded across the restart ($exits_after, $sigchld_after)" ||
        not_ok "exits and signals kept being recorded across the restart ($exits_before, then $exits_after; $sigchld_before, then $sigchld_after)"
expect_eq "$(recorder_progs)" "$((progs_before + 4))" "one set of programs attached after the restart, not two"
expect_eq "$(syscalls_of 1)" 's "close,openat"' "the syscall filter is kept across the restart"
expect_eq "$(names "$WORK/loop-after")" "close openat " "and still filters in the kernel"

# --- a crash: SIGSEGV, Restart=on-failure ---
sd_run systemctl kill -s SEGV traceloop.service
for _ in $(seq 100); do
        pid3=$(sd_run systemctl show -P MainPID traceloop.service)
        [ "$pid3" != 0 ] && [ "$pid3" != "$pid2" ] && sd_run traceloopctl list > /dev/null 2>&1 && break
        sleep 0.1
done
expect_eq "$(sd_run systemctl show -P NRestarts traceloop.service)" 1 "a crashed traceloopd is restarted by systemd"
sd_run traceloopctl dump gone --no-columns > "$WORK/gone-crash"
expect_eq "$(count_in /nonexistent/tl-gone "$WORK/gone-crash")" "$gone_before" \
        "the stopped trace survives a crash of traceloopd"
sd_run traceloopctl dump loop --no-columns > "$WORK/loop-crash"
loop_crash=$(count_in /nonexistent/tl-loop "$WORK/loop-crash")
[ "$loop_crash" -ge "$loop_after" ] && ok "the running trace survives a crash ($loop_crash calls)" ||
        not_ok "the running trace survives a crash ($loop_crash calls, had $loop_after)"

expect_eq "$(recorder_progs)" "$((progs_before + 4))" "one set of programs attached after the crash"
expect_eq "$(syscalls_of 1)" 's "close,openat"' "the syscall filter is kept across a crash"
# The new traceloopd changes the set of the programs it took back.
sd_run traceloopctl set-syscalls loop openat,exit_group
sleep 0.5
sd_run traceloopctl dump loop --no-columns > "$WORK/loop-set"
expect_eq "$(names "$WORK/loop-set")" "close exit_group openat " "set-syscalls after the crash reaches the kept programs"

# A trace added now gets a new id: the counter came back too.
sd_run systemd-run --quiet --unit=tl-new.service sleep 30
expect_eq "$(sd_run traceloopctl add new "$(sd_run systemctl show -P ControlGroup tl-new.service)")" 3 \
        "ids go on where they were"
sd_run traceloopctl close gone
sd_run systemctl restart traceloop.service
sd_run traceloopctl list > "$WORK/list-closed"
if grep -qE ' gone ' "$WORK/list-closed"; then not_ok "a closed trace stays closed after a restart"; else ok "a closed trace stays closed after a restart"; fi

# --- the caps in all: MaxDumpsSize= and MaxKeptSize= ---
for u in tl-cap-1 tl-cap-2; do
        printf '[Service]\nExecStart=/bin/sh -c "cat /nonexistent/%s; exit 1"\n' "$u" > "$SD_STATE/etc-system/$u.service"
done
sd_run systemctl daemon-reload
sd_run traceloopctl enable tl-cap-1.service tl-cap-2.service > /dev/null
dumps() { sd_run sh -c 'ls /var/lib/traceloop 2>/dev/null' | grep -c "^$1\.service_" || true; }
sd_run systemctl start tl-cap-1.service || true
for _ in $(seq 100); do [ "$(dumps tl-cap-1)" = 1 ] && break; sleep 0.1; done
sd_run systemctl start tl-cap-2.service || true
for _ in $(seq 100); do [ "$(dumps tl-cap-2)" = 1 ] && break; sleep 0.1; done
expect_eq "$(dumps tl-cap-1)/$(dumps tl-cap-2)" 0/1 "MaxDumpsSize=4K: the older unit's dump file went, the newest stays"
sd_run traceloopctl units > "$WORK/units-cap"
if grep -q "^tl-cap-2.service " "$WORK/units-cap" && ! grep -q "^tl-cap-1.service " "$WORK/units-cap"; then
        ok "MaxKeptSize=4K: the older stopped trace was dropped, the newest kept"
else
        not_ok "MaxKeptSize=4K: the older stopped trace was dropped, the newest kept:"; sed 's/^/    /' "$WORK/units-cap"
fi

# A stop is a stop: systemd drops the store, the programs go.
sd_run systemctl stop traceloop.service tl-loop.service tl-new.service
for _ in $(seq 50); do [ "$(recorder_progs)" = "$progs_before" ] && break; sleep 0.1; done
expect_eq "$(recorder_progs)" "$progs_before" "after systemctl stop no program of ours is attached"
sd_run systemctl start traceloop.service
expect_eq "$(sd_run traceloopctl list | grep -c recording || true)" 0 "a start after a stop begins with no traces"
sd_run systemctl stop traceloop.service

echo "$CHECKS checks, $FAILURES failed"
[ "$FAILURES" = 0 ]
