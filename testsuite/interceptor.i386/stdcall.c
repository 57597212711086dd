/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 calling conventions" } */
/* { dg-options "-fno-pie -no-pie -fexcess-precision=standard" } */
/* stdcall (SPEC 3.1-3.2): the callee pops its stack arguments with
   `ret $n'; the caller's %esp after the call must be exactly what the
   target's `ret $n' left, through a transparent interceptor and one
   with an exit part (whose return landing must not disturb it).  See snap32.h.  */

#include <interceptor.h>
#include <stdint.h>
#include "snap32.h"

#ifndef __i386__
# error "an i386 test: the harness runs it with -m32 only"
#endif

S32_INTERCEPTORS (cs_t, cs_x)

extern int __attribute__ ((stdcall)) sc_t (int, long long, double, char);
extern int __attribute__ ((stdcall)) sc_x (int, long long, double, char);

static int __attribute__ ((stdcall, noinline, noclone))
real_sc (int a, long long b, double c, char d)
{
  return a * 3 + (int) (b >> 7) * 5 + (int) (c * 7) + d;
}

INTERCEPTOR (sc_t)
{
  s32_noise ("entry part");
  GOTO_TARGET (real_sc);
}

INTERCEPTOR (sc_x)
{
  s32_noise ("entry part");
  GOTO_TARGET (real_sc);
  s32_noise ("exit part");
  GOTO_RETURN ();
}

/* A stdcall call from C whose caller checks %esp right after the call:
   the callee pops 4 words.  */
static int __attribute__ ((noinline))
esp_check (void *fn)
{
  uint32_t before, after;
  int r;

  __asm__ volatile ("subl $8, %%esp\n\t"	/* 16-byte aligned call */
		    "movl %%esp, %0\n\t"
		    "pushl $0x41\n\t"
		    "pushl $0x40140000\n\t"	/* 5.0 */
		    "pushl $0\n\t"
		    "pushl $0x100\n\t"
		    "pushl $0\n\t"	/* 0x100LL << 32 */
		    "pushl $7\n\t"
		    "call *%3\n\t"
		    "movl %%esp, %1\n\t"
		    "addl $8, %%esp"
		    : "=&S" (before), "=&D" (after), "=a" (r)
		    : "b" (fn)
		    : "ecx", "edx", "memory", "cc");
  if (after != before)
    {
      fprintf (stderr, "FAIL: stdcall: %%esp after the call %#x, want %#x\n",
	       after, before);
      abort ();
    }
  return r;
}

int
main (int argc, char **argv)
{
  struct s32_cfg c = { 0 };
  int want, n;

  s32_run_all_paths (argc, argv);
  s32_init ();
  for (n = 1; n <= 6; n++)
    {
      c.nstack = n;
      c.pop = 4 * n;
      c.transparent = 1;
      s32_test ("stdcall, transparent", (void *) cs_t, &c);
      c.transparent = 0;
      s32_test ("stdcall, exit part", (void *) cs_x, &c);
    }
  want = real_sc (7, 0x100LL << 32, 5.0, 0x41);
  if (sc_t (7, 0x100LL << 32, 5.0, 0x41) != want
      || sc_x (7, 0x100LL << 32, 5.0, 0x41) != want
      || esp_check ((void *) sc_t) != want
      || esp_check ((void *) sc_x) != want)
    {
      fprintf (stderr, "FAIL: stdcall C call\n");
      abort ();
    }
  return s32_finish ();
}
