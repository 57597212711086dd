#! /bin/sh
# tools/installcheck.sh -- build interceptors out of tree against an
# installed interceptor, with nothing but `pkg-config --cflags --libs
# interceptor', and run them: the call-state tests (transparent and
# exit-part interceptors, x87 returns) and the README's example shim; and
# the installed plugin: its loader and the build for $CC, and, for every
# gcc-N on PATH, that the installed flags work where a build for GCC N is
# installed (beside the loader, or in GCC N's own plugin directory) and
# get the loader's own message where none is; and a shim that the
# installed interceptor-shim writes, built with its Makefile fragment.
#
# With a third argument, also the i386 call-state tests (one per calling
# convention) built with -m32 against the installed 32-bit runtime.
#
# Usage: installcheck.sh SRCDIR LIBDIR [M32LIBDIR]
#   SRCDIR     the source tree (for the test sources)
#   LIBDIR     the installed libdir (holds pkgconfig/interceptor.pc)
#   M32LIBDIR  the installed 32-bit libdir (holds pkgconfig/interceptor.pc
#              for -m32), or empty
set -eu

srcdir=$1
libdir=$2
m32libdir=${3:-}
CC=${CC:-gcc}

PKG_CONFIG_PATH=$libdir/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
export PKG_CONFIG_PATH
flags=`pkg-config --cflags --libs interceptor`
echo "installcheck: pkg-config --cflags --libs interceptor: $flags"

work=`mktemp -d`
trap 'rm -rf "$work"' EXIT INT TERM
failed=0

for t in transparent exit-part x87; do
  for opt in -O0 -O2; do
    src=$srcdir/testsuite/interceptor.callstate/$t.c
    # The test's own directory only for its helper header.
    if $CC $opt -I"$srcdir/testsuite/interceptor.callstate" "$src" \
	 $flags -ldl -lpthread -o "$work/$t" \
       && LD_LIBRARY_PATH=$libdir "$work/$t" > "$work/$t.out" 2>&1; then
      echo "PASS: installed call-state $t $opt"
    else
      echo "FAIL: installed call-state $t $opt"
      cat "$work/$t.out" 2>/dev/null || :
      failed=1
    fi
  done
done

# i386: every calling convention, with the 32-bit interceptor.pc.  The
# extra flags are the test's dg-options (-fno-pie -no-pie, -mmmx ...).
if test -n "$m32libdir"; then
  flags32=`PKG_CONFIG_PATH=$m32libdir/pkgconfig pkg-config --cflags --libs interceptor`
  echo "installcheck: -m32: pkg-config --cflags --libs interceptor: $flags32"
  for src in "$srcdir"/testsuite/interceptor.i386/*.c; do
    t=`basename "$src" .c`
    grep -q '{ dg-do run }' "$src" || continue	# e.g. cet.c: assemble only
    extra=`sed -n 's/.*{ dg-options "\([^"]*\)" }.*/\1/p' "$src"`
    for opt in -O0 -O2; do
      # shellcheck disable=SC2086
      if $CC -m32 $opt $extra -I"$srcdir/testsuite/interceptor.i386" "$src" \
	   $flags32 -ldl -lpthread -o "$work/$t" \
	 && LD_LIBRARY_PATH=$m32libdir "$work/$t" > "$work/$t.out" 2>&1; then
	echo "PASS: installed -m32 call-state $t $opt"
      else
	echo "FAIL: installed -m32 call-state $t $opt"
	cat "$work/$t.out" 2>/dev/null || :
	failed=1
      fi
    done
  done
fi

# The plugin as installed: the loader, which -fplugin= names, and the
# build for $CC's major version; not the libtool files, nor the link to
# whichever build was installed last.
plugindir=`pkg-config --variable=plugindir interceptor`
major=`$CC -dumpversion | cut -d. -f1`
for f in interceptor.so interceptor-gcc-$major.so; do
  if test -f "$plugindir/$f"; then
    echo "PASS: installed plugin: $f"
  else
    echo "FAIL: installed plugin: no $plugindir/$f"
    failed=1
  fi
