/* { dg-do compile } */
/* A helper function called from a body is still outside the body
   (SPEC 2.4): INTERCEPTED_NAME belongs to the body itself.  */

#include <stdio.h>
#include <interceptor.h>

extern int real (int);

static void
log_call (void)
{
  puts (INTERCEPTED_NAME);	/* { dg-error "INTERCEPTED_NAME. used outside an interceptor body" } */
}

INTERCEPTOR (f)
{
  log_call ();
  GOTO_TARGET (real);
}
