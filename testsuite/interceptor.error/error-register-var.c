/* { dg-do compile } */
/* An explicit register variable in a body: locals live in the
   invocation record, not in registers.  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f)
{
  register long r __asm__ ("rbx") = 5;	/* { dg-error "register variable" } */
  __asm__ volatile ("" : "+r" (r));
  GOTO_TARGET (real);
}
