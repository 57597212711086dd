/* { dg-do run } */
/* { dg-skip-variant "-m64" "i386 conventions" } */
/* { dg-options "-msse2" } */
/* INTERCEPTED_ARG, INTERCEPTED_SET_ARG, INTERCEPTED_RETURN and
   INTERCEPTED_SET_RETURN in every i386 convention: cdecl, stdcall,
   fastcall, thiscall, regparm(1..3), sseregparm, and a stdcall fault
   injection that must pop the arguments as the real callee would.  */

#include <interceptor.h>
#include "check.h"

#define ST __attribute__ ((stdcall))
#define FC __attribute__ ((fastcall))
#define TC __attribute__ ((thiscall))
#define RP(n) __attribute__ ((regparm (n)))
#define SR __attribute__ ((sseregparm))
#define NI __attribute__ ((noinline, noclone))

typedef long double ld;

/* cdecl: everything on the stack; float/double returns in %st0.  */
extern double cd_f (char, long long, float, ld, int *);
NI double
real_cd_f (char a, long long b, float c, ld d, int *p)
{
  CHECK (a == 'y' && b == -5000000000LL && c == 2.5f && d == 4.0L);
  CHECK (*p == 9);
  return 1.25;
}
static int nine = 9;
INTERCEPTOR (cd_f)
{
  INTERCEPTOR_PROTOTYPE (char, long long, float, ld, int *);
  CHECK (INTERCEPTED_ARG (char, 0) == 'x');
  CHECK (INTERCEPTED_ARG (long long, 1) == 5000000000LL);
  CHECK (INTERCEPTED_ARG (float, 2) == 2.5f);
  CHECK (INTERCEPTED_ARG (ld, 3) == 3.0L);
  INTERCEPTED_SET_ARG (char, 0, 'y');
  INTERCEPTED_SET_ARG (long long, 1, -5000000000LL);
  INTERCEPTED_SET_ARG (ld, 3, 4.0L);
  INTERCEPTED_SET_ARG (int *, 4, &nine);
  GOTO_TARGET (real_cd_f);
  CHECK (INTERCEPTED_RETURN (double) == 1.25);
  INTERCEPTED_SET_RETURN (double, INTERCEPTED_RETURN (double) * 2);
  GOTO_RETURN ();
}

/* stdcall: the callee pops; long long returns in %eax:%edx.  */
extern ST long long st_f (int, double, int);
ST NI long long
real_st_f (int a, double b, int c)
{
  CHECK (a == 1 && b == -0.5 && c == 30);
  return 0x100000002LL;
}
INTERCEPTOR (st_f)
{
  INTERCEPTOR_CONVENTION (stdcall);
  INTERCEPTOR_PROTOTYPE (int, double, int);
  CHECK (INTERCEPTED_ARG (double, 1) == 0.5);
  CHECK (INTERCEPTED_ARG (int, 2) == 3);
  INTERCEPTED_SET_ARG (double, 1, -0.5);
  INTERCEPTED_SET_ARG (int, 2, 30);
  GOTO_TARGET (real_st_f);
  CHECK (INTERCEPTED_RETURN (long long) == 0x100000002LL);
  INTERCEPTED_SET_RETURN (long long, 0x300000004LL);
  GOTO_RETURN ();
}

/* fastcall: %ecx, %edx for the first two small integers.  */
extern FC int fc_f (int, long long, char, int);
FC NI int
real_fc_f (int a, long long b, char c, int d)
{
  CHECK (a == 10 && b == 20 && c == 31 && d == 40);
  return a + (int) b + c + d;
}
INTERCEPTOR (fc_f)
{
  INTERCEPTOR_CONVENTION (fastcall);
  INTERCEPTOR_PROTOTYPE (int, long long, char, int);
  CHECK (INTERCEPTED_ARG (int, 0) == 10);
  CHECK (INTERCEPTED_ARG (long long, 1) == 20);
  CHECK (INTERCEPTED_ARG (char, 2) == 30);
  CHECK (INTERCEPTED_ARG (int, 3) == 40);
  INTERCEPTED_SET_ARG (char, 2, 31);
  GOTO_TARGET (real_fc_f);
  INTERCEPTED_SET_RETURN (int, -INTERCEPTED_RETURN (int));
  GOTO_RETURN ();
}

