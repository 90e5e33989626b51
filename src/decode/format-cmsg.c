/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Control messages of sendmsg and recvmsg (msg_control), as strace 6.1 prints
 * them: "[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS,
 * cmsg_data=[5]}]". The layout is the 64-bit one (struct cmsghdr: a 64-bit
 * length, level, type, then the data at 16 bytes). */

#include <errno.h>
#include <stdbool.h>
#include <inttypes.h>
#include <net/if.h>
#include <string.h>

#include "format-struct.h"
#include "quote.h"
#include "xlat.h"

#define CMSG_HDR_SIZE 16

enum {
        SCM_RIGHTS_ = 1,
        SCM_CREDENTIALS_ = 2,
        SCM_SECURITY_ = 3,
        SO_TIMESTAMP_OLD_ = 29,
        SO_TIMESTAMPNS_OLD_ = 35,
        SO_TIMESTAMPING_OLD_ = 37,
        SO_TIMESTAMP_NEW_ = 63,
        SO_TIMESTAMPNS_NEW_ = 64,
        SO_TIMESTAMPING_NEW_ = 65,

        IP_TOS_ = 1,
        IP_TTL_ = 2,
        IP_RECVOPTS_ = 6,
        IP_RETOPTS_ = 7,
        IP_PKTINFO_ = 8,
        IP_RECVERR_ = 11,
        IP_ORIGDSTADDR_ = 20,
        IP_CHECKSUM_ = 23,
};

/* The names strace 6.1 has for the types of each level (checked by sending
 * every type from 0 to 99 under strace). */
static const Xlat scm_types[] = {
        { SCM_RIGHTS_, "SCM_RIGHTS" }, { SCM_CREDENTIALS_, "SCM_CREDENTIALS" }, { SCM_SECURITY_, "SCM_SECURITY" },
        { SO_TIMESTAMP_OLD_, "SO_TIMESTAMP_OLD" }, { SO_TIMESTAMPNS_OLD_, "SO_TIMESTAMPNS_OLD" },
        { SO_TIMESTAMPING_OLD_, "SO_TIMESTAMPING_OLD" }, { 41, "SO_WIFI_STATUS" },
        { 54, "SCM_TIMESTAMPING_OPT_STATS" }, { 58, "SCM_TIMESTAMPING_PKTINFO" }, { 61, "SO_TXTIME" },
        { SO_TIMESTAMP_NEW_, "SO_TIMESTAMP_NEW" }, { SO_TIMESTAMPNS_NEW_, "SO_TIMESTAMPNS_NEW" },
        { SO_TIMESTAMPING_NEW_, "SO_TIMESTAMPING_NEW" },
};

static const Xlat ip_cmsg_types[] = {
        { IP_TOS_, "IP_TOS" }, { IP_TTL_, "IP_TTL" }, { SCM_SECURITY_, "SCM_SECURITY" },
        { IP_RECVOPTS_, "IP_RECVOPTS" }, { IP_RETOPTS_, "IP_RETOPTS" }, { IP_PKTINFO_, "IP_PKTINFO" },
        { IP_RECVERR_, "IP_RECVERR" }, { IP_ORIGDSTADDR_, "IP_ORIGDSTADDR" }, { IP_CHECKSUM_, "IP_CHECKSUM" },
};

/* Arrays of bytes in hex (IP_TOS) or of 32-bit ints, signed (fds) or not
 * (IP_TTL): at most max shown, then "...". */
static int print_array(StrBuf *out, const uint8_t *p, size_t n, size_t size, size_t max, bool sign) {
        size_t i;
        int r;

        r = strbuf_append_char(out, '[');
        for (i = 0; r >= 0 && i < n && i < max; i++) {
                const char *sep = i > 0 ? ", " : "";

                if (size == 1)
                        r = strbuf_printf(out, p[i] ? "%s%#" PRIx8 : "%s%" PRIu8, sep, p[i]);
                else if (sign)
                        r = strbuf_printf(out, "%s%" PRIi32, sep, (int32_t) get_u32(p + 4 * i));
                else
                        r = strbuf_printf(out, "%s%" PRIu32, sep, get_u32(p + 4 * i));
        }
        if (r >= 0 && i < n)
                r = strbuf_append(out, ", ...");
        if (r >= 0)
                r = strbuf_append_char(out, ']');
        return r;
}

static int print_id(StrBuf *out, const char *name, uint32_t v) {
        if (v == UINT32_MAX)
                return strbuf_printf(out, "%s=-1", name);
        return strbuf_printf(out, "%s=%" PRIu32, name, v);
}

