/* { dg-do run } */
/* { dg-timeout 120 } */
/* A signal storm (SPEC 4.1): a timer (setitimer, 20 microseconds) and a
   second thread (pthread_kill in a loop) interrupt a thread that calls
   interceptors -- transparent, exit-part, nested -- in a loop, so that
   signals land at every instruction of the stubs, the entry trampoline,
   the runtime and the return landing; both handlers call the same
   interceptors, and may interrupt each other.  Each worker thread is
   new, so that its invocation stack is reserved while signals arrive.
   Half of the workers take the signals on an alternate signal stack
   (sigaltstack, SA_ONSTACK).  Every return value and depth is checked,
   and every invocation stack is empty at the end.  The handlers count
   how often they interrupted the runtime library's code (the entry
   trampoline, __interceptor_enter/leave, the return landing), which
   must have happened.  */

#define _GNU_SOURCE 1
#include <link.h>
#include <ucontext.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <interceptor.h>
#include "check.h"

#define WORKERS 6

extern long sg_x (long, long);
extern long sg_t (long, long);
extern long sg_n (long, long);

static volatile sig_atomic_t bad, handler_calls, stop_sender, stop_worker;
static __thread volatile sig_atomic_t nest;	/* handlers active */
static volatile sig_atomic_t in_runtime;
static uintptr_t rt_lo, rt_hi;	/* libinterceptor's code */
static pthread_t current;
static int have_current, in_kill;

__attribute__ ((noinline, noclone)) long real_sg_x (long a, long b) { return a * 3 + b; }
__attribute__ ((noinline, noclone)) long real_sg_t (long a, long b) { return a - b; }
__attribute__ ((noinline, noclone)) long
real_sg_n (long a, long b)
{
  return sg_x (a, b) + sg_t (b, a);
}

/* Each handler level may interrupt an active invocation.  */
MAX_RECURSION (4)
INTERCEPTOR (sg_x)
{
  unsigned int d = INTERCEPTED_DEPTH;
  long mark = 0x5a5a;
  if (d > (unsigned) nest)
    bad = 1;
  GOTO_TARGET (real_sg_x);
  if (d != INTERCEPTED_DEPTH || mark != 0x5a5a)
    bad = 1;
  GOTO_RETURN ();
}

MAX_RECURSION (4)
INTERCEPTOR (sg_t)
{
  if (INTERCEPTED_DEPTH > (unsigned) nest)
    bad = 1;
  GOTO_TARGET (real_sg_t);
}

MAX_RECURSION (4)
INTERCEPTOR (sg_n)
{
  unsigned int d = INTERCEPTED_DEPTH;
  GOTO_TARGET (real_sg_n);
  if (d != INTERCEPTED_DEPTH)
    bad = 1;
  GOTO_RETURN ();
}

static int
find_runtime (struct dl_phdr_info *info, size_t size, void *data)
{
  int i;

  (void) size;
  (void) data;
  if (strstr (info->dlpi_name, "libinterceptor") == NULL)
    return 0;
  for (i = 0; i < info->dlpi_phnum; i++)
    if (info->dlpi_phdr[i].p_type == PT_LOAD
	&& (info->dlpi_phdr[i].p_flags & PF_X))
      {
	rt_lo = info->dlpi_addr + info->dlpi_phdr[i].p_vaddr;
	rt_hi = rt_lo + info->dlpi_phdr[i].p_memsz;
      }
  return 1;
}

static void
handler (int sig, siginfo_t *si, void *uc_)
{
  ucontext_t *uc = uc_;
  long k = handler_calls + sig;
  uintptr_t pc;

  (void) si;
#ifdef __x86_64__
  pc = uc->uc_mcontext.gregs[REG_RIP];
#else
  pc = uc->uc_mcontext.gregs[REG_EIP];
#endif
  if (pc >= rt_lo && pc < rt_hi)
    in_runtime = in_runtime + 1;

  nest = nest + 1;
  if (sg_x (k, 1) != k * 3 + 1)
    bad = 1;
  if (sg_t (k, 2) != k - 2)
    bad = 1;
  if (sg_n (k, 3) != (k * 3 + 3) + (3 - k))
    bad = 1;
  nest = nest - 1;
  handler_calls = handler_calls + 1;
}

static void *
sender (void *arg)
{
  struct timespec ts = { 0, 20000 };

  (void) arg;
  while (!stop_sender)
    {
      /* Never signal a worker that main may have joined.  */
      __atomic_store_n (&in_kill, 1, __ATOMIC_SEQ_CST);
      if (__atomic_load_n (&have_current, __ATOMIC_SEQ_CST))
	pthread_kill (current, SIGUSR1);
      __atomic_store_n (&in_kill, 0, __ATOMIC_SEQ_CST);
      nanosleep (&ts, NULL);
    }
  return NULL;
}

