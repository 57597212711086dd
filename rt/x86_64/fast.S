/* x86_64/fast.S -- the fast path of the x86_64 runtime, for the
   interceptors whose body calls nothing and touches general registers
   only (doc/INTERNALS.md, 7).

   The plugin proves that of a body from its final RTL (gcc-plugin/
   regs.cc) and gives each of its names a stub (gcc-plugin/x86_64.cc)
   that saves, on the machine stack, the registers the body clobbers and
   those this code clobbers, calls __interceptor_x86_64_fast_entry,
   restores them and jumps where it says.  No vector or x87 register is
   saved anywhere on this path: the body, this code and the part of the
   runtime it may call (compiled with -mgeneral-regs-only) touch none.

   __interceptor_x86_64_fast_entry
     in:   %r11 = the site record, %rax = the address of the caller's
           return address; %rsp as at any function's entry.
     out:  %r11 = where the stub jumps once it has restored what it
           saved: the target (transparent), __interceptor_x86_64_fast_call
           (the chosen target has an exit part) or
           __interceptor_x86_64_fast_return (GOTO_RETURN in the entry
           part).
     clobbers %rax, %rcx, %rdx, %rsi, %rdi, %r11 and the flags, and what
     the body clobbers; keeps everything else.

   The common case -- no invocation active on this thread, the thread's
   invocation stack set up, a frame that fits -- is done here: push the
   record (as __interceptor_enter does, in the same order, so that a
   signal handler arriving at any instruction finds a consistent stack),
   run the entry part, pop the record or keep it for the exit part.
   Everything else (the first interception on a thread; nesting, which
   needs the recursion count, the stale-record check and tail-call
   chaining; an exhausted stack; a version mismatch) goes to
   __interceptor_enter, without a trampoline frame.  errno needs no
   saving: a body that calls nothing cannot reach it.

   __interceptor_fast_landing is where such a target returns: it runs the
   exit part with the return registers untouched (a GPR leaf cannot
   touch %xmm0, %xmm1 or the x87 stack) and only %rax, %rdx, %rsi and
   %rdi saved -- or hands over to the general landing
   (x86_64/trampoline.S) whenever the record is not the plain case.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include "record-offsets.h"
#include "x86_64/cfi.h"
#include "x86/landing-cfi.h"
#include "x86_64/push-record.h"

	.hidden	__interceptor_enter
	.hidden	__interceptor_die_null_target
	.hidden	__interceptor_personality
	.hidden	__interceptor_return_landing

	.text

	.p2align 4
	.globl	__interceptor_x86_64_fast_entry
	.type	__interceptor_x86_64_fast_entry, @function
__interceptor_x86_64_fast_entry:
	.cfi_startproc
	ENDBR
	PUSH_RECORD .Lslow

	/* The entry part.  */
	pushq	%rdi
	.cfi_adjust_cfa_offset 8
	movq	SITE_DESC(%r11), %rdx
	leaq	REC_INV(%rdi), %rdi
	call	*DESC_BODY(%rdx)
	popq	%rdi
	.cfi_adjust_cfa_offset -8

	movl	INV_STATE(%rdi), %edx
	movq	INV_TARGET(%rdi), %r11
	THREAD_STATE (%rcx)
	testl	%edx, %edx
	jz	.Lreturn
	testq	%r11, %r11
	jz	.Lnull
	testl	$1, %edx
	jnz	.Lexit
	/* Transparent: go to the target.  */
	POP_RECORD
	ret

.Lexit:
	KEEP_RECORD
	leaq	__interceptor_x86_64_fast_call(%rip), %r11
	ret

.Lreturn:
	/* GOTO_RETURN in the entry part.  */
	POP_RECORD
	leaq	__interceptor_x86_64_fast_return(%rip), %r11
	ret

.Lnull:
	movq	REC_SITE(%rdi), %rdi
	subq	$8, %rsp
	.cfi_adjust_cfa_offset 8
	call	__interceptor_die_null_target
	.cfi_adjust_cfa_offset -8

.Lslow:
	/* The general case: __interceptor_enter (site, &return address,
	   %rbx, no frame), with the registers the stub left to us saved
	   (the runtime's C code touches general registers only).  */
	pushq	%r8
	.cfi_adjust_cfa_offset 8
	pushq	%r9
	.cfi_adjust_cfa_offset 8
	pushq	%r10
	.cfi_adjust_cfa_offset 8
	movq	%r11, %rdi
	movq	%rax, %rsi
	movq	%rbx, %rdx
	xorl	%ecx, %ecx
	call	__interceptor_enter
	popq	%r10
	.cfi_adjust_cfa_offset -8
	popq	%r9
	.cfi_adjust_cfa_offset -8
	popq	%r8
	.cfi_adjust_cfa_offset -8
	/* A record: an exit part (it is the topmost one); no target:
	   GOTO_RETURN.  */
	movq	%rax, %r11
	testq	%rdx, %rdx
	jnz	1f
	testq	%rax, %rax
	jz	2f
	ret
1:	leaq	__interceptor_x86_64_fast_call(%rip), %r11
	ret
2:	leaq	__interceptor_x86_64_fast_return(%rip), %r11
	ret
	.cfi_endproc
	.size	__interceptor_x86_64_fast_entry, .-__interceptor_x86_64_fast_entry

/* ------------------------------------------------------------------ */
/* Where a GOTO_RETURN in a fast entry part leads: the stub has restored
   the caller's registers and jumps here with the caller's return
   address on top of the stack.  The bodies cannot call
   INTERCEPTED_SET_RETURN, so the return registers are zeros, as from
   the general trampoline; the caller pops its own arguments.  */

	.p2align 4
	.globl	__interceptor_x86_64_fast_return
	.hidden	__interceptor_x86_64_fast_return
	.type	__interceptor_x86_64_fast_return, @function
