#! /bin/sh
# make check's quick slice of the call-state torture test for x86_64:
# a fixed seed, 900 signatures (about 300 per convention: default,
# sysv_abi, ms_abi), every vector path of this CPU.  See torture.sh.
exec ${SHELL:-/bin/sh} "$abs_top_srcdir/testsuite/torture/torture.sh" \
  -a x86_64 -s 20261122 -n 900 -b 150 -w torture-check-m64
