/* snap32.h -- call-state snapshots for the i386 (-m32) tests: the i386
   counterpart of interceptor.callstate/snapshot.h.  Not a test itself.

   The tests are built with -fno-pie -no-pie (the assembler below uses
   absolute addresses; the stubs are tested in executables, the run tests
   cover PIE and shared objects).

   s32_call (fn)    The caller (assembler).  Loads a distinctive pattern
		    from s32_in into every general register (%eax %ecx %edx:
		    every register argument of cdecl, stdcall, fastcall,
		    thiscall, regparm(1..3) and the static chain; %ebx %esi
		    %edi %ebp: callee-saved), into %xmm0-%xmm2 at the width
		    of s32_level (sseregparm and vector arguments), and with
		    s32_cfg.mmx_in into %mm0-%mm2 (__m64 arguments: MMX
		    state); pushes s32_cfg.nstack stack words; calls FN (the
		    stub); right after the call returns stores every
		    register, %esp, EFLAGS and the whole x87/MMX/SSE state
		    (fxsave) into s32_after, and %xmm0 at s32_level's width.

   s32_target_N     The targets, N = 0, 4, ... 24: return with `ret $N'
		    (cdecl: 0; stdcall, fastcall and thiscall pop their stack
		    arguments; a struct-returning function pops the hidden
		    pointer: 4).  At entry each stores every register, %esp,
		    EFLAGS, the return address, 8 stack words, the fxsave
		    state and %xmm0-%xmm2 at s32_level's width into
		    s32_entry; then returns what s32_ret says: %eax, %edx,
		    %xmm0 at s32_level's width, and 0, 1 or 2 values on the
		    x87 stack or, with mmx, %mm0 (an __m64 return).  It
		    changes nothing else.

   s32_clobber      Destroys %eax %ecx %edx, the flags, %xmm0-%xmm7 at the
		    CPU's full width, %mm0-%mm7 (then emms) and the x87
		    registers.  The interceptor bodies call it (s32_noise),
		    and stdio, memcpy and long double arithmetic.

   s32_check () then compares bit for bit:
   - at the target's entry: %eax %ecx %edx, %esi %edi %ebp (and %ebx for
     a transparent interceptor: with an exit part it holds the record),
     %esp, the stack words, %xmm0-%xmm2 at s32_level's width, the x87
     control word and MXCSR control bits, an empty x87 stack -- or with
     mmx_in the MMX state with %mm0-%mm2 intact --, DF clear, and for a
     transparent interceptor the caller's own return address;
   - after the return: %eax %edx, %xmm0 at s32_level's width, the x87
     stack exactly as the target left it (nothing pushed onto an empty
     one, no stray entry: the tag word and TOP) with the values, or the
     MMX state with %mm0, the callee-saved %ebx %esi %edi %ebp, and %esp
     exactly where the target's `ret $N' left it.

   s32_run_all_paths (argc, argv), first in main, runs the binary again
   once per vector path the CPU has (INTERCEPTOR_VECTOR_PATH=sse, avx,
   avx512) and once with the runtime's default, and each child checks
   that the runtime took the path it asked for
   (../interceptor.run/vecpaths.h).  */

#ifndef SNAP32_H
#define SNAP32_H 1

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../interceptor.run/vecpaths.h"

#ifdef __i386__

/* struct s32 offsets, for the assembler.  */
#define S32_GPR		0	/* eax ecx edx ebx esi edi ebp esp */
#define S32_RA		32
#define S32_EFLAGS	36
#define S32_STACK	40	/* 8 words */
#define S32_VEC		128	/* 3 x 64 */
#define S32_FX		320	/* 512, fxsave */
#define S32_SIZE	832

#define S32_FX_MM(i)	(S32_FX + 32 + 16 * (i))

/* struct s32_ret offsets.  */
#define R32_EAX		0
#define R32_EDX		4
#define R32_NX87	8
#define R32_MMX		12
#define R32_VEC0	64
#define R32_ST0		128
#define R32_ST1		144
#define R32_MM0		160
#define R32_SIZE	192

#define S32_STR_(x) #x
#define S32_STR(x) S32_STR_ (x)

struct s32
{
  uint32_t gpr[8];
  uint32_t ra;
  uint32_t eflags;
  uint32_t stack[8];
  unsigned char pad1[S32_VEC - 72];
  unsigned char vec[3][64];
  unsigned char fx[512];
} __attribute__ ((aligned (64)));

