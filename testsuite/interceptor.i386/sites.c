/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* Several GOTO_TARGET sites in one body (SPEC 2.2, 3.1-3.3), the i386
   counterpart of interceptor.callstate/sites.c: the path taken decides
   whether the invocation is transparent or has an exit part, and each
   path must preserve the call state, for a cdecl and a stdcall target.  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

extern void cs_sites (void);

static int path;

INTERCEPTOR (cs_sites)
{
  s32_noise ("entry part");
  switch (path)
    {
    case 0:
      GOTO_TARGET (s32_target);	/* transparent */
      break;
    case 1:
      GOTO_TARGET ((void *) s32_target);
      s32_noise ("exit part 1");
      GOTO_RETURN ();
    default:
      s32_noise ("more entry part");
      GOTO_TARGET (s32_target);
      s32_noise ("exit part 2");
      GOTO_RETURN ();
    }
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { .nstack = 4 };

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (path = 0; path <= 2; path++)
    {
      c.transparent = path == 0;
      c.nx87 = 2;
      c.pop = 0;
      s32_test ("sites, cdecl", (void *) cs_sites, &c);
      c.nx87 = 1;
      c.pop = 16;
      s32_test ("sites, stdcall", (void *) cs_sites, &c);
    }
  return s32_finish ();
}
