/* snapshot.h -- register snapshots for the call-state tests (SPEC 3.1-3.3)
   on x86_64.  Included by each test of interceptor.callstate; not a test
   itself.

   The pieces, all in the top-level assembler below:

   snap_call (fn)   The caller.  Loads a distinctive pattern from snap_in
		    into every register -- the argument registers of both
		    conventions (%rdi %rsi %rdx %rcx %r8 %r9, %rax/%al, the
		    static chain %r10, all vector registers at the width of
		    snap_level, at level AVX-512 also the mask registers
		    %k0-%k7) and the callee-saved ones (%rbx %rbp %r12-%r15)
		    -- pushes SNAP_NSTACK stack words (stack arguments),
		    calls FN (the intercepted name: the stub) and, right
		    after the call returns, stores every register into
		    snap_after, and pops the x87 values the target
		    returned.

   snap_target      The target.  At entry, before anything else, stores
		    every register, RFLAGS, the x87/SSE state (fxsave: control
		    word, tags, MXCSR), the return address and the stack
		    words above it into snap_entry.  Then returns the values
		    configured in snap_ret: %rax, %rdx, %xmm0/%xmm1 at the
		    width of snap_level, and 0, 1 or 2 values on the x87
		    stack (or the static chain %r10 in %rax).  It changes
		    nothing else, so it preserves every register of either
		    convention.

   snap_clobber     A SysV function that writes garbage into every register
		    a SysV callee may destroy: %rax %rcx %rdx %rsi %rdi
		    %r8-%r11, every vector register at the CPU's full width
		    (snap_cpu, not snap_level: see below), %k0-%k7 on an
		    AVX-512 CPU, the flags; it pushes and pops the x87
		    stack.  Interceptor bodies call it, and stdio and memcpy,
		    in their entry and exit parts.

   The vector code exists in three variants (SSE, AVX, AVX-512) chosen at
   run time from snap_level (snap_clobber: snap_cpu), so that no
   instruction the CPU lacks is ever executed.

   Two levels.  snap_cpu is what the CPU and the OS enable.  snap_level,
   the width the test loads, records and compares, is the runtime's
   vector path, interceptor_vector_path () -- equal to snap_cpu unless
   INTERCEPTOR_VECTOR_PATH lowered it: a run on the SSE path promises
   only the %xmm registers, so only those are loaded and compared, and
   an AVX run compares %ymm0-%ymm7 in full and %xmm8-%xmm15.  The
   interceptor body's own code is compiled for (and libc's memcpy picks)
   whatever the CPU has whatever path the runtime takes, so snap_clobber
   keeps destroying the registers at snap_cpu's full width: what lies
   above the promised width is garbage afterwards and is not compared,
   while the promised low parts are destroyed too and so must come back
   from the runtime's saves.

   snap_run_all_paths (argc, argv), first thing in main, makes one test
   binary cover every path: it runs the binary again once per path the
   CPU has and once with the runtime's default, and fails if any of
   these children does; each child checks that interceptor_vector_path
   () is the path it asked for, so a runtime that ignored the variable
   fails too (../interceptor.run/vecpaths.h).

   snap_check () compares, bit for bit, at snap_level's width w:

   - at the target's entry: the argument registers (%rdi %rsi %rdx %rcx
     %r8 %r9 %r10, %al), %xmm0-%xmm7 at width w and the low 128 bits of
     %xmm8-%xmm15, the stack pointer and the stack words, the x87 control
     word and the MXCSR control bits, an empty x87 stack, DF clear; for a
     transparent interceptor also the return address;
   - after the return: %rax %rdx, %xmm0/%xmm1 at width w and the x87
     values as the target returned them, and every register that either
     convention treats as callee-saved (%rbx %rbp %rsp %r12-%r15, and
     for ms_abi callers %rsi %rdi and the low 128 bits of %xmm6-%xmm15),
     the x87 control word and MXCSR control bits, DF clear.

   The interceptor runtime exports interceptor_vector_path () ("sse",
   "avx" or "avx512"), which the tests print and follow.  */

#ifndef SNAPSHOT_H
#define SNAPSHOT_H 1

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined __x86_64__ && defined __LP64__
# define SNAP_SUPPORTED 1
#else
# define SNAP_SUPPORTED 0
#endif

#if SNAP_SUPPORTED

#include "../interceptor.run/vecpaths.h"

#define SNAP_NSTACK 6		/* even: keeps the stack 16-byte aligned */

/* Vector levels (vecpaths.h).  */
#define SNAP_SSE VP_SSE
#define SNAP_AVX VP_AVX
#define SNAP_AVX512 VP_AVX512

/* Register numbers, in the hardware encoding order.  */
enum
{
  RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI,
  R8, R9, R10, R11, R12, R13, R14, R15
};

/* Offsets into struct snap, for the assembler.  */
#define SNAP_OFF_GPR 0
#define SNAP_OFF_RFLAGS 128
#define SNAP_OFF_RA 136
#define SNAP_OFF_STACK 144
#define SNAP_OFF_K 192
#define SNAP_OFF_FX 256
#define SNAP_OFF_VEC 768
#define SNAP_OFF_ST 2816

