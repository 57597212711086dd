/* faulty-io.c -- fault injection with typed access to the call state:
   an LD_PRELOAD shim that makes every third write(2) to chosen files
   fail with EIO, and logs the path and flags of every open(2) with the
   descriptor it returned.

   Build (installed package):

       gcc $(pkg-config --cflags --libs interceptor) -shared -fPIC \
           -o faulty-io.so faulty-io.c

   Run:

       FAULTY_IO_PATH=out LD_PRELOAD=./faulty-io.so \
           dd if=/dev/zero of=out bs=512 count=10

   dd then stops with "error writing 'out': Input/output error" after
   two blocks, and stderr shows lines such as

       faulty-io: open("out", 0x241) = 3
       faulty-io: write(1, 512) fails with EIO

   FAULTY_IO_PATH is a substring of the paths whose descriptors get the
   faults; FAULTY_IO_FD=n names one descriptor instead (both may be
   given).  No target is called for a failing write: the entry part sets
   the return value and errno and ends with GOTO_RETURN() (interceptor(3),
   "Fault injection").

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include <interceptor.h>

#define MAX_FD 1024

/* Descriptors that get faults, and the writes to each so far.  */
static unsigned char faulty[MAX_FD];
static unsigned int writes[MAX_FD];

static int
faulty_fd_p (int fd)
{
  static int env_fd = -2;

  if (env_fd == -2)
    {
      const char *s = getenv ("FAULTY_IO_FD");
      env_fd = s != NULL && *s != '\0' ? atoi (s) : -1;
    }
  return fd == env_fd || (fd >= 0 && fd < MAX_FD && faulty[fd]);
}

/* ssize_t write (int fd, const void *buf, size_t count);  */
INTERCEPTOR (write)
{
  INTERCEPTOR_PROTOTYPE (int, const void *, size_t);
  int fd = INTERCEPTED_ARG (int, 0);

  if (faulty_fd_p (fd)
      && __atomic_add_fetch (&writes[fd % MAX_FD], 1, __ATOMIC_RELAXED) % 3
	 == 0)
    {
      dprintf (2, "faulty-io: write(%d, %zu) fails with EIO\n", fd,
	       INTERCEPTED_ARG (size_t, 2));
      INTERCEPTED_SET_RETURN (ssize_t, -1);
      errno = EIO;
      GOTO_RETURN ();		/* the real write is never called */
    }
  GOTO_TARGET (dlsym (RTLD_NEXT, INTERCEPTED_NAME));
}

/* int open (const char *path, int flags, ...);
   int openat (int dirfd, const char *path, int flags, ...);  */
INTERCEPTOR (open, open64, openat, openat64)
{
  int at = strncmp (INTERCEPTED_NAME, "openat", 6) == 0;
  const char *path = at ? INTERCEPTED_ARG (const char *, 1)
		        : INTERCEPTED_ARG (const char *, 0);
  int flags = at ? INTERCEPTED_ARG (int, 2) : INTERCEPTED_ARG (int, 1);
  const char *want = getenv ("FAULTY_IO_PATH");
  int fd;

  GOTO_TARGET (dlsym (RTLD_NEXT, INTERCEPTED_NAME));

  /* The exit part: the locals above still hold the arguments.  */
  fd = INTERCEPTED_RETURN (int);
  dprintf (2, "faulty-io: %s(\"%s\", %#x) = %d\n", INTERCEPTED_NAME, path,
	   (unsigned int) flags, fd);
  if (fd >= 0 && fd < MAX_FD)
    {
      faulty[fd] = want != NULL && *want != '\0' && path != NULL
		   && strstr (path, want) != NULL;
      writes[fd] = 0;
    }
  GOTO_RETURN ();
}

/* int dup2 (int oldfd, int newfd);  int dup3 (int oldfd, int newfd, int);
   The faults follow the file (dd, for one, opens its output and moves
   it to descriptor 1).  */
INTERCEPTOR (dup2, dup3)
{
  int oldfd = INTERCEPTED_ARG (int, 0);

  GOTO_TARGET (dlsym (RTLD_NEXT, INTERCEPTED_NAME));
  int newfd = INTERCEPTED_RETURN (int);
  if (newfd >= 0 && newfd < MAX_FD && oldfd >= 0 && oldfd < MAX_FD
      && newfd != oldfd)
    {
      faulty[newfd] = faulty[oldfd];
      writes[newfd] = 0;
    }
  GOTO_RETURN ();
}
