/* i386/trampoline.S -- the i386 entry trampoline and return landing of
   the interceptor runtime.

   __interceptor_i386_entry is entered by the `ret' of a stub the plugin
   emitted (gcc-plugin/i386.cc), with the site record's address on top of
   the stack, the caller's return address above it, the stack arguments
   above that, and every register as the caller left it: cdecl, stdcall,
   fastcall (%ecx, %edx), thiscall (%ecx), regparm(1..3) (%eax, %edx,
   %ecx), the static chain (%ecx), sseregparm and vector arguments
   (%xmm0-%xmm2, at the width the CPU has), __m64 arguments (%mm0-%mm2,
   when MMX state is live).  No register is free, so the trampoline saves
   everything it touches, calls __interceptor_enter (which runs the
   body's entry part), restores it all, writes the target into the site
   record's slot and `ret's into it (never through memory below %esp: a
   signal may arrive at any instruction, and its handler may run
   interceptors).  When the chosen site has an exit part, it also keeps
   the invocation record in the anchor register %ebx (the caller's %ebx,
   passed to __interceptor_enter, is in the record) and makes the target return to
   __interceptor_return_landing.

   __interceptor_return_landing is where such a target's `ret' or `ret $n'
   (stdcall, and struct-returning functions that pop the hidden pointer)
   arrives.  It saves the return registers (%eax/%edx, %xmm0 at full
   width, the 0-2 values on the x87 stack or the MMX state of an __m64
   return), calls __interceptor_leave (which runs the exit part and pops
   the record), puts back the caller's return address and %ebx, and
   returns to the caller with %esp exactly where the target left it.  Its
   CFI describes the caller's frame through %ebx, as on x86_64.

   The C hooks return their two-pointer structures the i386 SysV way:
   through a hidden pointer, passed first on the stack, which the callee
   pops (`ret $4').  The runtime's declarations are the same on every
   architecture; the calls below allow for the pop.

   %mm0-%mm2 alias the x87 registers.  MMX state is detected with fxam
   (an MMX instruction marks all eight x87 registers valid, while the
   ABI says the x87 stack is empty at calls), then saved whole with
   fxsave, cleared with emms for the body's x87 code, and brought back
   with fxrstor.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include "record-offsets.h"
#include "i386/frame.h"
#include "x86/landing-cfi.h"
#include "x86/vec-moves.h"

/* DWARF register numbers (i386) and CFI operators for .cfi_escape.  */
#define DW_REG_EBX		0x03
#define DW_REG_ESP		0x04
#define DW_REG_RA		0x08
#define DW_CFA_expression	0x10
#define DW_CFA_val_offset	0x14
#define DW_OP_breg_ebx		0x73

#if REC_RET_ADDR >= 64 || REC_SAVED_ANCHOR >= 64
# error "record offsets must fit one SLEB128 byte"
#endif

/* The register whose saved value lives at [%ebx + OFF] (OFF < 64).  */
#define CFI_AT_EBX(reg, off) \
	.cfi_escape DW_CFA_expression, reg, 0x02, DW_OP_breg_ebx, off

/* The caller's %esp is CFA - 4 (the offset is factored by the CIE's data
   alignment, -4).  */
#define CFI_ESP_IS_CFA_MINUS_4 \
	.cfi_escape DW_CFA_val_offset, DW_REG_ESP, 0x01

/* Vector levels (i386/cpu.c).  */
#define LEVEL_SSE	1
#define LEVEL_AVX	2
#define LEVEL_AVX512	3

/* fnstsw after fxam: condition codes C3 (bit 14) and C0 (bit 8) both
   set means an empty register.  TOP is bits 11-13.  */
#define FSW_C3_C0	0x4100
#define FSW_TOP		0x3800

	.hidden	__interceptor_i386_vec_level
	.hidden	__interceptor_i386_detect
	.hidden	__interceptor_enter
	.hidden	__interceptor_leave
	.hidden	__interceptor_return_landing
	.hidden	__interceptor_thread_state
	.hidden	__interceptor_die_null_target
	.hidden	__interceptor_personality

	.text

