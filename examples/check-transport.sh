#! /bin/sh
# check-transport.sh -- transport-demo without and with transport-shim.so.
#
# Without the shim the demo must detect corruption (exit status 1, a line
# containing "corrupted"); with LD_PRELOAD=transport-shim.so it must run
# clean (exit status 0, a line containing "clean").
# Exit status: 0 pass, 1 fail.

builddir=${abs_builddir:-.}
demo=$builddir/transport-demo
shim=$builddir/.libs/transport-shim.so

for f in "$demo" "$shim"; do
  if test ! -f "$f"; then
    echo "FAIL: $f not built"
    exit 1
  fi
done

tmp=${TMPDIR:-/tmp}/check-transport.$$
trap 'rm -f "$tmp.out"' 0 1 2 13 15
fail=0

"$demo" >"$tmp.out" 2>&1
status=$?
echo "--- without the shim: exit status $status"; cat "$tmp.out"
if test $status -ne 1; then
  echo "FAIL: without the shim, expected exit status 1, got $status"; fail=1
fi
if grep -q 'corrupted' "$tmp.out"; then :; else
  echo "FAIL: without the shim, no line containing 'corrupted'"; fail=1
fi

LD_PRELOAD=$shim "$demo" >"$tmp.out" 2>&1
status=$?
echo "--- with LD_PRELOAD=$shim: exit status $status"; cat "$tmp.out"
if test $status -ne 0; then
  echo "FAIL: with the shim, expected exit status 0, got $status"; fail=1
fi
if grep -q 'clean' "$tmp.out"; then :; else
  echo "FAIL: with the shim, no line containing 'clean'"; fail=1
fi

test $fail -eq 0 && echo "PASS: transport-demo with and without transport-shim.so"
exit $fail