/* struct timeval / timespec (64-bit fields); "???" when too short, as strace. */
static int print_times(StrBuf *out, const uint8_t *p, size_t len, size_t n, const char *frac) {
        int r = 0;

        if (len < 16 * n)
                return strbuf_append(out, "???");
        if (n > 1)
                r = strbuf_append_char(out, '[');
        for (size_t i = 0; r >= 0 && i < n; i++)
                r = strbuf_printf(out, "%s{tv_sec=%" PRIi64 ", %s=%" PRIi64 "}", i > 0 ? ", " : "",
                                  (int64_t) get_u64(p + 16 * i), frac, (int64_t) get_u64(p + 16 * i + 8));
        if (r >= 0 && n > 1)
                r = strbuf_append_char(out, ']');
        return r;
}

static int print_inet_addr(StrBuf *out, const char *name, const uint8_t *p) {
        return strbuf_printf(out, "%s=inet_addr(\"%u.%u.%u.%u\")", name, p[0], p[1], p[2], p[3]);
}

/* struct in_pktinfo: the interface by name where this machine has one. */
static int print_pktinfo(StrBuf *out, const uint8_t *p) {
        uint32_t idx = get_u32(p);
        char name[IF_NAMESIZE];
        int r;

        if (idx != 0 && if_indextoname(idx, name)) {
                r = strbuf_append(out, "{ipi_ifindex=if_nametoindex(");
                if (r >= 0)
                        r = quote_bytes(out, (const uint8_t *) name, strnlen(name, sizeof(name)), false);
                if (r >= 0)
                        r = strbuf_append_char(out, ')');
        } else
                r = strbuf_printf(out, "{ipi_ifindex=%" PRIu32, idx);
        if (r >= 0)
                r = strbuf_append(out, ", ");
        if (r >= 0)
                r = print_inet_addr(out, "ipi_spec_dst", p + 4);
        if (r >= 0)
                r = strbuf_append(out, ", ");
        if (r >= 0)
                r = print_inet_addr(out, "ipi_addr", p + 8);
        if (r >= 0)
                r = strbuf_append_char(out, '}');
        return r;
}

/* struct sock_extended_err and the offender's struct sockaddr_in after it. */
static int print_recverr(StrBuf *out, const uint8_t *p) {
        int r;

        r = strbuf_printf(out, "{ee_errno=%" PRIu32 ", ee_origin=%u, ee_type=%u, ee_code=%u, ee_info=%" PRIu32
                          ", ee_data=%" PRIu32 ", offender=",
                          get_u32(p), p[4], p[5], p[6], get_u32(p + 8), get_u32(p + 12));
        if (r >= 0)
                r = print_sockaddr(out, p + 16, 16);
        if (r >= 0)
                r = strbuf_append_char(out, '}');
        return r;
}

static int print_fds(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        return print_array(out, p, len / 4, 4, max, true);
}

static int print_uints(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        return print_array(out, p, len / 4, 4, max, false);
}

static int print_bytes_hex(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        return print_array(out, p, len, 1, max, false);
}

static int print_ucred(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        int r;

        r = strbuf_printf(out, "{pid=%" PRIi32 ", ", (int32_t) get_u32(p));
        if (r >= 0)
                r = print_id(out, "uid", get_u32(p + 4));
        if (r >= 0)
                r = strbuf_append(out, ", ");
        if (r >= 0)
                r = print_id(out, "gid", get_u32(p + 8));
        if (r >= 0)
                r = strbuf_append_char(out, '}');
        return r;
}

/* strace prints the whole label, whatever -s says. */
static int print_label(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        return quote_bytes(out, p, len, false);
}

static int print_timeval(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        return print_times(out, p, len, 1, "tv_usec");
}

static int print_timespec(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        return print_times(out, p, len, 1, "tv_nsec");
}

static int print_timestamping(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        return print_times(out, p, len, 3, "tv_nsec");
}

static int print_pktinfo_data(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        return print_pktinfo(out, p);
}

static int print_recverr_data(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        return print_recverr(out, p);
}

static int print_origdstaddr(StrBuf *out, const uint8_t *p, size_t len, size_t max) {
        return print_sockaddr(out, p, len < 128 ? len : 128);
}

