/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdint.h>

/* Where cgroup2 (the unified hierarchy) is mounted: /sys/fs/cgroup on pure
 * cgroup2 hosts, /sys/fs/cgroup/unified on hybrid ones. */
int cg_find_unified_mount(char **ret_path);

/* Turn what a user gave (as systemd prints it, "/system.slice/foo.service",
 * or a full path below the cgroup2 mount) into the full path and the path
 * relative to the mount. Refuses "." and ".." components, symlinks out of the
 * hierarchy, things that are not cgroup2 directories, and the root cgroup.
 *   -EINVAL: malformed; -ENOENT: no such cgroup; -ENOTDIR/-EMEDIUMTYPE: not a
 *   cgroup2 directory; -EPERM: the root cgroup; -ENAMETOOLONG. */
int cg_resolve(const char *mount, const char *input, char **ret_full, char **ret_relative);

/* The cgroup id (what bpf_get_current_cgroup_id() returns) of a cgroup2 directory. */
int cg_get_id(const char *full_path, uint64_t *ret_id);

/* As cg_get_id(), but -ENOENT also when the directory is no longer a live cgroup. */
int cg_get_id_or_gone(const char *full_path, uint64_t *ret_id);
