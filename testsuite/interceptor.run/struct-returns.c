/* { dg-do run } */
/* Structs by value (SPEC 3.1, 3.2): small ones passed and returned in
   registers (%rax/%rdx, %xmm0/%xmm1, mixed), large ones on the stack and
   returned through the hidden pointer the caller passes (which the
   target returns in %rax), through transparent interceptors and through
   interceptors whose exit parts work with structs of their own.  Each
   type S has a target S real_NAME (S a, int k) and two interceptors
   NAME_t (transparent) and NAME_x (exit part).  */

#include <interceptor.h>
#include "check.h"

struct s_ii { int a, b; };			/* %rax */
struct s_ll { long a, b; };			/* %rax, %rdx */
struct s_dd { double x, y; };			/* %xmm0, %xmm1 */
struct s_ld { long a; double d; };		/* %rax, %xmm0 */
struct s_dl { double d; long a; };		/* %xmm0, %rax */
struct s_ff { float f[4]; };			/* %xmm0, %xmm1 */
struct s_c3 { char c[3]; };			/* %rax, 3 bytes */
struct s_big { long a[8]; };			/* memory */
struct s_mix { char c; long double ld; short s[5]; };	/* memory */
struct s_odd { char c[37]; };			/* memory, odd size */

static int exits;

/* A large struct the exit parts build and copy around.  */
struct scratch { char text[200]; double v[16]; };

static void __attribute__ ((noinline))
exit_work (const char *name)
{
  struct scratch a, b;
  int i;

  for (i = 0; i < 16; i++)
    a.v[i] = i * 0.5;
  snprintf (a.text, sizeof a.text, "%s done", name);
  b = a;
  __asm__ volatile ("" : : "r" (&b) : "memory");
  fp_noise ();
}

#define STRUCT_CASE(S, NAME, MUTATE)					\
  extern S NAME##_t (S, int);						\
  extern S NAME##_x (S, int);						\
  __attribute__ ((noinline, noclone)) S					\
  real_##NAME (S a, int k)						\
  {									\
    MUTATE;								\
    return a;								\
  }									\
  INTERCEPTOR (NAME##_t)						\
  {									\
    fp_noise ();							\
    GOTO_TARGET (real_##NAME);						\
  }									\
  INTERCEPTOR (NAME##_x)						\
  {									\
    S local;								\
    memset (&local, 0x77, sizeof local);				\
    GOTO_TARGET (real_##NAME);						\
    exit_work (INTERCEPTED_NAME);					\
    CHECK (((unsigned char *) &local)[sizeof local - 1] == 0x77);	\
    exits++;								\
    GOTO_RETURN ();							\
  }

STRUCT_CASE (struct s_ii, ii, (a.a += k, a.b -= k))
/* Unsigned arithmetic: long is 32 bits on i386, where signed overflow
   would be undefined (and GCC -O2 then drops the loop's exit).  */
STRUCT_CASE (struct s_ll, ll, (a.a = (long) ((unsigned long) a.a * k),
			       a.b = ~a.b))
STRUCT_CASE (struct s_dd, dd, (a.x *= k, a.y /= k))
STRUCT_CASE (struct s_ld, ld, (a.a += k, a.d *= -k))
STRUCT_CASE (struct s_dl, dl, (a.a ^= k, a.d += k))
STRUCT_CASE (struct s_ff, ff, (a.f[0] += k, a.f[3] *= k))
STRUCT_CASE (struct s_c3, c3, (a.c[0] += k, a.c[2] = 'z'))
STRUCT_CASE (struct s_big, big, (a.a[0] += k, a.a[7] = k * a.a[1]))
STRUCT_CASE (struct s_mix, mix, (a.c += k, a.ld /= k, a.s[4] = k))
STRUCT_CASE (struct s_odd, odd, (a.c[0] = k, a.c[36] = 'q'))

/* Compare member by member where there is padding.  */
static int
eq_mix (struct s_mix x, struct s_mix y)
{
  return x.c == y.c && x.ld == y.ld && memcmp (x.s, y.s, sizeof x.s) == 0;
}

#define MEMEQ(x, y) (memcmp (&(x), &(y), sizeof (x)) == 0)

#define TRY(S, NAME, EQ, INIT)						\
  do									\
    {									\
      S in_ = INIT;							\
      S want_ = real_##NAME (in_, k);					\
      S got_t_ = NAME##_t (in_, k);					\
      S got_x_ = NAME##_x (in_, k);					\
      CHECK (EQ (got_t_, want_));					\
      CHECK (EQ (got_x_, want_));					\
    }									\
  while (0)

int
main (void)
{
  int k;

  for (k = 1; k <= 4; k++)
    {
      TRY (struct s_ii, ii, MEMEQ, ((struct s_ii) { 1000 * k, -7 }));
      TRY (struct s_ll, ll, MEMEQ,
	   ((struct s_ll) { (long) (0x123456789LL * k),
				(long) 0x5555aaaa5555aaaaLL }));
      TRY (struct s_dd, dd, MEMEQ, ((struct s_dd) { 1.0 / 3, -2.5 * k }));
      TRY (struct s_ld, ld, MEMEQ, ((struct s_ld) { -k, 0.1 * k }));
      TRY (struct s_dl, dl, MEMEQ, ((struct s_dl) { 7.75, 0x7f0000L * k }));
      TRY (struct s_ff, ff, MEMEQ,
	   ((struct s_ff) { { 1.5f, -2.5f, 3.25f * k, 1.0f / 3 } }));
      TRY (struct s_c3, c3, MEMEQ, ((struct s_c3) { { 'a', 'b', 'c' } }));
      TRY (struct s_big, big, MEMEQ,
	   ((struct s_big) { { 1, 2 * k, 3, 4, 5, 6, 7, 8 } }));
      TRY (struct s_mix, mix, eq_mix,
	   ((struct s_mix) { 'm', 1.0L / 3, { 1, 2, 3, 4, 5 } }));
      TRY (struct s_odd, odd, MEMEQ,
	   ((struct s_odd) { "a struct of thirty-seven bytes" }));
    }
  CHECK (exits == 4 * 10);
  return 0;
}
