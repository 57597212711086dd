/* { dg-do run } */
/* A name given to INTERCEPTOR through an object-like macro is expanded,
   for the exported stubs as for the body: `#define NM twice' then
   INTERCEPTOR (NM, other) intercepts twice and other, as a call of NM
   calls twice.  (Before, the stub was exported as NM while the body was
   named after twice: calls of twice were not intercepted.)  */

#include <interceptor.h>
#include "check.h"

#define NM twice
#define OTHER_NAME other

extern int twice (int), other (int);

__attribute__ ((noinline, noclone)) int
real_twice (int x)
{
  return 2 * x;
}

static int entries;
static const char *seen;

INTERCEPTOR (NM, OTHER_NAME)
{
  entries++;
  seen = INTERCEPTED_NAME;
  GOTO_TARGET (real_twice);
}

int
main (void)
{
  CHECK (twice (21) == 42);
  CHECK (entries == 1 && strcmp (seen, "twice") == 0);
  CHECK (other (5) == 10);
  CHECK (entries == 2 && strcmp (seen, "other") == 0);
  CHECK (NM (1) == 2 && entries == 3);
  return 0;
}