/* The types whose data strace decodes, and the bytes it wants for that. */
static const struct {
        int32_t level;
        int32_t type;
        size_t min_len;
        int (*print)(StrBuf *out, const uint8_t *p, size_t len, size_t max);
} cmsg_printers[] = {
        { 1, SCM_RIGHTS_, 4, print_fds },
        { 1, SCM_CREDENTIALS_, 12, print_ucred },
        { 1, SCM_SECURITY_, 1, print_label },
        { 1, SO_TIMESTAMP_OLD_, 1, print_timeval },
        { 1, SO_TIMESTAMPNS_OLD_, 1, print_timespec },
        { 1, SO_TIMESTAMPING_OLD_, 1, print_timestamping },
        { 1, SO_TIMESTAMP_NEW_, 1, print_timeval },
        { 1, SO_TIMESTAMPNS_NEW_, 1, print_timespec },
        { 1, SO_TIMESTAMPING_NEW_, 1, print_timestamping },
        { 0, IP_TOS_, 1, print_bytes_hex },
        { 0, IP_TTL_, 4, print_uints },
        { 0, IP_RECVOPTS_, 1, print_bytes_hex },
        { 0, IP_RETOPTS_, 1, print_bytes_hex },
        { 0, IP_PKTINFO_, 12, print_pktinfo_data },
        { 0, IP_RECVERR_, 32, print_recverr_data },
        { 0, IP_ORIGDSTADDR_, 16, print_origdstaddr },
        { 0, IP_CHECKSUM_, 4, print_uints },
        { 0, SCM_SECURITY_, 1, print_label },
};

static int print_cmsg_type(StrBuf *out, int32_t level, int32_t type) {
        if (level == 1)
                return xlat_print_xval(out, scm_types, ELEMENTSOF(scm_types), (uint32_t) type, "SCM_???");
        if (level == 0)
                return xlat_print_xval(out, ip_cmsg_types, ELEMENTSOF(ip_cmsg_types), (uint32_t) type, "IP_???");
        return strbuf_printf(out, type ? "%#" PRIx32 : "%" PRIu32, (uint32_t) type);
}

/* The messages in the first kept bytes of controllen at addr. strace walks
 * them as the kernel's CMSG_NXTHDR() does and ends with "..." and the
 * address of what is left when fewer than a header's bytes remain; where
 * the capture ends before the messages do, "..." alone. */
int print_cmsgs(StrBuf *out, const uint8_t *p, size_t kept, uint64_t controllen, uint64_t addr,
                size_t string_max) {
        uint64_t left = controllen;
        size_t pos = 0;
        bool cut = false;
        int r;

        if (controllen < CMSG_HDR_SIZE || kept < CMSG_HDR_SIZE)
                return -ENODATA;
        r = strbuf_append_char(out, '[');
        while (r >= 0 && left >= CMSG_HDR_SIZE) {
                uint64_t len = get_u64(p + pos), n, adv;
                int32_t level = (int32_t) get_u32(p + pos + 8), type = (int32_t) get_u32(p + pos + 12);
                size_t have = kept - pos - CMSG_HDR_SIZE;

                r = strbuf_printf(out, "%s{cmsg_len=%" PRIu64 ", cmsg_level=", pos > 0 ? ", " : "", len);
                if (r >= 0)
                        r = print_cmsg_level(out, (uint32_t) level);
                if (r >= 0)
                        r = strbuf_append(out, ", cmsg_type=");
                if (r >= 0)
                        r = print_cmsg_type(out, level, type);
                if (r < 0)
                        break;
                n = len < left ? len : left;
                n = n > CMSG_HDR_SIZE ? n - CMSG_HDR_SIZE : 0;
                if (n > have) {
                        /* Captured in part: the header, then "...". */
                        cut = true;
                        r = strbuf_append_char(out, '}');
                        break;
                }
                for (size_t j = 0; r >= 0 && j < ELEMENTSOF(cmsg_printers); j++)
                        if (cmsg_printers[j].level == level && cmsg_printers[j].type == type &&
                            n >= cmsg_printers[j].min_len) {
                                r = strbuf_append(out, ", cmsg_data=");
                                if (r >= 0)
                                        r = cmsg_printers[j].print(out, p + pos + CMSG_HDR_SIZE, (size_t) n,
                                                                   string_max);
                                break;
                        }
                if (r >= 0)
                        r = strbuf_append_char(out, '}');
                if (r < 0)
                        break;
                if (len < CMSG_HDR_SIZE) {
                        left -= CMSG_HDR_SIZE;
                        break;
                }
                adv = (len + 7) & ~(uint64_t) 7;
                if (adv < len || adv >= left) {
                        left = 0;
                        break;
                }
                left -= adv;
                pos += adv;
                if (left >= CMSG_HDR_SIZE && pos + CMSG_HDR_SIZE > kept) {
                        cut = true;
                        break;
                }
        }
        if (r < 0)
                return r;
        if (cut)
                r = strbuf_append(out, ", ...");
        else if (left > 0)
                r = strbuf_printf(out, ", ... /* %#" PRIx64 " */", addr + (controllen - left));
        if (r >= 0)
                r = strbuf_append_char(out, ']');
        return r;
}
