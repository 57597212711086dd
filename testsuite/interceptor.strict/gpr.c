/* { dg-do run } */
/* { dg-options "-fno-pie -no-pie" } */
/* { dg-additional-sources "strict-snap.S" } */
/* Strict mode with bodies that call nothing and touch general
   registers only (doc/INTERNALS.md, 7): their stubs enter the strict
   trampoline that does not save the x87, vector and mask state (nothing
   that runs before the target touches it).  The target must still see,
   and the caller get back, every register, the flags, the x87 state,
   MXCSR and every vector and mask register bit for bit: transparent,
   with an exit part, and with a target that pops its arguments.
   stub-choice.c (interceptor.callstate) checks that such bodies get
   this stub.  */

#include "strict.h"

extern void sg_t (void), sg_x (void), sg_x_pop (void);
static int entries, exits;

INTERCEPTOR_STRICT INTERCEPTOR (sg_t)
{
  entries++;
  GOTO_TARGET (st_target);
}

INTERCEPTOR_STRICT INTERCEPTOR (sg_x)
{
  entries++;
  GOTO_TARGET (st_target);
  exits++;
  GOTO_RETURN ();
}

INTERCEPTOR_STRICT INTERCEPTOR (sg_x_pop)
{
  entries++;
  GOTO_TARGET (st_target_pop8);
  exits++;
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  st_prepare (argc, argv);
  for (int i = 0; i < 3; i++)
    {
      st_fn = (void *) sg_t;
      st_call ();
      st_expect_entry ("GPR leaf, transparent, target entry");
      st_expect_after ("GPR leaf, transparent, caller after return",
		       &st_ret, 0);

      st_fn = (void *) sg_x;
      st_call ();
      st_expect_entry ("GPR leaf, exit part, target entry");
      st_expect_after ("GPR leaf, exit part, caller after return",
		       &st_ret, 0);

      st_fn = (void *) sg_x_pop;
      st_call ();
      st_expect_entry ("GPR leaf, ret $8, target entry");
      st_expect_after ("GPR leaf, ret $8, caller after return", &st_ret, 8);
    }
  if (entries != 9 || exits != 6 || interceptor_thread_depth () != 0)
    {
      fprintf (stderr, "FAIL: %d entries, %d exits, depth %u\n", entries,
	       exits, interceptor_thread_depth ());
      return 1;
    }
  return st_finish ("GPR leaf");
}
