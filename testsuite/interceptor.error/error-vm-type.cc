/* { dg-do compile } */
/* C++ (GNU VLAs): a pointer to a VLA and a VLA typedef in a body
   (interceptor(7), "Local variables").  */

#include <interceptor.h>

extern "C" int real (int);
static int n = 4, m;

INTERCEPTOR (f)
{
  int (*pv)[n] = 0;		/* { dg-error ".pv. has a variably modified type" } */
  GOTO_TARGET (real);
  m = sizeof *pv;
  GOTO_RETURN ();
}

INTERCEPTOR (g)
{
  typedef int row[n];		/* { dg-error ".row. has a variably modified type" } */
  GOTO_TARGET (real);
  m = sizeof (row);
  GOTO_RETURN ();
}
