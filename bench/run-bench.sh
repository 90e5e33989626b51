#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# run-bench.sh BUILDDIR [ROUNDS] [ITERATIONS]
#
# Syscall overhead of traceloop against no tracer, the "floor" (empty BPF
# programs on sys_enter/sys_exit), strace and perf trace.  Configurations are
# run round-robin: every round runs every configuration once per workload
# KIND, so slow drift of the machine (thermal, noisy neighbours, frequency)
# hits all configurations alike.  Each workload process runs in a fresh
# cgroup v2 of its own.  See bench/README.md.
#
# Environment knobs (defaults in brackets):
#   KINDS         workloads [getppid write64 openclose read4k]
#   CONFIGS       configurations [none floor untraced traced precise strace perf]
#                 (also: filtered, selected: traced with an in-kernel syscall filter
#                 that leaves the workload's syscalls out, or keeps them all)
#   CAPTURE_SIZE  traceloopd --capture-size [128]
#   TRACELOOPD_ARGS more traceloopd options, e.g. "--pool-size=16M" []
#   PIN_CPU       CPU the workload is pinned to, or "no" [last CPU]
#   SLOW_DIV      strace/perf run ITERATIONS/SLOW_DIV iterations [10]
#   SYSBENCH      run the sysbench fileio seqrd comparison: auto|no [auto]
#   SYSBENCH_TIME seconds per sysbench run [5]
#   SYSBENCH_SIZE sysbench --file-total-size [256M]
#   MEMORY        measure traceloopd map memory with 1 and 10 traces: 1|0 [1]
#   RESULTS       raw results file [BUILDDIR/bench-results.txt]

set -u
set -o pipefail

usage() {
        echo "usage: $0 BUILDDIR [ROUNDS] [ITERATIONS]" >&2
        exit 2
}

[ $# -ge 1 ] && [ $# -le 3 ] || usage
BUILDDIR=$(cd "$1" 2>/dev/null && pwd) || { echo "no such build dir: $1" >&2; exit 2; }
ROUNDS=${2:-5}
ITERATIONS=${3:-1000000}
case "$ROUNDS$ITERATIONS" in *[!0-9]*) usage ;; esac
[ "$ROUNDS" -ge 1 ] && [ "$ITERATIONS" -ge 1 ] || usage

KINDS=${KINDS:-"getppid write64 openclose read4k"}
CONFIGS=${CONFIGS:-"none floor untraced traced precise strace perf"}
CAPTURE_SIZE=${CAPTURE_SIZE:-128}
TRACELOOPD_ARGS=${TRACELOOPD_ARGS:-}
PIN_CPU=${PIN_CPU:-$(( $(nproc) - 1 ))}
SLOW_DIV=${SLOW_DIV:-10}
SYSBENCH=${SYSBENCH:-auto}
SYSBENCH_TIME=${SYSBENCH_TIME:-5}
SYSBENCH_SIZE=${SYSBENCH_SIZE:-256M}
SYSBENCH_CONFS="none traced precise strace"
MEMORY=${MEMORY:-1}
RESULTS=${RESULTS:-$BUILDDIR/bench-results.txt}

STORM=$BUILDDIR/bench/syscall-storm
FLOOR_LOADER=$BUILDDIR/bench/floor-loader
FLOOR_O=$BUILDDIR/bench/floor.bpf.o
TRACELOOPD=$BUILDDIR/src/daemon/traceloopd
TRACELOOPCTL=$BUILDDIR/src/ctl/traceloopctl

log() { echo "run-bench: $*" >&2; }
die() { log "$*"; exit 1; }

[ "$(id -u)" = 0 ] || die "needs root (BPF programs, cgroups)"
[ -x "$STORM" ] || die "$STORM not built (ninja -C $BUILDDIR)"

# ---------------------------------------------------------------- cgroups

# The cgroup2 mount point: /sys/fs/cgroup on unified hosts,
# /sys/fs/cgroup/unified on hybrid ones.  Field 5 is the mount point, the
# file system type follows the " - " separator.
CGMNT=$(awk '{ for (i = 7; i <= NF; i++) if ($i == "-") { if ($(i + 1) == "cgroup2") { print $5; exit } break } }' /proc/self/mountinfo)
[ -n "$CGMNT" ] && [ -d "$CGMNT" ] || die "no cgroup2 mount in /proc/self/mountinfo"

