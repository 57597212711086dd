/* { dg-do run } */
/* { dg-shouldfail "invocation stack exhausted" } */
/* Locals that take a good part of the per-thread invocation stack (300
   KiB of its 1 MiB; the compiler warns): the fourth nested invocation
   cannot get its frame, and the one line on stderr blames the locals and
   their size, not recursion (interceptor(7), DIAGNOSTICS).  */

#include <signal.h>
#include <interceptor.h>
#include "check.h"

extern long deep (long);

__attribute__ ((noinline, noclone)) long
real_deep (long n)
{
  return n > 0 ? deep (n - 1) + 1 : 0;
}

MAX_RECURSION (100)
INTERCEPTOR (deep)
{
  char buf[300 * 1024];		/* { dg-warning "the locals of interceptor .deep. take" } */
  buf[0] = 1;
  GOTO_TARGET (real_deep);
  buf[1] = buf[0];
  GOTO_RETURN ();
}

int
main (void)
{
  setvbuf (stderr, NULL, _IONBF, 0);
  signal (SIGABRT, on_abrt);
  fprintf (stderr, "%ld\n", deep (2));
  deep (5);
  fprintf (stderr, "not reached\n");
  return 0;
}

/* { dg-output "^2\n" } */
/* { dg-output "interceptor: per-thread invocation stack exhausted \\(1048576 bytes\\) entering 'deep' at depth 3; the locals of interceptor 'deep' take 30720\[0-9\] bytes per invocation: make large buffers static or malloc them\n" } */
/* { dg-output "caught SIGABRT\n$" } */
