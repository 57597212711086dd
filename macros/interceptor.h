/* <interceptor.h> -- interceptor functions for GCC.

   An interceptor is a body of C code that stands in for one or more
   functions whose prototypes need not be known:

     #include <interceptor.h>

     MAX_RECURSION(1)
     INTERCEPTOR(OpenSocket, CloseSocket)
     {
       pthread_mutex_lock (&m);
       GOTO_TARGET (dlsym (RTLD_NEXT, INTERCEPTED_NAME));
       pthread_mutex_unlock (&m);
       GOTO_RETURN ();
     }

   The macros below only mark the source; the interceptor GCC plugin
   (interceptor.so, loaded with -fplugin=) lowers each body into one
   exported stub per name plus the outlined entry and exit parts.  See
   interceptor(7) and the README for the full contract.  */

#ifndef INTERCEPTOR_H
#define INTERCEPTOR_H 1

/* The version of the contract between this header, the plugin and the
   runtime library.  Each of them checks it.  */
#define INTERCEPTOR_ABI_VERSION 1

#if !defined (__GNUC__) || !defined (__has_attribute)
# error "<interceptor.h> needs GCC with the interceptor plugin: compile with the flags of 'pkg-config --cflags interceptor' (which add -fplugin=.../interceptor.so)"
#elif !__has_attribute (__interceptor__)
# error "<interceptor.h> needs the interceptor GCC plugin: add -fplugin=interceptor (or the flags of 'pkg-config --cflags interceptor') to the compiler's command line"
#elif !__has_attribute (__interceptor_abi_1__)
# error "<interceptor.h> (interceptor ABI version 1) does not match the loaded interceptor plugin: use the header installed with that plugin"
#endif

#ifdef __cplusplus
# define __INTERCEPTOR_NOTHROW throw ()
extern "C" {
#else
# define __INTERCEPTOR_NOTHROW __attribute__ ((__nothrow__))
#endif

/* One active invocation of an interceptor, as the lowered body sees it.
   The plugin reaches these fields by name; the runtime owns the
   storage.  Not for direct use.  */
struct __interceptor_invocation
{
  const char *name;		/* INTERCEPTED_NAME */
  unsigned int depth;		/* INTERCEPTED_DEPTH */
  unsigned int state;		/* resume point, written by the body */
  void *frame;			/* the body's local variables */
  void *target;			/* where GOTO_TARGET goes */
};

/* Markers.  The plugin replaces every call to these; none is defined
   anywhere, so a call the plugin did not lower cannot link.  */
extern void __interceptor_goto_target (int, ...)
  __INTERCEPTOR_NOTHROW __attribute__ ((__leaf__));
extern void __interceptor_goto_return (void)
  __INTERCEPTOR_NOTHROW __attribute__ ((__leaf__));
extern const char *__interceptor_intercepted_name (void)
  __INTERCEPTOR_NOTHROW __attribute__ ((__leaf__, __const__));
extern unsigned int __interceptor_intercepted_depth (void)
  __INTERCEPTOR_NOTHROW __attribute__ ((__leaf__, __const__));

/* Runtime introspection (libinterceptor), for tests, benchmarks and
   diagnostics.  All three are async-signal-safe.  */

/* Active invocations on the calling thread's invocation stack (records
   left behind by longjmp or exceptions are discarded first).  */
extern unsigned int interceptor_thread_depth (void);

/* The calling thread's invocation stack: its mapping's base in *BASE
   (NULL before the thread's first interception), the bytes records and
   frames use now in *USED, the runtime's static TLS bytes per thread in
   *TLS (each may be NULL); returns the size a thread reserves.  */
extern unsigned long interceptor_thread_memory (void **__base,
						unsigned long *__used,
						unsigned long *__tls);

/* The vector save path the stubs take in this process: "sse", "avx" or
   "avx512".  */
extern const char *interceptor_vector_path (void);

#ifdef __cplusplus
}
#endif

/* The recursion limit of interceptors defined without MAX_RECURSION.
   A translation unit may redefine it between interceptors.  */
#define INTERCEPTOR_MAX_RECURSION 0

/* MAX_RECURSION(n), written just before INTERCEPTOR: allow n nested
   re-entries of that interceptor on one thread.  */
#define MAX_RECURSION(n) __attribute__ ((__interceptor_max_recursion__ (n)))

/* INTERCEPTOR(name, ...) { body }: one body, one exported stub per
   name.  */
#define INTERCEPTOR(...) \
  __INTERCEPTOR_DEFINE (__INTERCEPTOR_FIRST (__VA_ARGS__, ), #__VA_ARGS__)
#define __INTERCEPTOR_FIRST(first, ...) first
#define __INTERCEPTOR_DEFINE(first, names) \
  __INTERCEPTOR_DEFINE_1 (first, names)
#define __INTERCEPTOR_DEFINE_1(first, names)				\
  static void								\
  __attribute__ ((__interceptor__ (names, INTERCEPTOR_MAX_RECURSION,	\
				   INTERCEPTOR_ABI_VERSION),		\
		  __used__, __noinline__, __noclone__))			\
  __interceptor_body_##first (struct __interceptor_invocation		\
			      *__interceptor_inv __attribute__ ((__unused__)))

/* GOTO_TARGET(e): restore the complete call state and jump to the
   function E points to (any function pointer or void *).  What follows
   on the same path is the exit part.  */
#define GOTO_TARGET(e) __interceptor_goto_target (0, (e))

/* GOTO_RETURN(): end of the exit part; restore the return state and go
   back to the caller.  The 'return' leaves the body the way the
   language leaves any function: C++ destructors and cleanup attributes
   of the body's variables run.  */
#define GOTO_RETURN() \
  do { __interceptor_goto_return (); return; } while (0)

/* The name of the symbol this invocation entered through.  */
#define INTERCEPTED_NAME (__interceptor_intercepted_name ())

/* Active invocations of this interceptor on this thread that enclose
   this one (0 for the outermost).  */
#define INTERCEPTED_DEPTH (__interceptor_intercepted_depth ())

#endif /* INTERCEPTOR_H */