CGREL=/traceloop-bench/run-$$          # relative to the cgroup2 mount
CGRUN=$CGMNT$CGREL
mkdir -p "$CGRUN" || die "cannot create $CGRUN"

# Kill whatever is left in a cgroup (only our own cgroups) and remove it.
cg_remove() {
        local cg=$1 i pid
        [ -d "$cg" ] || return 0
        for i in $(seq 1 50); do
                rmdir "$cg" 2>/dev/null && return 0
                [ -d "$cg" ] || return 0
                # (cgroupfs files have size 0: test the content, not -s)
                if [ -n "$(cat "$cg/cgroup.procs" 2>/dev/null)" ]; then
                        if [ -e "$cg/cgroup.kill" ]; then
                                echo 1 > "$cg/cgroup.kill" 2>/dev/null
                        else
                                while read -r pid; do kill -KILL "$pid" 2>/dev/null; done < "$cg/cgroup.procs"
                        fi
                fi
                sleep 0.1
        done
        log "warning: could not remove cgroup $cg"
        return 1
}

# cg_exec CGROUP CMD...: run CMD inside CGROUP (the wrapper moves itself in,
# then execs CMD, so CMD and everything it forks start in the cgroup).
# Called in the background (cg_exec ... &): the exec makes $! the PID of the
# command itself rather than of a subshell.
cg_exec() {
        local cg=$1; shift
        exec sh -c 'echo $$ > "$1/cgroup.procs" || exit 111; shift; exec "$@"' sh "$cg" "$@"
}

# --------------------------------------------------------- our processes

WORK=$(mktemp -d /tmp/traceloop-bench.XXXXXX) || die "mktemp failed"
FLOOR_PID='' DAEMON_PID='' BUS_PID='' SLEEPER_PID='' WL_PID=''
BUS_ADDR=
SRCDIR=$(cd "$(dirname "$0")/.." && pwd)

# stop_pid PID: TERM, wait up to 10 s, then KILL.  Only ever called with
# PIDs of processes this script started.
stop_pid() {
        local pid=$1 i
        [ -n "$pid" ] || return 0
        kill -TERM "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
        for i in $(seq 1 100); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        return 0
}

