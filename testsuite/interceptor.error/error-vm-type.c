/* { dg-do compile } */
/* Variably modified types in a body: the bounds of a pointer to a VLA
   or of a VLA typedef are computed into hidden temporaries of the entry
   part's frame, which the exit part does not see (interceptor(7), "Local
   variables").  */

#include <interceptor.h>

extern int real (int);
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

INTERCEPTOR (h)
{
  struct { int a[n]; } *ps = 0;	/* { dg-error ".ps. has a variably modified type" } */
  GOTO_TARGET (real);
  m = sizeof *ps;
  GOTO_RETURN ();
}
