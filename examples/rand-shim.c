/* rand-shim.c -- the README's demo: an LD_PRELOAD shim around OpenSSL's
   RAND_bytes.

   The scenario: a program uses libcrypto.so.3, and we want to watch (and
   serialise) its calls to

       int RAND_bytes (unsigned char *buf, int num);

   without rebuilding the program, and -- this is the point of
   interceptor -- without having to write down that prototype.  The shim
   below never mentions the parameters or the return type of RAND_bytes:
   whatever the caller passed arrives at the real function untouched, and
   whatever the real function returns arrives at the caller untouched.

   Build (installed package):

       gcc $(pkg-config --cflags --libs interceptor) -shared -fPIC \
           -o rand-shim.so rand-shim.c

   Run:

       LD_PRELOAD=./rand-shim.so openssl rand -hex 8

   which prints, besides openssl's 16 hex digits on stdout, on stderr:

       rand-shim: RAND_bytes called (thread 4242, depth 0)
       rand-shim: RAND_bytes returned (thread 4242)

   How it works: the interceptor plugin turns INTERCEPTOR (RAND_bytes)
   into an exported function symbol RAND_bytes in rand-shim.so.  Because
   the shim is preloaded, the dynamic linker binds the program's calls of
   RAND_bytes to it instead of to libcrypto's.  The body then finds the
   real RAND_bytes, the *next* definition after this object in the search
   order, with dlsym (RTLD_NEXT, ...), and GOTO_TARGET jumps there with
   the caller's complete call state (arguments in registers and on the
   stack) restored.  Because the body has code after GOTO_TARGET (its
   "exit part"), the real function returns into the interceptor runtime,
   which runs that code with the return value saved, and GOTO_RETURN
   restores the return value and goes back to the caller.  */

#define _GNU_SOURCE 1		/* RTLD_NEXT */

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <interceptor.h>

/* One lock around every call of RAND_bytes, as if the library had not
   been thread-safe.  It is held from the entry part, across the real
   call, into the exit part: locals and statics are all an interceptor
   needs to carry state from one part to the other.  */
static pthread_mutex_t rand_lock = PTHREAD_MUTEX_INITIALIZER;

/* The kernel's thread id, for the log (gettid() is only in newer
   glibc).  */
static long
thread_id (void)
{
  return (long) syscall (SYS_gettid);
}

/* No MAX_RECURSION: the interceptor is not re-entrant (the default limit
   INTERCEPTOR_MAX_RECURSION is 0).  Should the real RAND_bytes ever call
   RAND_bytes again through this shim on the same thread, the runtime
   says so on stderr and aborts, instead of letting the second
   pthread_mutex_lock deadlock silently.  */
INTERCEPTOR (RAND_bytes)
{
  /* Entry part: runs before the real function, with the caller's
     arguments safely saved by the stub.  Any C is allowed here.  */

  /* INTERCEPTED_NAME is the name this invocation came in through
     ("RAND_bytes"); the real function is the next one of that name
     after this shared object.  (A shim would usually cache this
     pointer; looking it up every time keeps the example short.)  */
  void *real = dlsym (RTLD_NEXT, INTERCEPTED_NAME);
  if (real == NULL)
    {
      fprintf (stderr, "rand-shim: cannot find the real %s: %s\n",
	       INTERCEPTED_NAME, dlerror ());
      abort ();
    }

  pthread_mutex_lock (&rand_lock);
  fprintf (stderr, "rand-shim: %s called (thread %ld, depth %u)\n",
	   INTERCEPTED_NAME, thread_id (), INTERCEPTED_DEPTH);

  /* Restore the caller's arguments and jump to the real RAND_bytes.  */
  GOTO_TARGET (real);

  /* Exit part: runs after the real RAND_bytes has returned; its return
     value is saved meanwhile, so the stdio calls below cannot disturb
     it.  Locals such as `real' still hold their entry-part values.  */
  fprintf (stderr, "rand-shim: %s returned (thread %ld)\n",
	   INTERCEPTED_NAME, thread_id ());
  pthread_mutex_unlock (&rand_lock);

  /* Restore the real function's return value and return to the
     caller.  */
  GOTO_RETURN ();
}
