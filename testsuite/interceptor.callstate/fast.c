/* { dg-do run } */
/* { dg-skip-variant "-m32" "x86_64 snapshot and fast path" } */
/* Call state through the fast path (doc/INTERNALS.md, 7): bodies that
   call nothing and touch general registers only get stubs that save
   just what the body clobbers and no vector state at all.  The target
   must still see every argument register and the stack arguments, and
   the caller must get the return registers at the full width of the
   vector path, the x87 stack and its callee-saved registers (SysV and
   ms_abi) back -- transparent, with an exit part, and with a body busy
   enough to need %r8-%r10.  See snapshot.h.
   Bodies that compute in vector registers or hold inline assembler
   keep the general stub, which saves the whole vector state.  */
/* { dg-final { scan-objdump "<cs_fast_t>:\n(\[^\n\]+\n){0,16}\[^\n\]*call +\\*0x\[0-9a-f\]+\\(%rip\\)" } } */
/* { dg-final { scan-objdump "<cs_fast_x>:\n(\[^\n\]+\n){0,16}\[^\n\]*call +\\*0x\[0-9a-f\]+\\(%rip\\)" } } */
/* { dg-final { scan-objdump "<cs_fast_busy>:\n(\[^\n\]+\n){0,12}\[^\n\]*push +%r8\n\[^\n\]*push +%r9\n\[^\n\]*push +%r10\n" } } */
/* { dg-final { scan-objdump "<cs_slow_float>:\n(\[^\n\]*(endbr|lea)\[^\n\]*\n){1,2}\[^\n\]*jmp +\\*0x\[0-9a-f\]+\\(%rip\\)" } } */
/* { dg-final { scan-objdump "<cs_slow_asm>:\n(\[^\n\]*(endbr|lea)\[^\n\]*\n){1,2}\[^\n\]*jmp +\\*0x\[0-9a-f\]+\\(%rip\\)" } } */

#include <interceptor.h>
#include "snapshot.h"

#if SNAP_SUPPORTED

extern void cs_fast_t (void), cs_fast_x (void), cs_fast_busy (void);
extern void cs_slow_float (void), cs_slow_asm (void);

static unsigned long fast_entries, fast_exits;
static volatile unsigned long fast_v[12];
static volatile double slow_d = 1.0;

INTERCEPTOR (cs_fast_t)
{
  fast_entries++;
  GOTO_TARGET (snap_target);
}

INTERCEPTOR (cs_fast_x)
{
  fast_entries++;
  GOTO_TARGET (snap_target);
  fast_exits++;
  GOTO_RETURN ();
}

/* Twelve values live at once, more than the registers a body may use
   without saving them itself, so that %r8-%r10 are among them (the
   scan-objdump above checks that the stub saves them).  Locals of a
   body live in its frame: this needs -O2 (the pragma) to keep them in
   registers.  */
#define FAST_BUSY							\
  do									\
    {									\
      unsigned long a0 = fast_v[0], a1 = fast_v[1], a2 = fast_v[2];	\
      unsigned long a3 = fast_v[3], a4 = fast_v[4], a5 = fast_v[5];	\
      unsigned long a6 = fast_v[6], a7 = fast_v[7], a8 = fast_v[8];	\
      unsigned long a9 = fast_v[9], a10 = fast_v[10], a11 = fast_v[11];	\
      fast_v[0] = ((a0 + a1) * (a2 + a3)) ^ ((a4 + a5) * (a6 + a7))	\
		  ^ ((a8 + a9) * (a10 + a11)) ^ a0 ^ a3 ^ a6 ^ a9;	\
    }									\
  while (0)

#pragma GCC push_options
#pragma GCC optimize ("O2")
INTERCEPTOR (cs_fast_busy)
{
  FAST_BUSY;
  fast_entries++;
  GOTO_TARGET (snap_target);
  FAST_BUSY;
  fast_exits++;
  GOTO_RETURN ();
}
#pragma GCC pop_options

/* Calls nothing, but computes in %xmm registers: the general stub.  */
INTERCEPTOR (cs_slow_float)
{
  slow_d = slow_d * 1.5 + 0.25;
  GOTO_TARGET (snap_target);
  slow_d = slow_d * 0.5 - 0.125;
  GOTO_RETURN ();
}

/* Inline assembler may do anything: the general stub.  */
INTERCEPTOR (cs_slow_asm)
{
  __asm__ volatile ("nop");
  GOTO_TARGET (snap_target);
}

int
main (int argc, char **argv)
{
  unsigned int n;

  snap_run_all_paths (argc, argv);
  snap_init ();
  for (n = 0; n <= 2; n++)
    {
      snap_test ("fast, transparent", (void *) cs_fast_t, 1, n, 0, 2);
      snap_test ("fast, exit part", (void *) cs_fast_x, 0, n, 0, 2);
      snap_test ("fast, busy body", (void *) cs_fast_busy, 0, n, 0, 2);
      snap_test ("vector body", (void *) cs_slow_float, 0, n, 0, 1);
      snap_test ("asm body", (void *) cs_slow_asm, 1, n, 0, 1);
    }
  /* 2 seeds x 3 x87 depths: 6 calls of each, entry parts of all three,
     exit parts of two.  */
  if (fast_entries != 18 || fast_exits != 12)
    {
      fprintf (stderr, "FAIL: the bodies ran %lu entry and %lu exit parts, "
	       "not 18 and 12\n", fast_entries, fast_exits);
      snap_failures++;
    }
  return snap_finish ();
}

#else

int
main (void)
{
  return 0;
}

#endif
