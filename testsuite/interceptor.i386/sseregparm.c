/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-msse2 -fno-pie -no-pie -fexcess-precision=standard" } */
/* sseregparm (SPEC 3.1-3.2): float and double arguments in
   %xmm0-%xmm2, float and double returns in %xmm0; vector arguments in
   %xmm0-%xmm2 at the width the CPU has (checked by the snapshot).  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

S32_INTERCEPTORS (cs_t, cs_x)

extern double __attribute__ ((sseregparm)) sr_t (double, float, double, int);
extern double __attribute__ ((sseregparm)) sr_x (double, float, double, int);
extern float __attribute__ ((sseregparm)) srf_t (float, float, float);
extern float __attribute__ ((sseregparm)) srf_x (float, float, float);

static double __attribute__ ((sseregparm, noinline, noclone))
real_sr (double a, float b, double c, int d)
{
  return a * 3 + b * 5 + c * 7 + d;
}

static float __attribute__ ((sseregparm, noinline, noclone))
real_srf (float a, float b, float c)
{
  return a * 3 + b * 5 + c;
}

INTERCEPTOR (sr_t, srf_t)
{
  s32_noise ("entry part");
  GOTO_TARGET (INTERCEPTED_NAME[2] == 'f' ? (void *) real_srf
					   : (void *) real_sr);
}

INTERCEPTOR (sr_x, srf_x)
{
  s32_noise ("entry part");
  GOTO_TARGET (INTERCEPTED_NAME[2] == 'f' ? (void *) real_srf
					   : (void *) real_sr);
  s32_noise ("exit part");
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { .nstack = 2 };
  double want;
  float wantf;

  s32_run_all_paths (argc, argv);
  s32_init ();
  c.transparent = 1;
  s32_test ("sseregparm, transparent", (void *) cs_t, &c);
  c.transparent = 0;
  s32_test ("sseregparm, exit part", (void *) cs_x, &c);
  want = real_sr (1.0 / 3, 2.5f, -1e100, 9);
  wantf = real_srf (1.0f / 3, -2.75f, 1e30f);
  if (sr_t (1.0 / 3, 2.5f, -1e100, 9) != want
      || sr_x (1.0 / 3, 2.5f, -1e100, 9) != want
      || srf_t (1.0f / 3, -2.75f, 1e30f) != wantf
      || srf_x (1.0f / 3, -2.75f, 1e30f) != wantf)
    {
      fprintf (stderr, "FAIL: sseregparm C call\n");
      abort ();
    }
  return s32_finish ();
}
