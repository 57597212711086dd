/* exceptions-aux.c -- the C interceptors of exceptions.cc (compiled as
   C).  Not a test itself.  */

#include <interceptor.h>

extern int real_exc_x (int);
extern int real_exc_outer (int);
extern int real_exc_t (int);
extern int real_exc_end (int);

int exc_x_entries, exc_x_exits, exc_outer_exits, exc_bad_depth;

MAX_RECURSION (0)
INTERCEPTOR (exc_x)
{
  int tag = 4321;
  exc_x_entries++;
  if (INTERCEPTED_DEPTH != 0)
    exc_bad_depth++;
  GOTO_TARGET (real_exc_x);
  if (tag != 4321 || INTERCEPTED_DEPTH != 0)
    exc_bad_depth++;
  exc_x_exits++;
  GOTO_RETURN ();
}

MAX_RECURSION (0)
INTERCEPTOR (exc_outer)
{
  if (INTERCEPTED_DEPTH != 0)
    exc_bad_depth++;
  GOTO_TARGET (real_exc_outer);
  exc_outer_exits++;
  GOTO_RETURN ();
}

INTERCEPTOR (exc_end)
{
  GOTO_TARGET (real_exc_end);
  exc_bad_depth++;		/* never runs: the target ends the thread */
  GOTO_RETURN ();
}

/* Transparent.  */
MAX_RECURSION (0)
INTERCEPTOR (exc_t)
{
  if (INTERCEPTED_DEPTH != 0)
    exc_bad_depth++;
  GOTO_TARGET (real_exc_t);
}
