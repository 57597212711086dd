/* check.h -- small helpers shared by the tests of interceptor.reliability
   (a copy of interceptor.run/check.h).
   Not a test itself.  */

#ifndef CHECK_H
#define CHECK_H 1

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The runtime's diagnostic API: the number of records on the calling
   thread's invocation stack, after discarding those that longjmp or
   exceptions left behind.  */
#ifdef __cplusplus
extern "C"
#endif
unsigned int interceptor_thread_depth (void);

/* The bytes the calling thread's invocation stack uses now (records and
   frames; 0 when it is empty).  */
#ifdef __cplusplus
extern "C"
#endif
unsigned long interceptor_thread_memory (void **, unsigned long *,
					 unsigned long *);

static unsigned long __attribute__ ((__unused__))
thread_stack_used (void)
{
  unsigned long used = 1;
  interceptor_thread_memory (0, &used, 0);
  return used;
}

/* CHECK (cond): report the failed condition with its line and abort.  */
static void __attribute__ ((__noreturn__, __noinline__, __unused__))
check_failed (const char *file, int line, const char *what)
{
  fprintf (stderr, "%s:%d: check failed: %s\n", file, line, what);
  fflush (stdout);
  abort ();
}

#define CHECK(cond) \
  ((cond) ? (void) 0 : check_failed (__FILE__, __LINE__, #cond))

/* A log of events, to check in which order things happened:
   ev ("entry"), ev ("target"), ... then CHECK_LOG ("entry target").
   Not thread-safe: single-threaded tests only.  */
static char event_log[4096];

static void __attribute__ ((__noinline__, __unused__))
ev (const char *what)
{
  size_t n = strlen (event_log);
  snprintf (event_log + n, sizeof event_log - n, "%s%s", n ? " " : "", what);
}

static void __attribute__ ((__unused__))
ev_reset (void)
{
  event_log[0] = '\0';
}

#define CHECK_LOG(expected)						\
  do									\
    {									\
      if (strcmp (event_log, (expected)) != 0)				\
	{								\
	  fprintf (stderr, "%s:%d: wrong order of events\n"		\
		   "  got:      %s\n  expected: %s\n",			\
		   __FILE__, __LINE__, event_log, (expected));		\
	  abort ();							\
	}								\
      ev_reset ();							\
    }									\
  while (0)

/* Overwrite a good part of the stack below the caller with garbage, so
   that whatever a finished call left there is gone.  */
static void __attribute__ ((__noinline__, __unused__))
scrub_stack (void)
{
  unsigned char buf[16384];
  memset (buf, 0xa5, sizeof buf);
  __asm__ volatile ("" : : "r" (buf) : "memory");
}

/* Work the floating-point units (SSE and x87) and the vectorised string
   functions of libc, the way an arbitrary interceptor body may.  */
static void __attribute__ ((__noinline__, __unused__))
fp_noise (void)
{
  volatile long double x = 1.0L;
  volatile double d = 2.0;
  volatile float f = 3.0f;
  char a[1024], b[1024], text[128];
  int i;

  for (i = 0; i < 10; i++)
    {
      x = x * 1.5L + 0.25L;
      d = d / 1.1 + (double) x;
      f = f * 0.9f + (float) d;
    }
  snprintf (text, sizeof text, "%.20Lg %.17g %.9g", (long double) x,
	    (double) d, (double) f);
  memset (a, text[0], sizeof a);
  memcpy (b, a, sizeof b);
  __asm__ volatile ("" : : "r" (b) : "memory");
}

#endif /* CHECK_H */
