#! /bin/sh
# fuzz.sh -- the misuse fuzz test (interceptor(7), DIAGNOSTICS): generated valid and
# invalid interceptor sources through the compiler.
#
#   fuzz.sh [options]
#     -s SEED      the seed (default: random; printed either way)
#     -n COUNT     cases (default 2000)
#     -f FIRST     number of the first case (default 0)
#     -j JOBS      cases compiled at once (default: nproc)
#     -w DIR       work directory (default: fuzz-SEED)
#     -k           keep the passing cases too (default: only failures)
#
# Environment: CC (gcc) and CXX (g++), abs_top_builddir and
# abs_top_srcdir (the plugin and runtime come from the build tree, the
# header from the source tree's macros/; gen.c from this script's
# directory).
#
# gen.c writes each case as DIR/cases/case-NNNNN.c or .cc; its header
# comment gives the flags and the expected outcome, `valid' or `error
# L1,L2,...'.  Each case is compiled with the plugin and classified:
#
#   ok         valid: compiled, linked, ran and passed its own checks
#   located    invalid: an error: diagnostic at one of the expected lines
#   ICE        the compiler crashed, hung (5 min) or said "internal
#              compiler error" / "Please submit a full bug report"
#   unlocated  invalid: errors, but none at an expected line of the case
#   accepted   invalid, but it compiled
#   rejected   valid, but the compiler or the linker failed
#   wrong-run  valid, but the program failed, crashed or timed out (20 s)
#
# Prints one line per case that is neither ok nor located, then the
# totals per class and per category, and the seed.  Exit status 0 when
# there is no ICE, unlocated, accepted, rejected or wrong-run.  Each
# failing case is kept in DIR/failures/case-NNNNN/ with its source, a
# repro.sh that repeats the compile, link and run commands, and the
# outputs; the rest of DIR is removed unless -k.

set -u
seed= count=2000 first=0 jobs= work= keep=no one=
while test $# -gt 0; do
  case $1 in
    -s) seed=$2; shift 2;;
    -n) count=$2; shift 2;;
    -f) first=$2; shift 2;;
    -j) jobs=$2; shift 2;;
    -w) work=$2; shift 2;;
    -k) keep=yes; shift;;
    --one) one=$2; shift 2;;	# internal: classify one generated case
    *) echo "fuzz.sh: unknown option $1" >&2; exit 2;;
  esac
done

CC=${CC:-gcc}
CXX=${CXX:-g++}
: "${abs_top_builddir:?fuzz.sh: set abs_top_builddir}"
: "${abs_top_srcdir:?fuzz.sh: set abs_top_srcdir}"
fdir=`cd "\`dirname "$0"\`" && pwd`
plugin=$abs_top_builddir/gcc-plugin/.libs/interceptor.so
macros=$abs_top_srcdir/macros
LC_ALL=C LANG=C
export LC_ALL LANG
unset GCC_COLORS LD_PRELOAD 2>/dev/null

# The header field NAME of case file $1.
field () {
  sed -n "1,12s/^   $2: //p" "$1" | head -1
}

# Classify one case: prints "CLASS CASE CATEGORY LANG FLAGS".
classify () {
  src=$1
  d=`dirname "$src"`
  f=`basename "$src"`
  base=${f%.*}
  cat=`field "$src" category`
  lang=`field "$src" language`
  flags=`field "$src" flags`
  expect=`field "$src" expect`
  if test "$lang" = c++; then cc=$CXX; else cc=$CC; fi
  case " $flags " in
    *" -m32 "*) rt=$abs_top_builddir/rt/m32/.libs;;
    *) rt=$abs_top_builddir/rt/.libs;;
  esac
  compile="$cc -fplugin=$plugin -I$macros -fdiagnostics-plain-output $flags -c $f -o $base.o"
  link="$cc $flags $base.o -o $base.exe -L$rt -Wl,-rpath,$rt -linterceptor -ldl -lpthread"
  run="env UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 timeout 20 ./$base.exe"
  (cd "$d" && timeout 300 $compile) > "$d/$base.cc.log" 2>&1
  st=$?
  class=
  if test $st -ge 124 \
     || grep -q -E 'internal compiler error|Please submit a full bug report|terminated signal|killed signal' "$d/$base.cc.log"; then
    class=ICE
  fi
  case $expect in
    valid)
      if test -n "$class"; then :
      elif test $st != 0; then class=rejected
      elif ! (cd "$d" && $link) > "$d/$base.ld.log" 2>&1; then class=rejected
      elif ! (cd "$d" && $run) > "$d/$base.run.log" 2>&1; then class=wrong-run
      else class=ok
      fi;;
    error*)
      if test -n "$class"; then :
      elif test $st = 0; then class=accepted
      else
	class=unlocated
	for l in `echo "${expect#error }" | tr ',' ' '`; do
	  if grep -q -E "^$f:$l:([0-9]+:)? (fatal )?error:" "$d/$base.cc.log"; then
	    class=located
	    break
	  fi
	done
      fi;;
    *) class=bad-case;;
  esac
  case $class in
    ok|located)
      test $keep = yes || rm -f "$d/$base".*;;
    *)
      fd=$work/failures/$base
      mkdir -p "$fd"
      cp "$src" "$fd/"
      for x in cc.log ld.log run.log; do
	test -f "$d/$base.$x" && cp "$d/$base.$x" "$fd/"
      done
      {
	echo "#! /bin/sh"
	echo "# $class: $cat ($lang, $flags): expected $expect"
	echo "cd \"\`dirname \"\$0\"\`\" || exit 1"
	echo "$compile || exit 1"
	case $expect in
	  valid) echo "$link || exit 1"
		 echo "$run";;
	esac
      } > "$fd/repro.sh"
      chmod +x "$fd/repro.sh"
      test $keep = yes || rm -f "$d/$base".*;;
  esac
  echo "$class $base $cat $lang $flags"
}

