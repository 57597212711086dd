/* { dg-do compile } */
/* GOTO_TARGET inside a statement expression (SPEC 2.4).  */

#include <interceptor.h>

extern int real (int);
static int x;

INTERCEPTOR (f)
{
  x = ({ GOTO_TARGET (real); 1; });	/* { dg-error "GOTO_TARGET. must be used as a statement" } */
  GOTO_RETURN ();
}
