/* i386/strict.S -- the strict entry trampoline and return landing of
   the i386 interceptor runtime (INTERCEPTOR_STRICT, SPEC 3.4).

   __interceptor_i386_strict_entry is entered like the normal trampoline
   (i386/trampoline.S), by the `ret' of a strict stub (gcc-plugin/
   i386.cc), which keeps the flags with pushfl/popfl: the site record on
   top of the stack, the caller's return address above it.  It hands
   the target bit-identical architectural state: every general
   register, EFLAGS and the whole x87/MMX/SSE/AVX/AVX-512 state through
   XSAVEC, XSAVE or FXSAVE (x86/vec-level.h).  The body runs in the
   ABI's default environment (empty x87 stack, default control word,
   MXCSR 0x1f80, DF and AC clear).  The target is reached by `ret' through the
   site slot, as in the normal trampoline: no register is free.

   With an exit part the target runs with the caller's %ebx too, so the
   strict landing asks the runtime for the record by its slot
   (__interceptor_strict_return); a `ret $n' target is fine (the
   runtime looks up to 64 KiB below).  As on x86_64, unwinders stop at
   such a target (the landing's return address is undefined there).

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include "record-offsets.h"
#include "i386/frame.h"

#define KIND_FXSAVE	1
#define KIND_XSAVEC	3
#define STRICT_GPR	16	/* REC_STRICT_GPR (interceptor-rt.h) */

	.hidden	__interceptor_i386_xsave_kind
	.hidden	__interceptor_i386_xsave_mask
	.hidden	__interceptor_i386_xsave_size
	.hidden	__interceptor_i386_detect
	.hidden	__interceptor_enter_strict
	.hidden	__interceptor_strict_return
	.hidden	__interceptor_leave
	.hidden	__interceptor_i386_pc_ebx

	.section .rodata
	.p2align 2
.Lmxcsr_default:
	.long	0x1f80

	.text

/* Save the x87/SSE/AVX/AVX-512 state into the area at (%esp) and give
   the body the ABI's default state.  %ebx = the GOT.  Clobbers %eax,
   %ecx, %edx and the flags.  */
.macro SAVE_STATE
	movzbl	__interceptor_i386_xsave_kind@GOTOFF(%ebx), %ecx
	cmpl	$KIND_FXSAVE, %ecx
	jne	.Lxs\@
	fxsave	(%esp)
	jmp	.Ldone\@
.Lxs\@:
	xorl	%eax, %eax
	movl	%eax, 512(%esp)
	movl	%eax, 516(%esp)
	movl	%eax, 520(%esp)
	movl	%eax, 524(%esp)
	movl	%eax, 528(%esp)
	movl	%eax, 532(%esp)
	movl	%eax, 536(%esp)
	movl	%eax, 540(%esp)
	movl	%eax, 544(%esp)
	movl	%eax, 548(%esp)
	movl	%eax, 552(%esp)
	movl	%eax, 556(%esp)
	movl	%eax, 560(%esp)
	movl	%eax, 564(%esp)
	movl	%eax, 568(%esp)
	movl	%eax, 572(%esp)
	movl	__interceptor_i386_xsave_mask@GOTOFF(%ebx), %eax
	xorl	%edx, %edx
	cmpl	$KIND_XSAVEC, %ecx
	jne	.Lxsave\@
	xsavec	(%esp)
	jmp	.Lvz\@
.Lxsave\@:
	xsave	(%esp)
.Lvz\@:
	vzeroupper		/* XSAVE is used from the AVX level up */
.Ldone\@:
	fninit
	ldmxcsr	.Lmxcsr_default@GOTOFF(%ebx)
.endm

/* Bring it back.  %ebx = the GOT.  Clobbers %eax, %ecx, %edx.  */
.macro RESTORE_STATE
	movzbl	__interceptor_i386_xsave_kind@GOTOFF(%ebx), %ecx
	cmpl	$KIND_FXSAVE, %ecx
	jne	.Lxr\@
	fxrstor	(%esp)
	jmp	.Ldone\@
.Lxr\@:
	movl	__interceptor_i386_xsave_mask@GOTOFF(%ebx), %eax
	xorl	%edx, %edx
	xrstor	(%esp)
.Ldone\@:
.endm

.macro BODY_FLAGS
	/* DF and AC clear for the body (the caller's flags are saved):
	   AC would make misaligned accesses fault where the kernel sets
	   CR0.AM, as Linux does.  TF stays, for debuggers.  */
	pushfl
	andl	$~0x40400, (%esp)
	popfl
