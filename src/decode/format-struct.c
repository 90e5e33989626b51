/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Structures behind pointer arguments, as strace 6.1 prints them by default
 * (abbreviated: "{st_mode=S_IFREG|0644, st_size=5, ...}"). Layouts are the
 * kernel ABI of the architecture built for: x86_64 and aarch64 differ only in
 * struct stat. */

#include <errno.h>
#include <inttypes.h>
#include <net/if.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "format-signal.h"
#include "format-struct.h"
#include "quote.h"
#include "recorder-abi.h"
#include "xlat.h"

bool arg_kind_is_struct(ArgKind k) {
        return k >= ARG_STAT && k <= ARG_SIGRETURN_MASK;
}

bool struct_kind_is_exit_time(ArgKind k) {
        switch (k) {
        case ARG_STAT:
        case ARG_STATX:
        case ARG_SOCKADDR_OUT:
        case ARG_FD_PAIR:
        case ARG_WAIT_STATUS:
        case ARG_TIMESPEC_OUT:
        case ARG_RLIM_OUT:
        case ARG_UTSNAME:
        case ARG_SYSINFO:
        case ARG_SIGSET_OUT:
        case ARG_SIGACTION_OUT:
        case ARG_EPOLL_EVENTS_OUT:
        case ARG_IOVEC_OUT:
        case ARG_MSGHDR_OUT:
        case ARG_TIMEVAL_OUT:
        case ARG_ITIMERVAL_OUT:
        case ARG_ITIMERSPEC_OUT:
        case ARG_TIMER_ID_OUT:
        case ARG_TIME_OUT:
        case ARG_RUSAGE_OUT:
        case ARG_TIMESPEC_REM:
        case ARG_TIMEZONE_OUT:
        case ARG_TMS_OUT:
        case ARG_INT_OUT:
        case ARG_UID_OUT:
        case ARG_ADDR_OUT:
        case ARG_ULONG_OUT:
        case ARG_SOCKOPT_OUT:
        case ARG_DIRENTS_OUT:
        case ARG_CPUSET_OUT:
        case ARG_COMM_OUT:
        case ARG_STACK_OUT:
        case ARG_MINCORE_VEC:
        case ARG_TIMEX_OUT:
        case ARG_SIGINFO_OUT:
                return true;
        default:
                return false;
        }
}

int print_file_mode(StrBuf *out, uint32_t mode) {
        static const Xlat types[] = {
                { 0140000, "S_IFSOCK" },
                { 0120000, "S_IFLNK" },
                { 0100000, "S_IFREG" },
                { 0060000, "S_IFBLK" },
                { 0040000, "S_IFDIR" },
                { 0020000, "S_IFCHR" },
                { 0010000, "S_IFIFO" },
        };
        const char *type = NULL;
        int r;

        for (size_t i = 0; i < ELEMENTSOF(types); i++)
                if ((mode & 0170000) == types[i].val)
                        type = types[i].name;
        if (type) {
                r = strbuf_printf(out, "%s|", type);
                if (r < 0)
                        return r;
        } else if (mode & 0170000) {
                r = strbuf_printf(out, "%#o|", mode & 0170000);
                if (r < 0)
                        return r;
        }
        if (mode & 04000) {
                r = strbuf_append(out, "S_ISUID|");
                if (r < 0)
                        return r;
        }
        if (mode & 02000) {
                r = strbuf_append(out, "S_ISGID|");
                if (r < 0)
                        return r;
        }
        if (mode & 01000) {
                r = strbuf_append(out, "S_ISVTX|");
                if (r < 0)
                        return r;
        }
        return strbuf_printf(out, "%#03o", mode & 0777);
}

/* struct stat: x86_64 has its own layout, aarch64 the generic one. */
#if defined(__aarch64__)
#define STAT_MODE_OFFSET 16
#define STAT_RDEV_OFFSET 32
#else
#define STAT_MODE_OFFSET 24
#define STAT_RDEV_OFFSET 40
#endif
#define STAT_SIZE_OFFSET 48

