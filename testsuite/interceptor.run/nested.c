/* { dg-do run } */
/* Nested interceptors: the target of one interceptor calls another
   intercepted function, whose target calls a third; and an entry part
   and an exit part call intercepted functions themselves.  Each
   interceptor's entry and exit part runs once, in properly nested order,
   at depth 0 (the depth counts invocations of the same interceptor
   only), and every return value gets through.  */

#include <interceptor.h>
#include "check.h"

extern int ia (int);
extern int ib (int);
extern int ic (int);
extern int it (int);

/* ia -> (target) ib -> (target) ic; it is transparent.  */
__attribute__ ((noinline, noclone)) int
real_ia (int x)
{
  int r;
  ev ("a{");
  r = ib (x + 1) * 2;
  ev ("a}");
  return r;
}

__attribute__ ((noinline, noclone)) int
real_ib (int x)
{
  int r;
  ev ("b{");
  r = ic (x + 1) + 100;
  ev ("b}");
  return r;
}

__attribute__ ((noinline, noclone)) int
real_ic (int x)
{
  ev ("c");
  return x * 10;
}

__attribute__ ((noinline, noclone)) int
real_it (int x)
{
  ev ("t");
  return x - 1;
}

static int call_it_in_entry, call_ic_in_exit;

INTERCEPTOR (ia)
{
  int before = 0;

  CHECK (INTERCEPTED_DEPTH == 0);
  ev ("A<");
  if (call_it_in_entry)
    before = it (50);
  GOTO_TARGET (real_ia);
  CHECK (INTERCEPTED_DEPTH == 0);
  if (call_it_in_entry)
    CHECK (before == 49);
  if (call_ic_in_exit)
    CHECK (ic (7) == 70);
  ev ("A>");
  GOTO_RETURN ();
}

INTERCEPTOR (ib)
{
  CHECK (INTERCEPTED_DEPTH == 0);
  ev ("B<");
  GOTO_TARGET (real_ib);
  ev ("B>");
  GOTO_RETURN ();
}

INTERCEPTOR (ic)
{
  CHECK (INTERCEPTED_DEPTH == 0);
  ev ("C<");
  GOTO_TARGET (real_ic);
  ev ("C>");
  GOTO_RETURN ();
}

INTERCEPTOR (it)
{
  ev ("T");
  GOTO_TARGET (real_it);
}

int
main (void)
{
  /* ia(1) = (ic(3) + 100) * 2 = 260.  */
  CHECK (ia (1) == 260);
  CHECK_LOG ("A< a{ B< b{ C< c C> b} B> a} A>");

  call_it_in_entry = 1;
  call_ic_in_exit = 1;
  CHECK (ia (2) == 280);
  CHECK_LOG ("A< T t a{ B< b{ C< c C> b} B> a} C< c C> A>");

  /* The inner ones alone still work.  */
  CHECK (ib (0) == 110);
  CHECK_LOG ("B< b{ C< c C> b} B>");
  return 0;
}
