#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# test-completion.sh COMPLETION TRACELOOPCTL_C
#
# Sources the bash completion of traceloopctl and checks what it offers, with
# no daemon and no systemd: fake systemctl, busctl and traceloopctl come first
# in PATH and print known lists. TRACELOOPCTL_C is the CLI's source, whose
# verbs and options must all be offered.
#
# check() evaluates its conditions: they are quoted to be expanded there.
# shellcheck disable=SC2016

set -uo pipefail

completion=$1 source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

checks=0 failures=0

mkdir -p "$tmp/bin" "$tmp/etc/web.service.d" "$tmp/run/api.service.d" "$tmp/etc/other.service.d"
touch "$tmp/etc/web.service.d/50-traceloop.conf" "$tmp/run/api.service.d/50-traceloop.conf" \
        "$tmp/etc/other.service.d/10-local.conf"

cat >"$tmp/bin/systemctl" <<'EOF'
#!/bin/sh
# Whatever the options, the lists of a small system.
case "$1" in
list-unit-files)
        cat <<'LIST'
foo.service                 enabled  enabled
getty@.service              static   -
web.service                 disabled enabled
bar.socket                  enabled  enabled
LIST
        ;;
list-units)
        cat <<'LIST'
● broken.service loaded failed   failed  Broken
running.service  loaded active   running Running
starting.service loaded activating start Starting
dead.service     loaded inactive dead    Dead
session-1.scope  loaded active   running Session 1
tmp.mount        loaded active   mounted /tmp
LIST
        ;;
esac
EOF

# NameHasOwner: traceloopd runs unless the test says it does not.
cat >"$tmp/bin/busctl" <<EOF
#!/bin/sh
echo "busctl \$*" >>"$tmp/calls"
if [ -e "$tmp/daemon-down" ]; then echo "b false"; else echo "b true"; fi
EOF

cat >"$tmp/bin/traceloopctl" <<EOF
#!/bin/sh
echo "traceloopctl \$*" >>"$tmp/calls"
for a; do
        case "\$a" in
        --bus=*) ;;
        list) cat <<'LIST'
ID   NAME                             STATE         EVENTS       LOST      BYTES  CGROUP
1    web                              recording         12          0    4194240  /system.slice/web.service
2    demo.service_0123456789abcdef0123456789abcdef stopped  40  0  1200  /system.slice/demo.service
3    a:b                              recording          0          0    4194240  /a

3 traces listed.
LIST
        exit 0 ;;
        units) break ;;
        esac
done
cat <<'LIST'
UNIT         INVOCATION                       ID   STATE         EVENTS       LOST
demo.service 0123456789abcdef0123456789abcdef 2    stopped           40          0
demo.service fedcba9876543210fedcba9876543210 4    recording         10          0
other.scope  -                                5    recording          1          0

3 invocations of 2 units listed.
LIST
EOF
chmod +x "$tmp/bin/"*
PATH="$tmp/bin:$PATH"

# shellcheck source=/dev/null
. "$completion" || { echo "FAIL: cannot source $completion"; exit 1; }
__traceloopctl_dropin_dirs() {
        printf '%s\n' "$tmp/etc" "$tmp/run"
}

