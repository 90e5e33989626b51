#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# traceloopctl dump's strace options through the real daemon: -e with strace's
# classes, -Z, -z, -c, -T, -y (checked against the real strace -y where it is
# installed), the strace format with [pid N] and resumed lines.

. "$(dirname "$0")/lib.sh"

start_bus
start_daemon

cg=$(new_cgroup app)
ctl add app "$cg" --timestamps=precise >/dev/null
run_in "$cg" "files:$TEST_DIR" enoent:/nonexistent/dumpopts say:hi exit:0 >/dev/null

ctl dump app --no-columns > "$TEST_DIR/all"
# Signal and exit lines: strace keeps them with -e, -Z and -z; they are no calls.
EVENTS='^(---|\+\+\+) '
calls() { grep -vE "$EVENTS" "$1" || true; }
expect_line '+++ exited with 0 +++' "$TEST_DIR/all" "the dump ends the process with its exit"
names() { sed -E 's/^(\[pid +[0-9]+\] )?([a-z0-9_]+)\(.*/\2/' "$1" | grep -E '^[a-z0-9_]+$' | sort -u; }

# --- -e %file: exactly the recorded calls strace counts as %file ---
ctl dump app --no-columns -e %file > "$TEST_DIR/file"
expect_line 'openat(AT_FDCWD, "/nonexistent/dumpopts", O_RDONLY) = -1 ENOENT (No such file or directory)' \
        "$TEST_DIR/file" "%file has the failed openat"
expect_match "mkdir(\"$TEST_DIR/d\", 0755) = 0" "$TEST_DIR/file" "%file has mkdir"
expect_match "unlink(\"$TEST_DIR/f\") = 0" "$TEST_DIR/file" "%file has unlink"
expect_no_match 'write(' "$TEST_DIR/file" "%file has no write"
expect_no_match 'close(' "$TEST_DIR/file" "%file has no close"
# Every call of the full dump that strace counts as %file is in the %file dump, and none of the others.
file_set=" $(names "$TEST_DIR/file" | tr '\n' ' ') "
missing=""
for n in $(names "$TEST_DIR/all"); do
        case $n in
                openat|open|mkdir|unlink|rmdir|newfstatat|stat|chdir|getcwd|execve|access|readlink|statfs|statx)
                        [[ $file_set == *" $n "* ]] || missing+=" $n" ;;
                read|write|close|pread64|pwrite64|mmap|brk|exit_group|fstat|munmap|mprotect)
                        [[ $file_set != *" $n "* ]] || missing+=" +$n" ;;
        esac
done
expect_eq "$missing" "" "the %file dump has the %file calls and none of the others"
grep -vE '^(openat|mkdir|unlink|rmdir|newfstatat|chdir|getcwd|execve|access|readlink|statfs|statx)\(' \
        "$TEST_DIR/file" | grep -vE "$EVENTS" > "$TEST_DIR/file-other" || true
expect_eq "$(wc -l < "$TEST_DIR/file-other")" 0 "nothing but %file calls with -e %file (and the exit, as strace)"
expect_line '+++ exited with 0 +++' "$TEST_DIR/file" "-e %file keeps the exit line, as strace -e trace=%file"

ctl dump app --no-columns -e 'trace=%file,!openat' > "$TEST_DIR/file-noopenat"
expect_no_match 'openat(' "$TEST_DIR/file-noopenat" "%file,!openat drops openat"
expect_match 'mkdir(' "$TEST_DIR/file-noopenat" "%file,!openat keeps mkdir"

# An unknown name is named in the error.
if ctl dump app -e 'read,%bogus' > "$TEST_DIR/bad" 2>&1; then
        not_ok "an unknown class fails"
else
        expect_match '%bogus' "$TEST_DIR/bad" "the error names the unknown class"
fi

# The bus options themselves.
dbfd() { busctl --address="$BUS" call org.traceloop /org/traceloop org.traceloop.Manager1 DumpByFileDescriptor 'ta{sv}' 1 "$@" 2>&1 || true; }
expect_match 'h ' <(dbfd 1 syscalls as 0) "an empty syscalls list is no filter"
expect_match 'h ' <(dbfd 1 syscalls as 2 %file '!openat') "syscalls takes strace's words"
expect_match 'Unknown system call or class "%nofile"' <(dbfd 1 syscalls as 2 read %nofile) "an unknown class is named"
expect_match 'exclude each other' <(dbfd 2 failed b true successful b true) "failed and successful together are refused"
expect_match 'Unknown timestamps "tttt"' <(dbfd 1 timestamps s tttt) "unknown timestamps refused"
expect_match 'h ' <(dbfd 7 failed b true summary b true durations b true timestamps s unix relative b true fdpaths b true format s strace) \
        "every new option at once"

