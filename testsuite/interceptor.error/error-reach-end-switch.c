/* { dg-do compile } */
/* A switch without a default: the entry part falls off the end for any
   other value (SPEC 2.4).  */

#include <interceptor.h>

extern int real_a (int);
extern int real_b (int);
static int mode;

INTERCEPTOR (f)
{
  switch (mode)
    {
    case 0:
      GOTO_TARGET (real_a);
      break;
    case 1:
      GOTO_TARGET (real_b);
      break;
    }
} /* { dg-error "reaches the end of the interceptor.s entry part" } */
