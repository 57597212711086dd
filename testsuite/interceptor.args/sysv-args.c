/* { dg-do run } */
/* INTERCEPTED_ARG and INTERCEPTED_SET_ARG with INTERCEPTOR_PROTOTYPE,
   SysV x86_64: integer and pointer arguments in %rdi..%r9 then on the
   stack, float and double in %xmm0-7 then on the stack, long double
   always on the stack (16-byte aligned), each class counted on its
   own.  On i386 (cdecl) everything is on the stack, in 4-byte words.  */

#include <interceptor.h>
#include <string.h>
#include "check.h"

typedef long double ld;

extern long mix (int, const char *, double, float, ld, long, short, char,
		 unsigned long, long, double, double, double, double,
		 double, double, double, double, ld, int);
static int seen;

__attribute__ ((noinline, noclone)) long
real_mix (int a, const char *s, double d0, float f1, ld l0, long b,
	  short c, char e, unsigned long g, long h, double d2, double d3,
	  double d4, double d5, double d6, double d7, double d8, double d9,
	  ld l1, int i)
{
  seen++;
  CHECK (a == -100);		/* changed */
  CHECK (strcmp (s, "changed") == 0);
  CHECK (d0 == 0.25);		/* changed */
  CHECK (f1 == 1.5f);
  CHECK (l0 == 3.0L);		/* changed */
  CHECK (b == 4);
  CHECK (c == -5);
  CHECK (e == 'x');		/* changed */
  CHECK (g == 7);
  CHECK (h == 8);		/* stack */
  CHECK (d2 == 2.0 && d3 == 3.0 && d4 == 4.0 && d5 == 5.0 && d6 == 6.0
	 && d7 == 7.0);
  CHECK (d8 == -8.5);		/* stack, changed */
  CHECK (d9 == 9.0);		/* stack */
  CHECK (l1 == -1.25L);		/* stack */
  CHECK (i == 1234);		/* stack, changed */
  return 42;
}

INTERCEPTOR (mix)
{
  INTERCEPTOR_PROTOTYPE (int, const char *, double, float, ld, long, short,
			 char, unsigned long, long, double, double, double,
			 double, double, double, double, double, ld, int);

  CHECK (INTERCEPTED_ARG (int, 0) == 1);
  CHECK (strcmp (INTERCEPTED_ARG (const char *, 1), "orig") == 0);
  CHECK (INTERCEPTED_ARG (double, 2) == 0.5);
  CHECK (INTERCEPTED_ARG (float, 3) == 1.5f);
  CHECK (INTERCEPTED_ARG (ld, 4) == 2.5L);
  CHECK (INTERCEPTED_ARG (long, 5) == 4);
  CHECK (INTERCEPTED_ARG (short, 6) == -5);
  CHECK (INTERCEPTED_ARG (char, 7) == 'e');
  CHECK (INTERCEPTED_ARG (unsigned long, 8) == 7);
  CHECK (INTERCEPTED_ARG (long, 9) == 8);
  CHECK (INTERCEPTED_ARG (double, 15) == 7.0);
  CHECK (INTERCEPTED_ARG (double, 16) == 8.0);
  CHECK (INTERCEPTED_ARG (double, 17) == 9.0);
  CHECK (INTERCEPTED_ARG (ld, 18) == -1.25L);
  CHECK (INTERCEPTED_ARG (int, 19) == 19);

  INTERCEPTED_SET_ARG (int, 0, -100);
  INTERCEPTED_SET_ARG (const char *, 1, "changed");
  INTERCEPTED_SET_ARG (double, 2, 0.25);
  INTERCEPTED_SET_ARG (ld, 4, 3.0L);
  INTERCEPTED_SET_ARG (char, 7, 'x');
  INTERCEPTED_SET_ARG (double, 16, -8.5);
  INTERCEPTED_SET_ARG (int, 19, 1234);
  GOTO_TARGET (real_mix);
}

int
main (void)
{
  CHECK (mix (1, "orig", 0.5, 1.5f, 2.5L, 4, -5, 'e', 7, 8, 2.0, 3.0, 4.0,
	      5.0, 6.0, 7.0, 8.0, 9.0, -1.25L, 19) == 42);
  CHECK (seen == 1);
  return 0;
}