extern FC int fc2_f (int, int, int);
FC NI int
real_fc2_f (int a, int b, int c)
{
  return a * 100 + b * 10 + c;
}
INTERCEPTOR (fc2_f)
{
  INTERCEPTOR_CONVENTION (fastcall);
  INTERCEPTOR_PROTOTYPE (int, int, int);
  CHECK (INTERCEPTED_ARG (int, 0) == 1 && INTERCEPTED_ARG (int, 1) == 2
	 && INTERCEPTED_ARG (int, 2) == 3);
  INTERCEPTED_SET_ARG (int, 1, 5);	/* %edx */
  INTERCEPTED_SET_ARG (int, 2, 7);	/* stack */
  GOTO_TARGET (real_fc2_f);
}

/* thiscall: %ecx for the first.  */
extern TC int tc_f (void *, int);
TC NI int
real_tc_f (void *self, int x)
{
  return *(int *) self + x;
}
static int base = 1000, other = 2000;
INTERCEPTOR (tc_f)
{
  INTERCEPTOR_CONVENTION (thiscall);
  CHECK (INTERCEPTED_ARG (void *, 0) == &base);
  CHECK (INTERCEPTED_ARG (int, 1) == 5);
  INTERCEPTED_SET_ARG (void *, 0, &other);
  GOTO_TARGET (real_tc_f);
}

/* regparm(1..3): %eax, %edx, %ecx; a long long takes two.  */
extern RP (1) int rp1_f (int, int);
RP (1) NI int real_rp1_f (int a, int b) { return a * 10 + b; }
INTERCEPTOR (rp1_f)
{
  INTERCEPTOR_CONVENTION (regparm (1));
  CHECK (INTERCEPTED_ARG (int, 0) == 1 && INTERCEPTED_ARG (int, 1) == 2);
  INTERCEPTED_SET_ARG (int, 0, 3);
  INTERCEPTED_SET_ARG (int, 1, 4);
  GOTO_TARGET (real_rp1_f);
}

extern RP (2) int rp2_f (int, double, int, int);
RP (2) NI int
real_rp2_f (int a, double d, int b, int c)
{
  return a * 100 + (int) d * 10 + b + c * 1000;
}
INTERCEPTOR (rp2_f)
{
  INTERCEPTOR_CONVENTION (regparm (2));
  INTERCEPTOR_PROTOTYPE (int, double, int, int);
  CHECK (INTERCEPTED_ARG (double, 1) == 2.0);
  CHECK (INTERCEPTED_ARG (int, 2) == 3);	/* %edx */
  CHECK (INTERCEPTED_ARG (int, 3) == 4);	/* stack */
  INTERCEPTED_SET_ARG (int, 2, 5);
  INTERCEPTED_SET_ARG (int, 3, 6);
  GOTO_TARGET (real_rp2_f);
}

extern RP (3) long long rp3_f (int, long long, int);
RP (3) NI long long
real_rp3_f (int a, long long b, int c)
{
  return a + b + c;
}
INTERCEPTOR (rp3_f)
{
  INTERCEPTOR_CONVENTION (regparm (3));
  INTERCEPTOR_PROTOTYPE (int, long long, int);
  CHECK (INTERCEPTED_ARG (int, 0) == 1);		/* %eax */
  CHECK (INTERCEPTED_ARG (long long, 1) == 1LL << 40);	/* %edx:%ecx */
  CHECK (INTERCEPTED_ARG (int, 2) == 3);		/* stack */
  INTERCEPTED_SET_ARG (long long, 1, 1LL << 41);
  GOTO_TARGET (real_rp3_f);
}

