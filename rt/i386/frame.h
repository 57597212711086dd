/* i386/frame.h -- the frame layouts of the i386 entry trampoline and
   return landing (i386/trampoline.S).  Included from the .S file and
   from runtime.c, which reaches the saved call state through them for
   INTERCEPTED_ARG and INTERCEPTED_RETURN (doc/INTERNALS.md, 5), so it
   holds nothing but #defines.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef INTERCEPTOR_I386_FRAME_H
#define INTERCEPTOR_I386_FRAME_H 1

/* The entry trampoline's frame, below the caller's %ebx at -4(%ebp),
   64-byte aligned.  %eax, %edx, %ecx lie in that order: the regparm
   registers, so that a 64-bit argument in two of them is contiguous.  */
#define E_OUT		0	/* outgoing arguments: result ptr, site, slot,
				   anchor, frame */
#define E_RES		24	/* struct __interceptor_enter_result */
#define E_TARGET	24
#define E_REC		28
#define E_EAX		32
#define E_EDX		36
#define E_ECX		40
#define E_LEVEL		44
#define E_MMX		48	/* nonzero: MMX state saved in E_FX */
#define E_LANDING	52
#define E_POP		56	/* bytes of arguments a GOTO_RETURN in the
				   entry part pops (stdcall...), set by the
				   runtime */
#define E_V0		64	/* 3 x 64: %xmm0-2 / %ymm0-2 / %zmm0-2 */
#define E_FX		256	/* 512: fxsave area */
#define E_RET		768	/* a return area (L_* layout, L_SIZE bytes):
				   what a GOTO_RETURN in the entry part
				   returns (INTERCEPTED_SET_RETURN) */
#define E_SIZE		1472

/* The return landing's frame, 64-byte aligned; the same layout serves
   as the entry trampoline's return area at E_RET.  */
#define L_OUT		0	/* outgoing arguments: result ptr, rec, slot,
				   frame */
#define L_RES		16	/* struct __interceptor_leave_result */
#define L_RET_ADDR	16
#define L_ANCHOR	20
#define L_EAX		24	/* %eax:%edx contiguous */
#define L_EDX		28
#define L_LEVEL		32
#define L_NX87		36	/* 0-2 x87 values, or 3: MMX state in L_FX */
#define L_REC		40
#define L_FMT		44	/* the format of a single x87 value at L_ST0:
				   0 80 bits, 1 float, 2 double (runtime.c
				   converts it for INTERCEPTED_RETURN) */
#define L_V0		64	/* 64: %xmm0 / %ymm0 / %zmm0 */
#define L_ST0		128	/* 2 x 16: the x87 values, 80 bits each */
#define L_ST1		144
#define L_FX		192	/* 512: fxsave area */
#define L_SIZE		704

/* The strict trampolines' fixed frame (i386/strict.S): the entry
   trampoline's layout (the runtime zeroes E_RET and E_POP) and the
   registers the normal trampolines need not save; the XSAVE area lies
   below it.  */
#define S_ESI		(E_SIZE + 0)
#define S_EDI		(E_SIZE + 4)
#define S_SIZE		(E_SIZE + 64)

#endif /* INTERCEPTOR_I386_FRAME_H */