struct snap
{
  uint64_t gpr[16];		/* in register-number order */
  uint64_t rflags;
  uint64_t ra;			/* the word at the stack pointer */
  uint64_t stack[SNAP_NSTACK];	/* the words above it */
  uint64_t k[8];
  _Alignas (64) unsigned char fx[512];	/* fxsave64 image */
  unsigned char vec[32][64];	/* %zmm0-%zmm31 (as far as loaded) */
  unsigned char st[2][16];	/* x87 values popped after the call */
} __attribute__ ((aligned (64)));

_Static_assert (__builtin_offsetof (struct snap, rflags) == SNAP_OFF_RFLAGS, "rflags");
_Static_assert (__builtin_offsetof (struct snap, ra) == SNAP_OFF_RA, "ra");
_Static_assert (__builtin_offsetof (struct snap, stack) == SNAP_OFF_STACK, "stack");
_Static_assert (__builtin_offsetof (struct snap, k) == SNAP_OFF_K, "k");
_Static_assert (__builtin_offsetof (struct snap, fx) == SNAP_OFF_FX, "fx");
_Static_assert (__builtin_offsetof (struct snap, vec) == SNAP_OFF_VEC, "vec");
_Static_assert (__builtin_offsetof (struct snap, st) == SNAP_OFF_ST, "st");

/* What snap_target returns.  */
#define SNAP_RET_RAX 0
#define SNAP_RET_RDX 8
#define SNAP_RET_NX87 16
#define SNAP_RET_R10 20
#define SNAP_RET_V0 64
#define SNAP_RET_V1 128
#define SNAP_RET_ST0 192
#define SNAP_RET_ST1 208

struct snap_ret
{
  uint64_t rax, rdx;
  uint32_t nx87;		/* values left on the x87 stack: 0, 1, 2 */
  uint32_t ret_r10;		/* nonzero: return the entry %r10 in %rax */
  _Alignas (64) unsigned char v0[64], v1[64];
  unsigned char st0[16], st1[16];	/* 80-bit values, %st0 and %st1 */
} __attribute__ ((aligned (64)));

_Static_assert (__builtin_offsetof (struct snap_ret, nx87) == SNAP_RET_NX87, "nx87");
_Static_assert (__builtin_offsetof (struct snap_ret, ret_r10) == SNAP_RET_R10, "r10");
_Static_assert (__builtin_offsetof (struct snap_ret, v0) == SNAP_RET_V0, "v0");
_Static_assert (__builtin_offsetof (struct snap_ret, v1) == SNAP_RET_V1, "v1");
_Static_assert (__builtin_offsetof (struct snap_ret, st0) == SNAP_RET_ST0, "st0");
_Static_assert (__builtin_offsetof (struct snap_ret, st1) == SNAP_RET_ST1, "st1");

#define SNAP_HIDDEN __attribute__ ((visibility ("hidden"), used))

SNAP_HIDDEN struct snap snap_in, snap_entry, snap_after;
SNAP_HIDDEN struct snap_ret snap_ret;
SNAP_HIDDEN unsigned char snap_cpu;	/* the CPU's level: SNAP_SSE... */
SNAP_HIDDEN unsigned char snap_level;	/* the tested level, <= snap_cpu */
SNAP_HIDDEN unsigned char snap_kbw;	/* 64-bit mask registers (AVX512BW) */
SNAP_HIDDEN uint64_t snap_caller_rsp;	/* %rsp at the call instruction */
SNAP_HIDDEN uint64_t snap_saved_rsp;	/* snap_call's own frame */

extern void snap_call (void *fn) __attribute__ ((visibility ("hidden")));
extern void snap_target (void) __attribute__ ((visibility ("hidden")));
extern void snap_clobber (void) __attribute__ ((visibility ("hidden")));
extern const char snap_call_ret[] __attribute__ ((visibility ("hidden")));

/* The runtime's choice of vector save path.  */
extern const char *interceptor_vector_path (void);

/* --- Assembler. ------------------------------------------------------ */

#define SNAP_STR_(x) #x
#define SNAP_STR(x) SNAP_STR_ (x)

#define SNAP_REP8(M, A) M (0, A) M (1, A) M (2, A) M (3, A)		\
  M (4, A) M (5, A) M (6, A) M (7, A)
#define SNAP_REP16(M, A) SNAP_REP8 (M, A) M (8, A) M (9, A) M (10, A)	\
  M (11, A) M (12, A) M (13, A) M (14, A) M (15, A)
#define SNAP_REP32(M, A) SNAP_REP16 (M, A) M (16, A) M (17, A)		\
  M (18, A) M (19, A) M (20, A) M (21, A) M (22, A) M (23, A)		\
  M (24, A) M (25, A) M (26, A) M (27, A) M (28, A) M (29, A)		\
  M (30, A) M (31, A)

