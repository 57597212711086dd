/* { dg-do run } */
/* An interceptor may run in a signal handler that interrupted the stub,
   the runtime or the body of an interceptor on the same thread
   (SPEC 4.1).  A timer signal fires every 100 microseconds while the
   main program calls an exit-part interceptor in a loop; the handler
   calls the same interceptor (MAX_RECURSION(1): the interrupted
   invocation may be active) and another one.  Every call must return
   the right value and the depths must be consistent.  The body uses
   only async-signal-safe operations.  */

#include <signal.h>
#include <sys/time.h>
#include <time.h>
#include <interceptor.h>
#include "check.h"

extern long sig_fn (long, long);
extern long sig_other (long);

static volatile sig_atomic_t in_handler, handler_calls, handler_bad;
static volatile sig_atomic_t bad_depth;

__attribute__ ((noinline, noclone)) long real_sig_fn (long a, long b) { return a * 5 - b; }
__attribute__ ((noinline, noclone)) long real_sig_other (long a) { return ~a; }

MAX_RECURSION (1)
INTERCEPTOR (sig_fn)
{
  unsigned int depth = INTERCEPTED_DEPTH;
  long mark = 0x5a5a5a5a;

  /* Depth 1 only in the handler, and only when it interrupted an
     active invocation.  */
  if (depth > 1 || (depth == 1 && !in_handler))
    bad_depth = 1;
  GOTO_TARGET (real_sig_fn);
  if (depth != INTERCEPTED_DEPTH || mark != 0x5a5a5a5a)
    bad_depth = 1;
  GOTO_RETURN ();
}

INTERCEPTOR (sig_other)
{
  if (INTERCEPTED_DEPTH != 0)
    bad_depth = 1;
  GOTO_TARGET (real_sig_other);
  GOTO_RETURN ();
}

static void
handler (int sig)
{
  long k = handler_calls;

  (void) sig;
  in_handler = 1;
  if (sig_fn (k, 3) != k * 5 - 3)
    handler_bad = 1;
  if (sig_other (k) != ~k)
    handler_bad = 1;
  in_handler = 0;
  handler_calls = handler_calls + 1;
}

int
main (void)
{
  struct sigaction sa;
  struct itimerval it;
  struct timespec t0, t;
  long i;

  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sigemptyset (&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  CHECK (sigaction (SIGALRM, &sa, NULL) == 0);

  it.it_interval.tv_sec = 0;
  it.it_interval.tv_usec = 100;
  it.it_value = it.it_interval;
  CHECK (setitimer (ITIMER_REAL, &it, NULL) == 0);

  clock_gettime (CLOCK_MONOTONIC, &t0);
  for (i = 0;; i++)
    {
      CHECK (sig_fn (i, i & 0xff) == i * 5 - (i & 0xff));
      if ((i & 0x3ff) == 0)
	{
	  clock_gettime (CLOCK_MONOTONIC, &t);
	  if (t.tv_sec - t0.tv_sec >= 2
	      || (handler_calls >= 2000 && t.tv_sec > t0.tv_sec))
	    break;
	}
    }

  memset (&it, 0, sizeof it);
  CHECK (setitimer (ITIMER_REAL, &it, NULL) == 0);

  printf ("%ld calls, %d in the signal handler\n", i, (int) handler_calls);
  CHECK (handler_bad == 0);
  CHECK (bad_depth == 0);
  CHECK (handler_calls > 0);
  return 0;
}
