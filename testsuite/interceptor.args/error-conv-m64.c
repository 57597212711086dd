/* { dg-do compile } */
/* { dg-skip-variant "-m32" "tests an x86_64 diagnostic" } */
/* An i386 convention on x86_64.  */

#include <interceptor.h>

extern int real (int);
static int v;

INTERCEPTOR (f)
{
  INTERCEPTOR_CONVENTION (stdcall);
  v = INTERCEPTED_ARG (int, 0);	/* { dg-error "only .sysv_abi. and .ms_abi. apply to 64-bit code" } */
  GOTO_TARGET (real);
}