if test -n "$one"; then
  work=$FUZZ_WORK keep=$FUZZ_KEEP
  classify "$one"
  exit 0
fi

if test -z "$seed"; then
  seed=`od -An -N4 -tu4 /dev/urandom | tr -d ' '`
fi
test -n "$work" || work=fuzz-$seed
test -n "$jobs" || jobs=`nproc 2>/dev/null || echo 2`
echo "fuzz: seed $seed, $count cases from $first, work directory $work"
echo "fuzz: reproduce with: CC='$CC' CXX='$CXX' abs_top_builddir='$abs_top_builddir' abs_top_srcdir='$abs_top_srcdir' sh $0 -s $seed -n $count -f $first"
if ! test -f "$plugin"; then
  echo "fuzz: FAIL: the plugin $plugin is not built"
  exit 1
fi
rm -rf "$work" && mkdir -p "$work/cases" "$work/failures" || exit 1
work=`cd "$work" && pwd`
start=`date +%s`
if ! ${GEN_CC:-$CC} -std=c11 -O2 -o "$work/gen" "$fdir/gen.c"; then
  echo "fuzz: FAIL: cannot build the generator"
  exit 1
fi

# What this toolchain can do: -m32 (with the 32-bit runtime), and
# -fsanitize=undefined, for C and C++.
features=
probe () {
  printf '%s\n' "$3" > "$work/probe.$2"
  $1 -o "$work/probe.exe" "$work/probe.$2" > /dev/null 2>&1 && "$work/probe.exe"
}
prog='int main (void) { return 0; }'
if test -f "$abs_top_builddir/rt/m32/.libs/libinterceptor.so"; then
  probe "$CC -m32" c "$prog" && features="$features,m32"
  probe "$CXX -m32" cc "#include <string>
$prog" && features="$features,m32cxx"
fi
probe "$CC -fsanitize=undefined" c "$prog" && features="$features,ubsan"
probe "$CXX -fsanitize=undefined" cc "$prog" && features="$features,ubsancxx"
rm -f "$work"/probe.*
features=${features#,}
echo "fuzz: toolchain features: ${features:-none}"

if ! "$work/gen" -s "$seed" -n "$count" -f "$first" -o "$work/cases" -F "$features"; then
  echo "fuzz: FAIL: the generator failed"
  exit 1
fi

FUZZ_WORK=$work FUZZ_KEEP=$keep
export CC CXX abs_top_builddir abs_top_srcdir FUZZ_WORK FUZZ_KEEP
ls "$work/cases" | sed "s|^|$work/cases/|" \
  | xargs -P "$jobs" -n 1 sh "$0" --one > "$work/results" 2>&1
end=`date +%s`

# Report.
bad='ICE unlocated accepted rejected wrong-run'
awk -v bad=" $bad bad-case " '
  index(bad, " " $1 " ") { n = split($0, w, " "); fl = ""
			    for (i = 5; i <= n; i++) fl = fl " " w[i]
			    printf "%-10s %s %s (%s,%s)\n", $1, $2, $3, $4, fl }' \
  "$work/results" | sort -k2
echo "fuzz: totals per class:"
awk '{ n[$1]++ } END { for (c in n) printf "  %-10s %d\n", c, n[c] }' \
  "$work/results" | sort
echo "fuzz: per category (class:count):"
awk '{ k = $3 " " $1; n[k]++; cats[$3] = 1 }
     END { for (c in cats) { line = sprintf ("  %-32s", c)
			      for (k in n) { split (k, w, " ")
					     if (w[1] == c) line = line " " w[2] ":" n[k] }
			      print line } }' "$work/results" | sort
total=`wc -l < "$work/results"`
nbad=`awk -v bad=" $bad bad-case " 'index(bad, " " $1 " ")' "$work/results" | wc -l`
echo "fuzz: seed $seed: $total cases, $nbad failed, `expr $end - $start` s"
test "$total" -eq "$count" || { echo "fuzz: FAIL: $count cases generated, $total classified"; nbad=1; }
if test "$nbad" -eq 0; then
  test $keep = yes || rm -rf "$work"
  exit 0
fi
echo "fuzz: failing cases kept under $work/failures (each with repro.sh)"
test $keep = yes || rm -rf "$work/cases"
exit 1
