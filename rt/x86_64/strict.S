/* x86_64/strict.S -- the strict entry trampoline and return landing of
   the x86_64 interceptor runtime (INTERCEPTOR_STRICT, SPEC 3.4).

   __interceptor_x86_64_strict_entry is what the stub of a strict
   interceptor jumps to, with %r11 = the site record.  Unlike the normal
   trampoline (trampoline.S), which saves what a C convention can pass,
   it hands the target bit-identical architectural state: every general
   register but %r11, RFLAGS, and the whole x87/MMX/SSE/AVX/AVX-512
   state (registers, masks, MXCSR, the x87 control, status and tag
   words) through XSAVEC, XSAVE or FXSAVE, whichever the CPU has
   (x86/vec-level.h).  The body runs in the ABI's default environment
   (empty x87 stack with the default control word, MXCSR 0x1f80, DF
   and AC clear).

   With an exit part the target runs with the caller's %rbx as well, so
   no register points at the invocation record: the strict landing asks
   the runtime for it by its return-address slot
   (__interceptor_strict_return), and saves and restores the target's
   whole return state the same way around the exit part.  Unwinders
   cannot get from such a target to its caller (nothing they can read
   says where the record is): the landing's CFI marks the return
   address undefined there, which ends a backtrace (and an exception
   thrown through it terminates the program).  The exit part itself
   runs in an ordinary frame.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include "record-offsets.h"
#include "x86_64/frame.h"

#if defined __CET__ && (__CET__ & 1)
# define ENDBR endbr64
#else
# define ENDBR
#endif

#define KIND_FXSAVE	1
#define KIND_XSAVEC	3
#define STRICT_GPR	16	/* REC_STRICT_GPR (interceptor-rt.h) */

	.hidden	__interceptor_x86_64_xsave_kind
	.hidden	__interceptor_x86_64_xsave_mask
	.hidden	__interceptor_x86_64_xsave_size
	.hidden	__interceptor_x86_64_detect
	.hidden	__interceptor_enter_strict
	.hidden	__interceptor_strict_return
	.hidden	__interceptor_leave

	.section .rodata
	.p2align 2
.Lmxcsr_default:
	.long	0x1f80

	.text

/* Save the x87/SSE/AVX/AVX-512 state into the area at (%rsp) and give
   the body the ABI's default state.  Clobbers %rax, %rcx, %rdx and the
   flags.  XSAVE and XSAVEC leave bytes 8-63 of the header alone, which
   XRSTOR wants zero.  */
.macro SAVE_STATE
	movzbl	__interceptor_x86_64_xsave_kind(%rip), %ecx
	cmpl	$KIND_FXSAVE, %ecx
	jne	.Lxs\@
	fxsave64 (%rsp)
	jmp	.Ldone\@
.Lxs\@:
	xorl	%eax, %eax
	movq	%rax, 512(%rsp)
	movq	%rax, 520(%rsp)
	movq	%rax, 528(%rsp)
	movq	%rax, 536(%rsp)
	movq	%rax, 544(%rsp)
	movq	%rax, 552(%rsp)
	movq	%rax, 560(%rsp)
	movq	%rax, 568(%rsp)
	movl	__interceptor_x86_64_xsave_mask(%rip), %eax
	xorl	%edx, %edx
	cmpl	$KIND_XSAVEC, %ecx
	jne	.Lxsave\@
	xsavec64 (%rsp)
	jmp	.Lvz\@
.Lxsave\@:
	xsave64	(%rsp)
.Lvz\@:
	vzeroupper		/* XSAVE is used from the AVX level up */
.Ldone\@:
	fninit
	ldmxcsr	.Lmxcsr_default(%rip)
.endm

/* Bring it back.  Clobbers %rax, %rcx, %rdx.  */
.macro RESTORE_STATE
	movzbl	__interceptor_x86_64_xsave_kind(%rip), %ecx
	cmpl	$KIND_FXSAVE, %ecx
	jne	.Lxr\@
	fxrstor64 (%rsp)
	jmp	.Ldone\@
.Lxr\@:
	movl	__interceptor_x86_64_xsave_mask(%rip), %eax
	xorl	%edx, %edx
	xrstor64 (%rsp)
.Ldone\@:
.endm

/* The general registers but %rbx, %rbp, %r11 to and from the fixed
   frame at (%rsp).  */
.macro BODY_FLAGS
	/* DF and AC clear for the body (the caller's flags are saved):
	   AC would make misaligned accesses fault where the kernel sets
	   CR0.AM, as Linux does.  TF stays, for debuggers.  */
	pushfq
	andq	$~0x40400, (%rsp)
	popfq
