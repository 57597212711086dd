/* { dg-do compile } */
/* { dg-no-plugin "the header alone" } */
/* <interceptor.h> compiled without the plugin stops with an #error that
   names the flag to add.  */

/* The #error stands in the header, so its line is the header's.  */
/* { dg-error "needs the interceptor GCC plugin: add -fplugin=interceptor" "" { target *-*-* } 0 } */
#include <interceptor.h>

int
main (void)
{
  return 0;
}