# --- -Z and -z ---
ctl dump app --no-columns -Z > "$TEST_DIR/failed"
expect_line 'openat(AT_FDCWD, "/nonexistent/dumpopts", O_RDONLY) = -1 ENOENT (No such file or directory)' \
        "$TEST_DIR/failed" "--failed has the failed openat"
expect_eq "$(calls "$TEST_DIR/failed" | grep -cvE '\) = (-1|\?) E[A-Z0-9]+ \(' || true)" 0 "--failed has only failed calls"
expect_eq "$(calls "$TEST_DIR/failed" | wc -l)" "$(grep -cE '\) = (-1|\?) E[A-Z0-9]+ \(' "$TEST_DIR/all" || true)" \
        "--failed has every failed call"
expect_line '+++ exited with 0 +++' "$TEST_DIR/failed" "--failed keeps the exit line, as strace -Z"
ctl dump app --no-columns -z > "$TEST_DIR/ok"
expect_no_match ' = -1 E' "$TEST_DIR/ok" "--successful has no failed call"
# exit_group never returns: neither failed nor successful, as with strace.
expect_eq "$(( $(calls "$TEST_DIR/ok" | wc -l) + $(calls "$TEST_DIR/failed" | wc -l) ))" \
        "$(calls "$TEST_DIR/all" | grep -cv '^exit_group(')" "--failed and --successful split the dump's calls"

# --- -c ---
ctl dump app -c > "$TEST_DIR/summary"
expect_eq "$(sed -n 1p "$TEST_DIR/summary")" "% time     seconds  usecs/call     calls    errors syscall" "summary header as strace -c"
expect_eq "$(sed -n 2p "$TEST_DIR/summary")" "------ ----------- ----------- --------- --------- ----------------" \
        "summary rule as strace -c"
expect_eq "$(grep -cE '^ *[0-9]+\.[0-9]{2} +[0-9]+\.[0-9]{6} +[0-9]+ +[0-9]+ +[0-9]* [a-z0-9_]+$' "$TEST_DIR/summary")" \
        "$(( $(names "$TEST_DIR/all" | grep -cv '^exit_group$') + 1 ))" "a row per syscall that returned (not exit_group, as strace -c), and the total"
# Each row counts the calls and errors of the dump.
bad=""
while read -r pct secs usecs calls errors name; do
        [ -n "$name" ] || { name=$errors; errors=0; }
        [ "$name" = total ] && continue
        want_calls=$(grep -cE "^$name\(" "$TEST_DIR/all" || true)
        want_errors=$(grep -E "^$name\(" "$TEST_DIR/all" | grep -cE '\) = -1 E' || true)
        [ "$calls" = "$want_calls" ] && [ "$errors" = "$want_errors" ] || bad+=" $name:$calls/$errors!=$want_calls/$want_errors"
done < <(grep -E '^ *[0-9]+\.[0-9]{2} ' "$TEST_DIR/summary")
expect_eq "$bad" "" "summary calls and errors agree with the dump"
total_calls=$(awk '$NF == "total" { print $4 }' "$TEST_DIR/summary")
expect_eq "$total_calls" "$(calls "$TEST_DIR/all" | grep -cvE 'exit_group')" "the total counts every call that returned"
expect_no_match 'exited' "$TEST_DIR/summary" "the summary has no exit line, as strace -c"

