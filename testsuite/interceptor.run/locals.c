/* { dg-do run } */
/* Local variables of a body keep their values from the entry part into
   the exit part (SPEC 2.2), whatever their type: scalars of every kind,
   long double, complex, arrays, structs, unions, an over-aligned array, a
   variable whose address is taken (and used by the target meanwhile),
   compound literals, variables of a nested block, a register variable,
   variables declared in the exit part.  The target scrubs the stack and
   works the FPU in between, so nothing survives by accident on the
   stack or in a register.  */

#include <stdint.h>
#include <interceptor.h>
#include "check.h"

extern int loc (int);

struct pt
{
  int x;
  double y;
  char tag[6];
};

union un
{
  long l;
  double d;
};

static int *target_writes_here;	/* the body's address-taken local */
static int seed;		/* what the caller passes, for the body */
static int exit_parts_ok;

__attribute__ ((noinline, noclone)) int
real_loc (int s)
{
  scrub_stack ();
  fp_noise ();
  *target_writes_here += s;
  return s * 2;
}

INTERCEPTOR (loc)
{
  /* Scalars.  */
  char c = 'q';
  short s = -1234;
  int i = 0x12345678 + seed;
  long long ll = 0x1122334455667788LL;
  unsigned char uc = 200;
  float f = 1.5f;
  double d = -2.75;
  long double ld = 1.0L / 3.0L;
  _Complex double cd = __builtin_complex (1.0, -2.0);
  _Complex long double cld = __builtin_complex (0.5L, 1.0L / 7.0L);
#ifdef __SIZEOF_INT128__
  unsigned __int128 wide = ((unsigned __int128) 0x0123456789abcdefULL << 64)
			   | 0xfedcba9876543210ULL;
#endif
  const char *str = "locals";
  const char *name = INTERCEPTED_NAME;
  unsigned int depth = INTERCEPTED_DEPTH;
  int (*fn) (int) = real_loc;
  register int reg = 77 + seed;

  /* Aggregates.  */
  int arr[16];
  char buf[40];
  char big[4096];
  struct pt p = { 7, 8.5, "tag" };
  union un u;
  _Alignas (64) unsigned char aligned[64];

  /* Address taken: the target writes to it through a pointer.  */
  int taken = 100;
  int *ptaken = &taken;

  /* Compound literals.  */
  struct pt *lit = &(struct pt) { 9, 9.5, "lit" };
  int *ilit = (int[]) { 1, 2, 3, seed };

  /* A static local is not per invocation; it just works as usual.  */
  static int calls;
  int my_call = ++calls;

  int k;

  for (k = 0; k < 16; k++)
    arr[k] = k * k - 3 + seed;
  snprintf (buf, sizeof buf, "%s-%d", name, seed);
  memset (big, seed & 0xff, sizeof big);
  u.d = 6.25;
  memset (aligned, 0x5a, sizeof aligned);
  target_writes_here = &taken;

  {
    /* Locals of a nested block that encloses GOTO_TARGET.  */
    double inner = d * 4;
    long double inner_ld = ld * 3;
    char inner_buf[3] = "ok";

    GOTO_TARGET (real_loc);

    /* Exit part: everything as the entry part left it.  */
    CHECK (c == 'q');
    CHECK (s == -1234);
    CHECK (i == 0x12345678 + seed);
    CHECK (ll == 0x1122334455667788LL);
    CHECK (uc == 200);
    CHECK (f == 1.5f);
    CHECK (d == -2.75);
    CHECK (ld == 1.0L / 3.0L);
    CHECK (__real__ cd == 1.0 && __imag__ cd == -2.0);
    CHECK (__real__ cld == 0.5L && __imag__ cld == 1.0L / 7.0L);
#ifdef __SIZEOF_INT128__
    CHECK ((unsigned long long) (wide >> 64) == 0x0123456789abcdefULL);
    CHECK ((unsigned long long) wide == 0xfedcba9876543210ULL);
#endif
    CHECK (strcmp (str, "locals") == 0);
    CHECK (name == INTERCEPTED_NAME && strcmp (name, "loc") == 0);
    CHECK (depth == 0 && depth == INTERCEPTED_DEPTH);
    CHECK (fn == real_loc);
    CHECK (reg == 77 + seed);

    for (k = 0; k < 16; k++)
      CHECK (arr[k] == k * k - 3 + seed);
    {
      char expect[40];
      snprintf (expect, sizeof expect, "loc-%d", seed);
      CHECK (strcmp (buf, expect) == 0);
    }
    for (k = 0; k < (int) sizeof big; k++)
      CHECK (big[k] == (char) (seed & 0xff));
    CHECK (p.x == 7 && p.y == 8.5 && strcmp (p.tag, "tag") == 0);
    CHECK (u.d == 6.25);
    CHECK (((uintptr_t) aligned & 63) == 0);
    for (k = 0; k < 64; k++)
      CHECK (aligned[k] == 0x5a);

    /* The target added seed to `taken' through its address, and the
       address is still the same.  */
    CHECK (ptaken == &taken);
    CHECK (target_writes_here == &taken);
    CHECK (taken == 100 + seed);

    CHECK (lit->x == 9 && lit->y == 9.5 && strcmp (lit->tag, "lit") == 0);
    CHECK (ilit[0] == 1 && ilit[1] == 2 && ilit[2] == 3 && ilit[3] == seed);

    CHECK (my_call == calls);

    CHECK (inner == -11.0);
    CHECK (inner_ld == ld * 3);
    CHECK (strcmp (inner_buf, "ok") == 0);

    /* Variables declared in the exit part, and changes made in it.  */
    {
      long later = (long) i * 2;
      int *q = &taken;
      fp_noise ();
      *q += 1;
      p.x++;
      CHECK (later == 2L * (0x12345678 + seed));
      CHECK (taken == 101 + seed && p.x == 8);
    }

    exit_parts_ok++;
    GOTO_RETURN ();
  }
}

int
main (void)
{
  int n;

  for (n = 1; n <= 20; n++)
    {
      seed = n * 37;
      CHECK (loc (seed) == 2 * seed);
      CHECK (exit_parts_ok == n);
    }
  return 0;
}
