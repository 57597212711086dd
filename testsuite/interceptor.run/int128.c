/* { dg-do run } */
/* { dg-skip-variant "-m32" "i386 has no __int128" } */
/* __int128 arguments and return values (SPEC 3.1, 3.2): in register
   pairs (%rdi:%rsi ... and %rax:%rdx) and, once the six argument
   registers run out (an __int128 is never split between registers and
   the stack), on the stack; through a transparent interceptor and one
   with an exit part that does 128-bit arithmetic of its own.  */

#include <interceptor.h>
#include "check.h"

#ifdef __SIZEOF_INT128__

typedef unsigned __int128 u128;
typedef __int128 s128;

extern s128 wide_t (s128, int, u128, u128, s128, long);
extern s128 wide_x (s128, int, u128, u128, s128, long);
extern u128 pass_t (u128);
extern u128 pass_x (u128);

#define W(hi, lo) (((u128) (hi) << 64) | (u128) (lo))

/* a in %rdi:%rsi, x in %edx, b in %rcx:%r8, c on the stack (%r9 is
   left over but cannot take half of it), d on the stack, y in %r9.  */
__attribute__ ((noinline, noclone)) s128
real_wide (s128 a, int x, u128 b, u128 c, s128 d, long y)
{
  /* Unsigned arithmetic: wraps instead of overflowing.  */
  return (s128) ((u128) a * (u128) (s128) x + (b ^ (c >> 3)) - (u128) d
		 + (u128) (s128) y);
}

__attribute__ ((noinline, noclone)) u128
real_pass (u128 v)
{
  return ~v;
}

static u128 __attribute__ ((noinline))
noise128 (u128 v)
{
  return v * W (0x9e3779b97f4a7c15ULL, 0xf39cc0605cedc834ULL) + 1;
}

INTERCEPTOR (wide_t, pass_t)
{
  u128 junk = noise128 (42);
  fp_noise ();
  CHECK (junk != 0);
  GOTO_TARGET (strcmp (INTERCEPTED_NAME, "wide_t") == 0
	       ? (void *) real_wide : (void *) real_pass);
}

INTERCEPTOR (wide_x, pass_x)
{
  u128 junk = noise128 (INTERCEPTED_NAME[0]);
  GOTO_TARGET (strcmp (INTERCEPTED_NAME, "wide_x") == 0
	       ? (void *) real_wide : (void *) real_pass);
  CHECK (junk == noise128 (INTERCEPTED_NAME[0]));
  junk = noise128 (junk);
  fp_noise ();
  GOTO_RETURN ();
}

int
main (void)
{
  int i;

  for (i = 0; i < 8; i++)
    {
      s128 a = (s128) W (0x0123456789abcdefULL + i, 0xfedcba9876543210ULL);
      u128 b = W (0xaaaaaaaa55555555ULL, 0x1111111122222222ULL * i);
      u128 c = W (0x8000000000000001ULL, 0x7fffffffffffffffULL - i);
      s128 d = -(s128) W (i, 0xdeadbeefcafebabeULL);
      long y = 0x7777777777L * i;
      s128 want = real_wide (a, -3 * i, b, c, d, y);

      CHECK (wide_t (a, -3 * i, b, c, d, y) == want);
      CHECK (wide_x (a, -3 * i, b, c, d, y) == want);
      CHECK (pass_t (b) == ~b);
      CHECK (pass_x (c) == ~c);
    }
  return 0;
}

#else /* no __int128 (i386) */

int
main (void)
{
  return 0;
}

#endif
