/* { dg-do compile } */
/* { dg-options "-flto -ffat-lto-objects" } */
/* -flto -ffat-lto-objects too: a link with -flto would compile the
   bytecode again, without the plugin and its stubs (interceptor(7),
   DIAGNOSTICS).  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f)			/* { dg-error "cannot be compiled with .-flto -ffat-lto-objects." } */
{
  GOTO_TARGET (real);
}
