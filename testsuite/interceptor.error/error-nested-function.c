/* { dg-do compile } */
/* A GNU C nested function inside a body: its static chain would point at
   the machine stack, but the body's locals live in the invocation
   record, so the plugin refuses it instead of compiling wrong code.  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f)
{
  int count = 10;

  int bump (int by)		/* { dg-error "nested function .bump. in an interceptor body" } */
  {
    count += by;
    return count;
  }

  bump (1);
  GOTO_TARGET (real);
  bump (2);
  GOTO_RETURN ();
}
