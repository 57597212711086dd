/* { dg-do run } */
/* Variadic targets (SPEC 3.1): the arguments, including doubles and long
   doubles in registers and on the stack, and on x86_64 %al (the number
   of vector registers used, which the target's va_start relies on),
   reach the target intact while the body does floating point and stdio.
   Targets are a printf-like function of the test and libc's snprintf
   itself.  */

#include <stdarg.h>
#include <interceptor.h>
#include "check.h"

extern double vsum (const char *, ...);
extern double vsum_x (const char *, ...);
extern int my_snprintf (char *, size_t, const char *, ...);
extern int my_snprintf_x (char *, size_t, const char *, ...);

/* Sum of the arguments described by FMT (i int, l long, d double,
   L long double), each weighted by its position, so that any argument
   lost, garbled or out of place changes the result.  */
__attribute__ ((noinline, noclone)) double
real_vsum (const char *fmt, ...)
{
  va_list ap;
  double s = 0;
  int k;

  va_start (ap, fmt);
  for (k = 1; *fmt; fmt++, k++)
    switch (*fmt)
      {
      case 'i': s += k * (double) va_arg (ap, int); break;
      case 'l': s += k * (double) va_arg (ap, long); break;
      case 'd': s += k * va_arg (ap, double); break;
      case 'L': s += k * (double) va_arg (ap, long double); break;
      default: abort ();
      }
  va_end (ap);
  return s;
}

INTERCEPTOR (vsum)
{
  fp_noise ();
  printf ("vsum: %s %.3f\n", INTERCEPTED_NAME, 1.5);
  GOTO_TARGET (real_vsum);
}

INTERCEPTOR (vsum_x)
{
  fp_noise ();
  GOTO_TARGET (real_vsum);
  fp_noise ();
  printf ("vsum_x: exit part %Lg\n", 2.5L);
  GOTO_RETURN ();
}

INTERCEPTOR (my_snprintf)
{
  fp_noise ();
  GOTO_TARGET (snprintf);
}

INTERCEPTOR (my_snprintf_x)
{
  GOTO_TARGET ((void *) snprintf);
  fp_noise ();
  GOTO_RETURN ();
}

/* 11 doubles (3 of them on the stack on x86_64), 9 integers (with the
   format, 4 of them on the stack), 2 long doubles (always on the
   stack).  */
#define MANY "ddddddddddd" "iiiiiiiiL" "lL"
#define MANY_ARGS							\
  0.5, 1.25, 2.5, -3.75, 4.0, 5.5, 6.125, 7.0, 8.5, 9.25, 10.75,	\
  1, 2, 3, 4, 5, 6, 7, -8, 1.5L, 1234567890L, -0.25L

#define FMT "%d %.3f %s %ld %Lg %g %g %g %g %g %g %g %g %g %c %x"
#define FMT_ARGS							\
  -42, 3.14159, "str", 1234567890L, 2.75L,				\
  1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 'z', 0xbeefu

int
main (void)
{
  double expect_many = real_vsum (MANY, MANY_ARGS);
  char buf1[256], buf2[256];
  int n1, n2, i;

  for (i = 0; i < 3; i++)
    {
      CHECK (vsum (MANY, MANY_ARGS) == expect_many);
      CHECK (vsum_x (MANY, MANY_ARGS) == expect_many);

      /* %al == 0: no vector registers.  */
      CHECK (vsum ("iil", 1, 2, 3L) == 1 + 4 + 9);
      CHECK (vsum_x ("iil", 1, 2, 3L) == 1 + 4 + 9);

      /* Only register doubles.  */
      CHECK (vsum ("dd", 0.5, 0.25) == 0.5 + 2 * 0.25);
      CHECK (vsum_x ("dd", 0.5, 0.25) == 0.5 + 2 * 0.25);

      /* No variadic argument at all.  */
      CHECK (vsum ("") == 0);
      CHECK (vsum_x ("") == 0);
    }

  n1 = snprintf (buf1, sizeof buf1, FMT, FMT_ARGS);
  memset (buf2, 0, sizeof buf2);
  n2 = my_snprintf (buf2, sizeof buf2, FMT, FMT_ARGS);
  CHECK (n1 == n2 && strcmp (buf1, buf2) == 0);
  memset (buf2, 0, sizeof buf2);
  n2 = my_snprintf_x (buf2, sizeof buf2, FMT, FMT_ARGS);
  CHECK (n1 == n2 && strcmp (buf1, buf2) == 0);
  return 0;
}