# The real strace -c counts the same calls and errors for the same program.
if command -v strace >/dev/null; then
        mkdir "$TEST_DIR/c1" "$TEST_DIR/c2"
        strace -qq -f -c -w -o "$TEST_DIR/strace-c" -e trace=%file \
                "$VICTIM" "files:$TEST_DIR/c1" enoent:/nonexistent/dumpopts >/dev/null
        cgc=$(new_cgroup appc)
        ctl add appc "$cgc" >/dev/null
        run_in "$cgc" "files:$TEST_DIR/c2" enoent:/nonexistent/dumpopts >/dev/null
        ctl dump appc -c -e %file > "$TEST_DIR/ours-c"
        # name calls errors, sorted by name: times differ, counts must not
        counts() { awk '/^ *[0-9]+\.[0-9]+ / { e = NF == 6 ? $5 : 0; print $NF, $4, e }' "$1" | sort; }
        if diff -u <(counts "$TEST_DIR/strace-c") <(counts "$TEST_DIR/ours-c") > "$TEST_DIR/c.diff"; then
                ok "-c -e %file counts what strace -c -w -e trace=%file counts ($(counts "$TEST_DIR/ours-c" | wc -l) rows)"
        else
                not_ok "-c -e %file counts what strace -c -w -e trace=%file counts"; sed 's/^/    /' "$TEST_DIR/c.diff"
        fi
        expect_eq "$(head -2 "$TEST_DIR/ours-c")" "$(head -2 "$TEST_DIR/strace-c")" "-c header and rule are strace's"
fi

# --- -T ---
ctl dump app --no-columns -T -e write > "$TEST_DIR/times"
expect_eq "$(calls "$TEST_DIR/times" | grep -cvE ' <[0-9]+\.[0-9]{6}>$' || true)" 0 "-T: every call line ends with its duration"
expect_line '+++ exited with 0 +++' "$TEST_DIR/times" "-T: the exit line has none, as strace -T"
expect_match 'write(1, "hi\n", 3) = 3 <' "$TEST_DIR/times" "-T on the write"

# --- -t, -tt, -ttt, -r: strace's forms, the wall-clock time the calls ran ---
ctl dump app --no-columns -tt -e write > "$TEST_DIR/tt"
# (the exit line stays with -e, as in strace)
expect_eq "$(grep -cvE '^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} (write\(|\+\+\+ exited)' "$TEST_DIR/tt" || true)" 0 \
        "-tt: HH:MM:SS.uuuuuu before each line"
expect_match ' write(1, "hi\n", 3) = 3' "$TEST_DIR/tt" "-tt: the write is there"
ctl dump app --no-columns -ttt -e write > "$TEST_DIR/ttt"
now=$(date +%s)
if [ -s "$TEST_DIR/ttt" ] && ! grep -qvE '^[0-9]+\.[0-9]{6} ' "$TEST_DIR/ttt" &&
   awk -v now="$now" '{ if ($1 + 0 < now - 120 || $1 + 0 > now + 1) bad = 1 } END { exit bad }' "$TEST_DIR/ttt"; then
        ok "-ttt: seconds since the epoch, within the last two minutes"
else
        not_ok "-ttt: seconds since the epoch, within the last two minutes"; sed 's/^/    /' "$TEST_DIR/ttt"
fi
ctl dump app --no-columns -r > "$TEST_DIR/r"
expect_eq "$(head -1 "$TEST_DIR/r" | cut -c1-14)" "     0.000000 " "-r: the first line is 0"
expect_eq "$(grep -cvE '^ *[0-9]+\.[0-9]{6} ' "$TEST_DIR/r" || true)" 0 "-r: a relative time before each line"

# --- -y: descriptors named from the trace's own openat; the real strace -y agrees ---
ctl dump app --no-columns -y > "$TEST_DIR/fds"
if grep -qE "^pwrite64\([0-9]+<$TEST_DIR/f>, \"abc\", 3, 10\) = 3$" "$TEST_DIR/fds"; then
        ok "-y: pwrite64 names the file it writes"
else
        not_ok "-y: pwrite64 names the file it writes"; grep pwrite "$TEST_DIR/fds" | sed 's/^/    /'
