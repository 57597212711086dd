/* { dg-do compile } */
/* GOTO_RETURN inside an expression (SPEC 2.4).  */

#include <interceptor.h>

extern int real (int);
static int count;

INTERCEPTOR (f)
{
  GOTO_TARGET (real);
  count = (GOTO_RETURN (), 0);	/* { dg-error "GOTO_RETURN. must be used as a statement" } */
}
