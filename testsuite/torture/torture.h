/* torture.h -- support code of the programs testsuite/torture/gen.c
   writes: the guard that calls a function with distinctive callee-saved
   registers and records them and the stack pointer after the return,
   the disturbing helpers of the interceptor bodies, and the failure
   reports.  One translation unit per program; everything is static.  */

#ifndef TORTURE_H
#define TORTURE_H 1

#include <interceptor.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if !defined __x86_64__ && !defined __i386__
# error "x86_64 or i386 only"
#endif

typedef float v4sf __attribute__ ((vector_size (16)));
typedef long long v2di __attribute__ ((vector_size (16)));
typedef float v8sf __attribute__ ((vector_size (32)));
typedef float v16sf __attribute__ ((vector_size (64)));
typedef long long v8di __attribute__ ((vector_size (64)));
typedef int v2si __attribute__ ((vector_size (8)));	/* __m64 */

/* Set by the guard's users and read by the assembler.  */
void *torture_guard_target __attribute__ ((used));
unsigned long torture_ra __attribute__ ((used));
unsigned long torture_save[8] __attribute__ ((used));
unsigned long torture_after[8] __attribute__ ((used));
unsigned long torture_sp_before __attribute__ ((used));
unsigned long torture_sp_after __attribute__ ((used));
unsigned char torture_xsave[160] __attribute__ ((used, aligned (16)));
unsigned char torture_xafter[160] __attribute__ ((used, aligned (16)));
unsigned char torture_xmagic[160] __attribute__ ((used, aligned (16)));
/* x86_64: %rbx %rbp %r12 %r13 %r14 %r15 (%rsi %rdi for ms_abi);
   i386: %ebx %ebp %esi %edi.  */
unsigned long torture_magic[8] __attribute__ ((used)) = {
  (unsigned long) 0x1b1b1b1b0b0b0b0bULL, (unsigned long) 0x2b2b2b2b1b1b1b1bULL,
  (unsigned long) 0x3b3b3b3b2b2b2b2bULL, (unsigned long) 0x4b4b4b4b3b3b3b3bULL,
  (unsigned long) 0x5b5b5b5b4b4b4b4bULL, (unsigned long) 0x6b6b6b6b5b5b5b5bULL,
  (unsigned long) 0x7b7b7b7b6b6b6b6bULL, (unsigned long) 0x8b8b8b8b7b7b7b7bULL
};
/* The CPU's vector level for torture_clobber: 0 SSE, 1 AVX, 2 AVX-512.  */
unsigned char torture_cpu __attribute__ ((used));

/* torture_guard: called with the signature's prototype (and
   convention) by a cast, after torture_guard_begin (TARGET).  Takes its
   return address off the stack (so that TARGET sees the stack arguments
   where the caller put them), loads torture_magic into the callee-saved
   registers, calls TARGET, records the stack pointer before and after
   and the callee-saved registers after the call, restores the caller's
   and returns.  It touches no argument or return register.
   torture_guard_ms does the same for ms_abi callers, with %rsi, %rdi
   and %xmm6-%xmm15 too.  Not reentrant.  */
#define T_STR(x) #x
#ifdef __x86_64__
# define T_XIN(i) "\tmovdqu %xmm" T_STR (i) ", torture_xsave+" T_STR ((i-6)*16) "(%rip)\n" \
  "\tmovdqu torture_xmagic+" T_STR ((i-6)*16) "(%rip), %xmm" T_STR (i) "\n"
# define T_XOUT(i) "\tmovdqu %xmm" T_STR (i) ", torture_xafter+" T_STR ((i-6)*16) "(%rip)\n" \
  "\tmovdqu torture_xsave+" T_STR ((i-6)*16) "(%rip), %xmm" T_STR (i) "\n"
# define T_GIN(r, n) "\tmovq %" r ", torture_save+" T_STR (n) "(%rip)\n" \
  "\tmovq torture_magic+" T_STR (n) "(%rip), %" r "\n"
# define T_GOUT(r, n) "\tmovq %" r ", torture_after+" T_STR (n) "(%rip)\n" \
  "\tmovq torture_save+" T_STR (n) "(%rip), %" r "\n"
