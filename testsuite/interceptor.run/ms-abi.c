/* { dg-do run } */
/* { dg-skip-variant "-m32" "ms_abi is an x86_64 convention; i386 conventions are in interceptor.i386" } */
/* Microsoft x64 calling convention (SPEC 3.1-3.3): a caller that
   declares the intercepted name __attribute__ ((ms_abi)) and a target
   defined ms_abi.  The stub knows nothing of conventions: the arguments
   (%rcx %rdx %r8 %r9, %xmm0-%xmm3, the stack above the 32-byte shadow
   area), the return values (%rax, %xmm0, a struct through the hidden
   pointer in %rcx) and the registers an ms_abi caller counts on the
   callee to preserve (%rsi, %rdi and %xmm6-%xmm15, besides the SysV
   ones) must all come through, although the interceptor bodies -- SysV
   functions, to which those registers are scratch -- destroy them.  */

#include <stdint.h>
#include <stddef.h>
#include <interceptor.h>
#include "check.h"

#if defined __x86_64__ && defined __LP64__

#define MS __attribute__ ((ms_abi))

extern MS long ms_mix_t (long, double, int, float, long, double, char);
extern MS long ms_mix_x (long, double, int, float, long, double, char);
extern MS double ms_dbl_t (double, double, double, double, double, double);
extern MS double ms_dbl_x (double, double, double, double, double, double);

struct big { long a, b, c; };	/* returned through a hidden pointer */
extern MS struct big ms_big_t (long, struct big, long);
extern MS struct big ms_big_x (long, struct big, long);

extern MS long ms_two_t (long, long);
extern MS long ms_two_x (long, long);

MS __attribute__ ((noinline, noclone)) long
real_ms_mix (long a, double b, int c, float d, long e, double f, char g)
{
  return a + (long) (b * 2) + c * 3 + (long) (d * 4) + e * 5
    + (long) (f * 6) + g * 7;
}

MS __attribute__ ((noinline, noclone)) double
real_ms_dbl (double a, double b, double c, double d, double e, double f)
{
  return a - 2 * b + 3 * c - 4 * d + 5 * e - 6 * f;
}

MS __attribute__ ((noinline, noclone)) struct big
real_ms_big (long k, struct big s, long m)
{
  struct big r = { s.a * k, s.b + m, s.c ^ (k + m) };
  return r;
}

MS __attribute__ ((noinline, noclone)) long
real_ms_two (long a, long b)
{
  return a * 3 + b;
}

/* Destroy what an ms_abi caller expects to survive: a SysV function may
   do that freely.  */
