/* { dg-do compile } */
/* C++: the unit defines a function of the intercepted name with C++
   linkage -- another symbol, which its calls reach instead of the stub
   (interceptor(7), DIAGNOSTICS).  */

#include <interceptor.h>

extern "C" int real (int);

INTERCEPTOR (thing)		/* { dg-error "exports .thing., and this translation unit also defines a function .int thing\\(int\\). of another symbol .._Z5thingi..," } */
{
  GOTO_TARGET (real);
}

int
thing (int x)
{
  return x;
}
