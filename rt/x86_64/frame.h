/* x86_64/frame.h -- the frame layouts of the x86_64 entry trampoline and
   return landing (x86_64/trampoline.S).  Included from the .S file and
   from runtime.c, which reaches the saved call state through them for
   INTERCEPTED_ARG and INTERCEPTED_RETURN (doc/INTERNALS.md, 4), so it
   holds nothing but #defines.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef INTERCEPTOR_X86_64_FRAME_H
#define INTERCEPTOR_X86_64_FRAME_H 1

/* The entry trampoline's frame, below the saved %rbp, 64-byte aligned.
   %rdi, %rsi, %rdx, %rcx, %r8, %r9 lie in that order: the SysV integer
   argument registers.  */
#define E_V0		0	/* 8 x 64: %xmm0-7 / %ymm0-7 / %zmm0-7 */
#define E_X8		512	/* 8 x 16: %xmm8-15 */
#define E_RAX		640
#define E_RDI		648
#define E_RSI		656
#define E_RDX		664
#define E_RCX		672
#define E_R8		680
#define E_R9		688
#define E_R10		696
#define E_SITE		704	/* %r11 */
#define E_TARGET	712
#define E_REC		720
#define E_LEVEL		728
#define E_ERRNO		732	/* the caller's errno, while the body runs */
#define E_RET		768	/* a return area (L_* layout, L_SIZE bytes):
				   what a GOTO_RETURN in the entry part
				   returns (INTERCEPTED_SET_RETURN) */
#define E_SIZE		1152

/* The return landing's frame (below the return address, the saved %rbp
   and the caller's %rbx), 64-byte aligned; the same layout serves as
   the entry trampoline's return area at E_RET.  */
#define L_V0		0	/* 2 x 64: %xmm0-1 / %ymm0-1 / %zmm0-1 */
#define L_X6		128	/* 10 x 16: %xmm6-15 (ms_abi callee-saved) */
#define L_RAX		288
#define L_RDX		296
#define L_RSI		304
#define L_RDI		312
#define L_LEVEL		320
#define L_NX87		324	/* how many x87 values the target left */
#define L_ERRNO		328	/* errno as the target left it */
#define L_ST0		336	/* 2 x 16: the x87 values, 80 bits each */
#define L_ST1		352
#define L_SIZE		384

/* The strict trampolines' fixed frame (x86_64/strict.S): the entry
   trampoline's layout (the runtime zeroes E_RET) and the registers the
   normal trampolines need not save; the XSAVE area lies below it.  */
#define S_R12		(E_SIZE + 0)
#define S_R13		(E_SIZE + 8)
#define S_R14		(E_SIZE + 16)
#define S_R15		(E_SIZE + 24)
#define S_SIZE		(E_SIZE + 64)

/* This architecture has the fast path (x86_64/fast.S) and its return
   landing, __interceptor_fast_landing.  */
#define RT_FAST_PATH	1

#endif /* INTERCEPTOR_X86_64_FRAME_H */
