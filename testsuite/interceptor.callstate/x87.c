/* { dg-do run } */
/* { dg-skip-variant "-m32" "x86_64 snapshot; i386: interceptor.i386" } */
/* x87 return values (SPEC 3.2): a target that leaves 0 values on the x87
   stack (an integer or SSE return), 1 (long double in %st0) or 2
   (complex long double in %st0 and %st1).  With an exit part the runtime
   must keep exactly those values -- however many there are -- while the
   exit part itself pushes and pops the x87 stack, and give them back in
   order.  A transparent interceptor must not disturb them either.  See
   snapshot.h.  */

#include <interceptor.h>
#include "snapshot.h"

#if SNAP_SUPPORTED

extern void cs_x87_t (void);
extern void cs_x87_x (void);

INTERCEPTOR (cs_x87_t)
{
  snap_body_noise ("entry part");
  GOTO_TARGET (snap_target);
}

INTERCEPTOR (cs_x87_x)
{
  long double here = 1.0L / 3.0L;

  snap_body_noise ("entry part");
  GOTO_TARGET (snap_target);
  snap_body_noise ("exit part");
  here = here * here + 0.5L;	/* x87 arithmetic of the exit part */
  printf ("  exit part: %.15Lg\n", here);
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  unsigned int n;

  snap_run_all_paths (argc, argv);
  snap_init ();
  for (n = 0; n <= 2; n++)
    {
      snap_test ("x87, transparent", (void *) cs_x87_t, 1, n, 0, 2);
      snap_test ("x87, exit part", (void *) cs_x87_x, 0, n, 0, 3);
    }
  return snap_finish ();
}

#else

int
main (void)
{
  return 0;
}

#endif
