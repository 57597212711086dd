/* { dg-do run } */
/* { dg-options "-fno-pie -no-pie" } */
/* { dg-additional-sources "strict-snap.S" } */
/* A strict target with an exit part that tail-calls (jumps to) the stub
   of another strict interceptor with an exit part: both records share
   one return slot; the inner landing returns into the outer one, the
   exit parts run inner first, and the caller gets the target's state.
   And a normal interceptor's target tail-calling a strict stub.  */

#include "strict.h"

extern void st_outer (void);
extern void st_inner (void);
extern void st_plain (void);
static char order[16];
static int n;

INTERCEPTOR_STRICT INTERCEPTOR (st_outer)
{
  order[n++] = 'O';
  GOTO_TARGET (st_target_tail);
  st_body_noise ("outer exit part");
  order[n++] = 'o';
  GOTO_RETURN ();
}

INTERCEPTOR_STRICT INTERCEPTOR (st_inner)
{
  order[n++] = 'I';
  st_body_noise ("inner entry part");
  GOTO_TARGET (st_target);
  st_body_noise ("inner exit part");
  order[n++] = 'i';
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  st_prepare (argc, argv);
  st_fn = (void *) st_outer;
  st_fn2 = (void *) st_inner;
  st_call ();
  /* The target's return address is the strict landing, not the
     caller's: st_expect_entry does not compare it.  */
  st_expect_entry ("tail call, target entry");
  st_expect_after ("tail call, caller after return", &st_ret, 0);
  if (strcmp (order, "OIio") != 0 || interceptor_thread_depth () != 0)
    {
      fprintf (stderr, "FAIL: order %s, depth %u\n", order,
	       interceptor_thread_depth ());
      return 1;
    }
  return st_finish ("tail call");
}