# define T_GUARD(name, ms_in, ms_out)					\
  "\t.text\n\t.p2align 4\n\t.type " name ", @function\n" name ":\n"	\
  "\tpopq torture_ra(%rip)\n"						\
  T_GIN ("rbx", 0) T_GIN ("rbp", 8) T_GIN ("r12", 16) T_GIN ("r13", 24)	\
  T_GIN ("r14", 32) T_GIN ("r15", 40) ms_in				\
  "\tmovq %rsp, torture_sp_before(%rip)\n"				\
  "\tcall *torture_guard_target(%rip)\n"				\
  "\tmovq %rsp, torture_sp_after(%rip)\n"				\
  T_GOUT ("rbx", 0) T_GOUT ("rbp", 8) T_GOUT ("r12", 16) T_GOUT ("r13", 24) \
  T_GOUT ("r14", 32) T_GOUT ("r15", 40) ms_out				\
  "\tpushq torture_ra(%rip)\n\tret\n\t.size " name ", .-" name "\n"
__asm__ (T_GUARD ("torture_guard", "", "")
	 T_GUARD ("torture_guard_ms",
		  T_GIN ("rsi", 48) T_GIN ("rdi", 56)
		  T_XIN (6) T_XIN (7) T_XIN (8) T_XIN (9) T_XIN (10)
		  T_XIN (11) T_XIN (12) T_XIN (13) T_XIN (14) T_XIN (15),
		  T_GOUT ("rsi", 48) T_GOUT ("rdi", 56)
		  T_XOUT (6) T_XOUT (7) T_XOUT (8) T_XOUT (9) T_XOUT (10)
		  T_XOUT (11) T_XOUT (12) T_XOUT (13) T_XOUT (14) T_XOUT (15)));
#else
# define T_GIN(r, n) "\tmovl %" r ", torture_save+" T_STR (n) "\n" \
  "\tmovl torture_magic+" T_STR (n) ", %" r "\n"
# define T_GOUT(r, n) "\tmovl %" r ", torture_after+" T_STR (n) "\n" \
  "\tmovl torture_save+" T_STR (n) ", %" r "\n"
__asm__ ("\t.text\n\t.p2align 4\n\t.type torture_guard, @function\n"
	 "torture_guard:\n"
	 "\tpopl torture_ra\n"
	 T_GIN ("ebx", 0) T_GIN ("ebp", 4) T_GIN ("esi", 8) T_GIN ("edi", 12)
	 "\tmovl %esp, torture_sp_before\n"
	 "\tcall *torture_guard_target\n"
	 "\tmovl %esp, torture_sp_after\n"
	 T_GOUT ("ebx", 0) T_GOUT ("ebp", 4) T_GOUT ("esi", 8) T_GOUT ("edi", 12)
	 "\tpushl torture_ra\n\tret\n\t.size torture_guard, .-torture_guard\n");
#endif
extern void torture_guard (void) __attribute__ ((visibility ("hidden")));
#ifdef __x86_64__
extern void torture_guard_ms (void) __attribute__ ((visibility ("hidden")));
#else
# define torture_guard_ms torture_guard
#endif

/* The guards as data, so that calls through the signatures' types are
   opaque to the compiler.  */
void *volatile torture_guard_p = (void *) torture_guard;
void *volatile torture_guard_ms_p = (void *) torture_guard_ms;

/* torture_clobber: a SysV (cdecl) function that writes garbage into
   every register a callee may destroy, vector registers at the CPU's
   full width (and the AVX-512 masks), and uses the x87 stack.  */
#define T_R8(M) M (0) M (1) M (2) M (3) M (4) M (5) M (6) M (7)
#define T_R16(M) T_R8 (M) M (8) M (9) M (10) M (11) M (12) M (13) M (14) M (15)
#define T_R32(M) T_R16 (M) M (16) M (17) M (18) M (19) M (20) M (21) M (22) \
  M (23) M (24) M (25) M (26) M (27) M (28) M (29) M (30) M (31)
