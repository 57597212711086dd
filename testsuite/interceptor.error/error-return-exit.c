/* { dg-do compile } */
/* `return' in the exit part of an interceptor body (SPEC 2.4).  */

#include <interceptor.h>

extern int real (int);
static int count;

INTERCEPTOR (f)
{
  GOTO_TARGET (real);
  count++;
  return (void *) 0;		/* { dg-error ".return. in an interceptor body" } */
  /* { dg-warning "with a value, in function returning void" "the C front end says it too" { target *-*-* } 13 } */
}
