/* { dg-do compile } */
/* `return' in an interceptor body (SPEC 2.4): the body is not a
   function the caller returns from.  */

#include <interceptor.h>

extern int real (int);
static int disabled;

INTERCEPTOR (f)
{
  if (disabled)
    return 0;			/* { dg-error ".return. in an interceptor body" } */
  /* { dg-warning "with a value, in function returning void" "the C front end says it too" { target *-*-* } 13 } */
  GOTO_TARGET (real);
}
