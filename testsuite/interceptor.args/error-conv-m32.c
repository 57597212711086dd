/* { dg-do compile } */
/* { dg-skip-variant "-m64" "tests an i386 diagnostic" } */
/* ms_abi on i386; fastcall with regparm; regparm beyond 3; two
   conventions; stdcall fault injection without a prototype.  Each
   convention error is reported at INTERCEPTOR_CONVENTION, accessor or
   not.  */

#include <interceptor.h>

extern int real (int);
static int v;

INTERCEPTOR (f)
{
  INTERCEPTOR_CONVENTION (ms_abi);	/* { dg-error ".ms_abi. is a 64-bit convention" } */
  v = INTERCEPTED_ARG (int, 0);
  GOTO_TARGET (real);
}

INTERCEPTOR (g)
{
  INTERCEPTOR_CONVENTION (fastcall, regparm (2));	/* { dg-error ".fastcall. and .thiscall. do not combine with .regparm." } */
  INTERCEPTED_SET_RETURN (int, 0);
  GOTO_RETURN ();
}

INTERCEPTOR (m)
{
  INTERCEPTOR_CONVENTION (regparm (9));	/* { dg-error ".regparm. takes the number of registers, 0 to 3" } */
  GOTO_TARGET (real);
}

INTERCEPTOR (n)
{
  INTERCEPTOR_CONVENTION (stdcall, cdecl);	/* { dg-error ".stdcall. and .cdecl. do not combine" } */
  GOTO_TARGET (real);
}

INTERCEPTOR (o)
{
  INTERCEPTOR_CONVENTION (stdcall (2));	/* { dg-error ".stdcall. takes no argument" } */
  GOTO_TARGET (real);
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

/* { dg-prune-output "called object" } */
