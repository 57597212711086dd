/* shim.c -- bench-shim.so, preloaded into the benchmark driver: one
   interposer of each kind the table compares (rows 2-5, 3v-5v; row 6 is
   cpuid-stub.S, which calls bench_cpuid_enter below).

   Every row does the same useful work -- count the call and go on to the
   real function, found once with dlsym (RTLD_NEXT) -- so that the table
   compares the cost of the mechanism alone.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#define _GNU_SOURCE 1		/* RTLD_NEXT */

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include <interceptor.h>

#include "bench.h"

/* Exported: the driver reads it to check that the calls it timed went
   through the interposers.  */
struct bench_counts bench_shim_counts;

static long (*real_wrapped) (long);
static void *real_transparent, *real_exitpart, *real_strict, *real_nest;
static void *real_transparent_v, *real_exitpart_v, *real_strict_v;
void *bench_real_cpuid __attribute__ ((__visibility__ ("hidden")));

static void *
next (const char *name)
{
  void *p = dlsym (RTLD_NEXT, name);

  if (p == NULL)
    {
      fprintf (stderr, "bench-shim: no %s after the shim: %s\n", name,
	       dlerror ());
      abort ();
    }
  return p;
}

static void __attribute__ ((__constructor__))
find_targets (void)
{
  real_wrapped = (long (*) (long)) next ("bench_wrapped");
  real_transparent = next ("bench_transparent");
  real_exitpart = next ("bench_exitpart");
  real_transparent_v = next ("bench_transparent_v");
  real_exitpart_v = next ("bench_exitpart_v");
  real_strict_v = next ("bench_strict_v");
  real_strict = next ("bench_strict");
  real_nest = next ("bench_nest");
  bench_real_cpuid = next ("bench_cpuid");
}

/* Row 2: the hand-written LD_PRELOAD wrapper of the usual kind, which
   knows the prototype and calls the real function through a pointer
   (GCC makes that a tail call: the cheapest such wrapper there is).  */
long
bench_wrapped (long x)
{
  bench_shim_counts.wrapped++;
  return real_wrapped (x);
}

/* Row 3: a transparent interceptor, whose entry part counts calls.  */
INTERCEPTOR (bench_transparent)
{
  bench_shim_counts.transparent++;
  GOTO_TARGET (real_transparent);
}

/* Row 4: an entry part and an exit part that both count.  */
INTERCEPTOR (bench_exitpart)
{
  bench_shim_counts.exitpart_entry++;
  GOTO_TARGET (real_exitpart);
  bench_shim_counts.exitpart_exit++;
  GOTO_RETURN ();
}

/* Rows 3 and 4 have bodies that call nothing and touch general
   registers only: the plugin gives them the fast path (README,
   "Performance").  Rows 3v and 4v are the same with a call in each
   part -- here of an empty function, in real shims of fprintf or
   pthread_mutex_lock -- which makes the plugin keep the general path:
   the stub saves every register that can carry call state, vector
   registers at the width the CPU has, before running the body.  */
static void __attribute__ ((__noinline__, __noclone__))
bench_callee (void)
{
  __asm__ volatile ("");
}

INTERCEPTOR (bench_transparent_v)
{
  bench_shim_counts.transparent_v++;
  bench_callee ();
  GOTO_TARGET (real_transparent_v);
}

INTERCEPTOR (bench_exitpart_v)
{
  bench_shim_counts.exitpart_v_entry++;
  bench_callee ();
  GOTO_TARGET (real_exitpart_v);
  bench_shim_counts.exitpart_v_exit++;
  bench_callee ();
  GOTO_RETURN ();
}

/* Row 5: the same in strict mode (SPEC 3.4): every register and the
   flags kept for the target and the caller.  The body touches no x87
   or vector register, so the strict trampolines need not save that
   state; row 5v's bodies call, and the whole XSAVE state is saved and
   restored around each part.  */
INTERCEPTOR_STRICT INTERCEPTOR (bench_strict)
{
  bench_shim_counts.strict_entry++;
  GOTO_TARGET (real_strict);
  bench_shim_counts.strict_exit++;
  GOTO_RETURN ();
}

INTERCEPTOR_STRICT INTERCEPTOR (bench_strict_v)
{
  bench_shim_counts.strict_v_entry++;
  bench_callee ();
  GOTO_TARGET (real_strict_v);
  bench_shim_counts.strict_v_exit++;
  bench_callee ();
  GOTO_RETURN ();
}

/* The memory probe: bench_nest recursing through this interceptor keeps
   one exit-part invocation per level active.  */
MAX_RECURSION (1000000)
INTERCEPTOR (bench_nest)
{
  bench_shim_counts.nest_entry++;
  GOTO_TARGET (real_nest);
  bench_shim_counts.nest_exit++;
  GOTO_RETURN ();
}

/* Row 6: the C part of the CPUID-per-call baseline stub
   (cpuid-stub.S), called with every argument register saved; returns
   the target.  */
__attribute__ ((__visibility__ ("hidden"))) void *
bench_cpuid_enter (void)
{
  bench_shim_counts.cpuid++;
  return bench_real_cpuid;
}
