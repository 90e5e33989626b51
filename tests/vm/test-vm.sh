#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# test-vm.sh ARCH: the golden programs on another kernel and, for arm64,
# another architecture. Boots Debian 12's own kernel (6.1, from DEB_DIR) for
# ARCH under qemu's software emulation, with an initramfs holding traceloopd,
# traceloopctl, the golden programs, strace and dbus-daemon for ARCH
# (mkinitramfs.sh); the guest records every program through traceloopd and
# under strace (guest-init.sh), and this script compares the recordings with
# the programs' expectations and with strace, as test-golden.sh does on the
# host. So it checks that the BPF recorder loads and records on the verifier
# of 6.1 (and prints its counts: tools/verifier-stats, default and largest
# capture size) and, on arm64, everything arm64-specific: the register flavors, the
# aarch64 syscall table, the signal frame offsets, the decoder's build.
#
# For arm64 it also runs the cross build's unit suite under qemu-aarch64
# (user mode): the decoder's tests on the architecture they decode for.
#
# Environment: SOURCE_DIR, BUILD_DIR (the native build), DEB_DIR, and for
# arm64 CROSS_FILE (tools/cross/aarch64-linux-gnu.ini): the arm64 build is made
# in BUILD_DIR/vm-arm64, and reused.

set -euo pipefail
arch=${1:?usage: test-vm.sh arm64|amd64}
: "${SOURCE_DIR:?}" "${BUILD_DIR:?}" "${DEB_DIR:?}"
export TZ=UTC

tmp=$(mktemp -d /tmp/traceloop-vm.XXXXXX)
qemu_pid=
cleanup() {
        [ -n "$qemu_pid" ] && kill -KILL "$qemu_pid" 2>/dev/null && wait "$qemu_pid" 2>/dev/null
        rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 129' HUP INT TERM PIPE

golden_targets=(src/daemon/traceloopd src/ctl/traceloopctl tests/integration/victim tools/verifier-stats
                tests/golden/golden-file tests/golden/golden-fd tests/golden/golden-net
                tests/golden/golden-process tests/golden/golden-misc)
case $arch in
arm64)
        : "${CROSS_FILE:?}"
        build=$BUILD_DIR/vm-arm64
        if [ ! -f "$build/build.ninja" ]; then
                meson setup "$build" "$SOURCE_DIR" --cross-file "$CROSS_FILE" -Dwerror=true >"$tmp/setup.log" 2>&1 ||
                        { cat "$tmp/setup.log"; echo "the arm64 build could not be set up"; exit 1; }
        fi
        ninja -C "$build" "${golden_targets[@]}" >"$tmp/build.log" 2>&1 ||
                { tail -n 40 "$tmp/build.log"; echo "the arm64 build failed"; exit 1; }
        # The decoder's unit tests, built for arm64 and run under qemu-aarch64
        # (the cross file's exe_wrapper): arm64's O_* bits, struct layouts,
        # syscall numbers and argument orders. meson test builds the rest of
        # the tree first; the result is one check below.
        unit_rc=0
        meson test -C "$build" --suite unit --print-errorlogs >"$tmp/unit.log" 2>&1 || unit_rc=$?
        qemu=(qemu-system-aarch64 -M virt -cpu cortex-a57)
        console=ttyAMA0
        ;;
amd64)
        build=$BUILD_DIR
        qemu=(qemu-system-x86_64 -M q35 -cpu max)
        console=ttyS0
        ;;
*)
        echo "unknown architecture $arch (arm64, amd64)" >&2
        exit 1
        ;;
esac

kernel_deb=$(ls "$DEB_DIR"/linux-image-*_"$arch".deb 2>/dev/null | head -n1)
[ -n "$kernel_deb" ] || { echo "no linux-image-*_$arch.deb in $DEB_DIR: tools/setup.sh --vm downloads it"; exit 1; }
mkdir "$tmp/kernel"
dpkg-deb -x "$kernel_deb" "$tmp/kernel"
vmlinuz=$(ls "$tmp"/kernel/boot/vmlinuz-* | head -n1)

