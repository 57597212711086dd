/* { dg-do run } */
/* Any type name works as the type argument, pointers to functions
   included (the macros use __typeof__), and typedefs, enums and _Bool
   count as integers.  */

#include <interceptor.h>
#include <stdbool.h>
#include "check.h"

enum colour { RED, GREEN, BLUE };
typedef unsigned short u16;

extern int cb (int (*) (int), int, enum colour, bool, u16);
static int twice (int x) { return 2 * x; }
static int thrice (int x) { return 3 * x; }

__attribute__ ((noinline, noclone)) int
real_cb (int (*f) (int), int x, enum colour c, bool b, u16 u)
{
  CHECK (c == BLUE && b && u == 65535);
  return f (x);
}

INTERCEPTOR (cb)
{
  INTERCEPTOR_PROTOTYPE (int (*) (int), int, enum colour, bool, u16);
  if (INTERCEPTED_ARG (int (*) (int), 0) == twice)
    INTERCEPTED_SET_ARG (int (*) (int), 0, thrice);
  CHECK (INTERCEPTED_ARG (enum colour, 2) == GREEN);
  CHECK (!INTERCEPTED_ARG (bool, 3));
  CHECK (INTERCEPTED_ARG (u16, 4) == 7);
  INTERCEPTED_SET_ARG (enum colour, 2, BLUE);
  INTERCEPTED_SET_ARG (bool, 3, true);
  INTERCEPTED_SET_ARG (u16, 4, 65535);
  GOTO_TARGET (real_cb);
}

int
main (void)
{
  CHECK (cb (twice, 5, GREEN, false, 7) == 15);
  return 0;
}
