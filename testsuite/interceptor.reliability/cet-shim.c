/* { dg-do link } */
/* { dg-options "-shared -fPIC -nostdlib -fcf-protection=full" } */
/* CET (SPEC 4.6) in a shim: a shared object built from an interceptor
   with an exit part (alone, without start files, which are not CET
   marked on every system) carries IBT but not SHSTK; nor does the
   runtime library claim SHSTK: its return landing rewrites return
   addresses.  */

#include <interceptor.h>

extern int real_cet (int);

INTERCEPTOR (cet_shim) /* { dg-warning "not marked SHSTK-compatible" } */
{
  GOTO_TARGET (real_cet);
  GOTO_RETURN ();
}

/* { dg-final { scan-notes "x86 feature: IBT" } } */
/* { dg-final { scan-notes-not "SHSTK" } } */
/* { dg-final { scan-objdump "<cet_shim>:\n\[^\n\]*\tendbr(64|32)" } } */
/* { dg-final { scan-runtime-notes-not "SHSTK" } } */
