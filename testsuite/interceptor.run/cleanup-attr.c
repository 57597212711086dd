/* { dg-do run } */
/* __attribute__((cleanup)) variables of a body live from the entry part
   into the exit part and are cleaned up once, at GOTO_RETURN(); on a
   transparent path their scope ends before GOTO_TARGET.  */

#include <interceptor.h>
#include "check.h"

extern int cln (int);

static int cleaned, seen_in_exit;

static void
release (int *p)
{
  cleaned += *p;
}

__attribute__ ((noinline, noclone)) int
real_cln (int x)
{
  CHECK (cleaned == 0 || cleaned == 5);
  return x * 2;
}

INTERCEPTOR (cln)
{
  int __attribute__ ((cleanup (release))) token = 5;
  GOTO_TARGET (real_cln);
  seen_in_exit = token;
  GOTO_RETURN ();
}

int
main (void)
{
  CHECK (cln (4) == 8);
  CHECK (seen_in_exit == 5 && cleaned == 5);
  CHECK (cln (1) == 2);
  CHECK (cleaned == 10);
  return 0;
}