/* Vector register N <-> BASE.vec[N].  */
#define SNAP_VEC(BASE, N) BASE "+" SNAP_STR (SNAP_OFF_VEC) "+" #N "*64(%rip)"
#define SNAP_ZST(N, BASE) "\tvmovdqu64 %zmm" #N ", " SNAP_VEC (BASE, N) "\n"
#define SNAP_YST(N, BASE) "\tvmovdqu %ymm" #N ", " SNAP_VEC (BASE, N) "\n"
#define SNAP_XST(N, BASE) "\tmovdqu %xmm" #N ", " SNAP_VEC (BASE, N) "\n"
#define SNAP_ZLD(N, BASE) "\tvmovdqu64 " SNAP_VEC (BASE, N) ", %zmm" #N "\n"
#define SNAP_YLD(N, BASE) "\tvmovdqu " SNAP_VEC (BASE, N) ", %ymm" #N "\n"
#define SNAP_XLD(N, BASE) "\tmovdqu " SNAP_VEC (BASE, N) ", %xmm" #N "\n"

/* Mask register N <-> BASE.k[N].  */
#define SNAP_KM(BASE, N) BASE "+" SNAP_STR (SNAP_OFF_K) "+" #N "*8(%rip)"
#define SNAP_KQST(N, BASE) "\tkmovq %k" #N ", " SNAP_KM (BASE, N) "\n"
#define SNAP_KWST(N, BASE) "\tkmovw %k" #N ", " SNAP_KM (BASE, N) "\n"
#define SNAP_KQLD(N, BASE) "\tkmovq " SNAP_KM (BASE, N) ", %k" #N "\n"
#define SNAP_KWLD(N, BASE) "\tkmovw " SNAP_KM (BASE, N) ", %k" #N "\n"

/* Clobber vector register N with the garbage pattern.  */
#define SNAP_ZGB(N, X) "\tvmovdqu64 snap_garbage(%rip), %zmm" #N "\n"
#define SNAP_YGB(N, X) "\tvmovdqu snap_garbage(%rip), %ymm" #N "\n"
#define SNAP_XGB(N, X) "\tmovdqu snap_garbage(%rip), %xmm" #N "\n"
#define SNAP_KGB(N, X) "\tkxnorw %k0, %k0, %k" #N "\n"

/* General register REG <-> BASE.gpr[N].  */
#define SNAP_G(BASE, N) BASE "+" #N "*8(%rip)"
#define SNAP_GST(REG, N, BASE) "\tmovq %" REG ", " SNAP_G (BASE, N) "\n"
#define SNAP_GLD(REG, N, BASE) "\tmovq " SNAP_G (BASE, N) ", %" REG "\n"

/* Store every general register (but %rsp), then %rsp, into BASE.  */
#define SNAP_SAVE_GPRS(BASE)						\
  SNAP_GST ("rax", 0, BASE) SNAP_GST ("rcx", 1, BASE)			\
  SNAP_GST ("rdx", 2, BASE) SNAP_GST ("rbx", 3, BASE)			\
  SNAP_GST ("rsp", 4, BASE) SNAP_GST ("rbp", 5, BASE)			\
  SNAP_GST ("rsi", 6, BASE) SNAP_GST ("rdi", 7, BASE)			\
  SNAP_GST ("r8", 8, BASE) SNAP_GST ("r9", 9, BASE)			\
  SNAP_GST ("r10", 10, BASE) SNAP_GST ("r11", 11, BASE)			\
  SNAP_GST ("r12", 12, BASE) SNAP_GST ("r13", 13, BASE)			\
  SNAP_GST ("r14", 14, BASE) SNAP_GST ("r15", 15, BASE)

/* Store the vector and mask registers into BASE, at the width
   snap_level says; L is a label prefix.  Flags are clobbered.  */
#define SNAP_SAVE_VECTORS(BASE, L)					\
  "\tcmpb $1, snap_level(%rip)\n"					\
  "\tjb " L "_sse\n"							\
  "\tje " L "_avx\n"							\
  SNAP_REP32 (SNAP_ZST, BASE)						\
  "\tcmpb $0, snap_kbw(%rip)\n"						\
  "\tje " L "_kw\n"							\
  SNAP_REP8 (SNAP_KQST, BASE)						\
  "\tjmp " L "_done\n"							\
  L "_kw:\n"								\
  SNAP_REP8 (SNAP_KWST, BASE)						\
  "\tjmp " L "_done\n"							\
  L "_avx:\n"								\
  SNAP_REP16 (SNAP_YST, BASE)						\
  "\tjmp " L "_done\n"							\
  L "_sse:\n"								\
  SNAP_REP16 (SNAP_XST, BASE)						\
  L "_done:\n"

#define SNAP_FUNC(NAME)							\
  "\t.p2align 4\n"							\
  "\t.globl " NAME "\n"							\
  "\t.hidden " NAME "\n"						\
  "\t.type " NAME ", @function\n"					\
  NAME ":\n"

#define SNAP_RETV(OFF) "snap_ret+" SNAP_STR (OFF) "(%rip)"

