/* catch.S -- uw_catch, a catching frame with an exact register check,
   for the tests of interceptor.unwind.  Not a test itself.

   long uw_catch (long (*fn) (long), long arg, void **exc)

   Calls FN (ARG) with known values in every callee-saved register
   (x86_64: %rbx, %rbp, %r12-%r15; i386: %ebx, %esi, %edi, %ebp) and
   returns what FN returns.  When an exception leaves FN, its
   personality routine (uw_catch_personality, catch-aux.c) catches it
   in this frame: the unwinder then has to restore every one of those
   registers as it was at the call.  uw_catch stores the exception in
   *EXC and returns UW_CAUGHT when they all came back, UW_CLOBBERED when
   one did not.  */

#define UW_CAUGHT	-1000001
#define UW_CLOBBERED	-1000002

	.text
	.globl	uw_catch
	.type	uw_catch, @function
	.globl	uw_catch_landing
	.hidden	uw_catch_landing
	.hidden	uw_catch_personality

#ifdef __x86_64__
# define P_RBX	0x0123456789abcdef
# define P_RBP	0x1b2b3b4b5b6b7b8b
# define P_R12	0x7eadbeef12121212
# define P_R13	0x3132333435363738
# define P_R14	0x4142434445464748
# define P_R15	0x5152535455565758

uw_catch:
	.cfi_startproc
	.cfi_personality 0x1b, uw_catch_personality
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	pushq	%rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbx, 0
	pushq	%r12
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r12, 0
	pushq	%r13
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r13, 0
	pushq	%r14
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r14, 0
	pushq	%r15
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r15, 0
	subq	$8, %rsp
	.cfi_adjust_cfa_offset 8
	movq	%rdx, (%rsp)
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movabsq	$P_RBX, %rbx
	movabsq	$P_RBP, %rbp
	movabsq	$P_R12, %r12
	movabsq	$P_R13, %r13
	movabsq	$P_R14, %r14
	movabsq	$P_R15, %r15
	call	*%rax
	jmp	.Lout

uw_catch_landing:
	/* Installed by the personality routine: the registers as at the
	   call, %rax the exception.  */
	movq	(%rsp), %rcx
	movq	%rax, (%rcx)
	movq	$UW_CLOBBERED, %rax
	movabsq	$P_RBX, %rcx
	cmpq	%rcx, %rbx
	jne	.Lout
	movabsq	$P_RBP, %rcx
	cmpq	%rcx, %rbp
	jne	.Lout
	movabsq	$P_R12, %rcx
	cmpq	%rcx, %r12
	jne	.Lout
	movabsq	$P_R13, %rcx
	cmpq	%rcx, %r13
	jne	.Lout
	movabsq	$P_R14, %rcx
	cmpq	%rcx, %r14
	jne	.Lout
	movabsq	$P_R15, %rcx
	cmpq	%rcx, %r15
	jne	.Lout
	movq	$UW_CAUGHT, %rax

.Lout:
	addq	$8, %rsp
	.cfi_adjust_cfa_offset -8
	popq	%r15
	.cfi_adjust_cfa_offset -8
	.cfi_restore %r15
	popq	%r14
	.cfi_adjust_cfa_offset -8
	.cfi_restore %r14
	popq	%r13
	.cfi_adjust_cfa_offset -8
	.cfi_restore %r13
	popq	%r12
	.cfi_adjust_cfa_offset -8
	.cfi_restore %r12
	popq	%rbx
	.cfi_adjust_cfa_offset -8
	.cfi_restore %rbx
	popq	%rbp
	.cfi_adjust_cfa_offset -8
	.cfi_restore %rbp
	ret
	.cfi_endproc

#elif defined __i386__
# define P_EBX	0x01234567
# define P_ESI	0x1b2b3b4b
# define P_EDI	0x7eadbeef
# define P_EBP	0x31323334

uw_catch:
	.cfi_startproc
	.cfi_personality 0x1b, uw_catch_personality
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebp, 0
	pushl	%ebx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebx, 0
	pushl	%esi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %esi, 0
	pushl	%edi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %edi, 0
	subl	$12, %esp
	.cfi_adjust_cfa_offset 12
	/* FN at 32(%esp), ARG at 36, EXC at 40.  */
	movl	36(%esp), %eax
	movl	%eax, (%esp)
	movl	40(%esp), %eax
	movl	%eax, 4(%esp)
	movl	32(%esp), %eax
	movl	$P_EBX, %ebx
	movl	$P_ESI, %esi
	movl	$P_EDI, %edi
	movl	$P_EBP, %ebp
	call	*%eax
	jmp	.Lout

uw_catch_landing:
	movl	4(%esp), %ecx
	movl	%eax, (%ecx)
	movl	$UW_CLOBBERED, %eax
	cmpl	$P_EBX, %ebx
	jne	.Lout
	cmpl	$P_ESI, %esi
	jne	.Lout
	cmpl	$P_EDI, %edi
	jne	.Lout
	cmpl	$P_EBP, %ebp
	jne	.Lout
	movl	$UW_CAUGHT, %eax

.Lout:
	addl	$12, %esp
	.cfi_adjust_cfa_offset -12
	popl	%edi
	.cfi_adjust_cfa_offset -4
	.cfi_restore %edi
	popl	%esi
	.cfi_adjust_cfa_offset -4
	.cfi_restore %esi
	popl	%ebx
	.cfi_adjust_cfa_offset -4
	.cfi_restore %ebx
	popl	%ebp
	.cfi_adjust_cfa_offset -4
	.cfi_restore %ebp
	ret
	.cfi_endproc
#endif
	.size	uw_catch, .-uw_catch

	.section .note.GNU-stack,"",@progbits
