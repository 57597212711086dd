/* { dg-do compile } */
/* { dg-options "-flto -ffat-lto-objects" } */
/* C++: -flto -ffat-lto-objects, refused as plain -flto is
   (interceptor(7), DIAGNOSTICS).  */

#include <interceptor.h>

extern "C" int real (int);

INTERCEPTOR (f)			/* { dg-error "cannot be compiled with .-flto -ffat-lto-objects." } */
{
  GOTO_TARGET (real);
}
