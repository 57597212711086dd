/* { dg-do run } */
/* C++: a name given to INTERCEPTOR through an object-like macro is
   expanded, as in a call (interceptor(3), INTERCEPTOR).  */

#include <interceptor.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#define CHECK(c) \
  ((c) ? (void) 0 : (std::fprintf (stderr, "%d: %s\n", __LINE__, #c), \
		     std::abort ()))

#define NM twice_cc
#define OTHER_NAME other_cc

extern "C" int twice_cc (int), other_cc (int);

extern "C" __attribute__ ((noinline, noclone)) int
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
main ()
{
  CHECK (twice_cc (21) == 42);
  CHECK (entries == 1 && std::strcmp (seen, "twice_cc") == 0);
  CHECK (other_cc (5) == 10);
  CHECK (entries == 2 && std::strcmp (seen, "other_cc") == 0);
  CHECK (NM (1) == 2 && entries == 3);
  return 0;
}
