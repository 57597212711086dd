/* { dg-do compile } */
/* The same name in two interceptors of one translation unit: two
   definitions of one symbol.  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f, g)
{
  GOTO_TARGET (real);
}

INTERCEPTOR (g)			/* { dg-error ".g. is intercepted twice" } */
{
  GOTO_TARGET (real);
}
