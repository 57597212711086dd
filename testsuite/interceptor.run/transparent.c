/* { dg-do run } */
/* A transparent interceptor (nothing after GOTO_TARGET, SPEC 2.2): the
   target gets the caller's arguments, the caller gets the target's
   return value, and the return address is never touched -- the target
   returns straight into the caller's code.  */

#include <stdint.h>
#include <interceptor.h>
#include "check.h"

/* The caller's own prototype of the intercepted name; the stub is
   defined by the plugin.  */
extern int add3 (int, int, int);

static int entries, target_calls;
static const char *entry_name;
static unsigned int entry_depth = 99;
static void *target_return_address;

__attribute__ ((noinline, noclone)) int
real_add3 (int a, int b, int c)
{
  target_calls++;
  target_return_address = __builtin_return_address (0);
  return a + 10 * b + 100 * c;
}

INTERCEPTOR (add3)
{
  entries++;
  entry_name = INTERCEPTED_NAME;
  entry_depth = INTERCEPTED_DEPTH;
  GOTO_TARGET (real_add3);
}

/* The only function of section caller_text: the linker's __start_ and
   __stop_ symbols of the section bound its code.  */
__attribute__ ((noinline, noclone, section ("caller_text"))) int
caller (int x)
{
  int r = add3 (x, x + 1, x + 2);
  return r + 1;			/* not a tail call */
}

extern const char __start_caller_text[], __stop_caller_text[];

static int
in_caller (const void *p)
{
  uintptr_t a = (uintptr_t) p;
  return a > (uintptr_t) __start_caller_text
	 && a < (uintptr_t) __stop_caller_text;
}

int
main (void)
{
  int (*volatile fp) (int, int, int) = add3;
  int i;

  /* The return address the target sees lies in the caller's code.  */
  CHECK (caller (1) == 1 + 20 + 300 + 1);
  CHECK (entries == 1 && target_calls == 1);
  CHECK (in_caller (target_return_address));
  CHECK (entry_name != NULL && strcmp (entry_name, "add3") == 0);
  CHECK (entry_depth == 0);

  /* Direct calls, calls through a pointer, many of them.  */
  for (i = -50; i < 50; i++)
    {
      CHECK (add3 (i, 2 * i, -3 * i) == i + 20 * i - 300 * i);
      CHECK (fp (i, 7, 8) == i + 70 + 800);
    }
  CHECK (entries == 201 && target_calls == 201);

  /* The stub is a real function: its address is that of the symbol.  */
  CHECK ((void *) fp == (void *) add3);
  CHECK ((void *) add3 != (void *) real_add3);
  return 0;
}
