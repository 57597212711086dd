/* { dg-do compile } */
/* The typed accessors and INTERCEPTED_NAME outside a body: in a helper
   function and in a file-scope initializer (interceptor(7),
   DIAGNOSTICS).  */

#include <interceptor.h>

extern int real (int);

static const char *name = INTERCEPTED_NAME;	/* { dg-error ".INTERCEPTED_NAME. used outside an interceptor body" } */

static int
first_argument (void)
{
  return INTERCEPTED_ARG (int, 0);	/* { dg-error ".INTERCEPTED_ARG. used outside an interceptor body" } */
}

static void
fail_with (int e)
{
  INTERCEPTED_SET_RETURN (int, e);	/* { dg-error ".INTERCEPTED_RETURN. used outside an interceptor body" } */
}

INTERCEPTOR (f)
{
  if (first_argument () < 0 && name)
    {
      fail_with (-1);
      GOTO_RETURN ();
    }
  GOTO_TARGET (real);
}
