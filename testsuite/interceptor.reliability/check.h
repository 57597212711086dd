/* check.h -- helpers shared by the tests of interceptor.reliability:
   those of interceptor.run/check.h, plus the runtime's introspection.
   Not a test itself.  */

#ifndef RELIABILITY_CHECK_H
#define RELIABILITY_CHECK_H 1

#include "../interceptor.run/check.h"
#include <unistd.h>

/* A SIGABRT handler for the tests that expect the runtime's abort():
   writes "caught SIGABRT" (which their dg-output matches) and returns,
   so that the default action then ends the process.  */
static void __attribute__ ((__unused__))
on_abrt (int sig)
{
  static const char m[] = "caught SIGABRT\n";
  (void) sig;
  write (2, m, sizeof m - 1);
}

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

#endif /* RELIABILITY_CHECK_H */
