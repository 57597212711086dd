/* { dg-do compile } */
/* { dg-skip-variant "-m32" "ms_abi is an x86_64 convention" } */
/* ms_abi passes long double by reference.  */

#include <interceptor.h>

extern int real (int);
static long double v;

INTERCEPTOR (f)
{
  INTERCEPTOR_CONVENTION (ms_abi);
  v = INTERCEPTED_ARG (long double, 0);	/* { dg-error "ms_abi. passes .long double. by reference" } */
  GOTO_TARGET (real);
}
