/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Constant tables (values are the Linux ABI of the architecture being built:
 * x86_64 or aarch64) and their printers. */

#include <inttypes.h>

#include "xlat.h"

int xlat_print_flags(StrBuf *out, const Xlat *x, size_t n, uint64_t v, const char *zero_name) {
        return xlat_print_flags_ex(out, x, n, v, zero_name, NULL);
}

int xlat_print_flags_ex(StrBuf *out, const Xlat *x, size_t n, uint64_t v, const char *zero_name, const char *dflt) {
        bool first = true;
        int r;

        if (v == 0)
                return strbuf_append(out, zero_name ?: "0");

        for (size_t i = 0; i < n; i++) {
                if (x[i].val == 0 || (v & x[i].val) != x[i].val)
                        continue;
                r = strbuf_printf(out, "%s%s", first ? "" : "|", x[i].name);
                if (r < 0)
                        return r;
                v &= ~x[i].val;
                first = false;
        }
        if (first && dflt)
                return strbuf_printf(out, "%#" PRIx64 " /* %s */", v, dflt);
        if (v != 0 || first)
                return strbuf_printf(out, "%s%#" PRIx64, first ? "" : "|", v);
        return 0;
}

int xlat_print_xval(StrBuf *out, const Xlat *x, size_t n, uint64_t v, const char *dflt) {
        int r;

        for (size_t i = 0; i < n; i++)
                if (x[i].val == v)
                        return strbuf_append(out, x[i].name);
        r = print_hex(out, v);
        if (r < 0 || !dflt)
                return r;
        return strbuf_printf(out, " /* %s */", dflt);
}

int xlat_print_value(StrBuf *out, const Xlat *x, size_t n, uint64_t v, bool hex) {
        for (size_t i = 0; i < n; i++)
                if (x[i].val == v)
                        return strbuf_append(out, x[i].name);
        if (hex)
                return print_hex(out, v);
        return strbuf_printf(out, "%" PRIi64, (int64_t) v);
}

int print_hex(StrBuf *out, uint64_t v) {
        if (v == 0)
                return strbuf_append(out, "0");
        return strbuf_printf(out, "%#" PRIx64, v);
}

int print_pointer(StrBuf *out, uint64_t v) {
        if (v == 0)
                return strbuf_append(out, "NULL");
        return strbuf_printf(out, "%#" PRIx64, v);
}

int print_mode(StrBuf *out, uint64_t v) {
        return strbuf_printf(out, "%#03" PRIo64, v);
}

/* Four O_* bits are arm64's own (arch/arm64/include/uapi/asm/fcntl.h); the
 * rest, and x86_64's, are asm-generic's. Records are decoded on the machine
 * that made them, so the values are those of the architecture being built. */
#if defined(__aarch64__)
#define TL_O_DIRECTORY 0040000
#define TL_O_NOFOLLOW  0100000
#define TL_O_DIRECT    0200000
#define TL_O_LARGEFILE 0400000
#else
#define TL_O_DIRECT    0040000
#define TL_O_LARGEFILE 0100000
#define TL_O_DIRECTORY 0200000
#define TL_O_NOFOLLOW  0400000
#endif

/* Order as strace prints them; O_SYNC before O_DSYNC and O_TMPFILE before
 * O_DIRECTORY since they include those bits. */
static const Xlat open_flags[] = {
        { 00000100, "O_CREAT" },
        { 00000200, "O_EXCL" },
        { 00000400, "O_NOCTTY" },
        { 00001000, "O_TRUNC" },
        { 00002000, "O_APPEND" },
        { 00004000, "O_NONBLOCK" },
        { 04010000, "O_SYNC" },
        { 00010000, "O_DSYNC" },
        { TL_O_DIRECT, "O_DIRECT" },
        { TL_O_LARGEFILE, "O_LARGEFILE" },
        { TL_O_NOFOLLOW, "O_NOFOLLOW" },
        { 01000000, "O_NOATIME" },
        { 02000000, "O_CLOEXEC" },
        { 010000000, "O_PATH" },
        { 020000000 | TL_O_DIRECTORY, "O_TMPFILE" },
        { TL_O_DIRECTORY, "O_DIRECTORY" },
        { 00020000, "FASYNC" },
};

