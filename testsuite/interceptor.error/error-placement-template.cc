/* { dg-do compile } */
/* C++: INTERCEPTOR as a template, whose body is never instantiated: an
   interceptor is defined at namespace scope, outside templates
   (interceptor(7), DIAGNOSTICS).  */

#include <interceptor.h>

extern "C" int real (int);

template <int N>
INTERCEPTOR (templated)		/* { dg-error ".INTERCEPTOR. as a template: an interceptor is defined at namespace scope, outside templates" } */
{
  GOTO_TARGET (real);
}
