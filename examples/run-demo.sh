#! /bin/sh
# run-demo.sh [BUILDDIR] -- show rand-shim.so at work:
#   LD_PRELOAD=BUILDDIR/examples/.libs/rand-shim.so openssl rand -hex 8
# The shim reports each call of RAND_bytes or RAND_bytes_ex on stderr
# (which of them openssl calls depends on its version); openssl prints
# its random hex on stdout.  `make demo' runs this after building.

top_builddir=${1:-${abs_top_builddir:-.}}
shim=$top_builddir/examples/.libs/rand-shim.so

if test ! -f "$shim"; then
  echo "run-demo.sh: $shim not found: run 'make' first" >&2
  exit 1
fi
openssl=`command -v openssl 2>/dev/null`
if test -z "$openssl"; then
  echo "run-demo.sh: openssl not found: install it (apt-get install openssl)" >&2
  exit 1
fi

# The uninstalled shim finds the uninstalled runtime through this path.
LD_LIBRARY_PATH=$top_builddir/rt/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export LD_LIBRARY_PATH

echo "\$ openssl version"
"$openssl" version
echo "\$ LD_PRELOAD=$shim openssl rand -hex 8"
LD_PRELOAD=$shim "$openssl" rand -hex 8
status=$?
echo "(exit status $status)"
exit $status
