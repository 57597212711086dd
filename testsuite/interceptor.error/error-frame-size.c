/* { dg-do compile } */
/* Locals that can never fit the per-thread invocation stack (1 MiB):
   an error at the largest variable when the body is compiled, not an
   abort (or, beyond 4 GiB, a crash) at run time (interceptor(7),
   "Local variables").  Over 64 KiB is a warning.  */

#include <string.h>
#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f)
{
  char small[16];
  char buf[2 * 1024 * 1024];	/* { dg-error "the locals of interceptor .f. take more than the 983040 bytes an invocation may use of the per-thread invocation stack \\(1048576 bytes\\), and .buf. is the largest \\(2097152 bytes\\)" } */
  memset (small, 0, sizeof small);
  buf[0] = 1;
  GOTO_TARGET (real);
  buf[1] = small[0];
  GOTO_RETURN ();
}

INTERCEPTOR (g)
{
  char buf[100 * 1024];		/* { dg-warning "the locals of interceptor .g. take 102400 bytes" } */
  buf[0] = 1;
  GOTO_TARGET (real);
  buf[1] = 2;
  GOTO_RETURN ();
}
