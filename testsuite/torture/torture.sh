#! /bin/sh
# torture.sh -- the call-state torture test (issue 4, SPEC 3.1-3.3, 3.5).
#
#   torture.sh [options]
#     -a ARCH      x86_64 or i386 (default x86_64)
#     -s SEED      the seed (default: random; printed either way)
#     -n COUNT     signatures (default 600)
#     -b BATCH     signatures per generated program (default 100)
#     -j JOBS      batches built and run at once (default: nproc)
#     -q "CMD"     also run every program under CMD (e.g. "qemu-x86_64
#                  -cpu Nehalem"); repeatable
#     -Q           only the -q runs, not the native ones
#     -m           also run under Debian's qemu-user with the CPU models
#                  Nehalem (SSE only) and Haswell (AVX2): qemu-x86_64 or
#                  qemu-i386; UNSUPPORTED when it is not installed
#     -w DIR       work directory (default: torture-ARCH-SEED)
#     -O0EVERY N   every Nth batch at -O0 instead of -O2 (default 4)
#
# Environment: CC (gcc), abs_top_builddir and abs_top_srcdir (the build
# and source trees: the plugin, runtime and header come from them).
#
# For each batch, gen.c writes a program of BATCH random signatures
# (callee, caller, a transparent interceptor and one with an exit part
# for each); it is compiled with the in-tree plugin and runtime and run
# once per vector save path the CPU (or the qemu model) has
# (INTERCEPTOR_VECTOR_PATH=sse, avx, avx512) and once with the runtime's
# default.  One line per batch and path: PASS, FAIL or UNSUPPORTED (the
# AVX-512 path on a CPU without AVX-512).  A failing batch keeps its
# directory, which holds everything to reproduce it, and the script
# prints the commands.  Exit status 0 when nothing failed.

set -u
arch=x86_64 seed= count=600 batch=100 jobs= qemus= native=yes work= o0every=4
one= qemu_models=no
while test $# -gt 0; do
  case $1 in
    -a) arch=$2; shift 2;;
    -s) seed=$2; shift 2;;
    -n) count=$2; shift 2;;
    -b) batch=$2; shift 2;;
    -j) jobs=$2; shift 2;;
    -q) qemus="$qemus$2
"; shift 2;;
    -Q) native=no; shift;;
    -m) qemu_models=yes; shift;;
    -w) work=$2; shift 2;;
    -O0EVERY) o0every=$2; shift 2;;
    --one) one=$2; shift 2;;	# internal: run batch $2 of an existing setup
    *) echo "torture.sh: unknown option $1" >&2; exit 2;;
  esac
done

CC=${CC:-gcc}
: "${abs_top_builddir:?torture.sh: set abs_top_builddir}"
: "${abs_top_srcdir:?torture.sh: set abs_top_srcdir}"
tdir=$abs_top_srcdir/testsuite/torture
plugin=$abs_top_builddir/gcc-plugin/.libs/interceptor.so
case $arch in
  x86_64) flags="-m64" rt=$abs_top_builddir/rt/.libs;;
  i386) flags="-m32 -msse2 -fno-pie -no-pie -fexcess-precision=standard"
	rt=$abs_top_builddir/rt/m32/.libs;;
  *) echo "torture.sh: unknown architecture $arch" >&2; exit 2;;
esac
if test $qemu_models = yes && test -z "$one"; then
  if command -v qemu-$arch >/dev/null 2>&1; then
    qemus="${qemus}qemu-$arch -cpu Nehalem
qemu-$arch -cpu Haswell
"
  else
    echo "UNSUPPORTED: torture $arch under qemu-$arch -cpu Nehalem and -cpu Haswell: qemu-$arch not found (apt-get install qemu-user)"
  fi
fi
# _Float16 only where this GCC supports it on this target (GCC 12 on
# x86; not GCC 11).
genflags=
if echo '_Float16 x;' | $CC $flags -x c -c -o /dev/null - 2>/dev/null; then
  :
else
  genflags=-F
  echo "torture: $CC $flags has no _Float16; signatures leave it out"
fi
if test -z "$seed"; then
  seed=`od -An -N4 -tu4 /dev/urandom | tr -d ' '`
fi
test -n "$work" || work=torture-$arch-$seed
test -n "$jobs" || jobs=`nproc 2>/dev/null || echo 2`

