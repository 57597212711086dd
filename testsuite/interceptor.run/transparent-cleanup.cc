/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror" } */
/* A transparent interceptor whose body has objects with destructors
   (interceptor(7), "Local variables"): nothing the user wrote follows
   GOTO_TARGET, so the objects are destroyed when the entry part ends,
   before the jump, and the target returns straight to the caller --
   on every path, also from a nested block and from both arms of an
   if.  */

#include <interceptor.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#define CHECK(c) \
  ((c) ? (void) 0 : (std::fprintf (stderr, "%d: %s\n", __LINE__, #c), \
		     std::abort ()))

static char log_buf[256];

static void
note (const char *what)
{
  std::strcat (log_buf, what);
  std::strcat (log_buf, " ");
}

struct probe
{
  const char *name;
  explicit probe (const char *n) : name (n) { note (n); }
  ~probe () { note ("~"); note (name); }
};

extern "C" int tc_op (int);

extern "C" __attribute__ ((noinline, noclone)) int
real_op (int x)
{
  note ("target");
  return x * 3;
}

static int pick;

INTERCEPTOR (tc_op)
{
  probe outer ("outer");
  std::string name (INTERCEPTED_NAME);
  CHECK (name == "tc_op");
  if (pick)
    {
      probe inner ("inner");
      GOTO_TARGET (real_op);
    }
  else
    GOTO_TARGET (real_op);
}

int
main ()
{
  CHECK (tc_op (2) == 6);
  CHECK (std::strcmp (log_buf, "outer ~ outer target ") == 0);
  log_buf[0] = 0;
  pick = 1;
  CHECK (tc_op (5) == 15);
  CHECK (std::strcmp (log_buf, "outer inner ~ inner ~ outer target ") == 0);
  return 0;
}
