#!/bin/busybox sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# /init of the test VMs (tests/vm/mkinitramfs.sh puts it there): mount what
# traceloopd needs, measure the recorder's programs (tools/verifier-stats),
# run the golden programs through traceloopd and under strace
# (tests/golden/test-golden.sh, record only), then print everything they wrote
# to the console as a base64 tar between two marker lines, and power off. The
# host compares (tests/vm/test-vm.sh).

/bin/busybox mkdir -p /usr/bin /usr/sbin
for applet in $(/bin/busybox --list); do
        [ -e "/bin/$applet" ] || [ -e "/usr/bin/$applet" ] || /bin/busybox ln -s /bin/busybox "/bin/$applet"
done
# The scripts' "#!/usr/bin/env bash".
[ -e /usr/bin/env ] || ln -s /bin/busybox /usr/bin/env
export PATH=/bin:/sbin:/usr/bin:/usr/sbin

mkdir -p /proc /sys /dev /tmp /run /out
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mount -t tmpfs tmpfs /tmp
mount -t tmpfs tmpfs /run
mount -t cgroup2 cgroup2 /sys/fs/cgroup
mount -t bpf bpf /sys/fs/bpf
mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null

# golden-net talks to itself over 127.0.0.1 and ::1.
ip link set lo up

# Console lines from the kernel would land inside the archive.
echo 1 > /proc/sys/kernel/printk

{
        echo "kernel: $(uname -srm)"
        echo "btf: $(wc -c < /sys/kernel/btf/vmlinux) bytes"
} > /out/guest-info

# The verifier's counts for each program on this kernel, at the default
# capture size and the largest (--help names the range); test-vm.sh checks them.
max=$(/tl/verifier-stats --help | sed -n 's/.*--capture-size=BYTES.* [0-9]*\.\.\([0-9]*\) .*/\1/p')
for size in default $max; do
        opt=
        [ "$size" = default ] || opt=--capture-size=$size
        echo "verifier-stats $opt"
        rc=0
        /tl/verifier-stats $opt --json > /out/verifier-$size.json 2> /out/verifier-$size.err || rc=$?
        echo $rc > /out/verifier-$size.rc
        cat /out/verifier-$size.err
done

cd /src
: > /out/test-golden.log
env TRACELOOPD=/tl/traceloopd TRACELOOPCTL=/tl/traceloopctl VICTIM=/tl/victim \
        GOLDEN_PROGRAMS="$(cat /tl/golden-programs)" \
        GOLDEN_RECORD_ONLY=1 GOLDEN_REPORT_DIR=/out \
        timeout 900 bash tests/golden/test-golden.sh > /out/test-golden.log 2>&1 &
test_pid=$!
# Progress on the console while it runs.
tail -f /out/test-golden.log &
tail_pid=$!
wait $test_pid
echo $? > /out/test-golden.rc
kill $tail_pid 2>/dev/null

echo "@@TRACELOOP-VM-BEGIN@@"
tar -C /out -cf - . | gzip | base64
echo "@@TRACELOOP-VM-END@@"
sync
poweroff -f