int print_open_flags(StrBuf *out, uint64_t v) {
        static const char *const accmode[] = { "O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE" };
        uint32_t f = (uint32_t) v;
        int r;

        r = strbuf_append(out, accmode[f & 3]);
        if (r < 0)
                return r;
        f &= ~3u;
        if (f == 0)
                return 0;
        r = strbuf_append_char(out, '|');
        if (r < 0)
                return r;
        return xlat_print_flags(out, open_flags, ELEMENTSOF(open_flags), f, NULL);
}

/* pipe2, dup3: no access mode, so its bits are unknown ones. */
int print_open_flags_noacc(StrBuf *out, uint64_t v) {
        return xlat_print_flags_ex(out, open_flags, ELEMENTSOF(open_flags), (uint32_t) v, "0", "O_???");
}

static const Xlat mmap_prot[] = {
        { 0x1, "PROT_READ" },
        { 0x2, "PROT_WRITE" },
        { 0x4, "PROT_EXEC" },
        { 0x8, "PROT_SEM" },
        { 0x01000000, "PROT_GROWSDOWN" },
        { 0x02000000, "PROT_GROWSUP" },
};

int print_mmap_prot(StrBuf *out, uint64_t v) {
        return xlat_print_flags_ex(out, mmap_prot, ELEMENTSOF(mmap_prot), (uint32_t) v, "PROT_NONE", "PROT_???");
}

/* strace's order, which is not the numeric one. */
static const Xlat mmap_flags[] = {
        { 0x10, "MAP_FIXED" },
        { 0x20, "MAP_ANONYMOUS" },
        { 0x40, "MAP_32BIT" },
        { 0x4000, "MAP_NORESERVE" },
        { 0x8000, "MAP_POPULATE" },
        { 0x10000, "MAP_NONBLOCK" },
        { 0x100, "MAP_GROWSDOWN" },
        { 0x800, "MAP_DENYWRITE" },
        { 0x1000, "MAP_EXECUTABLE" },
        { 0x2000, "MAP_LOCKED" },
        { 0x20000, "MAP_STACK" },
        { 0x40000, "MAP_HUGETLB" },
        { 0x80000, "MAP_SYNC" },
        { 0x100000, "MAP_FIXED_NOREPLACE" },
};

#define MAP_HUGE_SHIFT_BITS 26
#define MAP_HUGE_MASK_BITS 0x3fu

/* The sharing type (low nibble) as a value, then the flags, then the huge
 * page size as "N<<MAP_HUGE_SHIFT" as strace writes it. */
int print_mmap_flags(StrBuf *out, uint64_t v) {
        static const Xlat types[] = {
                { 0x0, "MAP_FILE" },
                { 0x1, "MAP_SHARED" },
                { 0x2, "MAP_PRIVATE" },
                { 0x3, "MAP_SHARED_VALIDATE" },
        };
        uint64_t f = (uint32_t) v;
        uint64_t type = f & 0xf, huge = (f >> MAP_HUGE_SHIFT_BITS) & MAP_HUGE_MASK_BITS;
        uint64_t rest = f & ~(uint64_t) 0xf & ~((uint64_t) MAP_HUGE_MASK_BITS << MAP_HUGE_SHIFT_BITS);
        int r;

        r = xlat_print_xval(out, types, ELEMENTSOF(types), type, "MAP_???");
        if (r < 0)
                return r;
        if (rest != 0) {
                r = strbuf_append_char(out, '|');
                if (r < 0)
                        return r;
                r = xlat_print_flags(out, mmap_flags, ELEMENTSOF(mmap_flags), rest, NULL);
                if (r < 0)
                        return r;
        }
        if (huge != 0)
                return strbuf_printf(out, "|%" PRIu64 "<<MAP_HUGE_SHIFT", huge);
        return 0;
}

