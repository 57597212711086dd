/* { dg-do compile } */
/* GOTO_TARGET inside a do-while loop (SPEC 2.4), even one left at
   once.  */

#include <interceptor.h>

extern int real (int);
static int tries;

INTERCEPTOR (f)
{
  do
    {
      tries++;
      GOTO_TARGET (real);	/* { dg-error "GOTO_TARGET. inside a loop" } */
      break;
    }
  while (tries < 3);
  GOTO_RETURN ();
}
