// { dg-do run }
// { dg-additional-sources "exceptions-aux.c" }
// { dg-timeout 120 }
// A C++ exception thrown by the target of an interceptor with an exit
// part (the interceptor written in C, caller and target in C++) reaches
// the caller's handler (SPEC 4.2):
//   * the exit part does not run (no unwind hook runs any part of the
//     body), the target's own destructors do;
//   * the invocation is popped: the thread's invocation stack is empty
//     once the handler runs (on x86_64 already when it starts: the
//     return landing's personality routine pops the records as the
//     exception passes), and a later call of the same
//     MAX_RECURSION(0) interceptor -- from the catching frame or from a
//     deeper one -- sees depth 0;
//   * through two nested exit-part interceptors -- at -O2 the outer
//     target tail-calls the inner stub, so that both share one return
//     address slot -- and caught between them (the outer one's exit part
//     then runs normally);
//   * a million times, without the invocation stack growing (it uses
//     0 bytes at the end);
//   * pthread_exit in a target (a forced unwind) runs the caller's
//     destructors, which see the invocation popped (x86_64).

#include <interceptor.h>
#include <pthread.h>
#include <stdexcept>
#include "check.h"

extern "C" {
int exc_x (int);
int exc_outer (int);
int exc_t (int);
int exc_end (int);
extern int exc_x_entries, exc_x_exits, exc_outer_exits, exc_bad_depth;
}

// On x86_64 the return landing's personality routine pops the records
// while the exception passes (thread_stack_used () reads the stack
// without discarding anything); elsewhere they may be discarded lazily,
// at the next entry.
#ifdef __x86_64__
# define EAGER_POP(cond) (cond)
#else
# define EAGER_POP(cond) true
#endif

struct err
{
  int v;
};

static int live_guards;

struct guard
{
  guard () { live_guards++; }
  ~guard () { live_guards--; }
};

extern "C" __attribute__ ((noinline, noclone)) int
real_exc_x (int x)
{
  guard g;
  if (x < 0)
    throw err { x };
  return x * 2;
}

extern "C" __attribute__ ((noinline, noclone)) int
real_exc_t (int x)
{
  if (x < 0)
    throw std::runtime_error ("transparent");
  return x + 7;
}

// Calls exc_x from inside a try block: caught between the two
// interceptors when X is negative.
extern "C" __attribute__ ((noinline, noclone)) int
real_exc_outer (int x)
{
  if (x >= 1000)
    return exc_x (-x);		// escapes through exc_outer too
  try
    {
      return exc_x (-x);
    }
  catch (const err &e)
    {
      CHECK (e.v == -x);
      CHECK (interceptor_thread_depth () == 1);	// exc_outer's
      return exc_x (x) + 1;
    }
}

// Calls from a deeper frame than the catching one: the return-address
// slot of the abandoned invocation lies above this call's.
__attribute__ ((noinline, noclone)) static int
deeper (int x)
{
  volatile char pad[256];
  pad[0] = 1;
  int r = exc_x (x) + pad[0] - 1;
  return r;
}

__attribute__ ((noinline, noclone)) static void
one_round (int i)
{
  int x_entries = exc_x_entries, x_exits = exc_x_exits;

  switch (i % 4)
    {
    case 0:			// thrown by exc_x's target, caught here
      try
	{
	  exc_x (-1 - i);
	  CHECK (!"not reached");
	}
      catch (const err &e)
	{
	  CHECK (EAGER_POP (thread_stack_used () == 0));
	  CHECK (e.v == -1 - i);
	  CHECK (interceptor_thread_depth () == 0);
	}
      CHECK (exc_x_entries == x_entries + 1 && exc_x_exits == x_exits);
      CHECK (deeper (i) == 2 * i);
      break;
    case 1:			// through exc_outer and exc_x
      try
	{
	  exc_outer (1000 + i);
	  CHECK (!"not reached");
	}
      catch (const err &e)
	{
	  CHECK (EAGER_POP (thread_stack_used () == 0));
	  CHECK (e.v == -1000 - i);
	}
      CHECK (interceptor_thread_depth () == 0);
      CHECK (exc_x_exits == x_exits);
      CHECK (deeper (i) == 2 * i);
      CHECK (exc_outer (3) == 7);
      break;
    case 2:			// caught inside exc_outer's target
      {
	int o = exc_outer_exits, x = i % 1000;
	CHECK (exc_outer (x) == 2 * x + 1);
	CHECK (exc_outer_exits == o + 1);
	CHECK (exc_x_exits == x_exits + 1);
      }
      break;
    case 3:			// through a transparent interceptor
      try
	{
	  exc_t (-i);
	  CHECK (!"not reached");
	}
      catch (const std::runtime_error &)
	{
	}
      CHECK (exc_t (i) == i + 7);
      CHECK (deeper (i) == 2 * i);
      break;
    }
  CHECK (interceptor_thread_depth () == 0);
  CHECK (live_guards == 0);
}

extern "C" __attribute__ ((noinline, noclone)) int
real_exc_end (int x)
{
  pthread_exit ((void *) (long) x);
}

static unsigned long used_in_dtor = 99;

struct watch
{
  ~watch () { used_in_dtor = thread_stack_used (); }
};

static void *
ending_thread (void *)
{
  watch w;
  exc_end (5);
  CHECK (!"not reached");
  return NULL;
}

int
main ()
{
  pthread_t th;
  void *res;

  CHECK (pthread_create (&th, NULL, ending_thread, NULL) == 0);
  CHECK (pthread_join (th, &res) == 0);
  CHECK (res == (void *) 5L);
  CHECK (EAGER_POP (used_in_dtor == 0));

  const int rounds = 1000000;

  for (int i = 0; i < rounds; i++)
    one_round (i);
  CHECK (exc_bad_depth == 0);
  CHECK (interceptor_thread_depth () == 0 && thread_stack_used () == 0);
  // Every four rounds, five exc_x calls complete (two in round 1).
  CHECK (exc_x_exits == rounds / 4 * 5);
  std::printf ("exceptions: %d rounds\n", rounds);
  return 0;
}

// { dg-output "exceptions: 1000000 rounds" }
