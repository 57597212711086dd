/* { dg-do run } */
/* Backtraces taken inside a target show the real caller (SPEC 4.4): with
   a transparent interceptor trivially (the target returns straight to
   the caller), with an exit part because the runtime's return landing
   describes the caller's frame to the unwinder.  glibc's backtrace()
   uses the DWARF unwinder (_Unwind_Backtrace).  */

#include <execinfo.h>
#include <stdint.h>
#include <interceptor.h>
#include "check.h"

extern int bt_t (int);
extern int bt_x (int);

static void *frames[32];
static int nframes;

__attribute__ ((noinline, noclone)) int
real_bt (int x)
{
  nframes = backtrace (frames, 32);
  return x + 1;
}

INTERCEPTOR (bt_t)
{
  GOTO_TARGET (real_bt);
}

INTERCEPTOR (bt_x)
{
  GOTO_TARGET (real_bt);
  fp_noise ();
  GOTO_RETURN ();
}

/* The callers, alone in their sections.  */
__attribute__ ((noinline, noclone, section ("caller_t_text"))) int
caller_t (int x)
{
  return bt_t (x) * 2;
}

__attribute__ ((noinline, noclone, section ("caller_x_text"))) int
caller_x (int x)
{
  return bt_x (x) * 2;
}

extern const char __start_caller_t_text[], __stop_caller_t_text[];
extern const char __start_caller_x_text[], __stop_caller_x_text[];

/* The index of the first frame after the target's own that lies in
   [START, STOP), or -1.  */
static int
find_caller (const char *start, const char *stop)
{
  int i;

  for (i = 1; i < nframes; i++)
    if ((uintptr_t) frames[i] > (uintptr_t) start
	&& (uintptr_t) frames[i] <= (uintptr_t) stop)
      return i;
  return -1;
}

static void
dump (const char *what)
{
  fprintf (stderr, "%s: %d frames\n", what, nframes);
  backtrace_symbols_fd (frames, nframes, 2);
}

int
main (void)
{
  int i;

  nframes = 0;
  CHECK (caller_t (1) == 4);
  i = find_caller (__start_caller_t_text, __stop_caller_t_text);
  if (i != 1)
    {
      dump ("transparent");
      CHECK (i == 1);
    }

  nframes = 0;
  CHECK (caller_x (2) == 6);
  i = find_caller (__start_caller_x_text, __stop_caller_x_text);
  if (i < 1 || i > 2)
    {
      /* Frame 1 may be the runtime's return landing, standing for the
	 caller; the caller itself must come right after it at the
	 latest.  */
      dump ("exit part");
      CHECK (i >= 1 && i <= 2);
    }
  return 0;
}
