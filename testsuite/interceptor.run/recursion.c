/* { dg-do run } */
/* MAX_RECURSION(n) allows exactly n nested re-entries of an interceptor
   on one thread, and INTERCEPTED_DEPTH counts the enclosing active
   invocations (SPEC 2.3).  Re-entries come through the target (which
   calls the intercepted name again), from the entry part and from the
   exit part.  A transparent interceptor is no longer active once it has
   jumped to its target, so recursion through its target does not nest.
   (Going past the limit: recursion-limit-*.c.)  */

#include <interceptor.h>
#include "check.h"

extern int rec3 (int);
extern int rec0 (int);
extern int self_entry (int);
extern int self_exit (int);
extern int flat (int);

/* --- Through the target, MAX_RECURSION(3): depths 0, 1, 2, 3.  */

static unsigned int entry_depths[8], exit_depths[8];
static int n_entry, n_exit;

__attribute__ ((noinline, noclone)) int
real_rec3 (int n)
{
  return n > 0 ? rec3 (n - 1) + 10 : 0;
}

MAX_RECURSION (3)
INTERCEPTOR (rec3)
{
  unsigned int depth = INTERCEPTED_DEPTH;

  entry_depths[n_entry++ & 7] = depth;
  GOTO_TARGET (real_rec3);
  CHECK (INTERCEPTED_DEPTH == depth);
  exit_depths[n_exit++ & 7] = depth;
  GOTO_RETURN ();
}

/* --- MAX_RECURSION(0), called many times one after the other: each call
   is the only active one.  */

__attribute__ ((noinline, noclone)) int real_rec0 (int n) { return n + 1; }

MAX_RECURSION (0)
INTERCEPTOR (rec0)
{
  CHECK (INTERCEPTED_DEPTH == 0);
  GOTO_TARGET (real_rec0);
  CHECK (INTERCEPTED_DEPTH == 0);
  GOTO_RETURN ();
}

/* --- Re-entry from the entry part of a transparent interceptor: the
   outer invocation is active until it jumps to its target.  */

static unsigned int self_entry_max;

__attribute__ ((noinline, noclone)) int real_self_entry (int n) { return n * 2; }

MAX_RECURSION (2)
INTERCEPTOR (self_entry)
{
  unsigned int depth = INTERCEPTED_DEPTH;

  if (depth > self_entry_max)
    self_entry_max = depth;
  if (depth < 2)
    CHECK (self_entry ((int) depth) == 2 * (int) depth);
  CHECK (INTERCEPTED_DEPTH == depth);
  GOTO_TARGET (real_self_entry);
}

/* --- Re-entry from the exit part: still active there.  */

static unsigned int self_exit_inner_depth = 99;

__attribute__ ((noinline, noclone)) int real_self_exit (int n) { return n - 1; }

MAX_RECURSION (1)
INTERCEPTOR (self_exit)
{
  GOTO_TARGET (real_self_exit);
  if (INTERCEPTED_DEPTH == 0)
    CHECK (self_exit (100) == 99);
  else
    self_exit_inner_depth = INTERCEPTED_DEPTH;
  GOTO_RETURN ();
}

/* --- A transparent interceptor with the default limit 0 whose target
   recurses through it 50 times: never more than one active
   invocation.  */

static unsigned int flat_max_depth;
static int flat_entries;

__attribute__ ((noinline, noclone)) int
real_flat (int n)
{
  return n > 0 ? flat (n - 1) + 1 : 0;
}

INTERCEPTOR (flat)
{
  flat_entries++;
  if (INTERCEPTED_DEPTH > flat_max_depth)
    flat_max_depth = INTERCEPTED_DEPTH;
  GOTO_TARGET (real_flat);
}

int
main (void)
{
  int i;

  CHECK (rec3 (3) == 30);
  CHECK (n_entry == 4 && n_exit == 4);
  for (i = 0; i < 4; i++)
    {
      CHECK (entry_depths[i] == (unsigned int) i);
      CHECK (exit_depths[i] == (unsigned int) (3 - i));
    }

  /* Again: the invocations of the first call are all gone.  */
  n_entry = n_exit = 0;
  CHECK (rec3 (2) == 20);
  CHECK (n_entry == 3 && entry_depths[0] == 0 && entry_depths[2] == 2);
  n_entry = n_exit = 0;
  CHECK (rec3 (3) == 30);
  CHECK (n_entry == 4 && entry_depths[3] == 3);

  for (i = 0; i < 1000; i++)
    CHECK (rec0 (i) == i + 1);

  CHECK (self_entry (21) == 42);
  CHECK (self_entry_max == 2);

  CHECK (self_exit (5) == 4);
  CHECK (self_exit_inner_depth == 1);

  CHECK (flat (50) == 50);
  CHECK (flat_entries == 51 && flat_max_depth == 0);
  return 0;
}
