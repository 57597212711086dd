/* { dg-do compile } */
/* GOTO_TARGET on one path of the exit part (SPEC 2.4).  */

#include <interceptor.h>

extern int real (int);
extern int retry (int);
static int failed;

INTERCEPTOR (f)
{
  GOTO_TARGET (real);
  if (failed)
    {
      GOTO_TARGET (retry);	/* { dg-error "GOTO_TARGET. in the exit part" } */
      GOTO_RETURN ();
    }
  GOTO_RETURN ();
}
