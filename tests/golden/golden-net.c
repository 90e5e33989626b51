/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Sockets: unix stream and datagram, a loopback TCP connection, options, messages. */

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>

#include "golden.h"

#define G_SOCKADDR "struct sockaddr not decoded"
#define G_SOCKET "socket domain, type and protocol not decoded"
#define G_MSGHDR "struct msghdr not decoded"

/* The first fd of the first control message recvmsg filled in. */
static int cmsg_fd(struct msghdr *mh) {
        int fd;

        memcpy(&fd, CMSG_DATA(CMSG_FIRSTHDR(mh)), sizeof(fd));
        return fd;
}

int main(int argc, char *argv[]) {
        struct sockaddr_un sun = { .sun_family = AF_UNIX }, sun_got;
        struct sockaddr_in sin = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) }, sin_got;
        socklen_t len;
        int sv[2], val;
        char buf[64];
        struct iovec iov[2];
        struct msghdr mh;
        __attribute__((unused)) struct pollfd pfd;         /* not every architecture has poll(2) */
        long ls, cs, as, ds, ts, tc, ta;
        unsigned port;
        struct sockaddr_in6 sin6 = { .sin6_family = AF_INET6, .sin6_scope_id = 1 };
        long s6;
        int dp[2], fds[2], got, one = 1;
        long ma, mb;
        struct sockaddr_un sun_b = { .sun_family = AF_UNIX };
        union {
                char buf[CMSG_SPACE(sizeof(int) * 2) + CMSG_SPACE(sizeof(struct ucred))];
                struct cmsghdr align;
        } ctl;
        struct cmsghdr *cm;
        struct ucred cred;

        /* Before the first step: getpid() and the others are lines too. */
        cred = (struct ucred) { .pid = getpid(), .uid = getuid(), .gid = getgid() };
        golden_init(argc, argv);
        snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", P("sock"));

        T(syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv),
          "socketpair(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0, [%d, %d]) = 0", sv[0], sv[1]);
        T(syscall(SYS_sendto, sv[0], "ping", 4, MSG_DONTWAIT, NULL, 0),
          "sendto(%d, \"ping\", 4, MSG_DONTWAIT, NULL, 0) = 4", sv[0]);
        T(syscall(SYS_recvfrom, sv[1], buf, sizeof(buf), 0, NULL, NULL),
          "recvfrom(%d, \"ping\", 64, 0, NULL, NULL) = 4", sv[1]);
        T(syscall(SYS_recvfrom, sv[1], buf, sizeof(buf), MSG_DONTWAIT, NULL, NULL),
          "recvfrom(%d, %p, 64, MSG_DONTWAIT, NULL, NULL) = " E_AGAIN, sv[1], (void *) buf);
        iov[0] = (struct iovec) { .iov_base = (void *) "he", .iov_len = 2 };
        iov[1] = (struct iovec) { .iov_base = (void *) "llo", .iov_len = 3 };
        mh = (struct msghdr) { .msg_iov = iov, .msg_iovlen = 2 };
        T(syscall(SYS_sendmsg, sv[1], &mh, 0),
          "sendmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"he\", iov_len=2}, {iov_base=\"llo\", iov_len=3}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, 0) = 5",
          sv[1]);
        iov[0] = (struct iovec) { .iov_base = buf, .iov_len = sizeof(buf) };
        mh = (struct msghdr) { .msg_iov = iov, .msg_iovlen = 1 };
        T(syscall(SYS_recvmsg, sv[0], &mh, 0),
          "recvmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"hello\", iov_len=64}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 5",
          sv[0]);
        T(syscall(SYS_shutdown, sv[0], SHUT_WR), "shutdown(%d, SHUT_WR) = 0", sv[0]);
        T(syscall(SYS_recvfrom, sv[1], buf, sizeof(buf), 0, NULL, NULL),
          "recvfrom(%d, \"\", 64, 0, NULL, NULL) = 0", sv[1]);
        T(syscall(SYS_sendto, sv[0], "x", 1, MSG_NOSIGNAL, NULL, 0),
          "sendto(%d, \"x\", 1, MSG_NOSIGNAL, NULL, 0) = " E_PIPE, sv[0]);

        T(ls = syscall(SYS_socket, AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0), "socket(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0) = %ld", ret);
        T(syscall(SYS_bind, ls, &sun, sizeof(sun)),
          "bind(%ld, {sa_family=AF_UNIX, sun_path=\"%s\"}, 110) = 0", ls, P("sock"));
        T(syscall(SYS_bind, ls, &sun, sizeof(sun)),
          "bind(%ld, {sa_family=AF_UNIX, sun_path=\"%s\"}, 110) = " E_ADDRINUSE, ls, P("sock"));
        T(syscall(SYS_listen, ls, 5), "listen(%ld, 5) = 0", ls);
        T(syscall(SYS_listen, 1000, 5), "listen(1000, 5) = " E_BADF);
        T(syscall(SYS_accept4, ls, NULL, NULL, SOCK_NONBLOCK), "accept4(%ld, NULL, NULL, SOCK_NONBLOCK) = " E_AGAIN, ls);
        T(cs = syscall(SYS_socket, AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0), "socket(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK, 0) = %ld", ret);
        T(syscall(SYS_connect, cs, &sun, sizeof(sun)),
          "connect(%ld, {sa_family=AF_UNIX, sun_path=\"%s\"}, 110) = 0", cs, P("sock"));
        len = sizeof(sun_got);
        T(as = syscall(SYS_accept, ls, &sun_got, &len),
          "accept(%ld, {sa_family=AF_UNIX}, [110 => 2]) = %ld", ls, ret);
        len = sizeof(sun_got);
        T(syscall(SYS_getsockname, ls, &sun_got, &len),
          "getsockname(%ld, {sa_family=AF_UNIX, sun_path=\"%s\"}, [110 => %u]) = 0", ls, P("sock"), len);
        len = sizeof(sun_got);
        T(syscall(SYS_getpeername, cs, &sun_got, &len),
          "getpeername(%ld, {sa_family=AF_UNIX, sun_path=\"%s\"}, [110 => %u]) = 0", cs, P("sock"), len);
        T(syscall(SYS_getpeername, ls, &sun_got, &len),
          "getpeername(%ld, %p, [%u]) = " E_NOTCONN, ls, (void *) &sun_got, len);
        T(syscall(SYS_getsockname, 0 + 99, &sun_got, &len),
          "getsockname(99, %p, [%u]) = " E_NOTSOCK, (void *) &sun_got, len);
        T(syscall(SYS_connect, cs, BAD_PTR, sizeof(sun)), "connect(%ld, 0x1, 110) = " E_FAULT, cs);

        T(ds = syscall(SYS_socket, AF_INET, SOCK_DGRAM, IPPROTO_UDP), "socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP) = %ld", ret);
        T(syscall(SYS_socket, 12345, SOCK_STREAM, 0), "socket(0x3039 /* AF_??? */, SOCK_STREAM, 0) = " E_AFNOSUPPORT);
        val = 1;
        T(syscall(SYS_setsockopt, ds, SOL_SOCKET, SO_REUSEADDR, &val, sizeof(val)),
          "setsockopt(%ld, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0", ds);
        len = sizeof(val);
        T(syscall(SYS_getsockopt, ds, SOL_SOCKET, SO_TYPE, &val, &len),
          "getsockopt(%ld, SOL_SOCKET, SO_TYPE, [2], [4]) = 0", ds);
        T(syscall(SYS_getsockopt, ds, SOL_SOCKET, 12345, &val, &len),
          "getsockopt(%ld, SOL_SOCKET, 0x3039 /* SO_??? */, %p, [4]) = " E_NOPROTOOPT, ds, (void *) &val);

        T(ts = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0), "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = %ld", ret);
        T(syscall(SYS_bind, ts, &sin, sizeof(sin)),
          "bind(%ld, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0", ts);
        T(syscall(SYS_listen, ts, 1), "listen(%ld, 1) = 0", ts);
        len = sizeof(sin_got);
        T(syscall(SYS_getsockname, ts, &sin_got, &len),
          "getsockname(%ld, {sa_family=AF_INET, sin_port=htons(%u), sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 0",
          ts, ntohs(sin_got.sin_port));
        port = ntohs(sin_got.sin_port);
        subst("PORT", "htons(%u)", port);
        T(tc = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0), "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = %ld", ret);
        T(syscall(SYS_connect, tc, &sin_got, sizeof(sin_got)),
          "connect(%ld, {sa_family=AF_INET, sin_port=htons(%u), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0", tc, port);
        T(ta = syscall(SYS_accept4, ts, NULL, NULL, SOCK_CLOEXEC), "accept4(%ld, NULL, NULL, SOCK_CLOEXEC) = %ld", ts, ret);
        val = 1;
        T(syscall(SYS_setsockopt, tc, IPPROTO_TCP, TCP_NODELAY, &val, sizeof(val)),
          "setsockopt(%ld, SOL_TCP, TCP_NODELAY, [1], 4) = 0", tc);
        T(syscall(SYS_sendto, tc, "tcp", 3, 0, NULL, 0), "sendto(%ld, \"tcp\", 3, 0, NULL, 0) = 3", tc);
        T(syscall(SYS_read, ta, buf, sizeof(buf)), "read(%ld, \"tcp\", 64) = 3", ta);
        sin.sin_port = htons(1);
        T(syscall(SYS_connect, ds, &sin, sizeof(sin)),
          "connect(%ld, {sa_family=AF_INET, sin_port=htons(1), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0", ds);
        T(syscall(SYS_sendto, ds, "u", 1, 0, NULL, 0), "sendto(%ld, \"u\", 1, 0, NULL, 0) = 1", ds);
        /* The refusal comes back as an ICMP error: wait for it rather than block in recvfrom. */
        pfd = (struct pollfd) { .fd = (int) ds, .events = POLLIN };
