/* x86_64/vfork.S -- __interceptor_vfork: vfork(2) for the target of a
   transparent interceptor of vfork (vfork.c).

   The child of vfork runs on its parent's stack and with its parent's
   memory, so also with the thread's invocation stack: every record it
   pushes and leaves there (an exit-part interceptor of execve, which
   never returns in the child) is still there when the parent goes on,
   where its return-address slot may look live.  Nothing on the stack
   survives the child, so this keeps what the parent needs in
   registers, as the C library's vfork keeps its return address: the
   return address in %rdi, the thread's topmost record in %rsi (the
   system call preserves both; the child's changes to registers are its
   own).  In the parent, __interceptor_vfork_parent then pops whatever
   the child left above that record.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include <asm/unistd.h>
#include "record-offsets.h"
#include "x86_64/cfi.h"

	.text
	.p2align 4
	.globl	__interceptor_vfork
	.hidden	__interceptor_vfork
	.type	__interceptor_vfork, @function
__interceptor_vfork:
	.cfi_startproc
	ENDBR
	movq	__interceptor_thread_state@gottpoff(%rip), %rsi
	movq	%fs:THR_LAST(%rsi), %rsi
	popq	%rdi
	.cfi_adjust_cfa_offset -8
	.cfi_register %rip, %rdi
	movl	$__NR_vfork, %eax
	syscall
	pushq	%rdi
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rip, 0
	cmpq	$-4095, %rax
	jae	.Lerror
	testq	%rax, %rax
	jz	.Lchild
	/* The parent, once the child has exec'd or exited: the stack is
	   the parent's again.  */
	pushq	%rax
	.cfi_adjust_cfa_offset 8
	movq	%rsi, %rdi
	call	__interceptor_vfork_parent
	popq	%rax
	.cfi_adjust_cfa_offset -8
.Lchild:
	ret
.Lerror:
	negl	%eax
	movl	%eax, %edi
	jmp	__interceptor_vfork_error	/* sets errno, returns -1 */
	.cfi_endproc
	.size	__interceptor_vfork, .-__interceptor_vfork

#include "x86/cet-note.h"
