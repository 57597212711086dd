/* vfork.c -- the parent of vfork drops what the child left on the
   thread's invocation stack.

   The child of vfork shares its parent's memory and runs on its stack
   until it execs or exits, so it also shares the thread's invocation
   stack: the records it pushes for interceptors it calls are popped as
   they return, but one for an exit-part interceptor of execve (which
   never returns in the child) stays.  The parent, going on from vfork,
   would find it on top of its own records with a return-address slot
   that, in stack memory the parent has reserved but not yet written,
   still looks live: a wrong INTERCEPTED_DEPTH, and a recursion limit
   exceeded.  So the target of an interceptor of vfork that is the C
   library's vfork becomes __interceptor_vfork (<arch>/vfork.S), which
   makes the same system call and, in the parent, calls
   __interceptor_vfork_parent with the record that was topmost before
   it.  The plugin has every interceptor that names vfork pass its
   target through __interceptor_vfork_target (split.cc).

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include <stdint.h>

#include "interceptor-rt.h"

extern char __interceptor_vfork[] INTERCEPTOR_HIDDEN;

/* The C library's vfork, and its alias __vfork, found once per process
   (symbols.c: without calling anything a shim may intercept); 1 where
   there is none.  */
static void *libc_vfork[2];

static void *
libc_function (int i, const char *name)
{
  void *p = __atomic_load_n (&libc_vfork[i], __ATOMIC_RELAXED);

  if (p == NULL)
    {
      p = __interceptor_dependency_function (name);
      if (p == NULL)
	p = (void *) 1;
      __atomic_store_n (&libc_vfork[i], p, __ATOMIC_RELAXED);
    }
  return p;
}

void *
__interceptor_vfork_target (void *target)
{
  if (target != NULL
      && (target == libc_function (0, "vfork")
	  || target == libc_function (1, "__vfork")))
    return __interceptor_vfork;
  return target;
}

/* In the parent: LAST was the thread's topmost record when vfork was
   called; pop whatever the child pushed above it.  No signal handler
   of the parent has run since (the parent was suspended), so anything
   above LAST is the child's.  */
void INTERCEPTOR_HIDDEN
__interceptor_vfork_parent (struct __interceptor_record *last)
{
  struct __interceptor_thread *thr = &__interceptor_thread_state;
  char *top = RT_LOAD (&thr->top);

  if (RT_LOAD (&thr->last) == last || top == NULL)
    return;
  if (last != NULL)
    pop_to (thr, last);
  else
    {
      RT_STORE (&thr->last, NULL);
      RT_FENCE ();
      RT_STORE (&thr->top, RT_STACK_BASE (top));
      RT_FENCE ();
    }
}

/* vfork failed with ERR: errno, and -1, as the C library's does.  */
int INTERCEPTOR_HIDDEN
__interceptor_vfork_error (int err)
{
  *__interceptor_errno_address () = err;
  return -1;
}