__asm__ (
  "\t.section .rodata\n"
  "\t.p2align 6\n"
  "snap_garbage:\n"
  "\t.quad 0xdeadbeefdeadbeef, 0x0badf00d0badf00d, 0xfeedfacefeedface\n"
  "\t.quad 0x5555aaaa5555aaaa, 0x123456789abcdef0, 0xcccccccccccccccc\n"
  "\t.quad 0x7ff8dead7ff8dead, 0xffffffffffffffff\n"
  "\t.text\n"

  /* ---- snap_target: record everything, return snap_ret. ---- */
  SNAP_FUNC ("snap_target")
  "\tpushfq\n"
  "\tpopq snap_entry+" SNAP_STR (SNAP_OFF_RFLAGS) "(%rip)\n"
  SNAP_SAVE_GPRS ("snap_entry")
  "\tmovq 0(%rsp), %rax\n"
  "\tmovq %rax, snap_entry+" SNAP_STR (SNAP_OFF_RA) "(%rip)\n"
  "\tmovq 8(%rsp), %rax\n"
  "\tmovq %rax, snap_entry+" SNAP_STR (SNAP_OFF_STACK) "+0(%rip)\n"
  "\tmovq 16(%rsp), %rax\n"
  "\tmovq %rax, snap_entry+" SNAP_STR (SNAP_OFF_STACK) "+8(%rip)\n"
  "\tmovq 24(%rsp), %rax\n"
  "\tmovq %rax, snap_entry+" SNAP_STR (SNAP_OFF_STACK) "+16(%rip)\n"
  "\tmovq 32(%rsp), %rax\n"
  "\tmovq %rax, snap_entry+" SNAP_STR (SNAP_OFF_STACK) "+24(%rip)\n"
  "\tmovq 40(%rsp), %rax\n"
  "\tmovq %rax, snap_entry+" SNAP_STR (SNAP_OFF_STACK) "+32(%rip)\n"
  "\tmovq 48(%rsp), %rax\n"
  "\tmovq %rax, snap_entry+" SNAP_STR (SNAP_OFF_STACK) "+40(%rip)\n"
  "\tfxsave64 snap_entry+" SNAP_STR (SNAP_OFF_FX) "(%rip)\n"
  SNAP_SAVE_VECTORS ("snap_entry", ".Lsnap_t")
  /* The return values.  */
  "\tmovq " SNAP_RETV (SNAP_RET_RDX) ", %rdx\n"
  "\tcmpb $1, snap_level(%rip)\n"
  "\tjb .Lsnap_tr_sse\n"
  "\tje .Lsnap_tr_avx\n"
  "\tvmovdqu64 " SNAP_RETV (SNAP_RET_V0) ", %zmm0\n"
  "\tvmovdqu64 " SNAP_RETV (SNAP_RET_V1) ", %zmm1\n"
  "\tjmp .Lsnap_tr_x87\n"
  ".Lsnap_tr_avx:\n"
  "\tvmovdqu " SNAP_RETV (SNAP_RET_V0) ", %ymm0\n"
  "\tvmovdqu " SNAP_RETV (SNAP_RET_V1) ", %ymm1\n"
  "\tjmp .Lsnap_tr_x87\n"
  ".Lsnap_tr_sse:\n"
  "\tmovdqu " SNAP_RETV (SNAP_RET_V0) ", %xmm0\n"
  "\tmovdqu " SNAP_RETV (SNAP_RET_V1) ", %xmm1\n"
  ".Lsnap_tr_x87:\n"
  "\tmovl " SNAP_RETV (SNAP_RET_NX87) ", %eax\n"
  "\tcmpl $1, %eax\n"
  "\tjb .Lsnap_tr_gpr\n"
  "\tje .Lsnap_tr_st0\n"
  "\tfldt " SNAP_RETV (SNAP_RET_ST1) "\n"	/* pushed first: ends in %st1 */
  ".Lsnap_tr_st0:\n"
  "\tfldt " SNAP_RETV (SNAP_RET_ST0) "\n"
  ".Lsnap_tr_gpr:\n"
  "\tmovq " SNAP_RETV (SNAP_RET_RAX) ", %rax\n"
  "\tcmpl $0, " SNAP_RETV (SNAP_RET_R10) "\n"
  "\tje .Lsnap_tr_ret\n"
  "\tmovq %r10, %rax\n"
  ".Lsnap_tr_ret:\n"
  "\tret\n"
  "\t.size snap_target, .-snap_target\n"

  /* ---- snap_call (fn): load snap_in, call fn, record snap_after. ---- */
  SNAP_FUNC ("snap_call")
  "\tpushq %rbp\n"
  "\tpushq %rbx\n"
  "\tpushq %r12\n"
  "\tpushq %r13\n"
  "\tpushq %r14\n"
  "\tpushq %r15\n"
  "\tmovq %rsp, snap_saved_rsp(%rip)\n"
  "\tmovq %rdi, %r11\n"
  "\tandq $-64, %rsp\n"
  /* The stack words, SNAP_NSTACK of them: stack[0] ends lowest.  */
  "\tpushq snap_in+" SNAP_STR (SNAP_OFF_STACK) "+40(%rip)\n"
  "\tpushq snap_in+" SNAP_STR (SNAP_OFF_STACK) "+32(%rip)\n"
  "\tpushq snap_in+" SNAP_STR (SNAP_OFF_STACK) "+24(%rip)\n"
  "\tpushq snap_in+" SNAP_STR (SNAP_OFF_STACK) "+16(%rip)\n"
  "\tpushq snap_in+" SNAP_STR (SNAP_OFF_STACK) "+8(%rip)\n"
  "\tpushq snap_in+" SNAP_STR (SNAP_OFF_STACK) "+0(%rip)\n"
  "\tmovq %rsp, snap_caller_rsp(%rip)\n"
  "\tcld\n"
  "\tcmpb $1, snap_level(%rip)\n"
  "\tjb .Lsnap_c_sse\n"
  "\tje .Lsnap_c_avx\n"
  SNAP_REP32 (SNAP_ZLD, "snap_in")
  "\tcmpb $0, snap_kbw(%rip)\n"
  "\tje .Lsnap_c_kw\n"
  SNAP_REP8 (SNAP_KQLD, "snap_in")
  "\tjmp .Lsnap_c_gpr\n"
  ".Lsnap_c_kw:\n"
  SNAP_REP8 (SNAP_KWLD, "snap_in")
  "\tjmp .Lsnap_c_gpr\n"
  ".Lsnap_c_avx:\n"
  SNAP_REP16 (SNAP_YLD, "snap_in")
  "\tjmp .Lsnap_c_gpr\n"
  ".Lsnap_c_sse:\n"
  SNAP_REP16 (SNAP_XLD, "snap_in")
  ".Lsnap_c_gpr:\n"
  SNAP_GLD ("rcx", 1, "snap_in") SNAP_GLD ("rdx", 2, "snap_in")
  SNAP_GLD ("rbx", 3, "snap_in") SNAP_GLD ("rbp", 5, "snap_in")
  SNAP_GLD ("rsi", 6, "snap_in") SNAP_GLD ("rdi", 7, "snap_in")
  SNAP_GLD ("r8", 8, "snap_in") SNAP_GLD ("r9", 9, "snap_in")
  SNAP_GLD ("r10", 10, "snap_in") SNAP_GLD ("r12", 12, "snap_in")
  SNAP_GLD ("r13", 13, "snap_in") SNAP_GLD ("r14", 14, "snap_in")
  SNAP_GLD ("r15", 15, "snap_in") SNAP_GLD ("rax", 0, "snap_in")
  "\tcall *%r11\n"
  "\t.globl snap_call_ret\n"
  "\t.hidden snap_call_ret\n"
  "snap_call_ret:\n"
  "\tpushfq\n"
  "\tpopq snap_after+" SNAP_STR (SNAP_OFF_RFLAGS) "(%rip)\n"
  SNAP_SAVE_GPRS ("snap_after")
  "\tfxsave64 snap_after+" SNAP_STR (SNAP_OFF_FX) "(%rip)\n"
  SNAP_SAVE_VECTORS ("snap_after", ".Lsnap_a")
  /* Pop the x87 values the target should have returned.  */
  "\tmovl " SNAP_RETV (SNAP_RET_NX87) ", %eax\n"
  "\tcmpl $1, %eax\n"
  "\tjb .Lsnap_a_x87done\n"
  "\tfstpt snap_after+" SNAP_STR (SNAP_OFF_ST) "(%rip)\n"
  "\tcmpl $2, %eax\n"
  "\tjb .Lsnap_a_x87done\n"
  "\tfstpt snap_after+" SNAP_STR (SNAP_OFF_ST) "+16(%rip)\n"
  ".Lsnap_a_x87done:\n"
  "\tmovq snap_saved_rsp(%rip), %rsp\n"
  "\tpopq %r15\n"
  "\tpopq %r14\n"
  "\tpopq %r13\n"
  "\tpopq %r12\n"
  "\tpopq %rbx\n"
  "\tpopq %rbp\n"
  /* snap_clobber dirtied the upper halves whatever snap_level is.  */
  "\tcmpb $1, snap_cpu(%rip)\n"
  "\tjb .Lsnap_c_ret\n"
  "\tvzeroupper\n"
  ".Lsnap_c_ret:\n"
  "\tret\n"
  "\t.size snap_call, .-snap_call\n"

  /* ---- snap_clobber: a SysV function destroying all it may. ---- */
  SNAP_FUNC ("snap_clobber")
  "\tmovabsq $0xbad0bad1bad2bad3, %rax\n"
  "\tleaq 0x11(%rax), %rcx\n"
  "\tleaq 0x22(%rax), %rdx\n"
  "\tleaq 0x33(%rax), %rsi\n"
  "\tleaq 0x44(%rax), %rdi\n"
  "\tleaq 0x55(%rax), %r8\n"
  "\tleaq 0x66(%rax), %r9\n"
  "\tleaq 0x77(%rax), %r10\n"
  "\tleaq 0x88(%rax), %r11\n"
  /* At the CPU's full width, not snap_level's: the body's code and libc
     use every register the CPU has whatever path the runtime takes, so
     an SSE or AVX run must survive garbage above the promised width too
     (snap_check compares only the promised width).  */
  "\tcmpb $1, snap_cpu(%rip)\n"
  "\tjb .Lsnap_k_sse\n"
  "\tje .Lsnap_k_avx\n"
  SNAP_REP32 (SNAP_ZGB, 0)
  SNAP_REP8 (SNAP_KGB, 0)
  "\tjmp .Lsnap_k_x87\n"
  ".Lsnap_k_avx:\n"
  SNAP_REP16 (SNAP_YGB, 0)
  "\tjmp .Lsnap_k_x87\n"
  ".Lsnap_k_sse:\n"
  SNAP_REP16 (SNAP_XGB, 0)
  ".Lsnap_k_x87:\n"
  "\tfldpi\n"
  "\tfld1\n"
  "\tfaddp\n"
  "\tfldl2t\n"
  "\tfmulp\n"
  "\tfstp %st(0)\n"
  "\taddq %rcx, %rax\n"		/* and the arithmetic flags */
  "\tret\n"
  "\t.size snap_clobber, .-snap_clobber\n");

