/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* x87 returns (SPEC 3.2): float, double and long double return in
   %st0, complex long double in %st0/%st1; a function returning nothing
   leaves the x87 stack empty.  The return landing must keep exactly
   what the target left: never push onto an empty stack, never leave a
   stray entry.  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

S32_INTERCEPTORS (cs_t, cs_x)

extern long double ld_t (long double, int);
extern long double ld_x (long double, int);
extern _Complex long double cld_t (long double, int);
extern _Complex long double cld_x (long double, int);
extern double d_x (long double, int);
extern float f_x (long double, int);

static long double __attribute__ ((noinline, noclone))
real_ld (long double x, int n)
{
  return x / 3 + n;
}

static _Complex long double __attribute__ ((noinline, noclone))
real_cld (long double x, int n)
{
  _Complex long double r;
  __real__ r = x / 7;
  __imag__ r = -x / 11 + n;
  return r;
}

static double __attribute__ ((noinline, noclone))
real_d (long double x, int n)
{
  return (double) (x / 3) + n;
}

static float __attribute__ ((noinline, noclone))
real_f (long double x, int n)
{
  return (float) (x / 3) + n;
}

static void *
pick (const char *name)
{
  if (name[0] == 'c')
    return (void *) real_cld;
  if (name[0] == 'd')
    return (void *) real_d;
  if (name[0] == 'f')
    return (void *) real_f;
  return (void *) real_ld;
}

INTERCEPTOR (ld_t, cld_t)
{
  s32_noise ("entry part");
  GOTO_TARGET (pick (INTERCEPTED_NAME));
}

INTERCEPTOR (ld_x, cld_x, d_x, f_x)
{
  s32_noise ("entry part");
  GOTO_TARGET (pick (INTERCEPTED_NAME));
  s32_noise ("exit part");
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { .nstack = 2 };
  long double x = 1.0L / 7;
  _Complex long double w, g1, g2;
  volatile double dd;
  volatile float ff;
  int k;

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (k = 0; k <= 2; k++)
    {
      c.nx87 = k;
      c.transparent = 1;
      s32_test ("x87, transparent", (void *) cs_t, &c);
      c.transparent = 0;
      s32_test ("x87, exit part", (void *) cs_x, &c);
    }
  w = real_cld (x, 3);
  g1 = cld_t (x, 3);
  g2 = cld_x (x, 3);
  dd = d_x (x, 5);
  ff = f_x (x, 5);
  if (ld_t (x, 4) != real_ld (x, 4) || ld_x (x, 4) != real_ld (x, 4)
      || memcmp (&g1, &w, 10) != 0 || memcmp (&g2, &w, 10) != 0
      || memcmp ((char *) &g1 + sizeof (long double),
		 (char *) &w + sizeof (long double), 10) != 0
      || memcmp ((char *) &g2 + sizeof (long double),
		 (char *) &w + sizeof (long double), 10) != 0
      || dd != real_d (x, 5) || ff != real_f (x, 5))
    {
      fprintf (stderr, "FAIL: x87 C calls\n");
      abort ();
    }
  return s32_finish ();
}
