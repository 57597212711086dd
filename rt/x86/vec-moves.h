/* x86/vec-moves.h -- the x86 trampolines' vector saves and restores
   (x86_64/trampoline.S, i386/trampoline.S): one line per register
   range instead of one per register.  Assembler only.

   VSTORE INSN, REG, BASE, STRIDE, FIRST, REGS...
     INSN %REG<n>, BASE + (n - FIRST) * STRIDE (stack pointer)
   VLOAD the same the other way, for each n of REGS.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef INTERCEPTOR_X86_VEC_MOVES_H
#define INTERCEPTOR_X86_VEC_MOVES_H 1

#ifdef __x86_64__
# define VM_SP %rsp
#else
# define VM_SP %esp
#endif

	.macro	VSTORE insn, reg, base, stride, first, regs:vararg
	.irp	n, \regs
	\insn	%\reg\n, \base+(\n-\first)*\stride(VM_SP)
	.endr
	.endm

	.macro	VLOAD insn, reg, base, stride, first, regs:vararg
	.irp	n, \regs
	\insn	\base+(\n-\first)*\stride(VM_SP), %\reg\n
	.endr
	.endm

#endif /* INTERCEPTOR_X86_VEC_MOVES_H */
