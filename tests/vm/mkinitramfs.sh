#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# mkinitramfs.sh ARCH BUILD DEB_DIR SOURCE_DIR OUTPUT
#
# The whole root file system of a test VM for ARCH (arm64 or amd64, Debian's
# names), as a gzip'd cpio archive:
#  - traceloopd, traceloopctl, tools/verifier-stats, the victim and the golden
#    programs from BUILD
#    (for arm64 a build made with tools/cross/aarch64-linux-gnu.ini);
#  - bash, busybox, strace and dbus-daemon from Debian's ARCH packages in
#    DEB_DIR (tools/setup.sh --vm downloads them);
#  - every shared library they need, from ARCH's multiarch directories on this
#    host (for arm64, the :arm64 packages tools/setup.sh --vm installs);
#  - the test scripts, and tests/vm/guest-init.sh as /init.

set -euo pipefail
arch=${1:?usage: mkinitramfs.sh ARCH BUILD DEB_DIR SOURCE_DIR OUTPUT}
build=${2:?} debs=${3:?} src=${4:?} out=${5:?}

case $arch in
arm64) triplet=aarch64-linux-gnu loader=/lib/ld-linux-aarch64.so.1 ;;
amd64) triplet=x86_64-linux-gnu loader=/lib64/ld-linux-x86-64.so.2 ;;
*) echo "unknown architecture $arch (arm64, amd64)" >&2; exit 1 ;;
esac

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

for pkg in busybox-static bash strace dbus-daemon; do
        deb=$(ls "$debs"/"${pkg}"_*_"$arch".deb 2>/dev/null | head -n1)
        if [ -z "$deb" ]; then
                echo "no ${pkg}_*_$arch.deb in $debs: tools/setup.sh --vm downloads it" >&2
                exit 1
        fi
        dpkg-deb -x "$deb" "$root"
done

mkdir -p "$root/tl" "$root/src/tests/integration" "$root/src/tests/golden" "$root/src/tools" "$root/etc"
install -m 0755 "$build/src/daemon/traceloopd" "$build/src/ctl/traceloopctl" \
        "$build/tests/integration/victim" "$build/tools/verifier-stats" "$root/tl/"
programs=()
for p in "$build"/tests/golden/golden-*; do
        [ -f "$p" ] && [ -x "$p" ] || continue
        install -m 0755 "$p" "$root/tl/"
        programs+=("/tl/$(basename "$p")")
done
[ "${#programs[@]}" -gt 0 ] || { echo "no golden programs in $build/tests/golden" >&2; exit 1; }
echo "${programs[*]}" > "$root/tl/golden-programs"

install -m 0644 "$src/tests/integration/lib.sh" "$root/src/tests/integration/"
install -m 0644 "$src/tests/require-recorder.sh" "$root/src/tests/"
install -m 0755 "$src/tests/golden/test-golden.sh" "$root/src/tests/golden/"
install -m 0755 "$src/tools/private-bus.sh" "$root/src/tools/"
install -m 0755 "$src/tests/vm/guest-init.sh" "$root/init"
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"

# Shared libraries: the NEEDED entries of every ELF file, transitively.
libdirs=("/lib/$triplet" "/usr/lib/$triplet")
mkdir -p "$root/lib/$triplet" "$root$(dirname "$loader")"
cp -L "$loader" "$root$loader"
declare -A seen=()
queue=()
while IFS= read -r f; do
        queue+=("$f")
done < <(find "$root" -type f -perm -u+x -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' sh {} \;)
while [ "${#queue[@]}" -gt 0 ]; do
        f=${queue[0]}
        queue=("${queue[@]:1}")
        for lib in $(readelf -d "$f" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
                [ -n "${seen[$lib]:-}" ] && continue
                seen[$lib]=1
                found=
                for d in "${libdirs[@]}"; do
                        if [ -e "$d/$lib" ]; then
                                cp -L "$d/$lib" "$root/lib/$triplet/$lib"
                                queue+=("$root/lib/$triplet/$lib")
                                found=1
                                break
                        fi
                done
                if [ -z "$found" ]; then
                        echo "$lib (needed by ${f#"$root"}) is not installed for $arch: tools/setup.sh --vm installs it" >&2
                        exit 1
                fi
        done
done

(cd "$root" && find . | cpio --quiet -o -H newc --owner=0:0) | gzip -1 > "$out"
