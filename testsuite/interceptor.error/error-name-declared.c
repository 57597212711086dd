/* { dg-do compile } */
/* Names INTERCEPTOR cannot export as functions: keywords, and names the
   unit declares as something else -- code that reads a variable of that
   name would read the stub (interceptor(7), DIAGNOSTICS).  */

#include <interceptor.h>

extern int real (int);
extern int variable;
static int local_function (int);
typedef int type;
enum { enumerator };

INTERCEPTOR (variable)		/* { dg-error "exports .variable. as a function, but this translation unit declares .variable. as a variable" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (local_function)	/* { dg-error "declares .local_function. as a static function" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (type)		/* { dg-error "declares .type. as a type" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (enumerator)	/* { dg-error "declares .enumerator. as an enumeration constant" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (int)		/* { dg-error ".int. is a keyword, not the name of a function" } */
{
  GOTO_TARGET (real);
}

/* _Bool shares its keyword code with C23's bool.  */
INTERCEPTOR (_Bool)		/* { dg-error "._Bool. is a keyword" } */
{
  GOTO_TARGET (real);
}

INTERCEPTOR (static)		/* { dg-error ".static. is a keyword" } */
{
  GOTO_TARGET (real);
}
