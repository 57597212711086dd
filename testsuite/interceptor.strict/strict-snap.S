/* strict-snap.S -- register snapshots for the strict-mode tests
   (SPEC 3.4), x86_64 and i386.  Not a test; see strict.h.

   st_call      The caller: loads every register from st_in (all
		general registers the architecture has but %rsp, RFLAGS
		including DF and AC, the x87 state with fxrstor, the
		vector registers at the width of st_level, the mask
		registers at AVX-512), pushes two stack words, calls
		*st_fn and stores everything into st_after right after
		the return, with the stack pointer in st_after.rsp.
   st_target    A target: stores everything into st_entry first thing
		(the stack pointer and the return address too), then
		loads st_ret (callee-saved registers included: strict
		mode is for code without a C convention) and returns.
   st_target_pop8  The same, returning with `ret $8'.
   st_target_tail  Stores nothing: jumps to *st_fn2.
   st_clobber   Destroys every register an ABI function may, at the
		CPU's full width, and the flags.  */

#include "strict-layout.h"

#ifdef __x86_64__
# define SYM(x) x(%rip)
# define AX %rax
# define SP %rsp
# define PTR .quad
# define FXSAVE fxsave64
# define FXRSTOR fxrstor64
#else
# define SYM(x) x
# define AX %eax
# define SP %esp
# define PTR .long
# define FXSAVE fxsave
# define FXRSTOR fxrstor
#endif

	.bss
	.p2align 6
	.globl st_in, st_entry, st_ret, st_after
st_in:		.skip ST_SIZE
st_entry:	.skip ST_SIZE
st_ret:		.skip ST_SIZE
st_after:	.skip ST_SIZE
	.p2align 3
	.globl st_fn, st_fn2, st_level, st_kq, st_before_sp
st_fn:		.skip 8
st_fn2:		.skip 8
st_level:	.skip 4		/* 1 sse, 2 avx, 3 avx512 */
st_kq:		.skip 4		/* kmovq usable (AVX512BW) */
st_before_sp:	.skip 8
st_saved_sp:	.skip 8

	.section .rodata
	.p2align 2
st_mxcsr_default:
	.long	0x1f80

	.text

/* Vector registers and masks to / from BASE.  */
.macro VEC_LOAD base
	cmpl	$2, SYM(st_level)
	jb	.Lsse\@
	je	.Lavx\@
#ifdef __x86_64__
	.irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	vmovdqu64 \base+ST_VEC+\i*64(%rip), %zmm\i
	.endr
#else
	.irp i,0,1,2,3,4,5,6,7
	vmovdqu64 \base+ST_VEC+\i*64, %zmm\i
	.endr
#endif
	cmpl	$0, SYM(st_kq)
	je	.Lkw\@
	.irp i,0,1,2,3,4,5,6,7
	kmovq	SYM(\base+ST_K+\i*8), %k\i
	.endr
	jmp	.Ldone\@
.Lkw\@:
	.irp i,0,1,2,3,4,5,6,7
	kmovw	SYM(\base+ST_K+\i*8), %k\i
	.endr
	jmp	.Ldone\@
.Lavx\@:
#ifdef __x86_64__
	.irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	vmovdqu	\base+ST_VEC+\i*64(%rip), %ymm\i
	.endr
#else
	.irp i,0,1,2,3,4,5,6,7
	vmovdqu	\base+ST_VEC+\i*64, %ymm\i
	.endr
#endif
	jmp	.Ldone\@
.Lsse\@:
#ifdef __x86_64__
	.irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	movdqu	\base+ST_VEC+\i*64(%rip), %xmm\i
	.endr
#else
	.irp i,0,1,2,3,4,5,6,7
	movdqu	\base+ST_VEC+\i*64, %xmm\i
	.endr
#endif
.Ldone\@:
.endm

.macro VEC_STORE base
	cmpl	$2, SYM(st_level)
	jb	.Lsse\@
	je	.Lavx\@
#ifdef __x86_64__
	.irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	vmovdqu64 %zmm\i, \base+ST_VEC+\i*64(%rip)
	.endr
#else
	.irp i,0,1,2,3,4,5,6,7
	vmovdqu64 %zmm\i, \base+ST_VEC+\i*64
	.endr
#endif
	cmpl	$0, SYM(st_kq)
	je	.Lkw\@
	.irp i,0,1,2,3,4,5,6,7
	kmovq	%k\i, SYM(\base+ST_K+\i*8)
	.endr
	jmp	.Ldone\@
.Lkw\@:
	.irp i,0,1,2,3,4,5,6,7
	kmovw	%k\i, SYM(\base+ST_K+\i*8)
	.endr
	jmp	.Ldone\@
