#! /bin/sh
# make check's quick slice of the misuse fuzz test (interceptor(7), DIAGNOSTICS): a fixed
# seed, 200 generated C and C++ cases, valid ones run, invalid ones
# checked for an error at the expected line.  See fuzz.sh; the top-level
# `make check-fuzz' runs 2,000 cases with any seed.
exec ${SHELL:-/bin/sh} "`dirname "$0"`/fuzz.sh" -s 20261207 -n 200 -w fuzz-check
