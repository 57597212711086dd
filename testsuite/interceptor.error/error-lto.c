/* { dg-do compile } */
/* { dg-options "-flto" } */
/* Interceptors compiled with -flto (interceptor(7), DIAGNOSTICS).  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f)			/* { dg-error "interceptors cannot be compiled with .-flto.: compile this file with .-fno-lto." } */
{
  GOTO_TARGET (real);
}