static int print_stat(StrBuf *out, const StructView *v) {
        uint32_t mode;
        int r;

        if (v->len < STAT_SIZE_OFFSET + 8)
                return -ENODATA;
        mode = get_u32(v->p + STAT_MODE_OFFSET);
        r = strbuf_append(out, "{st_mode=");
        if (r < 0)
                return r;
        r = print_file_mode(out, mode);
        if (r < 0)
                return r;
        if ((mode & 0170000) == 0020000 || (mode & 0170000) == 0060000) {
                uint64_t dev = get_u64(v->p + STAT_RDEV_OFFSET);
                uint32_t major = (uint32_t) (((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffULL));
                uint32_t minor = (uint32_t) ((dev & 0xff) | ((dev >> 12) & ~0xffULL));

                return strbuf_printf(out, ", st_rdev=makedev(%#x, %#x), ...}", major, minor);
        }
        return strbuf_printf(out, ", st_size=%" PRIi64 ", ...}", (int64_t) get_u64(v->p + STAT_SIZE_OFFSET));
}

static const Xlat statx_mask[] = {
        { 0x00000fff, "STATX_ALL" },
        { 0x000007ff, "STATX_BASIC_STATS" },
        { 0x00000001, "STATX_TYPE" },
        { 0x00000002, "STATX_MODE" },
        { 0x00000004, "STATX_NLINK" },
        { 0x00000008, "STATX_UID" },
        { 0x00000010, "STATX_GID" },
        { 0x00000020, "STATX_ATIME" },
        { 0x00000040, "STATX_MTIME" },
        { 0x00000080, "STATX_CTIME" },
        { 0x00000100, "STATX_INO" },
        { 0x00000200, "STATX_SIZE" },
        { 0x00000400, "STATX_BLOCKS" },
        { 0x00000800, "STATX_BTIME" },
        { 0x00001000, "STATX_MNT_ID" },
        { 0x00002000, "STATX_DIOALIGN" },
};

static const Xlat statx_attrs[] = {
        { 0x00000004, "STATX_ATTR_COMPRESSED" },
        { 0x00000010, "STATX_ATTR_IMMUTABLE" },
        { 0x00000020, "STATX_ATTR_APPEND" },
        { 0x00000040, "STATX_ATTR_NODUMP" },
        { 0x00000800, "STATX_ATTR_ENCRYPTED" },
        { 0x00001000, "STATX_ATTR_AUTOMOUNT" },
        { 0x00002000, "STATX_ATTR_MOUNT_ROOT" },
        { 0x00100000, "STATX_ATTR_VERITY" },
        { 0x00200000, "STATX_ATTR_DAX" },
};

/* struct statx: stx_mask at 0, stx_attributes at 8, stx_mode at 28, stx_size at 40. */
static int print_statx(StrBuf *out, const StructView *v) {
        int r;

        if (v->len < 48)
                return -ENODATA;
        r = strbuf_append(out, "{stx_mask=");
        if (r < 0)
                return r;
        r = xlat_print_flags(out, statx_mask, ELEMENTSOF(statx_mask), get_u32(v->p), NULL);
        if (r < 0)
                return r;
        r = strbuf_append(out, ", stx_attributes=");
        if (r < 0)
                return r;
        r = xlat_print_flags(out, statx_attrs, ELEMENTSOF(statx_attrs), get_u64(v->p + 8), NULL);
        if (r < 0)
                return r;
        r = strbuf_append(out, ", stx_mode=");
        if (r < 0)
                return r;
        r = print_file_mode(out, get_u16(v->p + 28));
        if (r < 0)
                return r;
        return strbuf_printf(out, ", stx_size=%" PRIu64 ", ...}", get_u64(v->p + 40));
}

static const char *const af_names[] = {
        [0] = "AF_UNSPEC", [1] = "AF_UNIX", [2] = "AF_INET", [3] = "AF_AX25",
        [4] = "AF_IPX", [5] = "AF_APPLETALK", [6] = "AF_NETROM", [7] = "AF_BRIDGE",
        [8] = "AF_ATMPVC", [9] = "AF_X25", [10] = "AF_INET6", [11] = "AF_ROSE",
        [12] = "AF_DECnet", [13] = "AF_NETBEUI", [14] = "AF_SECURITY", [15] = "AF_KEY",
        [16] = "AF_NETLINK", [17] = "AF_PACKET", [18] = "AF_ASH", [19] = "AF_ECONET",
        [20] = "AF_ATMSVC", [21] = "AF_RDS", [22] = "AF_SNA", [23] = "AF_IRDA",
        [24] = "AF_PPPOX", [25] = "AF_WANPIPE", [26] = "AF_LLC", [27] = "AF_IB",
        [28] = "AF_MPLS", [29] = "AF_CAN", [30] = "AF_TIPC", [31] = "AF_BLUETOOTH",
        [32] = "AF_IUCV", [33] = "AF_RXRPC", [34] = "AF_ISDN", [35] = "AF_PHONET",
        [36] = "AF_IEEE802154", [37] = "AF_CAIF", [38] = "AF_ALG", [39] = "AF_NFC",
        [40] = "AF_VSOCK", [41] = "AF_KCM", [42] = "AF_QIPCRTR", [43] = "AF_SMC",
        [44] = "AF_XDP", [45] = "AF_MCTP",
};

static int print_sa_family(StrBuf *out, uint16_t family) {
        if (family < ELEMENTSOF(af_names) && af_names[family])
                return strbuf_printf(out, "{sa_family=%s", af_names[family]);
        return strbuf_printf(out, "{sa_family=%" PRIu16 " /* AF_??? */", family);
}

static int print_sockaddr_un(StrBuf *out, const uint8_t *p, size_t len) {
        const uint8_t *path = p + 2;
        size_t n = len - 2;
        int r;

        if (n == 0)
                return strbuf_append(out, "}");
        if (n > 108)
                n = 108;
        if (path[0] == 0) {
                /* Abstract: every byte of the given length is the name. */
                r = strbuf_append(out, ", sun_path=@");
                if (r < 0)
                        return r;
                r = quote_bytes(out, path + 1, n - 1, false);
        } else {
                r = strbuf_append(out, ", sun_path=");
                if (r < 0)
                        return r;
                r = quote_bytes(out, path, strnlen((const char *) path, n), false);
        }
        if (r < 0)
                return r;
        return strbuf_append(out, "}");
}

/* sin6_scope_id and the closing brace. strace names the interface of a
 * link-local address (fe80::/10, ff02::/16) when the index is one:
 * if_nametoindex("lo"). The name is looked up here, when the trace is
 * decoded, among the interfaces of the decoding process's network namespace
 * (traceloop.service has its own, with only lo): an index it does not know
 * prints as a number. */
static int print_scope_id(StrBuf *out, const uint8_t *addr, uint32_t id) {
        char name[IF_NAMESIZE];
        bool link_local = (addr[0] == 0xfe && (addr[1] & 0xc0) == 0x80) ||
                (addr[0] == 0xff && (addr[1] & 0x0f) == 0x02);
        int r;

        if (!link_local || id == 0 || !if_indextoname(id, name))
                return strbuf_printf(out, ", sin6_scope_id=%" PRIu32 "}", id);
        r = strbuf_append(out, ", sin6_scope_id=if_nametoindex(");
        if (r >= 0)
                r = quote_bytes(out, (const uint8_t *) name, strnlen(name, sizeof(name)), false);
        if (r >= 0)
                r = strbuf_append(out, ")}");
        return r;
}
int print_sockaddr(StrBuf *out, const uint8_t *p, size_t len) {
        uint16_t family;
        int r;

        if (len < 2)
                return -ENODATA;
        family = get_u16(p);
        r = print_sa_family(out, family);
        if (r < 0)
                return r;

        if (family == 1)
                return print_sockaddr_un(out, p, len);
        if (family == 2 && len >= 16) {
                const uint8_t *a = p + 4;

                return strbuf_printf(out, ", sin_port=htons(%u), sin_addr=inet_addr(\"%u.%u.%u.%u\")}",
                                     (unsigned) (p[2] << 8 | p[3]), a[0], a[1], a[2], a[3]);
        }
        if (family == 10 && len >= 24) {
                char addr[64];

                /* The shortest form (RFC 5952), as inet_ntop() writes it. */
                {
                        uint16_t w[8];
                        int best = -1, best_len = 0;
                        size_t o = 0;

                        for (int i = 0; i < 8; i++)
                                w[i] = (uint16_t) (p[8 + 2 * i] << 8 | p[9 + 2 * i]);
                        for (int i = 0; i < 8;) {
                                int j = i;

                                while (j < 8 && w[j] == 0)
                                        j++;
                                if (j - i > best_len && j - i >= 2) {
                                        best = i;
                                        best_len = j - i;
                                }
                                i = j == i ? i + 1 : j;
                        }
                        /* IPv4-mapped and -compatible addresses end in dotted
                         * quad, as inet_ntop() prints them. */
                        if (best == 0 && best_len == 5 && w[5] == 0xffff)
                                snprintf(addr, sizeof(addr), "::ffff:%u.%u.%u.%u", p[20], p[21], p[22], p[23]);
                        else if (best == 0 && best_len == 6)
                                snprintf(addr, sizeof(addr), "::%u.%u.%u.%u", p[20], p[21], p[22], p[23]);
                        else {
                                for (int i = 0; i < 8; i++) {
                                        if (i == best) {
                                                o += (size_t) snprintf(addr + o, sizeof(addr) - o, "::");
                                                i += best_len - 1;
                                                continue;
                                        }
                                        o += (size_t) snprintf(addr + o, sizeof(addr) - o, "%s%x",
                                                               o > 0 && addr[o - 1] != ':' ? ":" : "", w[i]);
                                }
                        }
                }
                r = strbuf_printf(out, ", sin6_port=htons(%u), sin6_flowinfo=htonl(%" PRIu32 "), "
                                  "inet_pton(AF_INET6, \"%s\", &sin6_addr)",
                                  (unsigned) (p[2] << 8 | p[3]),
                                  (uint32_t) p[4] << 24 | (uint32_t) p[5] << 16 | (uint32_t) p[6] << 8 | p[7],
                                  addr);
                if (r < 0)
                        return r;
                if (len >= 28)
                        return print_scope_id(out, p + 8, get_u32(p + 24));
                return strbuf_append(out, "}");
        }
        if (family == 16 && len >= 12)
                return strbuf_printf(out, ", nl_pid=%" PRIu32 ", nl_groups=%08" PRIx32 "}",
                                     get_u32(p + 4), get_u32(p + 8));

        /* Anything else: the raw bytes after the family. */
        r = strbuf_append(out, ", sa_data=");
        if (r < 0)
                return r;
        r = quote_bytes(out, p + 2, len - 2, false);
        if (r < 0)
                return r;
        return strbuf_append(out, "}");
}

static int print_argv(StrBuf *out, const StructView *v) {
        size_t pos = 0, shown = 0;
        int r;

        /* Unreadable from its first entry (an older recorder's form of a fault). */
        if (v->orig_len == 0 && (v->flags & TL_CAPTURE_TRUNCATED))
                return -ENODATA;

        r = strbuf_append_char(out, '[');
        if (r < 0)
                return r;
        while (pos < v->len && shown < v->orig_len && shown < v->string_max) {
                uint8_t status = v->p[pos++];
                size_t n;

                if (shown > 0) {
                        r = strbuf_append(out, ", ");
                        if (r < 0)
                                return r;
                }
                shown++;
                if (status == TL_ARGV_ENTRY_FAULT) {
                        r = strbuf_append(out, "???");
                        if (r < 0)
                                return r;
                        continue;
                }
                if (status != TL_ARGV_ENTRY_WHOLE && status != TL_ARGV_ENTRY_CUT)
                        return -ENODATA;
                n = strnlen((const char *) v->p + pos, v->len - pos);
                if (pos + n >= v->len) /* no NUL: not an entry the recorder wrote */
                        return -ENODATA;
                r = quote_bytes(out, v->p + pos, n < v->string_max ? n : v->string_max,
                                n > v->string_max || status == TL_ARGV_ENTRY_CUT);
                if (r < 0)
                        return r;
                pos += n + 1;
        }
        if (shown < v->orig_len) {
                r = strbuf_append(out, shown > 0 ? ", ..." : "...");
                if (r < 0)
                        return r;
        }
        return strbuf_append_char(out, ']');
}

static int print_envp(StrBuf *out, const StructView *v) {
        int r;

        r = print_pointer(out, v->ptr);
        if (r < 0)
                return r;
        return strbuf_printf(out, " /* %" PRIu32 " var%s%s */", v->orig_len, v->orig_len == 1 ? "" : "s",
                             (v->flags & TL_CAPTURE_TRUNCATED) ? " or more" : "");
}

static const char *signal_abbrev(unsigned s, char *buf, size_t size) {
        static const char *const names[] = {
                [1] = "HUP", [2] = "INT", [3] = "QUIT", [4] = "ILL", [5] = "TRAP", [6] = "ABRT",
                [7] = "BUS", [8] = "FPE", [9] = "KILL", [10] = "USR1", [11] = "SEGV", [12] = "USR2",
                [13] = "PIPE", [14] = "ALRM", [15] = "TERM", [16] = "STKFLT", [17] = "CHLD",
                [18] = "CONT", [19] = "STOP", [20] = "TSTP", [21] = "TTIN", [22] = "TTOU",
                [23] = "URG", [24] = "XCPU", [25] = "XFSZ", [26] = "VTALRM", [27] = "PROF",
                [28] = "WINCH", [29] = "IO", [30] = "PWR", [31] = "SYS",
        };

        if (s < ELEMENTSOF(names) && names[s])
                return names[s];
        if (s == 32)
                return "RTMIN";
        snprintf(buf, size, "RT_%u", s - 32);
        return buf;
}

int print_sigset(StrBuf *out, const uint8_t *p, size_t len) {
        uint64_t set;
        unsigned nsig, count = 0;
        bool first = true, invert;
        int r;

        if (len < 8)
                return -ENODATA;
        set = get_u64(p);
        nsig = 64;
        for (unsigned s = 0; s < nsig; s++)
                if (set & (1ULL << s))
                        count++;
        /* More than half the signals: strace names the ones not in the set. */
        invert = count * 2 > nsig;
        if (invert)
                set = ~set;

        r = strbuf_append(out, invert ? "~[" : "[");
        if (r < 0)
                return r;
        for (unsigned s = 1; s <= nsig; s++) {
                char buf[16];

                if (!(set & (1ULL << (s - 1))))
                        continue;
                r = strbuf_printf(out, "%s%s", first ? "" : " ", signal_abbrev(s, buf, sizeof(buf)));
                if (r < 0)
                        return r;
                first = false;
        }
        return strbuf_append_char(out, ']');
}

static int print_signal_name(StrBuf *out, unsigned s) {
        char buf[16];

        if (s == 0 || s > 64)
                return strbuf_printf(out, "%u", s);
        return strbuf_printf(out, "SIG%s", signal_abbrev(s, buf, sizeof(buf)));
}

int print_wait_status(StrBuf *out, uint32_t status) {
        int r;

        r = strbuf_append(out, "[{");
        if (r < 0)
                return r;
        if ((status & 0xff) == 0x7f) {
                r = strbuf_append(out, "WIFSTOPPED(s) && WSTOPSIG(s) == ");
                if (r < 0)
                        return r;
                r = print_signal_name(out, (status >> 8) & 0xff);
        } else if (status == 0xffff)
                r = strbuf_append(out, "WIFCONTINUED(s)");
        else if ((status & 0x7f) != 0) {
                r = strbuf_append(out, "WIFSIGNALED(s) && WTERMSIG(s) == ");
                if (r < 0)
                        return r;
                r = print_signal_name(out, status & 0x7f);
                if (r >= 0 && (status & 0x80))
                        r = strbuf_append(out, " && WCOREDUMP(s)");
        } else
                r = strbuf_printf(out, "WIFEXITED(s) && WEXITSTATUS(s) == %u", (status >> 8) & 0xff);
        if (r < 0)
                return r;
        r = strbuf_append(out, "}");
        if (r < 0)
                return r;
        /* Bits above the 16 the macros look at (ptrace events). */
        if (status & 0xffff0000U) {
                r = strbuf_printf(out, " | %#x", status & 0xffff0000U);
                if (r < 0)
                        return r;
        }
        return strbuf_append(out, "]");
}

static int print_rlim(StrBuf *out, uint64_t v) {
        if (v == UINT64_MAX)
                return strbuf_append(out, "RLIM64_INFINITY");
        if (v > 1024 && v % 1024 == 0)
                return strbuf_printf(out, "%" PRIu64 "*1024", v / 1024);
        return strbuf_printf(out, "%" PRIu64, v);
}

static int print_rlimit(StrBuf *out, const StructView *v) {
        int r;

        if (v->len < 16)
                return -ENODATA;
        r = strbuf_append(out, "{rlim_cur=");
        if (r < 0)
                return r;
        r = print_rlim(out, get_u64(v->p));
        if (r < 0)
                return r;
        r = strbuf_append(out, ", rlim_max=");
        if (r < 0)
                return r;
        r = print_rlim(out, get_u64(v->p + 8));
        if (r < 0)
                return r;
        return strbuf_append_char(out, '}');
}

static int print_utsname_field(StrBuf *out, const char *name, const uint8_t *p) {
        int r;

        r = strbuf_printf(out, "%s=", name);
        if (r < 0)
                return r;
        return quote_bytes(out, p, strnlen((const char *) p, 65), false);
}

/* struct new_utsname: six char[65]; strace shows the first two. */
static int print_utsname(StrBuf *out, const StructView *v) {
        int r;

        if (v->len < 130)
                return -ENODATA;
        r = strbuf_append_char(out, '{');
        if (r < 0)
                return r;
        r = print_utsname_field(out, "sysname", v->p);
        if (r < 0)
                return r;
        r = strbuf_append(out, ", ");
        if (r < 0)
                return r;
        r = print_utsname_field(out, "nodename", v->p + 65);
        if (r < 0)
                return r;
        return strbuf_append(out, ", ...}");
}

/* struct sysinfo, 64-bit. */
static int print_sysinfo(StrBuf *out, const StructView *v) {
        const uint8_t *p = v->p;

        if (v->len < 112)
                return -ENODATA;
        return strbuf_printf(out,
                             "{uptime=%" PRIi64 ", loads=[%" PRIu64 ", %" PRIu64 ", %" PRIu64 "], "
                             "totalram=%" PRIu64 ", freeram=%" PRIu64 ", sharedram=%" PRIu64 ", bufferram=%" PRIu64 ", "
                             "totalswap=%" PRIu64 ", freeswap=%" PRIu64 ", procs=%" PRIu16 ", "
                             "totalhigh=%" PRIu64 ", freehigh=%" PRIu64 ", mem_unit=%" PRIu32 "}",
                             (int64_t) get_u64(p), get_u64(p + 8), get_u64(p + 16), get_u64(p + 24),
                             get_u64(p + 32), get_u64(p + 40), get_u64(p + 48), get_u64(p + 56),
                             get_u64(p + 64), get_u64(p + 72), get_u16(p + 80),
                             get_u64(p + 88), get_u64(p + 96), get_u32(p + 104));
}

static const Xlat sa_flags[] = {
        { 0x00000001, "SA_NOCLDSTOP" },
        { 0x00000002, "SA_NOCLDWAIT" },
        { 0x00000004, "SA_SIGINFO" },
        { 0x04000000, "SA_RESTORER" },
        { 0x08000000, "SA_ONSTACK" },
        { 0x10000000, "SA_RESTART" },
        { 0x40000000, "SA_NODEFER" },
        { 0x80000000, "SA_RESETHAND" },
};

/* The kernel's struct sigaction (x86_64): handler, flags, restorer, mask. */
static int print_sigaction(StrBuf *out, const StructView *v) {
        uint64_t handler, flags;
        int r;

        if (v->len < 32)
                return -ENODATA;
        handler = get_u64(v->p);
        flags = get_u64(v->p + 8);

        r = strbuf_append(out, "{sa_handler=");
        if (r < 0)
                return r;
        if (handler == 0)
                r = strbuf_append(out, "SIG_DFL");
        else if (handler == 1)
                r = strbuf_append(out, "SIG_IGN");
        else if (handler == UINT64_MAX)
                r = strbuf_append(out, "SIG_ERR");
        else
                r = print_pointer(out, handler);
        if (r < 0)
                return r;
        r = strbuf_append(out, ", sa_mask=");
        if (r < 0)
                return r;
        r = print_sigset(out, v->p + 24, 8);
        if (r < 0)
                return r;
        r = strbuf_append(out, ", sa_flags=");
        if (r < 0)
                return r;
        r = xlat_print_flags(out, sa_flags, ELEMENTSOF(sa_flags), flags, NULL);
        if (r < 0)
                return r;
        if (flags & 0x04000000) {
                r = strbuf_append(out, ", sa_restorer=");
                if (r < 0)
                        return r;
                r = print_pointer(out, get_u64(v->p + 16));
                if (r < 0)
                        return r;
        }
        return strbuf_append_char(out, '}');
}

/* struct epoll_event: packed on x86_64 (12 bytes), naturally aligned elsewhere. */
#if defined(__x86_64__)
#define EPOLL_EVENT_SIZE 12
#define EPOLL_DATA_OFFSET 4
#else
#define EPOLL_EVENT_SIZE 16
#define EPOLL_DATA_OFFSET 8
#endif

static int print_epoll_event_struct(StrBuf *out, const uint8_t *p) {
        uint64_t data = get_u64(p + EPOLL_DATA_OFFSET);
        int r;

        r = strbuf_append(out, "{events=");
        if (r < 0)
                return r;
        r = print_epoll_events(out, get_u32(p));
        if (r < 0)
                return r;
        return strbuf_printf(out, ", data={u32=%" PRIu32 ", u64=%" PRIu64 "}}", (uint32_t) data, data);
}

static int print_epoll_event_array(StrBuf *out, const StructView *v) {
        size_t n = v->ret > 0 ? (size_t) v->ret : 0, have = v->len / EPOLL_EVENT_SIZE, i;
        int r;

        if (n > have && have < v->string_max)
                return -ENODATA; /* fewer events kept than returned, and fewer than would be shown */
        r = strbuf_append_char(out, '[');
        if (r < 0)
                return r;
        for (i = 0; i < n && i < v->string_max; i++) {
                if (i > 0) {
                        r = strbuf_append(out, ", ");
                        if (r < 0)
                                return r;
                }
                r = print_epoll_event_struct(out, v->p + i * EPOLL_EVENT_SIZE);
                if (r < 0)
                        return r;
        }
        if (i < n) {
                r = strbuf_append(out, ", ...");
                if (r < 0)
                        return r;
        }
        return strbuf_append_char(out, ']');
}

/* [{iov_base="ab", iov_len=2}, ...]: at exit (readv), the bytes of each
 * entry only up to what the call transferred. */
static int print_iovec(StrBuf *out, const StructView *v, bool at_exit) {
        uint64_t left = at_exit ? (v->ret > 0 ? (uint64_t) v->ret : 0) : UINT64_MAX;
        size_t pos = 0;
        uint32_t i;
        int r;

        r = strbuf_append_char(out, '[');
        if (r < 0)
                return r;
        for (i = 0; i < v->orig_len && i < v->string_max; i++) {
                struct tl_iov_entry e;
                uint64_t limit;
                size_t shown;

                pos = (pos + 7) & ~(size_t) 7;
                if (pos > v->len || v->len - pos < sizeof(e))
                        return -ENODATA;
                memcpy(&e, v->p + pos, sizeof(e));
                pos += sizeof(e);
                if (e.kept > v->len - pos || e.kept > e.len)
                        return -ENODATA;
                limit = e.len < left ? e.len : left;
                left -= limit;

                r = strbuf_append(out, i > 0 ? ", {iov_base=" : "{iov_base=");
                if (r < 0)
                        return r;
                if (e.base == 0 || (e.flags & TL_CAPTURE_FAULT))
                        r = print_pointer(out, e.base);
                else {
                        shown = e.kept < v->string_max ? e.kept : v->string_max;
                        if (shown > limit)
                                shown = (size_t) limit;
                        r = quote_bytes(out, v->p + pos, shown, shown < limit);
                }
                if (r < 0)
                        return r;
                r = strbuf_printf(out, ", iov_len=%" PRIu64 "}", e.len);
                if (r < 0)
                        return r;
                pos += e.kept;
        }
        if (i < v->size) {
                r = strbuf_append(out, i > 0 ? ", ..." : "...");
                if (r < 0)
                        return r;
        }
        return strbuf_append_char(out, ']');
}

/* struct pollfd: int fd, short events, short revents. */
static int print_pollfds(StrBuf *out, const StructView *v) {
        size_t n = v->size, have = v->len / 8, i;
        int r;

        if (n > have && have < v->string_max)
                return -ENODATA;
        r = strbuf_append_char(out, '[');
        if (r < 0)
                return r;
        for (i = 0; i < n && i < v->string_max; i++) {
                int32_t fd = (int32_t) get_u32(v->p + 8 * i);

                r = strbuf_printf(out, "%s{fd=%" PRIi32, i > 0 ? ", " : "", fd);
                if (r < 0)
                        return r;
                if (fd >= 0) {
                        r = strbuf_append(out, ", events=");
                        if (r < 0)
                                return r;
                        r = print_poll_events(out, get_u16(v->p + 8 * i + 4));
                        if (r < 0)
                                return r;
                }
                r = strbuf_append_char(out, '}');
                if (r < 0)
                        return r;
        }
        if (i < n) {
                r = strbuf_append(out, ", ...");
                if (r < 0)
                        return r;
        }
        return strbuf_append_char(out, ']');
}

int print_poll_revents(StrBuf *out, const uint8_t *p, size_t len, uint32_t nfds,
                       const uint8_t *left, size_t left_len) {
        size_t have = len / 8;
        bool first = true;
        int r;

        if (have < nfds)
                return -ENODATA;
        r = strbuf_append(out, " ([");
        if (r < 0)
                return r;
        for (size_t i = 0; i < nfds; i++) {
                int32_t fd = (int32_t) get_u32(p + 8 * i);
                uint16_t revents = get_u16(p + 8 * i + 6);

                if (revents == 0)
                        continue;
                r = strbuf_printf(out, "%s{fd=%" PRIi32 ", revents=", first ? "" : ", ", fd);
                if (r < 0)
                        return r;
                r = print_poll_events(out, revents);
                if (r < 0)
                        return r;
                r = strbuf_append_char(out, '}');
                if (r < 0)
                        return r;
                first = false;
        }
        r = strbuf_append_char(out, ']');
        if (r < 0)
                return r;
        if (left && left_len >= 16) {
                r = strbuf_printf(out, ", left {tv_sec=%" PRIi64 ", tv_nsec=%" PRIi64 "}",
                                  (int64_t) get_u64(left), (int64_t) get_u64(left + 8));
                if (r < 0)
                        return r;
        }
        return strbuf_append_char(out, ')');
}

/* {msg_name=..., msg_namelen=16, msg_iov=[...], msg_iovlen=1, msg_control=[...], msg_controllen=24,
 * msg_flags=0}; recvmsg's msg_namelen as "110 => 16" where the kernel changed it. */
static int print_msghdr(StrBuf *out, const StructView *v, bool at_exit) {
        uint64_t name, iovlen, control, controllen;
        size_t name_room, control_kept, head;
        int32_t namelen, shown;
        uint32_t flags;
        StructView iov;
        int r;

        if (v->len < TL_MSGHDR_SIZE)
                return -ENODATA;
        name = get_u64(v->p);
        namelen = (int32_t) get_u32(v->p + 8);
        iovlen = get_u64(v->p + 24);
        control = get_u64(v->p + 32);
        controllen = get_u64(v->p + 40);
        flags = get_u32(v->p + 48);
        name_room = get_u16(v->p + TL_MSGHDR_NAME_ROOM);
        control_kept = get_u16(v->p + TL_MSGHDR_CONTROL_KEPT);
        head = TL_MSGHDR_SIZE + name_room + ((control_kept + 7) & ~(size_t) 7);
        if (name_room > TL_MSGHDR_NAME_MAX || head > v->len)
                return -ENODATA;
        /* The kernel wrote no more of the name than the user had room for. */
        shown = v->have_in && namelen > v->in ? v->in : namelen;

        r = strbuf_append(out, "{msg_name=");
        if (r < 0)
                return r;
        if (name == 0 || shown <= 0)
                r = print_pointer(out, name);
        else {
                size_t old = out->len;

                r = print_sockaddr(out, v->p + TL_MSGHDR_SIZE, (size_t) shown < name_room ? (size_t) shown : name_room);
                if (r == -ENODATA) {
                        if (out->buf)
                                strbuf_truncate(out, old);
                        r = print_pointer(out, name);
                }
        }
        if (r < 0)
                return r;
        r = strbuf_append(out, ", msg_namelen=");
        if (r >= 0 && v->have_in && v->in != namelen)
                r = strbuf_printf(out, "%" PRIi32 " => ", v->in);
        if (r >= 0)
                r = strbuf_printf(out, "%" PRIi32 ", msg_iov=", namelen);
        if (r < 0)
                return r;
        iov = *v;
        iov.p = v->p + head;
        iov.len = v->len - head;
        iov.size = iovlen;
        r = print_iovec(out, &iov, at_exit);
        if (r < 0)
                return r;
        r = strbuf_printf(out, ", msg_iovlen=%" PRIu64, iovlen);
        if (r < 0)
                return r;
        if (controllen != 0) {
                size_t old;

                r = strbuf_append(out, ", msg_control=");
                if (r < 0)
                        return r;
                old = out->len;
                r = print_cmsgs(out, v->p + TL_MSGHDR_SIZE + name_room, control_kept, controllen, control,
                                v->string_max);
                if (r == -ENODATA) {
                        if (out->buf)
                                strbuf_truncate(out, old);
                        r = print_pointer(out, control);
                }
                if (r < 0)
                        return r;
        }
        r = strbuf_printf(out, ", msg_controllen=%" PRIu64 ", msg_flags=", controllen);
        if (r < 0)
                return r;
        r = print_const_arg(out, ARG_MSG_FLAGS, flags);
        if (r < 0)
                return r;
        return strbuf_append_char(out, '}');
}

int print_date(StrBuf *out, int64_t sec, int64_t frac, int digits) {
        char buf[64], zone[16];
        time_t t = (time_t) sec;
        struct tm tm;

        /* strace: local time, "%FT%T", the fraction if any, "%z". */
        if (!localtime_r(&t, &tm) ||
            strftime(buf, sizeof(buf), "%FT%T", &tm) == 0 ||
            strftime(zone, sizeof(zone), "%z", &tm) == 0)
                return 0;
        if (digits > 0)
                return strbuf_printf(out, "%s.%0*" PRIi64 "%s", buf, digits, frac, zone);
        return strbuf_printf(out, "%s%s", buf, zone);
}

/* strace's date comment after a time: " / * 1970-01-01T00:00:01+0000 * /". */
static int print_date_comment(StrBuf *out, int64_t sec, int64_t frac, int digits) {
        int r;

        r = strbuf_append(out, " /* ");
        if (r < 0)
                return r;
        r = print_date(out, sec, frac, digits);
        if (r < 0)
                return r;
        return strbuf_append(out, " */");
}

/* Two 64-bit fields: struct timeval or struct timespec. */
static int print_time_pair(StrBuf *out, const uint8_t *p, bool nsec) {
        return strbuf_printf(out, "{tv_sec=%" PRIi64 ", %s=%" PRIi64 "}",
                             (int64_t) get_u64(p), nsec ? "tv_nsec" : "tv_usec", (int64_t) get_u64(p + 8));
}

/* Two time pairs one after the other, 16 bytes each: "{A={...}, B={...}END". */
static int print_two_times(StrBuf *out, const StructView *v, const char *a, const char *b, bool nsec, const char *end) {
        int r;

        if (v->len < 32)
                return -ENODATA;
        r = strbuf_printf(out, "{%s=", a);
        if (r < 0)
                return r;
        r = print_time_pair(out, v->p, nsec);
        if (r < 0)
                return r;
        r = strbuf_printf(out, ", %s=", b);
        if (r < 0)
                return r;
        r = print_time_pair(out, v->p + 16, nsec);
        if (r < 0)
                return r;
        return strbuf_append(out, end);
}

/* struct itimerval, struct itimerspec: it_interval then it_value. */
static int print_itimer(StrBuf *out, const StructView *v, bool nsec) {
        return print_two_times(out, v, "it_interval", "it_value", nsec, "}");
}

#define UTIME_NOW_VALUE  ((1 << 30) - 1)
#define UTIME_OMIT_VALUE ((1 << 30) - 2)

/* utimes, futimesat (timevals), utimensat (timespecs, UTIME_NOW and
 * UTIME_OMIT by name): both times, each followed by its date as a comment
 * when its fraction is one the kernel would accept. */
static int print_utimes(StrBuf *out, const StructView *v, bool nsec) {
        int r;

        if (v->len < 32)
                return -ENODATA;
        for (int i = 0; i < 2; i++) {
                const uint8_t *p = v->p + 16 * i;
                int64_t frac = (int64_t) get_u64(p + 8);

                r = strbuf_append(out, i == 0 ? "[" : ", ");
                if (r < 0)
                        return r;
                if (nsec && (frac == UTIME_NOW_VALUE || frac == UTIME_OMIT_VALUE)) {
                        r = strbuf_append(out, frac == UTIME_NOW_VALUE ? "UTIME_NOW" : "UTIME_OMIT");
                        if (r < 0)
                                return r;
                        continue;
                }
                r = print_time_pair(out, p, nsec);
                if (r < 0)
                        return r;
                if (frac < 0 || frac > (nsec ? 999999999 : 999999))
                        continue;
                r = print_date_comment(out, (int64_t) get_u64(p), frac, nsec ? 9 : 6);
                if (r < 0)
                        return r;
        }
        return strbuf_append_char(out, ']');
}

/* utime: {actime=1 / * date * /, modtime=2 / * date * /}, in seconds. */
static int print_utimbuf(StrBuf *out, const StructView *v) {
        int r;

        if (v->len < 16)
                return -ENODATA;
        for (int i = 0; i < 2; i++) {
                int64_t t = (int64_t) get_u64(v->p + 8 * i);

                r = strbuf_printf(out, "%s%" PRIi64, i == 0 ? "{actime=" : ", modtime=", t);
                if (r < 0)
                        return r;
                r = print_date_comment(out, t, 0, 0);
                if (r < 0)
                        return r;
        }
        return strbuf_append_char(out, '}');
}

/* struct rusage: ru_utime, ru_stime, then the counters strace abbreviates. */
static int print_rusage(StrBuf *out, const StructView *v) {
        return print_two_times(out, v, "ru_utime", "ru_stime", false, ", ...}");
}

static int print_time_out(StrBuf *out, const StructView *v) {
        int64_t t;
        int r;

        if (v->len < 8)
                return -ENODATA;
        t = (int64_t) get_u64(v->p);
        r = strbuf_printf(out, "[%" PRIi64, t);
        if (r < 0)
                return r;
        r = print_date_comment(out, t, 0, 0);
        if (r < 0)
                return r;
        return strbuf_append_char(out, ']');
}

/* The address, then strace's comment with the count of the records
 * getdents and getdents64 returned (d_reclen is at offset 16 in both on
 * 64-bit). Only when every byte the kernel wrote was kept. */
int print_dirents(StrBuf *out, uint64_t ptr, const uint8_t *p, size_t len, int64_t ret) {
        size_t off = 0, n = 0;

        if (ret < 0 || (uint64_t) ret > len)
                return -ENODATA;
        while (off < (size_t) ret) {
                uint16_t reclen;

                if (off + 18 > (size_t) ret)
                        return -ENODATA;
                reclen = get_u16(p + off + 16);
                if (reclen == 0)
                        return -ENODATA;
                off += reclen;
                n++;
        }
        return strbuf_printf(out, "0x%" PRIx64 " /* %zu entries */", ptr, n);
}

/* "[0 1]": the CPUs set in a mask of len bytes (little-endian words). */
static int print_cpuset(StrBuf *out, const uint8_t *p, size_t len) {
        bool first = true;
        int r;

        r = strbuf_append_char(out, '[');
        for (size_t b = 0; r >= 0 && b < len; b++)
                for (unsigned bit = 0; r >= 0 && bit < 8; bit++) {
                        if (!(p[b] & (1U << bit)))
                                continue;
                        r = strbuf_printf(out, "%s%zu", first ? "" : " ", b * 8 + bit);
                        first = false;
                }
        if (r >= 0)
                r = strbuf_append_char(out, ']');
        return r;
}

/* stack_t: {ss_sp=0x..., ss_flags=SS_ONSTACK, ss_size=8192} */
static int print_stack(StrBuf *out, const StructView *v) {
        static const Xlat ss_flags[] = {
                { 1, "SS_ONSTACK" }, { 2, "SS_DISABLE" }, { 1U << 31, "SS_AUTODISARM" },
        };
        uint64_t sp;
        int r;

        if (v->len < 24)
                return -ENODATA;
        sp = get_u64(v->p);
        r = strbuf_append(out, "{ss_sp=");
        if (r >= 0)
                r = print_pointer(out, sp);
        if (r >= 0)
                r = strbuf_append(out, ", ss_flags=");
        if (r >= 0)
                r = xlat_print_flags_ex(out, ss_flags, ELEMENTSOF(ss_flags), get_u32(v->p + 8), NULL, "SS_???");
        if (r >= 0)
                r = strbuf_printf(out, ", ss_size=%" PRIu64 "}", get_u64(v->p + 16));
        return r;
}

/* struct __kernel_timex (adjtimex, clock_adjtime) as strace prints it, every
 * field, also without -v. The layout is the same on every 64-bit
 * architecture: longs, with the ints (modes, status, shift, tai) padded. */
#define TIMEX_TAI_END 164

static int print_timex(StrBuf *out, const StructView *v) {
        static const Xlat modes[] = {
                /* the combinations first, as strace: 0xa001 is ADJ_OFFSET_SS_READ */
                { 0xa001, "ADJ_OFFSET_SS_READ" }, { 0x8001, "ADJ_OFFSET_SINGLESHOT" },
                { 0x0001, "ADJ_OFFSET" }, { 0x0002, "ADJ_FREQUENCY" }, { 0x0004, "ADJ_MAXERROR" },
                { 0x0008, "ADJ_ESTERROR" }, { 0x0010, "ADJ_STATUS" }, { 0x0020, "ADJ_TIMECONST" },
                { 0x0080, "ADJ_TAI" }, { 0x0100, "ADJ_SETOFFSET" }, { 0x1000, "ADJ_MICRO" },
                { 0x2000, "ADJ_NANO" }, { 0x4000, "ADJ_TICK" },
        };
        static const Xlat status[] = {
                { 0x0001, "STA_PLL" }, { 0x0002, "STA_PPSFREQ" }, { 0x0004, "STA_PPSTIME" },
                { 0x0008, "STA_FLL" }, { 0x0010, "STA_INS" }, { 0x0020, "STA_DEL" },
                { 0x0040, "STA_UNSYNC" }, { 0x0080, "STA_FREQHOLD" }, { 0x0100, "STA_PPSSIGNAL" },
                { 0x0200, "STA_PPSJITTER" }, { 0x0400, "STA_PPSWANDER" }, { 0x0800, "STA_PPSERROR" },
                { 0x1000, "STA_CLOCKERR" }, { 0x2000, "STA_NANO" }, { 0x4000, "STA_MODE" },
                { 0x8000, "STA_CLK" },
        };
        const uint8_t *p = v->p;
        int r;

#define L(off) ((int64_t) get_u64(p + (off)))
        if (v->len < TIMEX_TAI_END)
                return -ENODATA;
        r = strbuf_append(out, "{modes=");
        if (r >= 0)
                r = xlat_print_flags_ex(out, modes, ELEMENTSOF(modes), get_u32(p), NULL, "ADJ_???");
        if (r >= 0)
                r = strbuf_printf(out, ", offset=%" PRIi64 ", freq=%" PRIi64 ", maxerror=%" PRIi64
                                  ", esterror=%" PRIi64 ", status=", L(8), L(16), L(24), L(32));
        if (r >= 0)
                r = xlat_print_flags_ex(out, status, ELEMENTSOF(status), get_u32(p + 40), NULL, "STA_???");
        if (r >= 0)
                r = strbuf_printf(out, ", constant=%" PRIi64 ", precision=%" PRIi64 ", tolerance=%" PRIi64
                                  ", time={tv_sec=%" PRIi64 ", tv_usec=%" PRIi64 "}, tick=%" PRIi64
                                  ", ppsfreq=%" PRIi64 ", jitter=%" PRIi64 ", shift=%" PRIi32
                                  ", stabil=%" PRIi64 ", jitcnt=%" PRIi64 ", calcnt=%" PRIi64
                                  ", errcnt=%" PRIi64 ", stbcnt=%" PRIi64 ", tai=%" PRIi32 "}",
                                  L(48), L(56), L(64), L(72), L(80), L(88), L(96), L(104),
                                  (int32_t) get_u32(p + 112), L(120), L(128), L(136), L(144), L(152),
                                  (int32_t) get_u32(p + 160));
#undef L
        return r;
}

/* The u32 of quotactl's Q_XQUOTAON, Q_XQUOTAOFF (which accounting and
 * enforcement) and Q_XQUOTARM (which quota types), kept inline: [...]. */
static int print_quota_xflags(StrBuf *out, const StructView *v, bool types) {
        static const Xlat flags[] = {
                { 0x01, "FS_QUOTA_UDQ_ACCT" }, { 0x02, "FS_QUOTA_UDQ_ENFD" }, { 0x04, "FS_QUOTA_GDQ_ACCT" },
                { 0x08, "FS_QUOTA_GDQ_ENFD" }, { 0x10, "FS_QUOTA_PDQ_ACCT" }, { 0x20, "FS_QUOTA_PDQ_ENFD" },
        };
        static const Xlat type_flags[] = {
                { 0x01, "FS_USER_QUOTA" }, { 0x02, "FS_PROJ_QUOTA" }, { 0x04, "FS_GROUP_QUOTA" },
        };
        int r;

        if (!(v->flags & TL_CAPTURE_INLINE))
                return -ENODATA;
        r = strbuf_append_char(out, '[');
        if (r >= 0 && types)
                r = xlat_print_flags_ex(out, type_flags, ELEMENTSOF(type_flags), v->orig_len, NULL, "FS_???_QUOTA");
        else if (r >= 0)
                r = xlat_print_flags_ex(out, flags, ELEMENTSOF(flags), v->orig_len, NULL, "FS_QUOTA_???");
        if (r >= 0)
                r = strbuf_append_char(out, ']');
        return r;
}

/* mincore: one byte per page of the v->size bytes asked about, bit 0 resident;
 * at most string_max of them, as strace shows arrays. */
static int print_mincore_vec(StrBuf *out, const StructView *v) {
        long ps = sysconf(_SC_PAGESIZE);
        uint64_t pages;
        size_t shown;
        int r;

        if (ps <= 0)
                return -ENODATA;
        pages = v->size / (uint64_t) ps + (v->size % (uint64_t) ps != 0);
        shown = pages < v->string_max ? (size_t) pages : v->string_max;
        /* Every byte shown must have been kept. */
        if (shown > v->len)
                return -ENODATA;
        r = strbuf_append_char(out, '[');
        for (size_t j = 0; r >= 0 && j < shown; j++)
                r = strbuf_printf(out, "%s%u", j ? ", " : "", v->p[j] & 1U);
        if (r >= 0 && shown < pages)
                r = strbuf_append(out, shown ? ", ..." : "...");
        if (r >= 0)
                r = strbuf_append_char(out, ']');
        return r;
}

/* siginfo_t (64-bit layout) in strace's forms for a child's state change
 * (SIGCHLD, CLD_*) and for signals sent from user space (si_code <= 0);
 * -ENODATA for the others, which keep their address. */
static int print_siginfo(StrBuf *out, const StructView *v) {
        int32_t signo, code;
        const char *name;
        int r;

        if (v->len < 48)
                return -ENODATA;
        signo = (int32_t) get_u32(v->p);
        code = (int32_t) get_u32(v->p + 8);
        /* waitid with WNOHANG and no child to report: the kernel cleared it. */
        if (signo == 0)
                return strbuf_append(out, "{}");
        if (!(signo == SIGCHLD && code >= 1 && code <= 6) && !(code <= 0 && code != -2 /* SI_TIMER */))
                return -ENODATA;

        r = strbuf_append(out, "{si_signo=");
        if (r >= 0)
                r = signal_print_name(out, signo);
        if (r < 0)
                return r;
        name = signal_code_name(signo, code);
        if (name)
                r = strbuf_printf(out, ", si_code=%s", name);
        else
                r = strbuf_printf(out, ", si_code=%#" PRIx32, (uint32_t) code);
        if (r >= 0)
                r = strbuf_printf(out, ", si_pid=%" PRIi32 ", si_uid=%" PRIu32,
                                  (int32_t) get_u32(v->p + 16), get_u32(v->p + 20));
        if (r < 0)
                return r;
        if (code > 0) {
                int32_t status = (int32_t) get_u32(v->p + 24);

                /* CLD_EXITED: the exit code; the others: a signal. */
                r = strbuf_append(out, ", si_status=");
                if (r >= 0)
                        r = code == 1 ? strbuf_printf(out, "%" PRIi32, status) : signal_print_name(out, status);
                if (r >= 0)
                        r = strbuf_printf(out, ", si_utime=%" PRIi64 ", si_stime=%" PRIi64 "}",
                                          (int64_t) get_u64(v->p + 32), (int64_t) get_u64(v->p + 40));
                return r;
        }
        /* SI_USER, SI_TKILL: no value; the others carry one. */
        if (code == 0 || code == -6)
                return strbuf_append_char(out, '}');
        r = strbuf_printf(out, ", si_int=%" PRIi32 ", si_ptr=", (int32_t) get_u32(v->p + 24));
        if (r >= 0)
                r = print_pointer(out, get_u64(v->p + 24));
        if (r >= 0)
                r = strbuf_append_char(out, '}');
        return r;
}

int format_struct(StrBuf *out, ArgKind k, const StructView *v) {
        switch (k) {
        case ARG_STAT:
                return print_stat(out, v);
        case ARG_STATX:
                return print_statx(out, v);
        case ARG_ARGV:
                return print_argv(out, v);
        case ARG_ENVP:
                return print_envp(out, v);
        case ARG_SOCKADDR:
                return print_sockaddr(out, v->p, v->len < v->size ? v->len : (size_t) v->size);
        case ARG_SOCKADDR_OUT:
                return print_sockaddr(out, v->p, v->len < v->orig_len ? v->len : v->orig_len);
        case ARG_SOCKLEN_INOUT:
                if (!(v->flags & TL_CAPTURE_INLINE))
                        return -ENODATA;
                if (v->have_out && v->out != v->orig_len)
                        return strbuf_printf(out, "[%" PRIu32 " => %" PRIu32 "]", v->orig_len, v->out);
                return strbuf_printf(out, "[%" PRIu32 "]", v->orig_len);
        case ARG_FD_PAIR:
                if (v->len < 8)
                        return -ENODATA;
                return strbuf_printf(out, "[%" PRIi32 ", %" PRIi32 "]",
                                     (int32_t) get_u32(v->p), (int32_t) get_u32(v->p + 4));
        case ARG_WAIT_STATUS:
                if (!(v->flags & TL_CAPTURE_INLINE))
                        return -ENODATA;
                return print_wait_status(out, v->orig_len);
        case ARG_TIMESPEC:
        case ARG_TIMESPEC_OUT:
        case ARG_TIMESPEC_REM:
                if (v->len < 16)
                        return -ENODATA;
                return strbuf_printf(out, "{tv_sec=%" PRIi64 ", tv_nsec=%" PRIi64 "}",
                                     (int64_t) get_u64(v->p), (int64_t) get_u64(v->p + 8));
        case ARG_RLIM:
        case ARG_RLIM_OUT:
                return print_rlimit(out, v);
        case ARG_UTSNAME:
                return print_utsname(out, v);
        case ARG_SYSINFO:
                return print_sysinfo(out, v);
        case ARG_SIGSET:
        case ARG_SIGSET_OUT:
                return print_sigset(out, v->p, v->len);
        case ARG_SIGACTION:
        case ARG_SIGACTION_OUT:
                return print_sigaction(out, v);
        case ARG_EPOLL_EVENT:
                if (v->len < EPOLL_EVENT_SIZE)
                        return -ENODATA;
                return print_epoll_event_struct(out, v->p);
        case ARG_EPOLL_EVENTS_OUT:
                return print_epoll_event_array(out, v);
        case ARG_IOVEC:
        case ARG_IOVEC_OUT:
                return print_iovec(out, v, k == ARG_IOVEC_OUT);
        case ARG_POLLFD:
                return print_pollfds(out, v);
        case ARG_MSGHDR:
        case ARG_MSGHDR_OUT:
                return print_msghdr(out, v, k == ARG_MSGHDR_OUT);
        case ARG_PPOLL_TIMESPEC:
                if (v->len < 16)
                        return -ENODATA;
                return strbuf_printf(out, "{tv_sec=%" PRIi64 ", tv_nsec=%" PRIi64 "}",
                                     (int64_t) get_u64(v->p), (int64_t) get_u64(v->p + 8));
        case ARG_TIMEVAL:
        case ARG_TIMEVAL_OUT:
                if (v->len < 16)
                        return -ENODATA;
                return print_time_pair(out, v->p, false);
        case ARG_UTIMES:
        case ARG_UTIMENS:
                return print_utimes(out, v, k == ARG_UTIMENS);
        case ARG_UTIMBUF:
                return print_utimbuf(out, v);
        case ARG_ITIMERVAL:
        case ARG_ITIMERVAL_OUT:
                return print_itimer(out, v, false);
        case ARG_ITIMERSPEC:
        case ARG_ITIMERSPEC_OUT:
                return print_itimer(out, v, true);
        case ARG_TIMER_ID_OUT:
                if (!(v->flags & TL_CAPTURE_INLINE))
                        return -ENODATA;
                return strbuf_printf(out, "[%" PRIi32 "]", (int32_t) v->orig_len);
        case ARG_TIME_OUT:
                return print_time_out(out, v);
        case ARG_RUSAGE_OUT:
                return print_rusage(out, v);
        case ARG_TIMEZONE:
        case ARG_TIMEZONE_OUT:
                if (v->len < 8)
                        return -ENODATA;
                return strbuf_printf(out, "{tz_minuteswest=%" PRIi32 ", tz_dsttime=%" PRIi32 "}",
                                     (int32_t) get_u32(v->p), (int32_t) get_u32(v->p + 4));
        case ARG_TMS_OUT:
                if (v->len < 32)
                        return -ENODATA;
                return strbuf_printf(out, "{tms_utime=%" PRIi64 ", tms_stime=%" PRIi64 ", tms_cutime=%" PRIi64
                                     ", tms_cstime=%" PRIi64 "}",
                                     (int64_t) get_u64(v->p), (int64_t) get_u64(v->p + 8),
                                     (int64_t) get_u64(v->p + 16), (int64_t) get_u64(v->p + 24));
        case ARG_INT_OUT:
        case ARG_UID_OUT:
                if (!(v->flags & TL_CAPTURE_INLINE))
                        return -ENODATA;
                /* (uid_t) -1 is -1, as strace prints uid_t arguments. */
                if (k == ARG_INT_OUT || v->orig_len == UINT32_MAX)
                        return strbuf_printf(out, "[%" PRIi32 "]", (int32_t) v->orig_len);
                return strbuf_printf(out, "[%" PRIu32 "]", v->orig_len);
        case ARG_ADDR_OUT:
                if (v->len < 8)
                        return -ENODATA;
                if (get_u64(v->p) == 0)
                        return strbuf_append(out, "[NULL]");
                return strbuf_printf(out, "[%#" PRIx64 "]", get_u64(v->p));
        case ARG_ULONG_OUT:
                if (v->len < 8)
                        return -ENODATA;
                return strbuf_printf(out, "[%" PRIu64 "]", get_u64(v->p));
        case ARG_LOFF:
        case ARG_LOFF_INOUT:
                if (v->len < 8)
                        return -ENODATA;
                if (k == ARG_LOFF_INOUT && v->have_out && v->out_len >= 8)
                        return strbuf_printf(out, "[%" PRIi64 "] => [%" PRIi64 "]",
                                             (int64_t) get_u64(v->p), (int64_t) get_u64(v->out_p));
                return strbuf_printf(out, "[%" PRIi64 "]", (int64_t) get_u64(v->p));
        case ARG_DIRENTS_OUT:
                if (v->flags & TL_CAPTURE_TRUNCATED)
                        return -ENODATA;
                return print_dirents(out, v->ptr, v->p, v->len, v->ret);
        case ARG_CPUSET:
                /* All of the mask or nothing: a CPU past what was kept would be missed. */
                if (v->len < v->size)
                        return -ENODATA;
                return print_cpuset(out, v->p, v->len);
        case ARG_CPUSET_OUT:
                if ((v->flags & TL_CAPTURE_TRUNCATED) || v->ret < 0 || (uint64_t) v->ret > v->len)
                        return -ENODATA;
                return print_cpuset(out, v->p, (size_t) v->ret);
        case ARG_STACK:
        case ARG_STACK_OUT:
                return print_stack(out, v);
        case ARG_MINCORE_VEC:
                return print_mincore_vec(out, v);
        case ARG_TIMEX_OUT:
                return print_timex(out, v);
        case ARG_QUOTA_XFLAGS:
        case ARG_QUOTA_XTYPES:
                return print_quota_xflags(out, v, k == ARG_QUOTA_XTYPES);
        case ARG_SIGINFO:
        case ARG_SIGINFO_OUT:
                return print_siginfo(out, v);
        case ARG_COMM_OUT:
                /* TASK_COMM_LEN: the kernel always ends the name within it. */
                if (v->len < 16 || strnlen((const char *) v->p, 16) == 16)
                        return -ENODATA;
                return quote_bytes(out, v->p, strlen((const char *) v->p), false);
        case ARG_SOCKOPT:
        case ARG_SOCKOPT_OUT:
                /* An int option (format-special.c chose this form): strace shows
                 * the first int of a longer value, nothing of a shorter one. */
                if (v->orig_len < 4 || v->len < 4)
                        return -ENODATA;
                return strbuf_printf(out, "[%" PRIi32 "]", (int32_t) get_u32(v->p));
        default:
                return -EINVAL;
        }
}