/* sseregparm: float and double in %xmm0-2, and returned in %xmm0.  */
extern SR double sr_f (double, int, float);
SR NI double real_sr_f (double a, int b, float c) { return a + b + c; }
INTERCEPTOR (sr_f)
{
  INTERCEPTOR_CONVENTION (sseregparm);
  INTERCEPTOR_PROTOTYPE (double, int, float);
  CHECK (INTERCEPTED_ARG (double, 0) == 0.5);
  CHECK (INTERCEPTED_ARG (int, 1) == 2);
  CHECK (INTERCEPTED_ARG (float, 2) == 0.25f);
  INTERCEPTED_SET_ARG (float, 2, 0.75f);
  GOTO_TARGET (real_sr_f);
  CHECK (INTERCEPTED_RETURN (double) == 3.25);
  INTERCEPTED_SET_RETURN (double, 8.5);
  GOTO_RETURN ();
}

/* Fault injection under stdcall: the callee pops 16 bytes.  */
extern ST int st_fail (int, double, int);
static int st_fail_target;
ST NI int real_st_fail (int a, double b, int c)
{
  st_fail_target++;
  return a + (int) b + c;
}
INTERCEPTOR (st_fail)
{
  INTERCEPTOR_CONVENTION (stdcall);
  INTERCEPTOR_PROTOTYPE (int, double, int);
  if (INTERCEPTED_ARG (int, 0) < 0)
    {
      INTERCEPTED_SET_RETURN (int, -22);
      GOTO_RETURN ();
    }
  GOTO_TARGET (real_st_fail);
}

/* ... and float returns in %st0, under cdecl and fastcall.  */
extern float fl_fail (int);
INTERCEPTOR (fl_fail)
{
  INTERCEPTED_SET_RETURN (float, 1.5f);
  GOTO_RETURN ();
}
extern FC ld fc_ld_fail (int, int, int);
INTERCEPTOR (fc_ld_fail)
{
  INTERCEPTOR_CONVENTION (fastcall);
  INTERCEPTOR_PROTOTYPE (int, int, int);
  INTERCEPTED_SET_RETURN (ld, (ld) INTERCEPTED_ARG (int, 2));
  GOTO_RETURN ();
}

static NI void
stdcall_sp (void)
{
  void *before, *after;
  int r;

  st_fail_target = 0;
  __asm__ volatile ("movl %%esp, %0" : "=r" (before));
  r = st_fail (-1, 2.0, 3);
  __asm__ volatile ("movl %%esp, %0" : "=r" (after));
  CHECK (r == -22);
  CHECK (before == after);
  CHECK (st_fail_target == 0);
  __asm__ volatile ("movl %%esp, %0" : "=r" (before));
  r = st_fail (1, 2.0, 3);
  __asm__ volatile ("movl %%esp, %0" : "=r" (after));
  CHECK (r == 6 && st_fail_target == 1);
  CHECK (before == after);
}

int
main (void)
{
  int i;

  CHECK (cd_f ('x', 5000000000LL, 2.5f, 3.0L, 0) == 2.5);
  CHECK (st_f (1, 0.5, 3) == 0x300000004LL);
  CHECK (fc_f (10, 20, 30, 40) == -101);
  CHECK (fc2_f (1, 2, 3) == 157);
  CHECK (tc_f (&base, 5) == 2005);
  CHECK (rp1_f (1, 2) == 34);
  CHECK (rp2_f (1, 2.0, 3, 4) == 100 + 20 + 5 + 6000);
  CHECK (rp3_f (1, 1LL << 40, 3) == 4 + (1LL << 41));
  CHECK (sr_f (0.5, 2, 0.25f) == 8.5);
  for (i = 0; i < 100; i++)
    stdcall_sp ();
  st_fail_target = 0;
  CHECK (fl_fail (0) == 1.5f);
  CHECK (fc_ld_fail (1, 2, 7) == 7.0L);
  CHECK (fl_fail (0) + fc_ld_fail (0, 0, 1) == 2.5L);	/* x87 balanced */
  return 0;
}