/* %ebx = the address of the instruction after the call (also used by
   i386/strict.S).  */
	.p2align 4
	.globl	__interceptor_i386_pc_ebx
	.hidden	__interceptor_i386_pc_ebx
	.type	__interceptor_i386_pc_ebx, @function
__interceptor_i386_pc_ebx:
	.cfi_startproc
	movl	(%esp), %ebx
	ret
	.cfi_endproc
	.size	__interceptor_i386_pc_ebx, .-__interceptor_i386_pc_ebx

/* ------------------------------------------------------------------ */
/* The entry trampoline.

   4(%ebp) is the site slot (it becomes the target slot), 8(%ebp) the
   caller's return address, -4(%ebp) the caller's %ebx.  Frame, below
   that and 64-byte aligned:  */

/* E_* in i386/frame.h.

   The frame, the argument registers and the GOT pointer, for this
   trampoline and the GPR-only one below.  */
	.macro	ENTRY_FRAME
	/* The site record is on top, the return address above it.  */
	.cfi_def_cfa_offset 8
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebp, 0
	movl	%esp, %ebp
	.cfi_def_cfa_register %ebp
	/* The caller's %ebx, at -4(%ebp): %ebx becomes the GOT pointer.  */
	pushl	%ebx
	.cfi_offset %ebx, -16
	andl	$-64, %esp
	subl	$E_SIZE, %esp

	movl	%eax, E_EAX(%esp)
	movl	%ecx, E_ECX(%esp)
	movl	%edx, E_EDX(%esp)
	call	__interceptor_i386_pc_ebx
	addl	$_GLOBAL_OFFSET_TABLE_, %ebx
	leal	__interceptor_return_landing@GOTOFF(%ebx), %eax
	movl	%eax, E_LANDING(%esp)
	.endm

	.p2align 4
	.globl	__interceptor_i386_entry
	.type	__interceptor_i386_entry, @function
__interceptor_i386_entry:
	.cfi_startproc
	ENTRY_FRAME

	/* __m64 arguments: MMX state marks every x87 register valid.  */
	movl	$0, E_MMX(%esp)
	fxam
	fnstsw	%ax
	andl	$FSW_C3_C0, %eax
	cmpl	$FSW_C3_C0, %eax
	je	1f
	fxsave	E_FX(%esp)
	emms
	movl	$1, E_MMX(%esp)
1:
	/* The vector level; detected on the very first call only (the
	   detection routine touches general registers only).  */
	movzbl	__interceptor_i386_vec_level@GOTOFF(%ebx), %eax
	testl	%eax, %eax
	jnz	1f
	call	__interceptor_i386_detect
1:	movl	%eax, E_LEVEL(%esp)
	cmpl	$LEVEL_AVX, %eax
	jb	.Lentry_save_sse
	je	.Lentry_save_avx

	VSTORE vmovdqa64, zmm, E_V0, 64, 0, 0,1,2
	vzeroupper
	jmp	.Lentry_call

.Lentry_save_avx:
	VSTORE vmovdqa, ymm, E_V0, 64, 0, 0,1,2
	vzeroupper
	jmp	.Lentry_call

.Lentry_save_sse:
	VSTORE movdqa, xmm, E_V0, 64, 0, 0,1,2

.Lentry_call:
	/* __interceptor_enter (site, &return address, caller's %ebx,
	   frame), the
	   result through the hidden pointer, which the callee pops.  With
	   an exit part, the record keeps the caller's %ebx (the anchor; or,
	   when the target of an exit-part invocation tail-called this
	   stub, that invocation's caller's), and %ebx the record's address
	   while the target runs.  */
	leal	E_RES(%esp), %eax
	movl	%eax, E_OUT+0(%esp)
	movl	4(%ebp), %eax
	movl	%eax, E_OUT+4(%esp)
	leal	8(%ebp), %eax
	movl	%eax, E_OUT+8(%esp)
	movl	-4(%ebp), %eax
	movl	%eax, E_OUT+12(%esp)
	movl	%esp, E_OUT+16(%esp)	/* the frame: INTERCEPTED_ARG, E_RET */
	call	__interceptor_enter
	subl	$4, %esp

