#! /bin/sh
# check-faulty-io.sh -- `dd' under the faulty-io interceptor (fault
# injection): every third write(2) to the output file fails with EIO.
#
# Passes when dd fails with an "Input/output error" for its output file
# after exactly two blocks (the third write failed without reaching the
# file), the shim logged the open of the output file with its flags and
# descriptor and the failing write, and a run with the faults aimed at
# another file copies everything.
# Exit status: 0 pass, 77 skip (no dd), 1 fail.

builddir=${abs_builddir:-.}
shim=$builddir/.libs/faulty-io.so
dd=`command -v dd 2>/dev/null`

if test -z "$dd"; then
  echo "SKIP: dd not found"
  exit 77
fi
if test ! -f "$shim"; then
  echo "FAIL: $shim not built"
  exit 1
fi

tmp=${TMPDIR:-/tmp}/check-faulty-io.$$
trap 'rm -f "$tmp.out" "$tmp.err" "$tmp.dat"' 0 1 2 13 15

FAULTY_IO_PATH=$tmp.dat LD_PRELOAD=$shim \
  "$dd" if=/dev/zero of="$tmp.dat" bs=512 count=10 >"$tmp.out" 2>"$tmp.err"
status=$?
echo "--- exit status: $status"
echo "--- stderr:"; cat "$tmp.err"
echo "---"

fail=0
if test $status -eq 0; then
  echo "FAIL: dd succeeded although its third write failed"; fail=1
fi
if grep -q 'Input/output error' "$tmp.err"; then :; else
  echo "FAIL: dd did not report an Input/output error"; fail=1
fi
size=`wc -c <"$tmp.dat" 2>/dev/null | tr -d ' '`
if test "$size" != 1024; then
  echo "FAIL: $tmp.dat has $size bytes, not 1024 (two blocks)"; fail=1
fi
if grep "open" "$tmp.err" | grep -F "\"$tmp.dat\"" | grep -q ') = [0-9]'; then
  :
else
  echo "FAIL: no log line of the open of $tmp.dat with its descriptor"; fail=1
fi
if grep -q 'faulty-io: write([0-9]*, 512) fails with EIO' "$tmp.err"; then :; else
  echo "FAIL: no log line of the failing write"; fail=1
fi

# Faults aimed elsewhere: dd copies everything.
rm -f "$tmp.dat"
FAULTY_IO_PATH=/nonexistent/elsewhere LD_PRELOAD=$shim \
  "$dd" if=/dev/zero of="$tmp.dat" bs=512 count=10 >"$tmp.out" 2>"$tmp.err"
status=$?
size=`wc -c <"$tmp.dat" 2>/dev/null | tr -d ' '`
if test $status -ne 0 || test "$size" != 5120; then
  echo "FAIL: without faults dd exited with $status and wrote $size bytes"
  cat "$tmp.err"
  fail=1
fi

test $fail -eq 0 && echo "PASS: dd under faulty-io.so"
exit $fail