# complete LINE: COMPREPLY for the cursor at the end of LINE, sorted, one a line.
complete_line() {
        local line=$1 cur prev
        local IFS=$' \t\n'
        COMP_LINE=$line
        COMP_POINT=${#line}
        # COMP_WORDS as bash splits the line (at blanks and word breaks); the
        # completion reads COMP_LINE, but gets these as bash gives them.
        read -ra COMP_WORDS <<<"${line//=/ = }"
        [[ $line =~ [[:blank:]=]$ ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        COMPREPLY=()
        _traceloopctl traceloopctl "$cur" "$prev"
        printf '%s\n' "${COMPREPLY[@]}" | sort
}

# expect LINE WORD...: exactly these candidates.
expect() {
        local line=$1 got want
        shift
        got=$(complete_line "$line")
        want=$(printf '%s\n' "$@" | sort)
        checks=$((checks + 1))
        if [[ $got != "$want" ]]; then
                failures=$((failures + 1))
                echo "FAIL: '$line': expected [${want//$'\n'/ }], got [${got//$'\n'/ }]"
        fi
}

# expect_some LINE WORD...: these among the candidates.
expect_some() {
        local line=$1 got w
        shift
        got=$(complete_line "$line")
        for w; do
                checks=$((checks + 1))
                if ! grep -qxF -- "$w" <<<"$got"; then
                        failures=$((failures + 1))
                        echo "FAIL: '$line': expected $w among [${got//$'\n'/ }]"
                fi
        done
}

# expect_none LINE WORD...: none of these among the candidates.
expect_none() {
        local line=$1 got w
        shift
        got=$(complete_line "$line")
        for w; do
                checks=$((checks + 1))
                if grep -qxF -- "$w" <<<"$got"; then
                        failures=$((failures + 1))
                        echo "FAIL: '$line': did not expect $w among [${got//$'\n'/ }]"
                fi
        done
}

check() {
        checks=$((checks + 1))
        if ! eval "$2"; then
                failures=$((failures + 1))
                echo "FAIL: $1"
        fi
}

# Verbs, the systemd ones and the aliases among them.
expect_some 'traceloopctl ' status list add dump close enable disable add-unit units dump-unit close-unit \
        list-all dump-id dump-name close-id close-name add-current-cgroup list-sd-units list-sd-traces \
        dump-sd close-sd add-current-cgroup-sd
expect 'traceloopctl d' disable dump dump-id dump-name dump-sd dump-unit
expect 'traceloopctl --bus=unix:path=/x ena' enable
expect 'traceloopctl -n 3 clo' close close-id close-name close-sd close-unit

# Every verb and long option of traceloopctl.c is offered.
mapfile -t verbs < <(sed -n 's/^[[:space:]]*{ "\([a-z-]*\)",[[:space:]]*[0-9].*/\1/p' "$source")
mapfile -t options < <(sed -n 's/^[[:space:]]*{ "\([a-z-]*\)",[[:space:]]*\(no\|required\)_argument.*/\1 \2/p' "$source")
check "verbs found in $source" '((${#verbs[@]} >= 20))'
check "options found in $source" '((${#options[@]} >= 10))'
expect_some 'traceloopctl ' "${verbs[@]}"
for o in "${options[@]}"; do
        case $o in
                *' required') expect_some 'traceloopctl --' "--${o% *}=" ;;
                *) expect_some 'traceloopctl --' "--${o% *}" ;;
        esac
done

# Options per verb.
expect_some 'traceloopctl dump --' --format= --no-columns --last= --pid= --syscall= --string-limit= --bus= --help
expect_none 'traceloopctl dump --' --runtime --now --buffer-size= --timestamps=
expect 'traceloopctl add --' --buffer-size= --bus= --help --syscalls= --timestamps= --version
expect 'traceloopctl set-syscalls --' --bus= --help --version
expect 'traceloopctl enable --' --buffer-size= --bus= --help --now --runtime --syscalls= --version
expect 'traceloopctl disable --' --bus= --help --now --runtime --version
expect 'traceloopctl add-unit --t' --timestamps=
expect 'traceloopctl list --' --bus= --help --version

# Option values, separate and after "=" (readline replaces what follows "=").
expect 'traceloopctl dump -o ' text strace table json
expect 'traceloopctl dump --format ' text strace table json
expect 'traceloopctl dump --format=' text strace table json
expect 'traceloopctl dump --format=ta' table
expect 'traceloopctl dump --format=j' json
expect 'traceloopctl dump --absolute-timestamps=' time precise unix
expect_some 'traceloopctl dump --' --failed --successful --summary --syscall-times --absolute-timestamps= \
        --relative-timestamps --decode-fds
expect 'traceloopctl add --timestamps=' tick precise
expect 'traceloopctl add --timestamps ' tick precise
expect 'traceloopctl add-unit --timestamps=p' precise
expect 'traceloopctl dump -n '
expect 'traceloopctl add --buffer-size='

# Traces, from "traceloopctl list".
expect 'traceloopctl dump ' 1 2 3 web demo.service_0123456789abcdef0123456789abcdef a:b
expect 'traceloopctl dump -n 5 w' web
expect 'traceloopctl close d' demo.service_0123456789abcdef0123456789abcdef
expect 'traceloopctl dump-id ' 1 2 3
expect 'traceloopctl close-name ' web demo.service_0123456789abcdef0123456789abcdef a:b
expect 'traceloopctl dump web '
# Readline replaces what follows ":" only.
expect 'traceloopctl dump a:' b

# Units: enable takes services, not templates; add-unit running services and scopes.
expect 'traceloopctl enable ' foo.service web.service broken.service running.service starting.service dead.service
expect 'traceloopctl enable foo.service r' running.service
expect 'traceloopctl add-unit ' running.service starting.service session-1.scope
expect 'traceloopctl add-current-cgroup-sd s' starting.service session-1.scope
# disable: the units with traceloop's drop-in.
expect 'traceloopctl disable ' web.service api.service
expect 'traceloopctl disable --now a' api.service
# Traced units and their invocations, from "traceloopctl units".
expect 'traceloopctl dump-unit ' demo.service other.scope
expect 'traceloopctl units d' demo.service
expect 'traceloopctl dump-unit demo.service ' 0123456789abcdef0123456789abcdef fedcba9876543210fedcba9876543210 -1 -2
expect 'traceloopctl dump-unit demo.service -' -1 -2 --absolute-timestamps= --bus= --decode-fds --failed \
        --format= --help --last= --no-columns --pid= --relative-timestamps --string-limit= --successful \
        --summary --syscall-times --syscall= --version
expect 'traceloopctl close-unit other.scope ' -1 all
expect 'traceloopctl dump-sd demo.service f' fedcba9876543210fedcba9876543210
expect 'traceloopctl dump-unit demo.service -1 '

# cgroups for add, below the cgroup2 mount, if there is one.
for root in /sys/fs/cgroup /sys/fs/cgroup/unified; do
        [[ -e $root/cgroup.controllers ]] && break
        root=""
done
if [[ -n $root ]]; then
        want=()
        for d in "$root"/*/; do
                [[ -d $d ]] && want+=("${d#"$root"}")
        done
        expect 'traceloopctl add web /' "${want[@]}"
        expect 'traceloopctl add web ' "${want[@]}"
fi

# --bus= goes to traceloopctl and to busctl.
rm -f "$tmp/calls"
complete_line 'traceloopctl --bus=unix:path=/tmp/x dump ' >/dev/null
check 'traceloopctl is asked on the bus of --bus=' 'grep -qxF "traceloopctl --bus=unix:path=/tmp/x list" "$tmp/calls"'
check 'busctl is asked on the bus of --bus=' 'grep -q "^busctl --address=unix:path=/tmp/x call" "$tmp/calls"'

# traceloopd down: nothing, and it is not asked (the bus would start it).
touch "$tmp/daemon-down"
rm -f "$tmp/calls"
expect 'traceloopctl dump '
expect 'traceloopctl dump-unit '
expect 'traceloopctl dump-unit demo.service '
check 'traceloopctl is not called when traceloopd does not run' '! grep -q "^traceloopctl" "$tmp/calls"'
# Units still come from systemctl.
expect 'traceloopctl add-unit r' running.service

# No systemctl, no busctl: nothing, and no error.
mkdir "$tmp/empty"
for tool in bash sort awk timeout; do
        ln -s "$(type -P "$tool")" "$tmp/empty/$tool" 2>/dev/null || true
done
saved_path=$PATH
# shellcheck disable=SC2123 # on purpose: a PATH without systemctl and busctl
PATH="$tmp/empty"
expect 'traceloopctl enable '
expect 'traceloopctl dump '
PATH=$saved_path

echo "$checks checks, $failures failed"
((failures == 0))
