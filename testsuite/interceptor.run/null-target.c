/* { dg-do run } */
/* { dg-shouldfail "GOTO_TARGET(NULL)" } */
/* GOTO_TARGET with a null pointer -- typically a dlsym that found
   nothing -- is reported on stderr, naming the interceptor, before the
   program aborts, instead of jumping to address 0.  */

#include <interceptor.h>
#include "check.h"

extern int nul (int);
static void *volatile nowhere;

INTERCEPTOR (nul)
{
  GOTO_TARGET (nowhere);
}

int
main (void)
{
  fprintf (stderr, "calling\n");
  nul (1);
  fprintf (stderr, "not reached\n");
  return 0;
}

/* { dg-output "calling\n" } */
/* { dg-output "interceptor: GOTO_TARGET\\(NULL\\) in interceptor 'nul' entered as 'nul'" } */
