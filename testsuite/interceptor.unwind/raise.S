/* raise.S -- uw_raise, a raising frame that leaves the anchor register
   alone, for c-raise.c.  Not a test itself.

   long uw_raise (long args)

   ARGS is the address of two words, RAISE and EXC (struct raise_args,
   c-raise.c): uw_raise calls RAISE (EXC) -- _Unwind_RaiseException,
   intercepted with an exit part -- and returns what it returns (a
   failure code, never UW_CAUGHT).  Called by uw_catch (catch.S).

   Why assembler: the landing's CFI gives the unwinder the real caller's
   %rbx (i386: %ebx), taken from the invocation record.  A C raiser
   compiled by GCC saves %rbx in its prologue (x86_64: the landing pad
   of a cleanup keeps the exception there across the cleanup's call;
   i386: %ebx holds the GOT address for the PLT), and the unwinder then
   takes the catching frame's %rbx from that save slot: the landing's
   rule never reaches it, and c-raise.c passed with a wrong rule.  This
   frame saves no callee-saved register and touches none, so its %rbx,
   and uw_catch's, is whatever the landing's rule says.  Its FDE names
   the C personality routine (no LSDA: nothing to do), which c-raise.c
   intercepts with an exit part: in the second phase
   __interceptor_personality pops the record of _Unwind_RaiseException
   as the exception passes the landing, and the interceptor of
   __gcc_personality_v0, called for this frame right after, pushes its
   own record into the same memory.  A rule that left the unwinder the
   address of the record's saved anchor (DW_CFA_expression, before
   commit bca8b05) gave uw_catch a word of that new record, and uw_catch
   reports UW_CLOBBERED; a value rule gives it P_RBX (P_EBX).

   The personality routine is referenced indirectly, as GCC does, so
   that the test links as a PIE.  */

	.text
	.globl	uw_raise
	.hidden	uw_raise
	.type	uw_raise, @function

#ifdef __x86_64__

uw_raise:
	.cfi_startproc
	.cfi_personality 0x9b, uw_raise_personality_ref
	subq	$8, %rsp		/* align the stack for the call */
	.cfi_adjust_cfa_offset 8
	movq	(%rdi), %rax		/* args->raise */
	movq	8(%rdi), %rdi		/* args->exc */
	call	*%rax
	addq	$8, %rsp
	.cfi_adjust_cfa_offset -8
	ret
	.cfi_endproc

#elif defined __i386__

uw_raise:
	.cfi_startproc
	.cfi_personality 0x9b, uw_raise_personality_ref
	movl	4(%esp), %eax		/* args */
	subl	$8, %esp		/* align the stack for the call */
	.cfi_adjust_cfa_offset 8
	pushl	4(%eax)			/* args->exc */
	.cfi_adjust_cfa_offset 4
	call	*(%eax)			/* args->raise */
	addl	$12, %esp
	.cfi_adjust_cfa_offset -12
	ret
	.cfi_endproc

#endif
	.size	uw_raise, .-uw_raise

	/* The indirect reference to the personality routine (the
	   interceptor's stub, defined in the test).  */
	.section .data.rel.local,"aw",@progbits
	.p2align 3
	.type	uw_raise_personality_ref, @object
	.hidden	uw_raise_personality_ref
uw_raise_personality_ref:
#ifdef __x86_64__
	.quad	__gcc_personality_v0
	.size	uw_raise_personality_ref, 8
#else
	.long	__gcc_personality_v0
	.size	uw_raise_personality_ref, 4
#endif

	.section .note.GNU-stack,"",@progbits
