/* check.h -- small helpers shared by the tests of interceptor.args.
   Not a test itself.  */

#ifndef CHECK_H
#define CHECK_H 1

#include <stdio.h>
#include <stdlib.h>

static void __attribute__ ((__noreturn__, __noinline__, __unused__))
check_failed (const char *file, int line, const char *what)
{
  fprintf (stderr, "%s:%d: check failed: %s\n", file, line, what);
  fflush (stdout);
  abort ();
}

#define CHECK(cond) \
  ((cond) ? (void) 0 : check_failed (__FILE__, __LINE__, #cond))

#endif
