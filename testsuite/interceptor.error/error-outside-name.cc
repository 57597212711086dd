/* { dg-do compile } */
/* C++: INTERCEPTED_NAME and INTERCEPTED_DEPTH outside a body -- in the
   initializers of namespace-scope variables, which C++ runs at start-up,
   and in a helper (interceptor(7), DIAGNOSTICS).  */

#include <interceptor.h>

extern "C" int real (int);

static const char *name = INTERCEPTED_NAME;	/* { dg-error ".INTERCEPTED_NAME. used outside an interceptor body" } */
static unsigned depth = INTERCEPTED_DEPTH;	/* { dg-error ".INTERCEPTED_DEPTH. used outside an interceptor body" } */

static unsigned
helper ()
{
  return INTERCEPTED_DEPTH;	/* { dg-error ".INTERCEPTED_DEPTH. used outside an interceptor body" } */
}

INTERCEPTOR (f)
{
  if (name && depth && helper ())
    GOTO_RETURN ();
  GOTO_TARGET (real);
}