.endm

.macro SAVE_GPR
	movl	%eax, E_EAX(%esp)
	movl	%ecx, E_ECX(%esp)
	movl	%edx, E_EDX(%esp)
	movl	%esi, S_ESI(%esp)
	movl	%edi, S_EDI(%esp)
.endm

.macro RESTORE_GPR
	movl	E_EAX(%esp), %eax
	movl	E_ECX(%esp), %ecx
	movl	E_EDX(%esp), %edx
	movl	S_ESI(%esp), %esi
	movl	S_EDI(%esp), %edi
.endm

/* ------------------------------------------------------------------ */
/* The entry trampoline.  The caller's return address at 12(%ebp), the
   site slot (it becomes the target slot) at 8(%ebp), the caller's
   EFLAGS at 4(%ebp), the saved %ebp at 0(%ebp), the caller's %ebx at
   -4(%ebp); below, 64-byte aligned, the fixed frame (S_SIZE bytes, %esi
   points to it while the body runs) and the XSAVE area.  */

/* The frame, the general registers and the GOT pointer, for both
   entries.  */
.macro ENTRY_FRAME
	/* The site record is on top, the return address above it.  */
	.cfi_def_cfa_offset 8
	pushfl
	.cfi_adjust_cfa_offset 4
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebp, 0
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushl	%ebx
	.cfi_offset %ebx, -20
	BODY_FLAGS
	andl	$-64, %esp
	subl	$S_SIZE, %esp
	SAVE_GPR
	movl	%esp, %esi

	call	__interceptor_i386_pc_ebx
	addl	$_GLOBAL_OFFSET_TABLE_, %ebx
.endm

/* The entry of a strict interceptor whose body calls nothing and
   touches general registers only (gcc-plugin/regs.cc; doc/INTERNALS.md,
   7): the trampoline below without SAVE_STATE and RESTORE_STATE, which
   E_LEVEL (unused otherwise) tells it.  */

	.p2align 4
	.globl	__interceptor_i386_strict_gpr_entry
	.type	__interceptor_i386_strict_gpr_entry, @function
__interceptor_i386_strict_gpr_entry:
	.cfi_startproc
	ENTRY_FRAME
	movl	$1, E_LEVEL(%esi)
	/* Into the trampoline below, whose CFI at .Lenter is this one's.  */
	jmp	.Lenter
	.cfi_endproc
	.size	__interceptor_i386_strict_gpr_entry, .-__interceptor_i386_strict_gpr_entry

	.p2align 4
	.globl	__interceptor_i386_strict_entry
	.type	__interceptor_i386_strict_entry, @function
__interceptor_i386_strict_entry:
	.cfi_startproc
	ENTRY_FRAME
	movl	$0, E_LEVEL(%esi)
	/* The save area's size is known once the CPU is (the detection
	   routine touches general registers only).  */
	cmpb	$0, __interceptor_i386_xsave_kind@GOTOFF(%ebx)
	jne	1f
	call	__interceptor_i386_detect
1:	subl	__interceptor_i386_xsave_size@GOTOFF(%ebx), %esp
	SAVE_STATE

.Lenter:
	/* __interceptor_enter_strict (site, &return address, caller's
	   %ebx, frame, GPR leaf), the result through the hidden pointer,
	   which the callee pops.  */
	subl	$8, %esp
	pushl	E_LEVEL(%esi)
	pushl	%esi
	pushl	-4(%ebp)
	leal	12(%ebp), %eax
	pushl	%eax
	pushl	8(%ebp)
	leal	E_RES(%esi), %eax
	pushl	%eax
	call	__interceptor_enter_strict
	addl	$28, %esp

	cmpl	$0, E_LEVEL(%esi)
	jne	1f
	RESTORE_STATE
1:	movl	%esi, %esp
	/* The target goes into the site slot, which the final `ret'
	   pops.  */
	movl	E_TARGET(%esp), %eax
	movl	%eax, 8(%ebp)
	cmpl	$0, E_REC(%esp)
	jne	.Lexit_mode
	cmpl	$0, E_TARGET(%esp)
	je	.Lfault_return

	/* Transparent: the target returns straight to the caller.  (mov,
	   leave, popfl and ret leave the restored flags alone.)  */
	.cfi_remember_state
	RESTORE_GPR
	movl	-4(%ebp), %ebx
	.cfi_restore %ebx
	leave
	.cfi_def_cfa %esp, 12
	.cfi_restore %ebp
	popfl
	.cfi_adjust_cfa_offset -4
	ret

