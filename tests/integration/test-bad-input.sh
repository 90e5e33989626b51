#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Bad arguments get named D-Bus errors; callers other than root are refused by
# the daemon itself; the daemon survives all of it.

. "$(dirname "$0")/lib.sh"

start_bus
# Small limits, so that "too many" and "no room" are reachable.
start_daemon --max-traces=3 --pool-size=1M --buffer-size=400K

cg=$(new_cgroup ok)

expect_error() { # NAME DESC METHOD ARGS...
        local name=$1 desc=$2; shift 2
        local out
        out=$(call "$@" || true)
        if printf '%s\n' "$out" | grep -q "^Error $name: "; then
                ok "$desc ($(printf '%s' "$out" | head -1 | cut -c1-100))"
        else
                not_ok "$desc: want $name, got: $out"
        fi
}

long=$(printf 'x%.0s' $(seq 321))   # TRACE_NAME_MAX is 320
expect_error org.traceloop.InvalidName "empty name" AddCgroup string: "string:$cg"
expect_error org.traceloop.InvalidName "name too long" AddCgroup "string:$long" "string:$cg"
expect_error org.traceloop.InvalidName "name with a slash" AddCgroup string:a/b "string:$cg"
expect_error org.traceloop.NoSuchCgroup "nonexistent cgroup" AddCgroup string:n "string:$CGBASE/does-not-exist"
expect_error org.traceloop.InvalidCgroup "relative path" AddCgroup string:n string:relative/path
expect_error org.traceloop.InvalidCgroup "empty cgroup" AddCgroup string:n string:
expect_error org.traceloop.InvalidCgroup ".. trick" AddCgroup string:n "string:$cg/../../.."
expect_error org.traceloop.InvalidCgroup ". component" AddCgroup string:n "string:$cg/."
expect_error org.traceloop.InvalidCgroup "root cgroup refused" AddCgroup string:n string:/
expect_error org.traceloop.InvalidCgroup "a file, not a cgroup" AddCgroup string:n "string:$cg/cgroup.procs"
# Paths outside the cgroup2 mount are taken as relative to it, as systemd prints them.
expect_error org.traceloop.NoSuchCgroup "a path outside the cgroup2 mount" AddCgroup string:n "string:$TEST_DIR"

expect_eq "$(ctl add good "$cg")" "1" "a good add still works"
expect_error org.traceloop.NameTaken "name taken" AddCgroup string:good "string:$(new_cgroup other)"
expect_error org.traceloop.CgroupAlreadyTraced "same cgroup twice" AddCgroup string:again "string:$cg"
sub=$(new_cgroup ok/sub)
expect_error org.traceloop.CgroupAlreadyTraced "descendant of a traced cgroup" AddCgroup string:sub "string:$sub"

expect_add_option_error() { # DESC BUSCTL-ARGS... -> org.traceloop.InvalidOption or NoBufferSpace text
        local desc=$1 want=$2; shift 2
        local out
        out=$(busctl --address="$BUS" call org.traceloop /org/traceloop org.traceloop.Manager1 \
                AddCgroupWithOptions 'ssa{sv}' "$@" 2>&1 || true)
        if printf '%s' "$out" | grep -qF -- "$want"; then ok "$desc"; else not_ok "$desc: want '$want', got: $out"; fi
}
expect_add_option_error "per-trace buffer smaller than one record" "smaller than one record" opt1 "$(new_cgroup opt1)" 1 BufferSize t 100
expect_add_option_error "unknown add option" 'Unknown option "Color"' opt2 "$(new_cgroup opt2)" 1 Color s red
expect_add_option_error "unknown clock" "Timestamps must be" opt4 "$(new_cgroup opt4)" 1 Timestamps s sundial
expect_add_option_error "an option value of the wrong type is refused, saying so" \
        'has a value of the wrong type' opt5 "$(new_cgroup opt5)" 1 BufferSize s big
expect_add_option_error "per-trace buffer larger than the pool" "No room left in the buffer pool" opt3 "$(new_cgroup opt3)" 1 BufferSize t 1099511627776

# Units, on a bus without systemd.
expect_error org.traceloop.InvalidUnitName "AddUnit of a name that is no unit" AddUnit string:no-such-thing
expect_error org.traceloop.InvalidUnitName "AddUnit of a template" AddUnit string:getty@.service
expect_error org.traceloop.NoSystemd "AddUnit without systemd on the bus" AddUnit string:foo.service
expect_error org.traceloop.InvalidUnitName "RemoveUnit of a bad name" RemoveUnit string:../x.service
expect_error org.traceloop.NoSuchTrace "RemoveUnit of a unit never traced" RemoveUnit string:foo.service

