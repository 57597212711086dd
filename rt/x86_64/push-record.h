/* x86_64/push-record.h -- the common case of __interceptor_enter's
   record push and pop in assembler, for the fast path (x86_64/fast.S)
   and the general entry trampoline (x86_64/trampoline.S).  Assembler
   only.

   PUSH_RECORD SLOW: push an invocation record for the site in %r11,
   whose caller's return address lies at (%rax), when the thread's
   invocation stack exists and holds no record, the descriptor is of
   this version and its frame (alignment at most 16) fits; otherwise
   jump to SLOW with %r11 and %rax unchanged.  Does what
   __interceptor_enter does, in the same order, so that a signal handler
   arriving at any instruction finds a consistent stack: claim the
   memory, fill the record (depth 0, state 0, no trampoline frame, no
   return area), then link it.
   Out: %rdi = the record, %rcx = the thread state's offset from %fs.
   Clobbers %rdx, %rsi and the flags.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef INTERCEPTOR_X86_64_PUSH_RECORD_H
#define INTERCEPTOR_X86_64_PUSH_RECORD_H 1

	.hidden	__interceptor_thread_state

/* REG = the thread state's offset from %fs (initial-exec TLS).  */
#define THREAD_STATE(reg) \
	movq	__interceptor_thread_state@gottpoff(%rip), reg

	.macro	PUSH_RECORD slow
	movq	SITE_DESC(%r11), %rdx
	cmpl	$FAST_ABI_VERSION, DESC_ABI_VERSION(%rdx)
	jne	\slow
	cmpl	$FAST_STACK_ALIGN, DESC_FRAME_ALIGN(%rdx)
	ja	\slow
	THREAD_STATE (%rcx)
	cmpq	$0, %fs:THR_LAST(%rcx)
	jne	\slow
	movq	%fs:THR_TOP(%rcx), %rdi		/* the record */
	testq	%rdi, %rdi
	jz	\slow

	/* The end of the record and the frame, which must leave 16 bytes
	   below the end of the mapping, i.e. lie in the same
	   INTERCEPTOR_STACK_SIZE-aligned block as the record.  */
	movl	DESC_FRAME_SIZE(%rdx), %esi
	leaq	REC_FRAME+FAST_STACK_ALIGN-1(%rdi,%rsi), %rsi
	andq	$-FAST_STACK_ALIGN, %rsi
	leaq	FAST_STACK_ALIGN(%rsi), %rdx
	xorq	%rdi, %rdx
	shrq	$THR_STACK_SHIFT, %rdx
	jnz	\slow

	/* Claim the memory, fill the record, then link it.  */
	movq	%rsi, %fs:THR_TOP(%rcx)
	subq	%rdi, %rsi
	shlq	$32, %rsi
	movq	%rsi, REC_FLAGS(%rdi)		/* flags 0, size */
	movq	(%rax), %rdx
	movq	%rdx, REC_RET_ADDR(%rdi)
	movq	%rax, REC_RA_SLOT(%rdi)
	movq	$0, REC_PREV(%rdi)
	movq	%r11, REC_SITE(%rdi)
	movq	SITE_NAME(%r11), %rdx
	movq	%rdx, INV_NAME(%rdi)
	movq	$0, INV_DEPTH(%rdi)		/* depth 0, state 0 */
	leaq	REC_FRAME(%rdi), %rdx
	movq	%rdx, INV_FRAME(%rdi)
	movq	$0, INV_TARGET(%rdi)
	movq	$0, INV_REGS(%rdi)
	leaq	8(%rax), %rdx
	movq	%rdx, INV_ARGS(%rdi)
	movq	$0, INV_RET(%rdi)
	movq	%rdi, %fs:THR_LAST(%rcx)
	.endm

/* After the entry part, with %rdi = the record and %rcx = the thread
   state's offset.  POP_RECORD: the invocation ends (transparent, or
   GOTO_RETURN): unlink the record, then release its memory.
   KEEP_RECORD: it has an exit part: drop whatever the entry part left
   above the record, store the caller's %rbx into it, mark it.
   Clobbers %rdx.  */
	.macro	POP_RECORD
	movq	$0, %fs:THR_LAST(%rcx)
	movq	%rdi, %fs:THR_TOP(%rcx)
	.endm

	.macro	KEEP_RECORD
	movq	%rdi, %fs:THR_LAST(%rcx)
	movl	REC_SIZE(%rdi), %edx
	addq	%rdi, %rdx
	movq	%rdx, %fs:THR_TOP(%rcx)
	movq	%rbx, REC_SAVED_ANCHOR(%rdi)
	movl	$FAST_HAS_EXIT, REC_FLAGS(%rdi)
	.endm

#endif /* INTERCEPTOR_X86_64_PUSH_RECORD_H */