/* 0x200 is AT_EACCESS for faccessat2 and AT_REMOVEDIR everywhere else;
 * strace leaves the statx sync bits to statx. */
int print_at_flags(StrBuf *out, uint64_t v, bool eaccess) {
        const Xlat at_flags[] = {
                { 0x100, "AT_SYMLINK_NOFOLLOW" },
                { 0x200, eaccess ? "AT_EACCESS" : "AT_REMOVEDIR" },
                { 0x400, "AT_SYMLINK_FOLLOW" },
                { 0x800, "AT_NO_AUTOMOUNT" },
                { 0x1000, "AT_EMPTY_PATH" },
                { 0x8000, "AT_RECURSIVE" },
        };

        return xlat_print_flags_ex(out, at_flags, ELEMENTSOF(at_flags), (uint32_t) v, NULL, "AT_???");
}

int print_access_mode(StrBuf *out, uint64_t v) {
        static const Xlat modes[] = {
                { 4, "R_OK" },
                { 2, "W_OK" },
                { 1, "X_OK" },
        };

        return xlat_print_flags_ex(out, modes, ELEMENTSOF(modes), (uint32_t) v, "F_OK", "?_OK");
}

#define SIGRTMIN_KERNEL 32
#define SIGRTMAX_KERNEL 64

static const char *const signal_names[] = {
        [1] = "SIGHUP", [2] = "SIGINT", [3] = "SIGQUIT", [4] = "SIGILL",
        [5] = "SIGTRAP", [6] = "SIGABRT", [7] = "SIGBUS", [8] = "SIGFPE",
        [9] = "SIGKILL", [10] = "SIGUSR1", [11] = "SIGSEGV", [12] = "SIGUSR2",
        [13] = "SIGPIPE", [14] = "SIGALRM", [15] = "SIGTERM", [16] = "SIGSTKFLT",
        [17] = "SIGCHLD", [18] = "SIGCONT", [19] = "SIGSTOP", [20] = "SIGTSTP",
        [21] = "SIGTTIN", [22] = "SIGTTOU", [23] = "SIGURG", [24] = "SIGXCPU",
        [25] = "SIGXFSZ", [26] = "SIGVTALRM", [27] = "SIGPROF", [28] = "SIGWINCH",
        [29] = "SIGIO", [30] = "SIGPWR", [31] = "SIGSYS",
};

bool signal_is_known(int s) {
        return s > 0 && s <= SIGRTMAX_KERNEL;
}

/* strace counts real-time signals from the kernel's SIGRTMIN (32), not
 * glibc's: 32 is SIGRTMIN, 33..64 are SIGRT_1..SIGRT_32. */
int print_signal(StrBuf *out, uint64_t v) {
        int s = (int) (uint32_t) v;

        if (s > 0 && (size_t) s < ELEMENTSOF(signal_names))
                return strbuf_append(out, signal_names[s]);
        if (s == SIGRTMIN_KERNEL)
                return strbuf_append(out, "SIGRTMIN");
        if (s > SIGRTMIN_KERNEL && s <= SIGRTMAX_KERNEL)
                return strbuf_printf(out, "SIGRT_%d", s - SIGRTMIN_KERNEL);
        return strbuf_printf(out, "%d", s);
}

int print_seek_whence(StrBuf *out, uint64_t v) {
        static const Xlat whence[] = {
                { 0, "SEEK_SET" },
                { 1, "SEEK_CUR" },
                { 2, "SEEK_END" },
                { 3, "SEEK_DATA" },
                { 4, "SEEK_HOLE" },
        };

        return xlat_print_xval(out, whence, ELEMENTSOF(whence), (uint32_t) v, "SEEK_???");
}
