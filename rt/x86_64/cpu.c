/* x86_64/cpu.c -- how much vector state the x86_64 trampolines save:
   see x86/vec-level.h.  Compiled with -mgeneral-regs-only.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include "interceptor-rt.h"

#ifndef __x86_64__
# error "x86_64/cpu.c is for x86_64"
#endif

#define ICPT_VEC_LEVEL __interceptor_x86_64_vec_level
#define ICPT_VEC_DETECT __interceptor_x86_64_detect
#define ICPT_XSAVE_KIND __interceptor_x86_64_xsave_kind
#define ICPT_XSAVE_MASK __interceptor_x86_64_xsave_mask
#define ICPT_XSAVE_SIZE __interceptor_x86_64_xsave_size
#include "x86/vec-level.h"
