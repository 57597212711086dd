/* { dg-do run } */
/* INTERCEPTED_RETURN and INTERCEPTED_SET_RETURN in the exit part:
   integers and pointers in %rax, float and double in %xmm0, long double
   in %st0 (on i386 float and double too, converted from and to the x87
   format).  */

#include <interceptor.h>
#include "check.h"

typedef long double ld;

extern long r_long (long);
extern char *r_ptr (char *);
extern float r_float (float);
extern double r_double (double);
extern ld r_ld (ld);
extern unsigned char r_uchar (void);

__attribute__ ((noinline, noclone)) long real_r_long (long x) { return x + 1; }
__attribute__ ((noinline, noclone)) char *real_r_ptr (char *p) { return p + 1; }
__attribute__ ((noinline, noclone)) float real_r_float (float x) { return x * 2; }
__attribute__ ((noinline, noclone)) double real_r_double (double x) { return x * 3; }
__attribute__ ((noinline, noclone)) ld real_r_ld (ld x) { return x * 4; }
__attribute__ ((noinline, noclone)) unsigned char real_r_uchar (void) { return 200; }

static int exits;

INTERCEPTOR (r_long)
{
  GOTO_TARGET (real_r_long);
  CHECK (INTERCEPTED_RETURN (long) == 11);
  INTERCEPTED_SET_RETURN (long, INTERCEPTED_RETURN (long) * 100);
  exits++;
  GOTO_RETURN ();
}

INTERCEPTOR (r_ptr)
{
  GOTO_TARGET (real_r_ptr);
  INTERCEPTED_SET_RETURN (char *, INTERCEPTED_RETURN (char *) + 1);
  exits++;
  GOTO_RETURN ();
}

INTERCEPTOR (r_float)
{
  GOTO_TARGET (real_r_float);
  CHECK (INTERCEPTED_RETURN (float) == 3.0f);
  INTERCEPTED_SET_RETURN (float, -0.5f);
  exits++;
  GOTO_RETURN ();
}

INTERCEPTOR (r_double)
{
  GOTO_TARGET (real_r_double);
  CHECK (INTERCEPTED_RETURN (double) == 4.5);
  INTERCEPTED_SET_RETURN (double, INTERCEPTED_RETURN (double) + 0.25);
  exits++;
  GOTO_RETURN ();
}

INTERCEPTOR (r_ld)
{
  GOTO_TARGET (real_r_ld);
  CHECK (INTERCEPTED_RETURN (ld) == 10.0L);
  INTERCEPTED_SET_RETURN (ld, 1.0L / 3);
  exits++;
  GOTO_RETURN ();
}

INTERCEPTOR (r_uchar)
{
  GOTO_TARGET (real_r_uchar);
  CHECK (INTERCEPTED_RETURN (unsigned char) == 200);
  INTERCEPTED_SET_RETURN (unsigned char, 7);
  exits++;
  GOTO_RETURN ();
}

int
main (void)
{
  static char buf[4];

  CHECK (r_long (10) == 1100);
  CHECK (r_ptr (buf) == buf + 2);
  CHECK (r_float (1.5f) == -0.5f);
  CHECK (r_double (1.5) == 4.75);
  CHECK (r_ld (2.5L) == 1.0L / 3);
  CHECK (r_uchar () == 7);
  CHECK (exits == 6);
  return 0;
}
