/* { dg-do run } */
/* { dg-skip-variant "-m32" "ms_abi is an x86_64 convention" } */
/* INTERCEPTOR_CONVENTION (ms_abi): arguments by position in %rcx %rdx
   %r8 %r9 / %xmm0-3, then on the stack above the 32-byte shadow area.  */

#include <interceptor.h>
#include "check.h"

#define MS __attribute__ ((ms_abi))

extern MS long ms_f (long, double, int, float, long, double);
extern MS double ms_fail (double, long);

MS __attribute__ ((noinline, noclone)) long
real_ms_f (long a, double b, int c, float d, long e, double f)
{
  CHECK (a == 1 && b == 2.5 && c == -3 && d == 4.5f);
  CHECK (e == 50);		/* changed, on the stack */
  CHECK (f == 6.0);
  return 77;
}

INTERCEPTOR (ms_f)
{
  INTERCEPTOR_CONVENTION (ms_abi);
  CHECK (INTERCEPTED_ARG (long, 0) == 1);
  CHECK (INTERCEPTED_ARG (double, 1) == 2.5);
  CHECK (INTERCEPTED_ARG (int, 2) == -3);
  CHECK (INTERCEPTED_ARG (float, 3) == 4.5f);
  CHECK (INTERCEPTED_ARG (long, 4) == 5);
  CHECK (INTERCEPTED_ARG (double, 5) == 6.0);
  INTERCEPTED_SET_ARG (long, 4, 50);
  GOTO_TARGET (real_ms_f);
  INTERCEPTED_SET_RETURN (long, INTERCEPTED_RETURN (long) + 1);
  GOTO_RETURN ();
}

INTERCEPTOR (ms_fail)
{
  INTERCEPTOR_CONVENTION (ms_abi);
  INTERCEPTED_SET_RETURN (double, INTERCEPTED_ARG (double, 0)
			  + INTERCEPTED_ARG (long, 1));
  GOTO_RETURN ();
}

int
main (void)
{
  CHECK (ms_f (1, 2.5, -3, 4.5f, 5, 6.0) == 78);
  CHECK (ms_fail (0.5, 2) == 2.5);
  return 0;
}
