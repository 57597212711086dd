/* { dg-do run } */
/* { dg-options "-fexceptions -Wl,--no-as-needed -lgcc_s" } */
/* { dg-additional-sources "catch.S catch-aux.c raise.S" } */
/* { dg-timeout 120 } */
/* An exception raised with _Unwind_RaiseException in C, through frames
   with __attribute__ ((cleanup)) variables, caught by uw_catch
   (catch.S), while _Unwind_RaiseException, _Unwind_Resume and the C
   personality routine __gcc_personality_v0 are intercepted, each with an
   exit part (interceptor(7), NOTES): every cleanup runs (some raise and
   catch an exception of their own while the first one passes), the
   catching frame gets every callee-saved register back, no invocation
   outlives the exception.  uw_raise (raise.S) raises from a frame that
   saves no register, so that the catching frame's %rbx (%ebx) is the
   one the return landing's CFI gives the unwinder.  libgcc_s is linked
   in so that the runtime's personality routine finds the unwinder.  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <interceptor.h>
#include <stddef.h>
#include <unwind.h>
#include "../interceptor.run/check.h"
#include "catch.h"

unsigned int interceptor_thread_depth (void);
unsigned long interceptor_thread_memory (void **, unsigned long *,
					 unsigned long *);

/* 0 _Unwind_RaiseException, 1 _Unwind_Resume, 2 __gcc_personality_v0.  */
static void *real[3];
static unsigned long entries[3], exits[3], bad;

static void __attribute__ ((constructor))
resolve (void)
{
  static const char *const names[3] = {
    "_Unwind_RaiseException", "_Unwind_Resume", "__gcc_personality_v0"
  };
  for (int k = 0; k < 3; k++)
    if ((real[k] = dlsym (RTLD_NEXT, names[k])) == NULL)
      __builtin_trap ();
}

static void __attribute__ ((noinline, noclone))
note (unsigned long *c)
{
  (*c)++;
}

#define COUNTING(k, name)						\
  MAX_RECURSION (0)							\
  INTERCEPTOR (name)							\
  {									\
    unsigned long tag = 0xc0de0000ul + k;				\
    note (&entries[k]);							\
    GOTO_TARGET (real[k]);						\
    if (tag != 0xc0de0000ul + k || INTERCEPTED_DEPTH != 0)		\
      note (&bad);							\
    note (&exits[k]);							\
    GOTO_RETURN ();							\
  }

COUNTING (0, _Unwind_RaiseException)
COUNTING (1, _Unwind_Resume)
COUNTING (2, __gcc_personality_v0)

static int
stack_empty (void)
{
  unsigned long used = 1;
  interceptor_thread_memory (0, &used, 0);
  return interceptor_thread_depth () == 0 && used == 0;
}

static struct _Unwind_Exception exc[2];
static long raises, cleanups, inits;
static unsigned long calls;

static long inner (long);

static void
cleanup (long *p)
{
  cleanups++;
  if (!stack_empty ())
    bad++;
  /* Now and then an exception of its own, caught here, while the first
     one passes.  */
  if (*p % 8 == 3)
    {
      void *e = NULL;
      if (uw_catch (inner, -1, &e) != UW_CAUGHT || e != &exc[1])
	bad++;
    }
}

#define GUARD(v) \
  long v __attribute__ ((cleanup (cleanup))) = (inits++, i)

static long __attribute__ ((noinline, noclone))
inner (long i)
{
  GUARD (g);
  if (i < 0 || i % 3 != 0)
    {
      struct _Unwind_Exception *x = &exc[i < 0];
      x->exception_class = 0x4c54535443554e57ull;	/* "interceptor" */
      x->exception_cleanup = NULL;
      raises++;
      _Unwind_RaiseException (x);
      CHECK (!"_Unwind_RaiseException returned");
    }
  return g + 1;
}

static long __attribute__ ((noinline, noclone))
outer (long i)
{
  GUARD (g1);
  long r = inner (i);
  GUARD (g2);
  return r + g1 + g2;
}

static void (*volatile may_throw) (unsigned long *) = note;

/* Raises straight into uw_catch: the catching frame's registers are
   those _Unwind_RaiseException's invocation keeps.  The cleanup's scope
   ends before the raise, so the frame has a personality routine (called
   for it) but no landing pad at the call.  */
static long __attribute__ ((noinline, noclone))
direct (long i)
{
  {
    GUARD (g);		/* I is not needed after it */
    may_throw (&calls);	/* as far as GCC knows */
  }
  exc[0].exception_class = 0x4c54535443554e57ull;
  exc[0].exception_cleanup = NULL;
  raises++;
  _Unwind_RaiseException (&exc[0]);
  return 0;
}

/* Raises from assembler straight into uw_catch.  GCC saves %rbx in
   direct's frame (x86_64: its landing pad keeps the exception there
   across the cleanup's call; i386: %ebx holds the GOT address for the
   PLT), so the unwinder takes uw_catch's %rbx from that save slot, never
   from the landing of _Unwind_RaiseException's invocation, and direct
   passes with landing rules that are wrong.  uw_raise saves nothing:
   uw_catch gets the value of the landing's rule for the caller's %rbx,
   which has to survive the landing's personality routine popping the
   invocation and the intercepted __gcc_personality_v0, called for
   uw_raise's frame right after, pushing a record into the same memory
   (raise.S).  */
long uw_raise (long) __attribute__ ((visibility ("hidden")));

static struct raise_args
{
  _Unwind_Reason_Code (*raise) (struct _Unwind_Exception *);
  struct _Unwind_Exception *exc;
} raise_args = { _Unwind_RaiseException, &exc[0] };

int
main (void)
{
  const long rounds = 20000;

  for (long i = 0; i < rounds; i++)
    {
      void *e = NULL;
      long r = uw_catch (outer, i, &e);

      if (i % 3 != 0)
	CHECK (r == UW_CAUGHT && e == &exc[0]);
      else
	CHECK (r == 3 * i + 1);
      e = NULL;
      CHECK (uw_catch (direct, i, &e) == UW_CAUGHT && e == &exc[0]);
      e = NULL;
      raises++;		/* exc[0] as direct left it */
      CHECK (uw_catch (uw_raise, (long) &raise_args, &e) == UW_CAUGHT
	     && e == &exc[0]);
      CHECK (cleanups == inits);
      CHECK (stack_empty ());
    }
  CHECK (bad == 0);
  CHECK (entries[0] == (unsigned long) raises && exits[0] == 0);
  CHECK (entries[1] > 0 && exits[1] == 0);
  CHECK (entries[2] > 0 && exits[2] == entries[2]);
  printf ("raises %ld cleanups %ld\n", raises, cleanups);
  return 0;
}

/* { dg-output "raises \[0-9\]+ cleanups \[0-9\]+" } */
