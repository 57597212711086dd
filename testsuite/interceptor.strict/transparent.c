/* { dg-do run } */
/* { dg-options "-fno-pie -no-pie" } */
/* { dg-additional-sources "strict-snap.S" } */
/* Strict mode, transparent (SPEC 3.4): the body destroys every
   caller-saved register, runs stdio, memcpy and long double code; the
   target must still see every general register (%r11 aside), RFLAGS
   with DF and AC, the x87 state, MXCSR, every vector and mask register
   exactly as the caller left them, on every vector path.  */

#include "strict.h"

extern void st_transparent (void);
static int entries;

INTERCEPTOR_STRICT INTERCEPTOR (st_transparent)
{
  entries++;
  st_body_noise ("entry part");
  GOTO_TARGET (st_target);
}

int
main (int argc, char **argv)
{
  st_prepare (argc, argv);
  for (int i = 0; i < 3; i++)
    {
      st_fn = (void *) st_transparent;
      st_call ();
      st_expect_entry ("transparent, target entry");
      st_expect_after ("transparent, caller after return", &st_ret, 0);
    }
  if (entries != 3)
    {
      fprintf (stderr, "FAIL: %d entries\n", entries);
      return 1;
    }
  return st_finish ("transparent");
}
