#! /bin/sh
# tools/installcheck.sh -- build interceptors out of tree against an
# installed interceptor, with nothing but `pkg-config --cflags --libs
# interceptor', and run them: the call-state tests (transparent and
# exit-part interceptors, x87 returns) and the README's example shim.
#
# Usage: installcheck.sh SRCDIR LIBDIR
#   SRCDIR  the source tree (for the test sources)
#   LIBDIR  the installed libdir (holds pkgconfig/interceptor.pc)
set -eu

srcdir=$1
libdir=$2
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

# The worked example of the README, as a user builds it.
if $CC "$srcdir/examples/transport-shim.c" $flags -shared -fPIC \
     -o "$work/transport-shim.so"; then
  echo "PASS: installed example shim builds"
else
  echo "FAIL: installed example shim builds"
  failed=1
fi
exit $failed
