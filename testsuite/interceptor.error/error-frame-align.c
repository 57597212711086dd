/* { dg-do compile } */
/* A local aligned beyond what the invocation record aligns frames to:
   the error is at the variable (interceptor(7), "Local variables").  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f)
{
  int a = 1;
  _Alignas (8192) char b[4];	/* { dg-error ".b. needs an alignment of 8192 bytes" } */
  b[0] = a;
  GOTO_TARGET (real);
}
