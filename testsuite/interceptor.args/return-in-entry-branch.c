/* { dg-do compile } */
/* GOTO_RETURN on a path of the entry part that has called no target:
   legal since fault injection (was
   interceptor.error/error-return-before-target-branch.c).  */

#include <interceptor.h>

extern int real (int);
static int disabled;

INTERCEPTOR (f)
{
  if (disabled)
    GOTO_RETURN ();
  GOTO_TARGET (real);
}
