/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* The generated tables: the native one agrees with this machine's <asm/unistd.h>,
 * both are well formed, and lookup by architecture finds the right one. */

#include <asm/unistd.h>

#include "syscall-table.h"
#include "unit.h"

UNIT_DEFINE_GLOBALS;

#define CHECK_NR(x)                                                                     \
        do {                                                                            \
                if (syscall_from_name(#x) != __NR_##x) {                                \
                        fprintf(stderr, "%s: table says %d, <asm/unistd.h> says %d\n",  \
                                #x, syscall_from_name(#x), __NR_##x);                   \
                        unit_failures++;                                                \
                }                                                                       \
                CHECK_STREQ(syscall_name(__NR_##x), #x);                                \
                n_checked++;                                                            \
        } while (0)

static void numbers_match_unistd_h(void) {
        int n_checked = 0;

#ifdef __NR_read
        CHECK_NR(read);
#endif
#ifdef __NR_write
        CHECK_NR(write);
#endif
#ifdef __NR_open
        CHECK_NR(open);
#endif
#ifdef __NR_close
        CHECK_NR(close);
#endif
#ifdef __NR_stat
        CHECK_NR(stat);
#endif
#ifdef __NR_fstat
        CHECK_NR(fstat);
#endif
#ifdef __NR_lstat
        CHECK_NR(lstat);
#endif
#ifdef __NR_poll
        CHECK_NR(poll);
#endif
#ifdef __NR_lseek
        CHECK_NR(lseek);
#endif
#ifdef __NR_mmap
        CHECK_NR(mmap);
#endif
#ifdef __NR_mprotect
        CHECK_NR(mprotect);
#endif
#ifdef __NR_munmap
        CHECK_NR(munmap);
#endif
#ifdef __NR_brk
        CHECK_NR(brk);
#endif
#ifdef __NR_rt_sigaction
        CHECK_NR(rt_sigaction);
#endif
#ifdef __NR_rt_sigprocmask
        CHECK_NR(rt_sigprocmask);
#endif
#ifdef __NR_rt_sigreturn
        CHECK_NR(rt_sigreturn);
#endif
#ifdef __NR_ioctl
        CHECK_NR(ioctl);
#endif
#ifdef __NR_pread64
        CHECK_NR(pread64);
#endif
#ifdef __NR_pwrite64
        CHECK_NR(pwrite64);
#endif
#ifdef __NR_readv
        CHECK_NR(readv);
#endif
#ifdef __NR_writev
        CHECK_NR(writev);
#endif
#ifdef __NR_access
        CHECK_NR(access);
#endif
#ifdef __NR_pipe
        CHECK_NR(pipe);
#endif
#ifdef __NR_select
        CHECK_NR(select);
#endif
#ifdef __NR_sched_yield
        CHECK_NR(sched_yield);
#endif
#ifdef __NR_mremap
        CHECK_NR(mremap);
#endif
#ifdef __NR_msync
        CHECK_NR(msync);
#endif
#ifdef __NR_mincore
        CHECK_NR(mincore);
#endif
#ifdef __NR_madvise
        CHECK_NR(madvise);
#endif
#ifdef __NR_shmget
        CHECK_NR(shmget);
#endif
#ifdef __NR_shmat
        CHECK_NR(shmat);
#endif
#ifdef __NR_shmctl
        CHECK_NR(shmctl);
#endif
#ifdef __NR_dup
        CHECK_NR(dup);
#endif
#ifdef __NR_dup2
        CHECK_NR(dup2);
#endif
#ifdef __NR_pause
        CHECK_NR(pause);
#endif
#ifdef __NR_nanosleep
        CHECK_NR(nanosleep);
#endif
#ifdef __NR_getitimer
        CHECK_NR(getitimer);
#endif
#ifdef __NR_alarm
        CHECK_NR(alarm);
#endif
#ifdef __NR_setitimer
        CHECK_NR(setitimer);
#endif
#ifdef __NR_getpid
        CHECK_NR(getpid);
#endif
#ifdef __NR_sendfile
        CHECK_NR(sendfile);
#endif
#ifdef __NR_socket
        CHECK_NR(socket);
#endif
#ifdef __NR_connect
        CHECK_NR(connect);
#endif
#ifdef __NR_accept
        CHECK_NR(accept);
#endif
#ifdef __NR_sendto
        CHECK_NR(sendto);
#endif
#ifdef __NR_recvfrom
        CHECK_NR(recvfrom);
#endif
#ifdef __NR_sendmsg
        CHECK_NR(sendmsg);
#endif
#ifdef __NR_recvmsg
        CHECK_NR(recvmsg);
#endif
#ifdef __NR_shutdown
        CHECK_NR(shutdown);
#endif
#ifdef __NR_bind
        CHECK_NR(bind);
#endif
#ifdef __NR_listen
        CHECK_NR(listen);
#endif
#ifdef __NR_getsockname
        CHECK_NR(getsockname);
#endif
#ifdef __NR_getpeername
        CHECK_NR(getpeername);
#endif
#ifdef __NR_socketpair
        CHECK_NR(socketpair);
#endif
#ifdef __NR_setsockopt
        CHECK_NR(setsockopt);
#endif
#ifdef __NR_getsockopt
        CHECK_NR(getsockopt);
#endif
#ifdef __NR_clone
        CHECK_NR(clone);
#endif
#ifdef __NR_fork
        CHECK_NR(fork);
#endif
#ifdef __NR_vfork
        CHECK_NR(vfork);
#endif
#ifdef __NR_execve
        CHECK_NR(execve);
#endif
#ifdef __NR_exit
        CHECK_NR(exit);
#endif
#ifdef __NR_wait4
        CHECK_NR(wait4);
#endif
#ifdef __NR_kill
        CHECK_NR(kill);
#endif
#ifdef __NR_uname
        CHECK_NR(uname);
#endif
#ifdef __NR_semget
        CHECK_NR(semget);
#endif
#ifdef __NR_semop
        CHECK_NR(semop);
#endif
#ifdef __NR_semctl
        CHECK_NR(semctl);
#endif
#ifdef __NR_shmdt
        CHECK_NR(shmdt);
#endif
#ifdef __NR_msgget
        CHECK_NR(msgget);
#endif
#ifdef __NR_msgsnd
        CHECK_NR(msgsnd);
#endif
#ifdef __NR_msgrcv
        CHECK_NR(msgrcv);
#endif
#ifdef __NR_msgctl
        CHECK_NR(msgctl);
#endif
#ifdef __NR_fcntl
        CHECK_NR(fcntl);
#endif
#ifdef __NR_flock
        CHECK_NR(flock);
#endif
#ifdef __NR_fsync
        CHECK_NR(fsync);
#endif
#ifdef __NR_fdatasync
        CHECK_NR(fdatasync);
#endif
#ifdef __NR_truncate
        CHECK_NR(truncate);
#endif
#ifdef __NR_ftruncate
        CHECK_NR(ftruncate);
#endif
#ifdef __NR_getdents
        CHECK_NR(getdents);
#endif
#ifdef __NR_getcwd
        CHECK_NR(getcwd);
#endif
#ifdef __NR_chdir
        CHECK_NR(chdir);
#endif
#ifdef __NR_fchdir
        CHECK_NR(fchdir);
#endif
#ifdef __NR_rename
        CHECK_NR(rename);
#endif
#ifdef __NR_mkdir
        CHECK_NR(mkdir);
#endif
#ifdef __NR_rmdir
        CHECK_NR(rmdir);
#endif
#ifdef __NR_creat
        CHECK_NR(creat);
#endif
#ifdef __NR_link
        CHECK_NR(link);
#endif
#ifdef __NR_unlink
        CHECK_NR(unlink);
#endif
#ifdef __NR_symlink
        CHECK_NR(symlink);
#endif
#ifdef __NR_readlink
        CHECK_NR(readlink);
#endif
#ifdef __NR_chmod
        CHECK_NR(chmod);
#endif
#ifdef __NR_fchmod
        CHECK_NR(fchmod);
#endif
#ifdef __NR_chown
        CHECK_NR(chown);
#endif
#ifdef __NR_fchown
        CHECK_NR(fchown);
#endif
#ifdef __NR_lchown
        CHECK_NR(lchown);
#endif
#ifdef __NR_umask
        CHECK_NR(umask);
#endif
#ifdef __NR_gettimeofday
        CHECK_NR(gettimeofday);
#endif
#ifdef __NR_getrlimit
        CHECK_NR(getrlimit);
#endif
#ifdef __NR_getrusage
        CHECK_NR(getrusage);
#endif
#ifdef __NR_sysinfo
        CHECK_NR(sysinfo);
#endif
#ifdef __NR_times
        CHECK_NR(times);
#endif
#ifdef __NR_ptrace
        CHECK_NR(ptrace);
#endif
#ifdef __NR_getuid
        CHECK_NR(getuid);
#endif
#ifdef __NR_syslog
        CHECK_NR(syslog);
#endif
#ifdef __NR_getgid
        CHECK_NR(getgid);
#endif
#ifdef __NR_setuid
        CHECK_NR(setuid);
#endif
#ifdef __NR_setgid
        CHECK_NR(setgid);
#endif
#ifdef __NR_geteuid
        CHECK_NR(geteuid);
#endif
#ifdef __NR_getegid
        CHECK_NR(getegid);
#endif
#ifdef __NR_setpgid
        CHECK_NR(setpgid);
#endif
#ifdef __NR_getppid
        CHECK_NR(getppid);
#endif
#ifdef __NR_getpgrp
        CHECK_NR(getpgrp);
#endif
#ifdef __NR_setsid
        CHECK_NR(setsid);
#endif
#ifdef __NR_setreuid
        CHECK_NR(setreuid);
#endif
#ifdef __NR_setregid
        CHECK_NR(setregid);
#endif
#ifdef __NR_getgroups
        CHECK_NR(getgroups);
#endif
#ifdef __NR_setgroups
        CHECK_NR(setgroups);
#endif
#ifdef __NR_setresuid
        CHECK_NR(setresuid);
#endif
#ifdef __NR_getresuid
        CHECK_NR(getresuid);
#endif
#ifdef __NR_setresgid
        CHECK_NR(setresgid);
#endif
#ifdef __NR_getresgid
        CHECK_NR(getresgid);
#endif
#ifdef __NR_getpgid
        CHECK_NR(getpgid);
#endif
#ifdef __NR_setfsuid
        CHECK_NR(setfsuid);
#endif
#ifdef __NR_setfsgid
        CHECK_NR(setfsgid);
#endif
#ifdef __NR_getsid
        CHECK_NR(getsid);
#endif
#ifdef __NR_capget
        CHECK_NR(capget);
#endif
#ifdef __NR_capset
        CHECK_NR(capset);
#endif
#ifdef __NR_rt_sigpending
        CHECK_NR(rt_sigpending);
#endif
#ifdef __NR_rt_sigtimedwait
        CHECK_NR(rt_sigtimedwait);
#endif
#ifdef __NR_rt_sigqueueinfo
        CHECK_NR(rt_sigqueueinfo);
#endif
#ifdef __NR_rt_sigsuspend
        CHECK_NR(rt_sigsuspend);
#endif
#ifdef __NR_sigaltstack
        CHECK_NR(sigaltstack);
#endif
#ifdef __NR_utime
        CHECK_NR(utime);
#endif
#ifdef __NR_mknod
        CHECK_NR(mknod);
#endif
#ifdef __NR_uselib
        CHECK_NR(uselib);
#endif
#ifdef __NR_personality
        CHECK_NR(personality);
#endif
#ifdef __NR_ustat
        CHECK_NR(ustat);
#endif
#ifdef __NR_statfs
        CHECK_NR(statfs);
#endif
#ifdef __NR_fstatfs
        CHECK_NR(fstatfs);
#endif
#ifdef __NR_sysfs
        CHECK_NR(sysfs);
#endif
#ifdef __NR_getpriority
        CHECK_NR(getpriority);
#endif
#ifdef __NR_setpriority
        CHECK_NR(setpriority);
#endif
#ifdef __NR_sched_setparam
        CHECK_NR(sched_setparam);
#endif
#ifdef __NR_sched_getparam
        CHECK_NR(sched_getparam);
#endif
#ifdef __NR_sched_setscheduler
        CHECK_NR(sched_setscheduler);
#endif
#ifdef __NR_sched_getscheduler
        CHECK_NR(sched_getscheduler);
#endif
#ifdef __NR_sched_get_priority_max
        CHECK_NR(sched_get_priority_max);
#endif
#ifdef __NR_sched_get_priority_min
        CHECK_NR(sched_get_priority_min);
#endif
#ifdef __NR_sched_rr_get_interval
        CHECK_NR(sched_rr_get_interval);
#endif
#ifdef __NR_mlock
        CHECK_NR(mlock);
#endif
#ifdef __NR_munlock
        CHECK_NR(munlock);
#endif
#ifdef __NR_mlockall
        CHECK_NR(mlockall);
#endif
#ifdef __NR_munlockall
        CHECK_NR(munlockall);
#endif
#ifdef __NR_vhangup
        CHECK_NR(vhangup);
#endif
#ifdef __NR_modify_ldt
        CHECK_NR(modify_ldt);
#endif
#ifdef __NR_pivot_root
        CHECK_NR(pivot_root);
#endif
#ifdef __NR__sysctl
        CHECK_NR(_sysctl);
#endif
#ifdef __NR_prctl
        CHECK_NR(prctl);
#endif
#ifdef __NR_arch_prctl
        CHECK_NR(arch_prctl);
#endif
#ifdef __NR_adjtimex
        CHECK_NR(adjtimex);
#endif
#ifdef __NR_setrlimit
        CHECK_NR(setrlimit);
#endif
#ifdef __NR_chroot
        CHECK_NR(chroot);
#endif
#ifdef __NR_sync
        CHECK_NR(sync);
#endif
#ifdef __NR_acct
        CHECK_NR(acct);
#endif
#ifdef __NR_settimeofday
        CHECK_NR(settimeofday);
#endif
#ifdef __NR_mount
        CHECK_NR(mount);
#endif
#ifdef __NR_umount2
        CHECK_NR(umount2);
#endif
#ifdef __NR_swapon
        CHECK_NR(swapon);
#endif
#ifdef __NR_swapoff
        CHECK_NR(swapoff);
#endif
#ifdef __NR_reboot
        CHECK_NR(reboot);
#endif
#ifdef __NR_sethostname
        CHECK_NR(sethostname);
#endif
#ifdef __NR_setdomainname
        CHECK_NR(setdomainname);
#endif
#ifdef __NR_iopl
        CHECK_NR(iopl);
#endif
#ifdef __NR_ioperm
        CHECK_NR(ioperm);
#endif
#ifdef __NR_create_module
        CHECK_NR(create_module);
#endif
#ifdef __NR_init_module
        CHECK_NR(init_module);
#endif
#ifdef __NR_delete_module
        CHECK_NR(delete_module);
#endif
#ifdef __NR_get_kernel_syms
        CHECK_NR(get_kernel_syms);
#endif
#ifdef __NR_query_module
        CHECK_NR(query_module);
#endif
#ifdef __NR_quotactl
        CHECK_NR(quotactl);
#endif
#ifdef __NR_nfsservctl
        CHECK_NR(nfsservctl);
#endif
#ifdef __NR_getpmsg
        CHECK_NR(getpmsg);
#endif
#ifdef __NR_putpmsg
        CHECK_NR(putpmsg);
#endif
#ifdef __NR_afs_syscall
        CHECK_NR(afs_syscall);
#endif
#ifdef __NR_tuxcall
        CHECK_NR(tuxcall);
#endif
#ifdef __NR_security
        CHECK_NR(security);
#endif
#ifdef __NR_gettid
        CHECK_NR(gettid);
#endif
#ifdef __NR_readahead
        CHECK_NR(readahead);
#endif
#ifdef __NR_setxattr
        CHECK_NR(setxattr);
#endif
#ifdef __NR_lsetxattr
        CHECK_NR(lsetxattr);
#endif
#ifdef __NR_fsetxattr
        CHECK_NR(fsetxattr);
#endif
#ifdef __NR_getxattr
        CHECK_NR(getxattr);
#endif
#ifdef __NR_lgetxattr
        CHECK_NR(lgetxattr);
#endif
#ifdef __NR_fgetxattr
        CHECK_NR(fgetxattr);
#endif
#ifdef __NR_listxattr
        CHECK_NR(listxattr);
#endif
#ifdef __NR_llistxattr
        CHECK_NR(llistxattr);
#endif
#ifdef __NR_flistxattr
        CHECK_NR(flistxattr);
#endif
#ifdef __NR_removexattr
        CHECK_NR(removexattr);
#endif
#ifdef __NR_lremovexattr
        CHECK_NR(lremovexattr);
#endif
#ifdef __NR_fremovexattr
        CHECK_NR(fremovexattr);
#endif
#ifdef __NR_tkill
        CHECK_NR(tkill);
#endif
#ifdef __NR_time
        CHECK_NR(time);
#endif
#ifdef __NR_futex
        CHECK_NR(futex);
#endif
#ifdef __NR_sched_setaffinity
        CHECK_NR(sched_setaffinity);
#endif
#ifdef __NR_sched_getaffinity
        CHECK_NR(sched_getaffinity);
#endif
#ifdef __NR_set_thread_area
        CHECK_NR(set_thread_area);
#endif
#ifdef __NR_io_setup
        CHECK_NR(io_setup);
#endif
#ifdef __NR_io_destroy
        CHECK_NR(io_destroy);
#endif
#ifdef __NR_io_getevents
        CHECK_NR(io_getevents);
#endif
#ifdef __NR_io_submit
        CHECK_NR(io_submit);
#endif
#ifdef __NR_io_cancel
        CHECK_NR(io_cancel);
#endif
#ifdef __NR_get_thread_area
        CHECK_NR(get_thread_area);
#endif
#ifdef __NR_lookup_dcookie
        CHECK_NR(lookup_dcookie);
#endif
#ifdef __NR_epoll_create
        CHECK_NR(epoll_create);
#endif
#ifdef __NR_epoll_ctl_old
        CHECK_NR(epoll_ctl_old);
#endif
#ifdef __NR_epoll_wait_old
        CHECK_NR(epoll_wait_old);
#endif
#ifdef __NR_remap_file_pages
        CHECK_NR(remap_file_pages);
#endif
#ifdef __NR_getdents64
        CHECK_NR(getdents64);
#endif
#ifdef __NR_set_tid_address
        CHECK_NR(set_tid_address);
#endif
#ifdef __NR_restart_syscall
        CHECK_NR(restart_syscall);
#endif
#ifdef __NR_semtimedop
        CHECK_NR(semtimedop);
#endif
#ifdef __NR_fadvise64
        CHECK_NR(fadvise64);
#endif
#ifdef __NR_timer_create
        CHECK_NR(timer_create);
#endif
#ifdef __NR_timer_settime
        CHECK_NR(timer_settime);
#endif
#ifdef __NR_timer_gettime
        CHECK_NR(timer_gettime);
#endif
#ifdef __NR_timer_getoverrun
        CHECK_NR(timer_getoverrun);
#endif
#ifdef __NR_timer_delete
        CHECK_NR(timer_delete);
#endif
#ifdef __NR_clock_settime
        CHECK_NR(clock_settime);
#endif
#ifdef __NR_clock_gettime
        CHECK_NR(clock_gettime);
#endif
#ifdef __NR_clock_getres
        CHECK_NR(clock_getres);
#endif
#ifdef __NR_clock_nanosleep
        CHECK_NR(clock_nanosleep);
#endif
#ifdef __NR_exit_group
        CHECK_NR(exit_group);
#endif
#ifdef __NR_epoll_wait
        CHECK_NR(epoll_wait);
#endif
#ifdef __NR_epoll_ctl
        CHECK_NR(epoll_ctl);
#endif
#ifdef __NR_tgkill
        CHECK_NR(tgkill);
#endif
#ifdef __NR_utimes
        CHECK_NR(utimes);
#endif
#ifdef __NR_vserver
        CHECK_NR(vserver);
#endif
#ifdef __NR_mbind
        CHECK_NR(mbind);
#endif
#ifdef __NR_set_mempolicy
        CHECK_NR(set_mempolicy);
#endif
#ifdef __NR_get_mempolicy
        CHECK_NR(get_mempolicy);
#endif
#ifdef __NR_mq_open
        CHECK_NR(mq_open);
#endif
#ifdef __NR_mq_unlink
        CHECK_NR(mq_unlink);
#endif
#ifdef __NR_mq_timedsend
        CHECK_NR(mq_timedsend);
#endif
#ifdef __NR_mq_timedreceive
        CHECK_NR(mq_timedreceive);
#endif
#ifdef __NR_mq_notify
        CHECK_NR(mq_notify);
#endif
#ifdef __NR_mq_getsetattr
        CHECK_NR(mq_getsetattr);
#endif
#ifdef __NR_kexec_load
        CHECK_NR(kexec_load);
#endif
#ifdef __NR_waitid
        CHECK_NR(waitid);
#endif
#ifdef __NR_add_key
        CHECK_NR(add_key);
#endif
#ifdef __NR_request_key
        CHECK_NR(request_key);
#endif
#ifdef __NR_keyctl
        CHECK_NR(keyctl);
#endif
#ifdef __NR_ioprio_set
        CHECK_NR(ioprio_set);
#endif
#ifdef __NR_ioprio_get
        CHECK_NR(ioprio_get);
#endif
#ifdef __NR_inotify_init
        CHECK_NR(inotify_init);
#endif
#ifdef __NR_inotify_add_watch
        CHECK_NR(inotify_add_watch);
#endif
#ifdef __NR_inotify_rm_watch
        CHECK_NR(inotify_rm_watch);
#endif
#ifdef __NR_migrate_pages
        CHECK_NR(migrate_pages);
#endif
#ifdef __NR_openat
        CHECK_NR(openat);
#endif
#ifdef __NR_mkdirat
        CHECK_NR(mkdirat);
#endif
#ifdef __NR_mknodat
        CHECK_NR(mknodat);
#endif
#ifdef __NR_fchownat
        CHECK_NR(fchownat);
#endif
#ifdef __NR_futimesat
        CHECK_NR(futimesat);
#endif
#ifdef __NR_newfstatat
        CHECK_NR(newfstatat);
#endif
#ifdef __NR_unlinkat
        CHECK_NR(unlinkat);
#endif
#ifdef __NR_renameat
        CHECK_NR(renameat);
#endif
#ifdef __NR_linkat
        CHECK_NR(linkat);
#endif
#ifdef __NR_symlinkat
        CHECK_NR(symlinkat);
#endif
#ifdef __NR_readlinkat
        CHECK_NR(readlinkat);
#endif
#ifdef __NR_fchmodat
        CHECK_NR(fchmodat);
#endif
#ifdef __NR_faccessat
        CHECK_NR(faccessat);
#endif
#ifdef __NR_pselect6
        CHECK_NR(pselect6);
#endif
#ifdef __NR_ppoll
        CHECK_NR(ppoll);
#endif
#ifdef __NR_unshare
        CHECK_NR(unshare);
#endif
#ifdef __NR_set_robust_list
        CHECK_NR(set_robust_list);
#endif
#ifdef __NR_get_robust_list
        CHECK_NR(get_robust_list);
#endif
#ifdef __NR_splice
        CHECK_NR(splice);
#endif
#ifdef __NR_tee
        CHECK_NR(tee);
#endif
#ifdef __NR_sync_file_range
        CHECK_NR(sync_file_range);
#endif
#ifdef __NR_vmsplice
        CHECK_NR(vmsplice);
#endif
#ifdef __NR_move_pages
        CHECK_NR(move_pages);
#endif
#ifdef __NR_utimensat
        CHECK_NR(utimensat);
#endif
#ifdef __NR_epoll_pwait
        CHECK_NR(epoll_pwait);
#endif
#ifdef __NR_signalfd
        CHECK_NR(signalfd);
#endif
#ifdef __NR_timerfd_create
        CHECK_NR(timerfd_create);
#endif
#ifdef __NR_eventfd
        CHECK_NR(eventfd);
#endif
#ifdef __NR_fallocate
        CHECK_NR(fallocate);
#endif
#ifdef __NR_timerfd_settime
        CHECK_NR(timerfd_settime);
#endif
#ifdef __NR_timerfd_gettime
        CHECK_NR(timerfd_gettime);
#endif
#ifdef __NR_accept4
        CHECK_NR(accept4);
#endif
#ifdef __NR_signalfd4
        CHECK_NR(signalfd4);
#endif
#ifdef __NR_eventfd2
        CHECK_NR(eventfd2);
#endif
#ifdef __NR_epoll_create1
        CHECK_NR(epoll_create1);
#endif
#ifdef __NR_dup3
        CHECK_NR(dup3);
#endif
#ifdef __NR_pipe2
        CHECK_NR(pipe2);
#endif
#ifdef __NR_inotify_init1
        CHECK_NR(inotify_init1);
#endif
#ifdef __NR_preadv
        CHECK_NR(preadv);
#endif
#ifdef __NR_pwritev
        CHECK_NR(pwritev);
#endif
#ifdef __NR_rt_tgsigqueueinfo
        CHECK_NR(rt_tgsigqueueinfo);
#endif
#ifdef __NR_perf_event_open
        CHECK_NR(perf_event_open);
#endif
#ifdef __NR_recvmmsg
        CHECK_NR(recvmmsg);
#endif
#ifdef __NR_fanotify_init
        CHECK_NR(fanotify_init);
#endif
#ifdef __NR_fanotify_mark
        CHECK_NR(fanotify_mark);
#endif
#ifdef __NR_prlimit64
        CHECK_NR(prlimit64);
#endif
#ifdef __NR_name_to_handle_at
        CHECK_NR(name_to_handle_at);
#endif
#ifdef __NR_open_by_handle_at
        CHECK_NR(open_by_handle_at);
#endif
#ifdef __NR_clock_adjtime
        CHECK_NR(clock_adjtime);
#endif
#ifdef __NR_syncfs
        CHECK_NR(syncfs);
#endif
#ifdef __NR_sendmmsg
        CHECK_NR(sendmmsg);
#endif
#ifdef __NR_setns
        CHECK_NR(setns);
#endif
#ifdef __NR_getcpu
        CHECK_NR(getcpu);
#endif
#ifdef __NR_process_vm_readv
        CHECK_NR(process_vm_readv);
#endif
#ifdef __NR_process_vm_writev
        CHECK_NR(process_vm_writev);
#endif
#ifdef __NR_kcmp
        CHECK_NR(kcmp);
#endif
#ifdef __NR_finit_module
        CHECK_NR(finit_module);
#endif
#ifdef __NR_sched_setattr
        CHECK_NR(sched_setattr);
#endif
#ifdef __NR_sched_getattr
        CHECK_NR(sched_getattr);
#endif
#ifdef __NR_renameat2
        CHECK_NR(renameat2);
#endif
#ifdef __NR_seccomp
        CHECK_NR(seccomp);
#endif
#ifdef __NR_getrandom
        CHECK_NR(getrandom);
#endif
#ifdef __NR_memfd_create
        CHECK_NR(memfd_create);
#endif
#ifdef __NR_kexec_file_load
        CHECK_NR(kexec_file_load);
#endif
#ifdef __NR_bpf
        CHECK_NR(bpf);
#endif
#ifdef __NR_execveat
        CHECK_NR(execveat);
#endif
#ifdef __NR_userfaultfd
        CHECK_NR(userfaultfd);
#endif
#ifdef __NR_membarrier
        CHECK_NR(membarrier);
#endif
#ifdef __NR_mlock2
        CHECK_NR(mlock2);
#endif
#ifdef __NR_copy_file_range
        CHECK_NR(copy_file_range);
#endif
#ifdef __NR_preadv2
        CHECK_NR(preadv2);
#endif
#ifdef __NR_pwritev2
        CHECK_NR(pwritev2);
#endif
#ifdef __NR_pkey_mprotect
        CHECK_NR(pkey_mprotect);
#endif
#ifdef __NR_pkey_alloc
        CHECK_NR(pkey_alloc);
#endif
#ifdef __NR_pkey_free
        CHECK_NR(pkey_free);
#endif
#ifdef __NR_statx
        CHECK_NR(statx);
#endif
#ifdef __NR_io_pgetevents
        CHECK_NR(io_pgetevents);
#endif
#ifdef __NR_rseq
        CHECK_NR(rseq);
#endif
#ifdef __NR_pidfd_send_signal
        CHECK_NR(pidfd_send_signal);
#endif
#ifdef __NR_io_uring_setup
        CHECK_NR(io_uring_setup);
#endif
#ifdef __NR_io_uring_enter
        CHECK_NR(io_uring_enter);
#endif
#ifdef __NR_io_uring_register
        CHECK_NR(io_uring_register);
#endif
#ifdef __NR_open_tree
        CHECK_NR(open_tree);
#endif
#ifdef __NR_move_mount
        CHECK_NR(move_mount);
#endif
#ifdef __NR_fsopen
        CHECK_NR(fsopen);
#endif
#ifdef __NR_fsconfig
        CHECK_NR(fsconfig);
#endif
#ifdef __NR_fsmount
        CHECK_NR(fsmount);
#endif
#ifdef __NR_fspick
        CHECK_NR(fspick);
#endif
#ifdef __NR_pidfd_open
        CHECK_NR(pidfd_open);
#endif
#ifdef __NR_clone3
        CHECK_NR(clone3);
#endif
#ifdef __NR_close_range
        CHECK_NR(close_range);
#endif
#ifdef __NR_openat2
        CHECK_NR(openat2);
#endif
#ifdef __NR_pidfd_getfd
        CHECK_NR(pidfd_getfd);
#endif
#ifdef __NR_faccessat2
        CHECK_NR(faccessat2);
#endif
#ifdef __NR_process_madvise
        CHECK_NR(process_madvise);
#endif
#ifdef __NR_epoll_pwait2
        CHECK_NR(epoll_pwait2);
#endif
#ifdef __NR_mount_setattr
        CHECK_NR(mount_setattr);
#endif
#ifdef __NR_quotactl_fd
        CHECK_NR(quotactl_fd);
#endif
#ifdef __NR_landlock_create_ruleset
        CHECK_NR(landlock_create_ruleset);
#endif
#ifdef __NR_landlock_add_rule
        CHECK_NR(landlock_add_rule);
#endif
#ifdef __NR_landlock_restrict_self
        CHECK_NR(landlock_restrict_self);
#endif
#ifdef __NR_memfd_secret
        CHECK_NR(memfd_secret);
#endif
#ifdef __NR_process_mrelease
        CHECK_NR(process_mrelease);
#endif
#ifdef __NR_futex_waitv
        CHECK_NR(futex_waitv);
#endif
#ifdef __NR_set_mempolicy_home_node
        CHECK_NR(set_mempolicy_home_node);
#endif
        CHECK(n_checked >= 300);
}

static void table_is_sane(const SyscallTable *t, size_t min_named) {
        size_t named = 0;

        for (size_t i = 0; i < t->size; i++) {
                const SyscallInfo *si = syscall_table_lookup(t, (int32_t) i);

                if (!si)
                        continue;
                named++;
                CHECK(syscall_table_find(t, si->name) == (int) i);
                CHECK(si->nargs >= -1 && si->nargs <= (int) TL_NARGS);
                for (int a = 0; a < si->nargs; a++) {
                        CHECK(si->args[a].kind < _ARG_KIND_MAX);
                        if (si->args[a].kind == ARG_BUF_IN)
                                CHECK(si->args[a].size_arg < si->nargs);
                }
                for (int c = 0; c < TL_CAPTURES_PER_RECORD; c++) {
                        const struct tl_capture_rule *cr = &si->rule.cap[c];

                        CHECK(cr->kind <= TL_CAP_STACK_ENTER);
                        if (cr->kind != TL_CAP_NONE)
                                CHECK(cr->arg < si->nargs);
                        /* sys_enter looks for it in the first rule only (recorder-abi.h). */
                        if (cr->kind == TL_CAP_STACK_ENTER)
                                CHECK(c == 0 && cr->size > 4 && cr->size <= 128);
                }
        }
        CHECK(named >= min_named);
        CHECK(t->size <= TL_SYSCALLS_MAX);
        CHECK(syscall_table_find(t, "no_such_syscall") == -ENOENT);
        CHECK(syscall_table_find(t, NULL) == -ENOENT);
        CHECK(!syscall_table_lookup(t, -1));
        CHECK(!syscall_table_lookup(t, (int32_t) t->size));
}

static void every_entry_is_sane(void) {
        table_is_sane(syscall_table_for_arch("x86_64"), 350);
        table_is_sane(syscall_table_for_arch("aarch64"), 290);
        CHECK(syscall_from_name("no_such_syscall") == -ENOENT);
        CHECK(syscall_from_name(NULL) == -ENOENT);
}

static void tables_by_arch(void) {
        const SyscallTable *x86 = syscall_table_for_arch("x86_64"), *arm = syscall_table_for_arch("aarch64");

        CHECK(x86 && arm && x86 != arm);
        CHECK(!syscall_table_for_arch("i386"));
        CHECK(!syscall_table_for_arch(NULL));
        CHECK_STREQ(x86->arch, "x86_64");
        CHECK_STREQ(arm->arch, "aarch64");

        /* The native table is the one of the machine we run on. */
#if defined(__x86_64__)
        CHECK(syscall_table_native() == x86);
#elif defined(__aarch64__)
        CHECK(syscall_table_native() == arm);
#endif
        CHECK(syscall_table_size() == syscall_table_native()->size);
        CHECK(syscall_info(0) == syscall_table_lookup(syscall_table_native(), 0));

        /* Same syscall, different numbers; asm-generic has no open, only openat. */
        CHECK(syscall_table_find(x86, "openat") == 257);
        CHECK(syscall_table_find(arm, "openat") == 56);
        CHECK(syscall_table_find(arm, "open") == -ENOENT);
        CHECK(syscall_table_find(arm, "newfstatat") == 79);
        CHECK(syscall_table_find(arm, "fstat") == 80);
        CHECK_STREQ(syscall_table_lookup(arm, 63)->name, "read");
        CHECK_STREQ(syscall_table_lookup(arm, 93)->name, "exit");
        CHECK(!syscall_table_lookup(arm, 244)); /* asm-generic's arch-specific range: empty on arm64 */

        /* Capture rules follow the arguments, whatever the numbering. */
        CHECK(syscall_table_lookup(arm, 56)->rule.cap[0].kind == TL_CAP_STR_ENTER);
        CHECK(syscall_table_lookup(arm, 56)->rule.cap[0].arg == 1);
        CHECK(syscall_table_lookup(arm, 64)->rule.cap[0].kind == TL_CAP_BUF_ENTER);

        /* The recorder's rule map is filled through syscall_capture_rule(): the native table's rules. */
        for (size_t nr = 0; nr < syscall_table_native()->size; nr++) {
                const SyscallInfo *si = syscall_table_lookup(syscall_table_native(), (int32_t) nr);
                const struct tl_syscall_rule *rule = syscall_capture_rule((int32_t) nr);

                CHECK(!rule || (si && rule == &si->rule));
                if (si && si->rule.cap[0].kind != TL_CAP_NONE)
                        CHECK(rule == &si->rule);
        }
        CHECK(syscall_capture_rule(syscall_from_name("openat")) != NULL);
        CHECK(!syscall_capture_rule(-1));
        CHECK(!syscall_capture_rule(TL_SYSCALLS_MAX));
}

/* arm64 has CONFIG_CLONE_BACKWARDS: clone(flags, stack, ptid, tls, ctid);
 * x86_64 has clone(flags, stack, ptid, ctid, tls). */
static void clone_argument_order(void) {
        const SyscallInfo *x86 = syscall_table_lookup(syscall_table_for_arch("x86_64"), 56);
        const SyscallInfo *arm = syscall_table_lookup(syscall_table_for_arch("aarch64"), 220);

        CHECK(x86 && arm);
        if (!x86 || !arm)
                return;
        CHECK_STREQ(x86->name, "clone");
        CHECK_STREQ(arm->name, "clone");
        CHECK(x86->nargs == 5 && arm->nargs == 5);
        CHECK_STREQ(x86->args[3].name, "child_tidptr");
        CHECK_STREQ(x86->args[4].name, "tls");
        CHECK_STREQ(arm->args[3].name, "tls");
        CHECK_STREQ(arm->args[4].name, "child_tidptr");
}

/* The i386 names of compat records (syscalls-i386.h), for x86_64 only. */
static void compat_table(void) {
        const CompatSyscall *c;

        c = syscall_compat_lookup("x86_64", 20);
        CHECK(c && strcmp(c->name, "getpid") == 0 && c->nargs == 0);
        c = syscall_compat_lookup("x86_64", 4);
        CHECK(c && strcmp(c->name, "write") == 0 && c->nargs == 3);
        c = syscall_compat_lookup("x86_64", 6);
        CHECK(c && strcmp(c->name, "close") == 0 && c->nargs == 1);
        /* the old i386 calls of a native name take other arguments */
        c = syscall_compat_lookup("x86_64", 90);
        CHECK(c && strcmp(c->name, "mmap") == 0 && c->nargs == 1);
        c = syscall_compat_lookup("x86_64", 192);
        CHECK(c && strcmp(c->name, "mmap2") == 0 && c->nargs == 6);
        c = syscall_compat_lookup("x86_64", 15);
        CHECK(c && strcmp(c->name, "chmod") == 0 && c->nargs == 2);
        c = syscall_compat_lookup("x86_64", 173);
        CHECK(c && strcmp(c->name, "rt_sigreturn") == 0 && c->nargs == 0);
        CHECK(!syscall_compat_lookup("x86_64", -1));
        CHECK(!syscall_compat_lookup("x86_64", 100000));
        CHECK(!syscall_compat_lookup("aarch64", 20));
        CHECK(!syscall_compat_lookup(NULL, 20));
#if defined(__x86_64__)
        CHECK(syscall_compat_info(20) == syscall_compat_lookup("x86_64", 20));
#else
        CHECK(!syscall_compat_info(20));
#endif
}

static const UnitTest tests[] = {
        T(numbers_match_unistd_h),
        T(every_entry_is_sane),
        T(tables_by_arch),
        T(clone_argument_order),
        T(compat_table),
};

int main(void) {
        return unit_run(tests, sizeof(tests) / sizeof(tests[0]));
}
