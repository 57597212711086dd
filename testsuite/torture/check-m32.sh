#! /bin/sh
# make check's quick slice of the call-state torture test for i386
# (-m32): a fixed seed, 2400 signatures (about 200 per convention:
# cdecl, stdcall, fastcall, thiscall, regparm (1..3), sseregparm and
# combinations), every vector path of this CPU.  See torture.sh.
if test "${HAVE_M32:-no}" != yes; then
  echo "no 32-bit toolchain (HAVE_M32=${HAVE_M32:-no}): skipped"
  exit 77
fi
exec ${SHELL:-/bin/sh} "$abs_top_srcdir/testsuite/torture/torture.sh" \
  -a i386 -s 20261122 -n 2400 -b 200 -w torture-check-m32
