/* { dg-do compile } */
/* An index beyond INTERCEPTOR_PROTOTYPE, or negative.  */

#include <interceptor.h>

extern int real (int);
static int v;

INTERCEPTOR (f)
{
  INTERCEPTOR_PROTOTYPE (const char *, int);
  v = INTERCEPTED_ARG (int, 1);
  v = INTERCEPTED_ARG (int, 2);	/* { dg-error "index 2 out of range: .INTERCEPTOR_PROTOTYPE. names 2 arguments" } */
  v = INTERCEPTED_ARG (int, -1);	/* { dg-error "negative index -1" } */
  GOTO_TARGET (real);
}
