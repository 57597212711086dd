/* { dg-do compile } */
/* An exit part with GOTO_RETURN on one path only (SPEC 2.4).  */

#include <interceptor.h>

extern int real (int);
static int verbose, count;

INTERCEPTOR (f)
{
  GOTO_TARGET (real);
  if (verbose)
    GOTO_RETURN ();
  count++;
} /* { dg-error "exit part must end with .GOTO_RETURN" } */
