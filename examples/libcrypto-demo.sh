#! /bin/sh
# libcrypto-demo.sh -- a shim for every export of libcrypto.so.3, generated
# by interceptor-shim, under `openssl dgst' and `openssl enc'.
#
# Usage: libcrypto-demo.sh [--check] [--compare] [--size MB] [--runs N]
#                          [--keep]
#
#   (default)   generate the count shim for the libcrypto.so.3 that openssl
#               uses, build it with the build tree's plugin and runtime,
#               run `openssl dgst -sha256 FILE' and `openssl enc
#               -aes-256-cbc -pbkdf2 -iter 1000 ... -in FILE' on a FILE of --size MB
#               (default 4) with and without LD_PRELOAD, check that the
#               outputs are byte-identical (cmp) and print the most called
#               functions
#   --check     the same on 1 MB, quietly (what `make check' runs)
#   --compare   then time the same workload (median of --runs, default 5)
#               under the shim, `ltrace -c -l libcrypto.so.3' and
#               `uftrace record --force --nest-libcall', and print a
#               table of wall times (what `make demo-libcrypto' runs)
#   --keep      keep the work directory
#
# Environment: abs_top_builddir (default: this script's ../), CC (gcc),
# OPENSSL (openssl from PATH).
# Exit status: 0 success, 77 skip (no openssl or no libcrypto.so.3 or no
# interceptor-shim), 1 failure.

set -u

here=`cd "\`dirname "$0"\`" && pwd`
top_builddir=${abs_top_builddir:-`cd "$here/.." && pwd`}
top_srcdir=${abs_top_srcdir:-`cd "$here/.." && pwd`}
CC=${CC:-gcc}

check=no compare=no keep=no size=4 runs=5
while test $# -gt 0; do
  case $1 in
    --check) check=yes; size=1 ;;
    --compare) compare=yes ;;
    --keep) keep=yes ;;
    --size) size=$2; shift ;;
    --runs) runs=$2; shift ;;
    *) echo "usage: $0 [--check] [--compare] [--size MB] [--runs N] [--keep]" >&2
       exit 2 ;;
  esac
  shift
done

say () { echo "libcrypto-demo: $*"; }
skip () { echo "SKIP: $*"; exit 77; }
fail () { echo "FAIL: $*"; exit 1; }

openssl=${OPENSSL:-}
test -n "$openssl" || openssl=`command -v openssl 2>/dev/null`
test -n "$openssl" && test -x "$openssl" || skip "openssl not found"

# The libcrypto.so.3 openssl is linked with (ldd), else ldconfig's.
libcrypto=`ldd "$openssl" 2>/dev/null | sed -n 's/^[ 	]*libcrypto\.so\.3 => \([^ ]*\) .*/\1/p'`
if test -z "$libcrypto"; then
  libcrypto=`/sbin/ldconfig -p 2>/dev/null | sed -n 's/^[ 	]*libcrypto\.so\.3 (.*x86-64.*) => //p' | sed 1q`
fi
test -n "$libcrypto" && test -f "$libcrypto" || skip "no libcrypto.so.3 for $openssl"

gen=$top_builddir/tools/interceptor-shim
test -x "$gen" || skip "$gen not built (configure found no libelf)"
plugin=$top_builddir/gcc-plugin/.libs/interceptor.so
rtdir=$top_builddir/rt/.libs
test -f "$plugin" || fail "$plugin not built"

work=`mktemp -d "${TMPDIR:-/tmp}/libcrypto-demo.XXXXXX"` || fail "mktemp"
if test $keep = yes; then
  say "work directory: $work"
else
  trap 'rm -rf "$work"' 0
  trap 'exit 1' 1 2 13 15
fi

# 1. Generate the shim and its Makefile fragment, and build it with the
#    fragment, pointing it at the build tree.
say "$gen -t count -o $work/libcrypto-shim.c -m $work/libcrypto-shim.mk $libcrypto"
"$gen" -t count -o "$work/libcrypto-shim.c" -m "$work/libcrypto-shim.mk" \
  "$libcrypto" || fail "interceptor-shim failed"
nfuncs=`sed -n 's/^#define SHIM_NFUNCS //p' "$work/libcrypto-shim.c"`
say "$nfuncs functions in one INTERCEPTOR body"
( cd "$work" && ${MAKE:-make} -s -f libcrypto-shim.mk CC="$CC" \
    INTERCEPTOR_CFLAGS="-fplugin=$plugin -I$top_srcdir/macros" \
    INTERCEPTOR_LIBS="-L$rtdir -linterceptor -Wl,-rpath,$rtdir" ) \
  || fail "building the shim failed"
shim=$work/libcrypto-shim.so
stubs=`nm -D --defined-only "$shim" | grep -c ' T '`
say "built $shim: $stubs exported stubs"
test "$stubs" -ge "$nfuncs" || fail "the shim exports $stubs functions, not $nfuncs"

# 2. The input: SIZE MB of reproducible pseudo-random bytes.
data=$work/data.bin
head -c $((size * 1048576)) /dev/zero \
  | "$openssl" enc -aes-128-ctr -K 000102030405060708090a0b0c0d0e0f \
      -iv 00000000000000000000000000000000 > "$data" \
  || fail "cannot make the input"

