/* { dg-do compile } */
/* C++: locals that can never fit the per-thread invocation stack, and a
   local aligned beyond 4096 (interceptor(7), "Local variables").  */

#include <string.h>
#include <interceptor.h>

extern "C" int real (int);

INTERCEPTOR (f)
{
  char buf[2 * 1024 * 1024];	/* { dg-error "the locals of interceptor .f. take more than" } */
  buf[0] = 1;
  GOTO_TARGET (real);
  buf[1] = 2;
  GOTO_RETURN ();
}

INTERCEPTOR (g)
{
  alignas (8192) char b[4];	/* { dg-error ".b. needs an alignment of 8192 bytes" } */
  b[0] = 1;
  GOTO_TARGET (real);
}
