/* diag.c -- fatal one-line diagnostics of the interceptor runtime.

   The runtime may be entered from a signal handler at any point of the
   program, so its diagnostics use neither stdio nor malloc: a message is
   assembled in a buffer on the stack and written to stderr with a single
   write(2) (one line, not interleaved with other threads' output), then
   the process aborts.  Both are direct system calls (sys.h): a shim may
   well intercept write() or abort() themselves.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "interceptor-rt.h"
#include "sys.h"

/* Room kept at the end of the buffer for the newline.  */
#define MSG_ROOM (sizeof ((struct __interceptor_msg *) 0)->buf - 1)

/* Append the string S (or "(null)") to M, truncating.  */

void
__interceptor_msg_str (struct __interceptor_msg *m, const char *s)
{
  if (s == NULL)
    s = "(null)";
  while (*s != '\0' && m->len < MSG_ROOM)
    m->buf[m->len++] = *s++;
}

/* Append the decimal representation of N to M.  */

void
__interceptor_msg_uint (struct __interceptor_msg *m, unsigned long n)
{
  char digits[3 * sizeof n];
  unsigned int i = 0;

  do
    {
      digits[i++] = '0' + n % 10;
      n /= 10;
    }
  while (n != 0);
  while (i > 0 && m->len < MSG_ROOM)
    m->buf[m->len++] = digits[--i];
}

/* What abort(3) does, without calling it: raise SIGABRT, unblocked;
   should a handler return, raise it again with the default action.  */

static void __attribute__ ((__noreturn__))
die_abort (void)
{
  struct
  {
    void *handler;
    unsigned long flags;
    void *restorer;
    unsigned long long mask;
  } dfl = { SIG_DFL, 0, NULL, 0 };
  unsigned long long abrt = 1ULL << (SIGABRT - 1);
  long pid = rt_syscall6 (SYS_getpid, 0, 0, 0, 0, 0, 0);
  long tid = rt_syscall6 (SYS_gettid, 0, 0, 0, 0, 0, 0);

  rt_syscall6 (SYS_rt_sigprocmask, SIG_UNBLOCK, (long) &abrt, 0,
	       sizeof abrt, 0, 0);
  rt_syscall6 (SYS_tgkill, pid, tid, SIGABRT, 0, 0, 0);
  rt_syscall6 (SYS_rt_sigaction, SIGABRT, (long) &dfl, 0, sizeof dfl.mask,
	       0, 0);
  rt_syscall6 (SYS_tgkill, pid, tid, SIGABRT, 0, 0, 0);
  for (;;)
    rt_syscall6 (SYS_exit_group, 127, 0, 0, 0, 0, 0);
}

/* Write M and a newline to stderr and abort.  */

void
__interceptor_msg_die (struct __interceptor_msg *m)
{
  const char *p = m->buf;
  size_t n;

  m->buf[m->len++] = '\n';
  n = m->len;
  while (n > 0)
    {
      long w = rt_write (STDERR_FILENO, p, n);
      if (w == -EINTR)
	continue;
      if (w <= 0)
	break;
      p += w;
      n -= w;
    }
  die_abort ();
}
