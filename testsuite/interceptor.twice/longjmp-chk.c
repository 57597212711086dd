/* { dg-do run } */
/* { dg-options "-O2 -D_FORTIFY_SOURCE=2" } */
/* With _FORTIFY_SOURCE, longjmp and siglongjmp call __longjmp_chk,
   which refuses to jump to a frame below the current stack pointer
   unless it runs on an alternate signal stack.  Jump out of a deeper
   frame through an exit-part invocation of an intermediate function
   (and from inside an exit part), with __longjmp_chk itself intercepted
   by a transparent interceptor that counts the calls (so the test knows
   the fortified path ran); afterwards the abandoned invocations are gone
   and the interceptors work.  (-O2 in every variant: _FORTIFY_SOURCE
   needs optimisation.)  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <setjmp.h>
#include <interceptor.h>
#include "../interceptor.reliability/check.h"

static void *real_longjmp_chk;
static volatile long chk_calls, bad, exits_mid, exits_jumper;
static jmp_buf env;
static sigjmp_buf senv;
static volatile int use_sig;

MAX_RECURSION (0)
INTERCEPTOR (__longjmp_chk)
{
  chk_calls++;
  GOTO_TARGET (real_longjmp_chk);
}

__attribute__ ((__noinline__, __noclone__)) static void
jump (int v)
{
  if (use_sig)
    siglongjmp (senv, v);
  longjmp (env, v);
}

extern long mid (long);
extern long jumper (long);

__attribute__ ((__noinline__, __noclone__)) static long
bottom (long x, int levels)
{
  volatile long pad[8];
  int k;

  for (k = 0; k < 8; k++)
    pad[k] = x;
  if (levels > 0)
    return bottom (x, levels - 1) + pad[0] - x;
  if (x < 0)
    jump ((int) -x);
  return pad[0] + 1;
}

__attribute__ ((__noinline__, __noclone__)) long
real_mid (long x)
{
  return bottom (x, 3) * 2;
}

MAX_RECURSION (0)
INTERCEPTOR (mid)
{
  long tag = 0x4d;
  if (INTERCEPTED_DEPTH != 0)
    bad++;
  GOTO_TARGET (real_mid);
  if (tag != 0x4d || INTERCEPTED_DEPTH != 0)
    bad++;
  exits_mid++;
  GOTO_RETURN ();
}

/* Its exit part jumps when the result is odd.  */
__attribute__ ((__noinline__, __noclone__)) long
real_jumper (long x)
{
  return x;
}

MAX_RECURSION (0)
INTERCEPTOR (jumper)
{
  GOTO_TARGET (real_jumper);
  exits_jumper++;
  if (INTERCEPTED_RETURN (long) & 1)
    jump (9);
  GOTO_RETURN ();
}

__attribute__ ((__noinline__, __noclone__)) static long
shallow (long x)
{
  return mid (x) + jumper (2 * x);
}

int
main (void)
{
  long i;

  real_longjmp_chk = dlsym (RTLD_NEXT, "__longjmp_chk");
  CHECK (real_longjmp_chk != NULL);

  for (i = 1; i <= 2000; i++)
    {
      long c = chk_calls, em = exits_mid, ej = exits_jumper;
      volatile int r;

      use_sig = (int) (i & 1);
      r = use_sig ? sigsetjmp (senv, 1) : setjmp (env);
      if (r == 0)
	{
	  if (i % 3 == 0)
	    jumper (2 * i + 1);
	  else
	    mid (-7);
	  CHECK (!"not reached");
	}
      CHECK (r == (i % 3 == 0 ? 9 : 7));
      CHECK (chk_calls == c + 1);
      CHECK (exits_mid == em && exits_jumper == ej + (i % 3 == 0));
      CHECK (shallow (i) == 2 * (i + 1) + 2 * i);
      CHECK (exits_mid == em + 1);
      CHECK (interceptor_thread_depth () == 0);
    }
  CHECK (bad == 0 && thread_stack_used () == 0);
  printf ("longjmp_chk: %ld rounds\n", i - 1);
  return 0;
}

/* { dg-output "longjmp_chk: 2000 rounds" } */
