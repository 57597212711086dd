/* fast-aux.c -- the interceptors of general-aux.c with bodies that call
   nothing and touch general registers only (so they take the fast
   path, x86_64/fast.S, and the GPR-only entry on i386).  Compiled as
   C.  Not a test itself.  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <interceptor.h>

void *uw_real[4];
unsigned long uw_entries[4], uw_exits[4], uw_bad;

static void __attribute__ ((constructor))
resolve (void)
{
  static const char *const names[4] = {
    "__cxa_throw", "__cxa_rethrow", "__gxx_personality_v0", "_Unwind_Resume"
  };
  for (int k = 0; k < 4; k++)
    if ((uw_real[k] = dlsym (RTLD_NEXT, names[k])) == NULL)
      __builtin_trap ();
}

#define COUNTING(k, name)						\
  MAX_RECURSION (0)							\
  INTERCEPTOR (name)							\
  {									\
    unsigned long tag = 0x5eed0000ul + k;				\
    __atomic_add_fetch (&uw_entries[k], 1, __ATOMIC_RELAXED);		\
    GOTO_TARGET (uw_real[k]);						\
    if (tag != 0x5eed0000ul + k || INTERCEPTED_DEPTH != 0)		\
      __atomic_add_fetch (&uw_bad, 1, __ATOMIC_RELAXED);		\
    __atomic_add_fetch (&uw_exits[k], 1, __ATOMIC_RELAXED);		\
    GOTO_RETURN ();							\
  }

COUNTING (0, __cxa_throw)
COUNTING (1, __cxa_rethrow)
COUNTING (2, __gxx_personality_v0)
COUNTING (3, _Unwind_Resume)
