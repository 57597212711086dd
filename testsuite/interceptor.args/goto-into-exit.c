/* { dg-do run } */
/* A goto from the entry part past GOTO_TARGET into the exit part: on
   that path the GOTO_RETURN comes before any target and returns without
   calling one (fault injection); on the other it ends the exit part.
   (Was interceptor.error/error-goto-into-exit.c.)  */

#include <interceptor.h>
#include "check.h"

extern int f (int);
static int skip, calls, tail;

__attribute__ ((noinline, noclone)) int
real (int x)
{
  calls++;
  return x + 1;
}

INTERCEPTOR (f)
{
  if (skip)
    goto out;
  GOTO_TARGET (real);
 out:
  tail++;
  GOTO_RETURN ();
}

int
main (void)
{
  CHECK (f (1) == 2 && calls == 1 && tail == 1);
  skip = 1;
  f (1);			/* returns 0 on x86_64; no target */
  CHECK (calls == 1 && tail == 2);
  return 0;
}
