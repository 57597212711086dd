/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* regparm(1), regparm(2), regparm(3) (SPEC 3.1): integer arguments
   in %eax, %edx, %ecx, the rest on the stack, popped by the caller.  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

S32_INTERCEPTORS (cs_t, cs_x)

#define RP(n)								\
  extern int __attribute__ ((regparm (n))) rp##n##_t (int, int, int, int); \
  extern int __attribute__ ((regparm (n))) rp##n##_x (int, int, int, int); \
  static int __attribute__ ((regparm (n), noinline, noclone))		\
  real_rp##n (int a, int b, int c, int d)				\
  {									\
    return a * 3 + b * 5 + c * 7 + d * 11 + n;				\
  }									\
  INTERCEPTOR (rp##n##_t)						\
  {									\
    s32_noise ("entry part");						\
    GOTO_TARGET (real_rp##n);						\
  }									\
  INTERCEPTOR (rp##n##_x)						\
  {									\
    s32_noise ("entry part");						\
    GOTO_TARGET (real_rp##n);						\
    s32_noise ("exit part");						\
    GOTO_RETURN ();							\
  }
RP (1)
RP (2)
RP (3)

#define CHECK_RP(n)							\
  do {									\
    int want = real_rp##n (-1000, 77, 1 << 24, -3);			\
    if (rp##n##_t (-1000, 77, 1 << 24, -3) != want			\
	|| rp##n##_x (-1000, 77, 1 << 24, -3) != want)			\
      {									\
	fprintf (stderr, "FAIL: regparm(%d) C call\n", n);		\
	abort ();							\
      }									\
  } while (0)

int
main (int argc, char **argv)
{
  struct s32_cfg c = { 0 };
  int n;

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (n = 0; n <= 2; n++)
    {
      c.nstack = n;
      c.transparent = 1;
      s32_test ("regparm, transparent", (void *) cs_t, &c);
      c.transparent = 0;
      s32_test ("regparm, exit part", (void *) cs_x, &c);
    }
  CHECK_RP (1);
  CHECK_RP (2);
  CHECK_RP (3);
  return s32_finish ();
}
