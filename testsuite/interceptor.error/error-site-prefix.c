/* { dg-do compile } */
/* What may stand in front of INTERCEPTOR (interceptor(3), INTERCEPTOR):
   MAX_RECURSION, INTERCEPTOR_STRICT, extern, __attribute__ ((weak))
   (weak stubs) and attributes of the body such as optimize; static,
   which contradicts the global stubs, and inline would be ignored, so
   each is an error at its line.  */

#include <interceptor.h>

extern int real (int);

static INTERCEPTOR (f)		/* { dg-error ".static. in front of .INTERCEPTOR." } */
{
  GOTO_TARGET (real);
}

inline INTERCEPTOR (g)		/* { dg-error ".inline. in front of .INTERCEPTOR." } */
{
  GOTO_TARGET (real);
}

extern INTERCEPTOR (i)
{
  GOTO_TARGET (real);
}

INTERCEPTOR_STRICT
MAX_RECURSION (2)
__attribute__ ((weak, optimize ("O1"))) INTERCEPTOR (j)
{
  GOTO_TARGET (real);
}

/* { dg-prune-output "declared but never defined" } */
