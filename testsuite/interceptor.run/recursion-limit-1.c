/* { dg-do run } */
/* { dg-shouldfail "recursion limit" } */
/* MAX_RECURSION(1): one nested re-entry (through the target) is fine;
   the second writes one line naming the interceptor and its limit to
   stderr and aborts (SPEC 2.3).  */

#include <interceptor.h>
#include "check.h"

extern int lim1 (int);

__attribute__ ((noinline, noclone)) int
real_lim1 (int n)
{
  return n > 0 ? lim1 (n - 1) + 1 : 0;
}

MAX_RECURSION (1)
INTERCEPTOR (lim1)
{
  fprintf (stderr, "lim1 depth %u\n", INTERCEPTED_DEPTH);
  GOTO_TARGET (real_lim1);
  GOTO_RETURN ();
}

int
main (void)
{
  fprintf (stderr, "lim1(1) = %d\n", lim1 (1));
  lim1 (2);			/* the third nested invocation aborts */
  fprintf (stderr, "not reached\n");
  return 0;
}

/* { dg-output "lim1\\(1\\) = 1\n" } */
/* { dg-output "lim1 depth 0\nlim1 depth 1\n" } */
/* { dg-output "interceptor: recursion limit exceeded in interceptor 'lim1' entered as 'lim1'\[^\n\]*MAX_RECURSION\\(1\\) allows 1 nested re-entr" } */
