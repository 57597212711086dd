/* { dg-do compile } */
/* MAX_RECURSION with a value that is not a constant (SPEC 2.3, 2.4).  */

#include <interceptor.h>

extern int real (int);
int limit = 2;

MAX_RECURSION (limit) INTERCEPTOR (f)	/* { dg-error "MAX_RECURSION" } */
{
  GOTO_TARGET (real);
}
