/* { dg-do compile } */
/* GOTO_TARGET with a floating-point value (SPEC 2.2, 2.4).  */

#include <interceptor.h>

static double where = 1.0;

INTERCEPTOR (f)
{
  GOTO_TARGET (where);		/* { dg-error "GOTO_TARGET. needs a pointer" } */
}
