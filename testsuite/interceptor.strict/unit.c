/* { dg-do run } */
/* { dg-options "-fno-pie -no-pie -fplugin-arg-interceptor-strict" } */
/* { dg-additional-sources "strict-snap.S" } */
/* -fplugin-arg-interceptor-strict makes every interceptor of the unit
   strict: a plain INTERCEPTOR with an exit part passes the strict
   checks (the normal trampolines would lose RFLAGS, the x87 state and
   the upper vector registers).  */

#include "strict.h"

extern void st_unit (void);
static int exits;

INTERCEPTOR (st_unit)
{
  st_body_noise ("entry part");
  GOTO_TARGET (st_target);
  st_body_noise ("exit part");
  exits++;
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  st_prepare (argc, argv);
  st_fn = (void *) st_unit;
  st_call ();
  st_expect_entry ("unit, target entry");
  st_expect_after ("unit, caller after return", &st_ret, 0);
  if (exits != 1)
    return 1;
  return st_finish ("unit");
}
