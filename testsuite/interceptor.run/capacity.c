/* { dg-do run } */
/* { dg-shouldfail "invocation stack exhausted" } */
/* Runaway recursion through the target of an interceptor with an exit
   part and an (effectively) unlimited MAX_RECURSION exhausts the
   thread's invocation stack: the runtime writes one line to stderr and
   aborts, never corrupts memory (SPEC 4.5).  The recursion runs on a
   thread with a large C stack, so that the invocation stack is what runs
   out first.  */

#include <pthread.h>
#include <interceptor.h>
#include "check.h"

extern long runaway (long);

__attribute__ ((noinline, noclone)) long
real_runaway (long n)
{
  return runaway (n + 1) + 1;	/* never ends */
}

MAX_RECURSION (100000000)
INTERCEPTOR (runaway)
{
  GOTO_TARGET (real_runaway);
  GOTO_RETURN ();
}

static void *
run (void *arg)
{
  (void) arg;
  fprintf (stderr, "start\n");
  runaway (0);
  fprintf (stderr, "not reached\n");
  return NULL;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t th;

  CHECK (pthread_attr_init (&attr) == 0);
  CHECK (pthread_attr_setstacksize (&attr, 64 << 20) == 0);
  CHECK (pthread_create (&th, &attr, run, NULL) == 0);
  pthread_join (th, NULL);
  return 0;
}

/* { dg-output "start\n" } */
/* { dg-output "interceptor: \[^\n\]*exhausted\[^\n\]*'runaway'" } */
