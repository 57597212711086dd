/* { dg-do run } */
/* interceptor_find_function (interceptor(3)) finds what the dynamic
   linker would bind to: default and compatibility versions, IFUNCs
   resolved, objects loaded with RTLD_LOCAL, and nothing for data
   symbols, unknown names, versions or objects.  It is also what an
   interceptor of a C library function uses to find the real one.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <pthread.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <interceptor.h>
#include "check.h"

#ifdef __x86_64__
# define OLD_GLIBC "GLIBC_2.2.5"
#else
# define OLD_GLIBC "GLIBC_2.0"
#endif

static int getppid_calls;

/* An interceptor of a C library function that finds the real one
   itself (a shim of libc cannot ask dlsym).  */
INTERCEPTOR (getppid)
{
  getppid_calls++;
  GOTO_TARGET (interceptor_find_function ("libc.so.6", "getppid", NULL));
  getppid_calls += 10;
  GOTO_RETURN ();
}

int
main (void)
{
  void *p;

  /* The default version, with an IFUNC (strlen) and without.  */
  p = interceptor_find_function ("libc.so.6", "strlen", NULL);
  CHECK (p != NULL && p == dlsym (RTLD_NEXT, "strlen"));
  CHECK (interceptor_find_function (NULL, "strlen", NULL) == p);
  p = interceptor_find_function ("libc.so.6", "getpid", NULL);
  CHECK (p != NULL && p == dlsym (RTLD_NEXT, "getpid"));

  /* Both versions of a name with a compatibility version.  */
  void *oldv = interceptor_find_function ("libc.so.6", "pthread_cond_wait",
					  OLD_GLIBC);
  void *newv = interceptor_find_function ("libc.so.6", "pthread_cond_wait",
					  "GLIBC_2.3.2");
  CHECK (oldv != NULL && newv != NULL && oldv != newv);
  CHECK (oldv == dlvsym (RTLD_NEXT, "pthread_cond_wait", OLD_GLIBC));
  CHECK (newv == dlvsym (RTLD_NEXT, "pthread_cond_wait", "GLIBC_2.3.2"));
  CHECK (interceptor_find_function ("libc.so.6", "pthread_cond_wait", NULL)
	 == newv);

  /* What is not there.  */
  CHECK (interceptor_find_function ("libc.so.6", "no_such_function", NULL)
	 == NULL);
  CHECK (interceptor_find_function ("libc.so.6", "strlen", "NO_SUCH_1.0")
	 == NULL);
  CHECK (interceptor_find_function ("libc.so.6", "environ", NULL) == NULL);
  CHECK (interceptor_find_function ("libnot-loaded.so.9", "strlen", NULL)
	 == NULL);
  CHECK (interceptor_find_function ("libc.so.6", NULL, NULL) == NULL);

  /* An object loaded with RTLD_LOCAL, which RTLD_DEFAULT cannot see;
     by its SONAME and by its file name.  */
  void *h = dlopen ("libm.so.6", RTLD_NOW | RTLD_LOCAL);
  CHECK (h != NULL);
  p = interceptor_find_function ("libm.so.6", "cos", NULL);
  CHECK (p != NULL && p == dlsym (h, "cos"));

  /* The interceptor above.  */
  CHECK (getppid () == (pid_t) syscall (SYS_getppid));
  CHECK (getppid_calls == 11);
  return 0;
}
