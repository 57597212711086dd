#! /bin/sh
# check-man.sh -- the man pages format without a warning: groff -z -ww
# -man on each page, and `man --warnings -l' where man-db is installed;
# each link page (.so) names a page that exists.
# Exit status: 0 pass, 77 skip (no groff), 1 fail.

srcdir=${srcdir:-`dirname "$0"`}
command -v groff >/dev/null 2>&1 || { echo "SKIP: no groff"; exit 77; }

have_man=no
if command -v man >/dev/null 2>&1 && man --help 2>&1 | grep -q -- '--warnings'; then
  have_man=yes
fi

fail=0
n=0
for page in "$srcdir"/*.[1-8]; do
  name=`basename "$page"`
  first=`sed 1q "$page"`
  case $first in
    .so\ *)
      target=`echo "$first" | sed 's|^\.so  *man[1-8]/||'`
      if test -f "$srcdir/$target"; then
        echo "PASS: $name -> $target"
      else
        echo "FAIL: $name: .so to a missing page $target"; fail=1
      fi
      continue ;;
  esac
  n=$((n + 1))
  # groff -z -ww: parse everything, print nothing but the warnings.
  out=`LC_ALL=C.UTF-8 groff -z -ww -t -man "$page" 2>&1`
  if test -n "$out"; then
    echo "FAIL: groff -z -ww -man $name:"; echo "$out"; fail=1
  else
    echo "PASS: groff -z -ww -man $name"
  fi
  if test $have_man = yes; then
    out=`LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null`
    if test -n "$out"; then
      echo "FAIL: man --warnings -l $name:"; echo "$out"; fail=1
    else
      echo "PASS: man --warnings -l $name"
    fi
  fi
done
test $n -ge 4 || { echo "FAIL: only $n pages found in $srcdir"; fail=1; }
exit $fail
