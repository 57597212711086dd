/* x86_64.cc -- interceptor stubs for x86_64 (SysV and ms_abi callers),
   called through target-x86.cc.

   A stub must hand the complete call state to the runtime's entry
   trampoline.  %r11 is the one register that neither convention uses
   for arguments, returns, the static chain (%r10) or callee-saved
   values, so it carries the site record; the jump goes through the GOT
   entry, which the dynamic linker binds at load time, because a lazily
   bound PLT slot may clobber %r11.  (leaq leaves the flags alone, which
   strict mode, SPEC 3.4, hands to the target too.)

   A body that calls nothing and touches general registers only (a "GPR
   leaf", regs.cc) gets a stub of its own instead: it saves just the
   registers that body clobbers and calls the runtime's fast path
   (doc/INTERNALS.md, 7); a strict one enters the strict trampoline
   that leaves the x87 and vector state untouched instead of saving it.

   Copyright (C) 2026 the interceptor authors.  GPL-3.0-or-later.  */

#include "gcc-common.h"
#include "interceptor-plugin.h"

/* Called by target-x86.cc for 64-bit compilations.  */

bool
icpt_x86_64_supported_p (location_t loc)
{
  if (TARGET_X32)
    {
      error_at (loc, "interceptors are not supported for the x32 ABI");
      return false;
    }
  return true;
}

/* The registers that can carry part of the call state into a callee
   and that a body may clobber: the argument registers of both
   conventions, %al of varargs calls and the static chain.  (%r11 is
   the stubs' scratch register; the callee-saved ones a body restores
   itself.)  In the order the fast stubs push them.  */
static const struct
{
  unsigned int regno;
  const char *name;
  bool fast_path;		/* clobbered by __interceptor_x86_64_fast_entry
				   itself (rt/x86_64/fast.S) */
} icpt_x86_64_state_regs[] = {
  { AX_REG, "rax", true },
  { CX_REG, "rcx", true },
  { DX_REG, "rdx", true },
  { SI_REG, "rsi", true },
  { DI_REG, "rdi", true },
  { R8_REG, "r8", false },
  { R9_REG, "r9", false },
  { R10_REG, "r10", false },
};

/* The stub of a GPR leaf (regs.cc): save the registers the body or the
   runtime's fast path may clobber, call the fast path (which pushes the
   record, runs the entry part and returns where to go in %r11), restore
   them and jump.  The fast path takes
   the site in %r11 and the address of the caller's return address in
   %rax, and needs the stack aligned as at a function's entry.  */
static void
icpt_x86_64_emit_fast_stub (FILE *f, const char *name,
			    const char *site_label, const icpt_body *b)
{
  unsigned int i, n = ARRAY_SIZE (icpt_x86_64_state_regs);
  bool save[ARRAY_SIZE (icpt_x86_64_state_regs)];
  unsigned int slots = 0;

  icpt_stub_begin (f, name, "endbr64", b->weak);
  for (i = 0; i < n; i++)
    {
      save[i] = (icpt_x86_64_state_regs[i].fast_path
		 || TEST_HARD_REG_BIT (b->clobbered,
				       icpt_x86_64_state_regs[i].regno));
      if (!save[i])
	continue;
      fprintf (f, "\tpushq\t%%%s\n", icpt_x86_64_state_regs[i].name);
      fputs ("\t.cfi_adjust_cfa_offset 8\n", f);
      slots++;
    }
  /* The return address and SLOTS words: the call below must push the
     return address at an address that is 8 mod 16.  */
  bool pad = (slots % 2) == 0;
  if (pad)
    {
      fputs ("\tsubq\t$8, %rsp\n\t.cfi_adjust_cfa_offset 8\n", f);
      slots++;
    }
  fprintf (f, "\tleaq\t%u(%%rsp), %%rax\n", 8 * slots);
  fprintf (f, "\tleaq\t%s(%%rip), %%r11\n", site_label);
  fputs ("\tcall\t*__interceptor_x86_64_fast_entry@GOTPCREL(%rip)\n", f);
  if (pad)
    fputs ("\taddq\t$8, %rsp\n\t.cfi_adjust_cfa_offset -8\n", f);
  for (i = n; i-- > 0;)
    if (save[i])
      {
	fprintf (f, "\tpopq\t%%%s\n", icpt_x86_64_state_regs[i].name);
	fputs ("\t.cfi_adjust_cfa_offset -8\n", f);
      }
  fputs ("\tjmp\t*%r11\n", f);
  icpt_stub_end (f, name);
}

void
icpt_x86_64_emit_stub (FILE *f, const char *name, const char *site_label,
		       const icpt_body *b)
{
  if (!b->strict && b->leaf_gpr)
    {
      icpt_x86_64_emit_fast_stub (f, name, site_label, b);
      return;
    }
  icpt_stub_begin (f, name, "endbr64", b->weak);
  fprintf (f, "\tleaq\t%s(%%rip), %%r11\n", site_label);
  fprintf (f, "\tjmp\t*__interceptor_x86_64_%sentry@GOTPCREL(%%rip)\n",
	   !b->strict ? "" : b->leaf_gpr ? "strict_gpr_" : "strict_");
  icpt_stub_end (f, name);
}
