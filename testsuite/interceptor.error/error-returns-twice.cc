/* { dg-do compile } */
/* C++: an exit part on a function that returns twice is an error, as
   in C (error-returns-twice.c), also with objects whose destructors run
   in the exit part; a transparent interceptor of it is fine.  */

#include <interceptor.h>

extern void *real_fn;
static int count;

struct counter
{
  counter () { count++; }
  ~counter () { count--; }
};

INTERCEPTOR (execv, sigsetjmp) /* { dg-error "'sigsetjmp' returns twice, so interceptor 'execv, sigsetjmp' cannot have an exit part" } */
{
  counter c;
  GOTO_TARGET (real_fn); /* { dg-message "the exit part of this 'GOTO_TARGET'" } */
  GOTO_RETURN ();
}

INTERCEPTOR (vfork, __sigsetjmp)
{
  count++;
  GOTO_TARGET (real_fn);
}