cleanup() {
        local rc=$?
        trap - EXIT INT TERM
        stop_pid "$WL_PID"
        stop_pid "$FLOOR_PID"
        stop_pid "$DAEMON_PID"
        stop_pid "$SLEEPER_PID"
        stop_pid "$BUS_PID"
        if [ -d "$CGRUN" ]; then
                local cg
                for cg in "$CGRUN"/*/; do
                        [ -d "$cg" ] && cg_remove "${cg%/}"
                done
                cg_remove "$CGRUN"
                rmdir "$CGMNT/traceloop-bench" 2>/dev/null    # if no other run uses it
        fi
        rm -rf "$WORK"
        exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

# --------------------------------------------------------------- floor

floor_start() {
        "$FLOOR_LOADER" "$FLOOR_O" > "$WORK/floor.out" 2>&1 &
        FLOOR_PID=$!
        local i
        for i in $(seq 1 100); do
                grep -q '^ready' "$WORK/floor.out" 2>/dev/null && return 0
                kill -0 "$FLOOR_PID" 2>/dev/null || break
                sleep 0.1
        done
        log "floor-loader did not get ready:"; cat "$WORK/floor.out" >&2
        stop_pid "$FLOOR_PID"; FLOOR_PID=
        return 1
}

floor_stop() {
        stop_pid "$FLOOR_PID"; FLOOR_PID=
        sleep 0.5       # links/programs are released asynchronously
}

# ------------------------------------------------------ bus and daemon

bus_start() {
        [ -n "$BUS_PID" ] && return 0
        command -v dbus-daemon > /dev/null || { log "dbus-daemon not installed"; return 1; }
        "$SRCDIR/tools/private-bus.sh" "$WORK" 2> "$WORK/bus.log" &
        BUS_PID=$!
        local i
        for i in $(seq 1 100); do
                if [ -S "$WORK/bus" ]; then
                        BUS_ADDR="unix:path=$WORK/bus"
                        return 0
                fi
                kill -0 "$BUS_PID" 2>/dev/null || break
                sleep 0.1
        done
        log "dbus-daemon did not start:"; cat "$WORK/bus.log" >&2
        stop_pid "$BUS_PID"; BUS_PID=
        return 1
}

ctl() {
        "$TRACELOOPCTL" --bus="$BUS_ADDR" "$@"
}

daemon_start() {
        bus_start || return 1
        # shellcheck disable=SC2086 # TRACELOOPD_ARGS is a list of options
        "$TRACELOOPD" --bus="$BUS_ADDR" --capture-size="$CAPTURE_SIZE" $TRACELOOPD_ARGS >> "$WORK/traceloopd.log" 2>&1 &
        DAEMON_PID=$!
        local i
        for i in $(seq 1 300); do
                ctl status > /dev/null 2>&1 && return 0
                kill -0 "$DAEMON_PID" 2>/dev/null || break
                sleep 0.1
        done
        log "traceloopd did not get ready (traceloopctl status never succeeded):"
        tail -n 20 "$WORK/traceloopd.log" >&2
        stop_pid "$DAEMON_PID"; DAEMON_PID=
        return 1
}

daemon_stop() {
        stop_pid "$DAEMON_PID"; DAEMON_PID=
        sleep 0.5
}

# trace_add NAME CGROUP_DIR [traceloopctl add options] (CGROUP_DIR: full path under the mount)
trace_add() {
        local name=$1 dir=$2; shift 2
        ctl add "$@" "$name" "${dir#"$CGMNT"}" > /dev/null 2>> "$WORK/ctl.err" && return 0
        ctl close "$name" > /dev/null 2>&1      # stale name from an earlier start?
        ctl add "$@" "$name" "${dir#"$CGMNT"}" > /dev/null 2>> "$WORK/ctl.err" && return 0
        log "traceloopctl add $1 ${2#"$CGMNT"} failed:"; tail -n 3 "$WORK/ctl.err" >&2
        return 1
}

trace_close() {
        ctl close "$1" > /dev/null 2>> "$WORK/ctl.err"
}

# The cgroup with a sleeping process that the "untraced" configuration
# traces (so that traces are active, but not on the workload).
sleeper_start() {
        [ -n "$SLEEPER_PID" ] && return 0
        mkdir -p "$CGRUN/other"
        cg_exec "$CGRUN/other" sleep infinity < /dev/null > /dev/null 2>&1 &
        SLEEPER_PID=$!
}

# ---------------------------------------------------------- availability

in_list() { case " $2 " in *" $1 "*) return 0 ;; esac; return 1; }

declare -A AVAIL=() WHY=()
for c in $CONFIGS; do
        case $c in
        none) AVAIL[$c]=1 ;;
        floor)
                if [ -x "$FLOOR_LOADER" ] && [ -f "$FLOOR_O" ]; then AVAIL[$c]=1
                else AVAIL[$c]=0 WHY[$c]="floor-loader/floor.bpf.o not built (needs clang)"; fi ;;
        traced|untraced|precise|filtered|selected)
                if [ -x "$TRACELOOPD" ] && [ -x "$TRACELOOPCTL" ]; then AVAIL[$c]=1
                else AVAIL[$c]=0 WHY[$c]="$TRACELOOPD or $TRACELOOPCTL does not exist yet"; fi ;;
        strace)
                if strace -f -o /dev/null -- true > /dev/null 2>&1; then AVAIL[$c]=1
                else AVAIL[$c]=0 WHY[$c]="strace missing or not working"; fi ;;
        perf)
                if perf trace -o /dev/null -- true > /dev/null 2>&1; then AVAIL[$c]=1
                else AVAIL[$c]=0 WHY[$c]="perf trace missing or not working here"; fi ;;
        *) die "unknown configuration $c (none floor untraced traced precise filtered selected strace perf)" ;;
        esac
done
for c in $CONFIGS; do
        [ "${AVAIL[$c]}" = 1 ] || log "skipping configuration '$c': ${WHY[$c]}"
done

# traceloopd is started once per round (phase 2) and once for the memory
# measurement; a round whose start fails skips traced/untraced.
DAEMON_OK=0
if { in_list traced "$CONFIGS" && [ "${AVAIL[traced]}" = 1 ]; } ||
   { in_list precise "$CONFIGS" && [ "${AVAIL[precise]}" = 1 ]; } ||
   { in_list filtered "$CONFIGS" && [ "${AVAIL[filtered]}" = 1 ]; } ||
   { in_list selected "$CONFIGS" && [ "${AVAIL[selected]}" = 1 ]; } ||
   { in_list untraced "$CONFIGS" && [ "${AVAIL[untraced]}" = 1 ]; }; then
        DAEMON_OK=1
fi

BENCH_KINDS=$KINDS
SBDIR=
if [ "$SYSBENCH" != no ] && command -v sysbench > /dev/null; then
        SBDIR=$WORK/sysbench
        mkdir -p "$SBDIR"
        log "sysbench fileio prepare ($SYSBENCH_SIZE)"
        if (cd "$SBDIR" && sysbench fileio --file-total-size="$SYSBENCH_SIZE" prepare > "$WORK/sysbench-prepare.log" 2>&1); then
                # read everything once so seqrd reads from the page cache
                cat "$SBDIR"/test_file.* > /dev/null
                BENCH_KINDS="$KINDS sysbench"
        else
                log "sysbench prepare failed, skipping sysbench"; SBDIR=
        fi
elif [ "$SYSBENCH" != no ]; then
        log "sysbench not installed: skipping the sysbench comparison"
fi

# Programs someone else attached to the syscall tracepoints (another
# traceloopd, a forgotten floor-loader) tax every configuration: warn.
FOREIGN=""
if command -v bpftool > /dev/null; then
        FOREIGN=$(bpftool prog show 2>/dev/null | awk '/^[0-9]+: (tracing|raw_tracepoint|tracepoint|kprobe)/ { for (i = 3; i < NF; i++) if ($i == "name") { id = $1; sub(":", "", id); printf "%s%s(id %s)", sep, $(i + 1), id }; sep = " " }')
        [ -z "$FOREIGN" ] || log "WARNING: BPF tracing programs already loaded, they may tax every configuration: $FOREIGN"
fi

# ------------------------------------------------------------ one run

PIN=()
[ "$PIN_CPU" != no ] && PIN=(taskset -c "$PIN_CPU")

# run_one CONF KIND ROUND: one workload process in a fresh cgroup; appends
# "CONF KIND ROUND VALUE" to the results (VALUE: ns/syscall, or MiB/s for
# sysbench; "fail" if the run failed).
run_one() {
        local conf=$1 kind=$2 round=$3
        local cg=$CGRUN/$conf-$kind-$round name=bench-$kind-$round iter=$ITERATIONS
        local cmd value="" rc
        mkdir "$cg" || return 1

        if { [ "$conf" = traced ] && ! trace_add "$name" "$cg"; } ||
           { [ "$conf" = precise ] && ! trace_add "$name" "$cg" --timestamps=precise; } ||
           { [ "$conf" = filtered ] && ! trace_add "$name" "$cg" --syscalls=execve; } ||
           { [ "$conf" = selected ] && ! trace_add "$name" "$cg" --syscalls=execve,getppid,write,openat,close,pread64; }; then
                echo "$conf $kind $round fail" >> "$RESULTS"
                cg_remove "$cg"
                return 1
        fi

        case $conf in strace|perf) iter=$(( ITERATIONS / SLOW_DIV )); [ "$iter" -ge 1 ] || iter=1 ;; esac
        if [ "$kind" = sysbench ]; then
                cmd=("${PIN[@]}" sysbench fileio --file-total-size="$SYSBENCH_SIZE"
                     --file-test-mode=seqrd --file-io-mode=sync --threads=1
                     --time="$SYSBENCH_TIME" --events=0 run)
        else
                cmd=("${PIN[@]}" "$STORM" "$kind" "$iter")
        fi
        case $conf in
        strace) cmd=(strace -f -o /dev/null -- "${cmd[@]}") ;;
        perf)   cmd=(perf trace -o /dev/null -- "${cmd[@]}") ;;
        esac

        if [ "$kind" = sysbench ]; then
                (cd "$SBDIR" && exec sh -c 'echo $$ > "$1/cgroup.procs" || exit 111; shift; exec "$@"' \
                        sh "$cg" "${cmd[@]}") > "$WORK/out" 2>> "$WORK/workload.err" &
        else
                cg_exec "$cg" "${cmd[@]}" > "$WORK/out" 2>> "$WORK/workload.err" &
        fi
        WL_PID=$!
        wait "$WL_PID"; rc=$?
        WL_PID=

        if [ $rc -eq 0 ]; then
                if [ "$kind" = sysbench ]; then
                        value=$(awk '/read, MiB\/s:/ { print $3 }' "$WORK/out")
                else
                        value=$(awk '$3 == "ns/syscall" { print $2 }' "$WORK/out")
                fi
        fi
        if [ -z "$value" ]; then
                log "run $conf/$kind/$round failed (exit $rc)"; tail -n 3 "$WORK/workload.err" >&2
                value=fail
        fi
        echo "$conf $kind $round $value" >> "$RESULTS"
        printf '  %-9s %-9s %s\n' "$conf" "$kind" "$value" >&2

        case $conf in traced|precise|filtered|selected) trace_close "$name" ;; esac
        cg_remove "$cg"
}

# rotate LIST N: LIST rotated left by N (different order every round)
rotate() {
        local -a a out=(); local n i
        read -r -a a <<< "$1"; n=${#a[@]}
        [ "$n" -gt 0 ] || return 0
        for ((i = 0; i < n; i++)); do out+=("${a[(i + $2) % n]}"); done
        echo "${out[*]}"
}

run_phase() {           # run_phase ROUND "CONFS"
        local round=$1 confs=$2 kind conf
        for kind in $BENCH_KINDS; do
                for conf in $confs; do
                        if [ "$kind" = sysbench ] && ! in_list "$conf" "$SYSBENCH_CONFS"; then continue; fi
                        if [ "$conf" = floor ]; then
                                floor_start || { echo "floor $kind $round fail" >> "$RESULTS"; continue; }
                                run_one "$conf" "$kind" "$round"
                                floor_stop
                        else
                                run_one "$conf" "$kind" "$round"
                        fi
                done
        done
}

# ---------------------------------------------------------- the rounds

: > "$RESULTS"
NODAEMON_CONFS="" DAEMON_CONFS=""
for c in $CONFIGS; do
        [ "${AVAIL[$c]}" = 1 ] || continue
        case $c in
        traced|untraced|precise|filtered|selected) DAEMON_CONFS="$DAEMON_CONFS $c" ;;
        *) NODAEMON_CONFS="$NODAEMON_CONFS $c" ;;
        esac
done
[ -n "$DAEMON_CONFS" ] && sleeper_start

log "cgroup2 at $CGMNT, cgroups under $CGRUN, workload pinned to CPU ${PIN_CPU}"
log "$ROUNDS rounds x $ITERATIONS iterations (strace/perf: $(( ITERATIONS / SLOW_DIV ))), kinds: $BENCH_KINDS"

daemon_phase() {
        local round=$1
        [ -n "$DAEMON_CONFS" ] && [ "$DAEMON_OK" = 1 ] || return 0
        if ! daemon_start; then
                log "skipping traced/untraced in round $round"
                return 0
        fi
        if trace_add bench-other "$CGRUN/other"; then
                run_phase "$round" "$(rotate "$DAEMON_CONFS" "$round")"
                trace_close bench-other
        fi
        daemon_stop
}

for round in $(seq 1 "$ROUNDS"); do
        log "round $round/$ROUNDS"
        # alternate which phase goes first, rotate the order inside phases
        if [ $((round % 2)) = 1 ]; then
                run_phase "$round" "$(rotate "$NODAEMON_CONFS" "$round")"
                daemon_phase "$round"
        else
                daemon_phase "$round"
                run_phase "$round" "$(rotate "$NODAEMON_CONFS" "$round")"
        fi
done

# ------------------------------------------------------- map memory

# maps_snapshot FILE: "id type name max_entries bytes pids" per BPF map
maps_snapshot() {
        bpftool map show 2>/dev/null | awk '
                function flush() { if (id != "") print id, type, (name == "" ? "-" : name), ent, mem, (pids == "" ? "-" : pids) }
                /^[0-9]+:/ { flush(); id = $1; sub(":", "", id); type = $2; name = ""; ent = "-"; mem = 0; pids = ""
                             for (i = 3; i < NF; i++) if ($i == "name") name = $(i + 1)
                             next }
                { for (i = 1; i < NF; i++) {
                        if ($i == "memlock") { mem = $(i + 1); sub("B$", "", mem) }
                        if ($i == "max_entries") ent = $(i + 1)
                  }
                  if ($1 == "pids") { p = $0; sub(/^[ \t]*pids /, "", p); gsub(/ /, "", p); pids = p } }
                END { flush() }' > "$1"
}

# maps_of_daemon BASELINE: maps created since BASELINE and not owned by
# another process (maps only referenced by programs or outer maps have no
# owner listed and are counted).
maps_of_daemon() {
        maps_snapshot "$WORK/maps.now"
        awk -v pid="$DAEMON_PID" -v base="$1" 'FILENAME == base { old[$1] = 1; next }
                !($1 in old) && ($6 == "-" || index($6, "(" pid ")") > 0)' "$1" "$WORK/maps.now"
}

MEM_REPORT=""
if [ "$MEMORY" = 1 ] && [ -n "$DAEMON_CONFS" ] && [ "$DAEMON_OK" = 1 ] && command -v bpftool > /dev/null; then
        log "map memory with 1 and 10 traces"
        maps_snapshot "$WORK/maps.base"
        if daemon_start; then
                for i in $(seq 1 10); do mkdir -p "$CGRUN/mem-$i"; done
                ok=1
                trace_add bench-mem-1 "$CGRUN/mem-1" || ok=0
                sleep 0.5
                maps_of_daemon "$WORK/maps.base" > "$WORK/maps.1"
                for i in $(seq 2 10); do trace_add "bench-mem-$i" "$CGRUN/mem-$i" || ok=0; done
                sleep 0.5
                maps_of_daemon "$WORK/maps.base" > "$WORK/maps.10"
                { echo "# 1 trace"; cat "$WORK/maps.1"; echo "# 10 traces"; cat "$WORK/maps.10"
                  echo "# all maps"; maps_snapshot /dev/stdout; } > "$RESULTS.maps"
                for i in $(seq 1 10); do trace_close "bench-mem-$i"; done
                daemon_stop
                for i in $(seq 1 10); do cg_remove "$CGRUN/mem-$i"; done
                if [ $ok = 1 ]; then
                        m1=$(awk '{ s += $5 } END { print s + 0 }' "$WORK/maps.1")
                        m10=$(awk '{ s += $5 } END { print s + 0 }' "$WORK/maps.10")
                        n1=$(wc -l < "$WORK/maps.1"); n10=$(wc -l < "$WORK/maps.10")
                        MEM_REPORT=$(
                                echo "traceloopd BPF map memory (memlock bytes, $(nproc) CPUs, capture size $CAPTURE_SIZE):"
                                printf '  1 trace:   %4d maps %12d bytes (%.1f MiB)\n' "$n1" "$m1" "$(awk -v b="$m1" 'BEGIN { print b / 1048576 }')"
                                printf '  10 traces: %4d maps %12d bytes (%.1f MiB)\n' "$n10" "$m10" "$(awk -v b="$m10" 'BEGIN { print b / 1048576 }')"
                                awk -v a="$m1" -v b="$m10" 'BEGIN { p = (b - a) / 9; printf "  per trace: %d bytes (%.1f KiB), fixed: %d bytes\n", p, p / 1024, a - p
                                        if (p == 0) print "  (no map grows with the traces: buffers come out of memory allocated up front, e.g. a pool)" }'
                                echo "  maps with 10 traces (id type name max_entries bytes):"
                                awk '{ printf "    %-6s %-22s %-18s %-8s %s\n", $1, $2, $3, $4, $5 }' "$WORK/maps.10"
                                if grep -q percpu "$WORK/maps.10"; then
                                        echo "  NOTE: per-CPU maps present: their size grows with the CPU count"
                                fi
                        )
                else
                        MEM_REPORT="traceloopd map memory: adding traces failed, see above"
                fi
        else
                MEM_REPORT="traceloopd map memory: daemon did not start"
        fi
fi

# ------------------------------------------------------------ report

report() {
        awk -v kinds="$KINDS" -v confs="$CONFIGS" -v rounds="$ROUNDS" '
        function median(key,    n, i, j, t, a) {
                n = cnt[key]
                for (i = 1; i <= n; i++) a[i] = v[key, i]
                for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
                lo[key] = a[1]; hi[key] = a[n]
                return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        $4 != "fail" { k = $1 SUBSEP $2; v[k, ++cnt[k]] = $4 }
        END {
                nk = split(kinds, K); nc = split(confs, C)
                printf "\nns per syscall, median of %d rounds (min..max), added cost over none:\n\n", rounds
                printf "%-10s %-9s %10s %21s %10s %9s\n", "kind", "config", "median", "min..max", "+ns", "x none"
                for (i = 1; i <= nk; i++) {
                        kd = K[i]
                        for (j = 1; j <= nc; j++) { k = C[j] SUBSEP kd; if (cnt[k]) m[C[j], kd] = median(k) }
                        base = ((("none", kd) in m) ? m["none", kd] : "")
                        for (j = 1; j <= nc; j++) {
                                c = C[j]; k = c SUBSEP kd
                                if (!cnt[k]) { printf "%-10s %-9s %10s\n", kd, c, "n/a"; continue }
                                range = sprintf("%.1f..%.1f", lo[k], hi[k])
                                if (base != "" && c != "none")
                                        printf "%-10s %-9s %10.1f %21s %+10.1f %8.2fx\n", kd, c, m[c, kd], range, m[c, kd] - base, m[c, kd] / base
                                else
                                        printf "%-10s %-9s %10.1f %21s %10s %9s\n", kd, c, m[c, kd], range, "", ""
                        }
                        print ""
                }
                printf "ratios (targets: traced/floor <= 2.0, untraced/floor <= 1.3):\n\n"
                printf "%-10s %15s %17s %15s %12s %12s\n", "kind", "traced/floor", "untraced/floor", "precise/floor", "strace/none", "perf/none"
                for (i = 1; i <= nk; i++) {
                        kd = K[i]
                        b = ((("none", kd) in m) ? m["none", kd] : "")
                        f = ((b != "" && ("floor", kd) in m) ? m["floor", kd] - b : "")
                        r1 = r2 = r3 = r4 = r5 = "n/a"
                        if (f != "" && f > 0 && ("traced", kd) in m) r1 = sprintf("%.2f", (m["traced", kd] - b) / f)
                        if (f != "" && f > 0 && ("untraced", kd) in m) r2 = sprintf("%.2f", (m["untraced", kd] - b) / f)
                        if (f != "" && f > 0 && ("precise", kd) in m) r5 = sprintf("%.2f", (m["precise", kd] - b) / f)
                        if (b != "" && ("strace", kd) in m) r3 = sprintf("%.1fx", m["strace", kd] / b)
                        if (b != "" && ("perf", kd) in m) r4 = sprintf("%.1fx", m["perf", kd] / b)
                        if (f != "" && f <= 0) r1 = r2 = r5 = "floor<=0"
                        printf "%-10s %15s %17s %15s %12s %12s\n", kd, r1, r2, r5, r3, r4
                }
                if (cnt["none" SUBSEP "sysbench"]) {
                        b = median("none" SUBSEP "sysbench")
                        printf "\nsysbench fileio seqrd, sync I/O, 1 thread (MiB/s, median; share of none kept):\n\n"
                        for (j = 1; j <= nc; j++) {
                                k = C[j] SUBSEP "sysbench"
                                if (!cnt[k]) continue
                                x = median(k)
                                printf "  %-9s %10.1f MiB/s %7.1f%%\n", C[j], x, 100 * x / b
                        }
                }
        }' "$RESULTS"
}

{
        echo "traceloop bench: $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -r), $(nproc) CPUs, $ROUNDS rounds, $ITERATIONS iterations, capture size $CAPTURE_SIZE, pinned to CPU $PIN_CPU"
        report
        for c in $CONFIGS; do
                [ "${AVAIL[$c]}" = 1 ] || echo "n/a: $c: ${WHY[$c]}"
        done
        [ -z "$FOREIGN" ] || echo "WARNING: BPF tracing programs were loaded before the run (results may be taxed): $FOREIGN"
        fails=$(awk '$4 == "fail"' "$RESULTS" | wc -l)
        [ "$fails" = 0 ] || echo "WARNING: $fails runs failed (see $RESULTS)"
        [ -n "$MEM_REPORT" ] && { echo; echo "$MEM_REPORT"; }
} | tee "$RESULTS.summary"
log "raw results: $RESULTS, summary: $RESULTS.summary"
