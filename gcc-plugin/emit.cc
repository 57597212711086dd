/* emit.cc -- write each interceptor's descriptor, site records and
   stubs into the assembler output at the end of the unit.

   By PLUGIN_FINISH_UNIT every function has been output, so the bodies
   exist under their assembler names.  The data layout is
   struct __interceptor_desc / struct __interceptor_site of
   doc/INTERNALS.md; the stubs come from the architecture's file.

   Copyright (C) 2026 the interceptor authors.  GPL-3.0-or-later.  */

#include "gcc-common.h"
#include "interceptor-plugin.h"

const char *
icpt_site_label (unsigned body, unsigned name)
{
  static char buf[64];
  snprintf (buf, sizeof buf, ".L__interceptor_site_%u_%u", body, name);
  return buf;
}

/* Print S as a .string operand.  */
static void
icpt_emit_string (FILE *f, const char *label, const char *s)
{
  fprintf (f, "%s:\n\t.string\t\"", label);
  for (; *s; s++)
    if (*s == '"' || *s == '\\')
      fprintf (f, "\\%c", *s);
    else if (ISPRINT (*s))
      fputc (*s, f);
    else
      fprintf (f, "\\%03o", (unsigned char) *s);
  fputs ("\"\n", f);
}

/* Is NAME defined by something else in this unit?  */
static bool
icpt_name_taken_p (const char *name, location_t loc)
{
  symtab_node *node = symtab_node::get_for_asmname (get_identifier (name));
  if (node && node->definition)
    {
      error_at (loc, "%<INTERCEPTOR%> exports %qs, which this translation unit "
		"also defines", name);
      inform (DECL_SOURCE_LOCATION (node->decl), "%qs defined here", name);
      return true;
    }
  /* A C++ function of that name (with another symbol, its mangled
     name) defined here: the unit's calls of NAME reach it, not the
     stub.  */
  cgraph_node *cnode;
  FOR_EACH_DEFINED_FUNCTION (cnode)
    {
      tree d = cnode->decl;
      if (DECL_NAME (d) && id_equal (DECL_NAME (d), name)
	  && !(DECL_CONTEXT (d) && TYPE_P (DECL_CONTEXT (d))))
	{
	  error_at (loc, "%<INTERCEPTOR%> exports %qs, and this translation "
		    "unit also defines a function %qD of another symbol "
		    "(%qE), which its calls of %qs reach instead of the "
		    "stub; rename one of them", name, d,
		    DECL_ASSEMBLER_NAME (d), name);
	  inform (DECL_SOURCE_LOCATION (d), "%qD defined here", d);
	  return true;
	}
    }
  /* A variable declared after the body (attribs.cc checks those
     declared before): its readers would read the stub.  */
  if (node && is_a <varpool_node *> (node))
    {
      error_at (loc, "%<INTERCEPTOR%> exports %qs as a function, but this "
		"translation unit uses %qs as a variable", name, name);
      inform (DECL_SOURCE_LOCATION (node->decl), "%qs declared here", name);
      return true;
    }
  return false;
}

/* The ELF function symbol NAME around an architecture's stub code:
   global (weak for WEAK), default visibility, typed, sized, with a frame description
   (SPEC 2.1) and, for -fcf-protection=branch, the architecture's ENDBR
   instruction first.  */
void
icpt_stub_begin (FILE *f, const char *name, const char *endbr, bool weak)
{
  fprintf (f, "\t%s\t%s\n", weak ? ".weak" : ".globl", name);
  fprintf (f, "\t.type\t%s, @function\n", name);
  fputs ("\t.p2align\t4\n", f);
  fprintf (f, "%s:\n", name);
  fputs ("\t.cfi_startproc\n", f);
  if (flag_cf_protection & CF_BRANCH)
    fprintf (f, "\t%s\n", endbr);
}

void
icpt_stub_end (FILE *f, const char *name)
{
  fputs ("\t.cfi_endproc\n", f);
  fprintf (f, "\t.size\t%s, .-%s\n", name, name);
}