.Lentry_called:
	/* The target goes into the site slot, which the final `ret' pops.  */
	movl	E_TARGET(%esp), %eax
	movl	%eax, 4(%ebp)
	cmpl	$0, E_MMX(%esp)
	je	1f
	fxrstor	E_FX(%esp)
1:
	movl	E_LEVEL(%esp), %eax
	testl	%eax, %eax
	jz	.Lentry_restore_gpr	/* the GPR-only entry */
	cmpl	$LEVEL_AVX, %eax
	jb	.Lentry_restore_sse
	je	.Lentry_restore_avx

	VLOAD vmovdqa64, zmm, E_V0, 64, 0, 0,1,2
	jmp	.Lentry_restore_gpr

.Lentry_restore_avx:
	VLOAD vmovdqa, ymm, E_V0, 64, 0, 0,1,2
	jmp	.Lentry_restore_gpr

.Lentry_restore_sse:
	VLOAD movdqa, xmm, E_V0, 64, 0, 0,1,2

.Lentry_restore_gpr:
	movl	E_EAX(%esp), %eax
	movl	E_ECX(%esp), %ecx
	movl	E_EDX(%esp), %edx
	cmpl	$0, E_REC(%esp)
	jne	.Lentry_exit_mode
	cmpl	$0, E_TARGET(%esp)
	je	.Lentry_return

	/* Transparent: the target returns straight to the caller.  */
	movl	-4(%ebp), %ebx
	.cfi_remember_state
	leave
	.cfi_def_cfa %esp, 8
	.cfi_restore %ebp
	ret

.Lentry_return:
	/* GOTO_RETURN in the entry part: no target; return to the caller
	   with the return registers of the return area (what
	   INTERCEPTED_SET_RETURN stored, zeros otherwise), popping E_POP
	   bytes of arguments as a stdcall, fastcall or thiscall callee
	   does.  %ecx returns nothing in any convention.  */
	.cfi_restore_state
	.cfi_remember_state
	movl	E_RET+L_EAX(%esp), %eax
	movl	E_RET+L_EDX(%esp), %edx
	movdqa	E_RET+L_V0(%esp), %xmm0
	movl	E_RET+L_NX87(%esp), %ecx
	cmpl	$1, %ecx
	jb	3f
	je	1f
	fldt	E_RET+L_ST1(%esp)
	fldt	E_RET+L_ST0(%esp)
	jmp	3f
1:	movl	E_RET+L_FMT(%esp), %ecx
	cmpl	$1, %ecx
	je	4f
	cmpl	$2, %ecx
	je	5f
	fldt	E_RET+L_ST0(%esp)
	jmp	3f
4:	flds	E_RET+L_ST0(%esp)
	jmp	3f
5:	fldl	E_RET+L_ST0(%esp)
3:	movl	-4(%ebp), %ebx
	.cfi_restore %ebx
	movl	E_POP(%esp), %ecx
	/* The return address moves up over the popped arguments.  */
	pushl	8(%ebp)
	popl	8(%ebp,%ecx)
	leal	8(%ebp,%ecx), %ecx
	movl	(%ebp), %ebp
	.cfi_def_cfa %ecx, 4
	.cfi_restore %ebp
	movl	%ecx, %esp
	.cfi_def_cfa %esp, 4
	ret

