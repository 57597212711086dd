/* { dg-do assemble } */
/* { dg-options "-fcf-protection=full" } */
/* CET (SPEC 4.6): with -fcf-protection, every stub starts with endbr
   (endbr64, or endbr32 for -m32); an object with an exit part is not
   marked SHSTK-compatible -- the plugin says why, once -- but keeps the
   IBT marking.  */

#include <interceptor.h>

extern int real_cet (int);

INTERCEPTOR (cet_plain)
{
  GOTO_TARGET (real_cet);
}

INTERCEPTOR (cet_exit, cet_exit2) /* { dg-warning "object not marked SHSTK-compatible despite '-fcf-protection': interceptor 'cet_exit, cet_exit2' has an exit part, which rewrites a return address" } */
{
  GOTO_TARGET (real_cet);
  GOTO_RETURN ();
}

INTERCEPTOR (cet_exit3)		/* only one warning per object */
{
  GOTO_TARGET (real_cet);
  GOTO_RETURN ();
}

/* { dg-final { scan-notes "x86 feature: IBT" } } */
/* { dg-final { scan-notes-not "SHSTK" } } */
/* { dg-final { scan-objdump "<cet_plain>:\n\[^\n\]*\tendbr(64|32)" } } */
/* { dg-final { scan-objdump "<cet_exit>:\n\[^\n\]*\tendbr(64|32)" } } */
/* { dg-final { scan-objdump "<cet_exit2>:\n\[^\n\]*\tendbr(64|32)" } } */
/* { dg-final { scan-objdump "<cet_exit3>:\n\[^\n\]*\tendbr(64|32)" } } */
