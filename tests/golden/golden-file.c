/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Paths, files, directories, links and their metadata. */

#include <linux/fs.h>
#include <linux/stat.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>

#include "golden.h"

#define UNTOUCHED_PATH "/nonexistent/in-an-untouched-page"

#define G_STRUCT "struct stat not decoded"
#define G_IOVEC "iovec array not decoded"

int main(int argc, char *argv[]) {
        char buf[64], lnk[64], longname[300];
        struct stat st;
        struct statx stx;
        struct iovec iov[2];
        long fd, rfd, dfd;
        const char *map;

        golden_init(argc, argv);

        T(syscall(SYS_openat, AT_FDCWD, P("nonexistent"), O_RDONLY),
          "openat(AT_FDCWD, \"%s\", O_RDONLY) = " E_NOENT, P("nonexistent"));
        /* Paths are printed whole, whatever -s says. */
        memset(longname, 'L', sizeof(longname) - 1);
        longname[sizeof(longname) - 1] = 0;
        T(syscall(SYS_openat, AT_FDCWD, P(longname), O_RDONLY),
          "openat(AT_FDCWD, \"%s\", O_RDONLY) = -1 ENAMETOOLONG (File name too long)", P(longname));
        gap("a path is captured up to the capture size (256 bytes by default); strace prints it whole");
        T(fd = syscall(SYS_openat, AT_FDCWD, golden_dir, O_RDWR | O_TMPFILE, 0600),
          "openat(AT_FDCWD, \"%s\", O_RDWR|O_TMPFILE, 0600) = %ld", golden_dir, ret);
        T(syscall(SYS_close, fd), "close(%ld) = 0", fd);
        T(syscall(SYS_openat, AT_FDCWD, BAD_PTR, O_RDONLY),
          "openat(AT_FDCWD, 0x1, O_RDONLY) = " E_FAULT);
        T(fd = syscall(SYS_openat, AT_FDCWD, P("f"), O_WRONLY | O_CREAT | O_TRUNC, 0644),
          "openat(AT_FDCWD, \"%s\", O_WRONLY|O_CREAT|O_TRUNC, 0644) = %ld", P("f"), ret);
        T(syscall(SYS_write, fd, "hello world\n", 12),
          "write(%ld, \"hello world\\n\", 12) = 12", fd);
        T(syscall(SYS_write, 1000, "x", 1),
          "write(1000, \"x\", 1) = " E_BADF);
        T(syscall(SYS_pwrite64, fd, "abc", 3, 100),
          "pwrite64(%ld, \"abc\", 3, 100) = 3", fd);
        iov[0] = (struct iovec) { .iov_base = (void *) "ab", .iov_len = 2 };
        iov[1] = (struct iovec) { .iov_base = (void *) "cd", .iov_len = 2 };
        T(syscall(SYS_writev, fd, iov, 2),
          "writev(%ld, [{iov_base=\"ab\", iov_len=2}, {iov_base=\"cd\", iov_len=2}], 2) = 4", fd);
        T(syscall(SYS_pwritev, fd, iov, 1, 200, 0),
          "pwritev(%ld, [{iov_base=\"ab\", iov_len=2}], 1, 200) = 2", fd);
        T(syscall(SYS_fsync, fd), "fsync(%ld) = 0", fd);
        T(syscall(SYS_fdatasync, fd), "fdatasync(%ld) = 0", fd);
        T(syscall(SYS_fstat, fd, &st),
          "fstat(%ld, {st_mode=S_IFREG|0644, st_size=202, ...}) = 0", fd);
        T(syscall(SYS_fstat, 1000, &st), "fstat(1000, %p) = " E_BADF, (void *) &st);
        T(syscall(SYS_ftruncate, fd, 300), "ftruncate(%ld, 300) = 0", fd);
        T(syscall(SYS_fallocate, fd, 0, 0, 4096), "fallocate(%ld, 0, 0, 4096) = 0", fd);
        T(syscall(SYS_flock, fd, LOCK_EX), "flock(%ld, LOCK_EX) = 0", fd);
        T(syscall(SYS_flock, fd, LOCK_UN), "flock(%ld, LOCK_UN) = 0", fd);
        T(syscall(SYS_close, fd), "close(%ld) = 0", fd);
        T(syscall(SYS_close, fd), "close(%ld) = " E_BADF, fd);

#ifdef SYS_open
        T(rfd = syscall(SYS_open, P("f"), O_RDONLY | O_CLOEXEC),
          "open(\"%s\", O_RDONLY|O_CLOEXEC) = %ld", P("f"), ret);
#else
        T(rfd = syscall(SYS_openat, AT_FDCWD, P("f"), O_RDONLY | O_CLOEXEC),
          "openat(AT_FDCWD, \"%s\", O_RDONLY|O_CLOEXEC) = %ld", P("f"), ret);
#endif
        T(syscall(SYS_read, rfd, buf, 5), "read(%ld, \"hello\", 5) = 5", rfd);
        T(syscall(SYS_lseek, rfd, 0, SEEK_CUR), "lseek(%ld, 0, SEEK_CUR) = 5", rfd);
        T(syscall(SYS_lseek, rfd, (off_t) -1, SEEK_SET), "lseek(%ld, -1, SEEK_SET) = " E_INVAL, rfd);
        T(syscall(SYS_lseek, rfd, 0, 7), "lseek(%ld, 0, 0x7 /* SEEK_??? */) = " E_INVAL, rfd);
        T(syscall(SYS_pread64, rfd, buf, 3, 100), "pread64(%ld, \"abc\", 3, 100) = 3", rfd);
        T(syscall(SYS_read, rfd, BAD_PTR, 5), "read(%ld, 0x1, 5) = " E_FAULT, rfd);
        iov[0] = (struct iovec) { .iov_base = buf, .iov_len = 5 };
        iov[1] = (struct iovec) { .iov_base = buf + 5, .iov_len = 3 };
        T(syscall(SYS_preadv, rfd, iov, 2, 6, 0),
          "preadv(%ld, [{iov_base=\"world\", iov_len=5}, {iov_base=\"\\nab\", iov_len=3}], 2, 6) = 8", rfd);
        T(syscall(SYS_readv, rfd, iov, 1),
          "readv(%ld, [{iov_base=\" worl\", iov_len=5}], 1) = 5", rfd);
        T(syscall(SYS_write, rfd, "x", 1), "write(%ld, \"x\", 1) = " E_BADF, rfd);

#ifdef SYS_stat
        T(syscall(SYS_stat, P("f"), &st),
          "stat(\"%s\", {st_mode=S_IFREG|0644, st_size=4096, ...}) = 0", P("f"));
#endif
#ifdef SYS_lstat
        T(syscall(SYS_lstat, P("nonexistent"), &st),
          "lstat(\"%s\", %p) = " E_NOENT, P("nonexistent"), (void *) &st);
#endif
        T(syscall(SYS_newfstatat, AT_FDCWD, P("f"), &st, AT_SYMLINK_NOFOLLOW),
          "newfstatat(AT_FDCWD, \"%s\", {st_mode=S_IFREG|0644, st_size=4096, ...}, AT_SYMLINK_NOFOLLOW) = 0", P("f"));
        T(syscall(SYS_statx, AT_FDCWD, P("nonexistent"), 0, STATX_BASIC_STATS, &stx),
          "statx(AT_FDCWD, \"%s\", AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS, %p) = " E_NOENT,
          P("nonexistent"), (void *) &stx);
#ifdef SYS_access
        T(syscall(SYS_access, P("f"), R_OK | W_OK), "access(\"%s\", R_OK|W_OK) = 0", P("f"));
#endif
#ifdef SYS_access
        T(syscall(SYS_access, P("nonexistent"), F_OK), "access(\"%s\", F_OK) = " E_NOENT, P("nonexistent"));
#endif
        T(syscall(SYS_faccessat, AT_FDCWD, P("f"), X_OK), "faccessat(AT_FDCWD, \"%s\", X_OK) = " E_ACCES, P("f"));
        T(syscall(SYS_faccessat2, AT_FDCWD, P("f"), R_OK, AT_EACCESS),
          "faccessat2(AT_FDCWD, \"%s\", R_OK, AT_EACCESS) = 0", P("f"));

        T(syscall(SYS_truncate, P("f"), 20), "truncate(\"%s\", 20) = 0", P("f"));
#ifdef SYS_chmod
        T(syscall(SYS_chmod, P("f"), 0600), "chmod(\"%s\", 0600) = 0", P("f"));
#endif
        T(syscall(SYS_fchmod, rfd, 0640), "fchmod(%ld, 0640) = 0", rfd);
        T(syscall(SYS_fchmodat, AT_FDCWD, P("nonexistent"), 0644),
          "fchmodat(AT_FDCWD, \"%s\", 0644) = " E_NOENT, P("nonexistent"));
#ifdef SYS_chown
        T(syscall(SYS_chown, P("f"), 0, 0), "chown(\"%s\", 0, 0) = 0", P("f"));
#endif
        T(syscall(SYS_fchown, rfd, -1, 0), "fchown(%ld, -1, 0) = 0", rfd);
#ifdef SYS_lchown
        T(syscall(SYS_lchown, P("f"), 0, -1), "lchown(\"%s\", 0, -1) = 0", P("f"));
#endif
        T(syscall(SYS_fchownat, AT_FDCWD, P("f"), 0, 0, AT_SYMLINK_NOFOLLOW),
          "fchownat(AT_FDCWD, \"%s\", 0, 0, AT_SYMLINK_NOFOLLOW) = 0", P("f"));
        T(syscall(SYS_utimensat, AT_FDCWD, P("f"), NULL, 0),
          "utimensat(AT_FDCWD, \"%s\", NULL, 0) = 0", P("f"));
        T(syscall(SYS_close, rfd), "close(%ld) = 0", rfd);

#ifdef SYS_mkdir
        T(syscall(SYS_mkdir, P("d"), 0755), "mkdir(\"%s\", 0755) = 0", P("d"));
#else
        T(syscall(SYS_mkdirat, AT_FDCWD, P("d"), 0755), "mkdirat(AT_FDCWD, \"%s\", 0755) = 0", P("d"));
#endif
#ifdef SYS_mkdir
        T(syscall(SYS_mkdir, P("d"), 0755), "mkdir(\"%s\", 0755) = " E_EXIST, P("d"));
#endif
        T(syscall(SYS_mkdirat, AT_FDCWD, P("d/e"), 0700), "mkdirat(AT_FDCWD, \"%s\", 0700) = 0", P("d/e"));
#ifdef SYS_rmdir
        T(syscall(SYS_rmdir, P("d")), "rmdir(\"%s\") = " E_NOTEMPTY, P("d"));
#endif
#ifdef SYS_creat
        T(fd = syscall(SYS_creat, P("d/c"), 0600), "creat(\"%s\", 0600) = %ld", P("d/c"), ret);
#else
        T(fd = syscall(SYS_openat, AT_FDCWD, P("d/c"), O_WRONLY | O_CREAT | O_TRUNC, 0600),
          "openat(AT_FDCWD, \"%s\", O_WRONLY|O_CREAT|O_TRUNC, 0600) = %ld", P("d/c"), ret);
#endif
        T(syscall(SYS_close, fd), "close(%ld) = 0", fd);
        T(syscall(SYS_mknodat, AT_FDCWD, P("fifo"), S_IFIFO | 0600, 0),
          "mknodat(AT_FDCWD, \"%s\", S_IFIFO|0600) = 0", P("fifo"));
#ifdef SYS_mknod
        T(syscall(SYS_mknod, P("fifo2"), S_IFIFO | 0644, 0),
          "mknod(\"%s\", S_IFIFO|0644) = 0", P("fifo2"));
#endif

#ifdef SYS_link
        T(syscall(SYS_link, P("f"), P("hard")), "link(\"%s\", \"%s\") = 0", P("f"), P("hard"));
#else
        T(syscall(SYS_linkat, AT_FDCWD, P("f"), AT_FDCWD, P("hard"), 0),
          "linkat(AT_FDCWD, \"%s\", AT_FDCWD, \"%s\", 0) = 0", P("f"), P("hard"));
#endif
        T(syscall(SYS_linkat, AT_FDCWD, P("f"), AT_FDCWD, P("hard"), 0),
          "linkat(AT_FDCWD, \"%s\", AT_FDCWD, \"%s\", 0) = " E_EXIST, P("f"), P("hard"));
#ifdef SYS_symlink
        T(syscall(SYS_symlink, "f", P("sym")), "symlink(\"f\", \"%s\") = 0", P("sym"));
#else
        T(syscall(SYS_symlinkat, "f", AT_FDCWD, P("sym")), "symlinkat(\"f\", AT_FDCWD, \"%s\") = 0", P("sym"));
#endif
        T(syscall(SYS_symlinkat, "loop", AT_FDCWD, P("loop")), "symlinkat(\"loop\", AT_FDCWD, \"%s\") = 0", P("loop"));
#ifdef SYS_readlink
        T(syscall(SYS_readlink, P("sym"), lnk, sizeof(lnk)), "readlink(\"%s\", \"f\", 64) = 1", P("sym"));
#endif
        T(syscall(SYS_readlinkat, AT_FDCWD, P("f"), lnk, sizeof(lnk)),
          "readlinkat(AT_FDCWD, \"%s\", %p, 64) = " E_INVAL, P("f"), (void *) lnk);
        T(syscall(SYS_openat, AT_FDCWD, P("loop"), O_RDONLY), "openat(AT_FDCWD, \"%s\", O_RDONLY) = " E_LOOP, P("loop"));
#ifdef SYS_rename
        T(syscall(SYS_rename, P("hard"), P("hard2")), "rename(\"%s\", \"%s\") = 0", P("hard"), P("hard2"));
#else
        T(syscall(SYS_renameat, AT_FDCWD, P("hard"), AT_FDCWD, P("hard2")),
          "renameat(AT_FDCWD, \"%s\", AT_FDCWD, \"%s\") = 0", P("hard"), P("hard2"));
#endif
        T(syscall(SYS_renameat, AT_FDCWD, P("hard2"), AT_FDCWD, P("d")),
          "renameat(AT_FDCWD, \"%s\", AT_FDCWD, \"%s\") = " E_ISDIR, P("hard2"), P("d"));
        T(syscall(SYS_renameat2, AT_FDCWD, P("hard2"), AT_FDCWD, P("f"), RENAME_NOREPLACE),
          "renameat2(AT_FDCWD, \"%s\", AT_FDCWD, \"%s\", RENAME_NOREPLACE) = " E_EXIST, P("hard2"), P("f"));
#ifdef SYS_unlink
        T(syscall(SYS_unlink, P("hard2")), "unlink(\"%s\") = 0", P("hard2"));
#endif
        T(syscall(SYS_unlinkat, AT_FDCWD, P("d/e"), AT_REMOVEDIR),
          "unlinkat(AT_FDCWD, \"%s\", AT_REMOVEDIR) = 0", P("d/e"));

        T(dfd = syscall(SYS_openat, AT_FDCWD, golden_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC),
          "openat(AT_FDCWD, \"%s\", O_RDONLY|O_CLOEXEC|O_DIRECTORY) = %ld", golden_dir, ret);
        T(syscall(SYS_unlinkat, dfd, "sym", 0), "unlinkat(%ld, \"sym\", 0) = 0", dfd);
        T(syscall(SYS_fchdir, dfd), "fchdir(%ld) = 0", dfd);
        T(syscall(SYS_getcwd, buf, sizeof(buf)), "getcwd(\"%s\", 64) = %zu", golden_dir, strlen(golden_dir) + 1);
        T(syscall(SYS_chdir, P("nonexistent")), "chdir(\"%s\") = " E_NOENT, P("nonexistent"));
        T(syscall(SYS_chdir, "/"), "chdir(\"/\") = 0");
        T(syscall(SYS_umask, 022), "umask(022) = 022");
        T(syscall(SYS_close, dfd), "close(%ld) = 0", dfd);

        /* A path in a page of a file mapping the program has not touched
         * yet: at sys_enter the page is not mapped in, and a BPF program
         * cannot fault it in. strace reads it after the kernel did. */
        T(fd = syscall(SYS_openat, AT_FDCWD, P("paths"), O_RDWR | O_CREAT | O_TRUNC, 0600),
          "openat(AT_FDCWD, \"%s\", O_RDWR|O_CREAT|O_TRUNC, 0600) = %ld", P("paths"), ret);
        T(syscall(SYS_write, fd, UNTOUCHED_PATH, sizeof(UNTOUCHED_PATH)),
          "write(%ld, \"/nonexistent/in-an-untouched-pag\"..., %zu) = %zu", fd, sizeof(UNTOUCHED_PATH), sizeof(UNTOUCHED_PATH));
        T(map = (const char *) syscall(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0),
          "mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, %ld, 0) = %p", fd, (const void *) map);
        T(syscall(SYS_openat, AT_FDCWD, map, O_RDONLY),
          "openat(AT_FDCWD, \"%s\", O_RDONLY) = " E_NOENT, UNTOUCHED_PATH);
        T(syscall(SYS_munmap, map, 4096), "munmap(%p, 4096) = 0", (const void *) map);
        T(syscall(SYS_close, fd), "close(%ld) = 0", fd);

        return golden_finish();
}
