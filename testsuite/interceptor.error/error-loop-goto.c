/* { dg-do compile } */
/* GOTO_TARGET inside a loop made with goto (SPEC 2.4): a retry loop
   calling the target again.  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f)
{
  int attempts = 0;

 again:
  attempts++;
  GOTO_TARGET (real);		/* { dg-error "GOTO_TARGET. inside a loop" } */
  if (attempts < 3)
    goto again;
  GOTO_RETURN ();
}
