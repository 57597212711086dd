/* thread.c -- the per-thread invocation stack of the interceptor runtime:
   its TLS anchor, its lazy reservation at a thread's first interception
   and its release at thread exit.

   Each thread's records live in one anonymous mapping of
   INTERCEPTOR_STACK_SIZE bytes (MAP_NORESERVE: pages cost memory only
   once touched), reserved the first time the thread enters an
   interceptor and pointed to by a small initial-exec TLS block.  A
   thread-specific-data key, created by a constructor, unmaps it when the
   thread exits.  Nothing here takes a lock or calls malloc.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <sys/mman.h>

#include "interceptor-rt.h"
#include "sys.h"

__thread struct __interceptor_thread __interceptor_thread_state
  __attribute__ ((__tls_model__ ("initial-exec")));

_Static_assert (sizeof (struct __interceptor_thread) <= 32,
		"keep the initial-exec TLS block small");

/* The key whose destructor releases a thread's mapping, and whether it
   may be used.

   glibc stores the values of the first PTHREAD_KEY_2NDLEVEL_SIZE (32)
   keys inside the thread descriptor; pthread_setspecific on a higher key
   may call calloc, which must not happen here (this code runs on the
   interception path, possibly in a signal handler).  When the key we get
   is that high, we give it up: the mappings of exiting threads then leak
   (1 MiB of address space each, only the pages they touched in memory),
   which is the price of never calling malloc.  Other C libraries
   (e.g. musl) never allocate in pthread_setspecific.  */
#ifdef __GLIBC__
# define KEY_INLINE_LIMIT 32
#endif

static pthread_key_t release_key;
static bool release_key_usable;

/* Thread-exit destructor: unmap VALUE, the exiting thread's mapping.
   Every record in it belongs to a frame of the dead thread's stack.  If
   another destructor enters an interceptor after this one, the thread
   just reserves a new mapping and registers it again (glibc then runs
   the destructors once more).  */

static void
release_stack (void *value)
{
  struct __interceptor_thread *thr = &__interceptor_thread_state;
  char *top = RT_LOAD (&thr->top);

  if (top != NULL && RT_STACK_BASE (top) == (char *) value)
    {
      /* An interrupting handler that still sees TOP pushes into the old
	 mapping, which is still there; one that sees TOP == NULL
	 reserves a fresh one.  */
      RT_STORE (&thr->last, NULL);
      RT_FENCE ();
      RT_STORE (&thr->top, NULL);
      RT_FENCE ();
    }
  rt_munmap (value, INTERCEPTOR_STACK_SIZE);
}

/* Arrange for BASE to be unmapped when the calling thread exits.  Called
   once TOP is installed, so that even a shim intercepting
   pthread_setspecific finds a usable stack.  */

static void
register_stack (char *base)
{
  if (__atomic_load_n (&release_key_usable, __ATOMIC_ACQUIRE))
    pthread_setspecific (release_key, base);
}

/* Runs before the shims' constructors are likely to intercept
   anything; interceptions that happen even earlier still work, their
   thread's mapping is registered below (for this thread) or leaks (for
   threads created by earlier constructors).  */

static void __attribute__ ((__constructor__ (101)))
create_release_key (void)
{
  pthread_key_t key;
  char *top;

  if (pthread_key_create (&key, release_stack) != 0)
    return;
#ifdef KEY_INLINE_LIMIT
  if (key >= KEY_INLINE_LIMIT)
    {
      pthread_key_delete (key);
      return;
    }
#endif
  release_key = key;
  __atomic_store_n (&release_key_usable, true, __ATOMIC_RELEASE);

  top = RT_LOAD (&__interceptor_thread_state.top);
  if (top != NULL)
    register_stack (RT_STACK_BASE (top));
}

/* At dlclose (or exit), drop the key so that no thread runs a destructor
   that is no longer mapped.  The mappings of threads still alive then
   leak.  */

static void __attribute__ ((__destructor__ (101)))
delete_release_key (void)
{
  if (__atomic_exchange_n (&release_key_usable, false, __ATOMIC_ACQ_REL))
    pthread_key_delete (release_key);
}

/* Map INTERCEPTOR_STACK_SIZE bytes aligned to their size, or return
   -errno.  mmap and munmap are direct system calls: shims that track
   memory intercept them.  */

static char *
map_aligned (void)
{
  const size_t size = INTERCEPTOR_STACK_SIZE;
  uintptr_t start, base;
  void *p;

  /* Over-reserve, then give back the misaligned head and the tail.  */
  p = rt_mmap (NULL, 2 * size, PROT_READ | PROT_WRITE,
	       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (rt_mmap_failed (p))
    return p;
  start = (uintptr_t) p;
  base = (start + size - 1) & -(uintptr_t) size;
  if (base > start)
    rt_munmap (p, base - start);
  rt_munmap ((char *) base + size, start + size - base);
  return (char *) base;
}

/* &errno, without entering a shim that intercepts __errno_location
   (C library shims do): that would come back here, on a thread that
   cannot run interceptors yet, forever.  So the C library's own
   function, found once per process (symbols.c; a race only finds it
   twice).  */

int *
__interceptor_errno_address (void)
{
  static int *(*location) (void);
  int *(*f) (void) = __atomic_load_n (&location, __ATOMIC_RELAXED);

  if (f == NULL)
    {
      f = (int *(*) (void))
	__interceptor_dependency_function ("__errno_location");
      if (f == NULL)
	return &errno;		/* not glibc: no interposable function */
      __atomic_store_n (&location, f, __ATOMIC_RELAXED);
    }
  return f ();
}

/* Reserve the calling thread's invocation stack and return its TOP.
   A signal handler may interrupt this at any point and enter an
   interceptor itself: whoever installs TOP first wins, the loser unmaps
   its mapping, so the state is never half-made.  */

char *
__interceptor_thread_init (struct __interceptor_thread *thr,
			   const struct __interceptor_site *site)
{
  char *expected;
  char *base;

  base = map_aligned ();
  if (rt_mmap_failed (base))
    {
      struct __interceptor_msg m;
      int err = -(long) base;

      m.len = 0;
      __interceptor_msg_str (&m, "interceptor: cannot reserve the "
			     "per-thread invocation stack (");
      __interceptor_msg_uint (&m, INTERCEPTOR_STACK_SIZE);
      __interceptor_msg_str (&m, " bytes) entering '");
      __interceptor_msg_str (&m, site->name);
      __interceptor_msg_str (&m, "': mmap failed with errno ");
      __interceptor_msg_uint (&m, err);
      __interceptor_msg_die (&m);
    }

  /* The thread's errno never moves; set before TOP, so that whoever
     sees TOP sees it.  */
  RT_STORE (&thr->errno_p, __interceptor_errno_address ());
  RT_FENCE ();
  expected = NULL;
  if (__atomic_compare_exchange_n (&thr->top, &expected, base, false,
				   __ATOMIC_RELAXED, __ATOMIC_RELAXED))
    register_stack (base);
  else
    /* A signal handler reserved one meanwhile.  */
    rt_munmap (base, INTERCEPTOR_STACK_SIZE);
  RT_FENCE ();
  return RT_LOAD (&thr->top);
}