.Lavx\@:
#ifdef __x86_64__
	.irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	vmovdqu	%ymm\i, \base+ST_VEC+\i*64(%rip)
	.endr
#else
	.irp i,0,1,2,3,4,5,6,7
	vmovdqu	%ymm\i, \base+ST_VEC+\i*64
	.endr
#endif
	jmp	.Ldone\@
.Lsse\@:
#ifdef __x86_64__
	.irp i,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	movdqu	%xmm\i, \base+ST_VEC+\i*64(%rip)
	.endr
#else
	.irp i,0,1,2,3,4,5,6,7
	movdqu	%xmm\i, \base+ST_VEC+\i*64
	.endr
#endif
.Ldone\@:
.endm

/* Everything from BASE; the flags last.  */
.macro LOAD_STATE base
	FXRSTOR	SYM(\base+ST_FX)
	VEC_LOAD \base
#ifdef __x86_64__
	movq	SYM(\base+ST_GPR+ST_RAX*8), %rax
	movq	SYM(\base+ST_GPR+ST_RBX*8), %rbx
	movq	SYM(\base+ST_GPR+ST_RCX*8), %rcx
	movq	SYM(\base+ST_GPR+ST_RDX*8), %rdx
	movq	SYM(\base+ST_GPR+ST_RSI*8), %rsi
	movq	SYM(\base+ST_GPR+ST_RDI*8), %rdi
	movq	SYM(\base+ST_GPR+ST_RBP*8), %rbp
	movq	SYM(\base+ST_GPR+ST_R8*8), %r8
	movq	SYM(\base+ST_GPR+ST_R9*8), %r9
	movq	SYM(\base+ST_GPR+ST_R10*8), %r10
	movq	SYM(\base+ST_GPR+ST_R11*8), %r11
	movq	SYM(\base+ST_GPR+ST_R12*8), %r12
	movq	SYM(\base+ST_GPR+ST_R13*8), %r13
	movq	SYM(\base+ST_GPR+ST_R14*8), %r14
	movq	SYM(\base+ST_GPR+ST_R15*8), %r15
	pushq	SYM(\base+ST_FLAGS)
	popfq
#else
	movl	\base+ST_GPR+ST_RAX*8, %eax
	movl	\base+ST_GPR+ST_RBX*8, %ebx
	movl	\base+ST_GPR+ST_RCX*8, %ecx
	movl	\base+ST_GPR+ST_RDX*8, %edx
	movl	\base+ST_GPR+ST_RSI*8, %esi
	movl	\base+ST_GPR+ST_RDI*8, %edi
	movl	\base+ST_GPR+ST_RBP*8, %ebp
	pushl	\base+ST_FLAGS
	popfl
#endif
.endm

/* Everything into BASE; the flags first.  */
.macro STORE_STATE base
#ifdef __x86_64__
	pushfq
	popq	SYM(\base+ST_FLAGS)
	movq	%rsp, SYM(\base+ST_RSP)
	movq	%rax, SYM(\base+ST_GPR+ST_RAX*8)
	movq	%rbx, SYM(\base+ST_GPR+ST_RBX*8)
	movq	%rcx, SYM(\base+ST_GPR+ST_RCX*8)
	movq	%rdx, SYM(\base+ST_GPR+ST_RDX*8)
	movq	%rsi, SYM(\base+ST_GPR+ST_RSI*8)
	movq	%rdi, SYM(\base+ST_GPR+ST_RDI*8)
	movq	%rbp, SYM(\base+ST_GPR+ST_RBP*8)
	movq	%r8, SYM(\base+ST_GPR+ST_R8*8)
	movq	%r9, SYM(\base+ST_GPR+ST_R9*8)
	movq	%r10, SYM(\base+ST_GPR+ST_R10*8)
	movq	%r11, SYM(\base+ST_GPR+ST_R11*8)
	movq	%r12, SYM(\base+ST_GPR+ST_R12*8)
	movq	%r13, SYM(\base+ST_GPR+ST_R13*8)
	movq	%r14, SYM(\base+ST_GPR+ST_R14*8)
	movq	%r15, SYM(\base+ST_GPR+ST_R15*8)
#else
	pushfl
	popl	\base+ST_FLAGS
	movl	%esp, \base+ST_RSP
	movl	%eax, \base+ST_GPR+ST_RAX*8
	movl	%ebx, \base+ST_GPR+ST_RBX*8
	movl	%ecx, \base+ST_GPR+ST_RCX*8
	movl	%edx, \base+ST_GPR+ST_RDX*8
	movl	%esi, \base+ST_GPR+ST_RSI*8
	movl	%edi, \base+ST_GPR+ST_RDI*8
	movl	%ebp, \base+ST_GPR+ST_RBP*8
