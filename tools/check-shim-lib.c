/* check-shim-lib.c -- a small library for check-shim.sh: plain,
   floating-point, variadic, struct-returning, self-calling (through the
   PLT), IFUNC and versioned functions, plus data that a shim must not
   cover.  */
#include <stdarg.h>

int lib_data = 42;			/* data: not covered */
const char lib_text[] = "x";		/* data: not covered */

int add (int a, int b) { return a + b; }
double scale (double x, double y) { return x * y; }
long double ldmul (long double x, int n) { return x * n; }

int
sum_ints (int n, ...)
{
  va_list ap;
  int s = 0;
  va_start (ap, n);
  for (int i = 0; i < n; i++)
    s += va_arg (ap, int);
  va_end (ap);
  return s;
}

double
sum_doubles (int n, ...)
{
  va_list ap;
  double s = 0;
  va_start (ap, n);
  for (int i = 0; i < n; i++)
    s += va_arg (ap, double);
  va_end (ap);
  return s;
}

struct big { long a, b, c, d; };
struct big make_big (long x) { struct big r = { x, x + 1, x + 2, x + 3 }; return r; }

/* Calls itself through the PLT (semantic interposition), so that under
   a shim every level comes back through the shim.  noipa and
   -fno-optimize-sibling-calls (check-shim.sh) keep GCC from turning the
   recursion into a loop or a direct call.  */
__attribute__ ((__noipa__)) long
fact (int n)
{
  return n <= 1 ? 1 : n * fact (n - 1);
}

static int twice_impl (int x) { return 2 * x; }
static void *twice_resolve (void) { return (void *) twice_impl; }
int twice (int) __attribute__ ((ifunc ("twice_resolve")));

/* old_fn@V1, old_fn@@V2 (the default) and compat_fn@V1 only.  */
__attribute__ ((symver ("old_fn@V1"))) int old_fn_v1 (void) { return 1; }
__attribute__ ((symver ("old_fn@@V2"))) int old_fn_v2 (void) { return 2; }
__attribute__ ((symver ("compat_fn@V1"))) int compat_fn_v1 (void) { return 3; }

__attribute__ ((visibility ("hidden"))) int hidden_fn (void) { return 4; }
int call_hidden (void) { return hidden_fn (); }