.Lentry_exit_mode:
	.cfi_restore_state
	/* From here on the CFI finds the caller's %ebx in the record, then
	   its return address there too once the landing replaces it.  The
	   landing's address is copied memory to memory (push, pop): no
	   register is free.  */
	movl	E_REC(%esp), %ebx
	CFI_AT_EBX (DW_REG_EBX, REC_SAVED_ANCHOR)
	pushl	E_LANDING(%esp)
	popl	8(%ebp)
	CFI_AT_EBX (DW_REG_RA, REC_RET_ADDR)
	leave
	.cfi_def_cfa %esp, 8
	.cfi_restore %ebp
	ret
	.cfi_endproc
	.size	__interceptor_i386_entry, .-__interceptor_i386_entry

/* The GPR-only entry: for bodies that call nothing and touch general
   registers only (gcc-plugin/regs.cc; doc/INTERNALS.md, 7), which
   cannot disturb the vector registers or the x87/MMX state, nor can
   the runtime's C code (-mgeneral-regs-only).  The trampoline above
   without its MMX probe, vector saves and level detection -- the same
   frame, with E_LEVEL 0 and E_MMX 0, which the code after the call of
   __interceptor_enter reads -- and with the common case of that call
   in assembler.  */

	.p2align 4
	.globl	__interceptor_i386_gpr_entry
	.type	__interceptor_i386_gpr_entry, @function
__interceptor_i386_gpr_entry:
	.cfi_startproc
	ENTRY_FRAME
	movl	$0, E_MMX(%esp)
	movl	$0, E_LEVEL(%esp)

	/* What __interceptor_enter does, in the same order, when the
	   thread's invocation stack exists and holds no record, the
	   descriptor is of this version and its frame (alignment at most
	   16) fits (as x86_64/push-record.h); otherwise the C hook, in the
	   trampoline above, whose CFI at .Lentry_call and .Lentry_called is
	   this one's.  No errno to keep: the body calls nothing.  */
	movl	4(%ebp), %eax			/* the site */
	movl	SITE_DESC(%eax), %eax
	cmpl	$FAST_ABI_VERSION, DESC_ABI_VERSION(%eax)
	jne	.Lentry_call
	cmpl	$FAST_STACK_ALIGN, DESC_FRAME_ALIGN(%eax)
	ja	.Lentry_call
	movl	__interceptor_thread_state@gotntpoff(%ebx), %ecx
	cmpl	$0, %gs:THR_LAST(%ecx)
	jne	.Lentry_call
	movl	%gs:THR_TOP(%ecx), %edx		/* the record */
	testl	%edx, %edx
	jz	.Lentry_call
	/* The end of the record and the frame, which must leave 16 bytes
	   below the end of the mapping.  */
	movl	DESC_FRAME_SIZE(%eax), %eax
	leal	REC_FRAME+FAST_STACK_ALIGN-1(%edx,%eax), %eax
	andl	$-FAST_STACK_ALIGN, %eax
	leal	FAST_STACK_ALIGN(%eax), %ecx
	xorl	%edx, %ecx
	shrl	$THR_STACK_SHIFT, %ecx
	jnz	.Lentry_call

	/* Claim the memory, fill the record, then link it.  */
	movl	__interceptor_thread_state@gotntpoff(%ebx), %ecx
	movl	%eax, %gs:THR_TOP(%ecx)
	subl	%edx, %eax
	movl	%eax, REC_SIZE(%edx)
	movl	$0, REC_FLAGS(%edx)
	movl	8(%ebp), %eax
	movl	%eax, REC_RET_ADDR(%edx)
	leal	8(%ebp), %eax
	movl	%eax, REC_RA_SLOT(%edx)
	addl	$4, %eax
	movl	%eax, INV_ARGS(%edx)
	movl	$0, REC_PREV(%edx)
	movl	4(%ebp), %eax
	movl	%eax, REC_SITE(%edx)
	movl	SITE_NAME(%eax), %eax
	movl	%eax, INV_NAME(%edx)
	movl	$0, INV_DEPTH(%edx)
	movl	$0, INV_STATE(%edx)
	leal	REC_FRAME(%edx), %eax
	movl	%eax, INV_FRAME(%edx)
	movl	$0, INV_TARGET(%edx)
	movl	$0, INV_REGS(%edx)
	movl	$0, INV_RET(%edx)
	movl	%edx, %gs:THR_LAST(%ecx)
	movl	%edx, E_REC(%esp)		/* for now: the record */

	/* The entry part.  */
	subl	$12, %esp
	leal	REC_INV(%edx), %eax
	pushl	%eax
	movl	4(%ebp), %eax
	movl	SITE_DESC(%eax), %eax
	call	*DESC_BODY(%eax)
	addl	$16, %esp

	movl	E_REC(%esp), %edx
	movl	INV_STATE(%edx), %eax
	movl	INV_TARGET(%edx), %ecx
	movl	%ecx, E_TARGET(%esp)
	testl	%eax, %eax
	jz	.Lgpr_return
	testl	%ecx, %ecx
	jz	.Lgpr_null
	movl	__interceptor_thread_state@gotntpoff(%ebx), %ecx
	testl	$1, %eax
	jnz	.Lgpr_exit
	/* Transparent: pop the record (unlink, then release).  */
	movl	$0, %gs:THR_LAST(%ecx)
	movl	%edx, %gs:THR_TOP(%ecx)
	movl	$0, E_REC(%esp)
	jmp	.Lentry_called