done
for f in interceptor.la interceptor-gcc.la interceptor-gcc.so; do
  if test -e "$plugindir/$f" || test -h "$plugindir/$f"; then
    echo "FAIL: installed plugin: $plugindir/$f should not be there"
    failed=1
  fi
done

# Every GCC on PATH with the installed flags (interceptor-plugin(7),
# VERSIONS).
for n in 11 12 13 14 15 16 17 18 19 20; do
  gcc_n=gcc-$n
  command -v $gcc_n >/dev/null 2>&1 || continue
  own=`$gcc_n -print-file-name=plugin`
  out=$work/gcc-$n.out
  if test -f "$plugindir/interceptor-gcc-$n.so" \
     || test -f "$own/interceptor-gcc-$n.so"; then
    if $gcc_n "$srcdir/examples/transport-shim.c" $flags -shared -fPIC \
	 -o "$work/shim-$n.so" > "$out" 2>&1; then
      echo "PASS: installed flags: $gcc_n finds its build"
    else
      echo "FAIL: installed flags: $gcc_n finds its build"
      cat "$out"
      failed=1
    fi
  elif $gcc_n -fdiagnostics-plain-output -c "$srcdir/examples/transport-shim.c" \
	 $flags -o "$work/shim-$n.o" > "$out" 2>&1; then
    echo "FAIL: installed flags: $gcc_n has no build, yet compiled"
    failed=1
  elif grep -q "error: the interceptor plugin is built for GCC .* only, and this compiler is GCC $n\." "$out" \
       && grep -q "note: .*\./configure CC=$gcc_n CXX=g++-$n " "$out"; then
    echo "PASS: installed flags: $gcc_n, which has no build, gets the loader's message"
  else
    echo "FAIL: installed flags: $gcc_n, which has no build, gets the loader's message"
    cat "$out"
    failed=1
  fi
done

# interceptor-shim, as its manual says: a shim of a small library built
# with the generated Makefile fragment and nothing else (pkg-config's
# flags, and the run path to the installed runtime it adds), which must
# run without LD_LIBRARY_PATH and leave the program's output alone.
gen=`pkg-config --variable=exec_prefix interceptor`/bin/interceptor-shim
if test -x "$gen"; then
  if $CC -O2 -fPIC -shared -o "$work/libcs.so.1" -Wl,-soname,libcs.so.1 \
       -Wl,--version-script="$srcdir/tools/check-shim.map" \
       "$srcdir/tools/check-shim-lib.c" \
     && $CC -O2 -o "$work/cs-main" "$srcdir/tools/check-shim-main.c" \
       "$work/libcs.so.1" -Wl,-rpath,"$work" \
     && "$work/cs-main" > "$work/cs.plain" \
     && "$gen" -o "$work/cs-shim.c" -m "$work/cs-shim.mk" "$work/libcs.so.1" \
     && (cd "$work" && env -u MAKEFLAGS -u MFLAGS make -s -f cs-shim.mk CC="$CC") \
     && env -u LD_LIBRARY_PATH INTERCEPTOR_SHIM_OUT="$work/cs.count" \
          LD_PRELOAD="$work/cs-shim.so" "$work/cs-main" > "$work/cs.shim" \
     && cmp -s "$work/cs.plain" "$work/cs.shim" \
     && grep -q '^# interceptor-shim count: libcs.so.1' "$work/cs.count"; then
    echo "PASS: installed interceptor-shim: a shim built with its fragment runs"
  else
    echo "FAIL: installed interceptor-shim: a shim built with its fragment runs"
    failed=1
  fi
else
  echo "SKIP: no installed interceptor-shim ($gen: built without libelf)"
fi

# The worked example of the README, as a user builds it.
if $CC "$srcdir/examples/transport-shim.c" $flags -shared -fPIC \
     -o "$work/transport-shim.so"; then
  echo "PASS: installed example shim builds"
else
  echo "FAIL: installed example shim builds"
  failed=1
fi
exit $failed