struct s32_ret
{
  uint32_t eax, edx, nx87, mmx;
  unsigned char pad1[R32_VEC0 - 16];
  unsigned char vec0[64];
  unsigned char st0[16], st1[16];
  uint64_t mm0;
  unsigned char pad2[R32_SIZE - R32_MM0 - 8];
} __attribute__ ((aligned (64)));

_Static_assert (__builtin_offsetof (struct s32, vec) == S32_VEC, "vec");
_Static_assert (__builtin_offsetof (struct s32, fx) == S32_FX, "fx");
_Static_assert (sizeof (struct s32) >= S32_SIZE, "size");
_Static_assert (__builtin_offsetof (struct s32_ret, vec0) == R32_VEC0, "v");
_Static_assert (__builtin_offsetof (struct s32_ret, st0) == R32_ST0, "st0");
_Static_assert (__builtin_offsetof (struct s32_ret, mm0) == R32_MM0, "mm0");

enum { S32_EAX, S32_ECX, S32_EDX, S32_EBX, S32_ESI, S32_EDI, S32_EBP,
       S32_ESP };

#define S32_SSE VP_SSE
#define S32_AVX VP_AVX
#define S32_AVX512 VP_AVX512

struct s32 s32_in, s32_entry, s32_after;
struct s32_ret s32_ret;
unsigned char s32_level, s32_cpu;
uint32_t s32_nstack, s32_mmx_in;
void *s32_fn;
uint32_t s32_caller_esp, s32_saved_esp;

/* Exported by the runtime: "sse", "avx" or "avx512".  */
extern const char *interceptor_vector_path (void);
/* The calling thread's active invocations.  */
extern unsigned int interceptor_thread_depth (void);

extern void s32_call (void);
extern char s32_call_ret[];
extern void s32_clobber (void);
extern void s32_target_0 (void), s32_target_4 (void), s32_target_8 (void),
  s32_target_12 (void), s32_target_16 (void), s32_target_20 (void),
  s32_target_24 (void);

/* Store/load vector register R at the width of LEVELVAR (a byte).  */
#define S32_VSTORE(levelvar, r, addr, tag)				\
  "\tcmpb $1, " levelvar "\n"						\
  "\tjb 1" tag "f\n"							\
  "\tje 2" tag "f\n"							\
  "\tvmovdqu64 %zmm" #r ", " addr "\n"					\
  "\tjmp 3" tag "f\n"							\
  "2" tag ":\tvmovdqu %ymm" #r ", " addr "\n"				\
  "\tjmp 3" tag "f\n"							\
  "1" tag ":\tmovdqu %xmm" #r ", " addr "\n"				\
  "3" tag ":\n"
#define S32_VLOAD(levelvar, r, addr, tag)				\
  "\tcmpb $1, " levelvar "\n"						\
  "\tjb 1" tag "f\n"							\
  "\tje 2" tag "f\n"							\
  "\tvmovdqu64 " addr ", %zmm" #r "\n"					\
  "\tjmp 3" tag "f\n"							\
  "2" tag ":\tvmovdqu " addr ", %ymm" #r "\n"				\
  "\tjmp 3" tag "f\n"							\
  "1" tag ":\tmovdqu " addr ", %xmm" #r "\n"				\
  "3" tag ":\n"

#define S32_AT(sym, off) sym "+" S32_STR (off)

