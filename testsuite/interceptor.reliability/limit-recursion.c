/* { dg-do run } */
/* { dg-shouldfail "recursion limit" } */
/* The recursion-limit message names the interceptor (all its names, and
   the one it was entered through) and its limit (SPEC 2.3, 4.5): one
   line, then abort() (SIGABRT, seen by a handler that returns).  Up to
   the limit, recursion works: MAX_RECURSION(3) allows three nested
   re-entries through the target, the fourth aborts.  */

#include <signal.h>
#include <unistd.h>
#include <interceptor.h>
#include "check.h"

extern int lim_a (int);
extern int lim_b (int);

__attribute__ ((noinline, noclone)) int
real_lim (int n)
{
  return n > 0 ? lim_b (n - 1) + 1 : 0;
}

MAX_RECURSION (3)
INTERCEPTOR (lim_a, lim_b)
{
  GOTO_TARGET (real_lim);
  GOTO_RETURN ();
}

int
main (void)
{
  setvbuf (stdout, NULL, _IONBF, 0);
  setvbuf (stderr, NULL, _IONBF, 0);
  signal (SIGABRT, on_abrt);
  CHECK (lim_a (3) == 3);	/* depths 0..3 */
  CHECK (interceptor_thread_depth () == 0);
  fprintf (stderr, "ok up to the limit\n");
  lim_a (4);			/* the fifth nested invocation aborts */
  fprintf (stderr, "not reached\n");
  return 0;
}

/* { dg-output "^ok up to the limit\n" } */
/* { dg-output "interceptor: recursion limit exceeded in interceptor 'lim_a, lim_b' entered as 'lim_b': MAX_RECURSION\\(3\\) allows 3 nested re-entries per thread\n" } */
/* { dg-output "caught SIGABRT\n$" } */
