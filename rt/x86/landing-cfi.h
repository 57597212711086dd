/* x86/landing-cfi.h -- how the return landings of x86_64/trampoline.S,
   x86_64/fast.S and i386/trampoline.S describe the real caller's return
   address and anchor register (%rbx, %ebx) at their first instruction
   and at the call before it.  Preprocessor definitions only; needs
   record-offsets.h.

   While the target runs, both values lie in the invocation record the
   anchor register points to.  They are DW_CFA_val_expression rules, not
   DW_CFA_expression ones: the unwinder computes the values as it steps
   past the landing, instead of keeping the addresses in the record and
   reading them much later (libgcc's uw_install_context reads the
   catching frame's registers from where the rules said they were saved,
   after the personality routines of every frame above have run).  The
   landing's personality routine pops the record as the exception passes
   (runtime.c), and an intercepted personality routine or __cxa_*
   function called for the frames above pushes a record into the same
   memory: with addresses, the catching frame got that record's words
   for its %rbx.

   Between the popping and the unwinder's step past the landing, a
   signal handler may push a record at the same address.  So
   __interceptor_personality also moves the two values where no push
   writes them -- the return address into the landing's return-address
   slot, which lies in the target's dead frame (CFA - 2 words), the
   anchor into the record's REC_UNWIND_ANCHOR word -- and sets the
   anchor register of the landing's frame to the record's address
   + REC_UNWIND_ANCHOR - REC_SAVED_ANCHOR, plus 1 as a tag (records are
   16-byte aligned):

     return address = tag ? [CFA - 2 words] : [anchor + REC_RET_ADDR]
     caller's anchor = [(anchor & ~1) + REC_SAVED_ANCHOR]

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef INTERCEPTOR_X86_LANDING_CFI_H
#define INTERCEPTOR_X86_LANDING_CFI_H 1

#if REC_RET_ADDR != 0 || REC_SAVED_ANCHOR >= 64
# error "the landing CFI assumes REC_RET_ADDR 0 and a one-byte REC_SAVED_ANCHOR"
#endif

#define LCFI_VAL_EXPRESSION	0x16	/* DW_CFA_val_expression */
#define LCFI_ANCHOR_REG		0x03	/* %rbx, %ebx */
#define LCFI_BREG_ANCHOR	0x73	/* DW_OP_breg3 */
#define LCFI_DEREF		0x06
#define LCFI_AND		0x1a
#define LCFI_MINUS		0x1c
#define LCFI_NOT		0x20
#define LCFI_PLUS_UCONST	0x23
#define LCFI_BRA		0x28
#define LCFI_SKIP		0x2f
#define LCFI_LIT1		0x31
#define LCFI_LIT8		0x38
#define LCFI_LIT16		0x40

/* The return address column RA; LIT_2W pushes two words' bytes.  The
   CFA is on the expression stack when it starts.  */
#define CFI_LANDING_RA(ra, lit_2w)					\
	.cfi_escape LCFI_VAL_EXPRESSION, ra, 16,			\
		LCFI_BREG_ANCHOR, 0, LCFI_LIT1, LCFI_AND,		\
		LCFI_BRA, 6, 0,						\
		LCFI_BREG_ANCHOR, REC_RET_ADDR, LCFI_DEREF,		\
		LCFI_SKIP, 3, 0,					\
		lit_2w, LCFI_MINUS, LCFI_DEREF

#define CFI_LANDING_ANCHOR						\
	.cfi_escape LCFI_VAL_EXPRESSION, LCFI_ANCHOR_REG, 8,		\
		LCFI_BREG_ANCHOR, 0, LCFI_LIT1, LCFI_NOT, LCFI_AND,	\
		LCFI_PLUS_UCONST, REC_SAVED_ANCHOR, LCFI_DEREF

#endif /* INTERCEPTOR_X86_LANDING_CFI_H */
