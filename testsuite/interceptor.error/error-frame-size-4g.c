/* { dg-do compile } */
/* { dg-skip-variant "-m32" "a 4 GiB object needs a 64-bit address space" } */
/* A 4 GiB local, whose size does not fit the descriptor's 32-bit frame
   size: an error, not a truncated size (interceptor(7), "Local
   variables").  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f)
{
  char huge[4UL << 30];		/* { dg-error "the locals of interceptor .f. take more than" } */
  huge[0] = 1;
  GOTO_TARGET (real);
  huge[1] = 2;
  GOTO_RETURN ();
}
