/* target-x86.cc -- the architecture hooks of interceptor-plugin.h for
   GCC's x86 back end, which serves both x86_64 (-m64) and i386 (-m32)
   compilations with one cc1: dispatch on TARGET_64BIT to x86_64.cc or
   i386.cc.

   Copyright (C) 2026 the interceptor authors.  GPL-3.0-or-later.  */

#include "gcc-common.h"
#include "interceptor-plugin.h"

bool
icpt_arch_supported_p (location_t loc)
{
  if (TARGET_64BIT)
    return icpt_x86_64_supported_p (loc);
  return icpt_i386_supported_p (loc);
}

/* x86_64 stubs jump; i386 stubs `ret' into the entry trampoline, which
   `ret's into the target: no shadow stack (Linux has none for 32-bit
   processes anyway).  */
bool
icpt_arch_stubs_shstk_p (void)
{
  return TARGET_64BIT;
}

void
icpt_arch_emit_stub (FILE *f, const char *name, const char *site_label,
		     const icpt_body *b)
{
  if (TARGET_64BIT)
    icpt_x86_64_emit_stub (f, name, site_label, b);
  else
    icpt_i386_emit_stub (f, name, site_label, b);
}

/* The general registers and the flags (which no stub keeps outside
   strict mode); not the x87, MMX, SSE/AVX or mask registers.  */
bool
icpt_arch_gpr_regno_p (unsigned int regno)
{
  return GENERAL_REGNO_P (regno) || regno == FLAGS_REG;
}