expect_error org.traceloop.NoSuchTrace "dump unknown id" Dump uint64:999
expect_error org.traceloop.NoSuchTrace "close unknown id" Close uint64:999
expect_error org.traceloop.NoSuchTrace "get unknown name" GetTrace string:nope

ctl add second "$(new_cgroup c2)" >/dev/null
expect_error org.traceloop.NoBufferSpace "pool exhausted" AddCgroup string:third "string:$(new_cgroup c3)"
ctl close second
expect_eq "$(ctl add third "$(new_cgroup c3b)")" "3" "a closed trace's buffer goes back to the pool"

rc=0; ctl add x relative 2>"$TEST_DIR/err" || rc=$?
expect_eq "$rc" 2 "traceloopctl: invalid cgroup is a usage error (exit 2)"
expect_match "Invalid cgroup" "$TEST_DIR/err" "traceloopctl prints the daemon's message"
rc=0; ctl dump nope 2>/dev/null || rc=$?
expect_eq "$rc" 4 "traceloopctl: unknown trace name, exit 4"
rc=0; ctl frobnicate 2>/dev/null || rc=$?
expect_eq "$rc" 2 "traceloopctl: unknown verb, exit 2"

# Bad dump options.
out=$(busctl --address="$BUS" call org.traceloop /org/traceloop org.traceloop.Manager1 DumpByFileDescriptor 'ta{sv}' 1 1 format s yaml 2>&1 || true)
expect_match "Unknown dump format" <(echo "$out") "unknown dump format refused"
out=$(busctl --address="$BUS" call org.traceloop /org/traceloop org.traceloop.Manager1 DumpByFileDescriptor 'ta{sv}' 1 1 bogus s x 2>&1 || true)
expect_match 'Unknown option "bogus"; known: format, columns' <(echo "$out") "unknown dump option refused"
out=$(busctl --address="$BUS" call org.traceloop /org/traceloop org.traceloop.Manager1 DumpByFileDescriptor 'ta{sv}' 1 1 syscalls as 1 no_such_call 2>&1 || true)
expect_match 'Unknown system call or class "no_such_call"' <(echo "$out") "unknown syscall name refused"
out=$(busctl --address="$BUS" call org.traceloop /org/traceloop org.traceloop.Manager1 DumpByFileDescriptor 'ta{sv}' 1 1 format u 5 2>&1 || true)
expect_match "Call failed" <(echo "$out") "option of the wrong type refused"

# --- Not root: refused by the daemon, whatever the bus policy allows ---
as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
out=$(as_nobody dbus-send --bus="$BUS" --print-reply --dest=org.traceloop /org/traceloop org.traceloop.Manager1.AddCgroup string:evil "string:$cg" 2>&1 || true)
expect_match "Error org.traceloop.AccessDenied" <(echo "$out") "non-root AddCgroup refused by the daemon"
out=$(as_nobody dbus-send --bus="$BUS" --print-reply --dest=org.traceloop /org/traceloop org.traceloop.Manager1.Dump uint64:1 2>&1 || true)
expect_match "Error org.traceloop.AccessDenied" <(echo "$out") "non-root Dump refused by the daemon"
out=$(as_nobody dbus-send --bus="$BUS" --print-reply --dest=org.traceloop /org/traceloop/trace/1 org.traceloop.Trace1.Dump 2>&1 || true)
expect_match "Error org.traceloop.AccessDenied" <(echo "$out") "non-root Trace1.Dump refused by the daemon"
out=$(as_nobody dbus-send --bus="$BUS" --print-reply --dest=org.traceloop /org/traceloop org.traceloop.Manager1.Close uint64:1 2>&1 || true)
expect_match "Error org.traceloop.AccessDenied" <(echo "$out") "non-root Close refused by the daemon"
rc=0; as_nobody "$TRACELOOPCTL" --bus="$BUS" dump good >/dev/null 2>&1 || rc=$?
expect_eq "$rc" 1 "traceloopctl as non-root fails"
out=$(as_nobody dbus-send --bus="$BUS" --print-reply --dest=org.traceloop /org/traceloop org.traceloop.Manager1.ListTraces 2>&1 || true)
expect_match '"good"' <(echo "$out") "non-root may list traces (no syscall data)"

# --- Still alive, still recording ---
run_in "$cg" say:still-alive >/dev/null
ctl dump good --no-columns > "$TEST_DIR/dump"
expect_line 'write(1, "still-alive\n", 12) = 12' "$TEST_DIR/dump" "daemon survived the bad input and still records"

stop_daemon

# --- Too many traces ---
start_daemon --max-traces=2
ctl add one "$(new_cgroup m1)" >/dev/null
ctl add two "$(new_cgroup m2)" >/dev/null
expect_error org.traceloop.TooManyTraces "too many traces" AddCgroup string:three "string:$(new_cgroup m3)"
stop_daemon
finish