.Lgpr_exit:
	/* An exit part: keep the record (and drop whatever the entry part
	   left above it), with the caller's %ebx in it.  */
	movl	%edx, %gs:THR_LAST(%ecx)
	movl	REC_SIZE(%edx), %eax
	addl	%edx, %eax
	movl	%eax, %gs:THR_TOP(%ecx)
	movl	-4(%ebp), %eax
	movl	%eax, REC_SAVED_ANCHOR(%edx)
	movl	$FAST_HAS_EXIT, REC_FLAGS(%edx)
	jmp	.Lentry_called

.Lgpr_return:
	/* GOTO_RETURN in the entry part: pop the record; the return area
	   returns zeros (the body cannot have called INTERCEPTED_SET_RETURN)
	   and pops nothing.  */
	movl	__interceptor_thread_state@gotntpoff(%ebx), %ecx
	movl	$0, %gs:THR_LAST(%ecx)
	movl	%edx, %gs:THR_TOP(%ecx)
	xorl	%eax, %eax
	movl	%eax, E_RET+L_EAX(%esp)
	movl	%eax, E_RET+L_EDX(%esp)
	movl	%eax, E_RET+L_V0(%esp)
	movl	%eax, E_RET+L_V0+4(%esp)
	movl	%eax, E_RET+L_V0+8(%esp)
	movl	%eax, E_RET+L_V0+12(%esp)
	movl	%eax, E_RET+L_NX87(%esp)
	movl	%eax, E_RET+L_FMT(%esp)
	movl	%eax, E_POP(%esp)
	movl	%eax, E_TARGET(%esp)
	movl	%eax, E_REC(%esp)
	jmp	.Lentry_called

.Lgpr_null:
	subl	$12, %esp
	pushl	4(%ebp)
	call	__interceptor_die_null_target
	.cfi_endproc
	.size	__interceptor_i386_gpr_entry, .-__interceptor_i386_gpr_entry

/* ------------------------------------------------------------------ */
/* The return landing.

   Entered by the target's `ret' or `ret $n' with %esp = C, where the
   caller must find it, and %ebx = the record.  The record's slot S (the
   return address's) is C - 4 - n: after a `ret $n' it lies in the
   popped argument area, whose words below C are dead for the caller.

   The landing pushes a placeholder for the return address at C - 4 and
   copies the real one into it right away, then moves %esp down to S and
   builds its frame below S: nothing the landing stores ever lands on S,
   which keeps what the record's code put there (the landing's address,
   or after a plain `ret' 0 and then the return address) -- the runtime
   tells a live record from an abandoned one by its slot (runtime.c,
   record_slot_live_p), and the exit part's calls run deeper than S.
   The frame keeps C - 4 at -4(%ebp) (below the saved %ebp) and the
   caller's %ebx at -8(%ebp); the CFI finds the CFA (C + 4, as on
   x86_64 one word above the caller's %esp, so that it differs from the
   target's CFA) through it and never depends on the record once
   __interceptor_leave pops it.  Then, 64-byte aligned:  */

