/* transport-demo.c -- use libtransport.so from several threads at once,
   as its documentation says one may, and report whether its state
   survived.

       ./transport-demo                                -> corrupted, exit 1
       LD_PRELOAD=./transport-shim.so ./transport-demo -> clean, exit 0

   Each of NTHREADS threads opens and closes a connection NPAIRS times;
   all of them start together.  Afterwards the library's self-check
   (transport_check) must find no overlapping calls, no close of a handle
   that was not open, and as many open connections as slots in use
   (none).  */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "transport.h"

#define NTHREADS 4
#define NPAIRS 200

static pthread_barrier_t start_line;

/* Failures the callers themselves saw.  */
static long open_failures, close_failures;

static void *
worker (void *arg)
{
  int id = (int) (long) arg;
  int i;

  pthread_barrier_wait (&start_line);
  for (i = 0; i < NPAIRS; i++)
    {
      int handle = OpenSocket ("db.example.org", 5000 + id);
      if (handle <= 0)
	{
	  __atomic_add_fetch (&open_failures, 1, __ATOMIC_SEQ_CST);
	  continue;
	}
      if (CloseSocket (handle) != 0)
	__atomic_add_fetch (&close_failures, 1, __ATOMIC_SEQ_CST);
    }
  return NULL;
}

int
main (void)
{
  pthread_t threads[NTHREADS];
  struct transport_stats stats;
  int i, problems;

  pthread_barrier_init (&start_line, NULL, NTHREADS);
  for (i = 0; i < NTHREADS; i++)
    if (pthread_create (&threads[i], NULL, worker, (void *) (long) i) != 0)
      {
	fprintf (stderr, "transport-demo: cannot create thread %d\n", i);
	return 2;
      }
  for (i = 0; i < NTHREADS; i++)
    pthread_join (threads[i], NULL);

  problems = transport_check ();
  transport_get_stats (&stats);
  if (problems != 0 || open_failures != 0 || close_failures != 0)
    {
      printf ("transport-demo: state corrupted (%ld calls, %ld overlapping, "
	      "%ld bad closes, open count %d with %d slots in use, "
	      "%ld failed opens, %ld failed closes)\n",
	      stats.calls, stats.overlaps, stats.bad_closes,
	      stats.open_count, stats.used_slots,
	      open_failures, close_failures);
      return 1;
    }

  printf ("transport-demo: state clean (%ld calls from %d threads, "
	  "none overlapping)\n", stats.calls, NTHREADS);
  return 0;
}
