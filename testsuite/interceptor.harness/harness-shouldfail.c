/* dg-shouldfail: the program must die (here of SIGABRT) and dg-output
   still sees what it wrote to stderr.  */
/* { dg-do run } */
/* { dg-shouldfail "abort() is expected" } */
/* { dg-output "harness-shouldfail: about to abort" } */

#include <stdio.h>
#include <stdlib.h>

int
main (void)
{
  fprintf (stderr, "harness-shouldfail: about to abort\n");
  abort ();
}
