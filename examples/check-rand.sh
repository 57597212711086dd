#! /bin/sh
# check-rand.sh -- `openssl rand -hex 8' under the rand-shim interceptor.
#
# Passes when the shim reports on stderr that the program called the
# function its OpenSSL version calls -- RAND_bytes up to 3.1 (and
# libcrypto's RAND_bytes then RAND_bytes_ex, one level deeper),
# RAND_bytes_ex from 3.2 on -- and that it returned 1 to the program,
# and the program's stdout is still exactly 16 lowercase hex digits.
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

version=`"$openssl" version`
LD_PRELOAD=$shim "$openssl" rand -hex 8 >"$tmp.out" 2>"$tmp.err"
status=$?
echo "--- $version"
echo "--- exit status: $status"
echo "--- stdout:"; cat "$tmp.out"
echo "--- stderr:"; cat "$tmp.err"
echo "---"

fail=0
expect () {
  if grep -qx "$1" "$tmp.err"; then :; else
    echo "FAIL: no line '$1' on stderr"; fail=1
  fi
}

if test $status -ne 0; then
  echo "FAIL: openssl exited with status $status"; fail=1
fi
case $version in
  "OpenSSL 3.0."* | "OpenSSL 3.1."*)
    expect 'rand-shim: the program called RAND_bytes (thread [0-9]*)'
    expect 'rand-shim:   and RAND_bytes called RAND_bytes_ex (depth 1)'
    expect 'rand-shim:   RAND_bytes_ex returned 1'
    expect 'rand-shim: RAND_bytes returned 1 to the program' ;;
  "OpenSSL 3."*)
    expect 'rand-shim: the program called RAND_bytes_ex (thread [0-9]*)'
    expect 'rand-shim: RAND_bytes_ex returned 1 to the program' ;;
  *)
    # Another version or fork: either entry point will do.
    expect 'rand-shim: the program called RAND_bytes\(_ex\)\{0,1\} (thread [0-9]*)'
    expect 'rand-shim: RAND_bytes\(_ex\)\{0,1\} returned 1 to the program' ;;
esac
if test "`wc -l <"$tmp.out"`" -eq 1 && grep -Eq '^[0-9a-f]{16}$' "$tmp.out"; then :; else
  echo "FAIL: stdout is not exactly 16 lowercase hex digits"; fail=1
fi

test $fail -eq 0 && echo "PASS: openssl rand under rand-shim.so ($version)"
exit $fail
