/* { dg-do run } */
/* Backtraces taken inside a target show the real caller (SPEC 4.4):
   glibc's backtrace() and libgcc's _Unwind_Backtrace, called in the
   target, find the caller's frame right after the target's own -- at
   most one frame of the runtime's return landing, which stands for the
   caller, comes between -- and walk on up to main.  For a transparent
   interceptor, for one with an exit part, for a target that tail-calls
   a second exit-part interceptor (both share one return slot) and for
   nested exit-part interceptors (the outer target's frame, then the
   caller's).  See backtrace-gdb.c for gdb.  */

#include <execinfo.h>
#include <stdint.h>
#include <unwind.h>
#include "check.h"
#include "bt-common.h"

extern const char __start_bt_caller_t[], __stop_bt_caller_t[];
extern const char __start_bt_caller_x[], __stop_bt_caller_x[];
extern const char __start_bt_caller_c[], __stop_bt_caller_c[];
extern const char __start_bt_caller_n[], __stop_bt_caller_n[];
extern const char __start_bt_main[], __stop_bt_main[];

static const char *const starts[] = {
  __start_bt_caller_t, __start_bt_caller_x, __start_bt_caller_c,
  __start_bt_caller_n
};
static const char *const stops[] = {
  __stop_bt_caller_t, __stop_bt_caller_x, __stop_bt_caller_c,
  __stop_bt_caller_n
};
static const char *const names[] = { BT_NAMES };

#define MAXF 64
static void *frames[MAXF];
static int nframes;

static int
in (void *pc, const char *start, const char *stop)
{
  /* A return address points after the call: (start, stop].  */
  return (uintptr_t) pc > (uintptr_t) start && (uintptr_t) pc <= (uintptr_t) stop;
}

static _Unwind_Reason_Code
collect (struct _Unwind_Context *ctx, void *arg)
{
  (void) arg;
  if (nframes < MAXF)
    frames[nframes++] = (void *) _Unwind_GetIP (ctx);
  return _URC_NO_REASON;
}

static int
index_in (const char *start, const char *stop)
{
  int i;
  for (i = 1; i < nframes; i++)
    if (in (frames[i], start, stop))
      return i;
  return -1;
}

static void
check_frames (const char *how, int which)
{
  int i = index_in (starts[which], stops[which]);
  int m = index_in (__start_bt_main, __stop_bt_main);
  int ok;

  /* frames[0] is in take_backtrace (backtrace ()) or in the callback's
     caller chain; find real_leaf's caller.  The caller must follow
     real_leaf, with at most one landing frame between, except for
     caller_n (and caller_c without the tail call, at -O0), whose
     path has real_n or real_c and a landing in addition.  */
  ok = i > 0 && m > i;
  if (ok)
    {
      int leaf = -1, j;
      for (j = 0; j < i && leaf < 0; j++)
	if (in (frames[j], (const char *) real_leaf,
		(const char *) real_leaf + 128))
	  leaf = j;
      ok = leaf >= 0 && i - leaf >= 1
	   && i - leaf <= bt_max_gap (which);
    }
  if (!ok)
    {
      fprintf (stderr, "%s, %s: caller at %d, main at %d of %d frames\n",
	       how, names[which], i, m, nframes);
      backtrace_symbols_fd (frames, nframes, 2);
      CHECK (!"bad backtrace");
    }
}

__attribute__ ((noinline, noclone)) void
take_backtrace (int which)
{
  nframes = backtrace (frames, MAXF);
  check_frames ("backtrace()", which);

  nframes = 0;
  _Unwind_Backtrace (collect, NULL);
  check_frames ("_Unwind_Backtrace", which);
}

__attribute__ ((section ("bt_main"))) int
main (void)
{
  int i;

  for (i = 0; i < 100; i++)
    run_all ();
  CHECK (interceptor_thread_depth () == 0);
  puts ("backtrace: ok");
  return 0;
}

/* { dg-output "backtrace: ok" } */
