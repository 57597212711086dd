/* { dg-do run } */
/* { dg-skip-variant "-m32" "x86_64 snapshot; i386: interceptor.i386" } */
/* Call state through an interceptor with an exit part (SPEC 3.1-3.3):
   both parts destroy every caller-saved register and run stdio, memcpy
   and x87 code.  The target must see every argument register and the
   stack arguments; the caller must get %rax/%rdx and %xmm0/%xmm1 at
   the full width of the runtime's vector path exactly as the target
   returned them, and its callee-saved registers (SysV and ms_abi) back.
   Run once per vector path (snap_run_all_paths).  See snapshot.h.  */

#include <interceptor.h>
#include "snapshot.h"

#if SNAP_SUPPORTED

extern void cs_exit (void);

INTERCEPTOR (cs_exit)
{
  snap_body_noise ("entry part");
  GOTO_TARGET (snap_target);
  snap_body_noise ("exit part");
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  snap_run_all_paths (argc, argv);
  snap_init ();
  snap_test ("exit part", (void *) cs_exit, 0, 0, 0, 4);
  return snap_finish ();
}

#else

int
main (void)
{
  return 0;
}

#endif
