#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# test-check-bus-api.sh CHECKER PAGE XML BUS_UTIL_H MANAGER_BUS_C POLICY
#
# check-bus-api.py is what keeps org.traceloop.Manager1(5) complete; this
# makes sure it would notice: each change below, made to a copy of one input,
# must make it fail, and the inputs as they are must pass.

set -euo pipefail

checker=$1 page=$2 xml=$3 errors=$4 options=$5 policy=$6
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failures=0
# The interpreter itself, not a wrapper that finds it on each of the runs below.
python=$(python3 -c 'import sys; print(sys.executable)')

run() {
        "$python" "$checker" "$@" >"$tmp/out" 2>&1
}

# expect_fail WHAT FILE-ARGUMENT-INDEX SED-SCRIPT
expect_fail() {
        local what=$1 index=$2 script=$3
        local -a args=("$page" "$xml" "$errors" "$options" "$policy")
        local changed="$tmp/changed"

        sed -e "$script" "${args[index]}" >"$changed"
        if cmp -s "$changed" "${args[index]}"; then
                echo "FAIL: $what: the change did not apply to ${args[index]}"
                failures=$((failures + 1))
                return
        fi
        args[index]=$changed
        if run "${args[@]}"; then
                echo "FAIL: $what: the checker passed"
                failures=$((failures + 1))
        else
                echo "ok: $what: $(head -n 1 "$tmp/out")"
        fi
}

if ! run "$page" "$xml" "$errors" "$options" "$policy"; then
        cat "$tmp/out"
        echo "FAIL: the inputs as they are do not pass"
        exit 1
fi

expect_fail "a new method" 1 '0,/<method name="Close">/s//<method name="Frobnicate"><arg type="t" name="id" direction="in"\/><\/method>\n  &/'
expect_fail "a new signal" 1 '0,/<signal name="TraceAdded">/s//<signal name="TraceFrobbed"><arg type="t" name="id"\/><\/signal>\n  &/'
expect_fail "a new property" 1 '0,/<property name="Version"/s//<property name="Frob" type="s" access="read"><\/property>\n  &/'
expect_fail "a new Trace1 method" 1 '/<interface name="org.traceloop.Trace1">/a\  <method name="Frobnicate"/>'
expect_fail "a method argument renamed" 1 's/<arg type="s" name="cgroup" direction="in"\/>/<arg type="s" name="path" direction="in"\/>/'
expect_fail "a method argument retyped" 1 's/<arg type="h" name="fd" direction="out"\/>/<arg type="u" name="fd" direction="out"\/>/'
expect_fail "a property retyped" 1 's/<property name="NTraces" type="u"/<property name="NTraces" type="t"/'
expect_fail "a property annotation changed" 1 '/<property name="PoolUsed"/{n;s/value="false"/value="true"/}'
expect_fail "a signal argument added" 1 '/<signal name="TraceRemoved">/a\   <arg type="s" name="reason"/>'
expect_fail "a member removed" 1 '/<method name="RemoveUnit">/,/<\/method>/d'
# shellcheck disable=SC2016 # a sed script
expect_fail "a new error name" 2 '$a#define BUS_ERROR_FROB "org.traceloop.Frobnicated"'
expect_fail "a new option key" 3 's/streq(key, "strsize")/streq(key, "frobsize")/'
expect_fail "a method opened to every user" 4 's/send_member="GetTrace"/send_member="Dump"/'
expect_fail "a heading without its arguments" 0 's/^\\fBGetTrace\\fR(\\fIname\\fR)/\\fBGetTrace\\fR()/'
expect_fail "a described member missing" 0 '/^\\fBDumpFile\\fR (\\fIs\\fR)/s/DumpFile/DumpPath/'
expect_fail "an error not described" 0 's/^\\fBorg.traceloop.NoSystemd\\fR/\\fBorg.traceloop.NoSystemdHere\\fR/'

if [ "$failures" -gt 0 ]; then
        echo "$failures changes went unnoticed"
        exit 1
fi