__asm__ (
  "\t.text\n"
  "\t.p2align 4\n"
  "\t.globl s32_call\n"
  "\t.type s32_call, @function\n"
  "s32_call:\n"
  "\tpushl %ebp\n"
  "\tpushl %ebx\n"
  "\tpushl %esi\n"
  "\tpushl %edi\n"
  "\tmovl %esp, s32_saved_esp\n"
  /* %esp 16-byte aligned at the call.  */
  "\tandl $-16, %esp\n"
  "\tmovl s32_nstack, %ecx\n"
  "\tleal (,%ecx,4), %eax\n"
  "\tnegl %eax\n"
  "\tandl $15, %eax\n"
  "\tsubl %eax, %esp\n"
  "0:\ttestl %ecx, %ecx\n"
  "\tjz 9f\n"
  "\tpushl s32_in+" S32_STR (S32_STACK) "-4(,%ecx,4)\n"
  "\tdecl %ecx\n"
  "\tjmp 0b\n"
  "9:\n"
  S32_VLOAD ("s32_level", 0, S32_AT ("s32_in", S32_VEC), "0")
  S32_VLOAD ("s32_level", 1, S32_AT ("s32_in", S32_VEC + 64), "1")
  S32_VLOAD ("s32_level", 2, S32_AT ("s32_in", S32_VEC + 128), "2")
  "\tcmpl $0, s32_mmx_in\n"
  "\tje 4f\n"
  "\tmovq " S32_AT ("s32_in", S32_FX_MM (0)) ", %mm0\n"
  "\tmovq " S32_AT ("s32_in", S32_FX_MM (1)) ", %mm1\n"
  "\tmovq " S32_AT ("s32_in", S32_FX_MM (2)) ", %mm2\n"
  "4:\n"
  "\tmovl %esp, s32_caller_esp\n"
  "\tmovl s32_in+0, %eax\n"
  "\tmovl s32_in+4, %ecx\n"
  "\tmovl s32_in+8, %edx\n"
  "\tmovl s32_in+12, %ebx\n"
  "\tmovl s32_in+16, %esi\n"
  "\tmovl s32_in+20, %edi\n"
  "\tmovl s32_in+24, %ebp\n"
  "\tcall *s32_fn\n"
  "\t.globl s32_call_ret\n"
  "s32_call_ret:\n"
  "\tmovl %eax, s32_after+0\n"
  "\tmovl %ecx, s32_after+4\n"
  "\tmovl %edx, s32_after+8\n"
  "\tmovl %ebx, s32_after+12\n"
  "\tmovl %esi, s32_after+16\n"
  "\tmovl %edi, s32_after+20\n"
  "\tmovl %ebp, s32_after+24\n"
  "\tmovl %esp, s32_after+28\n"
  "\tpushfl\n"
  "\tpopl s32_after+" S32_STR (S32_EFLAGS) "\n"
  "\tfxsave " S32_AT ("s32_after", S32_FX) "\n"
  "\temms\n"
  S32_VSTORE ("s32_level", 0, S32_AT ("s32_after", S32_VEC), "5")
  "\tmovl s32_saved_esp, %esp\n"
  "\tpopl %edi\n"
  "\tpopl %esi\n"
  "\tpopl %ebx\n"
  "\tpopl %ebp\n"
  "\tvzeroupper\n"
  "\tret\n"
  "\t.size s32_call, .-s32_call\n");

/* The targets.  */
#define S32_TARGET(n)							\
  "\t.p2align 4\n"							\
  "\t.globl s32_target_" #n "\n"					\
  "\t.type s32_target_" #n ", @function\n"				\
  "s32_target_" #n ":\n"						\
  "\tmovl %eax, s32_entry+0\n"						\
  "\tmovl %ecx, s32_entry+4\n"						\
  "\tmovl %edx, s32_entry+8\n"						\
  "\tmovl %ebx, s32_entry+12\n"						\
  "\tmovl %esi, s32_entry+16\n"						\
  "\tmovl %edi, s32_entry+20\n"						\
  "\tmovl %ebp, s32_entry+24\n"						\
  "\tmovl %esp, s32_entry+28\n"						\
  "\tpushfl\n"								\
  "\tpopl s32_entry+" S32_STR (S32_EFLAGS) "\n"			\
  "\tpushl (%esp)\n"							\
  "\tpopl s32_entry+" S32_STR (S32_RA) "\n"				\
  "\tpushl 4(%esp)\n\tpopl s32_entry+" S32_STR (S32_STACK) "+0\n"	\
  "\tpushl 8(%esp)\n\tpopl s32_entry+" S32_STR (S32_STACK) "+4\n"	\
  "\tpushl 12(%esp)\n\tpopl s32_entry+" S32_STR (S32_STACK) "+8\n"	\
  "\tpushl 16(%esp)\n\tpopl s32_entry+" S32_STR (S32_STACK) "+12\n"	\
  "\tpushl 20(%esp)\n\tpopl s32_entry+" S32_STR (S32_STACK) "+16\n"	\
  "\tpushl 24(%esp)\n\tpopl s32_entry+" S32_STR (S32_STACK) "+20\n"	\
  "\tpushl 28(%esp)\n\tpopl s32_entry+" S32_STR (S32_STACK) "+24\n"	\
  "\tpushl 32(%esp)\n\tpopl s32_entry+" S32_STR (S32_STACK) "+28\n"	\
  "\tfxsave " S32_AT ("s32_entry", S32_FX) "\n"				\
  S32_VSTORE ("s32_level", 0, S32_AT ("s32_entry", S32_VEC), "4")	\
  S32_VSTORE ("s32_level", 1, S32_AT ("s32_entry", S32_VEC + 64), "5")	\
  S32_VSTORE ("s32_level", 2, S32_AT ("s32_entry", S32_VEC + 128), "6") \
  /* The x87/MMX argument state is recorded: clear it for the return.  */ \
  "\temms\n"								\
  "\tmovl s32_ret+" S32_STR (R32_EAX) ", %eax\n"			\
  "\tmovl s32_ret+" S32_STR (R32_EDX) ", %edx\n"			\
  S32_VLOAD ("s32_level", 0, S32_AT ("s32_ret", R32_VEC0), "7")	\
  "\tcmpl $0, s32_ret+" S32_STR (R32_MMX) "\n"				\
  "\tje 8f\n"								\
  "\tmovq s32_ret+" S32_STR (R32_MM0) ", %mm0\n"			\
  "\tjmp 9f\n"								\
  "8:\tcmpl $1, s32_ret+" S32_STR (R32_NX87) "\n"			\
  "\tjb 9f\n"								\
  "\tje 8f\n"								\
  "\tfldt s32_ret+" S32_STR (R32_ST1) "\n"				\
  "8:\tfldt s32_ret+" S32_STR (R32_ST0) "\n"				\
  "9:\n"								\
  /* Restore what the entry stores changed: %ecx is not returned.  */	\
  "\tmovl s32_entry+4, %ecx\n"						\
  "\tret $" #n "\n"							\
  "\t.size s32_target_" #n ", .-s32_target_" #n "\n"

