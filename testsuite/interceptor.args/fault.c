/* { dg-do run } */
/* Fault injection: GOTO_RETURN in the entry part returns to the caller
   without calling any target, with the value INTERCEPTED_SET_RETURN
   stored (0 without one), and the errno the body set.  The caller's
   stack and callee-saved registers are as a real callee leaves them.  */

#include <interceptor.h>
#include <errno.h>
#include "check.h"

typedef long double ld;

extern long f_long (long, long, long, long, long, long, long, long);
extern double f_double (double);
extern ld f_ld (void);
extern int f_default (int);
extern int f_maybe (int);

static int target_calls;

__attribute__ ((noinline, noclone)) long
real_f_long (long a, long b, long c, long d, long e, long f, long g, long h)
{
  target_calls++;
  return a + b + c + d + e + f + g + h;
}
__attribute__ ((noinline, noclone)) double
real_f_double (double d)
{
  target_calls++;
  return d;
}
__attribute__ ((noinline, noclone)) ld
real_f_ld (void)
{
  target_calls++;
  return 1;
}
__attribute__ ((noinline, noclone)) int
real_f_default (int x)
{
  target_calls++;
  return x;
}
__attribute__ ((noinline, noclone)) int
real_f_maybe (int x)
{
  target_calls++;
  errno = 0;
  return x;
}

INTERCEPTOR (f_long)
{
  INTERCEPTED_SET_RETURN (long, -1);
  errno = EIO;
  GOTO_RETURN ();
}

INTERCEPTOR (f_double)
{
  INTERCEPTED_SET_RETURN (double, INTERCEPTED_ARG (double, 0) * 2);
  GOTO_RETURN ();
}

INTERCEPTOR (f_ld)
{
  INTERCEPTED_SET_RETURN (ld, 2.5L);
  GOTO_RETURN ();
}

INTERCEPTOR (f_default)
{
  GOTO_RETURN ();
}

/* Fail on odd arguments, call the target on even ones.  */
INTERCEPTOR (f_maybe)
{
  if (INTERCEPTED_ARG (int, 0) & 1)
    {
      INTERCEPTED_SET_RETURN (int, -1);
      errno = ENOSPC;
      GOTO_RETURN ();
    }
  GOTO_TARGET (real_f_maybe);
}

/* Callee-saved registers hold values across the calls.  */
static __attribute__ ((noinline, noclone)) long
many (void)
{
#ifdef __x86_64__
  register long k1 __asm__ ("rbx") = 0x1111;
  register long k2 __asm__ ("r12") = 0x2222;
  register long k3 __asm__ ("r15") = 0x3333;
#else
  /* (%ebx holds the GOT pointer for the PLT call.)  */
  register long k1 __asm__ ("esi") = 0x1111;
  register long k2 __asm__ ("edi") = 0x2222;
  long k3 = 0x3333;
#endif
  long r;

  __asm__ volatile ("" : "+r" (k1), "+r" (k2), "+r" (k3));
  r = f_long (1, 2, 3, 4, 5, 6, 7, 8);
  __asm__ volatile ("" : "+r" (k1), "+r" (k2), "+r" (k3));
  CHECK (k1 == 0x1111 && k2 == 0x2222 && k3 == 0x3333);
  return r;
}

int
main (void)
{
  int i;

  for (i = 0; i < 3; i++)
    {
      errno = 0;
      CHECK (many () == -1);
      CHECK (errno == EIO);
    }
  CHECK (f_double (1.25) == 2.5);
  CHECK (f_ld () == 2.5L);
  CHECK (f_ld () + f_ld () == 5.0L);	/* the x87 stack stays balanced */
  CHECK (f_default (5) == 0);
  errno = 0;
  CHECK (f_maybe (3) == -1 && errno == ENOSPC);
  errno = 7;
  CHECK (f_maybe (4) == 4 && errno == 0);
  CHECK (target_calls == 1);
  CHECK (interceptor_thread_depth () == 0);
  return 0;
}
