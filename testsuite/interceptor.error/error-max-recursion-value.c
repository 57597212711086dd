/* { dg-do compile } */
/* Bad recursion limits, reported at MAX_RECURSION's own line
   (interceptor(7), DIAGNOSTICS).  */

#include <interceptor.h>

extern int real (int);
static int var = 1;

MAX_RECURSION ()		/* { dg-error "MAX_RECURSION. needs a non-negative integer constant" } */
INTERCEPTOR (f)
{
  GOTO_TARGET (real);
}

MAX_RECURSION (-1)		/* { dg-error "MAX_RECURSION. needs a non-negative integer constant" } */
INTERCEPTOR (g)
{
  GOTO_TARGET (real);
}

MAX_RECURSION (var)		/* { dg-error "MAX_RECURSION. needs a non-negative integer constant" } */
INTERCEPTOR (h)
{
  GOTO_TARGET (real);
}

MAX_RECURSION (1ULL << 40)	/* { dg-error "MAX_RECURSION. needs a non-negative integer constant below 2\\^32" } */
INTERCEPTOR (i)
{
  GOTO_TARGET (real);
}

MAX_RECURSION (1.5)		/* { dg-error "MAX_RECURSION. needs a non-negative integer constant" } */
INTERCEPTOR (j)
{
  GOTO_TARGET (real);
}
