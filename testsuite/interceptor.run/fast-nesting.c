/* { dg-do run } */
/* Bodies that call nothing and touch general registers only take the
   fast path (doc/INTERNALS.md, 7), which does the outermost invocation
   of a thread itself and hands nested ones to the runtime's C code.
   Both must agree: INTERCEPTED_DEPTH and INTERCEPTED_NAME at every
   depth, exit parts innermost first, GOTO_RETURN returning 0 at depth 0
   and nested, a transparent interceptor nested in an exit-part one, and
   nothing left on the invocation stack.  (Only the bodies must be GPR
   leaves: the checks are in main.)  */

#include <interceptor.h>
#include "check.h"

extern unsigned int interceptor_thread_depth (void);

extern long nest_a (long), nest_b (long), fault (long), plain (long);

static unsigned int entry_depth[16], exit_depth[16];
static const char *entry_name[16];
static unsigned int n_entry, n_exit;
static int fault_on;
static unsigned int plain_depth[4], n_plain;

__attribute__ ((noinline, noclone)) long
real_nest (long n)
{
  /* Down through both names alternately; at the bottom a transparent
     interceptor and a faulting one, nested in three exit parts.  */
  if (n == 0)
    return plain (5) + fault (100);
  return (n & 1 ? nest_a (n - 1) : nest_b (n - 1)) + 10;
}

__attribute__ ((noinline, noclone)) long
real_plain (long x)
{
  return x * 2;
}

__attribute__ ((noinline, noclone)) long
real_fault (long x)
{
  return x + 1;
}

MAX_RECURSION (3)
INTERCEPTOR (nest_a, nest_b)
{
  unsigned int i = n_entry++ & 15;

  entry_depth[i] = INTERCEPTED_DEPTH;
  entry_name[i] = INTERCEPTED_NAME;
  GOTO_TARGET (real_nest);
  exit_depth[n_exit++ & 15] = INTERCEPTED_DEPTH;
  GOTO_RETURN ();
}

INTERCEPTOR (plain)
{
  plain_depth[n_plain++ & 3] = INTERCEPTED_DEPTH;
  GOTO_TARGET (real_plain);
}

INTERCEPTOR (fault)
{
  if (fault_on)
    GOTO_RETURN ();
  GOTO_TARGET (real_fault);
}

int
main (void)
{
  /* Outermost: the fast path's own work.  */
  CHECK (plain (21) == 42);
  CHECK (n_plain == 1 && plain_depth[0] == 0);
  CHECK (fault (1) == 2);
  fault_on = 1;
  CHECK (fault (1) == 0);
  fault_on = 0;

  /* nest_b (3) -> nest_a (2) -> nest_b (1) -> nest_a (0)
     -> plain (5), fault (100): depths 0-3, then the C code for the
     nested ones.  */
  CHECK (nest_b (3) == 10 + 10 + 10 + 10 + 101);
  CHECK (n_entry == 4 && n_exit == 4);
  for (unsigned int i = 0; i < 4; i++)
    {
      CHECK (entry_depth[i] == i);
      CHECK (strcmp (entry_name[i], i & 1 ? "nest_a" : "nest_b") == 0);
      CHECK (exit_depth[i] == 3 - i);	/* innermost first */
    }
  CHECK (n_plain == 2 && plain_depth[1] == 0);	/* another interceptor */

  /* A nested GOTO_RETURN.  */
  fault_on = 1;
  n_entry = n_exit = 0;
  CHECK (nest_a (1) == 10 + 10 + 0);
  CHECK (n_entry == 2 && n_exit == 2);
  CHECK (interceptor_thread_depth () == 0);
  printf ("fast-nesting: ok\n");
  return 0;
}
