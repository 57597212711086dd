/* x86_64.cc -- interceptor stubs for x86_64 (SysV and ms_abi callers),
   called through target-x86.cc.

   A stub must hand the complete call state to the runtime's entry
   trampoline.  %r11 is the one register that neither convention uses
   for arguments, returns, the static chain (%r10) or callee-saved
   values, so it carries the site record; the jump goes through the GOT
   entry, which the dynamic linker binds at load time, because a lazily
   bound PLT slot may clobber %r11.

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

void
icpt_x86_64_emit_stub (FILE *f, const char *name, const char *site_label)
{
  if (flag_function_sections)
    fprintf (f, "\t.pushsection\t.text.%s,\"ax\",@progbits\n", name);
  else
    fputs ("\t.pushsection\t.text\n", f);
  fprintf (f, "\t.globl\t%s\n", name);
  fprintf (f, "\t.type\t%s, @function\n", name);
  fputs ("\t.p2align\t4\n", f);
  fprintf (f, "%s:\n", name);
  fputs ("\t.cfi_startproc\n", f);
  if (flag_cf_protection & CF_BRANCH)
    fputs ("\tendbr64\n", f);
  fprintf (f, "\tleaq\t%s(%%rip), %%r11\n", site_label);
  fputs ("\tjmp\t*__interceptor_x86_64_entry@GOTPCREL(%rip)\n", f);
  fputs ("\t.cfi_endproc\n", f);
  fprintf (f, "\t.size\t%s, .-%s\n", name, name);
  fputs ("\t.popsection\n", f);
}
