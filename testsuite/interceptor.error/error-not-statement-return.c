/* { dg-do compile } */
/* GOTO_RETURN inside an expression (SPEC 2.4).  GOTO_RETURN() expands
   to a statement (the marker and a 'return'), so the C parser itself
   refuses it; its message points into the header's macro, with a note
   at this line.  */

#include <interceptor.h>

extern int real (int);
static int count;

INTERCEPTOR (f)
{
  GOTO_TARGET (real);
  count = (GOTO_RETURN (), 0);
  /* { dg-error "expected expression before .do." "" { target *-*-* } 0 } */
}
