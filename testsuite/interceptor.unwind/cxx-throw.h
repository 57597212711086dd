// cxx-throw.h -- the C++ program of cxx-general.cc and cxx-fast.cc:
// __cxa_throw, __cxa_rethrow, __gxx_personality_v0 and _Unwind_Resume
// are intercepted, each with an exit part (general-aux.c, fast-aux.c),
// and exceptions are thrown through frames holding destructors, caught
// and rethrown, thousands of times on four threads at once.  Checked
// (interceptor(7), NOTES "Exceptions, longjmp and backtraces"):
//   * every result, so every handler got its exception and every
//     non-throwing call its value;
//   * every destructor ran (also those that throw and catch an
//     exception of their own while another one passes);
//   * the catching frame gets its callee-saved registers back: values
//     kept in them across the throwing call (register variables: %rbx,
//     %r12, %r15; %esi, %edi), and uw_catch (catch.S), which compares
//     all of them;
//   * no interceptor invocation outlives the exception: the thread's
//     invocation stack is empty in the handlers and in the destructors,
//     and MAX_RECURSION (0) holds;
//   * the interceptors ran: the throws and rethrows entered, their exit
//     parts never ran, the personality's all did.
// Not a test itself.

#include <cxxabi.h>
#include <pthread.h>
#include <stdexcept>
#include "../interceptor.run/check.h"
#include "catch.h"

extern "C" {
extern unsigned long uw_entries[4], uw_exits[4], uw_bad;
unsigned int interceptor_thread_depth (void);
unsigned long interceptor_thread_memory (void **, unsigned long *,
					 unsigned long *);
}

static unsigned long bad_regs, bad_depth, bad_value;

static void
bump (unsigned long *c)
{
  __atomic_add_fetch (c, 1, __ATOMIC_RELAXED);
}

// Nothing on the thread's invocation stack, and no bytes of it used.
static bool
stack_empty ()
{
  unsigned long used = 1;
  interceptor_thread_memory (0, &used, 0);
  return interceptor_thread_depth () == 0 && used == 0;
}

static __thread long dtors, live, throws, rethrows;
static long all_throws, all_rethrows, all_dtors, all_ctors;

struct E
{
  long v;
};

struct D
{
  long v;
  D (long v) : v (v) { live++; __atomic_add_fetch (&all_ctors, 1, __ATOMIC_RELAXED); }
  ~D ()
  {
    live--;
    dtors++;
    if (!stack_empty ())
      bump (&bad_depth);
    // Now and then an exception of its own, caught here, while another
    // one may be passing.
    if (v % 16 == 5)
      try
	{
	  throws++;
	  throw E { -1 };
	}
      catch (const E &e)
	{
	  if (e.v != -1)
	    bump (&bad_value);
	}
  }
};

__attribute__ ((noinline, noclone)) static long
leaf (long i)
{
  D d (i);
  if (i % 4 == 1)
    {
      throws++;
      throw E { i };
    }
  if (i % 4 == 2)
    {
      throws++;
      throw std::runtime_error ("leaf");
    }
  return i;
}

__attribute__ ((noinline, noclone)) static long
mid (long i)
{
  D d1 (i);
  long r = leaf (i);
  D d2 (r);
  return r + 1;
}

// Nested try/rethrow.
__attribute__ ((noinline, noclone)) static long
rethrower (long i)
{
  D d (i);
  try
    {
      return mid (i) * 2;
    }
  catch (E &e)
    {
      D d2 (i);
      if (!stack_empty ())
	bump (&bad_depth);
      e.v += 1000;
      rethrows++;
      throw;
    }
}

// Not %ebx on i386: position-independent code reloads it (the GOT
// pointer) for the calls of the landing pad; uw_catch checks it.
#ifdef __x86_64__
# define REG_A register long a asm ("rbx")
# define REG_B register long b asm ("r12")
# define REG_C register long c asm ("r15")
#else
# define REG_A register long a asm ("esi")
# define REG_B register long b asm ("edi")
# define REG_C long c
#endif

