#! /bin/sh
# run-dejagnu.sh RUNTEST [runtest arguments...]
#
# Automake's check-DEJAGNU rule calls this as $(RUNTEST).  It runs the
# real runtest, then reads the tool's .sum file in the current directory
# and
#   - prints "dejagnu: N passed, M failed, K skipped";
#   - exits 1 when runtest is missing, when any test FAILed, XPASSed, was
#     UNRESOLVED or raised an ERROR, or when no test passed at all.
# Automake treats a failing `RUNTEST --version' as "runtest not found" and
# passes silently, so the probe answers 0 here and the real run fails
# loudly instead.

runtest=${1:-runtest}
test $# -gt 0 && shift

have_runtest=yes
command -v "$runtest" >/dev/null 2>&1 || have_runtest=no

for a in "$@"; do
  case $a in
    --version|-V)
      if test $have_runtest = yes; then exec "$runtest" "$@"; fi
      echo "run-dejagnu.sh: $runtest not found (install DejaGnu)" >&2
      exit 0 ;;
  esac
done

if test $have_runtest = no; then
  echo "run-dejagnu.sh: ERROR: '$runtest' not found: install DejaGnu (apt-get install dejagnu), or run tools/install-deps.sh" >&2
  exit 1
fi

tool=
prev=
for a in "$@"; do
  case $prev in --tool) tool=$a ;; esac
  case $a in --tool=*) tool=${a#--tool=} ;; esac
  prev=$a
done
test -n "$tool" || tool=interceptor
sum=$tool.sum

rm -f "$sum"
"$runtest" "$@"
status=$?

if test ! -f "$sum"; then
  echo "run-dejagnu.sh: ERROR: runtest (exit status $status) wrote no $sum"
  exit 1
fi

passed=`grep -c -E '^(PASS|XFAIL|KFAIL):' "$sum"`
failed=`grep -c -E '^(FAIL|XPASS|KPASS|UNRESOLVED|ERROR):' "$sum"`
skipped=`grep -c -E '^(UNSUPPORTED|UNTESTED):' "$sum"`

if test "$failed" -gt 0; then
  echo
  echo "Failures in $sum:"
  grep -E '^(FAIL|XPASS|KPASS|UNRESOLVED|ERROR):' "$sum"
  echo "(details in `pwd`/$tool.log)"
fi
echo
echo "dejagnu: $passed passed, $failed failed, $skipped skipped"

if test "$failed" -gt 0; then exit 1; fi
if test "$passed" -eq 0; then
  echo "run-dejagnu.sh: ERROR: no test passed"
  exit 1
fi
if test $status -ne 0; then
  echo "run-dejagnu.sh: ERROR: runtest exited with status $status"
  exit 1
fi
exit 0
