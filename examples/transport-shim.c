/* transport-shim.c -- make libtransport.so's OpenSocket and CloseSocket
   really thread-safe, from the outside.

   libtransport.so corrupts its connection table when OpenSocket and
   CloseSocket run at the same time (see transport.c).  A lock in each
   function would not help: it is *any two* of these calls that must not
   overlap.  So one interceptor body stands in for both names and holds
   one mutex across the real call:

       LD_PRELOAD=./transport-shim.so ./transport-demo

   Note what the shim does not need: transport.h.  It never states the
   parameters or the return types of the functions it wraps; the stub
   hands the caller's arguments to the real function and its return
   value back to the caller untouched, whatever they are.  The same shim
   would serialise any set of functions: just list their names.

   Build (installed package):

       gcc $(pkg-config --cflags --libs interceptor) -shared -fPIC \
           -o transport-shim.so transport-shim.c  */

#define _GNU_SOURCE 1		/* RTLD_NEXT */

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <interceptor.h>

static pthread_mutex_t transport_lock = PTHREAD_MUTEX_INITIALIZER;

/* One body, two exported stubs: OpenSocket and CloseSocket.  */
INTERCEPTOR (OpenSocket, CloseSocket)
{
  /* The real function of the name this call came in through.  */
  void *real = dlsym (RTLD_NEXT, INTERCEPTED_NAME);
  if (real == NULL)
    {
      fprintf (stderr, "transport-shim: cannot find the real %s: %s\n",
	       INTERCEPTED_NAME, dlerror ());
      abort ();
    }

  pthread_mutex_lock (&transport_lock);

  /* Call the real OpenSocket or CloseSocket with the caller's
     arguments...  */
  GOTO_TARGET (real);

  /* ...and once it has returned (its return value is kept aside
     meanwhile), let the next caller in.  */
  pthread_mutex_unlock (&transport_lock);
  GOTO_RETURN ();
}
