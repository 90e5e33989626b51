#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Our syscall classes against the installed strace's: for each class, the
# names "strace -e trace=%CLASS" prints for a program that calls every syscall
# of the native table (each one failing with ENOSYS under seccomp, so nothing
# runs) must be exactly the names test-syscall-set --print selects.
# Usage: test-syscall-set-strace.sh TEST-SYSCALL-SET SYSCALL-CLASS-PROBE
set -eu -o pipefail

set_tool=$1
probe=$2

if ! command -v strace >/dev/null; then
        echo "strace is not installed: nothing to compare with (tools/setup.sh installs it)"
        exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Only numbers both know: strace prints numbers it does not know as syscall_0x...
mapfile -t nrs < <("$set_tool" --table | awk '{print $1}')
strace -qq -o "$tmp/all" -e trace=all "$probe" "${nrs[@]}"
grep -E '= -1 ENOSYS|^exit_group\(' "$tmp/all" | sed 's/(.*//' | grep -v '^syscall_0x' | sort -u >"$tmp/known"
fail=0
for class in %file %desc %network %process %signal %ipc %memory %creds %clock \
             %stat %lstat %fstat %%stat %statfs %fstatfs %%statfs %pure; do
        strace -qq -o "$tmp/out" -e trace="$class" "$probe" "${nrs[@]}"
        # Calls of the probe fail with ENOSYS; exit_group is the only one let through.
        grep -E '= -1 ENOSYS|^exit_group\(' "$tmp/out" | sed 's/(.*//' | grep -v '^syscall_0x' | sort -u >"$tmp/strace" || true
        "$set_tool" --print "$class" | sort -u >"$tmp/ours"
        # Names strace does not know (newer than it) may be in our classes.
        comm -12 "$tmp/ours" "$tmp/known" >"$tmp/ours-known"
        if ! diff -u --label "strace $class" --label "traceloop $class" "$tmp/strace" "$tmp/ours-known"; then
                fail=1
        else
                echo "ok   $class ($(wc -l <"$tmp/strace") syscalls)"
        fi
        [ -s "$tmp/strace" ] || { echo "FAIL $class: strace printed nothing"; fail=1; }
done
exit $fail
