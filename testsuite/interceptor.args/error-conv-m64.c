/* { dg-do compile } */
/* { dg-skip-variant "-m32" "tests an x86_64 diagnostic" } */
/* i386 conventions on x86_64, with an accessor or without one: the
   error is at INTERCEPTOR_CONVENTION.  */

#include <interceptor.h>

extern int real (int);
static int v;

INTERCEPTOR (f)
{
  INTERCEPTOR_CONVENTION (stdcall);	/* { dg-error ".stdcall. is an i386 convention: 64-bit code has .sysv_abi. \\(the default\\) and .ms_abi." } */
  v = INTERCEPTED_ARG (int, 0);
  GOTO_TARGET (real);
}

INTERCEPTOR (g)
{
  INTERCEPTOR_CONVENTION (stdcall);	/* { dg-error ".stdcall. is an i386 convention" } */
  GOTO_TARGET (real);
}

INTERCEPTOR (h)
{
  INTERCEPTOR_CONVENTION (sysv_abi, ms_abi);	/* { dg-error ".sysv_abi. and .ms_abi. do not combine" } */
  GOTO_TARGET (real);
}
