/* { dg-do compile } */
/* Misuse: INTERCEPTOR_STRICT on an ordinary function.  The error is at
   the macro.  */

#include <interceptor.h>

INTERCEPTOR_STRICT int		/* { dg-error "must be followed by 'INTERCEPTOR': the definition of 'not_an_interceptor' comes next" } */
not_an_interceptor (void)
{
  return 0;
}
