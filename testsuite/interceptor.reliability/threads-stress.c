/* { dg-do run } */
/* { dg-timeout 120 } */
/* Many threads call interceptors at once, millions of times in total
   (SPEC 4.1): transparent and exit-part interceptors, nested ones (a
   target calling other interceptors), recursion through a target up to
   the MAX_RECURSION limit, and an entry part re-entering its own
   interceptor up to its limit.  Every return value, argument and
   INTERCEPTED_DEPTH is checked, and every thread's invocation stack is
   empty when it ends.  Threads come and go in waves, so that the
   per-thread stacks are reserved and released concurrently too.  */

#include <pthread.h>
#include <interceptor.h>
#include "check.h"

#define NTHREADS 8
#define WAVES 3
#define ITERS 40000
#define REC_LIMIT 3

extern long s_plain (long, long);
extern long s_exit (long, long);
extern long s_nest (long, long);
extern long s_rec (long, long);
extern long s_self (long, long);

static long bad, calls;

#define BAD() __atomic_add_fetch (&bad, 1, __ATOMIC_RELAXED)

__attribute__ ((noinline, noclone)) long
real_s_plain (long a, long b)
{
  return a * 7 + b;
}

__attribute__ ((noinline, noclone)) long
real_s_exit (long a, long b)
{
  return a - b * 3;
}

/* Calls two other interceptors.  */
__attribute__ ((noinline, noclone)) long
real_s_nest (long a, long b)
{
  return s_exit (a, b) + s_plain (b, a);
}

/* Recursion through the target: depth A.  */
__attribute__ ((noinline, noclone)) long
real_s_rec (long a, long b)
{
  return a > 0 ? s_rec (a - 1, b) + 1 : b;
}

__attribute__ ((noinline, noclone)) long
real_s_self (long a, long b)
{
  return a ^ b;
}

INTERCEPTOR (s_plain)
{
  if (INTERCEPTED_DEPTH != 0)
    BAD ();
  GOTO_TARGET (real_s_plain);
}

INTERCEPTOR (s_exit)
{
  unsigned int d = INTERCEPTED_DEPTH;
  long tag = (long) pthread_self ();
  GOTO_TARGET (real_s_exit);
  if (d != 0 || INTERCEPTED_DEPTH != 0 || tag != (long) pthread_self ())
    BAD ();
  GOTO_RETURN ();
}

INTERCEPTOR (s_nest)
{
  long tag = (long) pthread_self ();
  GOTO_TARGET (real_s_nest);
  if (INTERCEPTED_DEPTH != 0 || tag != (long) pthread_self ())
    BAD ();
  GOTO_RETURN ();
}

/* The target recurses: the invocation of depth D encloses D others.  */
static __thread long rec_level;

MAX_RECURSION (REC_LIMIT)
INTERCEPTOR (s_rec)
{
  long level = rec_level++;
  if (INTERCEPTED_DEPTH != level)
    BAD ();
  GOTO_TARGET (real_s_rec);
  if (INTERCEPTED_DEPTH != level || --rec_level != level)
    BAD ();
  GOTO_RETURN ();
}

/* Transparent, but its entry part calls itself (a helper it uses is
   intercepted, say) until the limit.  */
static __thread unsigned int self_level;

MAX_RECURSION (REC_LIMIT)
INTERCEPTOR (s_self)
{
  if (INTERCEPTED_DEPTH != self_level)
    BAD ();
  if (self_level < REC_LIMIT)
    {
      self_level++;
      if (s_self (5, 6) != 3)
	BAD ();
      self_level--;
    }
  GOTO_TARGET (real_s_self);
}

static void *
worker (void *arg)
{
  long t = (long) arg, i, n = 0;

  if (interceptor_thread_depth () != 0)
    BAD ();
  for (i = 0; i < ITERS; i++)
    {
      long a = i * 13 + t, b = t - i;

      if (s_plain (a, b) != a * 7 + b)
	BAD ();
      if (s_exit (a, b) != a - b * 3)
	BAD ();
      if (s_nest (a, b) != (a - b * 3) + (b * 7 + a))
	BAD ();
      n += 5;
      if ((i & 7) == 0)
	{
	  long depth = i % (REC_LIMIT + 1);	/* up to the limit */
	  if (s_rec (depth, b) != b + depth)
	    BAD ();
	  n += depth + 1;
	}
      if ((i & 7) == 4)
	{
	  if (s_self (i, t) != (i ^ t))
	    BAD ();
	  n += REC_LIMIT + 1;
	}
    }
  if (interceptor_thread_depth () != 0 || thread_stack_used () != 0
      || rec_level != 0 || self_level != 0)
    BAD ();
  __atomic_add_fetch (&calls, n, __ATOMIC_RELAXED);
  return NULL;
}

int
main (void)
{
  pthread_t th[NTHREADS];
  long w, i;

  for (w = 0; w < WAVES; w++)
    {
      for (i = 0; i < NTHREADS; i++)
	CHECK (pthread_create (&th[i], NULL, worker,
			       (void *) (w * NTHREADS + i)) == 0);
      for (i = 0; i < NTHREADS; i++)
	CHECK (pthread_join (th[i], NULL) == 0);
    }
  CHECK (bad == 0);
  CHECK (interceptor_thread_depth () == 0);
  CHECK (calls > 5000000);
  printf ("threads-stress: %ld interceptor calls\n", calls);
  return 0;
}

/* { dg-output "threads-stress: \[0-9\]+ interceptor calls" } */