dgst="dgst -sha256 $data"
enc="enc -aes-256-cbc -pbkdf2 -iter 1000 -pass pass:interceptor -S 0011223344556677 -in $data"

# 3. With and without the shim: the same bytes out.
status=0
for w in dgst enc; do
  eval "args=\$$w"
  # shellcheck disable=SC2086
  "$openssl" $args > "$work/$w.plain" 2> "$work/$w.plain.err" \
    || fail "openssl $w failed without the shim"
  # shellcheck disable=SC2086
  env INTERCEPTOR_SHIM_OUT="$work/$w.counts" LD_PRELOAD="$shim" \
    "$openssl" $args > "$work/$w.shim" 2> "$work/$w.shim.err" \
    || { cat "$work/$w.shim.err"; fail "openssl $w failed under the shim"; }
  if cmp "$work/$w.plain" "$work/$w.shim" >/dev/null && \
     cmp "$work/$w.plain.err" "$work/$w.shim.err" >/dev/null; then
    say "openssl $w: output byte-identical with and without the shim" \
      "(`wc -c < "$work/$w.plain"` bytes)"
  else
    echo "FAIL: openssl $w: output differs under the shim"; status=1
  fi
  test -s "$work/$w.counts" || { echo "FAIL: no counts from openssl $w"; status=1; }
  if test $check = yes; then
    sed -n 1p "$work/$w.counts"
    grep -q ' EVP_' "$work/$w.counts" \
      || { echo "FAIL: no EVP_ call counted for openssl $w"; status=1; }
  else
    echo
    echo "\$ INTERCEPTOR_SHIM_OUT=counts LD_PRELOAD=libcrypto-shim.so openssl $w ...; head -22 counts"
    sed 22q "$work/$w.counts"
    echo
  fi
done
test $status -eq 0 || exit 1
if test $compare = no; then
  test $check = yes && echo "PASS: openssl dgst and enc under a shim of all $nfuncs libcrypto exports"
  exit 0
fi

# 4. Wall time of each command: the median of RUNS runs, in seconds.
now () { date +%s%N; }
median () { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", v[int((NR + 1) / 2)] / 1e9 }'; }
timeit () {			# timeit RUNS CMD...: median wall time
  n=$1; shift
  i=0
  while test $i -lt $n; do
    t0=`now`; "$@" > /dev/null 2>&1; t1=`now`
    echo $((t1 - t0))
    i=$((i + 1))
  done | median
}
ratio () { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }

have_ltrace=no; command -v ltrace >/dev/null 2>&1 && have_ltrace=yes
have_uftrace=no; command -v uftrace >/dev/null 2>&1 && have_uftrace=yes

say "timing (median of $runs runs; ltrace: 1 run) ..."
for w in dgst enc; do
  eval "args=\$$w"
  # shellcheck disable=SC2086
  eval "base_$w=\`timeit $runs \"\$openssl\" \$args\`"
  # shellcheck disable=SC2086
  eval "shim_$w=\`timeit $runs env INTERCEPTOR_SHIM_OUT=/dev/null LD_PRELOAD=\"\$shim\" \"\$openssl\" \$args\`"
  if test $have_ltrace = yes; then
    # shellcheck disable=SC2086
    eval "ltrace_$w=\`timeit 1 ltrace -c -l libcrypto.so.3 -o \"\$work/ltrace.$w\" \"\$openssl\" \$args\`"
  else
    eval "ltrace_$w=-"
  fi
  if test $have_uftrace = yes; then
    # shellcheck disable=SC2086
    eval "uftrace_$w=\`timeit $runs uftrace record --force --nest-libcall -d \"\$work/uftrace.$w\" \"\$openssl\" \$args\`"
  else
    eval "uftrace_$w=-"
  fi
done

row () {			# row LABEL DGST ENC
  od=-; oe=-
  test "$2" = - || od=`ratio "$2" "$base_dgst"`
  test "$3" = - || oe=`ratio "$3" "$base_enc"`
  printf '| %-44s | %8s | %8s | %8s | %8s |\n' "$1" "$2" "$od" "$3" "$oe"
}
echo
echo "Wall time in seconds, $size MB input, `nproc 2>/dev/null || echo ?` CPUs:"
echo
printf '| %-44s | %8s | %8s | %8s | %8s |\n' "" "dgst" "" "enc" ""
echo "|----------------------------------------------|----------|----------|----------|----------|"
row "openssl alone" "$base_dgst" "$base_enc"
row "interceptor-shim count shim ($nfuncs functions)" "$shim_dgst" "$shim_enc"
row "ltrace -c -l libcrypto.so.3" "$ltrace_dgst" "$ltrace_enc"
row "uftrace record --force --nest-libcall" "$uftrace_dgst" "$uftrace_enc"
echo
for w in dgst enc; do
  calls=`sed -n 's/.*: \([0-9]*\) calls of .*/\1/p' "$work/$w.counts"`
  lt=-
  test -f "$work/ltrace.$w" && lt=`awk '$NF == "total" { print $(NF-1) }' "$work/ltrace.$w"`
  say "openssl $w: the shim counted $calls calls into libcrypto, ltrace -c $lt"
done
exit 0
