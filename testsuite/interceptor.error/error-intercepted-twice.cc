/* { dg-do compile } */
/* C++: the same name in two interceptors of one translation unit
   (interceptor(3), INTERCEPTOR): the plugin's error at the second, not
   the compiler's about the header's internals.  */

#include <interceptor.h>

extern "C" int real (int);

INTERCEPTOR (f, g)
{
  GOTO_TARGET (real);
}

INTERCEPTOR (g)			/* { dg-error ".g. is intercepted twice" } */
{
  GOTO_TARGET (real);
}
