/* { dg-do run } */
/* Without INTERCEPTOR_PROTOTYPE, every earlier argument counts as one
   integer slot (as Frida's args[n]); the accessed argument's own type
   still picks its class.  */

#include <interceptor.h>
#include "check.h"

extern long ints (long, long, long, long, long, long, long, long);
extern double first_double (double);

__attribute__ ((noinline, noclone)) long
real_ints (long a, long b, long c, long d, long e, long f, long g, long h)
{
  return a + 10 * b + 100 * c + 1000 * d + 10000 * e + 100000 * f
    + 1000000 * g + 10000000 * h;
}

__attribute__ ((noinline, noclone)) double
real_first_double (double d)
{
  return d * 2;
}

static long sum;

INTERCEPTOR (ints)
{
  sum = INTERCEPTED_ARG (long, 0) + INTERCEPTED_ARG (long, 1)
    + INTERCEPTED_ARG (long, 5) + INTERCEPTED_ARG (long, 6)
    + INTERCEPTED_ARG (long, 7);
  INTERCEPTED_SET_ARG (long, 7, 9);	/* on the stack */
  INTERCEPTED_SET_ARG (int, 0, -1);	/* widened to the whole register */
  GOTO_TARGET (real_ints);
}

INTERCEPTOR (first_double)
{
  INTERCEPTED_SET_ARG (double, 0, INTERCEPTED_ARG (double, 0) + 1);
  GOTO_TARGET (real_first_double);
}

int
main (void)
{
  CHECK (ints (1, 2, 3, 4, 5, 6, 7, 8) == -1 + 20 + 300 + 4000 + 50000
	 + 600000 + 7000000 + 90000000);
  CHECK (sum == 1 + 2 + 6 + 7 + 8);
  CHECK (first_double (1.5) == 5.0);
  return 0;
}
