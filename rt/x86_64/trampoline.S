/* x86_64/trampoline.S -- the x86_64 entry trampoline and return landing
   of the interceptor runtime.

   __interceptor_x86_64_entry is jumped to by every stub the plugin
   emits, with %r11 = the site record and the caller's call state
   untouched (return address at (%rsp), stack arguments above).  It saves
   every register that can carry an argument, calls __interceptor_enter
   (which runs the body's entry part), restores them all and jumps to the
   target.  Only %r11 is scratch.  When the chosen site has an exit part,
   it also keeps the invocation record in the anchor register %rbx (the
   caller's %rbx is in the record) and makes the target return to
   __interceptor_return_landing.

   __interceptor_return_landing is where such a target's `ret' arrives.
   It saves the return registers (and the registers an ms_abi caller
   counts on), calls __interceptor_leave (which runs the exit part and
   pops the record), puts back the caller's return address and %rbx, and
   returns to the caller.  Its CFI describes the caller's frame through
   %rbx, so unwinders (backtrace, C++ exceptions, gdb) walk from a target
   straight to the real caller.

   Both keep %rsp 16-byte aligned at calls and never leave live data
   below %rsp: a signal may arrive at any instruction, and its handler
   may run interceptors.  Nothing above the return address is written.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include "record-offsets.h"
#include "x86_64/frame.h"
#include "x86_64/cfi.h"
#include "x86/landing-cfi.h"
#include "x86_64/push-record.h"
#include "x86/vec-moves.h"

/* Vector levels (x86_64/cpu.c).  */
#define LEVEL_SSE	1
#define LEVEL_AVX	2
#define LEVEL_AVX512	3

	.hidden	__interceptor_x86_64_vec_level
	.hidden	__interceptor_x86_64_detect
	.hidden	__interceptor_enter
	.hidden	__interceptor_leave
	.hidden	__interceptor_personality
	.hidden	__interceptor_die_null_target

	.text

/* ------------------------------------------------------------------ */
/* The entry trampoline.

   Frame, below the saved %rbp and 64-byte aligned:  */

/* E_* in x86_64/frame.h.  */

	.p2align 4
	.globl	__interceptor_x86_64_entry
	.type	__interceptor_x86_64_entry, @function
__interceptor_x86_64_entry:
	.cfi_startproc
	ENDBR
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	andq	$-64, %rsp
	subq	$E_SIZE, %rsp

	movq	%rax, E_RAX(%rsp)
	movq	%rdi, E_RDI(%rsp)
	movq	%rsi, E_RSI(%rsp)
	movq	%rdx, E_RDX(%rsp)
	movq	%rcx, E_RCX(%rsp)
	movq	%r8, E_R8(%rsp)
	movq	%r9, E_R9(%rsp)
	movq	%r10, E_R10(%rsp)
	movq	%r11, E_SITE(%rsp)

	/* The vector level; detected on the very first call only (the
	   detection routine touches general registers only).  */
	movzbl	__interceptor_x86_64_vec_level(%rip), %eax
	testl	%eax, %eax
	jnz	1f
	call	__interceptor_x86_64_detect
1:	movl	%eax, E_LEVEL(%rsp)
	cmpl	$LEVEL_AVX, %eax
	jb	.Lentry_save_sse
	je	.Lentry_save_avx

	VSTORE vmovdqa64, zmm, E_V0, 64, 0, 0,1,2,3,4,5,6,7
	jmp	.Lentry_save_vex_hi

.Lentry_save_avx:
	VSTORE vmovdqa, ymm, E_V0, 64, 0, 0,1,2,3,4,5,6,7

.Lentry_save_vex_hi:
	VSTORE vmovdqa, xmm, E_X8, 16, 8, 8,9,10,11,12,13,14,15
	/* Everything wider than 128 bits that C may see is saved: avoid
	   AVX-SSE transition penalties in the body.  */
	vzeroupper
	jmp	.Lentry_call

.Lentry_save_sse:
	VSTORE movdqa, xmm, E_V0, 64, 0, 0,1,2,3,4,5,6,7
	VSTORE movdqa, xmm, E_X8, 16, 8, 8,9,10,11,12,13,14,15

