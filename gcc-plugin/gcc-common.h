/* gcc-common.h -- GCC headers in a working order, and the differences
   between the GCC versions the interceptor plugin supports.

   Every plugin source includes this file first and nothing of GCC's
   directly, so that a new GCC release is handled here alone.  */

#ifndef INTERCEPTOR_GCC_COMMON_H
#define INTERCEPTOR_GCC_COMMON_H

#include "gcc-plugin.h"
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "c-family/c-common.h"
#include "gimple.h"
#include "tree-pass.h"
#include "context.h"
#include "diagnostic-core.h"
#include "stringpool.h"
#include "attribs.h"
#include "stor-layout.h"
#include "fold-const.h"
#include "gimple-iterator.h"
#include "gimplify.h"
#include "gimple-pretty-print.h"
#include "tree-iterator.h"
#include "tree-cfg.h"
#include "cfganal.h"
#include "cfgloop.h"
#include "cgraph.h"
#include "varasm.h"
#include "output.h"
#include "langhooks.h"
#include "flags.h"
#include "opts.h"
#include "options.h"
#include "rtl.h"
#include "rtl-iter.h"
#include "memmodel.h"
#include "emit-rtl.h"
#include "hard-reg-set.h"
#include "regs.h"
#include "function-abi.h"
#include "calls.h"

#if BUILDING_GCC_VERSION < ICPT_OLDEST_GCC * 1000
# error "the interceptor plugin needs a newer GCC (configure says which)"
#endif

/* Keep -Wreturn-type quiet about a function the plugin rewrites.  */
#if BUILDING_GCC_VERSION >= 12000
# define icpt_suppress_return_warning(decl) \
  suppress_warning ((decl), OPT_Wreturn_type)
#else
# define icpt_suppress_return_warning(decl) (TREE_NO_WARNING (decl) = 1)
#endif

/* GCC 15 gave the C++ loops whose condition declares a variable
   ("while (T v = f ())") two more operands: the statements that run
   before each test of the condition (the declaration) and the cleanup
   after it.  The addresses of those operands, or null before GCC 15,
   where the declaration is part of the condition.  */
#if BUILDING_GCC_VERSION >= 15000
# define icpt_for_cond_prep(t) (&FOR_COND_PREP (t))
# define icpt_for_cond_cleanup(t) (&FOR_COND_CLEANUP (t))
# define icpt_while_cond_prep(t) (&WHILE_COND_PREP (t))
# define icpt_while_cond_cleanup(t) (&WHILE_COND_CLEANUP (t))
#else
# define icpt_for_cond_prep(t) ((tree *) NULL)
# define icpt_for_cond_cleanup(t) ((tree *) NULL)
# define icpt_while_cond_prep(t) ((tree *) NULL)
# define icpt_while_cond_cleanup(t) ((tree *) NULL)
#endif

#endif /* INTERCEPTOR_GCC_COMMON_H */
