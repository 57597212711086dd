/* { dg-do compile } */
/* Misuse: the typed accessors in a strict interceptor.  */

#include <interceptor.h>

INTERCEPTOR_STRICT INTERCEPTOR (strict_read)
{
  long a = INTERCEPTED_ARG (long, 0); /* { dg-error "cannot be used in a strict interceptor" } */
  (void) a;
  GOTO_TARGET ((void *) 0);
  INTERCEPTED_SET_RETURN (int, 1); /* { dg-error "cannot be used in a strict interceptor" } */
  GOTO_RETURN ();
}
