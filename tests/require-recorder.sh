# SPDX-License-Identifier: LGPL-2.1-or-later
# Sourced by the tests that run the BPF recorder: root is required (fail),
# a kernel without BTF cannot run it at all (skip, exit 77).

if [ "$(id -u)" != 0 ]; then
        echo "$0: needs root (BPF, cgroups, namespaces)" >&2
        exit 1
fi
if [ ! -r /sys/kernel/btf/vmlinux ]; then
        echo "$0: kernel has no BTF (/sys/kernel/btf/vmlinux): the recorder cannot run here" >&2
        exit 77
fi
