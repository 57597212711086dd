/* { dg-do run } */
/* { dg-shouldfail "recursion limit" } */
/* MAX_RECURSION with C++ constant expressions (interceptor(7),
   MAX_RECURSION): an enumerator, a static constexpr member of a class
   template's instance and a const variable.  Each limit allows exactly
   that many nested re-entries; one more aborts with the limit in the
   message.  */

#include <interceptor.h>
#include <cstdio>

enum { LIMIT_ENUM = 2 };
template <int N> struct limit { static constexpr unsigned v = N; };
const int limit_const = 1;

extern "C" int rc_enum (int), rc_tmpl (int), rc_const (int);

extern "C" __attribute__ ((noinline, noclone)) int
real_enum (int n)
{
  return n > 0 ? rc_enum (n - 1) + 1 : 0;
}

extern "C" __attribute__ ((noinline, noclone)) int
real_tmpl (int n)
{
  return n > 0 ? rc_tmpl (n - 1) + 1 : 0;
}

extern "C" __attribute__ ((noinline, noclone)) int
real_const (int n)
{
  return n > 0 ? rc_const (n - 1) + 1 : 0;
}

MAX_RECURSION (LIMIT_ENUM)
INTERCEPTOR (rc_enum)
{
  GOTO_TARGET (real_enum);
  GOTO_RETURN ();
}

MAX_RECURSION (limit<3>::v)
INTERCEPTOR (rc_tmpl)
{
  GOTO_TARGET (real_tmpl);
  GOTO_RETURN ();
}

MAX_RECURSION (limit_const)
INTERCEPTOR (rc_const)
{
  GOTO_TARGET (real_const);
  GOTO_RETURN ();
}

int
main ()
{
  std::fprintf (stderr, "%d %d %d\n", rc_enum (2), rc_tmpl (3),
		rc_const (1));
  rc_tmpl (4);			/* the fifth nested invocation aborts */
  std::fprintf (stderr, "not reached\n");
  return 0;
}

/* { dg-output "2 3 1\n" } */
/* { dg-output "interceptor: recursion limit exceeded in interceptor 'rc_tmpl' entered as 'rc_tmpl'\[^\n\]*MAX_RECURSION\\(3\\) allows 3 nested re-entries" } */
