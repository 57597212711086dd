/* The harness compiles, links against the runtime and runs a program,
   and checks its output.  Nothing of <interceptor.h>.  */
/* { dg-do run } */
/* { dg-output "harness-ok: hello" } */

#include <stdio.h>

int
main (void)
{
  printf ("harness-ok: hello\n");
  return 0;
}
