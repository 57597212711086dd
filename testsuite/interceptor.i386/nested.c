/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* Call state with interceptors nested inside the body (SPEC 3.2), the
   i386 counterpart of interceptor.callstate/nested.c: the entry and exit
   parts call other intercepted functions -- with exit parts of their
   own, returning in %eax/%edx and on the x87 stack, one of them stdcall
   -- while the runtime holds this invocation's saved arguments and
   return values.  With a callee-popping target (stdcall, `ret $n') the
   exit part's nested calls run below the record's return-address slot,
   which the target's `ret $n' left in the popped argument area: the
   runtime must not take the record for an abandoned one.  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

extern void cs_outer (void);
extern long double inner_ld (long double);
extern long long inner_ll (long long, int);
extern int __attribute__ ((stdcall)) inner_sc (int, int, int);

static long double __attribute__ ((noinline, noclone))
real_inner_ld (long double x)
{
  return x * 3;
}

static long long __attribute__ ((noinline, noclone))
real_inner_ll (long long x, int k)
{
  return x * k;
}

static int __attribute__ ((stdcall, noinline, noclone))
real_inner_sc (int a, int b, int c)
{
  return a - b * c;
}

INTERCEPTOR (inner_ld, inner_ll, inner_sc)
{
  s32_clobber ();
  GOTO_TARGET (INTERCEPTED_NAME[7] == 'd' ? (void *) real_inner_ld
	       : INTERCEPTED_NAME[7] == 'l' ? (void *) real_inner_ll
	       : (void *) real_inner_sc);
  s32_clobber ();
  GOTO_RETURN ();
}

static void
nested_calls (const char *where)
{
  if (inner_ld (1.5L) != 4.5L || inner_ll (1LL << 40, -3) != -(3LL << 40)
      || inner_sc (100, 7, 9) != 37)
    {
      fprintf (stderr, "FAIL: nested call in the %s\n", where);
      abort ();
    }
}

INTERCEPTOR (cs_outer)
{
  s32_noise ("entry part");
  nested_calls ("entry part");
  s32_clobber ();
  GOTO_TARGET (s32_target);
  nested_calls ("exit part");
  s32_noise ("exit part");
  nested_calls ("exit part");
  if (interceptor_thread_depth () != 1)
    {
      fprintf (stderr, "FAIL: depth %u in the exit part\n",
	       interceptor_thread_depth ());
      abort ();
    }
  s32_clobber ();
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { .nstack = 6 };
  int k;

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (k = 0; k <= 2; k++)
    {
      c.nx87 = k;
      c.pop = 0;
      s32_test ("nested, cdecl", (void *) cs_outer, &c);
    }
  /* Every distance between the old slot and the landing's frame.  */
  for (k = 4; k <= 24; k += 4)
    {
      c.nx87 = k % 3;
      c.pop = k;
      s32_test ("nested, stdcall", (void *) cs_outer, &c);
    }
  if (interceptor_thread_depth () != 0)
    {
      fprintf (stderr, "FAIL: records left behind\n");
      abort ();
    }
  return s32_finish ();
}
