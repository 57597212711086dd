/* { dg-do run } */
/* longjmp out of a target (SPEC 4.3) leaves no stale invocation behind:
   the exit part of the abandoned invocation never runs, and later calls
   -- of the same non-re-entrant interceptor (MAX_RECURSION(0)) and of an
   enclosing one whose exit part is still to come -- see depth 0, run
   their exit parts and return the right values, however many times it
   happens.  */

#include <setjmp.h>
#include <interceptor.h>
#include "check.h"

extern int jumpy (int);
extern int outer (int);

static jmp_buf env;
static int jumpy_entries, jumpy_exits, outer_exits;

__attribute__ ((noinline, noclone)) int
real_jumpy (int x)
{
  if (x < 0)
    longjmp (env, 1);
  return x * 2;
}

MAX_RECURSION (0)
INTERCEPTOR (jumpy)
{
  jumpy_entries++;
  CHECK (INTERCEPTED_DEPTH == 0);
  GOTO_TARGET (real_jumpy);
  CHECK (INTERCEPTED_DEPTH == 0);
  jumpy_exits++;
  GOTO_RETURN ();
}

/* outer's target catches a longjmp out of jumpy's target, then returns
   normally through outer's exit part.  */
__attribute__ ((noinline, noclone)) int
real_outer (int x)
{
  volatile int r = -1;

  if (setjmp (env) == 0)
    r = jumpy (-x);		/* never returns */
  else
    r = jumpy (x);		/* after the longjmp: a fresh invocation */
  return r + 1;
}

MAX_RECURSION (0)
INTERCEPTOR (outer)
{
  int tag = 1234;
  GOTO_TARGET (real_outer);
  CHECK (tag == 1234);
  CHECK (INTERCEPTED_DEPTH == 0);
  outer_exits++;
  GOTO_RETURN ();
}

int
main (void)
{
  volatile int i;

  /* Jump out of jumpy's target straight back to main, many times.  */
  for (i = 0; i < 10000; i++)
    {
      if (setjmp (env) == 0)
	{
	  jumpy (-1);
	  abort ();
	}
      CHECK (jumpy (i) == 2 * i);
    }
  CHECK (jumpy_entries == 20000 && jumpy_exits == 10000);

  /* Jump from an inner target to an outer target.  */
  for (i = 1; i <= 1000; i++)
    CHECK (outer (i) == 2 * i + 1);
  CHECK (outer_exits == 1000);
  CHECK (jumpy_entries == 22000 && jumpy_exits == 11000);
  return 0;
}
