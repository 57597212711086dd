/* { dg-do assemble } */
/* { dg-options "-fcf-protection=full" } */
/* { dg-skip-variant "-m32" "i386 stubs never keep SHSTK: interceptor.i386/cet.c" } */
/* CET (SPEC 4.6): an object whose interceptors are all transparent
   never rewrites a return address: it keeps both markings, IBT and
   SHSTK, without a warning, and its stubs start with endbr.  */

#include <interceptor.h>

extern int real_cet (int);

INTERCEPTOR (cet_t1, cet_t2)
{
  GOTO_TARGET (real_cet);
}

/* { dg-final { scan-notes "x86 feature: IBT, SHSTK" } } */
/* { dg-final { scan-objdump "<cet_t1>:\n\[^\n\]*\tendbr(64|32)" } } */
/* { dg-final { scan-objdump "<cet_t2>:\n\[^\n\]*\tendbr(64|32)" } } */
