/* { dg-do compile } */
/* INTERCEPTED_ARG belongs to the entry part.  */

#include <interceptor.h>

extern int real (int);
static int v;

INTERCEPTOR (f)
{
  GOTO_TARGET (real);		/* { dg-message "exit part of this" } */
  v = INTERCEPTED_ARG (int, 0);	/* { dg-error "INTERCEPTED_ARG. or .INTERCEPTED_SET_ARG. in the exit part" } */
  GOTO_RETURN ();
}
