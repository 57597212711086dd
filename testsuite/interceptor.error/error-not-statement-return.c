/* { dg-do compile } */
/* GOTO_RETURN inside an expression (interceptor(7), DIAGNOSTICS).
   GOTO_RETURN() is a statement expression (the marker and a 'return'),
   so the plugin, not a syntax error, reports it at this line.  */

#include <interceptor.h>

extern int real (int);
static int count;

INTERCEPTOR (f)
{
  GOTO_TARGET (real);
  count = (GOTO_RETURN (), 0);	/* { dg-error ".GOTO_RETURN\\(\\). must be used as a statement of its own, not inside an expression" } */
}
