/* { dg-do run } */
/* vfork through transparent interceptors, with intercepted functions
   (exit parts included) called in the child before it execs
   (interceptor(7), "Functions that return twice").

   The child of vfork shares the parent's memory, its stack below the
   frame that called vfork, and its thread-local invocation stack.  It
   calls getpid and a function of this program through interceptors
   with exit parts (their records come and go), then execve through an
   interceptor with an exit part: that record stays on the shared
   invocation stack, since execve never returns in the child.  The
   parent, back from vfork, must not take it for a live invocation:
   * the same MAX_RECURSION(0) interceptor (one body for execve, getpid
     and waitpid, as in a generated libc shim) is entered again at depth
     0 -- from the frame that called vfork's caller, from deeper frames,
     from below a frame that reserved the child's stack area without
     writing it (where only rt/vfork.c's cleanup at vfork's return tells
     the child's record from a live one), and from inside the target of
     another exit-part invocation -- and its exit parts run;
   * interceptor_thread_depth () is 0 afterwards;
   * the vfork interceptors ran once per vfork, although vfork returned
     twice.
   The exec'd image (this program again) exits with 42.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <interceptor.h>
#include "../interceptor.reliability/check.h"

extern char **environ;
/* glibc exports it; GCC knows only vfork by name as returning twice.  */
extern pid_t __vfork (void) __attribute__ ((__returns_twice__));

static void *real_vfork, *real_execve, *real_getpid, *real_waitpid;
/* volatile: the child writes them before execve, which never returns
   in the child; GCC could otherwise keep them in registers past it.  */
static volatile long vforks, vforks_fast, bad, entries_execve;
static volatile long exits_getpid, exits_waitpid, exits_work, exits_outer;

static void __attribute__ ((__noinline__, __noclone__))
note_vfork (void)
{
  vforks++;
}

/* Transparent; the call keeps it on the general path.  */
MAX_RECURSION (0)
INTERCEPTOR (vfork)
{
  if (INTERCEPTED_DEPTH != 0)
    bad++;
  note_vfork ();
  GOTO_TARGET (real_vfork);
}

/* Transparent; calls nothing itself (the plugin adds a call of
   __interceptor_vfork_target to every body that names vfork).  */
MAX_RECURSION (0)
INTERCEPTOR (__vfork)
{
  if (INTERCEPTED_DEPTH != 0)
    bad++;
  vforks_fast++;
  GOTO_TARGET (real_vfork);
}

/* One body for several libc functions, each with an exit part.  */
MAX_RECURSION (0)
INTERCEPTOR (execve, getpid, waitpid)
{
  long tag = 0x5157;
  char which = INTERCEPTED_NAME[0];
  void *target = real_waitpid;

  if (INTERCEPTED_DEPTH != 0)
    bad++;
  if (which == 'e')
    {
      entries_execve++;
      target = real_execve;
    }
  else if (which == 'g')
    target = real_getpid;
  GOTO_TARGET (target);
  if (tag != 0x5157 || INTERCEPTED_DEPTH != 0)
    bad++;
  if (which == 'e')
    bad++;			/* execve failed */
  else if (which == 'g')
    exits_getpid++;
  else
    exits_waitpid++;
  GOTO_RETURN ();
}

/* A function of this program, with an exit part and no call: the fast
   path on x86_64.  */
extern long work (long);

__attribute__ ((__noinline__, __noclone__)) long
real_work (long x)
{
  return x * 3;
}

MAX_RECURSION (0)
INTERCEPTOR (work)
{
  if (INTERCEPTED_DEPTH != 0)
    bad++;
  GOTO_TARGET (real_work);
  exits_work++;
  GOTO_RETURN ();
}

/* In the child: LEVELS frames down, getpid, work and execve, with
   DEPTH invocations active (the parent's).  */
__attribute__ ((__noinline__, __noclone__)) static void
child_exec (int levels, pid_t parent, unsigned depth)
{
  volatile long pad[8];
  int k;

  for (k = 0; k < 8; k++)
    pad[k] = levels;
  if (levels > 0)
    child_exec (levels - 1, parent, depth);
  else
    {
      static char arg0[] = "/proc/self/exe", arg1[] = "exec-child";
      char *argv[] = { arg0, arg1, NULL };
      pid_t me = getpid ();

      if (me == parent || work (me) != (long) me * 3
	  || interceptor_thread_depth () != depth)
	bad += 1000;
      execve (arg0, argv, environ);
    }
  bad += pad[0] + 1000;		/* not a tail call; not reached */
}

