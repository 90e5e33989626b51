#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Install the Debian packages traceloop needs and build it into ./build.
# Run as root (apt-get). Safe to run again.

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

missing=()
for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

if [ -d build ]; then
        meson setup --reconfigure build -Dwerror=true
else
        meson setup build -Dwerror=true
fi
ninja -C build
