/* { dg-do run } */
/* errno belongs to the caller and the target: the target sees the
   caller's errno although the entry part's library calls change it, and
   the caller sees the target's errno although the exit part's calls
   change it.  */

#include <interceptor.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "check.h"

extern int fails (int);
extern int succeeds (int);

static int errno_at_target;

__attribute__ ((noinline, noclone)) int
real_fails (int e)
{
  errno_at_target = errno;
  errno = e;
  return -1;
}

__attribute__ ((noinline, noclone)) int
real_succeeds (int x)
{
  errno_at_target = errno;
  return x;
}

INTERCEPTOR (fails, succeeds)
{
  int is_fails = INTERCEPTED_NAME[0] == 'f';
  errno = EBADF;			/* the body's own business */
  CHECK (open ("/nonexistent/x", O_RDONLY) < 0);	/* sets errno */
  if (is_fails)
    GOTO_TARGET (real_fails);
  else
    GOTO_TARGET (real_succeeds);
  errno = EPIPE;
  fputs ("", stderr);
  GOTO_RETURN ();
}

int
main (void)
{
  errno = 0;
  CHECK (fails (ENOENT) == -1);
  CHECK (errno_at_target == 0);
  CHECK (errno == ENOENT);

  errno = EINTR;
  CHECK (succeeds (7) == 7);
  CHECK (errno_at_target == EINTR);
  CHECK (errno == EINTR);
  return 0;
}
