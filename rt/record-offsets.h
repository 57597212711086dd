/* record-offsets.h -- offsets of the invocation record fields that the
   architecture's assembler code reads or writes.  Included both from C
   (interceptor-rt.h checks them against the structure) and from the
   preprocessed .S files, so it holds nothing but #defines.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef INTERCEPTOR_RECORD_OFFSETS_H
#define INTERCEPTOR_RECORD_OFFSETS_H 1

/* struct __interceptor_record starts with two pointers:

     ret_addr       the caller's return address, replaced by the return
                    landing while the target runs;
     saved_anchor   the caller's value of the anchor register (%rbx on
                    x86_64, %ebx on i386, which holds the record while
                    the target runs);
     ra_slot        where the return address is (the i386 return landing
                    keeps its frame below it, see i386/trampoline.S).

   The return landing's CFI finds both through the anchor register with
   DW_CFA_expression rules, so the offsets must stay small (they are
   written as one-byte SLEB128 numbers, i.e. below 64).  */

#if defined __x86_64__ && defined __LP64__
# define REC_RET_ADDR		0
# define REC_SAVED_ANCHOR	8
# define REC_RA_SLOT		16
# define REC_UNWIND_ANCHOR	104	/* the last field (interceptor-rt.h) */
/* The rest, for the fast paths (x86_64/push-record.h, the i386 GPR-only
   entry in i386/trampoline.S), which push and pop records themselves:
   the record, its invocation, the descriptor and site the plugin emits,
   and the thread state.  */
# define REC_PREV		24
# define REC_SITE		32
# define REC_FLAGS		40	/* flags and size: one 8-byte store */
# define REC_SIZE		44
# define REC_INV		48
# define INV_NAME		(REC_INV + 0)
# define INV_DEPTH		(REC_INV + 8)	/* depth and state */
# define INV_STATE		(REC_INV + 12)
# define INV_FRAME		(REC_INV + 16)
# define INV_TARGET		(REC_INV + 24)
# define INV_REGS		(REC_INV + 32)
# define INV_ARGS		(REC_INV + 40)
# define INV_RET		(REC_INV + 48)
# define REC_FRAME		112	/* sizeof, rounded up to 16 */
# define DESC_BODY		0
# define DESC_FRAME_SIZE	20
# define DESC_FRAME_ALIGN	24
# define DESC_ABI_VERSION	28
# define SITE_DESC		0
# define SITE_NAME		8
# define THR_TOP		0
# define THR_LAST		8
# define THR_ERRNO_P		16
#elif defined __i386__ || (defined __x86_64__ && defined __ILP32__)
# define REC_RET_ADDR		0
# define REC_SAVED_ANCHOR	4
# define REC_RA_SLOT		8
# define REC_UNWIND_ANCHOR	60
# define REC_PREV		12
# define REC_SITE		16
# define REC_FLAGS		20
# define REC_SIZE		24
# define REC_INV		28
# define INV_NAME		(REC_INV + 0)
# define INV_DEPTH		(REC_INV + 4)
# define INV_STATE		(REC_INV + 8)
# define INV_FRAME		(REC_INV + 12)
# define INV_TARGET		(REC_INV + 16)
# define INV_REGS		(REC_INV + 20)
# define INV_ARGS		(REC_INV + 24)
# define INV_RET		(REC_INV + 28)
# define REC_FRAME		64	/* sizeof, rounded up to 16 */
# define DESC_BODY		0
# define DESC_FRAME_SIZE	12
# define DESC_FRAME_ALIGN	16
# define DESC_ABI_VERSION	20
# define SITE_DESC		0
# define SITE_NAME		4
# define THR_TOP		0
# define THR_LAST		4
# define THR_ERRNO_P		8
#else
# error "interceptor runtime: unsupported architecture"
#endif

#define THR_STACK_SHIFT		20	/* log2 INTERCEPTOR_STACK_SIZE */
#define FAST_ABI_VERSION	1	/* INTERCEPTOR_RT_ABI_VERSION */
#define FAST_STACK_ALIGN	16	/* INTERCEPTOR_STACK_ALIGN */
#define FAST_HAS_EXIT		1	/* REC_HAS_EXIT */
#define FAST_IN_EXIT		2	/* REC_IN_EXIT */

#endif /* INTERCEPTOR_RECORD_OFFSETS_H */
