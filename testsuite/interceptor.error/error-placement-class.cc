/* { dg-do compile } */
/* C++: INTERCEPTOR in a class: an interceptor is defined at namespace
   scope (interceptor(7), DIAGNOSTICS).  */

#include <interceptor.h>

extern "C" int real (int);

struct holder
{
  INTERCEPTOR (member)		/* { dg-error ".INTERCEPTOR. inside a class: an interceptor is defined at namespace scope" } */
  {
    GOTO_TARGET (real);
  }
};
