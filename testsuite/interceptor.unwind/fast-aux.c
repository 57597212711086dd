/* fast-aux.c -- the interceptors of counting-aux.h with bodies that call
   nothing and touch general registers only (so they take the fast path,
   x86_64/fast.S, and the GPR-only entry on i386).  Compiled as C.  Not
   a test itself.  */

#define UW_NOTE(c) __atomic_add_fetch ((c), 1, __ATOMIC_RELAXED)
#include "counting-aux.h"
