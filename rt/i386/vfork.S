/* i386/vfork.S -- __interceptor_vfork: vfork(2) for the target of a
   transparent interceptor of vfork (vfork.c), as x86_64/vfork.S.

   The child reuses the parent's stack, so what the parent needs after
   the system call stays in the registers `int $0x80' preserves and the
   ABI lets a function clobber: the return address in %ecx, the
   thread's topmost record in %edx.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include <asm/unistd.h>
#include "record-offsets.h"

#if defined __CET__ && (__CET__ & 1)
# define ENDBR endbr32
#else
# define ENDBR
#endif

	.text
	.p2align 4
	.globl	__interceptor_vfork
	.hidden	__interceptor_vfork
	.type	__interceptor_vfork, @function
__interceptor_vfork:
	.cfi_startproc
	ENDBR
	call	.Lpc
.Lpc:	.cfi_adjust_cfa_offset 4
	popl	%ecx				/* the GOT, for the TLS offset */
	.cfi_adjust_cfa_offset -4
	addl	$_GLOBAL_OFFSET_TABLE_+[.-.Lpc], %ecx
	movl	__interceptor_thread_state@gotntpoff(%ecx), %edx
	movl	%gs:THR_LAST(%edx), %edx
	popl	%ecx
	.cfi_adjust_cfa_offset -4
	.cfi_register %eip, %ecx
	movl	$__NR_vfork, %eax
	int	$0x80
	pushl	%ecx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %eip, 0
	cmpl	$-4095, %eax
	jae	.Lerror
	testl	%eax, %eax
	jz	.Lchild
	/* The parent, once the child has exec'd or exited.  */
	pushl	%eax
	.cfi_adjust_cfa_offset 4
	subl	$4, %esp			/* a 16-byte aligned call */
	.cfi_adjust_cfa_offset 4
	pushl	%edx
	.cfi_adjust_cfa_offset 4
	call	__interceptor_vfork_parent
	addl	$8, %esp
	.cfi_adjust_cfa_offset -8
	popl	%eax
	.cfi_adjust_cfa_offset -4
.Lchild:
	ret
.Lerror:
	negl	%eax
	subl	$8, %esp
	.cfi_adjust_cfa_offset 8
	pushl	%eax
	.cfi_adjust_cfa_offset 4
	call	__interceptor_vfork_error	/* sets errno, returns -1 */
	addl	$12, %esp
	.cfi_adjust_cfa_offset -12
	ret
	.cfi_endproc
	.size	__interceptor_vfork, .-__interceptor_vfork

#include "x86/cet-note.h"