.endm

.macro SAVE_GPR
	movq	%rax, E_RAX(%rsp)
	movq	%rdi, E_RDI(%rsp)
	movq	%rsi, E_RSI(%rsp)
	movq	%rdx, E_RDX(%rsp)
	movq	%rcx, E_RCX(%rsp)
	movq	%r8, E_R8(%rsp)
	movq	%r9, E_R9(%rsp)
	movq	%r10, E_R10(%rsp)
	movq	%r12, S_R12(%rsp)
	movq	%r13, S_R13(%rsp)
	movq	%r14, S_R14(%rsp)
	movq	%r15, S_R15(%rsp)
.endm

.macro RESTORE_GPR
	movq	E_RAX(%rsp), %rax
	movq	E_RDI(%rsp), %rdi
	movq	E_RSI(%rsp), %rsi
	movq	E_RDX(%rsp), %rdx
	movq	E_RCX(%rsp), %rcx
	movq	E_R8(%rsp), %r8
	movq	E_R9(%rsp), %r9
	movq	E_R10(%rsp), %r10
	movq	S_R12(%rsp), %r12
	movq	S_R13(%rsp), %r13
	movq	S_R14(%rsp), %r14
	movq	S_R15(%rsp), %r15
.endm

/* ------------------------------------------------------------------ */
/* The entry trampoline.  Frame: the caller's return address at
   16(%rbp), its RFLAGS at 8(%rbp), the saved %rbp at 0(%rbp), the
   caller's %rbx at -8(%rbp); below, 64-byte aligned, the fixed frame
   (S_SIZE bytes, %rbx points to it while the body runs) and below that
   the XSAVE area.  */

/* The frame and the general registers, for both entries.  */
.macro ENTRY_FRAME
	pushfq
	.cfi_adjust_cfa_offset 8
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_offset %rbx, -32
	BODY_FLAGS
	andq	$-64, %rsp
	subq	$S_SIZE, %rsp
	SAVE_GPR
	movq	%r11, E_SITE(%rsp)
	movq	%rsp, %rbx
.endm

/* The entry of a strict interceptor whose body calls nothing and
   touches general registers only (gcc-plugin/regs.cc; doc/INTERNALS.md,
   7): nothing but the body and the runtime's C code (compiled with
   -mgeneral-regs-only) runs before the target, so the x87, vector and
   mask registers, MXCSR and the x87 control word reach the target
   without being saved.  The trampoline below without SAVE_STATE and
   RESTORE_STATE: E_LEVEL (unused otherwise) says which.  */

	.p2align 4
	.globl	__interceptor_x86_64_strict_gpr_entry
	.type	__interceptor_x86_64_strict_gpr_entry, @function
__interceptor_x86_64_strict_gpr_entry:
	.cfi_startproc
	ENDBR
	ENTRY_FRAME
	movl	$1, E_LEVEL(%rsp)
	/* Into the trampoline below, whose CFI at .Lenter is this one's.  */
	jmp	.Lenter
	.cfi_endproc
	.size	__interceptor_x86_64_strict_gpr_entry, .-__interceptor_x86_64_strict_gpr_entry

	.p2align 4
	.globl	__interceptor_x86_64_strict_entry
	.type	__interceptor_x86_64_strict_entry, @function
__interceptor_x86_64_strict_entry:
	.cfi_startproc
	ENDBR
	ENTRY_FRAME
	movl	$0, E_LEVEL(%rsp)

	/* The save area's size is known once the CPU is (the detection
	   routine touches general registers only).  */
	cmpb	$0, __interceptor_x86_64_xsave_kind(%rip)
	jne	1f
	call	__interceptor_x86_64_detect
1:	movl	__interceptor_x86_64_xsave_size(%rip), %eax
	subq	%rax, %rsp
	SAVE_STATE

.Lenter:
	/* __interceptor_enter_strict (site, &return address, caller's
	   %rbx, frame, GPR leaf).  */
	movq	E_SITE(%rbx), %rdi
	leaq	16(%rbp), %rsi
	movq	-8(%rbp), %rdx
	movq	%rbx, %rcx
	movl	E_LEVEL(%rbx), %r8d
	call	__interceptor_enter_strict
	movq	%rax, E_TARGET(%rbx)
	movq	%rdx, E_REC(%rbx)

	cmpl	$0, E_LEVEL(%rbx)
	jne	1f
	RESTORE_STATE
