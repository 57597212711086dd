/* { dg-do compile } */
/* C++: a computed goto from the exit part back to a label of the entry part
   (interceptor(7), DIAGNOSTICS): the entry part has returned at
   GOTO_TARGET, so it cannot run again.  The CFG lets a computed goto
   reach every label whose address is taken, so the error is at the
   goto.  A computed-goto loop within one part is fine.  */

#include <interceptor.h>

extern "C" int real (int);
static int exits, n;

INTERCEPTOR (f)
{
  void *where = &&in;
 in:
  GOTO_TARGET (real);
  exits++;
  if (n++ < 2)
    goto *where;		/* { dg-error "computed .goto. in the exit part can jump back into the entry part, to label .in." } */
  GOTO_RETURN ();
}

INTERCEPTOR (g)
{
  void *again;
 entry:
  if (n++ < 3)
    goto entry;
  GOTO_TARGET (real);
  again = &&exit_loop;
 exit_loop:
  if (exits++ < 3)
    goto *again;
  GOTO_RETURN ();
}
