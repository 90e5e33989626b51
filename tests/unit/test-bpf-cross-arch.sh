#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# test-bpf-cross-arch.sh CLANG BPFTOOL VMLINUX_H_DIR BPF_SOURCE_DIR
#
# bpf/recorder.bpf.c builds for x86_64 and for arm64 on this machine, with the
# vmlinux.h of the kernel we run on: syscall_arg() reads registers through
# CO-RE flavors of struct pt_regs that the program declares itself (and
# user_stack_pointer() the stack pointer, for rt_sigreturn), so the
# target's registers are relocated by libbpf at load time and nothing of the
# host's pt_regs is needed. What it cannot check: loading on an arm64 kernel.
set -eu
clang=$1 bpftool=$2 vmlinux_dir=$3 src=$4

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() {
        echo "FAIL: $*"
        failures=$((failures + 1))
}

for target in x86 arm64; do
        obj=$tmp/recorder-$target.bpf.o
        if ! "$clang" -g -O2 -target bpf -mcpu=v3 -D__TARGET_ARCH_$target -Wall -Werror \
                        -I"$vmlinux_dir" -I"$src" -c "$src/recorder.bpf.c" -o "$obj"; then
                fail "recorder.bpf.c does not build for $target"
                continue
        fi
        # The static linker reads the object's BTF and CO-RE relocations as the loader will.
        "$bpftool" gen object "$tmp/recorder-$target.o" "$obj" || fail "bpftool cannot link the $target object"
        "$bpftool" btf dump file "$obj" >"$tmp/btf-$target"

        case $target in
        x86) mine=pt_regs___tl_x86 other=pt_regs___tl_arm64 fields="di si dx r10 r8 r9 sp" ;;
        arm64) mine=pt_regs___tl_arm64 other=pt_regs___tl_x86 fields="regs orig_x0 sp" ;;
        esac
        grep -q "STRUCT '$mine'" "$tmp/btf-$target" || fail "$target: syscall_arg() does not read $mine"
        for f in $fields; do
                sed -n "/STRUCT '$mine'/,/^\[/p" "$tmp/btf-$target" | grep -q "'$f' " ||
                        fail "$target: $mine has no $f"
        done
        # The other architecture's registers are never read.
        ! grep -q "STRUCT '$other'" "$tmp/btf-$target" || fail "$target: the object reads $other"
        echo "$target: built, linked, reads $mine ($fields)"
done

[ "$failures" -eq 0 ]
