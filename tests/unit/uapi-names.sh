#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# uapi-names.sh CPP INCLUDE_DIR HEADER: one "TL_UAPI(name)" line per __NR_name
# that HEADER defines, evaluated by cpp against INCLUDE_DIR alone. The list
# feeds uapi-syscalls.c, where the C compiler itself gives each name its
# number: a path to the numbers that shares nothing with
# tools/gen-syscall-table.py but the header.
set -eu
cpp=$1 incdir=$2 header=$3

printf '#include <%s>\n' "$header" |
        "$cpp" -dM -undef -nostdinc -I "$incdir" - |
        sed -n 's/^#define __NR_\([A-Za-z0-9_]*\)[[:space:]].*/\1/p' |
        sort -u |
        # The table size and the base of asm-generic's per-arch range, not syscalls.
        grep -v -x -e syscalls -e arch_specific_syscall |
        sed 's/.*/TL_UAPI(&)/'