#endif
	FXSAVE	SYM(\base+ST_FX)
	VEC_STORE \base
.endm

/* void st_call (void): see above.  */
	.globl	st_call
	.type	st_call, @function
st_call:
	.cfi_startproc
#ifdef __x86_64__
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	subq	$8, %rsp
	movq	%rsp, SYM(st_saved_sp)
	/* Two stack words (arguments a `ret $8' target pops), keeping the
	   stack 16-byte aligned at the call.  */
	pushq	$0x51515151
	pushq	$0x52525252
	movq	%rsp, SYM(st_before_sp)
	LOAD_STATE st_in
	call	*SYM(st_fn)
	STORE_STATE st_after
	movq	SYM(st_saved_sp), %rsp
	fninit
	ldmxcsr	SYM(st_mxcsr_default)
	pushq	$0x202
	popfq
	cmpl	$2, SYM(st_level)
	jb	1f
	vzeroupper
1:	addq	$8, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
#else
	pushl	%ebp
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	movl	%esp, st_saved_sp
	subl	$4, %esp
	pushl	$0x51515151
	pushl	$0x52525252
	movl	%esp, st_before_sp
	LOAD_STATE st_in
	call	*st_fn
	STORE_STATE st_after
	movl	st_saved_sp, %esp
	fninit
	ldmxcsr	st_mxcsr_default
	pushl	$0x202
	popfl
	cmpl	$2, st_level
	jb	1f
	vzeroupper
1:	popl	%edi
	popl	%esi
	popl	%ebx
	popl	%ebp
#endif
	ret
	.cfi_endproc
	.size	st_call, .-st_call

.macro TARGET name, pop
	.globl	\name
	.type	\name, @function
\name:
	.cfi_startproc
	STORE_STATE st_entry
#ifdef __x86_64__
	movq	(%rsp), %rax
	movq	%rax, SYM(st_entry+ST_RA)
#else
	movl	(%esp), %eax
	movl	%eax, st_entry+ST_RA
#endif
	LOAD_STATE st_ret
	.if \pop
	ret	$\pop
	.else
	ret
	.endif
	.cfi_endproc
	.size	\name, .-\name
.endm

	TARGET st_target, 0
	TARGET st_target_pop8, 8

	.globl	st_target_tail
	.type	st_target_tail, @function
st_target_tail:
	.cfi_startproc
	jmp	*SYM(st_fn2)
	.cfi_endproc
	.size	st_target_tail, .-st_target_tail

/* void st_clobber (void): garbage into every call-clobbered register at
   the CPU's width (st_cpu), the masks, the flags; x87 pushes and pops.  */
	.globl	st_clobber, st_cpu
	.data
	.p2align 2
st_cpu:	.long	1
	.text
	.type	st_clobber, @function
st_clobber:
	.cfi_startproc
#ifdef __x86_64__
	movq	$-1, %rax
	movq	%rax, %rcx
	movq	%rax, %rdx
	movq	%rax, %rsi
	movq	%rax, %rdi
	movq	%rax, %r8
	movq	%rax, %r9
	movq	%rax, %r10
	movq	%rax, %r11
#else
	movl	$-1, %eax
	movl	%eax, %ecx
	movl	%eax, %edx
#endif
	fld1
	fldpi
	faddp
	fstp	%st(0)
	cmpl	$2, SYM(st_cpu)
	jb	.Lcl_sse
	je	.Lcl_avx
	vpternlogd $0xff, %zmm0, %zmm0, %zmm0
#ifdef __x86_64__
	.irp i,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
#else
	.irp i,1,2,3,4,5,6,7
#endif
	vmovdqa64 %zmm0, %zmm\i
	.endr
	kxnorw	%k0, %k0, %k1
	.irp i,2,3,4,5,6,7
	kmovw	%k1, %k\i
	.endr
	vzeroupper
	jmp	.Lcl_done
.Lcl_avx:
	vpcmpeqd %ymm0, %ymm0, %ymm0
#ifdef __x86_64__
	.irp i,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
#else
	.irp i,1,2,3,4,5,6,7
#endif
	vmovdqa	%ymm0, %ymm\i
	.endr
	vzeroupper
	jmp	.Lcl_done
.Lcl_sse:
	pcmpeqd	%xmm0, %xmm0
#ifdef __x86_64__
	.irp i,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
#else
	.irp i,1,2,3,4,5,6,7
#endif
	movdqa	%xmm0, %xmm\i
	.endr
.Lcl_done:
	cmpl	$0, %eax	/* flags */
	ret
	.cfi_endproc
	.size	st_clobber, .-st_clobber

	.section .note.GNU-stack, "", @progbits
