#! /bin/sh
# check-shim.sh -- interceptor-shim on a small library (check-shim-lib.c):
# the functions it covers (plain, variadic, long double, struct return,
# self-calling, IFUNC, the default version of a versioned name) and leaves
# out (data, compatibility-only versions, hidden), and the count and log
# shims it writes, built with their Makefile fragments and the build
# tree's plugin, under a program whose output must not change.
# Exit status: 0 pass, 77 skip (no interceptor-shim: no libelf), 1 fail.

set -u
here=`cd "\`dirname "$0"\`" && pwd`
top_builddir=${abs_top_builddir:-`cd "$here/.." && pwd`}
top_srcdir=${abs_top_srcdir:-`cd "$here/.." && pwd`}
CC=${CC:-gcc}
gen=$top_builddir/tools/interceptor-shim
plugin=$top_builddir/gcc-plugin/.libs/interceptor.so
rtdir=$top_builddir/rt/.libs

test -x "$gen" || { echo "SKIP: $gen not built (no libelf)"; exit 77; }

work=`mktemp -d "${TMPDIR:-/tmp}/check-shim.XXXXXX"` || exit 1
trap 'rm -rf "$work"' 0
trap 'exit 1' 1 2 13 15
fail=0
no () { echo "FAIL: $*"; fail=1; }

# The library and a program using it.
$CC -O2 -fno-optimize-sibling-calls -fPIC -shared -o "$work/libcs.so.1" -Wl,-soname,libcs.so.1 \
  -Wl,--version-script="$here/check-shim.map" "$here/check-shim-lib.c" \
  || { echo "FAIL: cannot build the test library"; exit 1; }
$CC -O2 -o "$work/main" "$here/check-shim-main.c" "$work/libcs.so.1" \
  -Wl,-rpath,"$work" || { echo "FAIL: cannot build the test program"; exit 1; }
"$work/main" > "$work/plain.out" || { echo "FAIL: the test program fails"; exit 1; }

# What is covered.
"$gen" --list "$work/libcs.so.1" > "$work/list" || no "interceptor-shim --list"
printf '%s\n' add call_hidden compat_fn@V1 fact ldmul make_big old_fn old_fn@V1 \
  scale sum_doubles sum_ints twice > "$work/expected"
if cmp "$work/list" "$work/expected" >/dev/null; then
  echo "PASS: the covered functions"
else
  no "the covered functions differ:"; diff "$work/expected" "$work/list"
fi
"$gen" --list -x '^sum_' -x 'make' "$work/libcs.so.1" > "$work/list-x"
if grep -E 'sum_|make' "$work/list-x" >/dev/null \
   || test "`wc -l < "$work/list-x"`" -ne 9; then
  no "-x does not exclude"
else
  echo "PASS: -x"
fi
if "$gen" -t nonsense "$work/libcs.so.1" > /dev/null 2>&1; then
  no "an unknown template is accepted"
fi
if "$gen" "$work/main.c" > /dev/null 2>&1 || "$gen" "$work/main" > /dev/null 2>&1; then
  no "a file that is not a shared library is accepted"
fi

# Build TEMPLATE shim with its Makefile fragment, then run the program
# under it.  Extra generator options after the template.
run () {
  t=$1; shift
  "$gen" -t "$t" "$@" -o "$work/$t-shim.c" -m "$work/$t-shim.mk" \
    "$work/libcs.so.1" || { no "$t: interceptor-shim"; return 1; }
  ( cd "$work" && ${MAKE:-make} -s -f "$t-shim.mk" CC="$CC" \
      INTERCEPTOR_CFLAGS="-fplugin=$plugin -I$top_srcdir/macros" \
      INTERCEPTOR_LIBS="-L$rtdir -linterceptor -Wl,-rpath,$rtdir" \
      INTERCEPTOR_RPATH= ) \
    || { no "$t: building the shim"; return 1; }
  rm -f "$work/$t.txt"
  INTERCEPTOR_SHIM_OUT="$work/$t.txt" LD_PRELOAD="$work/$t-shim.so" \
    "$work/main" > "$work/$t.out" 2> "$work/$t.err" \
    || { cat "$work/$t.err"; no "$t: the program fails under the shim"; return 1; }
  cmp "$work/plain.out" "$work/$t.out" > /dev/null \
    || { no "$t: the output differs under the shim"; diff "$work/plain.out" "$work/$t.out"; return 1; }
  test -s "$work/$t.err" && { cat "$work/$t.err"; no "$t: output on stderr"; return 1; }
  return 0
}

