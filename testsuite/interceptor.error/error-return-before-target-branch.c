/* { dg-do compile } */
/* GOTO_RETURN on a path of the entry part that has called no target
   (SPEC 2.4): there is no return value to give back.  */

#include <interceptor.h>

extern int real (int);
static int disabled;

INTERCEPTOR (f)
{
  if (disabled)
    GOTO_RETURN ();		/* { dg-error "GOTO_RETURN. before .GOTO_TARGET" } */
  GOTO_TARGET (real);
}
