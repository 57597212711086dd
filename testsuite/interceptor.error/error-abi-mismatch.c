/* { dg-do compile } */
/* A body marked for another ABI version of the header (what an old or
   new <interceptor.h> would produce) is refused by the plugin.  */

#include <interceptor.h>

extern int real (int);

static void
__attribute__ ((__interceptor__ ("f", 0, 99), __used__))
body (struct __interceptor_invocation *inv __attribute__ ((__unused__)))	/* { dg-error "another ABI version" } */
{
  GOTO_TARGET (real);
}
