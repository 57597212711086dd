/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* The static chain of nested functions (SPEC 3.1): %ecx on i386,
   intact at the target although the body destroys it and calls a nested
   function of its own.  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

S32_INTERCEPTORS (cs_t, cs_x)

extern int chain_t (int);
extern int chain_x (int);
static void *volatile chain_target;

INTERCEPTOR (chain_t)
{
  s32_noise ("entry part");
  __asm__ volatile ("movl $-1, %%ecx" : : : "ecx");
  GOTO_TARGET (chain_target);
}

INTERCEPTOR (chain_x)
{
  s32_noise ("entry part");
  __asm__ volatile ("movl $-1, %%ecx" : : : "ecx");
  GOTO_TARGET (chain_target);
  s32_noise ("exit part");
  GOTO_RETURN ();
}

/* int chain_probe (int x): x + the static chain %ecx.  */
extern int chain_probe (int);
__asm__ ("\t.text\n"
	 "\t.type chain_probe, @function\n"
	 "chain_probe:\n"
	 "\tmovl 4(%esp), %eax\n"
	 "\taddl %ecx, %eax\n"
	 "\tret\n"
	 "\t.size chain_probe, .-chain_probe\n");

int
main (int argc, char **argv)
{
  struct s32_cfg c = { .nstack = 2 };
  int (*volatile p) (int);

  s32_run_all_paths (argc, argv);
  s32_init ();
  c.transparent = 1;
  s32_test ("static chain, transparent", (void *) cs_t, &c);
  c.transparent = 0;
  s32_test ("static chain, exit part", (void *) cs_x, &c);
  chain_target = (void *) chain_probe;
  p = chain_t;
  if (__builtin_call_with_static_chain (p (5), (void *) 0x12340000)
      != 0x12340005)
    {
      fprintf (stderr, "FAIL: static chain, transparent C call\n");
      abort ();
    }
  p = chain_x;
  if (__builtin_call_with_static_chain (p (6), (void *) 0x43210000)
      != 0x43210006)
    {
      fprintf (stderr, "FAIL: static chain, exit part C call\n");
      abort ();
    }
  return s32_finish ();
}
