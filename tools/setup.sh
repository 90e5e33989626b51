#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Install the Debian packages traceloop needs and build it into ./build.
# Run as root (apt-get). Safe to run again.
#
# --vm: also what the "vm" test suite needs (tests/vm): qemu, the arm64 cross
# compiler and libraries, and, in /var/cache/traceloop/vm, the Debian packages
# its guests are made of: Debian 12's kernel for amd64 and arm64, busybox,
# bash, strace and dbus-daemon. About 600 MB.

set -euo pipefail
cd "$(dirname "$0")/.."

# strace is the second oracle of the golden tests; the arm64 uapi headers give
# the aarch64 syscall numbers to tools/gen-syscall-table.py and its test.
packages=(
        meson ninja-build pkg-config gcc clang llvm bpftool
        libbpf-dev libsystemd-dev libelf-dev zlib1g-dev libinih-dev
        dbus-daemon dbus-bin dbus-system-bus-common systemd util-linux python3 bc man-db
        strace linux-libc-dev-arm64-cross
)

vm=
case "${1:-}" in
--vm) vm=1 ;;
"") ;;
*) echo "usage: tools/setup.sh [--vm]" >&2; exit 2 ;;
esac

vm_debs=/var/cache/traceloop/vm
if [ -n "$vm" ]; then
        if ! dpkg --print-foreign-architectures | grep -qx arm64; then
                dpkg --add-architecture arm64
                apt-get update
        fi
        packages+=(
                qemu-system-arm qemu-system-x86 qemu-user cpio binutils
                gcc-aarch64-linux-gnu libc6-dev-arm64-cross
                libbpf-dev:arm64 libsystemd-dev:arm64 libelf-dev:arm64 zlib1g-dev:arm64 libinih-dev:arm64
                libapparmor1:arm64 libaudit1:arm64 libcap-ng0:arm64 libdbus-1-3:arm64 libexpat1:arm64
                libselinux1:arm64 libtinfo6:arm64
        )
fi

missing=()
for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

if [ -n "$vm" ]; then
        # The guests' packages, downloaded, never installed: they are another
        # architecture's, or another copy of this one's, unpacked into an initramfs.
        mkdir -p "$vm_debs"
        for arch in amd64 arm64; do
                # Debian 12's current kernel, the one its linux-image-ARCH depends on.
                kernel=$(apt-cache depends "linux-image-$arch:$arch" | sed -n 's/.*Depends: \(linux-image-[^:]*\).*/\1/p' | head -n1)
                [ -n "$kernel" ] || { echo "linux-image-$arch names no kernel" >&2; exit 1; }
                for p in "$kernel" busybox-static bash strace dbus-daemon; do
                        ls "$vm_debs/${p}"_*_"$arch".deb >/dev/null 2>&1 && continue
                        (cd "$vm_debs" && apt-get download "$p:$arch")
                done
        done
fi

options=(-Dwerror=true)
# With --vm the suite must be there: a missing piece fails here, loudly.
[ -n "$vm" ] && options+=(-Dvm_tests=enabled)
if [ -d build ]; then
        meson setup --reconfigure build "${options[@]}"
else
        meson setup build "${options[@]}"
fi
ninja -C build
