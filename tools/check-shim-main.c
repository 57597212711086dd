/* check-shim-main.c -- calls every function of check-shim-lib.c and
   prints the results, for check-shim.sh; also the compatibility
   versions old_fn@V1 and compat_fn@V1, as a binary linked against an
   older version of the library would.  */
#include <stdio.h>

extern int add (int, int);
extern double scale (double, double);
extern long double ldmul (long double, int);
extern int sum_ints (int, ...);
extern double sum_doubles (int, ...);
struct big { long a, b, c, d; };
extern struct big make_big (long);
extern long fact (int);
extern int twice (int);
extern int old_fn (void);
extern int call_hidden (void);
extern int old_fn_v1 (void), compat_fn_v1 (void);
__asm__ (".symver old_fn_v1, old_fn@V1");
__asm__ (".symver compat_fn_v1, compat_fn@V1");

int
main (void)
{
  struct big b = make_big (10);
  printf ("add %d\n", add (2, 3));
  printf ("scale %g\n", scale (1.5, 4.0));
  printf ("ldmul %Lg\n", ldmul (2.5L, 3));
  printf ("sum_ints %d\n", sum_ints (4, 1, 2, 3, 4));
  printf ("sum_doubles %g\n", sum_doubles (3, 0.5, 1.5, 2.0));
  printf ("make_big %ld %ld %ld %ld\n", b.a, b.b, b.c, b.d);
  printf ("fact %ld\n", fact (5));
  printf ("twice %d\n", twice (21));
  printf ("old_fn %d\n", old_fn ());
  printf ("call_hidden %d\n", call_hidden ());
  printf ("old_fn@V1 %d\n", old_fn_v1 ());
  printf ("compat_fn@V1 %d\n", compat_fn_v1 ());
  return 0;
}
