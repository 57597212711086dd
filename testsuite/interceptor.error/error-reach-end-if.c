/* { dg-do compile } */
/* A path through the entry part that reaches neither GOTO_TARGET nor
   GOTO_RETURN (SPEC 2.4): here, when the condition is false.  */

#include <interceptor.h>

extern int real (int);
static int enabled;

INTERCEPTOR (f)
{
  if (enabled)
    GOTO_TARGET (real);
} /* { dg-error "reaches the end of the interceptor.s entry part" } */
