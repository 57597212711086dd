/* { dg-do run } */
/* { dg-skip-variant "-m32" "x86_64 snapshot; i386: interceptor.i386" } */
/* The static chain register %r10 (SPEC 3.1): the caller's value reaches
   the target -- which returns it in %rax -- although the body destroys
   %r10, among others, and itself calls a GNU C nested function (whose
   calls load %r10 with the body's own chain).  See snapshot.h.  */

#include <interceptor.h>
#include "snapshot.h"

#if SNAP_SUPPORTED

extern void cs_chain_t (void);
extern void cs_chain_x (void);

/* A function with a nested function of its own: calling it sets %r10.  */
static int __attribute__ ((noinline))
use_nested (int x)
{
  int base = 17;
  int add (int y)
  {
    return base + y;
  }
  return add (x) + add (2 * x);
}

INTERCEPTOR (cs_chain_t)
{
  snap_body_noise ("entry part");
  if (use_nested (1) != 17 + 1 + 17 + 2)
    abort ();
  __asm__ volatile ("movq $-1, %%r10" : : : "r10");
  GOTO_TARGET (snap_target);
}

INTERCEPTOR (cs_chain_x)
{
  snap_body_noise ("entry part");
  __asm__ volatile ("movq $-1, %%r10" : : : "r10");
  GOTO_TARGET (snap_target);
  snap_body_noise ("exit part");
  if (use_nested (2) != 17 + 2 + 17 + 4)
    abort ();
  __asm__ volatile ("movq $-1, %%r10" : : : "r10");
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  snap_run_all_paths (argc, argv);
  snap_init ();
  snap_test ("static chain, transparent", (void *) cs_chain_t, 1, 0, 1, 3);
  snap_test ("static chain, exit part", (void *) cs_chain_x, 0, 0, 1, 3);
  return snap_finish ();
}

#else

int
main (void)
{
  return 0;
}

#endif
