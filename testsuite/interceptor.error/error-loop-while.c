/* { dg-do compile } */
/* GOTO_TARGET inside a while loop (SPEC 2.4), even one left at once.  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f)
{
  while (1)
    {
      GOTO_TARGET (real);	/* { dg-error "GOTO_TARGET. inside a loop" } */
      break;
    }
  GOTO_RETURN ();
}