fi
expect_match "close(" "$TEST_DIR/fds" "-y dump has close"
grep -E "^openat\(AT_FDCWD, \"$TEST_DIR/f\"" "$TEST_DIR/fds" > "$TEST_DIR/open-f" || true
if grep -qE "= [0-9]+<$TEST_DIR/f>$" "$TEST_DIR/open-f"; then ok "-y: openat's returned fd carries the path"
else not_ok "-y: openat's returned fd carries the path"; sed 's/^/    /' "$TEST_DIR/open-f"; fi
if command -v strace >/dev/null; then
        mkdir "$TEST_DIR/s"
        strace -qq -y -o "$TEST_DIR/strace-y" -e trace=pwrite64,pread64,close \
                "$VICTIM" "files:$TEST_DIR/s" >/dev/null
        cg2=$(new_cgroup app2)
        ctl add app2 "$cg2" >/dev/null
        mkdir "$TEST_DIR/t"
        run_in "$cg2" "files:$TEST_DIR/t" >/dev/null
        ctl dump app2 --no-columns -y -e pwrite64,pread64,close > "$TEST_DIR/ours-y"
        # Paths inside the test directory (no symlinks on the way), strace's column padding squeezed;
        # strace reads /proc, which says "(deleted)" after the unlink: the trace knows no such thing.
        grep -F "$TEST_DIR/s/" "$TEST_DIR/strace-y" | sed -E 's/ +=/ =/; s#/s/#/X/#g; s/>\(deleted\)/>/' > "$TEST_DIR/strace-y.cmp"
        grep -F "$TEST_DIR/t/" "$TEST_DIR/ours-y" | sed -E 's#/t/#/X/#g' > "$TEST_DIR/ours-y.cmp"
        if [ -s "$TEST_DIR/strace-y.cmp" ] && diff -u "$TEST_DIR/strace-y.cmp" "$TEST_DIR/ours-y.cmp" > "$TEST_DIR/y.diff"; then
                ok "-y lines are the real strace -y's ($(wc -l < "$TEST_DIR/ours-y.cmp") lines)"
        else
                not_ok "-y lines are the real strace -y's"; sed 's/^/    /' "$TEST_DIR/y.diff"
        fi
else
        echo "# strace not installed: -y not compared with it"
fi

# --- the strace format, one process: byte for byte the real strace's lines ---
if command -v strace >/dev/null; then
        set_y=mkdir,pwrite64,pread64,unlink,rmdir,chdir,getcwd,openat,write
        mkdir "$TEST_DIR/f1" "$TEST_DIR/f2"
        strace -qq -o "$TEST_DIR/strace-f" -e trace=$set_y \
                "$VICTIM" "files:$TEST_DIR/f1" enoent:/nonexistent/dumpopts say:hi >/dev/null
        cgf=$(new_cgroup appf)
        ctl add appf "$cgf" >/dev/null
        run_in "$cgf" "files:$TEST_DIR/f2" enoent:/nonexistent/dumpopts say:hi >/dev/null
        ctl dump appf -o strace -e $set_y > "$TEST_DIR/ours-f"
        # Directories of the same length, so that the column of "= " is the same; the loader's
        # openat of libraries differ by path (the trace cannot resolve /lib's symlink), so
        # only those in the test directory and the failing one.
        keep() { grep -E "$TEST_DIR|nonexistent|^write|^mkdir|^unlink|^rmdir|^chdir|^getcwd|^p(read|write)64" "$1" |
                 sed "s#$TEST_DIR/f[12]#DIR#g"; }
        if diff -u <(keep "$TEST_DIR/strace-f") <(keep "$TEST_DIR/ours-f") > "$TEST_DIR/f.diff" &&
           [ "$(keep "$TEST_DIR/ours-f" | wc -l)" -ge 10 ]; then
                ok "-o strace lines are the real strace's, padding included ($(keep "$TEST_DIR/ours-f" | wc -l) lines)"
        else
                not_ok "-o strace lines are the real strace's, padding included"; sed 's/^/    /' "$TEST_DIR/f.diff"
        fi
fi

# --- the strace format: two processes, [pid N], resumed lines ---
cg3=$(new_cgroup pp)
ctl add pp "$cg3" --timestamps=precise >/dev/null
run_in "$cg3" pingpong:200 >/dev/null
ctl dump pp -o strace -e read,write > "$TEST_DIR/strace-fmt"
# strace -f: "[pid N] " while two processes live: none on the parent's reads before the fork
# (the loader's, sysconf's), on all from the first after it to the child's exit line; after that,
# the parent alone has none.
child_end=$(grep -m1 -nE '^\[pid +[0-9]+\] \+\+\+ ' "$TEST_DIR/strace-fmt" | cut -d: -f1)
first_pid=$(grep -m1 -nE '^\[pid ' "$TEST_DIR/strace-fmt" | cut -d: -f1)
expect_eq "$(head -n $(( ${first_pid:-1} - 1 )) "$TEST_DIR/strace-fmt" | grep -cvE '^read\(3, ' || true)" 0 \
        "strace format: before the fork only the parent's reads of fd 3, without [pid N]"
