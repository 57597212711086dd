/* { dg-do run } */
/* { dg-options "-fno-pie -no-pie" } */
/* { dg-additional-sources "strict-snap.S" } */
/* Strict mode with an exit part (SPEC 3.4): the target sees the
   caller's complete state (its %rbx/%ebx too, which the normal
   trampoline uses as the anchor), and the caller gets the target's
   complete return state (callee-saved registers, RFLAGS, x87, vector
   and mask registers) although both parts do stdio, memcpy, long
   double arithmetic and clobber every caller-saved register.  Also a
   target that pops its arguments (`ret $8').  */

#include "strict.h"

extern void st_exit (void);
extern void st_exit_pop (void);
static int entries, exits;

INTERCEPTOR_STRICT INTERCEPTOR (st_exit)
{
  entries++;
  st_body_noise ("entry part");
  GOTO_TARGET (st_target);
  st_body_noise ("exit part");
  exits++;
  GOTO_RETURN ();
}

INTERCEPTOR_STRICT INTERCEPTOR (st_exit_pop)
{
  entries++;
  st_body_noise ("entry part");
  GOTO_TARGET (st_target_pop8);
  st_body_noise ("exit part");
  exits++;
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  st_prepare (argc, argv);
  for (int i = 0; i < 3; i++)
    {
      st_fn = (void *) st_exit;
      st_call ();
      st_expect_entry ("exit part, target entry");
      st_expect_after ("exit part, caller after return", &st_ret, 0);

      st_fn = (void *) st_exit_pop;
      st_call ();
      st_expect_entry ("ret $8, target entry");
      st_expect_after ("ret $8, caller after return", &st_ret, 8);
    }
  if (entries != 6 || exits != 6 || interceptor_thread_depth () != 0)
    {
      fprintf (stderr, "FAIL: %d entries, %d exits, depth %u\n", entries,
	       exits, interceptor_thread_depth ());
      return 1;
    }
  return st_finish ("exit part");
}
