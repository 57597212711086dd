/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror" } */
/* C++ bodies that declare variables in the conditions of `while' and
   `for' loops, before and after GOTO_TARGET: scalars, a class whose
   destructor runs at the end of every test of the condition, and
   conditions that read INTERCEPTED_NAME and INTERCEPTED_DEPTH.  GCC 15
   and later keep such declarations in operands of their own
   (FOR_COND_PREP, WHILE_COND_PREP and their cleanups), which the plugin
   must walk like the rest of the body.  */

#include <interceptor.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#define CHECK(c) \
  ((c) ? (void) 0 : (std::fprintf (stderr, "%d: %s\n", __LINE__, #c), \
		     std::abort ()))

extern "C" int loop_cond (int);

/* Counts down to 0: 3, 2, 1, then 0 ends the loops.  */
static int
next (int *left)
{
  return *left > 0 ? (*left)-- : 0;
}

/* A condition variable with a destructor: true three times.  */
static int tests, destroyed;
struct ticket
{
  int n;
  explicit ticket (int n) : n (n) { tests++; }
  ticket (const ticket &) = delete;
  ~ticket () { destroyed++; }
  explicit operator bool () const { return n < 3; }
};

static int entry_sum, exit_sum, name_len, depth_seen, recursed;

extern "C" __attribute__ ((noinline)) int
real_loop_cond (int x)
{
  /* One nested call, so that INTERCEPTED_DEPTH is 1 there.  */
  if (!recursed++)
    CHECK (loop_cond (x + 100) == x + 101);
  return x + 1;
}

MAX_RECURSION (1)
INTERCEPTOR (loop_cond)
{
  int left = 3, sum = 0, round = 0;

  while (int v = next (&left))
    sum += v;					/* 3 + 2 + 1 */
  for (int j = 0; int w = j < 2 ? j + 10 : 0; j++)
    sum += w;					/* 10 + 11 */
  while (ticket t = ticket (round))
    round++;
  for (unsigned d = 0; unsigned more = d <= INTERCEPTED_DEPTH; d++)
    depth_seen += more;
  while (const char *p = round-- > 0 ? INTERCEPTED_NAME : 0)
    name_len += std::strlen (p);
  entry_sum = sum;

  GOTO_TARGET (real_loop_cond);

  /* Exit part: the same kinds of loops, and the entry part's locals.  */
  left = 2;
  while (int v = next (&left))
    sum += 100 * v;				/* 200 + 100 */
  for (int j = 0; ticket t = ticket (j); j++)
    sum += 1000;				/* three times */
  exit_sum = sum;
  GOTO_RETURN ();
}

int
main ()
{
  CHECK (loop_cond (1) == 2);
  /* Each of the two invocations (outer, then nested) ran every loop.  */
  CHECK (entry_sum == 27);
  CHECK (exit_sum == 27 + 300 + 3000);
  CHECK (tests == 2 * (4 + 4));			/* 3 true, 1 false, twice */
  CHECK (destroyed == tests);
  CHECK (name_len == 2 * 3 * (int) std::strlen ("loop_cond"));
  CHECK (depth_seen == 1 + 2);			/* depth 0, then depth 1 */
  CHECK (recursed == 2);
  return 0;
}
