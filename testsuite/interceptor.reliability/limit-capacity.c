/* { dg-do run } */
/* { dg-shouldfail "invocation stack exhausted" } */
/* Runaway recursion through the target of an exit-part interceptor
   exhausts the thread's invocation stack (SPEC 4.5): exactly one line on
   stderr, naming the interceptor, then abort() -- SIGABRT, seen here by
   a handler that returns, after which the process dies of it -- and no
   memory corruption before (a canary after each frame's locals and the
   values of all locals are checked on every level, on the way down).
   The recursion runs on a thread with a large C stack, so that the
   invocation stack is what runs out first.  */

#include <pthread.h>
#include <signal.h>
#include <unistd.h>
#include <interceptor.h>
#include "check.h"

extern long runaway (long);

__attribute__ ((noinline, noclone)) long
real_runaway (long n)
{
  return runaway (n + 1) + 1;	/* never ends */
}

static long levels;

MAX_RECURSION (100000000)
INTERCEPTOR (runaway)
{
  long n_copy;
  char buf[40];
  long canary;

  /* Reached with the argument in the first register; locals must be
     intact until the target runs.  */
  n_copy = levels;
  memset (buf, (int) (n_copy & 0x7f), sizeof buf);
  canary = 0x0123456789abcdefL ^ n_copy;
  if (INTERCEPTED_DEPTH != (unsigned long) n_copy)
    {
      static const char m[] = "wrong depth\n";
      write (2, m, sizeof m - 1);
    }
  levels++;
  GOTO_TARGET (real_runaway);
  if (canary != (0x0123456789abcdefL ^ n_copy) || buf[0] != (char) (n_copy & 0x7f))
    abort ();
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

  setvbuf (stderr, NULL, _IONBF, 0);
  signal (SIGABRT, on_abrt);
  CHECK (pthread_attr_init (&attr) == 0);
  CHECK (pthread_attr_setstacksize (&attr, 64 << 20) == 0);
  CHECK (pthread_create (&th, &attr, run, NULL) == 0);
  pthread_join (th, NULL);
  return 0;
}

/* Nothing but these three lines.  */
/* { dg-output "^start\n" } */
/* { dg-output "interceptor: per-thread invocation stack exhausted \[^\n\]*entering 'runaway' at depth \[0-9\]+; \[^\n\]*\n" } */
/* { dg-output "caught SIGABRT\n$" } */