#ifdef SYS_poll
        T(syscall(SYS_poll, &pfd, 1, 5000), "poll([{fd=%ld, events=POLLIN}], 1, 5000) = 1 ([{fd=%ld, revents=POLLERR}])", ds, ds);
#endif
        T(syscall(SYS_recvfrom, ds, buf, sizeof(buf), MSG_DONTWAIT, NULL, NULL),
          "recvfrom(%ld, %p, 64, MSG_DONTWAIT, NULL, NULL) = " E_CONNREFUSED, ds, (void *) buf);

        /* Control messages: an fd passed over a datagram socketpair (what
         * sd_notify does with FDSTORE=1), credentials (journald's), a control
         * buffer too small for what came. */
        T(syscall(SYS_socketpair, AF_UNIX, SOCK_DGRAM, 0, dp), "socketpair(AF_UNIX, SOCK_DGRAM, 0, [%d, %d]) = 0", dp[0], dp[1]);
        memset(&ctl, 0, sizeof(ctl));
        iov[0] = (struct iovec) { .iov_base = (void *) "FDSTORE=1", .iov_len = 9 };
        mh = (struct msghdr) { .msg_iov = iov, .msg_iovlen = 1, .msg_control = ctl.buf, .msg_controllen = CMSG_SPACE(sizeof(int)) };
        cm = CMSG_FIRSTHDR(&mh);
        *cm = (struct cmsghdr) { .cmsg_len = CMSG_LEN(sizeof(int)), .cmsg_level = SOL_SOCKET, .cmsg_type = SCM_RIGHTS };
        memcpy(CMSG_DATA(cm), &dp[0], sizeof(int));
        T(syscall(SYS_sendmsg, dp[0], &mh, 0),
          "sendmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"FDSTORE=1\", iov_len=9}], msg_iovlen=1, "
          "msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[%d]}], msg_controllen=24, "
          "msg_flags=0}, 0) = 9", dp[0], dp[0]);
        memset(&ctl, 0, sizeof(ctl));
        iov[0] = (struct iovec) { .iov_base = buf, .iov_len = sizeof(buf) };
        mh = (struct msghdr) { .msg_iov = iov, .msg_iovlen = 1, .msg_control = ctl.buf, .msg_controllen = sizeof(ctl.buf) };
        T(syscall(SYS_recvmsg, dp[1], &mh, MSG_CMSG_CLOEXEC),
          "recvmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"FDSTORE=1\", iov_len=64}], msg_iovlen=1, "
          "msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[%d]}], "
          "msg_controllen=24, msg_flags=MSG_CMSG_CLOEXEC}, MSG_CMSG_CLOEXEC) = 9", dp[1], got = cmsg_fd(&mh));
        T(syscall(SYS_close, got), "close(%d) = 0", got);

        /* Two fds where the receiver has room for one: MSG_CTRUNC. */
        fds[0] = dp[0];
        fds[1] = dp[1];
        memset(&ctl, 0, sizeof(ctl));
        iov[0] = (struct iovec) { .iov_base = (void *) "2", .iov_len = 1 };
        mh = (struct msghdr) { .msg_iov = iov, .msg_iovlen = 1, .msg_control = ctl.buf, .msg_controllen = CMSG_SPACE(sizeof(fds)) };
        cm = CMSG_FIRSTHDR(&mh);
        *cm = (struct cmsghdr) { .cmsg_len = CMSG_LEN(sizeof(fds)), .cmsg_level = SOL_SOCKET, .cmsg_type = SCM_RIGHTS };
        memcpy(CMSG_DATA(cm), fds, sizeof(fds));
        T(syscall(SYS_sendmsg, dp[0], &mh, 0),
          "sendmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"2\", iov_len=1}], msg_iovlen=1, "
          "msg_control=[{cmsg_len=24, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[%d, %d]}], msg_controllen=24, "
          "msg_flags=0}, 0) = 1", dp[0], dp[0], dp[1]);
        memset(&ctl, 0, sizeof(ctl));
        iov[0] = (struct iovec) { .iov_base = buf, .iov_len = sizeof(buf) };
        mh = (struct msghdr) { .msg_iov = iov, .msg_iovlen = 1, .msg_control = ctl.buf, .msg_controllen = CMSG_LEN(sizeof(int)) };
        T(syscall(SYS_recvmsg, dp[1], &mh, MSG_CMSG_CLOEXEC),
          "recvmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"2\", iov_len=64}], msg_iovlen=1, "
          "msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[%d]}], "
          "msg_controllen=20, msg_flags=MSG_CTRUNC|MSG_CMSG_CLOEXEC}, MSG_CMSG_CLOEXEC) = 1", dp[1], got = cmsg_fd(&mh));
        T(syscall(SYS_close, got), "close(%d) = 0", got);

        T(syscall(SYS_setsockopt, dp[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one)),
          "setsockopt(%d, SOL_SOCKET, SO_PASSCRED, [1], 4) = 0", dp[1]);
        memset(&ctl, 0, sizeof(ctl));
        iov[0] = (struct iovec) { .iov_base = (void *) "cred", .iov_len = 4 };
        mh = (struct msghdr) { .msg_iov = iov, .msg_iovlen = 1, .msg_control = ctl.buf, .msg_controllen = CMSG_SPACE(sizeof(cred)) };
        cm = CMSG_FIRSTHDR(&mh);
        *cm = (struct cmsghdr) { .cmsg_len = CMSG_LEN(sizeof(cred)), .cmsg_level = SOL_SOCKET, .cmsg_type = SCM_CREDENTIALS };
        memcpy(CMSG_DATA(cm), &cred, sizeof(cred));
        T(syscall(SYS_sendmsg, dp[0], &mh, 0),
          "sendmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"cred\", iov_len=4}], msg_iovlen=1, "
          "msg_control=[{cmsg_len=28, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=%d, uid=%u, gid=%u}}], "
          "msg_controllen=32, msg_flags=0}, 0) = 4", dp[0], (int) cred.pid, cred.uid, cred.gid);
        memset(&ctl, 0, sizeof(ctl));
        iov[0] = (struct iovec) { .iov_base = buf, .iov_len = sizeof(buf) };
        mh = (struct msghdr) { .msg_iov = iov, .msg_iovlen = 1, .msg_control = ctl.buf, .msg_controllen = sizeof(ctl.buf) };
        T(syscall(SYS_recvmsg, dp[1], &mh, 0),
          "recvmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"cred\", iov_len=64}], msg_iovlen=1, "
          "msg_control=[{cmsg_len=28, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=%d, uid=%u, gid=%u}}], "
          "msg_controllen=32, msg_flags=0}, 0) = 4", dp[1], (int) cred.pid, cred.uid, cred.gid);

        /* A named sender: the length given, then the kernel's; a failed
         * call shows the length given. */
        snprintf(sun_b.sun_path, sizeof(sun_b.sun_path), "%s", P("mb"));
        snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", P("ma"));
        T(ma = syscall(SYS_socket, AF_UNIX, SOCK_DGRAM, 0), "socket(AF_UNIX, SOCK_DGRAM, 0) = %ld", ret);
        T(mb = syscall(SYS_socket, AF_UNIX, SOCK_DGRAM, 0), "socket(AF_UNIX, SOCK_DGRAM, 0) = %ld", ret);
        T(syscall(SYS_bind, ma, &sun, sizeof(sun)), "bind(%ld, {sa_family=AF_UNIX, sun_path=\"%s\"}, 110) = 0", ma, P("ma"));
        T(syscall(SYS_bind, mb, &sun_b, sizeof(sun_b)), "bind(%ld, {sa_family=AF_UNIX, sun_path=\"%s\"}, 110) = 0", mb, P("mb"));
        iov[0] = (struct iovec) { .iov_base = (void *) "hi", .iov_len = 2 };
        mh = (struct msghdr) { .msg_name = &sun_b, .msg_namelen = sizeof(sun_b), .msg_iov = iov, .msg_iovlen = 1 };
        T(syscall(SYS_sendmsg, ma, &mh, 0),
          "sendmsg(%ld, {msg_name={sa_family=AF_UNIX, sun_path=\"%s\"}, msg_namelen=110, msg_iov=[{iov_base=\"hi\", iov_len=2}], "
          "msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 2", ma, P("mb"));
        iov[0] = (struct iovec) { .iov_base = buf, .iov_len = sizeof(buf) };
        mh = (struct msghdr) { .msg_name = &sun_got, .msg_namelen = sizeof(sun_got), .msg_iov = iov, .msg_iovlen = 1 };
        T(syscall(SYS_recvmsg, mb, &mh, 0),
          "recvmsg(%ld, {msg_name={sa_family=AF_UNIX, sun_path=\"%s\"}, msg_namelen=110 => %u, "
          "msg_iov=[{iov_base=\"hi\", iov_len=64}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 2",
          mb, P("ma"), (unsigned) mh.msg_namelen);
        mh = (struct msghdr) { .msg_name = &sun_got, .msg_namelen = sizeof(sun_got), .msg_iov = iov, .msg_iovlen = 1 };
        T(syscall(SYS_recvmsg, mb, &mh, MSG_DONTWAIT), "recvmsg(%ld, {msg_namelen=110}, MSG_DONTWAIT) = " E_AGAIN, mb);

        /* A link-local address names its interface (lo is 1 in every network namespace). */
        inet_pton(AF_INET6, "fe80::1", &sin6.sin6_addr);
        T(s6 = syscall(SYS_socket, AF_INET6, SOCK_DGRAM, 0), "socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = %ld", ret);
        T(syscall(SYS_bind, s6, &sin6, sizeof(sin6)),
          "bind(%ld, {sa_family=AF_INET6, sin6_port=htons(0), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"fe80::1\", &sin6_addr), "
          "sin6_scope_id=if_nametoindex(\"lo\")}, 28) = -1 EADDRNOTAVAIL (Cannot assign requested address)", s6);
        T(syscall(SYS_close, s6), "close(%ld) = 0", s6);

        return golden_finish();
}