if run count; then
  cat "$work/count.txt"
  ok=yes
  for f in add scale ldmul sum_ints sum_doubles make_big twice old_fn \
	   call_hidden old_fn@V1 compat_fn@V1; do
    grep -Eq "^ +1 +[0-9]+ +[0-9]+  $f\$" "$work/count.txt" || { no "count: $f not counted once"; ok=no; }
  done
  grep -Eq '^ +5 +[0-9]+ +[0-9]+  fact$' "$work/count.txt" || { no "count: fact not counted 5 times"; ok=no; }
  grep -q '12 functions' "$work/count.txt" || { no "count: the header line"; ok=no; }
  test $ok = yes && echo "PASS: count template"
fi

if run log; then
  ok=yes
  grep -Ev '^[A-Za-z_][A-Za-z_0-9@]* [0-9]+ [0-9]+ [0-9]+$' "$work/log.txt" \
    && { no "log: malformed lines"; ok=no; }
  test "`wc -l < "$work/log.txt"`" -eq 16 || { no "log: not 16 lines"; ok=no; }
  # fact(5) nests 5 deep: depths 4 3 2 1 0, innermost first.
  test "`awk '$1 == "fact" { printf "%s", $3 }' "$work/log.txt"`" = 43210 \
    || { no "log: fact's depths are not 4 3 2 1 0"; ok=no; }
  test $ok = yes && echo "PASS: log template"
fi

# Several bodies (-c), and the recursion limit (-r).
if run count -c 3; then
  grep -c '^INTERCEPTOR' "$work/count-shim.c" | grep -qx 4 \
    || no "-c 3: not 4 bodies"
  echo "PASS: -c"
fi
if "$gen" -t count -r 2 -o "$work/rec-shim.c" "$work/libcs.so.1" \
   && $CC -O2 -fPIC -shared -fplugin="$plugin" -I"$top_srcdir/macros" \
        -o "$work/rec-shim.so" "$work/rec-shim.c" -L"$rtdir" -linterceptor \
        -Wl,--version-script="$work/rec-shim.map" \
        -Wl,-rpath,"$rtdir" -ldl; then
  # fact(5) needs 4 re-entries: with 2 the runtime says so and aborts.
  if LD_PRELOAD="$work/rec-shim.so" "$work/main" > /dev/null 2> "$work/rec.err"; then
    no "-r 2: fact(5) did not abort"
  elif grep -q 'interceptor' "$work/rec.err"; then
    echo "PASS: -r"
  else
    cat "$work/rec.err"; no "-r 2: no message"
  fi
else
  no "-r 2: build"
fi

# A shim of the C library calls nothing through its PLT (it would find
# its own stubs): its only undefined references are the runtime's and
# the C library's environ.
libc=`$CC -print-file-name=libc.so.6`
if test -f "$libc"; then
  for t in count log; do
    "$gen" -t $t -o "$work/libc-$t.c" -m "$work/libc-$t.mk" "$libc" \
      && ( cd "$work" && ${MAKE:-make} -s -f "libc-$t.mk" CC="$CC" \
             INTERCEPTOR_CFLAGS="-fplugin=$plugin -I$top_srcdir/macros" \
             INTERCEPTOR_LIBS="-L$rtdir -linterceptor" INTERCEPTOR_RPATH= ) \
      || { no "libc $t: generating or building the shim"; continue; }
    nm -D --undefined-only "$work/libc-$t.so" | awk '$1 != "w" { print $2 }' \
      | grep -Ev '^(environ|__environ)@|^(__interceptor_.*|interceptor_find_function)$' \
      > "$work/libc-$t.undef"
    if test -s "$work/libc-$t.undef"; then
      no "libc $t: the shim calls through its PLT:"; cat "$work/libc-$t.undef"
    else
      echo "PASS: libc $t: no call through the PLT"
    fi
  done
else
  echo "SKIP: no libc.so.6 ($libc)"
fi

test $fail -eq 0 && echo "PASS: interceptor-shim"
exit $fail