.Lentry_call:
	/* The common case in assembler (x86_64/push-record.h): what
	   __interceptor_enter does when the thread has no record yet.  */
	movq	E_SITE(%rsp), %r11
	leaq	8(%rbp), %rax
	PUSH_RECORD .Lentry_slow
	/* The frame (INTERCEPTED_ARG) and its return area (a GOTO_RETURN
	   returns zeros unless INTERCEPTED_SET_RETURN says otherwise).  */
	movq	%rsp, INV_REGS(%rdi)
	leaq	E_RET(%rsp), %rdx
	movq	%rdx, INV_RET(%rdi)
	xorl	%edx, %edx
	movq	%rdx, E_RET+L_RAX(%rsp)
	movq	%rdx, E_RET+L_RDX(%rsp)
	movq	%rdx, E_RET+L_V0+0*64(%rsp)
	movq	%rdx, E_RET+L_V0+0*64+8(%rsp)
	movq	%rdx, E_RET+L_V0+1*64(%rsp)
	movq	%rdx, E_RET+L_V0+1*64+8(%rsp)
	movl	%edx, E_RET+L_NX87(%rsp)
	movq	%rdi, E_REC(%rsp)	/* for now: the record */
	/* errno is part of what the target sees: the body's library calls
	   must not change it.  */
	movq	%fs:THR_ERRNO_P(%rcx), %rdx
	movl	(%rdx), %edx
	movl	%edx, E_ERRNO(%rsp)
	movq	SITE_DESC(%r11), %rdx
	leaq	REC_INV(%rdi), %rdi
	call	*DESC_BODY(%rdx)

	movq	E_REC(%rsp), %rdi
	movl	INV_STATE(%rdi), %edx
	movq	INV_TARGET(%rdi), %r11
	THREAD_STATE (%rcx)
	testl	%edx, %edx
	jz	.Lentry_fast_return
	movq	%fs:THR_ERRNO_P(%rcx), %rsi
	movl	E_ERRNO(%rsp), %eax
	movl	%eax, (%rsi)
	testq	%r11, %r11
	jz	.Lentry_null
	movq	%r11, E_TARGET(%rsp)
	testl	$1, %edx
	jnz	.Lentry_fast_exit
	/* Transparent.  */
	POP_RECORD
	movq	$0, E_REC(%rsp)
	jmp	.Lentry_restore

.Lentry_fast_exit:
	KEEP_RECORD
	jmp	.Lentry_restore

.Lentry_fast_return:
	/* GOTO_RETURN in the entry part; errno stays as the body set it
	   (fault injection).  */
	POP_RECORD
	movq	$0, E_TARGET(%rsp)
	movq	$0, E_REC(%rsp)
	jmp	.Lentry_restore

.Lentry_null:
	movq	REC_SITE(%rdi), %rdi
	call	__interceptor_die_null_target

.Lentry_slow:
	/* __interceptor_enter (site, &return address, caller's %rbx,
	   frame).
	   With an exit part, the record keeps the caller's %rbx (the
	   anchor; or, when the target of an exit-part invocation
	   tail-called this stub, that invocation's caller's), and %rbx the
	   record's address while the target runs.  */
	movq	%r11, %rdi
	movq	%rax, %rsi
	movq	%rbx, %rdx
	movq	%rsp, %rcx	/* the frame: INTERCEPTED_ARG, E_RET */
	call	__interceptor_enter
	movq	%rax, E_TARGET(%rsp)
	movq	%rdx, E_REC(%rsp)

.Lentry_restore:

	movl	E_LEVEL(%rsp), %eax
	cmpl	$LEVEL_AVX, %eax
	jb	.Lentry_restore_sse
	je	.Lentry_restore_avx

	VLOAD vmovdqa64, zmm, E_V0, 64, 0, 0,1,2,3,4,5,6,7
	jmp	.Lentry_restore_vex_hi

.Lentry_restore_avx:
	VLOAD vmovdqa, ymm, E_V0, 64, 0, 0,1,2,3,4,5,6,7

.Lentry_restore_vex_hi:
	VLOAD vmovdqa, xmm, E_X8, 16, 8, 8,9,10,11,12,13,14,15
	jmp	.Lentry_restore_gpr

