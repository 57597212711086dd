/* { dg-do run } */
/* { dg-shouldfail "recursion limit" } */
/* A limit taken from a redefined INTERCEPTOR_MAX_RECURSION (here 2) is
   enforced like MAX_RECURSION(2); the names of an interceptor count
   together, and the message names the interceptor (its label lists all
   its names) and the name it was entered through (SPEC 2.3).  */

#include <interceptor.h>
#include "check.h"

extern int lm_a (int);
extern int lm_b (int);
extern int other (int);

/* lm_a and lm_b call each other through the stubs.  */
__attribute__ ((noinline, noclone)) int
real_a (int n)
{
  return n > 0 ? lm_b (n - 1) + 1 : 0;
}

__attribute__ ((noinline, noclone)) int
real_b (int n)
{
  return n > 0 ? lm_a (n - 1) + 1 : 0;
}

__attribute__ ((noinline, noclone)) int real_other (int n) { return n; }

/* Still the header's 0.  */
INTERCEPTOR (other)
{
  GOTO_TARGET (real_other);
  GOTO_RETURN ();
}

#undef INTERCEPTOR_MAX_RECURSION
#define INTERCEPTOR_MAX_RECURSION 2

INTERCEPTOR (lm_a, lm_b)
{
  fprintf (stderr, "%s depth %u\n", INTERCEPTED_NAME, INTERCEPTED_DEPTH);
  GOTO_TARGET (strcmp (INTERCEPTED_NAME, "lm_a") == 0 ? real_a : real_b);
  GOTO_RETURN ();
}

int
main (void)
{
  CHECK (other (7) == 7);
  fprintf (stderr, "lm_a(2) = %d\n", lm_a (2));
  lm_a (3);			/* lm_a, lm_b, lm_a, then lm_b aborts */
  fprintf (stderr, "not reached\n");
  return 0;
}

/* { dg-output "lm_a depth 0\nlm_b depth 1\nlm_a depth 2\nlm_a\\(2\\) = 2\n" } */
/* { dg-output "lm_a depth 0\nlm_b depth 1\nlm_a depth 2\n" } */
/* { dg-output "interceptor: recursion limit exceeded in interceptor 'lm_a, lm_b' entered as 'lm_b'\[^\n\]*MAX_RECURSION\\(2\\) allows 2 nested re-entr" } */
