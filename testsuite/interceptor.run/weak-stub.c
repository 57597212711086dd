/* { dg-do run } */
/* { dg-additional-sources "weak-stub-aux.c" } */
/* __attribute__ ((weak)) in front of INTERCEPTOR makes the stubs weak
   symbols (interceptor(3), INTERCEPTOR): where nothing else defines the
   name the interceptor is called; a strong definition elsewhere in the
   program (weak-stub-aux.c defines weak_strong) takes precedence.  */

#include <interceptor.h>
#include "check.h"

extern int weak_only (int);
extern int weak_strong (int);

__attribute__ ((noinline, noclone)) int
real_op (int x)
{
  return x + 1;
}

static int entries;

__attribute__ ((weak)) INTERCEPTOR (weak_only, weak_strong)
{
  entries++;
  GOTO_TARGET (real_op);
}

int
main (void)
{
  CHECK (weak_only (1) == 2);
  CHECK (entries == 1);
  CHECK (weak_strong (1) == -1);
  CHECK (entries == 1);
  return 0;
}
