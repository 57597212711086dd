/* { dg-do run } */
/* The setjmp family through transparent interceptors (an exit part on
   them is a compile-time error: interceptor.error/error-returns-twice.c),
   with exit-part interceptors of the functions called between the two
   returns:
   * _setjmp (what setjmp expands to) / longjmp, __sigsetjmp (what
     sigsetjmp expands to) / siglongjmp and setjmp itself, each jumping
     back from frames below an exit-part invocation, also from inside
     its target's callee and from a deeper interceptor's target;
   * the setjmp interceptors run once per call although setjmp returns
     twice, the skipped exit parts never run, later entries of the same
     MAX_RECURSION(0) interceptors see depth 0 and run their exit parts,
     and nothing stays on the invocation stack;
   * a setjmp inside the target of a live exit-part invocation, jumped
     to from deeper: that invocation stays and its exit part runs.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <setjmp.h>
#include <interceptor.h>
#include "../interceptor.reliability/check.h"

/* glibc declares setjmp as a macro for _setjmp; the function exists.  */
extern int (setjmp) (struct __jmp_buf_tag *) __attribute__ ((__returns_twice__));

static void *real__setjmp, *real___sigsetjmp, *real_setjmp;
static volatile long setjmps, sigsetjmps, bad, exits_mid, exits_low, exits_outer;

MAX_RECURSION (0)
INTERCEPTOR (_setjmp, setjmp)
{
  if (INTERCEPTED_DEPTH != 0)
    bad++;
  setjmps++;
  GOTO_TARGET (INTERCEPTED_NAME[0] == '_' ? real__setjmp : real_setjmp);
}

MAX_RECURSION (0)
INTERCEPTOR (__sigsetjmp)
{
  if (INTERCEPTED_DEPTH != 0)
    bad++;
  sigsetjmps++;
  GOTO_TARGET (real___sigsetjmp);
}

static jmp_buf env;
static sigjmp_buf senv;
static int how;

__attribute__ ((__noinline__, __noclone__)) static void
jump (int v)
{
  if (how == 1)
    siglongjmp (senv, v);
  longjmp (env, v);
}

/* low's target jumps when its argument is negative.  */
extern long low (long);
extern long mid (long);

__attribute__ ((__noinline__, __noclone__)) long
real_low (long x)
{
  volatile long pad[4] = { x, x, x, x };
  if (x < 0)
    jump ((int) -x);
  return pad[3] + 1;
}

__attribute__ ((__noinline__, __noclone__)) long
real_mid (long x)
{
  volatile long pad[4] = { x, x, x, x };
  if (x < -100)
    jump ((int) (-x - 100));	/* from mid's target itself */
  return low (pad[0]) * 2 + (pad[1] - x);
}

#define EXIT_PART(name, target, counter)	\
  MAX_RECURSION (0)				\
  INTERCEPTOR (name)				\
  {						\
    long tag = 0x7a7a;				\
    if (INTERCEPTED_DEPTH != 0)			\
      bad++;					\
    GOTO_TARGET (target);			\
    if (tag != 0x7a7a || INTERCEPTED_DEPTH != 0)	\
      bad++;					\
    counter++;					\
    GOTO_RETURN ();				\
  }

EXIT_PART (low, real_low, exits_low)
EXIT_PART (mid, real_mid, exits_mid)

/* Frames that write all their memory, then mid (X) LEVELS below.  */
__attribute__ ((__noinline__, __noclone__)) static long
deeper (long x, int levels)
{
  volatile long pad[8];
  int k;

  for (k = 0; k < 8; k++)
    pad[k] = x;
  if (levels > 0)
    return deeper (x, levels - 1) + pad[0] - x;
  return mid (pad[0]);
}

/* The same from other call sites.  The runtime tells an abandoned
   invocation by its return-address slot, which the code running since
   overwrites; a call from the abandoned invocation's own call site at
   the same stack depth writes the very return address the invocation
   saw, and the invocation would look live (a known limit,
   interceptor(7) NOTES).  */
__attribute__ ((__noinline__, __noclone__)) static long
again (long x, int levels)
{
  volatile long pad[6];
  int k;

  for (k = 0; k < 6; k++)
    pad[k] = x;
  if (levels > 0)
    return again (x, levels - 1) + pad[0] - x;
  return mid (pad[0]);
}

/* One setjmp, one jump back from ARG's frames, by HOW (0 _setjmp /
   longjmp, 1 __sigsetjmp / siglongjmp, 2 setjmp / longjmp).  */
__attribute__ ((__noinline__, __noclone__)) static void
round_trip (long i, int levels)
{
  long s = setjmps, ss = sigsetjmps, em = exits_mid, el = exits_low;
  volatile int returns = 0;
  int r;
  long arg = i % 2 ? -5 : -105;	/* from low's or mid's target */

  how = (int) (i % 3);
  if (how == 1)
    r = sigsetjmp (senv, 1);
  else if (how == 0)
    r = _setjmp (env);
  else
    r = (setjmp) (env);
  returns++;
  if (r == 0)
    {
      CHECK (returns == 1);
      deeper (arg, levels);
      CHECK (!"not reached");
    }
  CHECK (returns == 2 && r == 5);
  CHECK (setjmps == s + (how != 1) && sigsetjmps == ss + (how == 1));
  CHECK (exits_mid == em && exits_low == el);
  /* Deeper frames first, before a shallower entry could discard the
     abandoned invocations.  */
  CHECK (again (i, levels + 1) == 2 * (i + 1));
  CHECK (exits_mid == em + 1 && exits_low == el + 1);
  CHECK (interceptor_thread_depth () == 0);
  CHECK (low (i) == i + 1 && exits_low == el + 2);
}

/* outer's target: a setjmp while outer's invocation is active, a jump
   back from below, then a return to outer's exit part.  */
extern long outer (long);

__attribute__ ((__noinline__, __noclone__)) long
real_outer (long x)
{
  volatile long got = 0;

  how = 0;
  if (_setjmp (env) == 0)
    {
      deeper (-5, 2);
      CHECK (!"not reached");
    }
  CHECK (interceptor_thread_depth () == 1);
  got = again (x, 1);
  CHECK (interceptor_thread_depth () == 1);
  return got + 1;
}

EXIT_PART (outer, real_outer, exits_outer)

int
main (void)
{
  long i;

  real__setjmp = dlsym (RTLD_NEXT, "_setjmp");
  real_setjmp = dlsym (RTLD_NEXT, "setjmp");
  real___sigsetjmp = dlsym (RTLD_NEXT, "__sigsetjmp");
  CHECK (real__setjmp && real_setjmp && real___sigsetjmp);

  for (i = 1; i <= 3000; i++)
    {
      round_trip (i, (int) (i % 4));
      CHECK (mid (i) == 2 * (i + 1));
      CHECK (interceptor_thread_depth () == 0);
    }
  for (i = 1; i <= 100; i++)
    {
      long eo = exits_outer, em = exits_mid;
      CHECK (outer (i) == 2 * (i + 1) + 1);
      CHECK (exits_outer == eo + 1 && exits_mid == em + 1);
      CHECK (interceptor_thread_depth () == 0);
    }
  CHECK (bad == 0);
  CHECK (thread_stack_used () == 0);
  printf ("setjmp: %ld rounds\n", i - 1);
  return 0;
}

/* { dg-output "setjmp: 100 rounds" } */
