/* { dg-do compile } */
/* C++: GOTO_TARGET and GOTO_RETURN as operands of ?: are not statements
   of their own (interceptor(7), DIAGNOSTICS).  The if forms, also made
   by macros, are fine.  */

#include <interceptor.h>

extern "C" int real (int), real2 (int);
static int pick;

#define MAYBE_TARGET(c) if (c) GOTO_TARGET (real)

INTERCEPTOR (f)
{
  pick ? GOTO_TARGET (real) : (void) 0;	/* { dg-error ".GOTO_TARGET. as an operand of .\\?:." } */
  GOTO_TARGET (real2);
}

INTERCEPTOR (g)
{
  !pick ? (void) 0 : GOTO_TARGET (real);	/* { dg-error ".GOTO_TARGET. as an operand of .\\?:." } */
  GOTO_TARGET (real2);
}

INTERCEPTOR (h)
{
  GOTO_TARGET (real);
  pick ? GOTO_RETURN () : (void) 0;	/* { dg-error ".GOTO_RETURN. as an operand of .\\?:." } */
  GOTO_RETURN ();
}

INTERCEPTOR (i)
{
  if (pick > 1)
    GOTO_TARGET (real);
  else if (pick > 2)
    GOTO_RETURN ();
  else
    GOTO_TARGET (real2);
}

INTERCEPTOR (j)
{
  MAYBE_TARGET (pick);
  else
    GOTO_TARGET (real2);
}
