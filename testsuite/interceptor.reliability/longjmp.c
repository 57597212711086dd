/* { dg-do run } */
/* longjmp and siglongjmp out of a target, through one or several
   exit-part interceptors, leave nothing stale that breaks later returns
   (SPEC 4.3):
   * the abandoned exit parts never run;
   * afterwards the same MAX_RECURSION(0) interceptors are entered again
     from the frame that called setjmp, from a deeper frame (whose
     return-address slots lie below the abandoned ones) and from a
     shallower one, see depth 0 and return the right values;
   * the abandoned invocations are gone from the invocation stack
     (interceptor_thread_depth () is 0), also when a target tail-calls
     the next interceptor's stub (at -O2) and when a signal handler
     siglongjmp()s out of a target;
   * repeated many times, nothing accumulates.  */

#include <setjmp.h>
#include <signal.h>
#include <interceptor.h>
#include "check.h"

extern long lj_a (long);
extern long lj_b (long);
extern long lj_c (long);

static jmp_buf env;
static sigjmp_buf senv;
static int use_sig;
static long exits_a, exits_b, exits_c, bad;

__attribute__ ((noinline, noclone)) static void
jump_out (long x)
{
  if (use_sig == 1)
    siglongjmp (senv, (int) x);
  if (use_sig == 2)
    raise (SIGUSR1);		/* the handler siglongjmp()s */
  longjmp (env, (int) x);
}

/* lj_c's target jumps out when its argument is negative.  */
__attribute__ ((noinline, noclone)) long
real_lj_c (long x)
{
  if (x < 0)
    jump_out (-x);
  return x + 3;
}

/* lj_b's target calls lj_c (a tail call at -O2).  */
__attribute__ ((noinline, noclone)) long
real_lj_b (long x)
{
  return lj_c (x);
}

/* lj_a's target calls lj_b, not as a tail call.  */
__attribute__ ((noinline, noclone)) long
real_lj_a (long x)
{
  long r = lj_b (x);
  return r * 2;
}

#define LJ(name, target, counter)		\
  MAX_RECURSION (0)				\
  INTERCEPTOR (name)				\
  {						\
    long tag = 0x1234;				\
    if (INTERCEPTED_DEPTH != 0)			\
      bad++;					\
    GOTO_TARGET (target);			\
    if (tag != 0x1234 || INTERCEPTED_DEPTH != 0)	\
      bad++;					\
    counter++;					\
    GOTO_RETURN ();				\
  }

LJ (lj_a, real_lj_a, exits_a)
LJ (lj_b, real_lj_b, exits_b)
LJ (lj_c, real_lj_c, exits_c)

static void
on_usr1 (int sig)
{
  (void) sig;
  siglongjmp (senv, 7);
}

/* Calls lj_a LEVELS + 1 frames below the caller.  The runtime tells an
   abandoned invocation from a live one by its return-address slot, which
   the code that goes on after the longjmp overwrites with a return
   address of its own (x86_64: the call of deeper () reuses the slot) or
   with whatever its frames store.  On i386 the arguments pushed for
   lj_c () moved that slot below the one deeper ()'s call uses, into
   deeper ()'s frame: a frame that never writes that part of its memory
   leaves the slot as it was, and the abandoned invocation counts until
   the code returns above it (a known limit, README).  So here every
   frame writes its buffer on i386.  */
__attribute__ ((noinline, noclone)) static long
deeper (long x, int levels)
{
  volatile long pad[8];
#ifdef __i386__
  int k;
  for (k = 0; k < 8; k++)
    pad[k] = x;
#endif
  pad[0] = x;
  if (levels > 0)
    return deeper (x, levels - 1) + pad[0] - x;
  return lj_a (pad[0]);
}

/* One jump out of lj_c's target, through WHICH interceptors, then
   calls from deeper, same and shallower frames.  */
__attribute__ ((noinline, noclone)) static void
round_trip (long i)
{
  long ea = exits_a, eb = exits_b, ec = exits_c;
  int which = i % 3;

  use_sig = i % 4 == 3 ? 2 : (i & 1);
  if (use_sig ? sigsetjmp (senv, 1) == 0 : setjmp (env) == 0)
    {
      switch (which)
	{
	case 0: lj_c (-5); break;
	case 1: lj_b (-5); break;
	default: lj_a (-5); break;
	}
      CHECK (!"not reached");
    }
  CHECK (exits_a == ea && exits_b == eb && exits_c == ec);
  /* First from deeper frames, before anything else could discard the
     abandoned records.  (No argument is 0: on i386, where arguments are
     pushed, an abandoned return-address slot overwritten by a 0 looks
     live -- see RT_LANDING_ZERO_PLACEHOLDER in rt/runtime.c.)  */
  CHECK (deeper (i, (int) (1 + i % 5)) == 2 * (i + 3));
  CHECK (interceptor_thread_depth () == 0);
  CHECK (lj_c (i) == i + 3);
  CHECK (lj_a (i) == 2 * (i + 3));
  CHECK (exits_a == ea + 2 && exits_b == eb + 2 && exits_c == ec + 3);
}

int
main (void)
{
  struct sigaction sa;
  long i;

  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigemptyset (&sa.sa_mask);
  CHECK (sigaction (SIGUSR1, &sa, NULL) == 0);

  for (i = 1; i <= 100000; i++)
    {
      round_trip (i);
      /* From a shallower frame than round_trip's.  */
      CHECK (lj_b (i) == i + 3);
      CHECK (interceptor_thread_depth () == 0);
    }
  CHECK (bad == 0);
  CHECK (interceptor_thread_depth () == 0 && thread_stack_used () == 0);
  printf ("longjmp: %ld rounds\n", i - 1);
  return 0;
}

/* { dg-output "longjmp: 100000 rounds" } */
