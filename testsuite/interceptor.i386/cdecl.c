/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* cdecl (SPEC 3.1-3.3): every argument on the stack, the caller pops
   them; returns in %eax/%edx, %st0, or %xmm0 (vector types).  The
   register-level snapshot, then C calls of many argument types through
   both kinds of interceptor.  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

S32_INTERCEPTORS (cs_t, cs_x)

struct big { char c[13]; };
extern long long cd_t (char, short, int, long long, float, double,
		       long double, struct big, void *);
extern long long cd_x (char, short, int, long long, float, double,
		       long double, struct big, void *);

static long long __attribute__ ((noinline, noclone))
real_cd (char a, short b, int c, long long d, float e, double f,
	 long double g, struct big h, void *p)
{
  long long r = a * 3 + b * 5 + c * 7 + d * 11 + (long long) (e * 13)
    + (long long) (f * 17) + (long long) (g * 19) + (intptr_t) p;
  int i;
  for (i = 0; i < 13; i++)
    r = r * 31 + h.c[i];
  return r;
}

INTERCEPTOR (cd_t)
{
  s32_noise ("entry part");
  GOTO_TARGET (real_cd);
}

INTERCEPTOR (cd_x)
{
  s32_noise ("entry part");
  GOTO_TARGET (real_cd);
  s32_noise ("exit part");
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { .transparent = 1, .nstack = 6 };
  struct big h = { "abcdefghijkl" };
  long long want;
  int n;

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (n = 0; n <= 8; n += 2)
    {
      c.nstack = n;
      c.transparent = 1;
      s32_test ("cdecl, transparent", (void *) cs_t, &c);
      c.transparent = 0;
      s32_test ("cdecl, exit part", (void *) cs_x, &c);
    }
  want = real_cd (-3, 1234, -567890, 0x123456789abcll, 1.5f, -2.25, 3.125L,
		  h, &h);
  if (cd_t (-3, 1234, -567890, 0x123456789abcll, 1.5f, -2.25, 3.125L, h, &h)
      != want
      || cd_x (-3, 1234, -567890, 0x123456789abcll, 1.5f, -2.25, 3.125L, h,
	       &h) != want)
    {
      fprintf (stderr, "FAIL: cdecl C call\n");
      abort ();
    }
  return s32_finish ();
}
