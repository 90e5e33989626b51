#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# test-strace-names.sh HELPER: the native syscall table prints strace's names.
#   1. the real strace accepts every name of the table (strace -e trace=NAME
#      fails on a name it does not know);
#   2. strace's own name for every number of the table is the table's: HELPER
#      makes each syscall under a seccomp filter that fails it with ENOSYS
#      (nothing runs), strace -n prints number and name.
set -eu
helper=$1

# Names of our table strace does not know, one per line "NAME reason". None
# with strace 6.1 on x86_64; a new entry needs a reason strace would accept.
exceptions=''

if ! command -v strace >/dev/null; then
        echo "strace is not installed (tools/setup.sh installs it)"
        exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

"$helper" names >"$tmp/table"
n=$(wc -l <"$tmp/table")
[ "$n" -ge 250 ] || { echo "the table has only $n names"; exit 1; }
echo "$n names in the native table; $(strace -V | head -n 1)"

# 1. Every name, all at once, and one by one only if strace refuses the lot.
if ! strace -qq -e trace="$(cut -d' ' -f2 "$tmp/table" | paste -sd,)" true 2>"$tmp/err"; then
        cut -d' ' -f2 "$tmp/table" | while read -r name; do
                strace -qq -e trace="$name" true 2>/dev/null && continue
                if printf '%s\n' "$exceptions" | grep -q "^$name "; then
                        echo "strace does not know $name: listed exception"
                        continue
                fi
                echo "FAIL: strace does not know '$name'"
                echo x >>"$tmp/failed"
        done
fi
[ -e "$tmp/failed" ] && failures=$((failures + $(wc -l <"$tmp/failed")))

# 2. strace's name for each number. Lines look like
# "[  59] execve(...) = 0"; strace writes "syscall_0x14f(...)" for a number
# it has no name for.
strace -n -qq -o "$tmp/trace" "$helper" call
sed -n 's/^\[ *\([0-9]*\)\] \([A-Za-z0-9_]*\)(.*/\1 \2/p' "$tmp/trace" | sort -u -n >"$tmp/strace"
seen=0
while read -r nr name; do
        want=$(awk -v nr="$nr" '$1 == nr { print $2 }' "$tmp/table")
        case $name in
        syscall_0x*)
                # strace has no name for it: neither may we.
                if [ -n "$want" ]; then
                        echo "FAIL: $nr: strace has no name, the table says $want"
                        failures=$((failures + 1))
                fi
                ;;
        *)
                seen=$((seen + 1))
                if [ "$name" != "$want" ]; then
                        echo "FAIL: $nr: strace prints '$name', the table says '${want:-nothing}'"
                        failures=$((failures + 1))
                fi
                ;;
        esac
done <"$tmp/strace"

# Every named number of the table was seen (exit_group: at the end of the helper).
[ "$seen" -ge "$n" ] || { echo "FAIL: strace showed $seen named syscalls, the table has $n"; failures=$((failures + 1)); }
echo "$seen numbers compared with strace -n"

[ "$failures" -eq 0 ]
