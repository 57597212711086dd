#!/usr/bin/env bash
# run.sh -- the wholesale acceptance test of interceptor-shim (issue 14):
# shims generated with NO exclusions for whole system libraries (libc,
# libstdc++, libm, libz, libcrypto, libsqlite3, libxml2), with both
# templates (count, log), built with their generated Makefile fragments
# and the build tree's plugin, header and runtime, each preloaded
# (LD_PRELOAD) under real programs: every workload of workloads/*.sh
# (bash, sort, tar+gzip, ls -lR, gzip+sha256sum, awk, gcc+make, git,
# python3, a C++ program, sqlite3, xmllint, openssl).  A run passes when
# its stdout, stderr, exit status and every file it wrote are byte for
# byte those of the run without a shim.
#
#   make check-wholesale        everything (run.sh)
#   make check                  the quick slice (run.sh --quick, through
#                               tools/check-wholesale-quick.sh)
#
# How: the input data is generated once from a fixed seed (gen-data.sh).
# Every run happens in the same directory ($scratch/run, made afresh,
# which is the run's HOME and current directory) with a clean
# environment (env -i: PATH, LC_ALL=C, TZ=UTC0, TMPDIR outside the run
# directory) under `timeout`, stdin from /dev/null.  Each workload runs
# three times without a shim first: the later runs must match the first
# (the workload is deterministic: rows "(none)"), and the fastest of the
# three is the time the slowdowns divide by.  The shim's own output goes
# outside the run directory ($INTERCEPTOR_SHIM_OUT): count's summary to a
# file, added up in the "calls" column and deleted; log's lines to
# /dev/null (the C compiler would write gigabytes of them).
#
# Each workload's header says what it needs ("# needs:" programs, else
# SKIP), the exit status it ends with ("# status:", default 0) and fixed
# strings its output shows when its programs worked ("# expect:"); a
# run without a shim that does not is a FAIL of the workload itself.
#
# Results: one row per shim x template x workload -- pass, SKIP (a
# program or library is missing, and which), TIMEOUT, or FAIL:WHAT with
# WHAT among status (exit status, e.g. 134 for an abort), stdout, stderr,
# files, build (the shim did not generate or build) -- with the time and
# the slowdown (time with the shim / time without).  Rows go to stdout as
# they finish and to OUTDIR/table.txt, a workload x shim matrix to
# OUTDIR/matrix.txt, what differed in each failure (diffs, the end of
# stderr) to OUTDIR/details.txt.  The last line is "wholesale: N passed,
# M failed, K skipped in T s".  Exit status: 0 when nothing failed, 77
# when everything was skipped, else 1 -- after running everything.
#
# --selftest (part of --quick) checks the harness: shims made from
# broken-shim.c that abort, add a byte to stdout, add a byte to written
# files, or hang must be reported FAIL, FAIL:stdout, FAIL:files, TIMEOUT.
#
# Usage: run.sh [--quick | --selftest] [-l LIBS] [-t TEMPLATES]
#               [-w WORKLOADS] [-T SECONDS] [-o OUTDIR] [-k]
#   -l, -t, -w  space-separated subsets (sonames as listed below;
#               count, log; workload names)
#   -T          timeout per run (default 120 s + 60 times the run's time
#               without a shim)
#   -o          where the table, matrix and details go
#               (default ./wholesale-results)
#   -k          keep the scratch directory (shims, every run's results)
# Environment: abs_top_builddir, abs_top_srcdir (default: the tree this
# script is in), CC (gcc), CXX (g++), PYTHON (python3), MAKE (make).
set -u

here=$(cd "$(dirname "$0")" && pwd)
top_builddir=${abs_top_builddir:-$(cd "$here/../.." && pwd)}
top_srcdir=${abs_top_srcdir:-$(cd "$here/../.." && pwd)}
CC=${CC:-gcc}
CXX=${CXX:-g++}
MAKE=${MAKE:-make}
gen=$top_builddir/tools/interceptor-shim
plugin=$top_builddir/gcc-plugin/.libs/interceptor.so
rtdir=$top_builddir/rt/.libs

