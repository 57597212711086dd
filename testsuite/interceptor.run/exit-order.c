/* { dg-do run } */
/* An interceptor with an exit part (SPEC 2.2): the entry part runs
   before the target, the exit part after the target has returned and
   before control is back in the caller, each exactly once per call; the
   caller gets the target's return value, whatever the exit part does.  */

#include <interceptor.h>
#include "check.h"

extern long mul (long, long);
extern void note (const char *);
extern const char *pick (int);
extern long trivial (long);

__attribute__ ((noinline, noclone)) long
real_mul (long a, long b)
{
  ev ("target");
  return a * b;
}

INTERCEPTOR (mul)
{
  ev ("entry");
  GOTO_TARGET (real_mul);
  ev ("exit");
  GOTO_RETURN ();
}

/* A target without a return value.  */
__attribute__ ((noinline, noclone)) void
real_note (const char *what)
{
  ev (what);
}

INTERCEPTOR (note)
{
  ev ("note-entry");
  GOTO_TARGET (real_note);
  ev ("note-exit");
  GOTO_RETURN ();
}

/* A target returning a pointer; the exit part calls functions that
   return other pointers.  */
static const char *const words[] = { "zero", "one", "two" };

__attribute__ ((noinline, noclone)) const char *
real_pick (int i)
{
  ev ("pick");
  return words[i];
}

INTERCEPTOR (pick)
{
  GOTO_TARGET (real_pick);
  ev (strchr ("exit-of-pick", '-'));
  GOTO_RETURN ();
}

/* The smallest exit part: nothing but GOTO_RETURN.  */
__attribute__ ((noinline, noclone)) long
real_trivial (long x)
{
  ev ("trivial");
  return ~x;
}

INTERCEPTOR (trivial)
{
  GOTO_TARGET (real_trivial);
  GOTO_RETURN ();
}

int
main (void)
{
  long r;
  int i;

  r = mul (6, 7);
  ev ("caller");
  CHECK (r == 42);
  CHECK_LOG ("entry target exit caller");

  for (i = 0; i < 3; i++)
    CHECK (mul (i, -1000000007L) == i * -1000000007L);
  CHECK_LOG ("entry target exit entry target exit entry target exit");

  /* Nested in an argument: the inner call completes first.  */
  r = mul (mul (2, 3), 5);
  CHECK (r == 30);
  CHECK_LOG ("entry target exit entry target exit");

  note ("hello");
  CHECK_LOG ("note-entry hello note-exit");

  for (i = 0; i < 3; i++)
    CHECK (pick (i) == words[i]);
  CHECK_LOG ("pick -of-pick pick -of-pick pick -of-pick");

  CHECK (trivial (0x1234) == ~0x1234L);
  CHECK (trivial (-1) == 0);
  CHECK_LOG ("trivial trivial");
  return 0;
}
