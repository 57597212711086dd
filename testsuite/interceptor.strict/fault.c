/* { dg-do run } */
/* { dg-options "-fno-pie -no-pie" } */
/* { dg-additional-sources "strict-snap.S" } */
/* Strict mode, GOTO_RETURN in the entry part: no target runs, and the
   caller gets back exactly the state it called with.  */

#include "strict.h"

extern void st_fault (void);
static int entries;

INTERCEPTOR_STRICT INTERCEPTOR (st_fault)
{
  entries++;
  st_body_noise ("entry part");
  if (entries > 0)
    GOTO_RETURN ();
  GOTO_TARGET (st_target);
}

int
main (int argc, char **argv)
{
  st_prepare (argc, argv);
  memset (&st_entry, 0, sizeof st_entry);
  st_fn = (void *) st_fault;
  st_call ();
  st_expect_after ("fault return, caller after return", &st_in, 0);
  for (size_t i = 0; i < sizeof st_entry.b; i++)
    if (st_entry.b[i] != 0)
      {
	fprintf (stderr, "FAIL: the target ran\n");
	return 1;
      }
  return st_finish ("fault return");
}
