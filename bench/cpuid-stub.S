/* cpuid-stub.S -- row 6 of the benchmark: a baseline interposer stub for
   bench_cpuid in the style of the original proposal, which decides how
   much vector state to save by running CPUID (and XGETBV) on every
   entry.  Written for the benchmark only, as the thing to compare
   against: CPUID is serialising and traps to the hypervisor in a virtual
   machine.

   It saves the SysV argument registers (%rax for %al, %rdi, %rsi, %rdx,
   %rcx, %r8, %r9, %r10 for the static chain) and %xmm0-7 at the width
   the CPU and OS enable (XCR0: SSE, AVX or AVX-512 state), calls
   bench_cpuid_enter (shim.c) for the target, restores everything and
   jumps to it.  One CPUID (leaf 1, for OSXSAVE) per call: the least a
   per-call detection can do.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#define S_V0	0		/* 8 x 64: %xmm/%ymm/%zmm 0-7 */
#define S_RAX	512
#define S_RDI	520
#define S_RSI	528
#define S_RDX	536
#define S_RCX	544
#define S_R8	552
#define S_R9	560
#define S_R10	568
#define S_LEVEL	576		/* 1 SSE, 2 AVX, 3 AVX-512 */
#define S_SIZE	640

	.hidden	bench_cpuid_enter
	.text
	.p2align 4
	.globl	bench_cpuid
	.type	bench_cpuid, @function
bench_cpuid:
	.cfi_startproc
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx			/* CPUID writes %rbx */
	.cfi_offset %rbx, -24
	andq	$-64, %rsp
	subq	$S_SIZE, %rsp
	movq	%rax, S_RAX(%rsp)
	movq	%rdi, S_RDI(%rsp)
	movq	%rsi, S_RSI(%rsp)
	movq	%rdx, S_RDX(%rsp)
	movq	%rcx, S_RCX(%rsp)
	movq	%r8, S_R8(%rsp)
	movq	%r9, S_R9(%rsp)
	movq	%r10, S_R10(%rsp)

	/* Every call: which vector state does this CPU have?  */
	movl	$1, %eax
	xorl	%ecx, %ecx
	cpuid
	movl	$1, %r11d
	btl	$27, %ecx		/* OSXSAVE: XGETBV usable */
	jnc	1f
	xorl	%ecx, %ecx
	xgetbv
	movl	%eax, %ecx
	andl	$0x06, %ecx		/* SSE | AVX state */
	cmpl	$0x06, %ecx
	jne	1f
	movl	$2, %r11d
	andl	$0xe6, %eax		/* + opmask, ZMM_Hi256, Hi16_ZMM */
	cmpl	$0xe6, %eax
	jne	1f
	movl	$3, %r11d
1:	movl	%r11d, S_LEVEL(%rsp)
	cmpl	$2, %r11d
	jb	.Lsave_sse
	je	.Lsave_avx
	vmovdqu64 %zmm0, S_V0+0*64(%rsp)
	vmovdqu64 %zmm1, S_V0+1*64(%rsp)
	vmovdqu64 %zmm2, S_V0+2*64(%rsp)
	vmovdqu64 %zmm3, S_V0+3*64(%rsp)
	vmovdqu64 %zmm4, S_V0+4*64(%rsp)
	vmovdqu64 %zmm5, S_V0+5*64(%rsp)
	vmovdqu64 %zmm6, S_V0+6*64(%rsp)
	vmovdqu64 %zmm7, S_V0+7*64(%rsp)
	vzeroupper
	jmp	.Lcall
.Lsave_avx:
	vmovdqu	%ymm0, S_V0+0*64(%rsp)
	vmovdqu	%ymm1, S_V0+1*64(%rsp)
	vmovdqu	%ymm2, S_V0+2*64(%rsp)
	vmovdqu	%ymm3, S_V0+3*64(%rsp)
	vmovdqu	%ymm4, S_V0+4*64(%rsp)
	vmovdqu	%ymm5, S_V0+5*64(%rsp)
	vmovdqu	%ymm6, S_V0+6*64(%rsp)
	vmovdqu	%ymm7, S_V0+7*64(%rsp)
	vzeroupper
	jmp	.Lcall
.Lsave_sse:
	movdqu	%xmm0, S_V0+0*64(%rsp)
	movdqu	%xmm1, S_V0+1*64(%rsp)
	movdqu	%xmm2, S_V0+2*64(%rsp)
	movdqu	%xmm3, S_V0+3*64(%rsp)
	movdqu	%xmm4, S_V0+4*64(%rsp)
	movdqu	%xmm5, S_V0+5*64(%rsp)
	movdqu	%xmm6, S_V0+6*64(%rsp)
	movdqu	%xmm7, S_V0+7*64(%rsp)

.Lcall:
	call	bench_cpuid_enter
	movq	%rax, %r11

	cmpl	$2, S_LEVEL(%rsp)
	jb	.Lrestore_sse
	je	.Lrestore_avx
	vmovdqu64 S_V0+0*64(%rsp), %zmm0
	vmovdqu64 S_V0+1*64(%rsp), %zmm1
	vmovdqu64 S_V0+2*64(%rsp), %zmm2
	vmovdqu64 S_V0+3*64(%rsp), %zmm3
	vmovdqu64 S_V0+4*64(%rsp), %zmm4
	vmovdqu64 S_V0+5*64(%rsp), %zmm5
	vmovdqu64 S_V0+6*64(%rsp), %zmm6
	vmovdqu64 S_V0+7*64(%rsp), %zmm7
	jmp	.Lrestore_gpr
.Lrestore_avx:
	vmovdqu	S_V0+0*64(%rsp), %ymm0
	vmovdqu	S_V0+1*64(%rsp), %ymm1
	vmovdqu	S_V0+2*64(%rsp), %ymm2
	vmovdqu	S_V0+3*64(%rsp), %ymm3
	vmovdqu	S_V0+4*64(%rsp), %ymm4
	vmovdqu	S_V0+5*64(%rsp), %ymm5
	vmovdqu	S_V0+6*64(%rsp), %ymm6
	vmovdqu	S_V0+7*64(%rsp), %ymm7
	jmp	.Lrestore_gpr
.Lrestore_sse:
	movdqu	S_V0+0*64(%rsp), %xmm0
	movdqu	S_V0+1*64(%rsp), %xmm1
	movdqu	S_V0+2*64(%rsp), %xmm2
	movdqu	S_V0+3*64(%rsp), %xmm3
	movdqu	S_V0+4*64(%rsp), %xmm4
	movdqu	S_V0+5*64(%rsp), %xmm5
	movdqu	S_V0+6*64(%rsp), %xmm6
	movdqu	S_V0+7*64(%rsp), %xmm7

.Lrestore_gpr:
	movq	S_RAX(%rsp), %rax
	movq	S_RDI(%rsp), %rdi
	movq	S_RSI(%rsp), %rsi
	movq	S_RDX(%rsp), %rdx
	movq	S_RCX(%rsp), %rcx
	movq	S_R8(%rsp), %r8
	movq	S_R9(%rsp), %r9
	movq	S_R10(%rsp), %r10
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	.cfi_restore %rbx
	jmp	*%r11
	.cfi_endproc
	.size	bench_cpuid, .-bench_cpuid

	.section .note.GNU-stack, "", @progbits
