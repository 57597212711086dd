/* { dg-do compile } */
/* GOTO_TARGET with an integer, not a pointer (SPEC 2.2, 2.4).  */

#include <stdint.h>
#include <interceptor.h>

extern int real (int);
static uintptr_t address = 0x1000;

INTERCEPTOR (f)
{
  GOTO_TARGET (address);	/* { dg-error "GOTO_TARGET. needs a pointer" } */
}
