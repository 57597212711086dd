/* { dg-do compile } */
/* GOTO_RETURN where no target has been called (SPEC 2.4): since fault
   injection, legal -- the invocation returns INTERCEPTED_SET_RETURN's
   value, here the default 0, without calling any target.  (Was
   interceptor.error/error-return-before-target.c.)  */

#include <interceptor.h>

INTERCEPTOR (f)
{
  GOTO_RETURN ();
}
