/* { dg-do compile } */
/* GOTO_RETURN where no target has been called (SPEC 2.4).  */

#include <interceptor.h>

INTERCEPTOR (f)
{
  GOTO_RETURN ();		/* { dg-error "GOTO_RETURN. before .GOTO_TARGET" } */
}
