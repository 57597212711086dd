/* { dg-do compile } */
/* C++: keywords and names of other entities cannot be exported
   (interceptor(7), DIAGNOSTICS).  */

#include <interceptor.h>

extern "C" int real (int);
extern int variable;
namespace space { }

INTERCEPTOR (variable)		/* { dg-error "declares .variable. as a variable" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (space)		/* { dg-error "declares .space. as a namespace" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (ok, new)		/* { dg-error ".new. is a keyword" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (class)		/* { dg-error ".class. is a keyword" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (delete)		/* { dg-error ".delete. is a keyword" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (this)		/* { dg-error ".this. is a keyword" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (template)		/* { dg-error ".template. is a keyword" } */
{
  GOTO_TARGET (real);
}
