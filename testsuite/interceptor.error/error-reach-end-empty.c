/* { dg-do compile } */
/* A body that never calls a target at all (SPEC 2.4).  */

#include <stdio.h>
#include <interceptor.h>

INTERCEPTOR (f)
{
  puts ("f called");
} /* { dg-error "reaches the end of the interceptor.s entry part" } */