/* --- C side. --------------------------------------------------------- */

static const char *const snap_gpr_name[16] = {
  "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
  "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"
};

static uint16_t snap_fcw;	/* what the caller set */
static uint32_t snap_mxcsr;

#define SNAP_FCW_CONTROL 0x1f3f		/* masks, precision, rounding */
#define SNAP_MXCSR_CONTROL 0xffc0	/* DAZ, masks, rounding, FZ */
#define SNAP_DF 0x400

static int snap_failures;
static int snap_initialised;	/* set by snap_init */
static unsigned long snap_nchecks;	/* snap_check calls */

/* Start of a test's main: run the test once per vector path
   (../interceptor.run/vecpaths.h).  */
static void __attribute__ ((unused))
snap_run_all_paths (int argc, char **argv)
{
  vp_run_all_paths (argc, argv, "snapshot");
}

/* The width of the vector registers at snap_level, in bytes.  */
static int
snap_width (void)
{
  return snap_level == SNAP_AVX512 ? 64 : snap_level == SNAP_AVX ? 32 : 16;
}

/* In a child of snap_run_all_paths: find the levels, check that the
   runtime took the path asked for, and test at that path's width.  */
static void
snap_init (void)
{
  int level = vp_check_path ("snapshot");

  if (level < 0)
    {
      snap_failures++;
      level = -1 - level;
    }
  snap_initialised = 1;
  snap_cpu = (unsigned char) vp_cpu_level ();
  snap_level = (unsigned char) level;
  snap_kbw = snap_level == SNAP_AVX512 && __builtin_cpu_supports ("avx512bw");
  if (snap_kbw)
    printf ("snapshot: 64-bit mask registers\n");
}