all_libs="libc.so.6 libstdc++.so.6 libm.so.6 libz.so.1 libcrypto.so.3 libsqlite3.so.0 libxml2.so.2"
all_templates="count log"
all_workloads=
for f in "$here"/workloads/*.sh; do
  f=${f##*/}; all_workloads="$all_workloads ${f%.sh}"
done

mode=full libs=$all_libs templates=$all_templates workloads=$all_workloads
fixed_timeout= outdir=$PWD/wholesale-results keep=no
while [ $# -gt 0 ]; do
  case $1 in
    --quick) mode=quick;;
    --selftest) mode=selftest;;
    -l) libs=$2; shift;;
    -t) templates=$2; shift;;
    -w) workloads=$2; shift;;
    -T) fixed_timeout=$2; shift;;
    -o) outdir=$2; shift;;
    -k) keep=yes;;
    -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0;;
    *) echo "run.sh: unknown argument '$1' (see run.sh --help)" >&2; exit 2;;
  esac
  shift
done

# The plan: one "LIBRARY TEMPLATE WORKLOAD" line per run with a shim.
plan=
case $mode in
  full)
    for l in $libs; do for t in $templates; do for w in $workloads; do
      plan="$plan$l $t $w
"
    done; done; done;;
  quick)
    plan="libc.so.6 count bash-script
libc.so.6 count sort
libstdc++.so.6 count cxx
";;
esac
# The workloads to run without a shim: sort for the self-test too.
if [ $mode = full ]; then
  plan_workloads=$workloads
else
  plan_workloads=$(printf '%s' "$plan" | awk '{ print $3 } END { print "sort" }' | sort -u)
fi

for p in timeout bash cmp diff awk; do
  command -v $p > /dev/null 2>&1 || { echo "SKIP: wholesale: no $p"; exit 77; }
done
if test ! -x "$gen"; then
  echo "SKIP: wholesale: $gen not built (configure found no libelf)"; exit 77
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/wholesale.XXXXXX") || exit 1
cleanup () { test $keep = yes || rm -rf "$scratch"; }
trap cleanup 0
trap 'exit 1' 1 2 13 15
mkdir -p "$outdir" "$scratch/bin" "$scratch/shims" "$scratch/res" || exit 1
: > "$outdir/details.txt"
started=$SECONDS
passed=0 failed=0 skipped=0

now () { echo "${EPOCHREALTIME:-$(date +%s.%N)}"; }

# row SHIM TEMPLATE WORKLOAD RESULT TIME SLOWDOWN CALLS
row () {
  local line
  line=$(printf '%-16s %-8s %-12s %-32s %8s %8s %10s' "$@")
  echo "$line"; echo "$line" >> "$outdir/table.txt"
  case $4 in
    pass*) passed=$((passed + 1));;
    SKIP*) skipped=$((skipped + 1));;
    *) failed=$((failed + 1));;
  esac
  # The matrix: a cell per row with a shim (and the time without one).
  [ "$2" = selftest ] && return 0
  case $4 in
    pass*) cell=$6; [ "$1" = "(none)" ] && cell=${5}s;;
    SKIP*) cell=skip;; TIMEOUT*) cell=TIME;; *) cell=FAIL;;
  esac
  echo "$3 $1/$2 $cell" >> "$scratch/cells"
}
printf '%-16s %-8s %-12s %-32s %8s %8s %10s\n' shim template workload result \
  time_s slowdown calls | tee "$outdir/table.txt"

# ---------------------------------------------------------------------------
# Inputs: data, the C++ program, Python.
# ---------------------------------------------------------------------------

sh "$here/gen-data.sh" "$scratch/data" || { echo "FAIL: wholesale: gen-data.sh"; exit 1; }
if $CXX -O2 -pthread -o "$scratch/bin/cxx-workload" "$here/cxx-workload.cc" \
     > "$scratch/cxx.log" 2>&1; then :; else
  echo "wholesale: cannot build cxx-workload.cc with $CXX (the cxx workload is skipped):"
  head -n 5 "$scratch/cxx.log"
