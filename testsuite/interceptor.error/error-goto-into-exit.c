/* { dg-do compile } */
/* A goto from the entry part past GOTO_TARGET into the exit part: on
   that path GOTO_RETURN comes before any target (SPEC 2.4).  */

#include <interceptor.h>

extern int real (int);
static int skip;

INTERCEPTOR (f)
{
  if (skip)
    goto out;
  GOTO_TARGET (real);
 out:
  GOTO_RETURN ();		/* { dg-error "GOTO_RETURN. before .GOTO_TARGET" } */
}
