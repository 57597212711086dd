/* { dg-do compile } */
/* MAX_RECURSION in front of an ordinary function instead of INTERCEPTOR
   (SPEC 2.3).  */

#include <interceptor.h>

MAX_RECURSION (1) int ordinary (void) { return 0; }	/* { dg-error "MAX_RECURSION. must be followed by .INTERCEPTOR" } */