fi
PYTHON=${PYTHON:-python3}
# The interpreter itself, not a wrapper script (pyenv's shims are bash).
py=$("$PYTHON" -c 'import json, sqlite3, sys, threading, zlib, subprocess; print(sys.executable)' 2>/dev/null) \
  && PYTHON=$py

# missing WORKLOAD: what of its "# needs:" line is not there (empty: all).
missing () {
  local need cmd miss=
  for need in $(sed -n 's/^# needs: //p' "$here/workloads/$1.sh"); do
    case $need in
      '$CC') cmd=${CC%% *};;
      '$PYTHON')
        if [ -z "${py:-}" ]; then miss="$miss $PYTHON-with-json,sqlite3,threading,zlib"; continue; fi
        cmd=$PYTHON;;
      '$WS_BIN/'*) cmd=$scratch/bin/${need#\$WS_BIN/};;
      *) cmd=$need;;
    esac
    command -v "$cmd" > /dev/null 2>&1 || miss="$miss ${cmd##*/}"
  done
  echo "${miss# }"
}

# ---------------------------------------------------------------------------
# One run, and its comparison with the reference run.
# ---------------------------------------------------------------------------

# run_one ID WORKLOAD PRELOAD TIMEOUT [VAR=VALUE...]: run WORKLOAD in a
# fresh $scratch/run; results in $scratch/res/ID (stdout, stderr,
# status, files/); r_time and r_calls set.
run_one () {
  local id=$1 wl=$2 pre=$3 tmo=$4 res t0 t1 out
  shift 4
  res=$scratch/res/$id
  rm -rf "$scratch/run" "$scratch/tmp" "$scratch/out" "$res"
  mkdir -p "$scratch/run" "$scratch/tmp" "$scratch/out" "$res"
  out=$scratch/out/shim.txt
  # The log template writes a line per call: the C compiler under the
  # libc shim makes 150 million calls, gigabytes of lines.  Its lines go
  # to /dev/null (still a write(2) per call); the count template's
  # summary to a file, which the calls column adds up.
  case $pre in *-log.so) out=/dev/null;; esac
  t0=$(now)
  # (In braces with stderr to /dev/null: bash's own "Aborted" message.)
  { (cd "$scratch/run" && exec timeout -k 5 "$tmo" env -i PATH="$PATH" \
     HOME="$scratch/run" LC_ALL=C TZ=UTC0 TMPDIR="$scratch/tmp" \
     WS_SRC="$here" WS_DATA="$scratch/data" WS_BIN="$scratch/bin" \
     CC="$CC" PYTHON="$PYTHON" INTERCEPTOR_SHIM_OUT="$out" \
     WS_STDOUT_FILE="$res/stdout" ${pre:+"LD_PRELOAD=$pre"} "$@" \
     bash "$here/workloads/$wl.sh" < /dev/null > "$res/stdout" 2> "$res/stderr"); } 2> /dev/null
  echo $? > "$res/status"
  t1=$(now)
  r_time=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
  mv "$scratch/run" "$res/files"
  if [ "$out" = /dev/null ]; then
    r_calls=-
  elif [ ! -f "$out" ]; then
    r_calls=0
  elif grep -q '^#' "$out"; then   # count: add up the header lines
    r_calls=$(sed -n 's/^#.* \([0-9][0-9]*\) calls.*/\1/p' "$out" | awk '{ s += $1 } END { print s + 0 }')
  else                              # log: a line per call
    r_calls=$(wc -l < "$out" | tr -d ' ')
  fi
  rm -rf "$scratch/out" "$scratch/tmp"
}