#define T_X(i) "\tpcmpeqd %xmm" T_STR (i) ", %xmm" T_STR (i) "\n"
#define T_Y(i) "\tvpcmpeqd %ymm" T_STR (i) ", %ymm" T_STR (i) ", %ymm" T_STR (i) "\n"
#define T_Z(i) "\tvpternlogd $0x5a, %zmm" T_STR (i) ", %zmm" T_STR (i) ", %zmm" T_STR (i) "\n"
#define T_K(i) "\tkxnorw %k" T_STR (i) ", %k" T_STR (i) ", %k" T_STR (i) "\n"
#ifdef __x86_64__
__asm__ ("\t.text\n\t.p2align 4\n\t.type torture_clobber, @function\n"
	 "torture_clobber:\n"
	 "\tmovabsq $0xbad0bad1bad2bad3, %rax\n"
	 "\tleaq 0x11(%rax), %rcx\n\tleaq 0x22(%rax), %rdx\n"
	 "\tleaq 0x33(%rax), %rsi\n\tleaq 0x44(%rax), %rdi\n"
	 "\tleaq 0x55(%rax), %r8\n\tleaq 0x66(%rax), %r9\n"
	 "\tleaq 0x77(%rax), %r10\n\tleaq 0x88(%rax), %r11\n"
	 "\tcmpb $1, torture_cpu(%rip)\n"
	 "\tjb 1f\n\tje 2f\n"
	 T_R32 (T_Z) T_R8 (T_K)
	 "\tjmp 3f\n2:\n"
	 T_R16 (T_Y)
	 "\tjmp 3f\n1:\n"
	 T_R16 (T_X)
	 "3:\n\tfldpi\n\tfld1\n\tfaddp\n\tfstp %st(0)\n"
	 "\taddq %rcx, %rax\n\tret\n"
	 "\t.size torture_clobber, .-torture_clobber\n");
#else
__asm__ ("\t.text\n\t.p2align 4\n\t.type torture_clobber, @function\n"
	 "torture_clobber:\n"
	 "\tmovl $0xbad0bad1, %eax\n"
	 "\tleal 0x11(%eax), %ecx\n\tleal 0x22(%eax), %edx\n"
	 "\tcmpb $1, torture_cpu\n"
	 "\tjb 1f\n\tje 2f\n"
	 T_R8 (T_Z) T_R8 (T_K)
	 "\tjmp 3f\n2:\n"
	 T_R8 (T_Y)
	 "\tjmp 3f\n1:\n"
	 T_R8 (T_X)
	 "3:\n\tfldpi\n\tfld1\n\tfaddp\n\tfstp %st(0)\n"
	 "\taddl %ecx, %eax\n\tret\n"
	 "\t.size torture_clobber, .-torture_clobber\n");
#endif
extern void torture_clobber (void) __attribute__ ((visibility ("hidden")));

static volatile unsigned long torture_calls;	/* callee entries */
static int torture_route;	/* 0 direct, 1 transparent, 2 exit part,
				   3 strict, 4 fast path */
/* Entry and exit parts of the fast route's bodies.  */
static unsigned long torture_fast_entries, torture_fast_exits;
static int torture_failures;
static volatile unsigned torture_sink;
static volatile long double torture_ld = 1.25L;
static char torture_buf_a[20000], torture_buf_b[20000];
static FILE *torture_null;	/* /dev/null, written through stdio */
static long torture_sp_delta;	/* of the direct call (route 0) */

static const char *const torture_route_name[5] = {
  "direct call", "transparent interceptor", "interceptor with exit part",
  "strict interceptor with exit part",
  "fast-path interceptor (exit part for odd signatures, strict for"
  " multiples of 3)"
};

/* A difference in signature SIG, seen by the callee (WHAT: the route)
   or by the caller after the return (WHAT: the route + 10).  */
static void __attribute__ ((noinline))
torture_fail (int sig, int what, const char *path)
{
  torture_failures++;
  if (torture_failures <= 50)
    printf ("FAIL: signature %d, %s: %s differs %s\n", sig,
	    what >= 0 && what % 10 < 5 ? torture_route_name[what % 10] : "?",
	    path, what >= 10 ? "after the return" : "at the callee's entry");
}

/* The interceptor bodies' work: long double arithmetic, snprintf and
   buffered stdio output, a large (vectorised) memcpy, and every
   caller-saved register destroyed.  */
static long double __attribute__ ((noinline, unused))
torture_disturb (const char *s)
{
  char buf[160];
  long double x = torture_ld;
  size_t n;
  int i;

  for (i = 0; i < 8; i++)
    x = x * 1.0001L + (long double) i / 3;
  n = (size_t) snprintf (buf, sizeof buf, "%s %Lg %.17g", s, x,
			 (double) x / 7);
  if (torture_null != NULL)
    fputs (buf, torture_null);
  memcpy (torture_buf_a + (buf[0] & 15), torture_buf_b + 3, 16384 + n);
  torture_sink ^= (unsigned char) torture_buf_a[100] + (unsigned) buf[1];
  torture_clobber ();
  return x;
}

/* The floating-point control state around each guarded call: the caller
   sets rounding modes other than the default into the x87 control word
   and the MXCSR, the callee and the caller (after the return) check
   that they see them, whatever the interceptor bodies did.  */
