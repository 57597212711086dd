/* { dg-do compile } */
/* MAX_RECURSION followed by anything but INTERCEPTOR: the error is at
   the macro, on its own line above what follows (interceptor(7),
   DIAGNOSTICS).  */

#include <interceptor.h>

extern int real (int);

MAX_RECURSION (1)		/* { dg-error "MAX_RECURSION. must be followed by .INTERCEPTOR.: the declaration of .declared. comes next" } */
int declared (int);

MAX_RECURSION (1)		/* { dg-error "MAX_RECURSION. must be followed by .INTERCEPTOR.: the declaration of .type. comes next" } */
typedef int type;

MAX_RECURSION (1)		/* { dg-error "MAX_RECURSION. must be followed by .INTERCEPTOR.: a type comes next" } */
struct s { int a; };

MAX_RECURSION (1)		/* { dg-error "MAX_RECURSION. must be followed by .INTERCEPTOR.: another .MAX_RECURSION. comes next \\(an interceptor has one limit\\)" } */
MAX_RECURSION (2)
INTERCEPTOR (f)
{
  GOTO_TARGET (real);
}

INTERCEPTOR (g)
{
  MAX_RECURSION (1)		/* { dg-error "MAX_RECURSION. must be followed by .INTERCEPTOR.: the declaration of .y. comes next" } */
  int y = 0;
  (void) y;
  GOTO_TARGET (real);
}

MAX_RECURSION (2)
INTERCEPTOR (h);		/* { dg-error ".INTERCEPTOR\\(...\\). must be followed by its body in braces" } */

MAX_RECURSION (3)		/* { dg-error "MAX_RECURSION. must be followed by .INTERCEPTOR.: the end of the file comes next" } */
