/* { dg-do run } */
/* x87 excess precision (i386) would make equal results compare unequal.  */
/* { dg-options "-fexcess-precision=standard" } */
/* An exit part may run arbitrary C -- stdio, long double arithmetic,
   vectorised memcpy/memset, qsort, strtold -- without disturbing the
   return value the caller gets, whatever its class (SPEC 3.2): integer,
   pointer, double, long double (%st0), complex long double (%st0/%st1),
   a struct in %xmm0/%xmm1, a struct through the hidden pointer.  */

#include <stdint.h>
#include <interceptor.h>
#include "check.h"

struct two_d { double x, y; };
struct many { long v[9]; };

extern long r_long (long);
extern char *r_ptr (char *);
extern double r_double (double);
extern long double r_ldouble (long double);
extern _Complex long double r_cldouble (long double);
extern struct two_d r_two_d (double);
extern struct many r_many (long);

__attribute__ ((noinline, noclone)) long real_long (long x) { return x * 7 - 1; }
__attribute__ ((noinline, noclone)) char *real_ptr (char *p) { return p + 3; }
__attribute__ ((noinline, noclone)) double real_double (double x) { return x / 3; }
__attribute__ ((noinline, noclone)) long double real_ldouble (long double x) { return x / 3; }

__attribute__ ((noinline, noclone)) _Complex long double
real_cldouble (long double x)
{
  return __builtin_complex (x / 3, -x / 7);
}

__attribute__ ((noinline, noclone)) struct two_d
real_two_d (double x)
{
  struct two_d r = { x / 3, x * 1e100 };
  return r;
}

__attribute__ ((noinline, noclone)) struct many
real_many (long x)
{
  struct many r;
  int i;
  for (i = 0; i < 9; i++)
    r.v[i] = x * i - 1;
  return r;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static long double ld_sink;

/* What both parts of the interceptor below do.  */
static void __attribute__ ((noinline))
busy (const char *where)
{
  static char src[65536], dst[65536];
  double v[64];
  long double acc = 1.0L;
  char text[256];
  int i;

  for (i = 0; i < 64; i++)
    v[i] = (i * 37 % 64) / 7.0;
  qsort (v, 64, sizeof v[0], cmp_double);
  for (i = 0; i < 50; i++)
    acc = acc * 1.0625L + 1.0L / (i + 1);
  acc += strtold ("1.00000000000000000001", NULL);
  ld_sink = acc;
  memset (src, where[0], sizeof src);
  memcpy (dst, src, sizeof dst);
  memmove (dst + 1, dst, sizeof dst - 1);
  snprintf (text, sizeof text, "%s: %.21Lg %a %g %.20s %c", where, acc, v[63],
	    v[0], dst + 100, dst[65535]);
  printf ("%s\n", text);
  fflush (stdout);
}

static void *
pick (const char *name)
{
  if (strcmp (name, "r_long") == 0) return (void *) real_long;
  if (strcmp (name, "r_ptr") == 0) return (void *) real_ptr;
  if (strcmp (name, "r_double") == 0) return (void *) real_double;
  if (strcmp (name, "r_ldouble") == 0) return (void *) real_ldouble;
  if (strcmp (name, "r_cldouble") == 0) return (void *) real_cldouble;
  if (strcmp (name, "r_two_d") == 0) return (void *) real_two_d;
  if (strcmp (name, "r_many") == 0) return (void *) real_many;
  abort ();
}

static int exits;

INTERCEPTOR (r_long, r_ptr, r_double, r_ldouble, r_cldouble, r_two_d, r_many)
{
  busy ("entry");
  GOTO_TARGET (pick (INTERCEPTED_NAME));
  busy ("exit");
  exits++;
  GOTO_RETURN ();
}

int
main (void)
{
  static char buf[16];
  int n;

  for (n = 1; n <= 3; n++)
    {
      long double ld = 1.0L + n / 1024.0L;
      _Complex long double c, cw;
      struct two_d t, tw;
      struct many m, mw;

      CHECK (r_long (n) == real_long (n));
      CHECK (r_ptr (buf) == buf + 3);
      CHECK (r_double (n + 0.5) == real_double (n + 0.5));
      CHECK (r_ldouble (ld) == real_ldouble (ld));
      c = r_cldouble (ld);
      cw = real_cldouble (ld);
      CHECK (__real__ c == __real__ cw && __imag__ c == __imag__ cw);
      t = r_two_d (n);
      tw = real_two_d (n);
      CHECK (t.x == tw.x && t.y == tw.y);
      m = r_many (n);
      mw = real_many (n);
      CHECK (memcmp (&m, &mw, sizeof m) == 0);
    }
  CHECK (exits == 3 * 7);
  return 0;
}
