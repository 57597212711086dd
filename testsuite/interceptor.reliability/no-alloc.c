/* { dg-do run } */
/* No malloc, no lock and no lazily allocated TLS on any path a stub takes
   (SPEC 4.1), checked two ways:
   1. the runtime library imports none of malloc, calloc, realloc, free,
      the pthread mutex, rwlock, spin and once functions, nor
      __tls_get_addr (its TLS is initial-exec: the object has the
      STATIC_TLS flag);
   2. with counting malloc/calloc/realloc/free/pthread_mutex_lock
      interposed in this program, a thread's first interception (which
      reserves its invocation stack) and a mix of interceptors -- nested,
      with exit parts -- make no such call.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <interceptor.h>
#include "check.h"

/* 1.  The runtime's dynamic symbol names.  */

static const char *const forbidden[] = {
  "malloc", "calloc", "realloc", "free", "memalign", "posix_memalign",
  "aligned_alloc", "pthread_mutex_lock", "pthread_mutex_trylock",
  "pthread_rwlock_rdlock", "pthread_rwlock_wrlock", "pthread_spin_lock",
  "pthread_once", "__tls_get_addr", "___tls_get_addr", "pthread_getspecific",
  NULL
};

static int found_runtime, checked_names, static_tls;

static int
check_runtime (struct dl_phdr_info *info, size_t size, void *data)
{
  const ElfW(Dyn) *dyn = NULL;
  const char *strtab = NULL;
  size_t strsz = 0, off;
  int i;

  (void) size;
  (void) data;
  if (strstr (info->dlpi_name, "libinterceptor") == NULL)
    return 0;
  found_runtime = 1;
  for (i = 0; i < info->dlpi_phnum; i++)
    if (info->dlpi_phdr[i].p_type == PT_DYNAMIC)
      dyn = (const ElfW(Dyn) *) (info->dlpi_addr
				 + info->dlpi_phdr[i].p_vaddr);
  CHECK (dyn != NULL);
  for (; dyn->d_tag != DT_NULL; dyn++)
    switch (dyn->d_tag)
      {
      case DT_STRTAB:
	/* glibc relocates the dynamic section in place; be safe.  */
	strtab = (const char *) dyn->d_un.d_ptr;
	if ((uintptr_t) strtab < info->dlpi_addr)
	  strtab += info->dlpi_addr;
	break;
      case DT_STRSZ:
	strsz = dyn->d_un.d_val;
	break;
      case DT_FLAGS:
	if (dyn->d_un.d_val & DF_STATIC_TLS)
	  static_tls = 1;
	break;
      }
  CHECK (strtab != NULL && strsz > 0);
  for (off = 0; off < strsz; off += strlen (strtab + off) + 1)
    {
      const char *name = strtab + off;
      size_t n = strcspn (name, "@");	/* versioned names */
      for (i = 0; forbidden[i] != NULL; i++)
	if (strlen (forbidden[i]) == n && strncmp (name, forbidden[i], n) == 0)
	  {
	    fprintf (stderr, "the runtime imports %s\n", name);
	    CHECK (!"forbidden import");
	  }
      checked_names++;
    }
  return 1;
}

/* 2.  Counting interposers (glibc's __libc_* entry points do the
   work).  */

extern void *__libc_malloc (size_t);
extern void *__libc_calloc (size_t, size_t);
extern void *__libc_realloc (void *, size_t);
extern void __libc_free (void *);

static __thread int counting;
static __thread long forbidden_calls;

void *
malloc (size_t n)
{
  forbidden_calls += counting;
  return __libc_malloc (n);
}

void *
calloc (size_t a, size_t b)
{
  forbidden_calls += counting;
  return __libc_calloc (a, b);
}

void *
realloc (void *p, size_t n)
{
  forbidden_calls += counting;
  return __libc_realloc (p, n);
}

void
free (void *p)
{
  forbidden_calls += counting;
  __libc_free (p);
}

static int (*real_mutex_lock) (pthread_mutex_t *);

int
pthread_mutex_lock (pthread_mutex_t *m)
{
  forbidden_calls += counting;
  return real_mutex_lock (m);
}

extern long na_x (long);
extern long na_t (long);
extern long na_n (long);

__attribute__ ((noinline, noclone)) long real_na_x (long a) { return a + 1; }
__attribute__ ((noinline, noclone)) long real_na_t (long a) { return a + 2; }
__attribute__ ((noinline, noclone)) long real_na_n (long a) { return na_x (a) + na_t (a); }

MAX_RECURSION (2)
INTERCEPTOR (na_x)
{
  long l = 5;
  GOTO_TARGET (real_na_x);
  CHECK (l == 5);
  GOTO_RETURN ();
}

INTERCEPTOR (na_t)
{
  GOTO_TARGET (real_na_t);
}

INTERCEPTOR (na_n)
{
  GOTO_TARGET (real_na_n);
  GOTO_RETURN ();
}

static void *
worker (void *arg)
{
  long i, r = 0;

  (void) arg;
  counting = 1;
  for (i = 0; i < 1000; i++)
    r += na_x (i) + na_t (i) + na_n (i);
  counting = 0;
  CHECK (forbidden_calls == 0);
  CHECK (interceptor_thread_depth () == 0);
  return (void *) r;
}

int
main (void)
{
  pthread_t th;
  void *r;

  real_mutex_lock = dlsym (RTLD_NEXT, "pthread_mutex_lock");
  CHECK (real_mutex_lock != NULL);

  dl_iterate_phdr (check_runtime, NULL);
  CHECK (found_runtime && checked_names > 5);
  CHECK (static_tls);

  /* The check counts itself: make sure it would see a call.  */
  {
    void *(*volatile m) (size_t) = malloc;
    void (*volatile f) (void *) = free;
    counting = 1;
    f (m (16));
    counting = 0;
  }
  CHECK (forbidden_calls == 2);
  forbidden_calls = 0;

  CHECK (pthread_create (&th, NULL, worker, NULL) == 0);
  CHECK (pthread_join (th, &r) == 0);
  CHECK ((long) r == 4 * 999 * 1000 / 2 + 1000 * (1 + 2 + 1 + 2));
  puts ("no-alloc: ok");
  return 0;
}

/* { dg-output "no-alloc: ok" } */
