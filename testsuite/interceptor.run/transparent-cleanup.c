/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror" } */
/* A transparent interceptor with a cleanup variable (interceptor(7),
   "Local variables"): the cleanup runs when the entry part ends,
   before the jump to the target, which returns straight to the
   caller.  */

#include <interceptor.h>
#include "check.h"

extern int tcc_op (int);

__attribute__ ((noinline, noclone)) int
real_op (int x)
{
  ev ("target");
  return x + 10;
}

static void
release (int *p)
{
  ev (*p == 7 ? "cleanup" : "bad-cleanup");
}

INTERCEPTOR (tcc_op)
{
  int held __attribute__ ((cleanup (release))) = 7;
  ev ("entry");
  GOTO_TARGET (real_op);
}

int
main (void)
{
  CHECK (tcc_op (1) == 11);
  CHECK_LOG ("entry cleanup target");
  return 0;
}