.Lfault_return:
	/* GOTO_RETURN in the entry part: back to the caller with the state
	   it called with (nothing popped).  */
	.cfi_restore_state
	.cfi_remember_state
	RESTORE_GPR
	movl	-4(%ebp), %ebx
	.cfi_restore %ebx
	leave
	.cfi_def_cfa %esp, 12
	.cfi_restore %ebp
	popfl
	.cfi_adjust_cfa_offset -4
	leal	4(%esp), %esp
	.cfi_adjust_cfa_offset -4
	ret

.Lexit_mode:
	.cfi_restore_state
	leal	__interceptor_strict_landing@GOTOFF(%ebx), %eax
	movl	%eax, 12(%ebp)
	/* The record holds the return address now.  */
	.cfi_undefined %eip
	RESTORE_GPR
	movl	-4(%ebp), %ebx
	.cfi_restore %ebx
	leave
	.cfi_def_cfa %esp, 12
	.cfi_restore %ebp
	popfl
	.cfi_adjust_cfa_offset -4
	ret
	.cfi_endproc
	.size	__interceptor_i386_strict_entry, .-__interceptor_i386_strict_entry

/* ------------------------------------------------------------------ */
/* The return landing.  Entered by the target's `ret' or `ret $n' with
   %esp = C.  The return address goes back into the word at C - 4 (the
   slot, or the highest word of the popped arguments); below it the
   saved %ebp (%ebp = C - 8), the target's EFLAGS and %ebx, then the
   fixed frame and the XSAVE area as in the entry trampoline.  */

	.p2align 4
	/* The FDE starts one byte before the landing: unwinders look up
	   the instruction before a return address.  */
	.cfi_startproc
	.cfi_def_cfa %esp, 0
	.cfi_undefined %eip
	.type	__interceptor_strict_landing_pad, @function
__interceptor_strict_landing_pad:
	nop
	.size	__interceptor_strict_landing_pad, .-__interceptor_strict_landing_pad

	.globl	__interceptor_strict_landing
	.hidden	__interceptor_strict_landing
	.type	__interceptor_strict_landing, @function
__interceptor_strict_landing:
	leal	-4(%esp), %esp
	.cfi_adjust_cfa_offset 4
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebp, 0
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	pushfl
	pushl	%ebx
	.cfi_offset %ebx, -16
	BODY_FLAGS
	andl	$-64, %esp
	subl	$S_SIZE, %esp
	SAVE_GPR
	movl	%esp, %esi
	call	__interceptor_i386_pc_ebx
	addl	$_GLOBAL_OFFSET_TABLE_, %ebx

	/* The record, whose return address the runtime puts into the slot
	   at C - 4: from the next instruction on, this is an ordinary
	   frame called by the caller.  (The runtime's C code leaves the
	   x87 and vector state alone: it is saved afterwards, unless the
	   record's body is a GPR leaf.  %edi is saved.)  */
	subl	$12, %esp
	leal	4(%ebp), %eax
	pushl	%eax
	call	__interceptor_strict_return
	.cfi_offset %eip, -4
	addl	$16, %esp
	movl	%eax, %edi
	movl	REC_FLAGS(%eax), %eax
	movl	%eax, E_LEVEL(%esi)
	testl	$STRICT_GPR, %eax
	jnz	1f
	subl	__interceptor_i386_xsave_size@GOTOFF(%ebx), %esp
	SAVE_STATE
1:
	/* __interceptor_leave (record, slot, frame) runs the exit part;
	   its result (unused) through the hidden pointer, popped by the
	   callee.  */
	pushl	%esi
	leal	4(%ebp), %ecx
	pushl	%ecx
	pushl	%edi
	leal	E_RES(%esi), %eax
	pushl	%eax
	call	__interceptor_leave
	addl	$12, %esp

	testl	$STRICT_GPR, E_LEVEL(%esi)
	jnz	1f
	RESTORE_STATE
1:	movl	%esi, %esp
	RESTORE_GPR
	movl	-8(%ebp), %ebx
	.cfi_restore %ebx
	leal	-4(%ebp), %esp
	popfl
	popl	%ebp
	.cfi_def_cfa %esp, 4
	.cfi_restore %ebp
	ret
	.cfi_endproc
	.size	__interceptor_strict_landing, .-__interceptor_strict_landing

#include "x86/cet-note.h"