"$SOURCE_DIR/tests/vm/mkinitramfs.sh" "$arch" "$build" "$DEB_DIR" "$SOURCE_DIR" "$tmp/initrd.gz"

echo "booting $(basename "$vmlinuz") under ${qemu[0]} (software emulation)"
"${qemu[@]}" -smp 2 -m 2048 -nographic -no-reboot -nic none \
        -kernel "$vmlinuz" -initrd "$tmp/initrd.gz" \
        -append "console=$console rdinit=/init panic=-1 quiet" >"$tmp/console.log" 2>&1 &
qemu_pid=$!
rc=0
wait "$qemu_pid" || rc=$?
qemu_pid=
[ "$rc" = 0 ] || { tail -n 40 "$tmp/console.log"; echo "qemu exited with $rc"; exit 1; }

mkdir "$tmp/out"
if ! sed -n '/@@TRACELOOP-VM-BEGIN@@/,/@@TRACELOOP-VM-END@@/p' "$tmp/console.log" | sed '1d;$d' | tr -d '\r' |
                base64 -d | tar -xzf - -C "$tmp/out"; then
        tail -n 60 "$tmp/console.log"
        echo "the guest printed no results"
        exit 1
fi

checks=0 failures=0
ok() { checks=$((checks + 1)); echo "ok - $*"; }
not_ok() { checks=$((checks + 1)); failures=$((failures + 1)); echo "not ok - $*"; }

if [ "$arch" = arm64 ]; then
        unit_n=$(sed -n 's|^ *[0-9][0-9]*/\([0-9][0-9]*\) .*|\1|p' "$tmp/unit.log" | tail -n1)
        if [ "$unit_rc" = 0 ] && [ "${unit_n:-0}" -gt 0 ]; then
                ok "arm64 unit suite under qemu-aarch64 ($unit_n tests)"
        else
                not_ok "arm64 unit suite under qemu-aarch64 (meson test exited with $unit_rc):"
                tail -n 150 "$tmp/unit.log" | sed 's/^/    /'
        fi
fi

sed 's/^/guest: /' "$tmp/out/guest-info"
# The verifier's counts on this kernel, as on the host (tests/integration/test-verifier.sh).
# The default size, then the largest (a pattern that stays as it is if the guest did not run it).
for rcf in "$tmp"/out/verifier-default.rc "$tmp"/out/verifier-[0-9]*.rc; do
        v=${rcf%.rc}
        size=${v##*/verifier-}
        if [ ! -e "$rcf" ]; then
                not_ok "$arch capture size $size: the guest did not run verifier-stats"
        elif [ "$(cat "$rcf")" = 0 ] && python3 "$SOURCE_DIR/tests/check-verifier-stats.py" --max-percent 90 "$v.json"; then
                ok "$arch capture size $size: every program loaded, at most 90% of the verifier's limit"
        else
                not_ok "$arch capture size $size: a program not loaded or over 90% of the limit (verifier-stats exited with $(cat "$rcf")):"
                sed 's/^/    /' "$v.err" | tail -n 40
        fi
done
if [ "$(cat "$tmp/out/test-golden.rc")" = 0 ]; then
        ok "the guest recorded every golden program through traceloopd and under strace"
else
        not_ok "the guest's test-golden.sh failed:"
        sed 's/^/    /' "$tmp/out/test-golden.log" | tail -n 150
fi

for exp in "$tmp"/out/*.ours.exp; do
        name=$(basename "$exp" .ours.exp)
        o=$tmp/out/$name
        if python3 "$SOURCE_DIR/tests/golden/golden-compare.py" "$name" -v \
                        --ours "$o.ours" --ours-expect "$o.ours.exp" \
                        --strace "$o.strace" --strace-expect "$o.strace.exp" --markdown "$o.tsv"; then
                ok "$arch $name: traceloop prints every line it is expected to, strace agrees with the expectations"
        else
                not_ok "$arch $name: differences above"
        fi
done
python3 "$SOURCE_DIR/tests/golden/golden-compare.py" --summary "$tmp"/out/*.tsv

echo "$checks checks, $failures failed"
[ "$failures" = 0 ]