expect_eq "$(sed -n "${first_pid:-1},${child_end:-0}p" "$TEST_DIR/strace-fmt" | grep -cvE '^\[pid +[0-9]+\] ' || true)" 0 \
        "strace format: [pid N] before every line from the fork to the child's exit line (${first_pid:-none}-${child_end:-none})"
expect_eq "$(tail -n +"$(( ${child_end:-0} + 1 ))" "$TEST_DIR/strace-fmt" | grep -cE '^\[pid ' || true)" 0 \
        "strace format: no [pid N] after the child's exit, the parent traced alone"
expect_line '+++ exited with 0 +++' "$TEST_DIR/strace-fmt" "strace format: the parent's exit line without [pid N]"
if python3 - "$TEST_DIR/strace-fmt" <<'PY'
import re, sys
open_calls = {}
n_resumed = 0
for line in open(sys.argv[1]):
    m = re.match(r'(?:\[pid +(\d+)\] )?(.*)$', line.rstrip('\n'))
    pid, rest = m.group(1) or 'alone', m.group(2)
    # A line without [pid N] is the task left alone: after the child's exit,
    # the parent's call that was unfinished while both lived resumes so.
    if pid == 'alone' and len(open_calls) == 1:
        pid = next(iter(open_calls))
    if re.match(r'(---|\+\+\+) ', rest):
        continue  # a signal or an exit: no call, no return value
    r = re.match(r'<\.\.\. (\w+) resumed>', rest)
    if r:
        if open_calls.pop(pid, None) != r.group(1):
            sys.exit("resumed without its unfinished start: " + line)
        n_resumed += 1
        continue
    if pid in open_calls:
        sys.exit("a thread started a call before its unfinished one resumed: " + line)
    u = re.match(r'(\w+)\(.* <unfinished \.\.\.>$', rest)
    if u:
        open_calls[pid] = u.group(1)
        continue
    # a whole line: "= " at column 40 (counting from the line start) when it is shorter
    m2 = re.match(r'(.*\)) +(= .*)$', line.rstrip('\n'))
    if not m2:
        sys.exit("not a call line: " + line)
    if len(m2.group(1)) < 39 and len(line.split('= ')[0]) != 40:
        sys.exit("return value not at column 40: " + line)
if n_resumed == 0:
    sys.exit("no call was split in 200 rounds between two processes")
print(n_resumed)
PY
then
        ok "strace format: unfinished and resumed lines pair up, = at column 40"
else
        not_ok "strace format: unfinished and resumed lines pair up, = at column 40"; head -20 "$TEST_DIR/strace-fmt" | sed 's/^/    /'
fi

# --- the table format: CPU PID COMM SYSCALL PARAMS RET, aligned as column -t ---
ctl dump app -o table > "$TEST_DIR/table"
expect_re() {
        if grep -qE -- "$1" "$2"; then ok "$3"; else not_ok "$3: no /$1/ in:"; sed 's/^/    /' "$2" | tail -20; fi
}
expect_re '^CPU +PID +COMM +SYSCALL +PARAMS +RET$' <(head -1 "$TEST_DIR/table") "-o table: the header line"
if python3 - "$TEST_DIR/table" "$TEST_DIR/all" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().split('\n')[:-1]
header = lines[0]
starts = [header.index(w) for w in ("CPU", "PID", "COMM", "SYSCALL", "PARAMS", "RET")]
rows = [l for l in lines[1:] if not l.startswith('[... ')]
calls = [l for l in open(sys.argv[2]) if not l.startswith('[... ')]
if len(rows) != len(calls):
    sys.exit("%d rows, %d lines in the text dump" % (len(rows), len(calls)))
widest = [0] * 6
for row in rows:
    cells = []
    for i, st in enumerate(starts):
        if i > 0 and row[st - 2:st] != '  ' and len(row) > st:
            sys.exit("column %d does not start at %d: %r" % (i, st, row))
        end = starts[i + 1] if i + 1 < len(starts) else len(row)
        cells.append(row[st:end].rstrip(' '))
    for i, c in enumerate(cells[:5]):
        widest[i] = max(widest[i], len(c))
    cpu, pid, comm, name, params, ret = cells
    if not cpu.isdigit() or not pid.isdigit() or not name:
        sys.exit("bad row: %r" % row)
for i in range(5):
    if starts[i + 1] - starts[i] != max(widest[i], len(("CPU", "PID", "COMM", "SYSCALL", "PARAMS")[i])) + 2:
        sys.exit("column %d is not as wide as its widest cell and two spaces" % i)