# compare REF ID: r_result for run ID against run REF; what differs goes
# to details.txt under the title in $title.
compare () {
  local ref=$scratch/res/$1 res=$scratch/res/$2 why= s0 s1
  s0=$(cat "$ref/status") s1=$(cat "$res/status")
  if [ "$s1" != "$s0" ] && { [ "$s1" = 124 ] || [ "$s1" = 137 ]; }; then
    r_result=TIMEOUT
  else
    [ "$s1" = "$s0" ] || why="$why,status"
    cmp -s "$ref/stdout" "$res/stdout" || why="$why,stdout"
    cmp -s "$ref/stderr" "$res/stderr" || why="$why,stderr"
    diff -r -q "$ref/files" "$res/files" > /dev/null 2>&1 || why="$why,files"
    if [ -z "$why" ]; then r_result=pass; return 0; fi
    r_result=FAIL:${why#,}
  fi
  {
    echo "=== $title: $r_result (exit status $s1, without the shim $s0)"
    if ! cmp -s "$ref/stderr" "$res/stderr"; then
      echo "--- stderr with the shim (last lines):"
      tail -n 6 "$res/stderr" | cut -c1-240
    fi
    if ! cmp -s "$ref/stdout" "$res/stdout"; then
      diff "$ref/stdout" "$res/stdout" > "$scratch/diff"
      echo "--- stdout: $(grep -c '^<' "$scratch/diff") lines only without the shim, $(grep -c '^>' "$scratch/diff") only with it, first ones:"
      { grep '^>' "$scratch/diff"; grep '^<' "$scratch/diff"; } | head -n 6 | cut -c1-200
    fi
    if ! diff -r -q "$ref/files" "$res/files" > /dev/null 2>&1; then
      echo "--- files that differ:"
      diff -r -q "$ref/files" "$res/files" 2>&1 | sed "s|$scratch/res/||g" | head -n 8
    fi
  } >> "$outdir/details.txt"
  return 1
}

# timeout_for WORKLOAD: the limit of its runs with a shim.
timeout_for () {
  if [ -n "$fixed_timeout" ]; then echo "$fixed_timeout"; return; fi
  awk -v t="${base_time[$1]}" 'BEGIN { printf "%d", 120 + 60 * t }'
}

# ---------------------------------------------------------------------------
# Without a shim: each workload three times.
# ---------------------------------------------------------------------------

declare -A base_time=() base_ok=() skip_why=()
for w in $plan_workloads; do
  m=$(missing "$w")
  if [ -n "$m" ]; then
    skip_why[$w]="SKIP:no-${m// /,}"
    row "(none)" - "$w" "${skip_why[$w]}" - - -
    echo "=== $w: skipped, not installed: $m" >> "$outdir/details.txt"
    continue
  fi
  run_one "$w.ref" "$w" "" 600; t_a=$r_time
  run_one "$w.none" "$w" "" 600; t_b=$r_time
  title="(none) $w (without a shim, second run)"
  compare "$w.ref" "$w.none"; r1=$r_result
  run_one "$w.none" "$w" "" 600; t_c=$r_time
  title="(none) $w (without a shim, third run)"
  compare "$w.ref" "$w.none"
  [ "$r1" = pass ] || r_result=$r1
  # A workload that fails the same way every time would compare equal
  # under every shim: its exit status without a shim must be the one its
  # "# status:" line says (default 0).
  want=$(sed -n 's/^# status: //p' "$here/workloads/$w.sh"); want=${want:-0}
  got=$(cat "$scratch/res/$w.ref/status")
  if [ "$got" != "$want" ]; then
    r_result="FAIL:reference-status"
    { echo "=== (none) $w: exit status $got without a shim, not $want; its stderr:"
      tail -n 5 "$scratch/res/$w.ref/stderr"; } >> "$outdir/details.txt"
  fi
  # ... and its output must show that its programs did their work (the
  # "# expect:" lines, fixed strings): a workload whose input or program
  # is broken would otherwise compare equal under every shim too.
  while IFS= read -r e; do
    grep -qF -- "$e" "$scratch/res/$w.ref/stdout" && continue
    r_result="FAIL:reference-output"
    { echo "=== (none) $w: no \"$e\" in its output without a shim; its stderr:"
      tail -n 5 "$scratch/res/$w.ref/stderr"; } >> "$outdir/details.txt"
  done <<EOF_EXPECT
$(sed -n 's/^# expect: //p' "$here/workloads/$w.sh")
EOF_EXPECT
  base_ok[$w]=no; [ "$r_result" = pass ] && base_ok[$w]=yes
  base_time[$w]=$(printf '%s\n' "$t_a" "$t_b" "$t_c" | sort -n | head -n 1)
  row "(none)" - "$w" "$r_result" "${base_time[$w]}" 1.0 -
  rm -rf "$scratch/res/$w.none"
done

# ---------------------------------------------------------------------------
# The shims.
# ---------------------------------------------------------------------------

# find_lib SONAME: the path of the library programs load, through the
# compiler's search path (multiarch directories included), else what
# ldd says a program that uses it resolves.
find_lib () {
  local p prog
  p=$($CC -print-file-name="$1" 2>/dev/null)
  if [ "$p" != "$1" ] && [ -f "$p" ]; then readlink -f "$p"; return 0; fi
  for prog in /bin/sh "$scratch/bin/cxx-workload" "$PYTHON" awk openssl \
              sqlite3 xmllint git; do
    prog=$(command -v "$prog" 2>/dev/null) || continue
    p=$(ldd "$prog" 2>/dev/null | awk -v so="$1" '$1 == so && $3 ~ /^\// { print $3; exit }')
    if [ -n "$p" ] && [ -f "$p" ]; then readlink -f "$p"; return 0; fi
  done
  return 1
}

# build_shim LIBRARY TEMPLATE: generate and build the shim; its path in
# r_shim, or a reason in r_why.  Generator and compiler output go to
# $scratch/shims/NAME.log (and to details.txt on failure).
declare -A shim_path=() shim_why=()
build_shim () {
  local lib=$1 t=$2 name path d=$scratch/shims
  name=$(echo "${lib%%.so*}" | tr -c 'a-zA-Z0-9_\n' _)-$t
  r_shim= r_why=
  if ! path=$(find_lib "$lib"); then r_why="SKIP:no-$lib"; return 1; fi
  if ! "$gen" -t "$t" -o "$d/$name.c" -m "$d/$name.mk" "$path" > "$d/$name.log" 2>&1; then
    r_why=FAIL:generate
  elif ! (cd "$d" && env -u MAKEFLAGS -u MFLAGS "$MAKE" -f "$name.mk" CC="$CC" \
            INTERCEPTOR_CFLAGS="-fplugin=$plugin -I$top_srcdir/macros" \
            INTERCEPTOR_LIBS="-L$rtdir -linterceptor -Wl,-rpath,$rtdir" INTERCEPTOR_RPATH=) \
          >> "$d/$name.log" 2>&1; then
    r_why=FAIL:build
  else
    r_shim=$d/$name.so
    echo "wholesale: $name.so: $(grep -c . < <("$gen" -l "$path")) functions of $path"
    return 0
  fi
  { echo "=== $lib $t: $r_why ($gen -t $t $path, then make -f $name.mk):"
    grep -v '^ *[0-9]* |' "$d/$name.log" | tail -n 8 | cut -c1-240; } >> "$outdir/details.txt"
  return 1
}

for key in $(printf '%s' "$plan" | awk '{ print $1 "/" $2 }' | awk '!seen[$0]++'); do
  lib=${key%/*} t=${key#*/}
  if build_shim "$lib" "$t"; then shim_path[$key]=$r_shim; else shim_why[$key]=$r_why; fi
done

# ---------------------------------------------------------------------------
# Every planned run.
# ---------------------------------------------------------------------------

n=0
while read -r lib t w; do
  [ -n "$lib" ] || continue
  key=$lib/$t
  if [ -n "${skip_why[$w]:-}" ]; then
    row "$lib" "$t" "$w" "${skip_why[$w]}" - - -; continue
  fi
  if [ -n "${shim_why[$key]:-}" ]; then
    row "$lib" "$t" "$w" "${shim_why[$key]}" - - -; continue
  fi
  n=$((n + 1))
  run_one "$w.$n" "$w" "${shim_path[$key]}" "$(timeout_for "$w")"
  title="$lib $t $w"
  compare "$w.ref" "$w.$n"
  [ "${base_ok[$w]}" = yes ] || r_result="$r_result(ref:nondet)"
  slow=$(awk -v a="$r_time" -v b="${base_time[$w]}" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }')
  row "$lib" "$t" "$w" "$r_result" "$r_time" "$slow" "$r_calls"
  case $r_result in pass) rm -rf "$scratch/res/$w.$n";; esac