static void *
worker (void *arg)
{
  long w = (long) arg, i;
  stack_t ss;
  sigset_t set;

  if (w & 1)
    {
      ss.ss_sp = malloc (SIGSTKSZ * 4);
      ss.ss_size = SIGSTKSZ * 4;
      ss.ss_flags = 0;
      CHECK (ss.ss_sp != NULL && sigaltstack (&ss, NULL) == 0);
    }
  sigemptyset (&set);
  sigaddset (&set, SIGALRM);
  sigaddset (&set, SIGUSR1);
  CHECK (pthread_sigmask (SIG_UNBLOCK, &set, NULL) == 0);

  for (i = 0;; i++)
    {
      long a = i, b = w;
      if (sg_x (a, b) != a * 3 + b)
	bad = 1;
      if (sg_t (a, b) != a - b)
	bad = 1;
      if (sg_n (a, b) != (a * 3 + b) + (b - a))
	bad = 1;
      if (stop_worker)
	break;
    }
  CHECK (pthread_sigmask (SIG_BLOCK, &set, NULL) == 0);
  CHECK (interceptor_thread_depth () == 0 && thread_stack_used () == 0);
  CHECK (nest == 0);
  if (w & 1)
    {
      ss.ss_flags = SS_DISABLE;
      CHECK (sigaltstack (&ss, NULL) == 0);
    }
  return (void *) i;
}

int
main (void)
{
  struct sigaction sa;
  struct itimerval it;
  pthread_t snd, th;
  sigset_t set;
  long w, calls = 0, before;
  void *res;

  dl_iterate_phdr (find_runtime, NULL);
  CHECK (rt_lo != 0);

  memset (&sa, 0, sizeof sa);
  sa.sa_sigaction = handler;
  sigemptyset (&sa.sa_mask);
  sa.sa_flags = SA_RESTART | SA_ONSTACK | SA_SIGINFO;
  CHECK (sigaction (SIGALRM, &sa, NULL) == 0);
  CHECK (sigaction (SIGUSR1, &sa, NULL) == 0);

  /* Only the workers take the signals.  */
  sigemptyset (&set);
  sigaddset (&set, SIGALRM);
  sigaddset (&set, SIGUSR1);
  CHECK (pthread_sigmask (SIG_BLOCK, &set, NULL) == 0);

  CHECK (pthread_create (&snd, NULL, sender, NULL) == 0);

  /* Each worker runs for a quarter of a second of storm, however much of
     it the handlers take (where signal delivery is slow, e.g. for -m32
     under some hypervisors, they take nearly all of it).  */
  for (w = 0; w < WORKERS; w++)
    {
      struct timespec quarter = { 0, 250000000L };

      before = handler_calls;
      stop_worker = 0;
      CHECK (pthread_create (&th, NULL, worker, (void *) w) == 0);
      current = th;
      __atomic_store_n (&have_current, 1, __ATOMIC_SEQ_CST);
      it.it_interval.tv_sec = 0;
      it.it_interval.tv_usec = 20;
      it.it_value = it.it_interval;
      CHECK (setitimer (ITIMER_REAL, &it, NULL) == 0);
      nanosleep (&quarter, NULL);
      __atomic_store_n (&have_current, 0, __ATOMIC_SEQ_CST);
      while (__atomic_load_n (&in_kill, __ATOMIC_SEQ_CST))
	sched_yield ();
      memset (&it, 0, sizeof it);
      CHECK (setitimer (ITIMER_REAL, &it, NULL) == 0);
      stop_worker = 1;
      CHECK (pthread_join (th, &res) == 0);
      calls += (long) res;
      if (handler_calls - before < 100)
	{
	  fprintf (stderr, "worker %ld: only %ld signals\n", w,
		   (long) (handler_calls - before));
	  bad = 1;
	}
    }

  stop_sender = 1;
  CHECK (pthread_join (snd, NULL) == 0);

  CHECK (bad == 0);
  printf ("signal-storm: %ld rounds, %ld signals handled\n", calls,
	  (long) handler_calls);
  fprintf (stderr, "%ld signals interrupted the runtime\n",
	   (long) in_runtime);
  CHECK (in_runtime > 0);
  return 0;
}

/* { dg-output "signal-storm: \[0-9\]+ rounds, \[0-9\]+ signals handled" } */
