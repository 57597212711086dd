/* { dg-do compile } */
/* INTERCEPTOR_MAX_RECURSION redefined to a negative value (SPEC 2.3,
   2.4).  */

#include <interceptor.h>

extern int real (int);

#undef INTERCEPTOR_MAX_RECURSION
#define INTERCEPTOR_MAX_RECURSION (-2)

INTERCEPTOR (f)			/* { dg-error "MAX_RECURSION" } */
{
  GOTO_TARGET (real);
}