.Lentry_restore_sse:
	VLOAD movdqa, xmm, E_V0, 64, 0, 0,1,2,3,4,5,6,7
	VLOAD movdqa, xmm, E_X8, 16, 8, 8,9,10,11,12,13,14,15

.Lentry_restore_gpr:
	movq	E_RAX(%rsp), %rax
	movq	E_RDI(%rsp), %rdi
	movq	E_RSI(%rsp), %rsi
	movq	E_RDX(%rsp), %rdx
	movq	E_RCX(%rsp), %rcx
	movq	E_R8(%rsp), %r8
	movq	E_R9(%rsp), %r9
	movq	E_R10(%rsp), %r10
	cmpq	$0, E_REC(%rsp)
	jne	.Lentry_exit_mode

	/* Transparent: the target returns straight to the caller.  */
	movq	E_TARGET(%rsp), %r11
	testq	%r11, %r11
	jz	.Lentry_return
	.cfi_remember_state
	leave
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	jmp	*%r11

.Lentry_return:
	/* GOTO_RETURN in the entry part: no target; return to the caller
	   with the return registers of the return area (what
	   INTERCEPTED_SET_RETURN stored, zeros otherwise).  The caller pops
	   its arguments (SysV and ms_abi alike).  */
	.cfi_restore_state
	.cfi_remember_state
	movq	E_RET+L_RAX(%rsp), %rax
	movq	E_RET+L_RDX(%rsp), %rdx
	VLOAD movdqa, xmm, E_RET+L_V0, 64, 0, 0,1
	movl	E_RET+L_NX87(%rsp), %ecx
	cmpl	$1, %ecx
	jb	2f
	je	1f
	fldt	E_RET+L_ST1(%rsp)
1:	fldt	E_RET+L_ST0(%rsp)
2:	leave
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	ret

.Lentry_exit_mode:
	.cfi_restore_state
	/* From here on the CFI finds the caller's %rbx in the record, then
	   its return address there too once the slot is given up, so that
	   an asynchronous unwinder (a profiler's signal) sees the real
	   caller at every instruction.  */
	movq	E_REC(%rsp), %rbx
	CFI_AT_RBX (DW_REG_RBX, REC_SAVED_ANCHOR)
	movq	E_TARGET(%rsp), %r11
	leave
	.cfi_def_cfa %rsp, 8
	.cfi_restore %rbp
	/* Drop the caller's return address (the record holds it) and fall
	   through into the landing's `call *%r11', which pushes the
	   landing's address into the same slot and jumps to the target.
	   A call, not a jump: the CPU's return-stack predictor then expects
	   the target's `ret' to come back to the landing, and the landing's
	   own `ret' to go to the caller (the caller's `call' is still on
	   it), so neither return is mispredicted.  (lea: the flags stay as
	   they are.)  */
	leaq	8(%rsp), %rsp
	.cfi_def_cfa_offset 0
	CFI_AT_RBX (DW_REG_RA, REC_RET_ADDR)
	.cfi_endproc
	.size	__interceptor_x86_64_entry, .-__interceptor_x86_64_entry

/* ------------------------------------------------------------------ */
/* The return landing.

   Entered by the target's `ret' with %rsp just above the slot that held
   the return address and %rbx = the record.  The slot itself is free
   (the caller cannot keep anything there across a call); the landing
   pushes the real return address back into it.  The entry trampoline
   reaches the target through the `call *%r11' just before the landing,
   so that the return-stack predictor pairs the target's `ret' with the
   landing and the landing's `ret' with the caller's `call'.

   Right away, while the record is certainly live, the prologue copies the
   real return address into the slot and the caller's %rbx into
   the frame, so that from then on the CFI is an ordinary frame's and
   never depends on the record: __interceptor_leave pops it, and a signal
   handler may reuse its memory before the landing returns.

   Frame (CFA = the caller's %rsp + 8, see below): the return address
   at CFA-16, the saved %rbp at CFA-24, the caller's %rbx at CFA-32,
   then 64-byte aligned:  */

/* L_* in x86_64/frame.h.  */

/* fnstsw after fxam: condition codes C3 (bit 14) and C0 (bit 8) both
   set means an empty register.  */
