/* { dg-do compile } */
/* The macros inside the declaration of a loop condition, which GCC 15
   and later keep apart from the condition (FOR_COND_PREP,
   WHILE_COND_PREP): GOTO_TARGET and GOTO_RETURN in a statement
   expression there are misuse (SPEC 2.4), and INTERCEPTED_NAME is no
   use outside a body.  */

#include <interceptor.h>

extern "C" int real (int);
extern "C" int other (int);

INTERCEPTOR (f)
{
  while (int v = ({ GOTO_TARGET (real); 0; }))	/* { dg-error "GOTO_TARGET. must be used as a statement of its own, not inside a statement expression" } */
    (void) v;
  for (int i = 0; int w = ({ GOTO_RETURN (); 0; }); i++)	/* { dg-error "GOTO_RETURN\\(\\). must be used as a statement of its own, not inside an expression" } */
    (void) w;
  GOTO_TARGET (real);
  GOTO_RETURN ();
}

int
not_a_body (void)
{
  int n = 0;
  while (const char *p = n++ ? 0 : INTERCEPTED_NAME)	/* { dg-error "INTERCEPTED_NAME. used outside an interceptor body" } */
    (void) p;
  return other (n);
}