/* vfork (or __vfork), then in the child child_exec (LEVELS) with
   DEPTH invocations active.  */
__attribute__ ((__noinline__, __noclone__)) static pid_t
spawn (int levels, int fast, pid_t parent, unsigned depth)
{
  pid_t pid = fast ? __vfork () : vfork ();

  if (pid == 0)
    {
      child_exec (levels, parent, depth);
      _exit (127);
    }
  return pid;
}

/* Waits for PID LEVELS frames down (frames of all sizes over the area
   the child's frames used); returns its exit status.  The frames write
   all their memory: the runtime tells the child's execve record from a
   live one by its return-address slot, and a parent frame that reserved
   the slot's memory without writing it would leave the record looking
   live until the parent returns above it (a known limit, interceptor(7)
   NOTES, as after a longjmp).  */
__attribute__ ((__noinline__, __noclone__)) static int
deeper_wait (pid_t pid, int levels)
{
  volatile long pad[4];
  int status = -1, k;

  for (k = 0; k < 4; k++)
    pad[k] = pid;
  if (levels > 0)
    return deeper_wait (pid, levels - 1) + (int) (pad[0] - pid);
  CHECK (waitpid ((pid_t) pad[0], &status, 0) == pid);
  CHECK (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* Waits for PID from below a frame that reserves memory it never
   writes, over the area where the child's frames were: the child's
   execve record's slot there still holds what the child left, as if
   that invocation were live.  The parent must drop the child's records
   when vfork returns (rt/vfork.c), not find them stale later.  */
__attribute__ ((__noinline__, __noclone__)) static int
unwritten_wait (pid_t pid)
{
  char big[4096];
  int status = -1;

  __asm__ volatile ("" : : "r" (big) : "memory");
  CHECK (waitpid (pid, &status, 0) == pid);
  CHECK (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* The target of `outer', an exit-part invocation that is active while
   the child runs, execs, and the parent waits.  */
extern int outer (int, int, int);

__attribute__ ((__noinline__, __noclone__)) int
real_outer (int levels, int fast, int wait_levels)
{
  pid_t pid = spawn (levels, fast, getpid (), 1);
  return deeper_wait (pid, wait_levels);
}

MAX_RECURSION (0)
INTERCEPTOR (outer)
{
  if (INTERCEPTED_DEPTH != 0)
    bad++;
  GOTO_TARGET (real_outer);
  if (INTERCEPTED_DEPTH != 0)
    bad++;
  exits_outer++;
  GOTO_RETURN ();
}

int
main (int argc, char **argv)
{
  int round;

  if (argc == 2 && strcmp (argv[1], "exec-child") == 0)
    return 42;

  real_vfork = dlsym (RTLD_NEXT, "vfork");
  real_execve = dlsym (RTLD_NEXT, "execve");
  real_getpid = dlsym (RTLD_NEXT, "getpid");
  real_waitpid = dlsym (RTLD_NEXT, "waitpid");
  CHECK (real_vfork && real_execve && real_getpid && real_waitpid);

  for (round = 0; round < 48; round++)
    {
      int levels = round % 4, fast = (round / 4) % 2;
      int wait_levels = (round / 8) % 3;
      long ee = entries_execve, eg = exits_getpid, ew = exits_waitpid;
      long ek = exits_work, eo = exits_outer;
      long v = vforks, vf = vforks_fast;

      if (round % 4 == 2)
	{
	  pid_t pid = spawn (levels, fast, getpid (), 0);
	  CHECK (pid > 0);
	  CHECK (unwritten_wait (pid) == 42);
	  CHECK (exits_outer == eo);
	}
      else if (round % 2 == 0)
	{
	  pid_t pid = spawn (levels, fast, getpid (), 0);
	  CHECK (pid > 0);
	  CHECK (deeper_wait (pid, wait_levels) == 42);
	  CHECK (exits_outer == eo);
	}
      else
	{
	  CHECK (outer (levels, fast, wait_levels) == 42);
	  CHECK (exits_outer == eo + 1);
	}
      CHECK (bad == 0);
      CHECK (vforks == v + !fast && vforks_fast == vf + fast);
      CHECK (entries_execve == ee + 1);
      /* The child's getpid and the parent's before spawn; waitpid.  */
      CHECK (exits_getpid == eg + 2 && exits_work == ek + 1);
      CHECK (exits_waitpid == ew + 1);
      CHECK (interceptor_thread_depth () == 0);
      CHECK (getpid () == (pid_t) syscall (SYS_getpid));
    }
  printf ("vfork: %d rounds\n", round);
  return 0;
}

/* { dg-output "vfork: 48 rounds" } */
