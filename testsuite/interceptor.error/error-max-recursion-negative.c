/* { dg-do compile } */
/* MAX_RECURSION with a negative value (SPEC 2.3, 2.4).  */

#include <interceptor.h>

extern int real (int);

MAX_RECURSION (-1) INTERCEPTOR (f)	/* { dg-error "MAX_RECURSION" } */
{
  GOTO_TARGET (real);
}
