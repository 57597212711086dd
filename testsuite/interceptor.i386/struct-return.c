/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* Struct returns (SPEC 3.2): the hidden pointer is the first stack
   word, returned in %eax, and the callee pops it (`ret $4'); with
   stdcall it pops the other arguments too.  Through both kinds of
   interceptor the caller's %esp must be what the target left.  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

S32_INTERCEPTORS (cs_t, cs_x)

struct s3 { int a, b, c; };
struct s8 { double d; char tag[9]; };
extern struct s3 st_t (int, int);
extern struct s3 st_x (int, int);
extern struct s8 __attribute__ ((stdcall)) st8_t (double, int);
extern struct s8 __attribute__ ((stdcall)) st8_x (double, int);

static struct s3 __attribute__ ((noinline, noclone))
real_st (int a, int b)
{
  struct s3 r = { a, b, a * b };
  return r;
}

static struct s8 __attribute__ ((stdcall, noinline, noclone))
real_st8 (double d, int n)
{
  struct s8 r = { d * 2, "12345678" };
  r.tag[0] = (char) n;
  return r;
}

INTERCEPTOR (st_t, st8_t)
{
  s32_noise ("entry part");
  GOTO_TARGET (INTERCEPTED_NAME[2] == '8' ? (void *) real_st8
					   : (void *) real_st);
}

INTERCEPTOR (st_x, st8_x)
{
  s32_noise ("entry part");
  GOTO_TARGET (INTERCEPTED_NAME[2] == '8' ? (void *) real_st8
					   : (void *) real_st);
  s32_noise ("exit part");
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { .eax_is_arg0 = 1 };
  struct s3 a, b;
  struct s8 e, f;
  int n;

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (n = 1; n <= 4; n++)
    {
      /* Hidden pointer plus N - 1 words; the callee pops the pointer
	 (cdecl) or everything (stdcall).  */
      c.nstack = n;
      c.pop = 4;
      c.transparent = 1;
      s32_test ("struct return, ret $4, transparent", (void *) cs_t, &c);
      c.transparent = 0;
      s32_test ("struct return, ret $4, exit part", (void *) cs_x, &c);
      c.pop = 4 * n;
      c.transparent = 1;
      s32_test ("stdcall struct return, transparent", (void *) cs_t, &c);
      c.transparent = 0;
      s32_test ("stdcall struct return, exit part", (void *) cs_x, &c);
    }
  a = st_t (6, -7);
  b = st_x (6, -7);
  e = st8_t (1.5, 'z');
  f = st8_x (1.5, 'z');
  if (a.a != 6 || a.b != -7 || a.c != -42 || memcmp (&a, &b, sizeof a) != 0
      || e.d != 3.0 || e.tag[0] != 'z' || strcmp (e.tag + 1, "2345678") != 0
      || memcmp (&e, &f, sizeof e) != 0)
    {
      fprintf (stderr, "FAIL: struct return C call\n");
      abort ();
    }
  return s32_finish ();
}
