/* counting-aux.h -- the interceptors of general-aux.c and fast-aux.c:
   __cxa_throw, __cxa_rethrow, __gxx_personality_v0 and _Unwind_Resume,
   each with an exit part.  UW_NOTE (counter) counts: a call in
   general-aux.c (the general entry trampoline and return landing), an
   atomic add in fast-aux.c (a body that calls nothing: the fast path,
   x86_64/fast.S, and the GPR-only entry on i386).  Not a test itself.  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <interceptor.h>

/* 0 __cxa_throw, 1 __cxa_rethrow, 2 __gxx_personality_v0,
   3 _Unwind_Resume.  */
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

/* The entry part counts and keeps a local; the exit part (which runs
   for the personality routine only: the others never return) checks
   the local and the depth.  MAX_RECURSION (0): an invocation an
   exception left must not count any more.  */
#define COUNTING(k, name)						\
  MAX_RECURSION (0)							\
  INTERCEPTOR (name)							\
  {									\
    unsigned long tag = 0x5eed0000ul + k;				\
    UW_NOTE (&uw_entries[k]);						\
    GOTO_TARGET (uw_real[k]);						\
    if (tag != 0x5eed0000ul + k || INTERCEPTED_DEPTH != 0)		\
      UW_NOTE (&uw_bad);						\
    UW_NOTE (&uw_exits[k]);						\
    GOTO_RETURN ();							\
  }

COUNTING (0, __cxa_throw)
COUNTING (1, __cxa_rethrow)
COUNTING (2, __gxx_personality_v0)
COUNTING (3, _Unwind_Resume)