done <<EOF
$plan
EOF

# ---------------------------------------------------------------------------
# The self-test: broken shims must be caught.
# ---------------------------------------------------------------------------

if [ $mode != full ] && [ "${base_ok[sort]:-}" = yes ]; then
  expect=(x "FAIL" "FAIL:stdout" "FAIL:files" "TIMEOUT")
  for b in 1 2 3 4; do
    so=$scratch/shims/broken-$b.so
    title="broken-$b selftest sort"
    if ! $CC -O2 -fPIC -shared -DBREAK=$b -fplugin="$plugin" -I"$top_srcdir/macros" \
           -o "$so" "$here/broken-shim.c" -L"$rtdir" -linterceptor \
           -Wl,-rpath,"$rtdir" -ldl > "$scratch/shims/broken-$b.log" 2>&1; then
      row "broken-$b" selftest sort FAIL:build - - -
      continue
    fi
    tmo=${fixed_timeout:-60}; [ $b = 4 ] && tmo=3
    run_one "sort.broken$b" sort "$so" "$tmo"
    compare sort.ref "sort.broken$b"
    got=$r_result
    case $got in
      "${expect[$b]}"*) r_result="pass($got)";;
      *) r_result="FAIL(got:$got)";;
    esac
    [ $b = 1 ] && case $got in FAIL*) r_result="pass($got)";; esac
    row "broken-$b" selftest sort "$r_result" "$r_time" - -
  done
