/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror" } */
/* An interceptor in a C++ translation unit: it exports the plain
   (unmangled) name, its body uses RAII guards that live from the entry
   part into the exit part and are destroyed at GOTO_RETURN, a lambda
   capturing a body local by reference, std::string, and an exception
   thrown and caught inside the entry part.  */

#include <interceptor.h>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <string>

#define CHECK(c) \
  ((c) ? (void) 0 : (std::fprintf (stderr, "%d: %s\n", __LINE__, #c), \
		     std::abort ()))

extern "C" int cxx_add (int, int);
extern "C" int cxx_sub (int, int);

extern "C" __attribute__ ((noinline, noclone)) int
real_add (int a, int b)
{
  return a + b;
}

extern "C" __attribute__ ((noinline, noclone)) int
real_sub (int a, int b)
{
  return a - b;
}

static std::mutex m;
static int constructed, destroyed, caught, calls;
static std::string last;

struct probe
{
  probe () { constructed++; }
  ~probe () { destroyed++; }
};

INTERCEPTOR (cxx_add, cxx_sub)
{
  std::lock_guard<std::mutex> guard (m);	/* held across the target */
  probe p;
  std::string who = INTERCEPTED_NAME;
  auto count = [&] () { calls++; return who.size (); };
  CHECK (count () == 7);
  try
    {
      if (who == "cxx_sub")
	throw std::runtime_error ("sub");
    }
  catch (const std::exception &e)
    {
      caught++;
    }
  if (who == "cxx_add")
    GOTO_TARGET (real_add);
  else
    GOTO_TARGET (real_sub);
  /* Exit part: the guard is still held, the locals still alive.  */
  CHECK (!m.try_lock ());
  CHECK (constructed == destroyed + 1);
  who += "!";
  last = who;
  GOTO_RETURN ();
}

int
main ()
{
  for (int i = 0; i < 3; i++)
    {
      CHECK (cxx_add (2, 3) == 5);
      CHECK (last == "cxx_add!");
      CHECK (cxx_sub (2, 3) == -1);
      CHECK (last == "cxx_sub!");
    }
  CHECK (calls == 6 && caught == 3);
  CHECK (constructed == 6 && destroyed == 6);
  CHECK (m.try_lock ());	/* every guard was released */
  m.unlock ();
  return 0;
}
