/* bench.h -- what the benchmark driver, its target library and its
   preloaded shim share.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef BENCH_H
#define BENCH_H 1

/* libbenchtarget.so (target.c): identically empty functions, one per
   row of the table.  */
extern long bench_floor (long);		/* never intercepted nor audited */
extern long bench_direct (long);	/* 1: not intercepted (7: audited) */
extern long bench_wrapped (long);	/* 2: hand-written wrapper */
extern long bench_transparent (long);	/* 3: interceptor, entry part */
extern long bench_exitpart (long);	/* 4: interceptor, entry + exit */
extern long bench_transparent_v (long);	/* 3v: 3, the body calls */
extern long bench_exitpart_v (long);	/* 4v: 4, the body calls */
extern long bench_strict_v (long);	/* 5v: 5, the body calls */
extern long bench_strict (long);	/* 5: strict mode, entry + exit */
extern long bench_cpuid (long);		/* 6: CPUID-per-call baseline stub */
extern long bench_nest (long, long (*) (long));	/* memory probe */

/* The shim's call counters (shim.c), found by the driver with
   dlsym (RTLD_DEFAULT, "bench_shim_counts"): every row checks that its
   calls were really intercepted.  */
struct bench_counts
{
  unsigned long wrapped;
  unsigned long transparent;
  unsigned long exitpart_entry, exitpart_exit;
  unsigned long transparent_v;
  unsigned long exitpart_v_entry, exitpart_v_exit;
  unsigned long strict_v_entry, strict_v_exit;
  unsigned long strict_entry, strict_exit;
  unsigned long cpuid;
  unsigned long nest_entry, nest_exit;
};

#endif /* BENCH_H */
