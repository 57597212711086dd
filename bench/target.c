/* target.c -- libbenchtarget.so: the functions the benchmark calls.

   Identically empty exported functions, one per benchmark row, so that
   one process can time every row: the driver calls each through its
   PLT, and the preloaded bench shim (shim.c, cpuid-stub.S) interposes
   on all but bench_direct.  They take and return a long so that the
   driver can check that every call arrived with its argument and came
   back with its result.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include "bench.h"

long bench_floor (long x) { return x; }	/* row 1 in other processes */
long bench_direct (long x) { return x; }	/* row 1 (and rows 7, 8c, 8l) */
long bench_wrapped (long x) { return x; }	/* row 2 */
long bench_transparent (long x) { return x; }	/* row 3 */
long bench_exitpart (long x) { return x; }	/* row 4 */
long bench_transparent_v (long x) { return x; }	/* row 3v */
long bench_exitpart_v (long x) { return x; }	/* row 4v */
long bench_strict_v (long x) { return x; }	/* row 5v */
long bench_strict (long x) { return x; }	/* row 5 */
long bench_cpuid (long x) { return x; }	/* row 6 */

/* For the memory figures: recurse K levels through the interposer,
   then let PROBE look at the runtime's invocation stack, so that K + 1
   exit-part invocations are active.  The recursive call goes through a
   volatile pointer to the global symbol (GCC would otherwise turn the
   recursion into a loop), which the dynamic linker binds to the
   preloaded interposer.  */
long (*volatile bench_nest_self) (long, long (*) (long)) = bench_nest;

long
bench_nest (long k, long (*probe) (long))
{
  if (k == 0)
    return probe (0);
  return bench_nest_self (k - 1, probe) + 1;
}
