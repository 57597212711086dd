/* regs.cc -- the register pass: what each outlined body clobbers, read
   off its final RTL, so that the stubs save no more than that
   (doc/INTERNALS.md, 7).

   Runs on every body just before final, after register allocation and
   every pass that may still rename registers (cprop_hardreg, regrename,
   peephole2, sched2).  A body is a "GPR leaf" when its code calls
   nothing (no call insns: library calls, __tls_get_addr, the stack
   protector's failure call and instrumentation all are) and refers to
   no register outside the architecture's general registers
   (icpt_arch_gpr_regno_p: no vector, x87 or mask register, no
   vzeroupper).  Inline assembler makes a body no leaf: its template may
   do anything.  For a GPR leaf the set of call-clobbered registers it
   writes is recorded; the architecture's file decides what to do with
   it (x86_64.cc: a stub that saves that set and calls the runtime's
   fast path).

   Copyright (C) 2026 the interceptor authors.  GPL-3.0-or-later.  */

#include "gcc-common.h"
#include "interceptor-plugin.h"

/* Whether INSN refers to a hard register outside the general ones.  */
static bool
icpt_insn_non_gpr_p (rtx_insn *insn)
{
  subrtx_iterator::array_type array;

  FOR_EACH_SUBRTX (iter, array, PATTERN (insn), ALL)
    {
      const_rtx x = *iter;
      if (REG_P (x) && HARD_REGISTER_P (x))
	{
	  unsigned int regno = REGNO (x);
	  unsigned int end = END_REGNO (x);
	  for (; regno < end; regno++)
	    if (!icpt_arch_gpr_regno_p (regno))
	      return true;
	}
    }
  return false;
}

/* Whether INSN is inline assembler.  */
static bool
icpt_insn_asm_p (rtx_insn *insn)
{
  rtx pat = PATTERN (insn);

  return GET_CODE (pat) == ASM_INPUT || asm_noperands (pat) >= 0;
}

/* Fill B->leaf_gpr and B->clobbered from the current function's insns.  */
static void
icpt_scan_body (icpt_body *b)
{
  HARD_REG_SET set, insn_set;
  rtx_insn *insn;

  b->leaf_gpr = false;
  CLEAR_HARD_REG_SET (b->clobbered);
  CLEAR_HARD_REG_SET (set);
  for (insn = get_insns (); insn; insn = NEXT_INSN (insn))
    {
      if (!NONDEBUG_INSN_P (insn))
	continue;
      if (CALL_P (insn) || icpt_insn_asm_p (insn)
	  || icpt_insn_non_gpr_p (insn))
	return;
      /* (It clears its set first.)  */
      find_all_hard_reg_sets (insn, &insn_set, true);
      set |= insn_set;
    }
  /* The registers the body saves and restores itself (its ABI's
     callee-saved ones) do not count.  */
  for (unsigned int regno = 0; regno < FIRST_PSEUDO_REGISTER; regno++)
    if (TEST_HARD_REG_BIT (set, regno)
	&& (fixed_regs[regno] || crtl->abi->clobbers_full_reg_p (regno)))
      SET_HARD_REG_BIT (b->clobbered, regno);
  b->leaf_gpr = true;
}

namespace {

const pass_data icpt_regs_pass_data = {
  RTL_PASS,			/* type */
  "interceptor_regs",		/* name */
  OPTGROUP_NONE,		/* optinfo_flags */
  TV_NONE,			/* tv_id */
  0,				/* properties_required */
  0,				/* properties_provided */
  0,				/* properties_destroyed */
  0,				/* todo_flags_start */
  0,				/* todo_flags_finish */
};

class icpt_regs_pass : public rtl_opt_pass
{
public:
  icpt_regs_pass (gcc::context *ctxt)
    : rtl_opt_pass (icpt_regs_pass_data, ctxt)
  {
  }

  bool gate (function *fun) final override
  {
    icpt_body *b = icpt_lookup_body (fun->decl);
    return b != NULL && b->lowered && !b->failed;
  }

  unsigned int execute (function *fun) final override
  {
    icpt_scan_body (icpt_lookup_body (fun->decl));
    return 0;
  }
};

} // anon namespace

opt_pass *
icpt_make_regs_pass (gcc::context *ctxt)
{
  return new icpt_regs_pass (ctxt);
}
