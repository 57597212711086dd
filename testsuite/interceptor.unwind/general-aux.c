/* general-aux.c -- the interceptors of counting-aux.h with bodies that
   call a function (so they take the general entry trampoline and
   return landing).  Compiled as C.  Not a test itself.  */

static void __attribute__ ((noinline, noclone))
note (unsigned long *c)
{
  __atomic_add_fetch (c, 1, __ATOMIC_RELAXED);
}

#define UW_NOTE(c) note (c)
#include "counting-aux.h"