static void
clobber_ms_saved (void)
{
  __asm__ volatile ("movq $-1, %%rsi\n\t"
		    "movq $-1, %%rdi\n\t"
		    "pcmpeqd %%xmm6, %%xmm6\n\t"
		    "pcmpeqd %%xmm7, %%xmm7\n\t"
		    "pcmpeqd %%xmm8, %%xmm8\n\t"
		    "pcmpeqd %%xmm9, %%xmm9\n\t"
		    "pcmpeqd %%xmm10, %%xmm10\n\t"
		    "pcmpeqd %%xmm11, %%xmm11\n\t"
		    "pcmpeqd %%xmm12, %%xmm12\n\t"
		    "pcmpeqd %%xmm13, %%xmm13\n\t"
		    "pcmpeqd %%xmm14, %%xmm14\n\t"
		    "pcmpeqd %%xmm15, %%xmm15"
		    : : : "rsi", "rdi", "xmm6", "xmm7", "xmm8", "xmm9",
		      "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
}

static void *
pick (const char *name)
{
  if (strncmp (name, "ms_mix", 6) == 0)
    return (void *) real_ms_mix;
  if (strncmp (name, "ms_dbl", 6) == 0)
    return (void *) real_ms_dbl;
  if (strncmp (name, "ms_big", 6) == 0)
    return (void *) real_ms_big;
  return (void *) real_ms_two;
}

INTERCEPTOR (ms_mix_t, ms_dbl_t, ms_big_t, ms_two_t)
{
  clobber_ms_saved ();
  fp_noise ();
  clobber_ms_saved ();
  GOTO_TARGET (pick (INTERCEPTED_NAME));
}

INTERCEPTOR (ms_mix_x, ms_dbl_x, ms_big_x, ms_two_x)
{
  clobber_ms_saved ();
  GOTO_TARGET (pick (INTERCEPTED_NAME));
  clobber_ms_saved ();
  fp_noise ();
  clobber_ms_saved ();
  GOTO_RETURN ();
}

/* Call FN (an ms_abi long (long, long)) from assembler, with %rsi, %rdi
   and %xmm6-%xmm15 holding known values, and record them after the
   call.  */
struct ms_call
{
  void *fn;
  long a, b, ret;
  uint64_t rsi_in, rdi_in, rsi_out, rdi_out;
  unsigned char x_in[10][16], x_out[10][16];
};

#define XIN(n) "movdqu %c[x_in]+16*(" #n "-6)(%%rbx), %%xmm" #n "\n\t"
#define XOUT(n) "movdqu %%xmm" #n ", %c[x_out]+16*(" #n "-6)(%%rbx)\n\t"

static void __attribute__ ((noinline))
ms_call (struct ms_call *io)
{
  __asm__ volatile ("movq %%rsp, %%r12\n\t"
		    "subq $128, %%rsp\n\t"	/* keep off the red zone */
		    "andq $-16, %%rsp\n\t"
		    "subq $32, %%rsp\n\t"	/* the shadow area */
		    "movq %c[rsi_in](%%rbx), %%rsi\n\t"
		    "movq %c[rdi_in](%%rbx), %%rdi\n\t"
		    XIN (6) XIN (7) XIN (8) XIN (9) XIN (10)
		    XIN (11) XIN (12) XIN (13) XIN (14) XIN (15)
		    "movq %c[a](%%rbx), %%rcx\n\t"
		    "movq %c[b](%%rbx), %%rdx\n\t"
		    "call *%c[fn](%%rbx)\n\t"
		    "movq %%rax, %c[ret](%%rbx)\n\t"
		    "movq %%rsi, %c[rsi_out](%%rbx)\n\t"
		    "movq %%rdi, %c[rdi_out](%%rbx)\n\t"
		    XOUT (6) XOUT (7) XOUT (8) XOUT (9) XOUT (10)
		    XOUT (11) XOUT (12) XOUT (13) XOUT (14) XOUT (15)
		    "movq %%r12, %%rsp"
		    :
		    : "b" (io),
		      [fn] "i" (offsetof (struct ms_call, fn)),
		      [a] "i" (offsetof (struct ms_call, a)),
		      [b] "i" (offsetof (struct ms_call, b)),
		      [ret] "i" (offsetof (struct ms_call, ret)),
		      [rsi_in] "i" (offsetof (struct ms_call, rsi_in)),
		      [rdi_in] "i" (offsetof (struct ms_call, rdi_in)),
		      [rsi_out] "i" (offsetof (struct ms_call, rsi_out)),
		      [rdi_out] "i" (offsetof (struct ms_call, rdi_out)),
		      [x_in] "i" (offsetof (struct ms_call, x_in)),
		      [x_out] "i" (offsetof (struct ms_call, x_out))
		    : "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10",
		      "r11", "r12", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4",
		      "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11",
		      "xmm12", "xmm13", "xmm14", "xmm15", "memory", "cc");
}

static void
check_ms_call (void *fn, int seed)
{
  struct ms_call io;
  int i;

  memset (&io, 0, sizeof io);
  io.fn = fn;
  io.a = 1000 + seed;
  io.b = -7 * seed;
  io.rsi_in = 0x5151515151515151ULL + seed;
  io.rdi_in = 0xd1d1d1d1d1d1d1d1ULL - seed;
  for (i = 0; i < 10 * 16; i++)
    io.x_in[i / 16][i % 16] = (unsigned char) (i * 7 + seed);
  ms_call (&io);
  CHECK (io.ret == io.a * 3 + io.b);
  CHECK (io.rsi_out == io.rsi_in);
  CHECK (io.rdi_out == io.rdi_in);
  for (i = 0; i < 10; i++)
    if (memcmp (io.x_out[i], io.x_in[i], 16) != 0)
      {
	fprintf (stderr, "%%xmm%d not preserved\n", i + 6);
	abort ();
      }
}

int
main (void)
{
  int n;

  for (n = 1; n <= 4; n++)
    {
      long want = real_ms_mix (n, 2.5, -3 * n, 0.25f, 1L << 33, -1.5 * n, 'x');
      double dwant = real_ms_dbl (1.0 / n, 2.5, -3.25, 4e10, 5e-10, 6.0 * n);
      struct big s = { 11 * n, 22, 0x3333333333L };
      struct big bwant = real_ms_big (n, s, -n);
      struct big b;

      CHECK (ms_mix_t (n, 2.5, -3 * n, 0.25f, 1L << 33, -1.5 * n, 'x') == want);
      CHECK (ms_mix_x (n, 2.5, -3 * n, 0.25f, 1L << 33, -1.5 * n, 'x') == want);
      CHECK (ms_dbl_t (1.0 / n, 2.5, -3.25, 4e10, 5e-10, 6.0 * n) == dwant);
      CHECK (ms_dbl_x (1.0 / n, 2.5, -3.25, 4e10, 5e-10, 6.0 * n) == dwant);
      b = ms_big_t (n, s, -n);
      CHECK (b.a == bwant.a && b.b == bwant.b && b.c == bwant.c);
      b = ms_big_x (n, s, -n);
      CHECK (b.a == bwant.a && b.b == bwant.b && b.c == bwant.c);
      CHECK (ms_two_t (n, 5) == 3 * n + 5);
      CHECK (ms_two_x (n, 6) == 3 * n + 6);

      check_ms_call ((void *) real_ms_two, n);	/* the test itself */
      check_ms_call ((void *) ms_two_t, n);
      check_ms_call ((void *) ms_two_x, n);
    }
  return 0;
}

#else /* not x86_64 */

int
main (void)
{
  return 0;
}

#endif
