/* { dg-do compile } */
/* Accessor arguments the compiler would quietly convert: an index that
   is not an integer, array and function types (which no argument has:
   C passes them as pointers); and an empty INTERCEPTOR_PROTOTYPE
   (interceptor(3), INTERCEPTED_ARG).  */

#include <interceptor.h>

extern int real (int);
static int v;

INTERCEPTOR (f)
{
  v = INTERCEPTED_ARG (int, 1.5);	/* { dg-error "the index of .INTERCEPTED_ARG. and .INTERCEPTED_SET_ARG. must be an integer constant expression" } */
  GOTO_TARGET (real);
}

INTERCEPTOR (g)
{
  (void) INTERCEPTED_ARG (int[2], 0);	/* { dg-error ".INTERCEPTED_ARG. of a type the calling convention cannot carry" } */
  (void) INTERCEPTED_ARG (int (int), 0);	/* { dg-error ".INTERCEPTED_ARG. of a type the calling convention cannot carry" } */
  INTERCEPTED_SET_RETURN (int[2], 0);	/* { dg-error ".INTERCEPTED_RETURN. of a type the calling convention cannot carry" } */
  GOTO_RETURN ();
}

INTERCEPTOR (h)
{
  INTERCEPTOR_PROTOTYPE ();	/* { dg-error ".INTERCEPTOR_PROTOTYPE. needs the types of the intercepted functions. arguments" } */
  GOTO_TARGET (real);
}

/* { dg-prune-output "expected expression before" } */