#define FSW_C3_C0	0x4100

	/* No alignment here: the entry trampoline falls through into the
	   call below.

	   The FDE starts with that call, the instruction before the
	   landing: unwinders look up the instruction before a return
	   address.  In it, as at the landing, the frame stands for the
	   caller's state: the return address and the caller's %rbx are in
	   the record %rbx points to, and the caller's %rsp is the current
	   one.

	   The CFA is NOT the caller's %rsp, as usual, but 8 more, with an
	   explicit rule for %rsp: the target's CFA is already the caller's
	   %rsp, and libgcc identifies a frame by its callee's CFA.  Two
	   equal CFAs in a row would give the landing the identity of the
	   catching frame, and _Unwind_RaiseException would abort.

	   The personality routine pops the record when an exception (or a
	   forced unwind: pthread_exit, pthread_cancel) leaves the target
	   through the landing (runtime.c); it never catches anything.  So
	   the rules for the caller's return address and %rbx give values
	   the unwinder reads as it steps past the landing, never addresses
	   in the record, whose memory the frames above may reuse before
	   the unwinder is done (x86/landing-cfi.h).  */
	.cfi_startproc
	.cfi_personality 0x1b, __interceptor_personality
	.cfi_def_cfa %rsp, 8
	CFI_RSP_IS_CFA_MINUS_8
	/* Values, not addresses in the record (x86/landing-cfi.h).  */
	CFI_LANDING_RA (DW_REG_RA, LCFI_LIT16)
	CFI_LANDING_ANCHOR
	.type	__interceptor_return_landing_pad, @function
__interceptor_return_landing_pad:
	/* The entry trampoline's jump to a target with an exit part: the
	   return address it pushes is the landing's.  */
	call	*%r11
	.size	__interceptor_return_landing_pad, .-__interceptor_return_landing_pad

	.globl	__interceptor_return_landing
	.hidden	__interceptor_return_landing
	.type	__interceptor_return_landing, @function
__interceptor_return_landing:
	/* The real return address goes straight back into its slot: the
	   slot of a live record never holds anything but the return
	   landing or the caller's return address (runtime.c,
	   record_slot_live_p).  */
	pushq	REC_RET_ADDR(%rbx)
	.cfi_adjust_cfa_offset 8
	.cfi_offset DW_REG_RA, -16
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	REC_SAVED_ANCHOR(%rbx)
	.cfi_offset %rbx, -32
	andq	$-64, %rsp
	subq	$L_SIZE, %rsp

	movq	%rax, L_RAX(%rsp)
	movq	%rdx, L_RDX(%rsp)
	movq	%rsi, L_RSI(%rsp)
	movq	%rdi, L_RDI(%rsp)

	/* The vector level; not detected yet when only the fast path
	   (x86_64/fast.S) has run, whose landing hands over here for
	   unusual cases.  The detection touches general registers only.  */
	movzbl	__interceptor_x86_64_vec_level(%rip), %eax
	testl	%eax, %eax
	jnz	1f
	call	__interceptor_x86_64_detect
1:	movl	%eax, L_LEVEL(%rsp)
	cmpl	$LEVEL_AVX, %eax
	jb	.Lland_save_sse
	je	.Lland_save_avx

	VSTORE vmovdqa64, zmm, L_V0, 64, 0, 0,1
	jmp	.Lland_save_vex_hi

.Lland_save_avx:
	VSTORE vmovdqa, ymm, L_V0, 64, 0, 0,1

.Lland_save_vex_hi:
	VSTORE vmovdqa, xmm, L_X6, 16, 6, 6,7,8,9,10,11,12,13,14,15
	vzeroupper
	jmp	.Lland_save_x87

.Lland_save_sse:
	VSTORE movdqa, xmm, L_V0, 64, 0, 0,1
	VSTORE movdqa, xmm, L_X6, 16, 6, 6,7,8,9,10,11,12,13,14,15

.Lland_save_x87:
	/* A long double or complex long double return leaves 1 or 2 values
	   on the x87 stack; the exit part needs it empty (the ABI's state
	   at a call).  Pop what is there, never pushing onto an empty
	   stack.  */
	xorl	%ecx, %ecx
	fxam
	fnstsw	%ax
	andl	$FSW_C3_C0, %eax
	cmpl	$FSW_C3_C0, %eax
	je	1f
	fstpt	L_ST0(%rsp)
	incl	%ecx
	fxam
	fnstsw	%ax
	andl	$FSW_C3_C0, %eax
	cmpl	$FSW_C3_C0, %eax
	je	1f
	fstpt	L_ST1(%rsp)
	incl	%ecx
