/* { dg-do compile } */
/* INTERCEPTOR inside a function: interceptors are defined at file scope
   (interceptor(7), DIAGNOSTICS).  GCC rejects the static nested function
   the macro makes; the plugin says what to do.  */

#include <interceptor.h>

extern int real (int);

void
outer (void)
{
  INTERCEPTOR (f)		/* { dg-error "INTERCEPTOR. inside a function: an interceptor is defined at file scope" } */
  {
    GOTO_TARGET (real);
  }
}
/* { dg-prune-output "invalid storage class for function" } */
