/* { dg-do compile } */
/* An exit part that falls off the end without GOTO_RETURN (SPEC 2.4):
   the return value would never reach the caller.  */

#include <interceptor.h>

extern int real (int);
static int count;

INTERCEPTOR (f)
{
  GOTO_TARGET (real);
  count++;
} /* { dg-error "exit part must end with .GOTO_RETURN" } */
