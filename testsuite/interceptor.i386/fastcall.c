/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* fastcall (SPEC 3.1): the first two integer arguments in %ecx and
   %edx, the rest on the stack, popped by the callee.  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

S32_INTERCEPTORS (cs_t, cs_x)

extern int __attribute__ ((fastcall)) fc_t (int, char, int, short);
extern int __attribute__ ((fastcall)) fc_x (int, char, int, short);

static int __attribute__ ((fastcall, noinline, noclone))
real_fc (int a, char b, int c, short d)
{
  return a * 3 + b * 5 + c * 7 + d * 11;
}

INTERCEPTOR (fc_t)
{
  s32_noise ("entry part");
  GOTO_TARGET (real_fc);
}

INTERCEPTOR (fc_x)
{
  s32_noise ("entry part");
  GOTO_TARGET (real_fc);
  s32_noise ("exit part");
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { 0 };
  int want, n;

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (n = 0; n <= 4; n += 2)
    {
      c.nstack = n;
      c.pop = 4 * n;
      c.transparent = 1;
      s32_test ("fastcall, transparent", (void *) cs_t, &c);
      c.transparent = 0;
      s32_test ("fastcall, exit part", (void *) cs_x, &c);
    }
  want = real_fc (100000, -7, 99, -12345);
  if (fc_t (100000, -7, 99, -12345) != want
      || fc_x (100000, -7, 99, -12345) != want)
    {
      fprintf (stderr, "FAIL: fastcall C call\n");
      abort ();
    }
  return s32_finish ();
}
