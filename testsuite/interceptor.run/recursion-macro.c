/* { dg-do run } */
/* An interceptor without MAX_RECURSION takes the value of the macro
   INTERCEPTOR_MAX_RECURSION in force where it is defined; a translation
   unit may redefine it between interceptors, and MAX_RECURSION still
   overrides it (SPEC 2.3).  Each interceptor here is driven to exactly
   its limit.  (Past the limit: recursion-limit-macro.c.)  */

#include <interceptor.h>
#include "check.h"

extern int m0 (int);
extern int m2 (int);
extern int m5 (int);
extern int m1 (int);
extern int m2again (int);

static unsigned int max_depth[5];

#define DEFINE_TARGET(NAME)						\
  __attribute__ ((noinline, noclone)) int				\
  real_##NAME (int n)							\
  {									\
    return n > 0 ? NAME (n - 1) + 1 : 0;				\
  }

DEFINE_TARGET (m0)
DEFINE_TARGET (m2)
DEFINE_TARGET (m5)
DEFINE_TARGET (m1)
DEFINE_TARGET (m2again)

static void
note_depth (int which, unsigned int depth)
{
  if (depth > max_depth[which])
    max_depth[which] = depth;
}

/* The header's default: 0.  */
INTERCEPTOR (m0)
{
  note_depth (0, INTERCEPTED_DEPTH);
  GOTO_TARGET (real_m0);
  GOTO_RETURN ();
}

#undef INTERCEPTOR_MAX_RECURSION
#define INTERCEPTOR_MAX_RECURSION 2

INTERCEPTOR (m2)
{
  note_depth (1, INTERCEPTED_DEPTH);
  GOTO_TARGET (real_m2);
  GOTO_RETURN ();
}

/* MAX_RECURSION wins over the macro.  */
MAX_RECURSION (5)
INTERCEPTOR (m5)
{
  note_depth (2, INTERCEPTED_DEPTH);
  GOTO_TARGET (real_m5);
  GOTO_RETURN ();
}

#undef INTERCEPTOR_MAX_RECURSION
#define INTERCEPTOR_MAX_RECURSION 1

INTERCEPTOR (m1)
{
  note_depth (3, INTERCEPTED_DEPTH);
  GOTO_TARGET (real_m1);
  GOTO_RETURN ();
}

#undef INTERCEPTOR_MAX_RECURSION
#define INTERCEPTOR_MAX_RECURSION (1 + 1)

INTERCEPTOR (m2again)
{
  note_depth (4, INTERCEPTED_DEPTH);
  GOTO_TARGET (real_m2again);
  GOTO_RETURN ();
}

int
main (void)
{
  CHECK (m0 (0) == 0);
  CHECK (m0 (0) == 0);
  CHECK (max_depth[0] == 0);

  CHECK (m2 (2) == 2);
  CHECK (max_depth[1] == 2);

  CHECK (m5 (5) == 5);
  CHECK (max_depth[2] == 5);

  CHECK (m1 (1) == 1);
  CHECK (max_depth[3] == 1);

  CHECK (m2again (2) == 2);
  CHECK (max_depth[4] == 2);
  return 0;
}
