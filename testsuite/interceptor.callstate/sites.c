/* { dg-do run } */
/* { dg-skip-variant "-m32" "x86_64 snapshot; i386: interceptor.i386" } */
/* Call state with several GOTO_TARGET sites in one body (SPEC 2.2,
   3.1-3.3): the path taken decides whether the invocation is transparent
   or has an exit part, and each path must preserve the call state.  See
   snapshot.h.  */

#include <interceptor.h>
#include "snapshot.h"

#if SNAP_SUPPORTED

extern void cs_sites (void);

static int path;

INTERCEPTOR (cs_sites)
{
  snap_body_noise ("entry part");
  switch (path)
    {
    case 0:
      GOTO_TARGET (snap_target);	/* transparent */
      break;
    case 1:
      GOTO_TARGET ((void *) snap_target);
      snap_body_noise ("exit part 1");
      GOTO_RETURN ();
    default:
      snap_body_noise ("more entry part");
      GOTO_TARGET (snap_target);
      snap_body_noise ("exit part 2");
      GOTO_RETURN ();
    }
}

int
main (int argc, char **argv)
{
  snap_run_all_paths (argc, argv);
  snap_init ();
  for (path = 0; path <= 2; path++)
    {
      snap_test ("sites", (void *) cs_sites, path == 0, 0, 0, 2);
      snap_test ("sites", (void *) cs_sites, path == 0, 2, 0, 1);
    }
  return snap_finish ();
}

#else

int
main (void)
{
  return 0;
}

#endif
