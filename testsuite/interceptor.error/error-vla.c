/* { dg-do compile } */
/* A variable-length array in a body: locals live in the invocation
   record, whose size must be known when the body is compiled.  */

#include <string.h>
#include <interceptor.h>

extern int real (int);
static int size = 16;

INTERCEPTOR (f)
{
  char buf[size];		/* { dg-error "variable-length array" } */
  memset (buf, 0, sizeof buf);
  GOTO_TARGET (real);
}
