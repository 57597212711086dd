/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* Call state through the GPR-only entry (doc/INTERNALS.md, 7): bodies
   that call nothing and touch general registers only enter a trampoline
   that saves no vector, x87 or MMX state.  The target must still see
   %eax, %ecx, %edx, the stack words, %xmm0-%xmm2 at the width of the
   vector path and __m64 arguments in %mm0-%mm2 (MMX state, which the
   general trampoline saves with fxsave); the caller must get the return
   registers, x87 values, an __m64 return and its callee-saved registers
   back.  stub-choice.c checks that these bodies get that stub.  See
   snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

extern void gp_t (void), gp_x (void);
static unsigned long gp_entries, gp_exits;

INTERCEPTOR (gp_t)
{
  gp_entries++;
  GOTO_TARGET (s32_target);
}

INTERCEPTOR (gp_x)
{
  gp_entries++;
  GOTO_TARGET (s32_target);
  gp_exits++;
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { 0 };
  unsigned long calls = 0;
  int n, mmx;

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (n = 0; n <= 2; n++)
    for (mmx = 0; mmx <= 1; mmx++)
      {
	c.nstack = n;
	c.mmx_in = mmx;
	/* Returns: x87 values (0-2), or with MMX state an __m64.  */
	c.nx87 = mmx ? 0 : n;
	c.mmx_out = mmx;
	c.transparent = 1;
	s32_test ("GPR-only entry, transparent", (void *) gp_t, &c);
	c.transparent = 0;
	s32_test ("GPR-only entry, exit part", (void *) gp_x, &c);
	calls++;
      }
  if (gp_entries != 2 * calls || gp_exits != calls)
    {
      fprintf (stderr, "FAIL: the bodies ran %lu entry and %lu exit parts, "
	       "not %lu and %lu\n", gp_entries, gp_exits, 2 * calls, calls);
      abort ();
    }
  return s32_finish ();
}
