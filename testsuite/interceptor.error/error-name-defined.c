/* { dg-do compile } */
/* An intercepted name that the same translation unit also defines as a
   function: two definitions of one symbol.  */

#include <interceptor.h>

extern int real (int);

int
f (int x)
{
  return x;
}

INTERCEPTOR (f)			/* { dg-error ".f., which this translation unit also defines" } */
{
  GOTO_TARGET (real);
}
