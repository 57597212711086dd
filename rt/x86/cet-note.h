/* x86/cet-note.h -- the GNU property note and the non-executable-stack
   marker that end every x86 assembler file of the runtime.  Included
   last, from the .S files only.

   With -fcf-protection the objects claim indirect-branch tracking
   (every entry the stubs jump to starts with endbr64; the i386
   trampolines are entered by `ret'), never the shadow stack: the stubs
   and trampolines rewrite return addresses (and on i386 `ret' into
   each other).  The linker ANDs the notes of all objects, so every
   file needs its own.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#if defined __CET__ && (__CET__ & 1)
# ifdef __x86_64__
#  define CET_NOTE_ALIGN 3
#  define CET_DESC_SIZE 16
# else
#  define CET_NOTE_ALIGN 2
#  define CET_DESC_SIZE 12
# endif
	.section .note.gnu.property, "a"
	.p2align CET_NOTE_ALIGN
	.long	4		/* name size */
	.long	CET_DESC_SIZE	/* descriptor size */
	.long	5		/* NT_GNU_PROPERTY_TYPE_0 */
	.asciz	"GNU"
	.long	0xc0000002	/* GNU_PROPERTY_X86_FEATURE_1_AND */
	.long	4
	.long	1		/* GNU_PROPERTY_X86_FEATURE_1_IBT */
	.p2align CET_NOTE_ALIGN
#endif

	.section .note.GNU-stack, "", @progbits
