/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-mmmx -msse2 -fno-pie -no-pie -fexcess-precision=standard" } */
/* __m64 (SPEC 3.1-3.2): with MMX, __m64 arguments go in %mm0-%mm2
   and an __m64 return in %mm0 -- MMX state, which aliases the x87
   stack: the runtime must keep it through the body's x87 code, and
   hand the caller %mm0 with the MMX state as the target left it.  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

#include <mmintrin.h>

S32_INTERCEPTORS (cs_t, cs_x)

extern __m64 m_t (__m64, __m64, __m64, int);
extern __m64 m_x (__m64, __m64, __m64, int);

static __m64 __attribute__ ((noinline, noclone))
real_m (__m64 a, __m64 b, __m64 c, int n)
{
  return _mm_add_pi16 (_mm_xor_si64 (a, b), _mm_add_pi16 (c, _mm_set1_pi16 (n)));
}

INTERCEPTOR (m_t)
{
  s32_noise ("entry part");
  GOTO_TARGET (real_m);
}

INTERCEPTOR (m_x)
{
  s32_noise ("entry part");
  GOTO_TARGET (real_m);
  s32_noise ("exit part");
  GOTO_RETURN ();
}

static uint64_t __attribute__ ((noinline))
as_u64 (__m64 v)
{
  uint64_t u;
  memcpy (&u, &v, 8);
  _mm_empty ();
  return u;
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { .nstack = 2 };
  __m64 a = _mm_set_pi32 (0x12345678, -2), b = _mm_set_pi16 (1, 2, 3, 4);
  __m64 d = _mm_set_pi8 (9, 8, 7, 6, 5, 4, 3, 2);
  uint64_t want, got_t, got_x;
  int in, out;

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (in = 0; in <= 1; in++)
    for (out = 0; out <= 1; out++)
      {
	c.mmx_in = in;
	c.mmx_out = out;
	c.transparent = 1;
	s32_test ("__m64, transparent", (void *) cs_t, &c);
	c.transparent = 0;
	s32_test ("__m64, exit part", (void *) cs_x, &c);
      }
  want = as_u64 (real_m (a, b, d, 77));
  got_t = as_u64 (m_t (a, b, d, 77));
  got_x = as_u64 (m_x (a, b, d, 77));
  if (got_t != want || got_x != want)
    {
      fprintf (stderr, "FAIL: __m64 C call: %#llx %#llx, want %#llx\n",
	       (unsigned long long) got_t, (unsigned long long) got_x,
	       (unsigned long long) want);
      abort ();
    }
  return s32_finish ();
}
