/* { dg-do compile } */
/* MAX_RECURSION in front of a variable (SPEC 2.3).  */

#include <interceptor.h>

MAX_RECURSION (1) static int counter;	/* { dg-error "MAX_RECURSION. must be followed by .INTERCEPTOR" } */

int
get (void)
{
  return counter;
}
