/* { dg-do run } */
/* getcontext through a transparent interceptor (it returns twice: an
   exit part on it is a compile-time error), and a context switch to a
   second stack (makecontext, swapcontext) whose function calls
   exit-part interceptors and comes back through uc_link:
   * a getcontext / setcontext loop: the interceptor runs once per
     getcontext call, although getcontext returns once more per
     setcontext;
   * on the second stack, nested exit-part invocations see the right
     INTERCEPTED_DEPTH and run their exit parts, with and without an
     exit-part invocation active on the main stack (its target made the
     switch), whose exit part runs once the context comes back;
   * nothing stays on the invocation stack.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <ucontext.h>
#include <interceptor.h>
#include "../interceptor.reliability/check.h"

static void *real_getcontext;
static volatile long getcontexts, bad, exits_leaf, exits_node, exits_outer;
static volatile int seen_depth[4];

MAX_RECURSION (0)
INTERCEPTOR (getcontext)
{
  if (INTERCEPTED_DEPTH != 0)
    bad++;
  getcontexts++;
  GOTO_TARGET (real_getcontext);
}

extern long leaf (long);
extern long node (long);
extern long outer (long);

__attribute__ ((__noinline__, __noclone__)) long
real_leaf (long x)
{
  return x + 1;
}

/* node's target calls node again (depth 1), which calls leaf.  */
__attribute__ ((__noinline__, __noclone__)) long
real_node (long x)
{
  if (x > 0)
    return node (-x) * 2;
  return leaf (-x);
}

MAX_RECURSION (0)
INTERCEPTOR (leaf)
{
  GOTO_TARGET (real_leaf);
  exits_leaf++;
  GOTO_RETURN ();
}

MAX_RECURSION (1)
INTERCEPTOR (node)
{
  unsigned depth = INTERCEPTED_DEPTH;
  GOTO_TARGET (real_node);
  if (depth != INTERCEPTED_DEPTH)
    bad++;
  seen_depth[depth]++;
  exits_node++;
  GOTO_RETURN ();
}

static ucontext_t main_ctx, co_ctx;
static char co_stack[256 * 1024] __attribute__ ((__aligned__ (16)));
static volatile long co_result;
static volatile unsigned co_depth;

/* Runs on co_stack; returns to main_ctx through uc_link.  */
static void
co_func (void)
{
  co_depth = interceptor_thread_depth ();
  co_result = node (20);
}

__attribute__ ((__noinline__, __noclone__)) static long
switch_and_back (void)
{
  CHECK (getcontext (&co_ctx) == 0);
  co_ctx.uc_stack.ss_sp = co_stack;
  co_ctx.uc_stack.ss_size = sizeof co_stack;
  co_ctx.uc_link = &main_ctx;
  makecontext (&co_ctx, co_func, 0);
  co_result = 0;
  CHECK (swapcontext (&main_ctx, &co_ctx) == 0);
  return co_result;
}

__attribute__ ((__noinline__, __noclone__)) long
real_outer (long x)
{
  return switch_and_back () + x;
}

MAX_RECURSION (0)
INTERCEPTOR (outer)
{
  GOTO_TARGET (real_outer);
  exits_outer++;
  GOTO_RETURN ();
}

int
main (void)
{
  volatile int loops = 0;
  ucontext_t here;
  long g, round;

  real_getcontext = dlsym (RTLD_NEXT, "getcontext");
  CHECK (real_getcontext != NULL);

  /* getcontext returns again after each setcontext.  */
  g = getcontexts;
  CHECK (getcontext (&here) == 0);
  if (++loops < 5)
    setcontext (&here);
  CHECK (loops == 5 && getcontexts == g + 1);

  for (round = 0; round < 200; round++)
    {
      long el = exits_leaf, en = exits_node, eo = exits_outer;
      long d0 = seen_depth[0], d1 = seen_depth[1];

      g = getcontexts;
      if (round % 2 == 0)
	{
	  CHECK (switch_and_back () == 42);
	  CHECK (co_depth == 0 && exits_outer == eo);
	}
      else
	{
	  CHECK (outer (round) == 42 + round);
	  CHECK (co_depth == 1 && exits_outer == eo + 1);
	}
      CHECK (getcontexts == g + 1);
      CHECK (exits_leaf == el + 1 && exits_node == en + 2);
      CHECK (seen_depth[0] == d0 + 1 && seen_depth[1] == d1 + 1);
      CHECK (interceptor_thread_depth () == 0);
      CHECK (node (3) == 8);
    }
  CHECK (bad == 0 && thread_stack_used () == 0);
  printf ("context: %ld rounds\n", round);
  return 0;
}

/* { dg-output "context: 200 rounds" } */
