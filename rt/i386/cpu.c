/* i386/cpu.c -- how much vector state the i386 trampolines save:
   see x86/vec-level.h.  Compiled with -mgeneral-regs-only.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include "interceptor-rt.h"

#ifndef __i386__
# error "i386/cpu.c is for i386"
#endif

#define ICPT_VEC_LEVEL __interceptor_i386_vec_level
#define ICPT_VEC_DETECT __interceptor_i386_detect
#define ICPT_XSAVE_KIND __interceptor_i386_xsave_kind
#define ICPT_XSAVE_MASK __interceptor_i386_xsave_mask
#define ICPT_XSAVE_SIZE __interceptor_i386_xsave_size
#include "x86/vec-level.h"
