/* { dg-do compile } */
/* Types no argument register or slot carries as a scalar.  */

#include <interceptor.h>

struct s { long a, b, c; };
extern int real (int);
static struct s v;
static _Complex double c;

INTERCEPTOR (f)
{
  v = INTERCEPTED_ARG (struct s, 0);	/* { dg-error "INTERCEPTED_ARG. of a type the calling convention cannot carry" } */
  c = INTERCEPTED_ARG (_Complex double, 1);	/* { dg-error "INTERCEPTED_ARG. of a type the calling convention cannot carry" } */
  INTERCEPTED_SET_RETURN (struct s, v);	/* { dg-error "INTERCEPTED_RETURN. of a type the calling convention cannot carry" } */
  GOTO_TARGET (real);
}