elif [ $mode != full ]; then
  row "broken" selftest sort "SKIP:no-sort-reference" - - -
fi

# ---------------------------------------------------------------------------
# The matrix and the summary.
# ---------------------------------------------------------------------------

if [ -f "$scratch/cells" ]; then
  awk '
    { if (!($2 in col)) { col[$2] = ++nc; name[nc] = $2 }
      if (!($1 in wl)) { wl[$1] = ++nw; wname[nw] = $1 }
      cell[$1, $2] = $3 }
    END {
      printf "%-12s", "workload"
      for (c = 1; c <= nc; c++) { h = name[c]; sub(/\.so.*\//, "/", h); sub(/^lib/, "", h)
        sub(/\/count$/, "/c", h); sub(/\/log$/, "/l", h); printf " %9s", h }
      printf "\n"
      for (w = 1; w <= nw; w++) {
        printf "%-12s", wname[w]
        for (c = 1; c <= nc; c++) printf " %9s", ((wname[w], name[c]) in cell) ? cell[wname[w], name[c]] : "."
        printf "\n"
      }
    }' "$scratch/cells" > "$outdir/matrix.txt"
  echo
  echo "wholesale: slowdowns (FAIL, TIME, skip otherwise; c = count, l = log):"
  cat "$outdir/matrix.txt"
fi
if [ $mode != full ] && [ -s "$outdir/details.txt" ]; then
  echo; echo "wholesale: details of the failures:"; cat "$outdir/details.txt"
fi
echo
echo "wholesale: table in $outdir/table.txt, details of failures in $outdir/details.txt"
echo "wholesale: $passed passed, $failed failed, $skipped skipped in $((SECONDS - started)) s"
if [ $failed -ne 0 ]; then exit 1; fi
if [ $passed -eq 0 ]; then exit 77; fi
exit 0
