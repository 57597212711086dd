/* { dg-do compile } */
/* GOTO_TARGET inside a C++ try block: the target runs after the entry
   part has returned, so the block could never catch its exceptions.  */

#include <interceptor.h>

extern "C" int real (int);

INTERCEPTOR (f)
{
  try
    {
      GOTO_TARGET (real);	/* { dg-error "inside a .try. block" } */
    }
  catch (...)
    {
    }
}