/* L_* in i386/frame.h.  */

#define DW_REG_EBP		0x05
#define DW_CFA_def_cfa_expression 0x0f
#define DW_OP_breg_esp		0x74
#define DW_OP_breg_ebp		0x75
#define DW_OP_deref		0x06
#define DW_OP_plus_uconst	0x23

	.p2align 4
	/* The FDE starts one byte before the landing: unwinders look up
	   the instruction before a return address.  */
	.cfi_startproc
	/* As on x86_64: the personality routine pops the record when an
	   exception or a forced unwind leaves the target, and the rules
	   for the caller's return address and %ebx give values, never
	   addresses in the record (x86/landing-cfi.h).  */
	.cfi_personality 0x1b, __interceptor_personality
	.cfi_def_cfa %esp, 4
	CFI_ESP_IS_CFA_MINUS_4
	CFI_LANDING_RA (DW_REG_RA, LCFI_LIT8)
	CFI_LANDING_ANCHOR
	.type	__interceptor_return_landing_pad, @function
__interceptor_return_landing_pad:
	nop
	.size	__interceptor_return_landing_pad, .-__interceptor_return_landing_pad

	.globl	__interceptor_return_landing
	.type	__interceptor_return_landing, @function
__interceptor_return_landing:
	pushl	$0
	.cfi_adjust_cfa_offset 4
	/* %ecx is volatile and returns nothing in any convention.  */
	movl	REC_RET_ADDR(%ebx), %ecx
	movl	%ecx, (%esp)
	.cfi_offset DW_REG_RA, -8
	movl	%esp, %ecx
	movl	REC_RA_SLOT(%ebx), %esp
	.cfi_def_cfa %ecx, 8
	pushl	%ecx
	pushl	%ebp
	/* %ebp at [%esp] */
	.cfi_escape DW_CFA_expression, DW_REG_EBP, 0x02, DW_OP_breg_esp, 0x00
	movl	%esp, %ebp
	/* CFA = [%ebp + 4] + 8; %ebp at [%ebp].  */
	.cfi_escape DW_CFA_def_cfa_expression, 0x05, DW_OP_breg_ebp, 0x04, DW_OP_deref, DW_OP_plus_uconst, 0x08
	.cfi_escape DW_CFA_expression, DW_REG_EBP, 0x02, DW_OP_breg_ebp, 0x00
	pushl	REC_SAVED_ANCHOR(%ebx)
	/* %ebx at [%ebp - 4] (SLEB128 -4 = 0x7c).  */
	.cfi_escape DW_CFA_expression, DW_REG_EBX, 0x02, DW_OP_breg_ebp, 0x7c
	andl	$-64, %esp
	subl	$L_SIZE, %esp

	movl	%eax, L_EAX(%esp)
	movl	%edx, L_EDX(%esp)
	movl	%ebx, L_REC(%esp)
	movl	$0, L_FMT(%esp)

	/* x87: a long double (float, double) return leaves 1 value, a
	   complex one 2; an __m64 return leaves MMX state (all registers
	   valid, TOP = 0).  The exit part needs the stack empty.  */
	xorl	%ecx, %ecx
	fxam
	fnstsw	%ax
	movl	%eax, %edx
	andl	$FSW_C3_C0, %eax
	cmpl	$FSW_C3_C0, %eax
	je	1f
	testl	$FSW_TOP, %edx
	jnz	2f
	fxsave	L_FX(%esp)
	emms
	movl	$3, %ecx
	jmp	1f
