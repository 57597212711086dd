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

/* The conventions <interceptor.h> encodes for x86 (__INTERCEPTOR_CONV_*
   there, decoded by rt/access.c): sysv_abi and ms_abi for -m64; cdecl,
   stdcall, fastcall, thiscall, regparm(0-3) and sseregparm for -m32,
   combined as GCC's attributes combine.  */
static const char *const icpt_x86_64_convs[] = { "sysv_abi", "ms_abi", NULL };
static const char *const icpt_i386_kinds[] = {
  "cdecl", "stdcall", "fastcall", "thiscall", NULL
};

static bool
icpt_in_list_p (const char *name, const char *const *list)
{
  for (; *list; list++)
    if (strcmp (name, *list) == 0)
      return true;
  return false;
}

bool
icpt_arch_check_convention (location_t loc, const vec<icpt_conv_item> &items)
{
  const char *kind = NULL, *regparm = NULL;

  for (unsigned i = 0; i < items.length (); i++)
    {
      const icpt_conv_item *it = &items[i];
      bool i386_name = (icpt_in_list_p (it->name, icpt_i386_kinds)
			|| strcmp (it->name, "regparm") == 0
			|| strcmp (it->name, "sseregparm") == 0);
      bool x86_64_name = icpt_in_list_p (it->name, icpt_x86_64_convs);
      if (!i386_name && !x86_64_name)
	{
	  error_at (loc, "%qs is not a calling convention "
		    "%<INTERCEPTOR_CONVENTION%> knows: 64-bit code has "
		    "%<sysv_abi%> (the default) and %<ms_abi%>; i386 code has "
		    "%<cdecl%> (the default), %<stdcall%>, %<fastcall%>, "
		    "%<thiscall%>, %<regparm(n)%> and %<sseregparm%>",
		    it->name);
	  return false;
	}
      if (TARGET_64BIT && !x86_64_name)
	{
	  error_at (loc, "%qs is an i386 convention: 64-bit code has "
		    "%<sysv_abi%> (the default) and %<ms_abi%>", it->name);
	  return false;
	}
      if (!TARGET_64BIT && !i386_name)
	{
	  error_at (loc, "%qs is a 64-bit convention: i386 code has "
		    "%<cdecl%> (the default), %<stdcall%>, %<fastcall%>, "
		    "%<thiscall%>, %<regparm(n)%> and %<sseregparm%>",
		    it->name);
	  return false;
	}
      if (strcmp (it->name, "regparm") == 0)
	{
	  if (it->arg < 0 || it->arg > 3)
	    {
	      error_at (loc, "%<regparm%> takes the number of registers, "
			"0 to 3, as in %<regparm(2)%>");
	      return false;
	    }
	  regparm = it->name;
	  continue;
	}
      if (it->arg >= 0)
	{
	  error_at (loc, "%qs takes no argument", it->name);
	  return false;
	}
      if (strcmp (it->name, "sseregparm") == 0)
	continue;
      if (kind)
	{
	  error_at (loc, "%qs and %qs do not combine: a function has one "
		    "convention", kind, it->name);
	  return false;
	}
      kind = it->name;
    }
  if (regparm && kind
      && (strcmp (kind, "fastcall") == 0 || strcmp (kind, "thiscall") == 0))
    {
      error_at (loc, "%<fastcall%> and %<thiscall%> do not combine with "
		"%<regparm%>");
      return false;
    }
  return true;
}