#define TORTURE_FCW_CONTROL 0x1f3f
#define TORTURE_MXCSR_CONTROL 0xffc0
static unsigned short torture_fcw_want;
static unsigned int torture_mxcsr_want;

static void __attribute__ ((noinline, unused))
torture_fpenv_enter (int sig)
{
  unsigned short fcw = (unsigned short) (0x037f | (((sig % 3) + 1) << 10));
  unsigned int mxcsr = 0x1f80 | ((((unsigned) sig / 3 % 3) + 1) << 13);
  torture_fcw_want = fcw;
  torture_mxcsr_want = mxcsr;
  __asm__ volatile ("fldcw %0" : : "m" (fcw));
  __asm__ volatile ("ldmxcsr %0" : : "m" (mxcsr));
}

static void __attribute__ ((noinline, unused))
torture_fpenv_leave (void)
{
  unsigned short fcw = 0x037f;
  unsigned int mxcsr = 0x1f80;
  __asm__ volatile ("fldcw %0" : : "m" (fcw));
  __asm__ volatile ("ldmxcsr %0" : : "m" (mxcsr));
}

static void torture_fail (int, int, const char *);

/* At the callee's entry (WHAT: the route) or after the return (WHAT:
   the route + 10).  */
static void __attribute__ ((noinline, unused))
torture_fpenv_check (int sig, int what)
{
  unsigned short fcw;
  unsigned int mxcsr;
  __asm__ volatile ("fnstcw %0" : "=m" (fcw));
  __asm__ volatile ("stmxcsr %0" : "=m" (mxcsr));
  if ((fcw ^ torture_fcw_want) & TORTURE_FCW_CONTROL)
    torture_fail (sig, what, "x87 control word");
  if ((mxcsr ^ torture_mxcsr_want) & TORTURE_MXCSR_CONTROL)
    torture_fail (sig, what, "MXCSR control bits");
}

extern void *const torture_real[];

/* The target of interceptor name "t_K" or "x_K": real_K.  */
static void * __attribute__ ((unused))
torture_target (const char *name)
{
  return torture_real[atoi (name + 2)];
}

static void __attribute__ ((noinline, unused))
torture_guard_begin (void *target)
{
  torture_guard_target = target;
}

/* After a guarded call of signature SIG by ROUTE: the callee ran once,
   the callee-saved registers are intact, and the stack pointer moved as
   in the direct call (callee-popped arguments).  */
static void __attribute__ ((noinline, unused))
torture_guard_end (int sig, int route, unsigned long calls, int ms)
{
  int i, ngpr = sizeof (long) == 8 ? (ms ? 8 : 6) : 4;
  long delta = (long) (torture_sp_after - torture_sp_before);
  static const char *const gpr[8] = {
#ifdef __x86_64__
    "callee-saved %rbx", "callee-saved %rbp", "callee-saved %r12",
    "callee-saved %r13", "callee-saved %r14", "callee-saved %r15",
    "callee-saved (ms_abi) %rsi", "callee-saved (ms_abi) %rdi"
#else
    "callee-saved %ebx", "callee-saved %ebp", "callee-saved %esi",
    "callee-saved %edi"
#endif
  };

  if (torture_calls != calls + 1)
    torture_fail (sig, route + 10, "the number of callee entries (not 1)");
  for (i = 0; i < ngpr; i++)
    if (torture_after[i] != torture_magic[i])
      torture_fail (sig, route + 10, gpr[i]);
  if (ms)
    for (i = 0; i < 10; i++)
      if (memcmp (torture_xafter + 16 * i, torture_xmagic + 16 * i, 16))
	{
	  static const char *const xn[10] = {
	    "callee-saved (ms_abi) %xmm6", "callee-saved (ms_abi) %xmm7",
	    "callee-saved (ms_abi) %xmm8", "callee-saved (ms_abi) %xmm9",
	    "callee-saved (ms_abi) %xmm10", "callee-saved (ms_abi) %xmm11",
	    "callee-saved (ms_abi) %xmm12", "callee-saved (ms_abi) %xmm13",
	    "callee-saved (ms_abi) %xmm14", "callee-saved (ms_abi) %xmm15"
	  };
	  torture_fail (sig, route + 10, xn[i]);
	}
  if (route == 0)
    torture_sp_delta = delta;
  else if (delta != torture_sp_delta)
    torture_fail (sig, route + 10, "the stack pointer (callee-popped bytes)");
}

#endif /* TORTURE_H */
