/* { dg-do compile } */
/* Functions that return twice (GCC's list: setjmp, sigsetjmp, savectx,
   vfork, getcontext, with one or two leading underscores) cannot have
   an exit part: the second return would come back into an invocation
   that has ended.  An error at the interceptor for each such name, with
   a note at the GOTO_TARGET whose exit part it is; names that do not
   return twice, transparent interceptors of those that do and a
   GOTO_RETURN in the entry part draw nothing.  */

#include <interceptor.h>

extern void *real_fn;
static int count;

INTERCEPTOR (vfork) /* { dg-error "'vfork' returns twice, so interceptor 'vfork' cannot have an exit part: the second return would come back into an invocation that has ended" } */
{
  GOTO_TARGET (real_fn); /* { dg-message "the exit part of this 'GOTO_TARGET'; make the interceptor transparent \\(nothing after 'GOTO_TARGET', not even 'GOTO_RETURN\\(\\)'\\), or intercept 'vfork' in a transparent interceptor of its own" } */
  GOTO_RETURN ();		/* an empty exit part is one */
}

/* Several names, one of which returns twice: one error, naming it.  */
INTERCEPTOR (open, __sigsetjmp, close) /* { dg-error "'__sigsetjmp' returns twice, so interceptor 'open, __sigsetjmp, close' cannot have an exit part" } */
{
  GOTO_TARGET (real_fn); /* { dg-message "intercept '__sigsetjmp' in a transparent interceptor" } */
  count++;
  GOTO_RETURN ();
}

/* Two of them, and an exit part on one path only.  */
INTERCEPTOR (read, _setjmp, getcontext) /* { dg-error "'_setjmp' returns twice" } */
{ /* { dg-error "'getcontext' returns twice" "" { target *-*-* } 30 } */
  if (count)
    GOTO_TARGET (real_fn);	/* transparent */
  else
    {
      GOTO_TARGET (real_fn); /* { dg-message "the exit part of this 'GOTO_TARGET'" } */
      count--;
      GOTO_RETURN ();
    }
}

/* The underscored forms: glibc exports __vfork.  */
INTERCEPTOR (__vfork) /* { dg-error "'__vfork' returns twice" } */
{
  GOTO_TARGET (real_fn); /* { dg-message "exit part of this" } */
  count++;
  GOTO_RETURN ();
}

INTERCEPTOR (savectx) /* { dg-error "'savectx' returns twice" } */
{
  GOTO_TARGET (real_fn); /* { dg-message "exit part of this" } */
  count++;
  GOTO_RETURN ();
}

/* Transparent: fine.  */
INTERCEPTOR (setjmp, _setjmp, __setjmp, sigsetjmp, __sigsetjmp, vfork, __vfork,
	     getcontext, __getcontext, savectx)
{
  count++;
  GOTO_TARGET (real_fn);
}

/* A GOTO_RETURN in the entry part calls no target: fine.  */
INTERCEPTOR (_vfork)
{
  if (count > 10)
    GOTO_RETURN ();
  GOTO_TARGET (real_fn);
}

/* Names that merely look alike return once: fine.  */
INTERCEPTOR (setjmpx, xvfork, ___setjmp, longjmp, siglongjmp, setcontext,
	     swapcontext, makecontext, fork)
{
  GOTO_TARGET (real_fn);
  count++;
  GOTO_RETURN ();
}
