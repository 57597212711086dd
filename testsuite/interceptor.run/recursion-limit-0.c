/* { dg-do run } */
/* { dg-shouldfail "recursion limit" } */
/* Without MAX_RECURSION an interceptor takes INTERCEPTOR_MAX_RECURSION,
   0 by default: it is not re-entrant, and the first nested invocation
   (here through the target) aborts with one line on stderr
   (SPEC 2.3).  */

#include <interceptor.h>
#include "check.h"

extern int dflt (int);

__attribute__ ((noinline, noclone)) int
real_dflt (int n)
{
  return n > 0 ? dflt (n - 1) + 1 : 0;
}

INTERCEPTOR (dflt)
{
  GOTO_TARGET (real_dflt);
  fprintf (stderr, "dflt exit part\n");
  GOTO_RETURN ();
}

int
main (void)
{
  fprintf (stderr, "dflt(0) = %d\n", dflt (0));
  fprintf (stderr, "dflt(0) = %d\n", dflt (0));
  dflt (1);			/* re-enters: aborts */
  fprintf (stderr, "not reached\n");
  return 0;
}

/* { dg-output "dflt exit part\ndflt\\(0\\) = 0\ndflt exit part\ndflt\\(0\\) = 0\n" } */
/* { dg-output "interceptor: recursion limit exceeded in interceptor 'dflt' entered as 'dflt'\[^\n\]*MAX_RECURSION\\(0\\) allows 0 nested re-entr" } */
