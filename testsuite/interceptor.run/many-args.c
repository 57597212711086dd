/* { dg-do run } */
/* x87 excess precision (i386) would make equal results compare unequal.  */
/* { dg-options "-fexcess-precision=standard" } */
/* Many arguments of mixed classes (SPEC 3.1): 20 integer, double and
   float arguments interleaved, more than there are argument registers of
   either class, so that several go on the stack -- through a transparent
   interceptor and one with an exit part.  Each argument is weighted
   differently, so any argument lost, garbled or swapped changes the
   result.  */

#include <interceptor.h>
#include "check.h"

#define PARAMS								\
  int i1, double d1, long i2, float f2, char i3, double d3, short i4,	\
  double d4, unsigned i5, double d5, long long i6, double d6, int i7,	\
  double d7, long i8, double d8, int i9, float f9, long i10, double d10

#define ARGS i1, d1, i2, f2, i3, d3, i4, d4, i5, d5, i6, d6, i7, d7,	\
  i8, d8, i9, f9, i10, d10

extern double many_t (PARAMS);
extern double many_x (PARAMS);
extern long ints_t (long, long, long, long, long, long, long, long,
		    long, long, long, long, long, long, long, long,
		    long, long, long, long);
extern long ints_x (long, long, long, long, long, long, long, long,
		    long, long, long, long, long, long, long, long,
		    long, long, long, long);

__attribute__ ((noinline, noclone)) double
real_many (PARAMS)
{
  return 1 * i1 + 2 * d1 + 3 * i2 + 4 * f2 + 5 * i3 + 6 * d3 + 7 * i4
    + 8 * d4 + 9 * i5 + 10 * d5 + 11 * i6 + 12 * d6 + 13 * i7 + 14 * d7
    + 15 * i8 + 16 * d8 + 17 * i9 + 18 * f9 + 19 * i10 + 20 * d10;
}

__attribute__ ((noinline, noclone)) long
real_ints (long a1, long a2, long a3, long a4, long a5, long a6, long a7,
	   long a8, long a9, long a10, long a11, long a12, long a13,
	   long a14, long a15, long a16, long a17, long a18, long a19,
	   long a20)
{
  return a1 + (a2 << 1) + (a3 << 2) + (a4 << 3) + (a5 << 4) + (a6 << 5)
    + (a7 << 6) + (a8 << 7) + (a9 << 8) + (a10 << 9) + (a11 << 10)
    + (a12 << 11) + (a13 << 12) + (a14 << 13) + (a15 << 14) + (a16 << 15)
    + (a17 << 16) + (a18 << 17) + (a19 << 18) + (a20 << 19);
}

INTERCEPTOR (many_t, ints_t)
{
  fp_noise ();
  GOTO_TARGET (INTERCEPTED_NAME[0] == 'm' ? (void *) real_many
					   : (void *) real_ints);
}

INTERCEPTOR (many_x, ints_x)
{
  char buf[64];
  fp_noise ();
  GOTO_TARGET (INTERCEPTED_NAME[0] == 'm' ? (void *) real_many
					   : (void *) real_ints);
  snprintf (buf, sizeof buf, "%s %g", INTERCEPTED_NAME, 1.0 / 3);
  fp_noise ();
  GOTO_RETURN ();
}

int
main (void)
{
  int n;

  for (n = 1; n <= 5; n++)
    {
      int i1 = 1 * n, i7 = -7, i9 = 9 * n;
      long i2 = 2L << 28, i8 = -8 * n, i10 = 10;
      char i3 = 3;
      short i4 = -4 * n;
      unsigned i5 = 5u << 28;
      long long i6 = 6LL * n;
      float f2 = 0.5f * n, f9 = -9.25f;
      double d1 = 1.5 * n, d3 = 3.25, d4 = -4.125, d5 = 5.0 / n, d6 = 6e6;
      double d7 = -7e-7, d8 = 8.5, d10 = 10.0 / 3;
      double want = real_many (ARGS);
      long iwant = real_ints (n, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
			      14, 15, 16, 17, 18, 19, -20 * n);

      CHECK (many_t (ARGS) == want);
      CHECK (many_x (ARGS) == want);
      CHECK (ints_t (n, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
		     17, 18, 19, -20 * n) == iwant);
      CHECK (ints_x (n, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
		     17, 18, 19, -20 * n) == iwant);
    }
  return 0;
}
