/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* thiscall (SPEC 3.1): the first argument in %ecx, the rest on the
   stack, popped by the callee.  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

S32_INTERCEPTORS (cs_t, cs_x)

struct obj { int k; };
extern int __attribute__ ((thiscall)) tc_t (struct obj *, int, int);
extern int __attribute__ ((thiscall)) tc_x (struct obj *, int, int);

static int __attribute__ ((thiscall, noinline, noclone))
real_tc (struct obj *self, int a, int b)
{
  return self->k * 3 + a * 5 + b * 7;
}

INTERCEPTOR (tc_t)
{
  s32_noise ("entry part");
  GOTO_TARGET (real_tc);
}

INTERCEPTOR (tc_x)
{
  s32_noise ("entry part");
  GOTO_TARGET (real_tc);
  s32_noise ("exit part");
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { 0 };
  struct obj o = { 42 };
  int want, n;

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (n = 1; n <= 3; n++)
    {
      c.nstack = n;
      c.pop = 4 * n;
      c.transparent = 1;
      s32_test ("thiscall, transparent", (void *) cs_t, &c);
      c.transparent = 0;
      s32_test ("thiscall, exit part", (void *) cs_x, &c);
    }
  want = real_tc (&o, -5, 1 << 20);
  if (tc_t (&o, -5, 1 << 20) != want || tc_x (&o, -5, 1 << 20) != want)
    {
      fprintf (stderr, "FAIL: thiscall C call\n");
      abort ();
    }
  return s32_finish ();
}
