/* { dg-do compile } */
/* setjmp in the entry part of an interceptor whose exit part calls a
   function, which might longjmp back into the entry part after its
   frame is gone (interceptor(7), DIAGNOSTICS).  setjmp in the exit part,
   or in a transparent interceptor, is fine.  */

#include <setjmp.h>
#include <interceptor.h>

extern int real (int);
extern void helper (void);
static jmp_buf jb;

INTERCEPTOR (f)
{
  setjmp (jb);			/* { dg-error "in the entry part of an interceptor whose exit part calls functions" } */
  GOTO_TARGET (real);
  helper ();
  GOTO_RETURN ();
}

INTERCEPTOR (g)
{
  GOTO_TARGET (real);
  if (setjmp (jb) == 0)
    helper ();
  GOTO_RETURN ();
}

INTERCEPTOR (h)
{
  if (setjmp (jb) == 0)
    helper ();
  GOTO_TARGET (real);
}
