#! /bin/sh
# check-rand.sh -- `openssl rand -hex 8' under the rand-shim interceptor.
#
# Passes when the shim reports the interception of RAND_bytes on stderr
# (a line naming RAND_bytes with "called", one with "returned") and the
# program's stdout is still exactly 16 lowercase hex digits.
# Exit status: 0 pass, 77 skip (no openssl), 1 fail.

builddir=${abs_builddir:-.}
shim=$builddir/.libs/rand-shim.so
openssl=${OPENSSL:-}
test -n "$openssl" || openssl=`command -v openssl 2>/dev/null`

if test -z "$openssl" || test ! -x "$openssl"; then
  echo "SKIP: openssl not found"
  exit 77
fi
if test ! -f "$shim"; then
  echo "FAIL: $shim not built"
  exit 1
fi

tmp=${TMPDIR:-/tmp}/check-rand.$$
trap 'rm -f "$tmp.out" "$tmp.err"' 0 1 2 13 15

LD_PRELOAD=$shim "$openssl" rand -hex 8 >"$tmp.out" 2>"$tmp.err"
status=$?
echo "--- exit status: $status"
echo "--- stdout:"; cat "$tmp.out"
echo "--- stderr:"; cat "$tmp.err"
echo "---"

fail=0
if test $status -ne 0; then
  echo "FAIL: openssl exited with status $status"; fail=1
fi
if grep 'RAND_bytes' "$tmp.err" | grep -q 'called'; then :; else
  echo "FAIL: no line with RAND_bytes and 'called' on stderr"; fail=1
fi
if grep 'RAND_bytes' "$tmp.err" | grep -q 'returned'; then :; else
  echo "FAIL: no line with RAND_bytes and 'returned' on stderr"; fail=1
fi
if test "`wc -l <"$tmp.out"`" -eq 1 && grep -Eq '^[0-9a-f]{16}$' "$tmp.out"; then :; else
  echo "FAIL: stdout is not exactly 16 lowercase hex digits"; fail=1
fi

test $fail -eq 0 && echo "PASS: openssl rand under rand-shim.so"
exit $fail
