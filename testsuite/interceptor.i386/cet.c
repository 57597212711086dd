/* { dg-do assemble } */
/* { dg-skip-variant "-m64" "i386 stubs" } */
/* { dg-options "-fcf-protection=full" } */
/* CET (SPEC 4.6) on i386: the stubs start with endbr32, and the object
   keeps the IBT marking; it never claims SHSTK, even with transparent
   interceptors only -- an i386 stub `ret's into the runtime's entry
   trampoline, which `ret's into the target -- and the plugin says so.
   (interceptor.reliability/cet-transparent.c is the x86_64 case.)  */

#include <interceptor.h>

extern int real_cet (int);

INTERCEPTOR (cet_t1, cet_t2) /* { dg-warning "object not marked SHSTK-compatible despite '-fcf-protection': interceptor stubs on this target return into the runtime's trampolines" } */
{
  GOTO_TARGET (real_cet);
}

/* { dg-final { scan-notes "x86 feature: IBT" } } */
/* { dg-final { scan-notes-not "SHSTK" } } */
/* { dg-final { scan-objdump "<cet_t1>:\n\[^\n\]*\tendbr32" } } */
/* { dg-final { scan-objdump "<cet_t2>:\n\[^\n\]*\tendbr32" } } */
