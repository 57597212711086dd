/* transport.c -- libtransport.so, a small library that claims to be
   thread-safe and is not.  See transport.h.

   OpenSocket and CloseSocket keep a table of connections and a count of
   open connections.  Each reads the shared state, then "talks to the
   network" (a short sleep: the window), then writes the state back --
   with no lock.  When two calls overlap, one can hand out a slot that
   another is taking at the same moment, or write back a count that
   another call has changed meanwhile.

   So that a demonstration never depends on losing such a race by luck,
   the library also counts *overlaps*: a call that starts while another
   call of the library is running.  Overlapping calls are exactly what a
   thread-safe library would have to cope with, so transport_check
   reports any overlap as a problem, along with the damage it may have
   done (closes of handles that were not open, a count that does not
   match the table).  Four threads calling it at once overlap almost at
   once; the same program with transport-shim.so preloaded, which
   serialises the two functions, never does.

   This library knows nothing about interceptor and is built as plain C:

       gcc -shared -fPIC -o libtransport.so transport.c  */

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "transport.h"

#define TABLE_SIZE 64

/* One connection.  */
struct slot
{
  int in_use;
  int port;
  char host[48];
};

/* The shared state OpenSocket and CloseSocket corrupt.  */
static struct slot table[TABLE_SIZE];
static int open_count;

/* The self-check's counters.  These are updated atomically (the check
   itself must be reliable, unlike the state it checks).  */
static int active_calls;	/* calls inside the library right now */
static long calls;
static long overlaps;
static long bad_closes;

/* Every entry point starts with this: count the call and notice whether
   another one is still running.  */
static void
call_begin (void)
{
  __atomic_add_fetch (&calls, 1, __ATOMIC_SEQ_CST);
  if (__atomic_fetch_add (&active_calls, 1, __ATOMIC_SEQ_CST) != 0)
    __atomic_add_fetch (&overlaps, 1, __ATOMIC_SEQ_CST);
}

static void
call_end (void)
{
  __atomic_sub_fetch (&active_calls, 1, __ATOMIC_SEQ_CST);
}

/* The time the library spends "on the network" between reading and
   writing its state: long enough for any other thread to get in.  */
static void
network_delay (void)
{
  usleep (20);
}

int
OpenSocket (const char *host, int port)
{
  int count, i;

  call_begin ();

  /* Read the state...  */
  count = open_count;
  for (i = 0; i < TABLE_SIZE && table[i].in_use; i++)
    ;
  if (i == TABLE_SIZE)
    {
      call_end ();
      return -1;
    }

  /* ...resolve HOST and connect (meanwhile another thread may pick the
     same free slot, or change the count)...  */
  network_delay ();

  /* ...and write it back.  */
  table[i].in_use = 1;
  table[i].port = port;
  snprintf (table[i].host, sizeof table[i].host, "%s", host);
  open_count = count + 1;

  call_end ();
  return i + 1;
}

int
CloseSocket (int handle)
{
  int count, i = handle - 1;

  call_begin ();

  if (i < 0 || i >= TABLE_SIZE || !table[i].in_use)
    {
      /* With correct callers this only happens after two OpenSockets
	 handed out the same slot.  */
      __atomic_add_fetch (&bad_closes, 1, __ATOMIC_SEQ_CST);
      call_end ();
      return -1;
    }
  count = open_count;

  /* Flush and shut down the connection.  */
  network_delay ();

  table[i].in_use = 0;
  table[i].host[0] = '\0';
  open_count = count - 1;

  call_end ();
  return 0;
}

void
transport_get_stats (struct transport_stats *stats)
{
  int i, used = 0;

  for (i = 0; i < TABLE_SIZE; i++)
    used += table[i].in_use != 0;

  stats->calls = __atomic_load_n (&calls, __ATOMIC_SEQ_CST);
  stats->overlaps = __atomic_load_n (&overlaps, __ATOMIC_SEQ_CST);
  stats->bad_closes = __atomic_load_n (&bad_closes, __ATOMIC_SEQ_CST);
  stats->open_count = open_count;
  stats->used_slots = used;
}

int
transport_check (void)
{
  struct transport_stats s;
  int problems = 0;

  transport_get_stats (&s);
  problems += s.overlaps != 0;
  problems += s.bad_closes != 0;
  problems += s.open_count != s.used_slots;
  return problems;
}