# One batch: generate, compile, run on every path, natively and under
# each -q command.  Prints PASS/FAIL/UNSUPPORTED lines.
run_batch () {
  b=$1
  first=`expr $b \* $batch`
  n=`expr $count - $first`
  test $n -gt $batch && n=$batch
  d=$work/batch-$b
  rm -rf "$d" && mkdir -p "$d" || return 1
  cp "$tdir/torture.h" "$tdir/torture-main.h" "$d/"
  opt=-O2
  test `expr $b % $o0every` -eq `expr $o0every - 1` && opt=-O0
  gen="$work/gen -a $arch -s $seed -n $n -f $first $genflags -o $d/torture.c"
  cc="$CC $flags $opt -Wno-psabi -fdiagnostics-plain-output -fplugin=$plugin -I$abs_top_srcdir/macros -I$d $d/torture.c -o $d/torture.exe -L$rt -Wl,-rpath,$rt -linterceptor -ldl -lpthread"
  name="torture $arch seed $seed signatures $first-`expr $first + $n - 1` $opt"
  {
    echo "# Reproduce: (the generator: $tdir/gen.c, built as $work/gen)"
    echo "$gen"
    echo "$cc"
  } > "$d/commands"
  if ! $gen > "$d/gen.log" 2>&1; then
    echo "FAIL: $name: the generator failed (see $d/gen.log)"
    return 1
  fi
  if ! $cc > "$d/cc.log" 2>&1; then
    echo "FAIL: $name: compilation failed"
    sed 's/^/  /' "$d/cc.log" | grep -v ': note:' | head -20
    echo "  reproduce in $d: $cc"
    return 1
  fi
  status=0
  runners=
  test $native = yes && runners="native
"
  runners="$runners$qemus"
  IFS_save=$IFS
  IFS='
'
  for runner in $runners; do
    IFS=$IFS_save
    test -n "$runner" || continue
    if test "$runner" = native; then pre=; where=native; else pre=$runner; where=$runner; fi
    # The CPU's level: what the runtime takes by default.
    out=`$pre "$d/torture.exe" 2>&1 | tail -1`
    cpu=`echo "$out" | sed -n 's/^torture: cpu \([a-z0-9]*\) .*/\1/p'`
    case $cpu in
      sse) paths="sse default";;
      avx) paths="sse avx default";;
      avx512) paths="sse avx avx512 default";;
      *) paths=default;;
    esac
    for p in $paths; do
      if test $p = default; then
	run="env -u INTERCEPTOR_VECTOR_PATH $pre $d/torture.exe"
      else
	run="env INTERCEPTOR_VECTOR_PATH=$p $pre $d/torture.exe"
      fi
      if $run > "$d/run.log" 2>&1; then
	echo "PASS: $name [$where, path $p] `tail -1 $d/run.log | sed 's/^torture: //'`"
      else
	echo "FAIL: $name [$where, path $p]"
	grep -v '^torture:' "$d/run.log" | head -20 | sed 's/^/  /'
	tail -1 "$d/run.log" | sed 's/^/  /'
	echo "  reproduce (the directory is self-contained):"
	echo "    cd $d && $cc"
	echo "    $run [SIGNATURE]"
	status=1
      fi
    done
    case $cpu in
      avx512) ;;
      *) echo "UNSUPPORTED: $name [$where, path avx512]: the CPU has no AVX-512";;
    esac
    IFS='
'
  done
  IFS=$IFS_save
  if test $status = 0; then
    rm -f "$d/torture.exe" "$d/torture.c"
    rm -rf "$d"
  fi
  return $status
}

if test -n "$one"; then
  run_batch "$one"
  exit $?
fi

echo "torture: $arch, seed $seed, $count signatures in batches of $batch, work directory $work"
echo "torture: reproduce with: CC='$CC' abs_top_builddir='$abs_top_builddir' abs_top_srcdir='$abs_top_srcdir' sh $0 -a $arch -s $seed -n $count -b $batch${qemus:+ (and the -q/-m options)}"
rm -rf "$work" && mkdir -p "$work" || exit 1
work=`cd "$work" && pwd`
if ! $CC -O2 -o "$work/gen" "$tdir/gen.c"; then
  echo "FAIL: torture $arch: cannot build the generator"
  exit 1
fi
nb=`expr \( $count + $batch - 1 \) / $batch`
export CC abs_top_builddir abs_top_srcdir
qargs=
if test -n "$qemus"; then
  IFS_save=$IFS
  IFS='
'
  for q in $qemus; do qargs="$qargs -q '$q'"; done
  IFS=$IFS_save
fi
nat=
test $native = no && nat=-Q
seq 0 `expr $nb - 1` | xargs -P "$jobs" -I@ sh -c \
  "sh '$0' -a $arch -s $seed -n $count -b $batch -w '$work' -O0EVERY $o0every $nat $qargs --one @" \
  > "$work/results" 2>&1
cat "$work/results"
pass=`grep -c '^PASS' "$work/results"`
fail=`grep -c '^FAIL' "$work/results"`
unsup=`grep -c '^UNSUPPORTED' "$work/results"`
echo "torture: $arch seed $seed: $count signatures, $pass runs passed, $fail failed, $unsup unsupported"
if test "$fail" -eq 0; then
  rm -rf "$work"
  exit 0
fi
echo "torture: failing batches kept under $work"
exit 1
