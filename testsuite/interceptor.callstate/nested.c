/* { dg-do run } */
/* { dg-skip-variant "-m32" "x86_64 snapshot; i386: interceptor.i386" } */
/* Call state with interceptors nested inside the body (SPEC 3.2): the
   entry and exit parts of the interceptor under test call other
   intercepted functions -- with exit parts of their own, returning
   values in %rax, %xmm0 and on the x87 stack -- so the runtime handles
   other invocations while it holds this one's saved arguments and return
   values.  See snapshot.h.  */

#include <interceptor.h>
#include "snapshot.h"

#if SNAP_SUPPORTED

extern void cs_outer (void);
extern long double inner_ld (long double);
extern double inner_d (double, long);

__attribute__ ((noinline, noclone)) long double
real_inner_ld (long double x)
{
  return x * 3;
}

__attribute__ ((noinline, noclone)) double
real_inner_d (double x, long k)
{
  return x * k;
}

INTERCEPTOR (inner_ld, inner_d)
{
  snap_clobber ();
  GOTO_TARGET (INTERCEPTED_NAME[6] == 'l' ? (void *) real_inner_ld
					  : (void *) real_inner_d);
  snap_clobber ();
  GOTO_RETURN ();
}

INTERCEPTOR (cs_outer)
{
  snap_body_noise ("entry part");
  if (inner_ld (1.5L) != 4.5L || inner_d (2.5, 4) != 10.0)
    abort ();
  snap_clobber ();
  GOTO_TARGET (snap_target);
  if (inner_ld (0.5L) != 1.5L || inner_d (0.25, -8) != -2.0)
    abort ();
  snap_body_noise ("exit part");
  if (inner_ld (2.0L) != 6.0L)
    abort ();
  snap_clobber ();
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  unsigned int n;

  snap_run_all_paths (argc, argv);
  snap_init ();
  for (n = 0; n <= 2; n++)
    snap_test ("nested", (void *) cs_outer, 0, n, 0, 2);
  return snap_finish ();
}

#else

int
main (void)
{
  return 0;
}

#endif
