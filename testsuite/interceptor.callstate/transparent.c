/* { dg-do run } */
/* { dg-skip-variant "-m32" "x86_64 snapshot; i386: interceptor.i386" } */
/* Call state through a transparent interceptor (SPEC 3.1-3.3): the
   body destroys every caller-saved register and runs stdio, memcpy and
   x87 code, then GOTO_TARGET; the target must still see every argument
   register, the stack arguments and the caller's own return address,
   and the caller must get the target's return registers and its
   callee-saved registers (SysV and ms_abi) back.  See snapshot.h.  */

#include <interceptor.h>
#include "snapshot.h"

#if SNAP_SUPPORTED

extern void cs_transparent (void);

INTERCEPTOR (cs_transparent)
{
  snap_body_noise ("entry part");
  GOTO_TARGET (snap_target);
}

int
main (int argc, char **argv)
{
  snap_run_all_paths (argc, argv);
  snap_init ();
  snap_test ("transparent", (void *) cs_transparent, 1, 0, 0, 4);
  return snap_finish ();
}

#else

int
main (void)
{
  return 0;
}

#endif
