/* { dg-do run } */
/* x87 excess precision (i386) would make equal results compare unequal.  */
/* { dg-options "-fexcess-precision=standard" } */
/* Floating-point arguments and return values (SPEC 3.1, 3.2): float,
   double and long double, and _Complex of each -- in SSE registers, on
   the x87 stack (long double, complex long double: %st0 and %st1) and on
   the stack -- through transparent interceptors and through interceptors
   whose entry and exit parts themselves do SSE and x87 arithmetic and
   stdio.  Each type has a target T real_NAME (T a, T b, T c) and two
   interceptors NAME_t (transparent) and NAME_x (exit part), both defined
   by one macro.  */

#include <interceptor.h>
#include "check.h"

static int exits;

#define FLOAT_CASE(T, NAME)						\
  extern T NAME##_t (T, T, T);						\
  extern T NAME##_x (T, T, T);						\
  __attribute__ ((noinline, noclone)) T					\
  real_##NAME (T a, T b, T c)						\
  {									\
    return a * b - c;							\
  }									\
  INTERCEPTOR (NAME##_t)						\
  {									\
    fp_noise ();							\
    GOTO_TARGET (real_##NAME);						\
  }									\
  INTERCEPTOR (NAME##_x)						\
  {									\
    long double noise = 1.0L / 3.0L;					\
    fp_noise ();							\
    GOTO_TARGET (real_##NAME);						\
    fp_noise ();							\
    noise = noise * noise + 1.0L;					\
    printf ("%s: exit part, %.10Lf\n", INTERCEPTED_NAME, noise);	\
    exits++;								\
    GOTO_RETURN ();							\
  }

FLOAT_CASE (float, f)
FLOAT_CASE (double, d)
FLOAT_CASE (long double, ld)
FLOAT_CASE (_Complex float, cf)
FLOAT_CASE (_Complex double, cd)
FLOAT_CASE (_Complex long double, cld)

/* The caller must get exactly what the target computed: the same
   function called directly gives the reference.  */
#define TRY(T, NAME, A, B, C)						\
  do									\
    {									\
      T a_ = (A), b_ = (B), c_ = (C);					\
      T want_ = real_##NAME (a_, b_, c_);				\
      T got_t_ = NAME##_t (a_, b_, c_);					\
      T got_x_ = NAME##_x (a_, b_, c_);					\
      CHECK (got_t_ == want_);						\
      CHECK (got_x_ == want_);						\
    }									\
  while (0)

int
main (void)
{
  int i;

  for (i = 1; i <= 5; i++)
    {
      TRY (float, f, 1.5f * i, -2.25f, 1.0f / 3.0f);
      TRY (double, d, 1.0 / i, 1e300, -1e-300 * i);
      TRY (long double, ld, 1.0L / (3 * i), 7.0L, 0x1.23456789abcdefp-3L);
      TRY (_Complex float, cf, __builtin_complex (1.5f * i, -0.5f),
	   __builtin_complex (0.25f, 3.0f), __builtin_complex (1.0f / 7, 2.0f));
      TRY (_Complex double, cd, __builtin_complex (1.0 / i, 2.0 / 3),
	   __builtin_complex (-4.5, 0.1), __builtin_complex (1e10, -1e-10));
      TRY (_Complex long double, cld,
	   __builtin_complex (1.0L / (7 * i), 2.0L / 3),
	   __builtin_complex (-4.5L, 0.1L),
	   __builtin_complex (1e100L, -1e-100L));
    }
  CHECK (exits == 5 * 6);

  /* A long double result must not be merely close: check some bits.  */
  {
    long double x = ld_x (1.0L, 1.0L / 3.0L, 0.0L);
    CHECK (x == 1.0L / 3.0L);
    CHECK (x != (long double) (double) (1.0L / 3.0L));
  }
  return 0;
}