1:	movq	%rbx, %rsp
	RESTORE_GPR
	movq	E_TARGET(%rsp), %r11
	cmpq	$0, E_REC(%rsp)
	jne	.Lexit_mode
	testq	%r11, %r11
	jz	.Lfault_return

	/* Transparent: the target returns straight to the caller.  (mov,
	   leave, popfq and jmp leave the restored flags alone.)  */
	.cfi_remember_state
	movq	-8(%rbp), %rbx
	.cfi_restore %rbx
	leave
	.cfi_def_cfa %rsp, 16
	.cfi_restore %rbp
	popfq
	.cfi_adjust_cfa_offset -8
	jmp	*%r11

.Lfault_return:
	/* GOTO_RETURN in the entry part: back to the caller with the state
	   it called with.  */
	.cfi_restore_state
	.cfi_remember_state
	movq	-8(%rbp), %rbx
	.cfi_restore %rbx
	leave
	.cfi_def_cfa %rsp, 16
	.cfi_restore %rbp
	popfq
	.cfi_adjust_cfa_offset -8
	ret

.Lexit_mode:
	.cfi_restore_state
	movq	-8(%rbp), %rbx
	.cfi_restore %rbx
	leave
	.cfi_def_cfa %rsp, 16
	.cfi_restore %rbp
	popfq
	.cfi_adjust_cfa_offset -8
	/* The record holds the return address; the landing pad's call
	   below puts the landing's into its slot (the return-stack
	   predictor then pairs both returns, see trampoline.S).  */
	leaq	8(%rsp), %rsp
	.cfi_def_cfa_offset 0
	.cfi_undefined %rip
	.cfi_endproc
	.size	__interceptor_x86_64_strict_entry, .-__interceptor_x86_64_strict_entry

/* ------------------------------------------------------------------ */
/* The return landing.  Entered by the target's `ret' (or `ret $n') with
   %rsp = C.  The return address goes back into the word at C - 8 (the
   slot, or the highest word of the popped arguments); below it the
   saved %rbp (%rbp = C - 16), the target's RFLAGS and %rbx, then the
   fixed frame and the XSAVE area as in the entry trampoline.  */

	/* No alignment: the entry trampoline falls through into the call.
	   The FDE starts with it (unwinders look up the instruction before
	   a return address).  */
	.cfi_startproc
	.cfi_def_cfa %rsp, 0
	.cfi_undefined %rip
	.type	__interceptor_strict_landing_pad, @function
__interceptor_strict_landing_pad:
	call	*%r11
	.size	__interceptor_strict_landing_pad, .-__interceptor_strict_landing_pad

	.globl	__interceptor_strict_landing
	.hidden	__interceptor_strict_landing
	.type	__interceptor_strict_landing, @function
__interceptor_strict_landing:
	leaq	-8(%rsp), %rsp
	.cfi_adjust_cfa_offset 8
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushfq
	pushq	%rbx
	.cfi_offset %rbx, -32
	BODY_FLAGS
	andq	$-64, %rsp
	subq	$S_SIZE, %rsp
	SAVE_GPR
	movq	%rsp, %rbx

	/* The record, whose return address the runtime puts into the slot
	   at C - 8: from the next instruction on, this is an ordinary
	   frame called by the caller.  (The runtime's C code leaves the
	   x87 and vector state alone: it is saved afterwards, unless the
	   record's body is a GPR leaf.  %r12 and %r13 are saved.)  */
	leaq	8(%rbp), %rdi
	call	__interceptor_strict_return
	.cfi_offset %rip, -8
	movq	%rax, %r12
	movl	REC_FLAGS(%rax), %r13d
	testl	$STRICT_GPR, %r13d
	jnz	1f
	movl	__interceptor_x86_64_xsave_size(%rip), %eax
	subq	%rax, %rsp
	SAVE_STATE
1:
	/* __interceptor_leave (record, slot, frame) runs the exit part.  */
	movq	%r12, %rdi
	leaq	8(%rbp), %rsi
	movq	%rbx, %rdx
	call	__interceptor_leave

	testl	$STRICT_GPR, %r13d
	jnz	1f
	RESTORE_STATE
1:	movq	%rbx, %rsp
	RESTORE_GPR
	movq	-16(%rbp), %rbx
	.cfi_restore %rbx
	leaq	-8(%rbp), %rsp
	popfq
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	ret
	.cfi_endproc
	.size	__interceptor_strict_landing, .-__interceptor_strict_landing

#include "x86/cet-note.h"