__asm__ ("\t.text\n"
	 S32_TARGET (0) S32_TARGET (4) S32_TARGET (8) S32_TARGET (12)
	 S32_TARGET (16) S32_TARGET (20) S32_TARGET (24));

__asm__ (
  "\t.text\n"
  "\t.p2align 4\n"
  "\t.globl s32_clobber\n"
  "\t.type s32_clobber, @function\n"
  "s32_clobber:\n"
  "\tmovl $0xdead0001, %eax\n"
  "\tmovl $0xdead0002, %ecx\n"
  "\tmovl $0xdead0003, %edx\n"
  "\tcmpb $1, s32_cpu\n"
  "\tjb 1f\n"
  "\tje 2f\n"
  "\tvpternlogd $0xff, %zmm0, %zmm0, %zmm0\n"
  "\tvpternlogd $0xff, %zmm1, %zmm1, %zmm1\n"
  "\tvpternlogd $0xff, %zmm2, %zmm2, %zmm2\n"
  "\tvpternlogd $0xff, %zmm3, %zmm3, %zmm3\n"
  "\tvpternlogd $0xff, %zmm4, %zmm4, %zmm4\n"
  "\tvpternlogd $0xff, %zmm5, %zmm5, %zmm5\n"
  "\tvpternlogd $0xff, %zmm6, %zmm6, %zmm6\n"
  "\tvpternlogd $0xff, %zmm7, %zmm7, %zmm7\n"
  "\tvzeroupper\n"
  "\tjmp 1f\n"
  "2:\tvpcmpeqd %ymm0, %ymm0, %ymm0\n"
  "\tvpcmpeqd %ymm1, %ymm1, %ymm1\n"
  "\tvpcmpeqd %ymm2, %ymm2, %ymm2\n"
  "\tvpcmpeqd %ymm3, %ymm3, %ymm3\n"
  "\tvpcmpeqd %ymm4, %ymm4, %ymm4\n"
  "\tvpcmpeqd %ymm5, %ymm5, %ymm5\n"
  "\tvpcmpeqd %ymm6, %ymm6, %ymm6\n"
  "\tvpcmpeqd %ymm7, %ymm7, %ymm7\n"
  "\tvzeroupper\n"
  "1:\tpcmpeqd %xmm0, %xmm0\n"
  "\tpcmpeqd %xmm1, %xmm1\n"
  "\tpcmpeqd %xmm2, %xmm2\n"
  "\tpcmpeqd %xmm3, %xmm3\n"
  "\tpcmpeqd %xmm4, %xmm4\n"
  "\tpcmpeqd %xmm5, %xmm5\n"
  "\tpcmpeqd %xmm6, %xmm6\n"
  "\tpcmpeqd %xmm7, %xmm7\n"
  "\tpcmpeqd %mm0, %mm0\n"
  "\tpcmpeqd %mm1, %mm1\n"
  "\tpcmpeqd %mm2, %mm2\n"
  "\tpcmpeqd %mm3, %mm3\n"
  "\tpcmpeqd %mm4, %mm4\n"
  "\tpcmpeqd %mm5, %mm5\n"
  "\tpcmpeqd %mm6, %mm6\n"
  "\tpcmpeqd %mm7, %mm7\n"
  "\temms\n"
  "\tfldpi\n"
  "\tfldl2e\n"
  "\tfstp %st(0)\n"
  "\tfstp %st(0)\n"
  "\tcmpl $0, %eax\n"
  "\tret\n"
  "\t.size s32_clobber, .-s32_clobber\n");

