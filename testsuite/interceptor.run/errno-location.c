/* { dg-do run } */
/* An interceptor of __errno_location, as every shim of the C library
   has: the runtime needs errno's address before a thread can run
   interceptors, and must not find it through the interceptor (which
   would bring it back to the same point, forever).  The first
   interception of each thread here is of __errno_location itself.  */

#define _GNU_SOURCE 1
#include <errno.h>
#include <pthread.h>
#include <interceptor.h>
#include "check.h"

extern int *__errno_location (void);

static int entries, exits;

MAX_RECURSION (1)
INTERCEPTOR (__errno_location)
{
  __atomic_fetch_add (&entries, 1, __ATOMIC_RELAXED);
  GOTO_TARGET (interceptor_find_function ("libc.so.6", "__errno_location",
					  NULL));
  __atomic_fetch_add (&exits, 1, __ATOMIC_RELAXED);
  GOTO_RETURN ();
}

static void *
thread (void *arg)
{
  errno = 7;
  CHECK (errno == 7);
  return arg;
}

int
main (void)
{
  pthread_t t;

  errno = 5;
  CHECK (errno == 5);
  CHECK (entries >= 1 && entries == exits);	/* a const function */
  CHECK (pthread_create (&t, NULL, thread, NULL) == 0);
  CHECK (pthread_join (t, NULL) == 0);
  CHECK (errno == 5);
  CHECK (entries >= 2 && entries == exits);
  return 0;
}
