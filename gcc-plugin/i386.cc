/* i386.cc -- interceptor stubs for i386 (-m32): cdecl, stdcall,
   fastcall, thiscall, regparm(1..3) and sseregparm callers, and nested
   functions' static chain.

   Between them these conventions use every one of %eax, %ecx and %edx
   for arguments (and %ecx for the static chain), so the stub may clobber
   no register at all.  It reserves two slots ABOVE the stack pointer by
   pushing, saves %ebx (callee-saved, so usable once saved), finds the
   GOT with a pc thunk of its own (a real call/ret pair: no return-stack
   imbalance), writes the site record's address and the address of the
   runtime's entry trampoline (read from the GOT, which the dynamic
   linker fills at load time: a lazily bound PLT slot would need %ebx and
   may clobber registers) into the slots, restores %ebx and `ret's into
   the trampoline, which finds the site record on top of the stack and
   the caller's return address above it:

	name:	endbr32				# with -fcf-protection=branch
		pushl	$0			# site slot
		pushl	$0			# entry slot
		pushl	%ebx
		call	.Lsite_pc		# %ebx = the next instruction
		addl	$_GLOBAL_OFFSET_TABLE_, %ebx
		pushl	__interceptor_i386_entry@GOT(%ebx)
		popl	4(%esp)			# -> entry slot
		leal	.Lsite@GOTOFF(%ebx), %ebx
		movl	%ebx, 8(%esp)		# -> site slot
		popl	%ebx
		ret				# to the entry trampoline
	.Lsite_pc:
		movl	(%esp), %ebx
		ret

   Nothing live is ever below %esp, so a signal may arrive at any
   instruction; the CFI describes every one of them.  The sequence is
   position-independent and works in executables and shared objects
   alike.  It clobbers the arithmetic flags (addl), which no convention
   passes; the stub of a strict interceptor (SPEC 3.4: the target sees
   the caller's flags too) keeps them with a pushfl/popfl pair around
   the sequence and enters __interceptor_i386_strict_entry instead.
   The stub of a body that calls nothing and touches general registers
   only (regs.cc) enters __interceptor_i386_gpr_entry, which saves no
   vector, x87 or MMX state (strict: __interceptor_i386_strict_gpr_entry).

   Copyright (C) 2026 the interceptor authors.  GPL-3.0-or-later.  */

#include "gcc-common.h"
#include "interceptor-plugin.h"

/* Called by target-x86.cc for 32-bit compilations.  */

bool
icpt_i386_supported_p (location_t)
{
  return true;
}

void
icpt_i386_emit_stub (FILE *f, const char *name, const char *site_label,
		     const icpt_body *b)
{
  bool strict = b->strict;
  /* A GPR leaf (regs.cc) enters the trampoline that saves no vector,
     x87 or MMX state.  */
  const char *entry = (strict ? (b->leaf_gpr ? "strict_gpr_entry"
				 : "strict_entry")
		       : b->leaf_gpr ? "gpr_entry" : "entry");
  /* The slots of the site, of the entry and (strict) of %ebx lie at
     these offsets from %esp once everything is pushed.  */
  int sl = strict ? 4 : 0;

  icpt_stub_begin (f, name, "endbr32", b->weak);
  fputs ("\tpushl\t$0\n\t.cfi_adjust_cfa_offset 4\n", f);
  fputs ("\tpushl\t$0\n\t.cfi_adjust_cfa_offset 4\n", f);
  if (strict)
    fputs ("\tpushfl\n\t.cfi_adjust_cfa_offset 4\n", f);
  fputs ("\tpushl\t%ebx\n\t.cfi_adjust_cfa_offset 4\n"
	 "\t.cfi_rel_offset %ebx, 0\n", f);
  fprintf (f, "\tcall\t%s_pc\n", site_label);
  fputs ("\taddl\t$_GLOBAL_OFFSET_TABLE_, %ebx\n", f);
  fprintf (f, "\tpushl\t__interceptor_i386_%s@GOT(%%ebx)\n"
	   "\t.cfi_adjust_cfa_offset 4\n", entry);
  fprintf (f, "\tpopl\t%d(%%esp)\n\t.cfi_adjust_cfa_offset -4\n", 4 + sl);
  fprintf (f, "\tleal\t%s@GOTOFF(%%ebx), %%ebx\n", site_label);
  fprintf (f, "\tmovl\t%%ebx, %d(%%esp)\n", 8 + sl);
  fputs ("\tpopl\t%ebx\n\t.cfi_adjust_cfa_offset -4\n"
	 "\t.cfi_restore %ebx\n", f);
  if (strict)
    fputs ("\tpopfl\n\t.cfi_adjust_cfa_offset -4\n", f);
  fputs ("\tret\n", f);
  icpt_stub_end (f, name);
  /* The pc thunk, with a frame description of its own.  */
  fputs ("\t.cfi_startproc\n", f);
  fprintf (f, "%s_pc:\n", site_label);
  fputs ("\tmovl\t(%esp), %ebx\n\tret\n", f);
  fputs ("\t.cfi_endproc\n", f);
}