static void
icpt_emit_body (FILE *f, unsigned idx, icpt_body *b)
{
  const char *ptr = integer_asm_op (POINTER_SIZE_UNITS, true);
  const char *body_name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (b->fndecl));
  char label[64];
  unsigned j;
  char *name;

  fprintf (f, "\n# interceptor %s\n", b->label);
  fputs ("\t.pushsection\t.rodata.str1.1,\"aMS\",@progbits,1\n", f);
  snprintf (label, sizeof label, ".L__interceptor_label_%u", idx);
  icpt_emit_string (f, label, b->label);
  FOR_EACH_VEC_ELT (b->names, j, name)
    {
      snprintf (label, sizeof label, ".L__interceptor_name_%u_%u", idx, j);
      icpt_emit_string (f, label, name);
    }
  fputs ("\t.popsection\n", f);

  /* Relocated pointers: read-only after relocation.  */
  fputs ("\t.pushsection\t.data.rel.ro.local,\"aw\"\n", f);
  fprintf (f, "\t.balign\t%d\n", POINTER_SIZE_UNITS);
  fprintf (f, ".L__interceptor_desc_%u:\n", idx);
  fprintf (f, "%s", ptr);
  assemble_name (f, body_name);
  fprintf (f, "\n%s.L__interceptor_label_%u\n", ptr, idx);
  fprintf (f, "\t.long\t%u, %u, %u, %u\n", b->max_recursion,
	   (unsigned) b->frame_size, b->frame_align, ICPT_ABI_VERSION);
  FOR_EACH_VEC_ELT (b->names, j, name)
    {
      fprintf (f, "%s:\n", icpt_site_label (idx, j));
      fprintf (f, "%s.L__interceptor_desc_%u\n", ptr, idx);
      fprintf (f, "%s.L__interceptor_name_%u_%u\n", ptr, idx, j);
    }
  fputs ("\t.popsection\n", f);

  FOR_EACH_VEC_ELT (b->names, j, name)
    {
      if (flag_function_sections)
	fprintf (f, "\t.pushsection\t.text.%s,\"ax\",@progbits\n", name);
      else
	fputs ("\t.pushsection\t.text\n", f);
      icpt_arch_emit_stub (f, name, icpt_site_label (idx, j), b);
      fputs ("\t.popsection\n", f);
    }
}

/* -fcf-protection=return|full makes the target's file_end, which runs
   right after PLUGIN_FINISH_UNIT, mark the object as compatible with
   shadow stacks (GNU_PROPERTY_X86_FEATURE_1_SHSTK).  An exit part
   replaces a return address while its target runs, which a shadow stack
   would refuse: drop the claim and say why, once per unit.  Indirect
   branch tracking stays (the stubs start with endbr).  */
static void
icpt_drop_shstk_claim (void)
{
  unsigned i;
  icpt_body *b;

  if (!(flag_cf_protection & CF_RETURN))
    return;
  FOR_EACH_VEC_ELT (icpt_bodies, i, b)
    if (b->has_exit)
      {
	flag_cf_protection
	  = (enum cf_protection_level) (flag_cf_protection & ~CF_RETURN);
	auto_diagnostic_group d;
	if (warning_at (b->loc, 0, "object not marked SHSTK-compatible "
			"despite %<-fcf-protection%>: interceptor %qs has an "
			"exit part, which rewrites a return address while its "
			"target runs", b->label))
	  {
	    if (icpt_arch_stubs_shstk_p ())
	      inform (b->loc, "interceptors without exit parts keep the "
		      "shadow-stack marking; %<-fcf-protection=branch%> "
		      "asks for indirect branch tracking only");
	    else
	      inform (b->loc, "%<-fcf-protection=branch%> asks for indirect "
		      "branch tracking only");
	  }
	return;
      }
  /* Interceptors without exit parts: only where the stubs themselves
     keep calls and returns paired.  */
  if (!icpt_arch_stubs_shstk_p () && icpt_bodies.length () > 0)
    {
      b = icpt_bodies[0];
      flag_cf_protection
	= (enum cf_protection_level) (flag_cf_protection & ~CF_RETURN);
      auto_diagnostic_group d;
      if (warning_at (b->loc, 0, "object not marked SHSTK-compatible "
		      "despite %<-fcf-protection%>: interceptor stubs on "
		      "this target return into the runtime%'s trampolines"))
	inform (b->loc, "%<-fcf-protection=branch%> asks for indirect "
		"branch tracking only");
    }
}

void
icpt_finish_unit (void *, void *)
{
  unsigned i, j;
  icpt_body *b;
  char *name;
  hash_set<nofree_string_hash> seen;

  if (seen_error () || flag_syntax_only || !asm_out_file)
    return;

  FOR_EACH_VEC_ELT (icpt_bodies, i, b)
    {
      if (b->failed)
	continue;
      if (!b->lowered || !TREE_ASM_WRITTEN (b->fndecl))
	{
	  error_at (b->loc, "interceptor %qs was not compiled (is its body "
		    "unreachable from any output?)", b->label);
	  continue;
	}
      FOR_EACH_VEC_ELT (b->names, j, name)
	if (seen.add (name))
	  error_at (b->loc, "%qs is intercepted twice in this translation "
		    "unit", name);
	else
	  icpt_name_taken_p (name, b->loc);
    }
  if (seen_error ())
    return;

  FOR_EACH_VEC_ELT (icpt_bodies, i, b)
    icpt_emit_body (asm_out_file, i, b);
  icpt_drop_shstk_claim ();
}