print(len(rows))
PY
then
        ok "-o table: a row per line of the text dump, each column as wide as its widest cell, two spaces apart"
else
        not_ok "-o table: rows and columns as column -t aligns them"; head -5 "$TEST_DIR/table" | sed 's/^/    /'
fi
expect_re '  openat +AT_FDCWD, "/nonexistent/dumpopts", O_RDONLY +-1 ENOENT \(No such file or directory\)$' "$TEST_DIR/table" \
        "-o table: openat's PARAMS without parentheses, RET without \"= \""
expect_re '  \+\+\+ +exited with 0$' "$TEST_DIR/table" "-o table: the exit row, SYSCALL +++"
expect_re '  write +1, "hi\\n", 3 +3$' "$TEST_DIR/table" "-o table: write's row"

# --- the strace format against the real strace -f: a fork, "[pid N] " while two processes live ---
if command -v strace >/dev/null; then
        set_f=write,wait4,exit_group
        strace -q -f -e trace=$set_f "$VICTIM" say:before child:3 say:after 2> "$TEST_DIR/strace-fork" >/dev/null
        cgk=$(new_cgroup fork)
        ctl add fork "$cgk" --timestamps=precise >/dev/null
        run_in "$cgk" say:before child:3 say:after >/dev/null
        ctl dump fork -o strace -e $set_f > "$TEST_DIR/ours-fork"
        # Which of the parent's wait4 and the child's exit_group comes first is a race: their
        # unfinished starts are dropped, their resumed or whole lines reduced to the name. SIGCHLD
        # comes before wait4 when the child exited before the parent waited, after it otherwise:
        # it is checked on its own.
        shape() {
                grep -vF -- '--- SIGCHLD ' "$1" | grep -vE '^(\[pid +[0-9]+\] )?(wait4|exit_group)\(.*<unfinished \.\.\.>$' |
                        sed -E -e 's/^(\[pid +[0-9]+\] )?(<\.\.\. )?(wait4|exit_group)( resumed>|\().*/\1\3/' \
                               -e 's/^\[pid +[0-9]+\] /[pid N] /'
        }
        if diff -u <(shape "$TEST_DIR/strace-fork") <(shape "$TEST_DIR/ours-fork") > "$TEST_DIR/fork.diff" &&
           [ "$(grep -c '^\[pid N\]' <(shape "$TEST_DIR/ours-fork"))" -ge 2 ] &&
           [ "$(grep -vc '^\[pid N\]' <(shape "$TEST_DIR/ours-fork"))" -ge 5 ]; then
                ok "-o strace of a fork: [pid N] on the lines the real strace -f prefixes, none before and after"
        else
                not_ok "-o strace of a fork: [pid N] on the lines the real strace -f prefixes"
                sed 's/^/    /' "$TEST_DIR/fork.diff"; ctl dump fork -o strace | grep -vE "mmap|mprotect|openat|fstat|pread64|read\(3|close\(3\)" | sed 's/^/    ours: /'
        fi
        expect_eq "$(grep -cE '^--- SIGCHLD \{' "$TEST_DIR/ours-fork")" 1 "-o strace of a fork: SIGCHLD without [pid N], as strace -f"
fi

# --- a thread that dies in its call: strace -f's "<... pause resumed>) = ?" ---
if command -v strace >/dev/null; then
        strace -q -f -e trace=pause,exit_group "$VICTIM" sleeper exit:0 2> "$TEST_DIR/strace-died" >/dev/null
        cgd=$(new_cgroup died)
        ctl add died "$cgd" --timestamps=precise >/dev/null
        run_in "$cgd" sleeper exit:0 >/dev/null
        ctl dump died -o strace -e pause,exit_group > "$TEST_DIR/ours-died"
        pidn() { sed -E 's/^\[pid +[0-9]+\] /[pid N] /' "$1"; }
        if diff -u <(pidn "$TEST_DIR/strace-died") <(pidn "$TEST_DIR/ours-died") > "$TEST_DIR/died.diff"; then
                ok "-o strace: a thread killed in pause by exit_group, line for line as strace -f ($(wc -l < "$TEST_DIR/ours-died") lines)"
        else
                not_ok "-o strace: a thread killed in pause by exit_group, line for line as strace -f"
                sed 's/^/    /' "$TEST_DIR/died.diff"
        fi
fi

stop_daemon
finish
