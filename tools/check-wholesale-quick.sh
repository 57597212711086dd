#! /bin/sh
# check-wholesale-quick.sh -- the quick slice of the wholesale test for
# `make check': the libc count shim under the bash-script and sort
# workloads, the libstdc++ count shim under the C++ program, and the
# harness's self-test (broken shims must be reported).  `make
# check-wholesale' runs everything (wholesale/run.sh; README,
# "Wholesale").  Exit status: 0 pass, 77 skip, 1 fail.
here=`cd "\`dirname "$0"\`" && pwd`
command -v bash > /dev/null 2>&1 || { echo "SKIP: no bash"; exit 77; }
exec bash "$here/wholesale/run.sh" --quick -o "`pwd`/wholesale-quick" "$@"
