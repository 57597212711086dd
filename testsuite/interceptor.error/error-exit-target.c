/* { dg-do compile } */
/* GOTO_TARGET in the exit part of another GOTO_TARGET (SPEC 2.4): an
   invocation calls one target.  */

#include <interceptor.h>

extern int real (int);
extern int other (int);
static int count;

INTERCEPTOR (f)
{
  GOTO_TARGET (real);
  count++;
  GOTO_TARGET (other);		/* { dg-error "GOTO_TARGET. in the exit part" } */
  GOTO_RETURN ();
}