1:	movl	%ecx, L_NX87(%rsp)

	/* The plain case in assembler -- the record is the thread's
	   topmost one, neither chained nor strict, and the target popped
	   no arguments -- as __interceptor_leave does it: run the exit part
	   with errno as the target left it, pop the record.  */
	THREAD_STATE (%rcx)
	cmpq	%rbx, %fs:THR_LAST(%rcx)
	jne	.Lland_slow
	cmpl	$FAST_HAS_EXIT, REC_FLAGS(%rbx)
	jne	.Lland_slow
	leaq	8(%rbp), %rdx
	cmpq	%rdx, REC_RA_SLOT(%rbx)
	jne	.Lland_slow
	orl	$FAST_IN_EXIT, REC_FLAGS(%rbx)
	movq	$0, INV_REGS(%rbx)
	movq	$0, INV_ARGS(%rbx)
	movq	%rsp, INV_RET(%rbx)	/* INTERCEPTED_RETURN */
	movq	%fs:THR_ERRNO_P(%rcx), %rdx
	movl	(%rdx), %edx
	movl	%edx, L_ERRNO(%rsp)
	movq	REC_SITE(%rbx), %rdx
	movq	SITE_DESC(%rdx), %rdx
	leaq	REC_INV(%rbx), %rdi
	call	*DESC_BODY(%rdx)
	THREAD_STATE (%rcx)
	movq	%fs:THR_ERRNO_P(%rcx), %rdx
	movl	L_ERRNO(%rsp), %eax
	movl	%eax, (%rdx)
	movq	REC_RET_ADDR(%rbx), %rax
	movq	REC_SAVED_ANCHOR(%rbx), %rdx
	movq	REC_PREV(%rbx), %rsi
	movq	%rsi, %fs:THR_LAST(%rcx)
	movq	%rbx, %fs:THR_TOP(%rcx)
	jmp	.Lland_left

.Lland_slow:
	/* __interceptor_leave (record, &placeholder, frame).  */
	movq	%rbx, %rdi
	leaq	8(%rbp), %rsi
	movq	%rsp, %rdx	/* INTERCEPTED_RETURN */
	call	__interceptor_leave

.Lland_left:
	/* The record is gone; the values it held (identical to the copies
	   the prologue made) come back in %rax:%rdx.  */
	movq	%rax, 8(%rbp)
	movq	%rdx, %rbx
	.cfi_same_value %rbx

	movl	L_NX87(%rsp), %ecx
	cmpl	$1, %ecx
	jb	2f
	je	1f
	fldt	L_ST1(%rsp)
1:	fldt	L_ST0(%rsp)
2:
	movl	L_LEVEL(%rsp), %eax
	cmpl	$LEVEL_AVX, %eax
	jb	.Lland_restore_sse
	je	.Lland_restore_avx

	VLOAD vmovdqa64, zmm, L_V0, 64, 0, 0,1
	jmp	.Lland_restore_vex_hi

.Lland_restore_avx:
	VLOAD vmovdqa, ymm, L_V0, 64, 0, 0,1

.Lland_restore_vex_hi:
	VLOAD vmovdqa, xmm, L_X6, 16, 6, 6,7,8,9,10,11,12,13,14,15
	jmp	.Lland_restore_gpr

.Lland_restore_sse:
	VLOAD movdqa, xmm, L_V0, 64, 0, 0,1
	VLOAD movdqa, xmm, L_X6, 16, 6, 6,7,8,9,10,11,12,13,14,15

.Lland_restore_gpr:
	movq	L_RAX(%rsp), %rax
	movq	L_RDX(%rsp), %rdx
	movq	L_RSI(%rsp), %rsi
	movq	L_RDI(%rsp), %rdi
	leave
	.cfi_def_cfa %rsp, 16
	.cfi_restore %rbp
	ret
	.cfi_endproc
	.size	__interceptor_return_landing, .-__interceptor_return_landing

#include "x86/cet-note.h"
