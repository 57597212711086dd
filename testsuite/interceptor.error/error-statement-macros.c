/* { dg-do compile } */
/* INTERCEPTOR_PROTOTYPE and INTERCEPTOR_CONVENTION belong in a body,
   once each; the conventions must be known ones (interceptor(7),
   DIAGNOSTICS).  The errors are at the user's line; what the compiler
   says afterwards about the header's declarations is pruned.  */

#include <interceptor.h>

extern int real (int);

INTERCEPTOR (f)
{
  INTERCEPTOR_PROTOTYPE (int);
  INTERCEPTOR_PROTOTYPE (long);	/* { dg-error "INTERCEPTOR_PROTOTYPE. given twice in one interceptor body" } */
  GOTO_TARGET (real);
}

INTERCEPTOR (g)
{
  INTERCEPTOR_CONVENTION (vectorcall);	/* { dg-error ".vectorcall. is not a calling convention .INTERCEPTOR_CONVENTION. knows" } */
  GOTO_TARGET (real);
}

INTERCEPTOR (h)
{
  INTERCEPTOR_CONVENTION ();	/* { dg-error ".INTERCEPTOR_CONVENTION. needs at least one convention" } */
  GOTO_TARGET (real);
}

INTERCEPTOR (i)
{
  INTERCEPTOR_CONVENTION (1);	/* { dg-error ".INTERCEPTOR_CONVENTION. takes a comma-separated list of conventions" } */
  GOTO_TARGET (real);
}

void
helper (void)
{
  INTERCEPTOR_PROTOTYPE (int);	/* { dg-error ".INTERCEPTOR_PROTOTYPE. outside an interceptor body" } */
}

/* { dg-prune-output "redeclaration of enumerator|redefinition of|undeclared|first use in this function|reported only once|expected" } */