__interceptor_x86_64_fast_return:
	.cfi_startproc
	ENDBR
	xorl	%eax, %eax
	xorl	%edx, %edx
	xorps	%xmm0, %xmm0
	xorps	%xmm1, %xmm1
	ret
	.cfi_endproc
	.size	__interceptor_x86_64_fast_return, .-__interceptor_x86_64_fast_return

/* ------------------------------------------------------------------ */
/* The way to a target whose invocation has an exit part: the stub jumps
   here with the caller's registers restored and the caller's return
   address on top of the stack.  The record is the thread's topmost one
   (a signal handler that ran since has popped its own), and holds the
   caller's %rbx and return address.  As in the general trampoline, the
   return address is dropped and the `call' just before the landing
   pushes the landing's own into the same slot, so that both returns are
   predicted; the CFI finds the caller's state through %rbx from the
   moment %rbx holds the record.  */

	.p2align 4
	.globl	__interceptor_x86_64_fast_call
	.hidden	__interceptor_x86_64_fast_call
	.type	__interceptor_x86_64_fast_call, @function
__interceptor_x86_64_fast_call:
	.cfi_startproc
	ENDBR
	THREAD_STATE (%r11)
	movq	%fs:THR_LAST(%r11), %rbx
	CFI_AT_RBX (DW_REG_RBX, REC_SAVED_ANCHOR)
	leaq	8(%rsp), %rsp
	.cfi_def_cfa_offset 0
	CFI_AT_RBX (DW_REG_RA, REC_RET_ADDR)
	.cfi_endproc
	.size	__interceptor_x86_64_fast_call, .-__interceptor_x86_64_fast_call

	/* The landing's FDE starts with the call before it (see the
	   general landing, x86_64/trampoline.S, for the CFA's definition,
	   the personality routine and the value rules of
	   x86/landing-cfi.h).  */
	.cfi_startproc
	.cfi_personality 0x1b, __interceptor_personality
	.cfi_def_cfa %rsp, 8
	CFI_RSP_IS_CFA_MINUS_8
	CFI_LANDING_RA (DW_REG_RA, LCFI_LIT16)
	CFI_LANDING_ANCHOR
	.type	__interceptor_fast_landing_pad, @function
__interceptor_fast_landing_pad:
	call	*INV_TARGET(%rbx)
	.size	__interceptor_fast_landing_pad, .-__interceptor_fast_landing_pad

	.globl	__interceptor_fast_landing
	.hidden	__interceptor_fast_landing
	.type	__interceptor_fast_landing, @function
__interceptor_fast_landing:
	/* Anything but the plain case -- the record not the topmost one
	   (records a longjmp left above it), chained to a record below
	   (the general entry path made it), stack arguments popped by the
	   target -- is the general landing's, which is entered in the same
	   state.  %rcx is free: neither convention returns or keeps
	   anything in it.  */
	THREAD_STATE (%rcx)
	cmpq	%rbx, %fs:THR_LAST(%rcx)
	jne	__interceptor_return_landing
	cmpl	$FAST_HAS_EXIT, REC_FLAGS(%rbx)
	jne	__interceptor_return_landing
	leaq	-8(%rsp), %rcx
	cmpq	%rcx, REC_RA_SLOT(%rbx)
	jne	__interceptor_return_landing

	/* The return address back into its slot and the caller's %rbx onto
	   the stack, each before the CFI stops looking for it in the
	   record: the record is popped before they are needed.  */
	pushq	REC_RET_ADDR(%rbx)
	.cfi_adjust_cfa_offset 8
	.cfi_offset DW_REG_RA, -16
	pushq	REC_SAVED_ANCHOR(%rbx)
	.cfi_adjust_cfa_offset 8
	.cfi_offset %rbx, -24
	/* The return registers and those an ms_abi caller keeps.  */
	pushq	%rax
	.cfi_adjust_cfa_offset 8
	pushq	%rdx
	.cfi_adjust_cfa_offset 8
	pushq	%rsi
	.cfi_adjust_cfa_offset 8
	pushq	%rdi
	.cfi_adjust_cfa_offset 8

	/* The exit part (no arguments, no return area: the body cannot
	   call the accessors).  */
	orl	$FAST_IN_EXIT, REC_FLAGS(%rbx)
	movq	$0, INV_REGS(%rbx)
	movq	$0, INV_ARGS(%rbx)
	movq	$0, INV_RET(%rbx)
	movq	REC_SITE(%rbx), %rcx
	movq	SITE_DESC(%rcx), %rcx
	leaq	REC_INV(%rbx), %rdi
	call	*DESC_BODY(%rcx)

	/* Pop the record: unlink, then release.  */
	THREAD_STATE (%rcx)
	movq	REC_PREV(%rbx), %rdx
	movq	%rdx, %fs:THR_LAST(%rcx)
	movq	%rbx, %fs:THR_TOP(%rcx)

	popq	%rdi
	.cfi_adjust_cfa_offset -8
	popq	%rsi
	.cfi_adjust_cfa_offset -8
	popq	%rdx
	.cfi_adjust_cfa_offset -8
	popq	%rax
	.cfi_adjust_cfa_offset -8
	popq	%rbx
	.cfi_adjust_cfa_offset -8
	.cfi_same_value %rbx
	ret
	.cfi_endproc
	.size	__interceptor_fast_landing, .-__interceptor_fast_landing

#include "x86/cet-note.h"
