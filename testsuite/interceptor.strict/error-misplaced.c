/* { dg-do compile } */
/* Misuse: INTERCEPTOR_STRICT on an ordinary function.  */

#include <interceptor.h>

INTERCEPTOR_STRICT int
not_an_interceptor (void) /* { dg-error "must be followed by 'INTERCEPTOR'" } */
{
  return 0;
}