/* What an interceptor body does: destroys registers, and uses stdio,
   memcpy and long double arithmetic.  */
static void __attribute__ ((noinline, unused))
s32_noise (const char *where)
{
  char a[4096], b[4096];
  volatile long double x = 1.0L;
  int i;

  s32_clobber ();
  for (i = 0; i < 20; i++)
    x = x * 1.25L + 0.5L;
  memset (a, where[0], sizeof a);
  memcpy (b, a, sizeof b);
  printf ("  %s: %.10Lg %.4s\n", where, (long double) x, b + 2000);
  s32_clobber ();
}

/* The target s32_check expects the interceptors to jump to (a body
   reads it: GOTO_TARGET (s32_target)).  */
static void *volatile s32_target;

/* A transparent interceptor T and one with an exit part X, both
   jumping to s32_target after destroying registers.  */
#define S32_INTERCEPTORS(t, x)						\
  extern void t (void);							\
  extern void x (void);							\
  INTERCEPTOR (t)							\
  {									\
    s32_noise ("entry part");						\
    GOTO_TARGET (s32_target);						\
  }									\
  INTERCEPTOR (x)							\
  {									\
    s32_noise ("entry part");						\
    GOTO_TARGET (s32_target);						\
    s32_noise ("exit part");						\
    GOTO_RETURN ();							\
  }

static int s32_failures, s32_nchecks;
static uint16_t s32_fcw;
static uint32_t s32_mxcsr;

/* Start of a test's main: run the test once per vector path
   (../interceptor.run/vecpaths.h).  */
static void __attribute__ ((unused))
s32_run_all_paths (int argc, char **argv)
{
  vp_run_all_paths (argc, argv, "snap32");
}

static void
s32_init (void)
{
  int level = vp_check_path ("snap32");

  if (level < 0)
    {
      s32_failures++;
      level = -1 - level;
    }
  s32_cpu = vp_cpu_level ();
  s32_level = level;
  __asm__ volatile ("fnstcw %0" : "=m" (s32_fcw));
  __asm__ volatile ("stmxcsr %0" : "=m" (s32_mxcsr));
}

static int
s32_width (void)
{
  return s32_level == S32_AVX512 ? 64 : s32_level == S32_AVX ? 32 : 16;
}

static uint64_t s32_seed = 0x9e3779b97f4a7c15ull;

