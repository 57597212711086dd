/* { dg-do compile } */
/* A name the unit declares as a variable after the interceptor, and
   reads: the reads would read the stub (interceptor(7), DIAGNOSTICS).
   Checked at the end of the unit, where every symbol is known.  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (later)		/* { dg-error "exports .later. as a function, but this translation unit uses .later. as a variable" } */
{
  GOTO_TARGET (real);
}

extern int later;

int
read_later (void)
{
  return later;
}
