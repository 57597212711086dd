/* { dg-do run } */
/* { dg-shouldfail "recursion limit" } */
/* A transparent interceptor is active until it jumps to its target, so
   calling its own name from its entry part nests (SPEC 2.3).  With
   MAX_RECURSION(1) the third nested invocation aborts with one line on
   stderr, instead of recursing until the stack overflows.  */

#include <interceptor.h>
#include "check.h"

extern int selfish (int);

__attribute__ ((noinline, noclone)) int real_selfish (int n) { return n; }

MAX_RECURSION (1)
INTERCEPTOR (selfish)
{
  fprintf (stderr, "selfish depth %u\n", INTERCEPTED_DEPTH);
  selfish (0);			/* always: unbounded without the limit */
  GOTO_TARGET (real_selfish);
}

int
main (void)
{
  selfish (1);
  fprintf (stderr, "not reached\n");
  return 0;
}

/* { dg-output "selfish depth 0\nselfish depth 1\n" } */
/* { dg-output "interceptor: recursion limit exceeded in interceptor 'selfish' entered as 'selfish'\[^\n\]*MAX_RECURSION\\(1\\) allows 1 nested re-entr" } */
