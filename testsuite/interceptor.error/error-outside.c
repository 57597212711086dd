/* { dg-do compile } */
/* The macros of <interceptor.h> outside an interceptor body (SPEC 2.4),
   each in an ordinary function of its own.  */

#include <interceptor.h>

extern int real (int);

void
uses_goto_target (void)
{
  GOTO_TARGET (real);		/* { dg-error "GOTO_TARGET. used outside an interceptor body" } */
}

void
uses_goto_return (void)
{
  GOTO_RETURN ();		/* { dg-error "GOTO_RETURN. used outside an interceptor body" } */
}

const char *
uses_name (void)
{
  return INTERCEPTED_NAME;	/* { dg-error "INTERCEPTED_NAME. used outside an interceptor body" } */
}

unsigned int
uses_depth (void)
{
  return INTERCEPTED_DEPTH;	/* { dg-error "INTERCEPTED_DEPTH. used outside an interceptor body" } */
}
