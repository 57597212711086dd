/* x86_64.cc -- interceptor stubs for x86_64 (SysV and ms_abi callers),
   called through target-x86.cc.

   A stub must hand the complete call state to the runtime's entry
   trampoline.  %r11 is the one register that neither convention uses
   for arguments, returns, the static chain (%r10) or callee-saved
   values, so it carries the site record; the jump goes through the GOT
   entry, which the dynamic linker binds at load time, because a lazily
   bound PLT slot may clobber %r11.  (leaq leaves the flags alone, which
   strict mode, SPEC 3.4, hands to the target too.)

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
icpt_x86_64_emit_stub (FILE *f, const char *name, const char *site_label,
		       bool strict)
{
  icpt_stub_begin (f, name, "endbr64");
  fprintf (f, "\tleaq\t%s(%%rip), %%r11\n", site_label);
  fprintf (f, "\tjmp\t*__interceptor_x86_64_%sentry@GOTPCREL(%%rip)\n",
	   strict ? "strict_" : "");
  icpt_stub_end (f, name);
}
