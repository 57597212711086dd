/* { dg-do compile } */
/* Memory of the entry part's stack frame (alloca,
   __builtin_frame_address) in a body with an exit part: the frame is
   gone when the exit part runs (interceptor(7), "Local variables").  In
   a transparent body, or in the exit part, it is fine.  */

#include <alloca.h>
#include <string.h>
#include <interceptor.h>

extern int real (int);
static int n = 16;
static void *keep;

INTERCEPTOR (f)
{
  char *p = alloca (n);		/* { dg-error ".alloca. in the entry part of an interceptor with an exit part" } */
  GOTO_TARGET (real);
  memset (p, 0, n);
  GOTO_RETURN ();
}

INTERCEPTOR (g)
{
  keep = __builtin_frame_address (0);	/* { dg-error ".__builtin_frame_address. in the entry part" } */
  GOTO_TARGET (real);
  keep = 0;
  GOTO_RETURN ();
}

/* Code that a computed goto of the entry part reaches is entry part
   too.  */
INTERCEPTOR (j)
{
  static void *const where[] = { &&one, &&two };
  char *p;
  goto *where[n & 1];
 one:
  n++;
 two:
  p = alloca (n);		/* { dg-error ".alloca. in the entry part of an interceptor with an exit part" } */
  GOTO_TARGET (real);
  memset (p, 0, n);
  GOTO_RETURN ();
}

INTERCEPTOR (h)
{
  char *p = __builtin_alloca (n);
  memset (p, 0, n);
  GOTO_TARGET (real);
}

INTERCEPTOR (i)
{
  char *p;
  GOTO_TARGET (real);
  p = alloca (n);
  memset (p, 0, n);
  GOTO_RETURN ();
}
