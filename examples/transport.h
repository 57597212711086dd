/* transport.h -- the interface of libtransport.so, the example library
   that transport-shim.c repairs.

   The documentation of this (made-up) library says that every function
   is thread-safe.  It is not: OpenSocket and CloseSocket update one
   shared connection table without any lock, and running them
   concurrently corrupts it.  transport-demo.c shows the corruption;
   transport-shim.c, preloaded, serialises the two functions with one
   interceptor body and makes the same program run clean -- without the
   library's source and without writing down these prototypes.

   No real network is involved: a "socket" is a slot in the table.  */

#ifndef TRANSPORT_H
#define TRANSPORT_H 1

#ifdef __cplusplus
extern "C" {
#endif

/* Open a connection to HOST:PORT.  Returns a handle > 0, or -1 when the
   table is full.  "Thread-safe."  */
int OpenSocket (const char *host, int port);

/* Close the connection HANDLE.  Returns 0, or -1 when HANDLE is not an
   open connection.  "Thread-safe."  */
int CloseSocket (int handle);

/* What the library's self-check found.  */
struct transport_stats
{
  long calls;			/* OpenSocket + CloseSocket calls so far */
  long overlaps;		/* calls that began while another was running */
  long bad_closes;		/* CloseSocket of a handle not open */
  int open_count;		/* the library's count of open connections */
  int used_slots;		/* slots actually marked in use */
};

/* Check the library's internal state.  Returns 0 when it is consistent
   (no two calls ever overlapped, no close of a handle that was not
   open, and the open count matches the table), else the number of
   problems found.  Must not run concurrently with OpenSocket or
   CloseSocket.  */
int transport_check (void);

/* The numbers transport_check looks at, for a report.  */
void transport_get_stats (struct transport_stats *stats);

#ifdef __cplusplus
}
#endif

#endif /* TRANSPORT_H */