/* A 64-bit pseudo-random generator (splitmix64).  */
static uint64_t snap_rng_state;

static uint64_t
snap_rand (void)
{
  uint64_t z = (snap_rng_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static void
snap_rand_bytes (unsigned char *p, size_t n)
{
  while (n--)
    *p++ = (unsigned char) snap_rand ();
}

/* A random, normal, finite 80-bit extended value into P[0..9].  */
static void
snap_rand_ld (unsigned char *p)
{
  uint64_t mant = snap_rand () | 0x8000000000000000ULL;	/* integer bit */
  uint16_t se = (uint16_t) (0x3f00 + snap_rand () % 0x200);
  if (snap_rand () & 1)
    se |= 0x8000;
  memset (p, 0, 16);
  memcpy (p, &mant, 8);
  memcpy (p + 8, &se, 2);
}

/* Fill the caller's registers and the target's return values for one
   run: SEED picks the patterns, NX87 the number of x87 return values,
   RET_R10 makes the target return the static chain in %rax.  */
static void
snap_fill (unsigned int seed, unsigned int nx87, int ret_r10)
{
  int i;

  snap_rng_state = 0x1234567800000000ULL + seed;
  memset (&snap_in, 0, sizeof snap_in);
  memset (&snap_entry, 0, sizeof snap_entry);
  memset (&snap_after, 0, sizeof snap_after);
  memset (&snap_ret, 0, sizeof snap_ret);
  for (i = 0; i < 16; i++)
    snap_in.gpr[i] = snap_rand ();
  for (i = 0; i < SNAP_NSTACK; i++)
    snap_in.stack[i] = snap_rand ();
  for (i = 0; i < 8; i++)
    snap_in.k[i] = snap_rand ();
  snap_rand_bytes (&snap_in.vec[0][0], sizeof snap_in.vec);

  snap_ret.rax = snap_rand ();
  snap_ret.rdx = snap_rand ();
  snap_rand_bytes (snap_ret.v0, sizeof snap_ret.v0);
  snap_rand_bytes (snap_ret.v1, sizeof snap_ret.v1);
  snap_rand_ld (snap_ret.st0);
  snap_rand_ld (snap_ret.st1);
  snap_ret.nx87 = nx87;
  snap_ret.ret_r10 = ret_r10 != 0;
}

static uint16_t
snap_get_fcw (void)
{
  uint16_t w;
  __asm__ volatile ("fnstcw %0" : "=m" (w));
  return w;
}

static uint32_t
snap_get_mxcsr (void)
{
  uint32_t w;
  __asm__ volatile ("stmxcsr %0" : "=m" (w));
  return w;
}

/* Call FN (the intercepted name, or snap_target itself) through
   snap_call, with non-default x87 and SSE control settings -- which are
   callee-saved, so the target must see them and the caller must get them
   back.  */
static void
snap_run (void *fn)
{
  uint16_t fcw0 = snap_get_fcw ();
  uint32_t mxcsr0 = snap_get_mxcsr ();

  /* x87: 53-bit precision; SSE: round toward minus infinity.  */
  snap_fcw = (uint16_t) ((fcw0 & ~0x0300) | 0x0200);
  snap_mxcsr = (mxcsr0 & ~0x6000u) | 0x2000u;
  __asm__ volatile ("fldcw %0" : : "m" (snap_fcw));
  __asm__ volatile ("ldmxcsr %0" : : "m" (snap_mxcsr));

  snap_call (fn);

  __asm__ volatile ("fldcw %0" : : "m" (fcw0));
  __asm__ volatile ("ldmxcsr %0" : : "m" (mxcsr0));
}

static void
snap_fail_u64 (const char *test, const char *when, const char *what,
	       uint64_t got, uint64_t want)
{
  fprintf (stderr, "FAIL: %s: %s: %s = 0x%016llx, expected 0x%016llx\n",
	   test, when, what, (unsigned long long) got,
	   (unsigned long long) want);
  snap_failures++;
}

static void
snap_hex (const unsigned char *p, int n)
{
  int i;
  for (i = n - 1; i >= 0; i--)
    fprintf (stderr, "%02x%s", p[i], i && i % 8 == 0 ? "_" : "");
}

static void
snap_cmp_bytes (const char *test, const char *when, const char *what,
		const unsigned char *got, const unsigned char *want, int n)
{
  if (memcmp (got, want, n) == 0)
    return;
  fprintf (stderr, "FAIL: %s: %s: %s (%d bytes)\n  got      ", test, when,
	   what, n);
  snap_hex (got, n);
  fprintf (stderr, "\n  expected ");
  snap_hex (want, n);
  fprintf (stderr, "\n");
  snap_failures++;
}

static void
snap_cmp_gpr (const char *test, const char *when, const struct snap *s,
	      int r, uint64_t want)
{
  char what[16];
  if (s->gpr[r] == want)
    return;
  snprintf (what, sizeof what, "%%%s", snap_gpr_name[r]);
  snap_fail_u64 (test, when, what, s->gpr[r], want);
}

static void
snap_cmp_vec (const char *test, const char *when, const struct snap *s,
	      int n, const unsigned char *want, int bytes)
{
  char what[32];
  snprintf (what, sizeof what, "%s%d",
	    bytes == 64 ? "%zmm" : bytes == 32 ? "%ymm" : "%xmm", n);
  snap_cmp_bytes (test, when, what, s->vec[n], want, bytes);
}

static void
snap_check_control (const char *test, const char *when, const struct snap *s)
{
  uint16_t fcw;
  uint32_t mxcsr;

  memcpy (&fcw, s->fx + 0, 2);
  memcpy (&mxcsr, s->fx + 24, 4);
  if ((fcw & SNAP_FCW_CONTROL) != (snap_fcw & SNAP_FCW_CONTROL))
    snap_fail_u64 (test, when, "x87 control word", fcw, snap_fcw);
  if ((mxcsr & SNAP_MXCSR_CONTROL) != (snap_mxcsr & SNAP_MXCSR_CONTROL))
    snap_fail_u64 (test, when, "MXCSR control bits", mxcsr, snap_mxcsr);
  if (s->rflags & SNAP_DF)
    snap_fail_u64 (test, when, "RFLAGS.DF", 1, 0);
}

/* Compare the snapshots of the last snap_run with what the caller loaded
   and the target returned.  TRANSPARENT: the interceptor has no exit
   part, so the target must see the caller's own return address.  */
static void
snap_check (const char *test, int transparent)
{
  static const int args[] = { RDI, RSI, RDX, RCX, R8, R9, R10 };
  static const int saved[] = { RBX, RBP, R12, R13, R14, R15, RSI, RDI };
  const char *when = "at target entry";
  int w = snap_width ();
  int i, n;

  snap_nchecks++;

  /* --- What the target saw. --- */
  for (i = 0; i < (int) (sizeof args / sizeof args[0]); i++)
    snap_cmp_gpr (test, when, &snap_entry, args[i], snap_in.gpr[args[i]]);
  if ((snap_entry.gpr[RAX] & 0xff) != (snap_in.gpr[RAX] & 0xff))
    snap_fail_u64 (test, when, "%al", snap_entry.gpr[RAX] & 0xff,
		   snap_in.gpr[RAX] & 0xff);
  if (snap_entry.gpr[RSP] != snap_caller_rsp - 8)
    snap_fail_u64 (test, when, "%rsp", snap_entry.gpr[RSP],
		   snap_caller_rsp - 8);
  for (i = 0; i < SNAP_NSTACK; i++)
    if (snap_entry.stack[i] != snap_in.stack[i])
      {
	char what[32];
	snprintf (what, sizeof what, "stack word %d", i + 1);
	snap_fail_u64 (test, when, what, snap_entry.stack[i],
		       snap_in.stack[i]);
      }
  if (transparent && snap_entry.ra != (uint64_t) (uintptr_t) snap_call_ret)
    snap_fail_u64 (test, when, "return address", snap_entry.ra,
		   (uint64_t) (uintptr_t) snap_call_ret);
  for (n = 0; n < 8; n++)
    snap_cmp_vec (test, when, &snap_entry, n, snap_in.vec[n], w);
  for (n = 8; n < 16; n++)
    snap_cmp_vec (test, when, &snap_entry, n, snap_in.vec[n], 16);
  snap_check_control (test, when, &snap_entry);
  if (snap_entry.fx[4] != 0)		/* abridged tag word */
    snap_fail_u64 (test, when, "x87 tags (stack not empty)",
		   snap_entry.fx[4], 0);

  /* --- What the caller got back. --- */
  when = "after return";
  snap_cmp_gpr (test, when, &snap_after, RAX,
		snap_ret.ret_r10 ? snap_in.gpr[R10] : snap_ret.rax);
  snap_cmp_gpr (test, when, &snap_after, RDX, snap_ret.rdx);
  snap_cmp_vec (test, when, &snap_after, 0, snap_ret.v0, w);
  snap_cmp_vec (test, when, &snap_after, 1, snap_ret.v1, w);
  if (__builtin_popcount (snap_after.fx[4]) != (int) snap_ret.nx87)
    snap_fail_u64 (test, when, "number of x87 values",
		   __builtin_popcount (snap_after.fx[4]), snap_ret.nx87);
  if (snap_ret.nx87 >= 1)
    snap_cmp_bytes (test, when, "%st0", snap_after.st[0], snap_ret.st0, 10);
  if (snap_ret.nx87 >= 2)
    snap_cmp_bytes (test, when, "%st1", snap_after.st[1], snap_ret.st1, 10);
  for (i = 0; i < (int) (sizeof saved / sizeof saved[0]); i++)
    snap_cmp_gpr (test, when, &snap_after, saved[i], snap_in.gpr[saved[i]]);
  if (snap_after.gpr[RSP] != snap_caller_rsp)
    snap_fail_u64 (test, when, "%rsp", snap_after.gpr[RSP], snap_caller_rsp);
  for (n = 6; n < 16; n++)
    snap_cmp_vec (test, when, &snap_after, n, snap_in.vec[n], 16);
  snap_check_control (test, when, &snap_after);
}

/* What an interceptor body does in its entry and exit parts: destroy
   every register it may, and run libc's stdio, vectorised memcpy and
   long double arithmetic.  */
static void __attribute__ ((noinline, unused))
snap_body_noise (const char *where)
{
  char a[8192], b[8192];
  volatile long double x = 1.0L;
  int i;

  snap_clobber ();
  for (i = 0; i < 20; i++)
    x = x * 1.25L + 0.5L;
  memset (a, where[0], sizeof a);
  memcpy (b, a, sizeof b);
  printf ("  %s: %.10Lg %.4s\n", where, (long double) x, b + 4000);
  snap_clobber ();
}

/* Run FN for seeds 1..NSEEDS and the given configuration, checking each
   run; also run snap_target directly first, which checks the test
   itself.  */
static void __attribute__ ((unused))
snap_test (const char *test, void *fn, int transparent, unsigned int nx87,
	   int ret_r10, int nseeds)
{
  char name[128];
  int seed;

  for (seed = 1; seed <= nseeds; seed++)
    {
      snprintf (name, sizeof name, "%s [direct, x87 %u, seed %d]", test, nx87,
		seed);
      snap_fill (seed, nx87, ret_r10);
      snap_run ((void *) snap_target);
      snap_check (name, 1);

      snprintf (name, sizeof name, "%s [x87 %u, seed %d]", test, nx87, seed);
      snap_fill (seed, nx87, ret_r10);
      snap_run (fn);
      snap_check (name, transparent);
    }
}

/* The end of a test's main.  */
static int __attribute__ ((unused))
snap_finish (void)
{
  if (!snap_initialised || snap_nchecks == 0)
    {
      fprintf (stderr, "FAIL: snapshot: %s\n", !snap_initialised
	       ? "snap_init () was not called" : "no call was checked");
      snap_failures++;
    }
  fflush (stdout);
  if (snap_failures)
    {
      fprintf (stderr, "%d call-state mismatches\n", snap_failures);
      abort ();
    }
  printf ("snapshot: all call state preserved\n");
  return 0;
}

#endif /* SNAP_SUPPORTED */

#endif /* SNAPSHOT_H */
