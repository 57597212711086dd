/* rand-shim.c -- the README's demo: an LD_PRELOAD shim around OpenSSL's
   random number generator.

   The scenario: a program uses libcrypto.so.3, and we want to watch (and
   serialise) its calls to

       int RAND_bytes (unsigned char *buf, int num);
       int RAND_bytes_ex (OSSL_LIB_CTX *ctx, unsigned char *buf,
                          size_t num, unsigned int strength);

   without rebuilding the program, and -- this is the point of
   interceptor -- without having to write down those prototypes.  The
   shim below never mentions the parameters or the return types: whatever
   the caller passed arrives at the real function untouched, and whatever
   the real function returns arrives at the caller untouched.  One body
   serves both functions, which take different arguments.

   Which one a program calls depends on OpenSSL's version: `openssl rand'
   calls RAND_bytes up to OpenSSL 3.1 and RAND_bytes_ex from 3.2 on, and
   libcrypto's own RAND_bytes calls RAND_bytes_ex through its PLT, so
   that with OpenSSL 3.0 (Debian 12) the shim sees both, one inside the
   other.

   Build (installed package):

       gcc $(pkg-config --cflags --libs interceptor) -shared -fPIC \
           -o rand-shim.so rand-shim.c

   Run:

       LD_PRELOAD=./rand-shim.so openssl rand -hex 8

   which prints, besides openssl's 16 hex digits on stdout, on stderr
   (OpenSSL 3.0):

       rand-shim: the program called RAND_bytes (thread 4242)
       rand-shim:   and RAND_bytes called RAND_bytes_ex (depth 1)
       rand-shim:   RAND_bytes_ex returned 1
       rand-shim: RAND_bytes returned 1 to the program

   or (OpenSSL 3.2 and later):

       rand-shim: the program called RAND_bytes_ex (thread 4242)
       rand-shim: RAND_bytes_ex returned 1 to the program

   How it works: the interceptor plugin turns INTERCEPTOR (RAND_bytes,
   RAND_bytes_ex) into two exported function symbols in rand-shim.so.
   Because the shim is preloaded, the dynamic linker binds the program's
   calls of them (and libcrypto's calls through its PLT) to it instead of
   to libcrypto's.  The body then finds the real function, the *next*
   definition of that name after this object in the search order, with
   dlsym (RTLD_NEXT, ...), and GOTO_TARGET jumps there with the caller's
   complete call state (arguments in registers and on the stack)
   restored.  Because the body has code after GOTO_TARGET (its "exit
   part"), the real function returns into the interceptor runtime, which
   runs that code with the return value saved, and GOTO_RETURN restores
   the return value and goes back to the caller.  */

#define _GNU_SOURCE 1		/* RTLD_NEXT */

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <interceptor.h>

/* One lock around every call into the generator, as if the library had
   not been thread-safe.  It is held from the entry part of the outermost
   call, across the real call, into its exit part: locals and statics are
   all an interceptor needs to carry state from one part to the other.  */
static pthread_mutex_t rand_lock = PTHREAD_MUTEX_INITIALIZER;

/* The kernel's thread id, for the log (gettid() is only in newer
   glibc).  */
static long
thread_id (void)
{
  return (long) syscall (SYS_gettid);
}

/* The name the enclosing invocation came in through, for the log: one
   per thread, since each thread has invocations of its own.  */
static __thread const char *outer_name;

/* MAX_RECURSION (1): with OpenSSL 3.0 an invocation for RAND_bytes
   encloses one for RAND_bytes_ex (INTERCEPTED_DEPTH counts the enclosing
   invocations of the same body).  Any deeper, and the runtime says so on
   stderr and aborts, instead of letting the lock deadlock silently.  */
MAX_RECURSION (1)
INTERCEPTOR (RAND_bytes, RAND_bytes_ex)
{
  /* Entry part: runs before the real function, with the caller's
     arguments safely saved by the stub.  Any C is allowed here.  */
  const int outermost = INTERCEPTED_DEPTH == 0;
  const char *caller = outer_name;

  /* INTERCEPTED_NAME is the name this invocation came in through; the
     real function is the next one of that name after this shared
     object.  (A shim would usually cache this pointer; looking it up
     every time keeps the example short.)  */
  void *real = dlsym (RTLD_NEXT, INTERCEPTED_NAME);
  if (real == NULL)
    {
      fprintf (stderr, "rand-shim: cannot find the real %s: %s\n",
	       INTERCEPTED_NAME, dlerror ());
      abort ();
    }

  if (outermost)
    {
      pthread_mutex_lock (&rand_lock);
      fprintf (stderr, "rand-shim: the program called %s (thread %ld)\n",
	       INTERCEPTED_NAME, thread_id ());
    }
  else
    fprintf (stderr, "rand-shim:   and %s called %s (depth %u)\n",
	     caller, INTERCEPTED_NAME, INTERCEPTED_DEPTH);
  outer_name = INTERCEPTED_NAME;

  /* Restore the caller's arguments and jump to the real function.  */
  GOTO_TARGET (real);

  /* Exit part: runs after the real function has returned; its return
     value is saved meanwhile, so the stdio calls below cannot disturb
     it.  Locals such as `outermost' still hold their entry-part values.
     Both functions return an int, 1 for success: INTERCEPTED_RETURN
     reads it where the convention put it.  */
  outer_name = caller;
  if (outermost)
    {
      fprintf (stderr, "rand-shim: %s returned %d to the program\n",
	       INTERCEPTED_NAME, INTERCEPTED_RETURN (int));
      pthread_mutex_unlock (&rand_lock);
    }
  else
    fprintf (stderr, "rand-shim:   %s returned %d\n", INTERCEPTED_NAME,
	     INTERCEPTED_RETURN (int));

  /* Restore the real function's return value and return to the
     caller.  */
  GOTO_RETURN ();
}