// Values live in callee-saved registers across calls that throw, some
// thrown by this very frame (whose registers the __cxa_throw
// invocation keeps while the exception passes).
__attribute__ ((noinline, noclone)) static long
catcher (long i)
{
  REG_A = i * 3 + 1;
  REG_B = i ^ 0x5a5a5a5a;
  REG_C = ~i;
  long r;

  asm volatile ("" : "+r" (a), "+r" (b), "+r" (c));
  try
    {
      if (i % 8 == 7)
	{
	  throws++;
	  throw E { i };
	}
      r = rethrower (i);
    }
  catch (const E &e)
    {
      asm volatile ("" : "+r" (a), "+r" (b), "+r" (c));
      if (a != i * 3 + 1 || b != (i ^ 0x5a5a5a5a) || c != ~i)
	bump (&bad_regs);
      if (!stack_empty ())
	bump (&bad_depth);
      r = -e.v;
    }
  catch (const std::exception &)
    {
      asm volatile ("" : "+r" (a), "+r" (b), "+r" (c));
      if (a != i * 3 + 1 || b != (i ^ 0x5a5a5a5a) || c != ~i)
	bump (&bad_regs);
      r = -1;
    }
  asm volatile ("" : "+r" (a), "+r" (b), "+r" (c));
  if (a != i * 3 + 1 || b != (i ^ 0x5a5a5a5a) || c != ~i)
    bump (&bad_regs);
  return r;
}

static long
expected (long i)
{
  if (i % 8 == 7)
    return -i;
  switch (i % 4)
    {
    case 1:
      return -(i + 1000);
    case 2:
      return -1;
    default:
      return 2 * (i + 1);
    }
}

extern "C" __attribute__ ((noinline, noclone)) long
throw_through (long i)
{
  D d (i);
  return rethrower (i | 1) + mid (i);	// rethrower throws for odd i
}

static const long iterations = 5000;

static void *
work (void *)
{
  long sum = 0, want = 0;

  for (long i = 0; i < iterations; i++)
    {
      sum += catcher (i);
      want += expected (i);
      if (live != 0)
	bump (&bad_value);

      // The exact register check: uw_catch compares every callee-saved
      // register after the exception.  throw_through throws unless
      // i % 4 == 3.
      void *exc = 0;
      long r = uw_catch (throw_through, i, &exc);
      if (r == UW_CAUGHT || r == UW_CLOBBERED)
	{
	  if (r == UW_CLOBBERED)
	    bump (&bad_regs);
	  if (i % 4 == 3)
	    bump (&bad_value);
	  abi::__cxa_begin_catch (exc);
	  abi::__cxa_end_catch ();
	}
      else if (i % 4 != 3 || r != 3 * i + 3)
	bump (&bad_value);
      if (live != 0 || !stack_empty ())
	bump (&bad_value);
    }
  if (sum != want)
    {
      std::fprintf (stderr, "sum %ld, want %ld\n", sum, want);
      bump (&bad_value);
    }
  __atomic_add_fetch (&all_throws, throws, __ATOMIC_RELAXED);
  __atomic_add_fetch (&all_rethrows, rethrows, __ATOMIC_RELAXED);
  __atomic_add_fetch (&all_dtors, dtors, __ATOMIC_RELAXED);
  return 0;
}

int
main ()
{
  pthread_t th[3];

  for (int t = 0; t < 3; t++)
    CHECK (pthread_create (&th[t], 0, work, 0) == 0);
  work (0);
  for (int t = 0; t < 3; t++)
    CHECK (pthread_join (th[t], 0) == 0);
  std::printf ("throws %ld rethrows %ld destructors %ld\n", all_throws,
	       all_rethrows, all_dtors);
  std::printf ("entries %lu %lu %lu %lu exits %lu %lu %lu %lu\n",
	       uw_entries[0], uw_entries[1], uw_entries[2], uw_entries[3],
	       uw_exits[0], uw_exits[1], uw_exits[2], uw_exits[3]);
  CHECK (bad_regs == 0);
  CHECK (bad_value == 0);
  CHECK (bad_depth == 0);
  CHECK (uw_bad == 0);
  CHECK (uw_entries[0] == (unsigned long) all_throws && uw_exits[0] == 0);
  CHECK (uw_entries[1] == (unsigned long) all_rethrows && uw_exits[1] == 0);
  CHECK (uw_entries[2] > 0 && uw_exits[2] == uw_entries[2]);
  CHECK (uw_entries[3] > 0 && uw_exits[3] == 0);
  CHECK (all_dtors == all_ctors);
  std::printf ("unwind: ok\n");
  return 0;
}
