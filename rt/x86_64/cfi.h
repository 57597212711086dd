/* x86_64/cfi.h -- what the x86_64 trampolines (trampoline.S, fast.S)
   share for their call frame information: the rules that find the
   caller's return address and %rbx in the invocation record %rbx
   points to while a target with an exit part runs, and ENDBR.
   Preprocessor definitions only.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef INTERCEPTOR_X86_64_CFI_H
#define INTERCEPTOR_X86_64_CFI_H 1

#if defined __CET__ && (__CET__ & 1)
# define ENDBR endbr64
#else
# define ENDBR
#endif

/* DWARF register numbers and CFI operators for .cfi_escape.  */
#define DW_REG_RBX		0x03
#define DW_REG_RA		0x10
#define DW_CFA_expression	0x10
#define DW_OP_breg_rbx		0x73

#if REC_RET_ADDR >= 64 || REC_SAVED_ANCHOR >= 64
# error "record offsets must fit one SLEB128 byte"
#endif

/* The register whose saved value lives at [%rbx + OFF] (OFF < 64).  */
#define CFI_AT_RBX(reg, off) \
	.cfi_escape DW_CFA_expression, reg, 0x02, DW_OP_breg_rbx, off

/* The caller's %rsp is CFA - 8.  (DW_CFA_val_offset, with the offset
   factored by the CIE's data alignment, -8; gas 2.40 drops
   .cfi_val_offset silently.)  */
#define DW_CFA_val_offset	0x14
#define DW_REG_RSP		0x07
#define CFI_RSP_IS_CFA_MINUS_8 \
	.cfi_escape DW_CFA_val_offset, DW_REG_RSP, 0x01

#endif /* INTERCEPTOR_X86_64_CFI_H */
