/* { dg-do run } */
/* { dg-timeout 120 } */
/* Any number of threads may run interceptors at once (SPEC 4.1), and the
   recursion limit and INTERCEPTED_DEPTH are per thread (SPEC 2.3):

   1. four threads are inside the same non-re-entrant (MAX_RECURSION(0))
      exit-part interceptor at the same time -- the target waits on a
      barrier until all four have arrived -- and none aborts;
   2. then they hammer it and a transparent one, each call checking its
      arguments, its return value, and that the body's locals carry the
      thread's own values into the exit part.  */

#include <pthread.h>
#include <sched.h>
#include <interceptor.h>
#include "check.h"

#define NTHREADS 4
#define ITERS 20000

extern long tsum (long, long, long);
extern long tplain (long, long);

static pthread_barrier_t all_inside;
static int use_barrier;
static __thread long my_tag;
static long exits[NTHREADS];
static long bad;

__attribute__ ((noinline, noclone)) long
real_tsum (long tag, long a, long b)
{
  if (tag != my_tag)
    __atomic_add_fetch (&bad, 1, __ATOMIC_SEQ_CST);
  if (use_barrier)
    pthread_barrier_wait (&all_inside);
  else if ((a & 63) == 0)
    sched_yield ();
  return tag * 1000000 + a * 3 + b;
}

MAX_RECURSION (0)
INTERCEPTOR (tsum)
{
  long tag = my_tag;
  unsigned int depth = INTERCEPTED_DEPTH;
  char text[32];

  snprintf (text, sizeof text, "thread-%ld", tag);
  GOTO_TARGET (real_tsum);

  if (depth != 0 || INTERCEPTED_DEPTH != 0 || tag != my_tag)
    __atomic_add_fetch (&bad, 1, __ATOMIC_SEQ_CST);
  {
    char expect[32];
    snprintf (expect, sizeof expect, "thread-%ld", my_tag);
    if (strcmp (text, expect) != 0)
      __atomic_add_fetch (&bad, 1, __ATOMIC_SEQ_CST);
  }
  exits[tag]++;			/* each thread its own counter */
  GOTO_RETURN ();
}

__attribute__ ((noinline, noclone)) long
real_tplain (long a, long b)
{
  return a ^ b;
}

INTERCEPTOR (tplain)
{
  GOTO_TARGET (real_tplain);
}

static void *
worker (void *arg)
{
  long tag = (long) arg;
  long i;

  my_tag = tag;

  /* Phase 1: all threads inside tsum at once.  */
  if (tsum (tag, 5, 6) != tag * 1000000 + 21)
    __atomic_add_fetch (&bad, 1, __ATOMIC_SEQ_CST);
  pthread_barrier_wait (&all_inside);	/* phase 1 over for everybody */

  /* Phase 2.  */
  for (i = 0; i < ITERS; i++)
    {
      if (tsum (tag, i, tag) != tag * 1000000 + 3 * i + tag)
	__atomic_add_fetch (&bad, 1, __ATOMIC_SEQ_CST);
      if (tplain (i, tag << 20) != (i ^ (tag << 20)))
	__atomic_add_fetch (&bad, 1, __ATOMIC_SEQ_CST);
    }
  return NULL;
}

int
main (void)
{
  pthread_t th[NTHREADS];
  long i;

  pthread_barrier_init (&all_inside, NULL, NTHREADS + 1);
  use_barrier = 1;
  for (i = 0; i < NTHREADS; i++)
    CHECK (pthread_create (&th[i], NULL, worker, (void *) i) == 0);

  /* The targets of phase 1 wait for each other and for main...  */
  pthread_barrier_wait (&all_inside);
  /* ...then the workers wait (second round of the barrier, outside the
     target) until main says phase 1 is over: no worker gets past it, to
     phase 2, before main has cleared use_barrier and arrived.  */
  use_barrier = 0;
  pthread_barrier_wait (&all_inside);

  for (i = 0; i < NTHREADS; i++)
    CHECK (pthread_join (th[i], NULL) == 0);

  CHECK (bad == 0);
  for (i = 0; i < NTHREADS; i++)
    CHECK (exits[i] == ITERS + 1);
  return 0;
}
