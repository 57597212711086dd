/* { dg-do compile } */
/* { dg-skip-variant "-m64" "tests an i386 diagnostic" } */
/* ms_abi on i386; fastcall with regparm; stdcall fault injection
   without a prototype.  */

#include <interceptor.h>

extern int real (int);
static int v;

INTERCEPTOR (f)
{
  INTERCEPTOR_CONVENTION (ms_abi);
  v = INTERCEPTED_ARG (int, 0);	/* { dg-error ".ms_abi. is not an i386 convention" } */
  GOTO_TARGET (real);
}

INTERCEPTOR (g)
{
  INTERCEPTOR_CONVENTION (fastcall, regparm (2));
  INTERCEPTED_SET_RETURN (int, 0);	/* { dg-error ".fastcall. and .thiscall. do not combine with .regparm." } */
  GOTO_RETURN ();
}

/* A stdcall callee pops its arguments: a GOTO_RETURN in the entry part
   must know how many bytes.  */
INTERCEPTOR (h)
{
  INTERCEPTOR_CONVENTION (stdcall);
  INTERCEPTED_SET_RETURN (int, -1);	/* { dg-error "callee pops its arguments needs .INTERCEPTOR_PROTOTYPE." } */
  GOTO_RETURN ();
}

INTERCEPTOR (k)			/* fine: a prototype; or in the exit part */
{
  INTERCEPTOR_CONVENTION (stdcall);
  INTERCEPTOR_PROTOTYPE (int);
  if (v)
    {
      INTERCEPTED_SET_RETURN (int, -1);
      GOTO_RETURN ();
    }
  GOTO_TARGET (real);
  INTERCEPTED_SET_RETURN (int, 1);
  GOTO_RETURN ();
}

INTERCEPTOR (l)
{
  INTERCEPTOR_CONVENTION (fastcall);
  GOTO_TARGET (real);
  INTERCEPTED_SET_RETURN (int, 1);
  GOTO_RETURN ();
}