static uint64_t
s32_rand (void)
{
  uint64_t z = (s32_seed += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static void
s32_fill (void *p, size_t n)
{
  unsigned char *c = p;
  size_t i;
  for (i = 0; i < n; i++)
    c[i] = (unsigned char) s32_rand ();
}

static void
s32_mismatch (const char *test, const char *what, const void *want,
	      const void *got, size_t n)
{
  const unsigned char *w = want, *g = got;
  size_t i;

  s32_failures++;
  fprintf (stderr, "FAIL: %s: %s\n  want ", test, what);
  for (i = n; i-- > 0;)
    fprintf (stderr, "%02x", w[i]);
  fprintf (stderr, "\n  got  ");
  for (i = n; i-- > 0;)
    fprintf (stderr, "%02x", g[i]);
  fprintf (stderr, "\n");
}

#define S32_EQ(test, what, want, got, n)				\
  do {									\
    if (memcmp ((want), (got), (n)) != 0)				\
      s32_mismatch ((test), (what), (want), (got), (n));		\
  } while (0)

/* How a test calls: the caller pushes NSTACK words; the target pops POP
   bytes (it must be one of the s32_target_N and is set in s32_target);
   MMX_IN: __m64 arguments in %mm0-%mm2; NX87: 0, 1 or 2 x87 values
   returned; MMX_OUT: __m64 returned in %mm0; EAX_IS_ARG0: %eax returns
   the first stack word (the hidden struct-return pointer).  */
struct s32_cfg
{
  int transparent;
  unsigned nstack, pop;
  int mmx_in, nx87, mmx_out, eax_is_arg0;
};

static const char *const s32_gpr_name[8] = {
  "eax", "ecx", "edx", "ebx", "esi", "edi", "ebp", "esp"
};

/* Call FN (a stub) once as CFG says and compare.  */
static void __attribute__ ((unused))
s32_test (const char *test, void *fn, const struct s32_cfg *cfg)
{
  static void (*const targets[7]) (void) = {
    s32_target_0, s32_target_4, s32_target_8, s32_target_12,
    s32_target_16, s32_target_20, s32_target_24
  };
  int w = s32_width ();
  unsigned char ftw;
  uint16_t fsw;
  char what[64];
  int i;

  s32_nchecks++;
  if (cfg->pop % 4 || cfg->pop > 24)
    abort ();
  s32_target = (void *) targets[cfg->pop / 4];
  memset (&s32_in, 0, sizeof s32_in);
  memset (&s32_entry, 0, sizeof s32_entry);
  memset (&s32_after, 0, sizeof s32_after);
  memset (&s32_ret, 0, sizeof s32_ret);
  s32_fill (s32_in.gpr, sizeof s32_in.gpr);
  s32_fill (s32_in.stack, sizeof s32_in.stack);
  s32_fill (s32_in.vec, sizeof s32_in.vec);
  for (i = 0; i < 3; i++)
    s32_fill (s32_in.fx + 32 + 16 * i, 8);
  s32_nstack = cfg->nstack;
  s32_mmx_in = cfg->mmx_in;
  s32_fn = fn;

  s32_fill (&s32_ret.eax, 8);
  s32_fill (s32_ret.vec0, sizeof s32_ret.vec0);
  s32_ret.nx87 = cfg->nx87;
  s32_ret.mmx = cfg->mmx_out;
  s32_fill (&s32_ret.mm0, 8);
  {
    /* Valid long doubles, distinct every time.  */
    volatile long double a = (long double) s32_rand () / 3;
    volatile long double b = -(long double) s32_rand () / 7;
    memcpy (s32_ret.st0, (const void *) &a, 10);
    memcpy (s32_ret.st1, (const void *) &b, 10);
  }
  if (cfg->eax_is_arg0)
    s32_ret.eax = s32_in.stack[0];

  printf ("%s:\n", test);
  fflush (stdout);
  s32_call ();

  /* At the target's entry.  */
  for (i = S32_EAX; i <= S32_EBP; i++)
    {
      if (i == S32_EBX && !cfg->transparent)
	continue;		/* the anchor: holds the record */
      snprintf (what, sizeof what, "%%%s at entry", s32_gpr_name[i]);
      S32_EQ (test, what, &s32_in.gpr[i], &s32_entry.gpr[i], 4);
    }
  {
    uint32_t want_esp = s32_caller_esp - 4;
    S32_EQ (test, "%esp at entry", &want_esp, &s32_entry.gpr[S32_ESP], 4);
  }
  if (cfg->transparent)
    {
      uint32_t ra = (uint32_t) (uintptr_t) s32_call_ret;
      S32_EQ (test, "return address at entry", &ra, &s32_entry.ra, 4);
    }
  S32_EQ (test, "stack arguments", s32_in.stack, s32_entry.stack,
	  4 * cfg->nstack);
  for (i = 0; i < 3; i++)
    {
      snprintf (what, sizeof what, "vector register %d at entry (%d bytes)",
		i, w);
      S32_EQ (test, what, s32_in.vec[i], s32_entry.vec[i], w);
    }
  if (s32_entry.eflags & 0x400)
    {
      s32_failures++;
      fprintf (stderr, "FAIL: %s: DF set at entry\n", test);
    }
  S32_EQ (test, "x87 control word at entry", &s32_fcw, s32_entry.fx, 2);
  {
    uint32_t m;
    memcpy (&m, s32_entry.fx + 24, 4);
    if ((m & 0xffc0) != (s32_mxcsr & 0xffc0))
      {
	s32_failures++;
	fprintf (stderr, "FAIL: %s: MXCSR at entry %#x, caller %#x\n", test,
		 m, s32_mxcsr);
      }
  }
  ftw = s32_entry.fx[4];
  memcpy (&fsw, s32_entry.fx + 2, 2);
  if (cfg->mmx_in)
    {
      unsigned char want_ftw = 0xff;
      S32_EQ (test, "x87 tags at entry (MMX state)", &want_ftw, &ftw, 1);
      if (fsw & 0x3800)
	{
	  s32_failures++;
	  fprintf (stderr, "FAIL: %s: x87 TOP %d at entry, want 0\n", test,
		   (fsw >> 11) & 7);
	}
      for (i = 0; i < 3; i++)
	{
	  snprintf (what, sizeof what, "%%mm%d at entry", i);
	  S32_EQ (test, what, s32_in.fx + 32 + 16 * i,
		  s32_entry.fx + 32 + 16 * i, 8);
	}
    }
  else
    {
      unsigned char want_ftw = 0;
      S32_EQ (test, "x87 tags at entry (empty stack)", &want_ftw, &ftw, 1);
    }

  /* After the return.  */
  S32_EQ (test, "%eax after return", &s32_ret.eax, &s32_after.gpr[S32_EAX],
	  4);
  S32_EQ (test, "%edx after return", &s32_ret.edx, &s32_after.gpr[S32_EDX],
	  4);
  for (i = S32_EBX; i <= S32_EBP; i++)
    {
      snprintf (what, sizeof what, "callee-saved %%%s after return",
		s32_gpr_name[i]);
      S32_EQ (test, what, &s32_in.gpr[i], &s32_after.gpr[i], 4);
    }
  {
    uint32_t want_esp = s32_caller_esp + cfg->pop;
    S32_EQ (test, "%esp after return (as the target's ret left it)",
	    &want_esp, &s32_after.gpr[S32_ESP], 4);
  }
  snprintf (what, sizeof what, "%%xmm0 after return (%d bytes)", w);
  S32_EQ (test, what, s32_ret.vec0, s32_after.vec[0], w);
  if (s32_after.eflags & 0x400)
    {
      s32_failures++;
      fprintf (stderr, "FAIL: %s: DF set after return\n", test);
    }
  S32_EQ (test, "x87 control word after return", &s32_fcw, s32_after.fx, 2);
  ftw = s32_after.fx[4];
  memcpy (&fsw, s32_after.fx + 2, 2);
  if (cfg->mmx_out)
    {
      unsigned char want_ftw = 0xff;
      S32_EQ (test, "x87 tags after return (MMX state)", &want_ftw, &ftw, 1);
      S32_EQ (test, "%mm0 after return", &s32_ret.mm0, s32_after.fx + 32, 8);
    }
  else
    {
      unsigned char want_ftw = cfg->nx87 == 2 ? 0xc0
			       : cfg->nx87 == 1 ? 0x80 : 0;
      unsigned want_top = cfg->nx87 == 2 ? 6 : 7;
      S32_EQ (test, "x87 tags after return", &want_ftw, &ftw, 1);
      if (cfg->nx87 && ((fsw >> 11) & 7) != want_top)
	{
	  s32_failures++;
	  fprintf (stderr, "FAIL: %s: x87 TOP %d after return, want %u\n",
		   test, (fsw >> 11) & 7, want_top);
	}
      if (cfg->nx87 >= 1)
	S32_EQ (test, "%st0 after return", s32_ret.st0, s32_after.fx + 32,
		10);
      if (cfg->nx87 >= 2)
	S32_EQ (test, "%st1 after return", s32_ret.st1, s32_after.fx + 48,
		10);
    }
}

static int __attribute__ ((unused))
s32_finish (void)
{
  if (s32_nchecks == 0)
    {
      fprintf (stderr, "FAIL: no call was checked\n");
      s32_failures++;
    }
  fflush (stdout);
  if (s32_failures)
    {
      fprintf (stderr, "%d call-state mismatches\n", s32_failures);
      abort ();
    }
  printf ("snap32: all call state preserved\n");
  return 0;
}

#endif /* __i386__ */

#endif /* SNAP32_H */
