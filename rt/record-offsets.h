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
#elif defined __i386__ || (defined __x86_64__ && defined __ILP32__)
# define REC_RET_ADDR		0
# define REC_SAVED_ANCHOR	4
# define REC_RA_SLOT		8
#else
# error "interceptor runtime: unsupported architecture"
#endif

#endif /* INTERCEPTOR_RECORD_OFFSETS_H */
