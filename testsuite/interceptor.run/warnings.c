/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror" } */
/* Interceptors compile cleanly under the warnings a shim's build
   usually turns on: no missing return in the bodies, no unused
   invocation parameter, no fall-through after GOTO_RETURN().  */

#include <interceptor.h>
#include "check.h"

extern int quiet_t (int);
extern int quiet_x (int);

__attribute__ ((noinline, noclone)) int
real_quiet (int x)
{
  return x * 3;
}

static int exits;

INTERCEPTOR (quiet_t)
{
  GOTO_TARGET (real_quiet);
}

INTERCEPTOR (quiet_x)
{
  int n = INTERCEPTED_NAME[6];
  GOTO_TARGET (real_quiet);
  switch (n)
    {
    case 'x':
      exits++;
      GOTO_RETURN ();
    default:
      GOTO_RETURN ();
    }
}

int
main (void)
{
  CHECK (quiet_t (2) == 6);
  CHECK (quiet_x (3) == 9);
  CHECK (exits == 1);
  return 0;
}