2:	fstpt	L_ST0(%esp)
	incl	%ecx
	fxam
	fnstsw	%ax
	andl	$FSW_C3_C0, %eax
	cmpl	$FSW_C3_C0, %eax
	je	1f
	fstpt	L_ST1(%esp)
	incl	%ecx
1:	movl	%ecx, L_NX87(%esp)

	call	__interceptor_i386_pc_ebx
	addl	$_GLOBAL_OFFSET_TABLE_, %ebx
	/* The vector level; not detected yet when only the GPR-only entry
	   has run.  The detection touches general registers only.  */
	movzbl	__interceptor_i386_vec_level@GOTOFF(%ebx), %eax
	testl	%eax, %eax
	jnz	1f
	call	__interceptor_i386_detect
1:	movl	%eax, L_LEVEL(%esp)
	cmpl	$LEVEL_AVX, %eax
	jb	.Lland_save_sse
	je	.Lland_save_avx
	vmovdqa64 %zmm0, L_V0(%esp)
	vzeroupper
	jmp	.Lland_call
.Lland_save_avx:
	vmovdqa	%ymm0, L_V0(%esp)
	vzeroupper
	jmp	.Lland_call
.Lland_save_sse:
	movdqa	%xmm0, L_V0(%esp)

.Lland_call:
	/* __interceptor_leave (record, &placeholder); the result through
	   the hidden pointer, which the callee pops.  */
	leal	L_RES(%esp), %eax
	movl	%eax, L_OUT+0(%esp)
	movl	L_REC(%esp), %eax
	movl	%eax, L_OUT+4(%esp)
	movl	4(%ebp), %eax
	movl	%eax, L_OUT+8(%esp)
	movl	%esp, L_OUT+12(%esp)	/* INTERCEPTED_RETURN */
	call	__interceptor_leave
	subl	$4, %esp
	/* The record is gone; the values it held (identical to the copies
	   the prologue made) come back in the result.  */
	movl	4(%ebp), %ecx
	movl	L_RET_ADDR(%esp), %eax
	movl	%eax, (%ecx)
	movl	L_ANCHOR(%esp), %ebx
	.cfi_same_value %ebx

	movl	L_NX87(%esp), %ecx
	cmpl	$1, %ecx
	jb	3f
	je	1f
	cmpl	$3, %ecx
	je	2f
	fldt	L_ST1(%esp)
	fldt	L_ST0(%esp)
	jmp	3f
	/* One value, maybe converted by INTERCEPTED_RETURN (L_FMT).  */
1:	movl	L_FMT(%esp), %ecx
	cmpl	$1, %ecx
	je	4f
	cmpl	$2, %ecx
	je	5f
	fldt	L_ST0(%esp)
	jmp	3f
4:	flds	L_ST0(%esp)
	jmp	3f
5:	fldl	L_ST0(%esp)
	jmp	3f
2:	fxrstor	L_FX(%esp)
3:
	movl	L_LEVEL(%esp), %eax
	cmpl	$LEVEL_AVX, %eax
	jb	.Lland_restore_sse
	je	.Lland_restore_avx
	vmovdqa64 L_V0(%esp), %zmm0
	jmp	.Lland_restore_gpr
.Lland_restore_avx:
	vmovdqa	L_V0(%esp), %ymm0
	jmp	.Lland_restore_gpr
.Lland_restore_sse:
	movdqa	L_V0(%esp), %xmm0

.Lland_restore_gpr:
	movl	L_EAX(%esp), %eax
	movl	L_EDX(%esp), %edx
	leave
	/* CFA = [%esp] + 8 */
	.cfi_escape DW_CFA_def_cfa_expression, 0x05, DW_OP_breg_esp, 0x00, DW_OP_deref, DW_OP_plus_uconst, 0x08
	.cfi_restore %ebp
	popl	%esp			/* C - 4: the return address */
	.cfi_def_cfa %esp, 8
	ret
	.cfi_endproc
	.size	__interceptor_return_landing, .-__interceptor_return_landing

#include "x86/cet-note.h"
