/* { dg-do run } */
/* Transparent interceptors keep caller-sensitive targets exact: with
   dlsym itself intercepted by a transparent interceptor (counting its
   calls), dlsym (RTLD_NEXT, ...) called by this program still searches
   the objects after this program -- it finds the runtime library's
   interceptor_thread_depth, which it would not if it saw the runtime as
   its caller -- and a target's __builtin_return_address is the real
   caller's.  With an exit part it is the runtime's return landing,
   which is what caller-sensitive-warn.c warns about.  */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <stdint.h>
#include <interceptor.h>
#include "check.h"

static void *real_dlsym;
/* volatile: glibc declares dlsym a leaf function, which lets GCC assume
   that calling it cannot change this file's static variables.  */
static volatile int dlsym_calls;

INTERCEPTOR (dlsym)
{
  dlsym_calls++;
  GOTO_TARGET (real_dlsym);
}

extern void *ra_t (void);
extern void *ra_x (void);

__attribute__ ((noinline, noclone)) void *
real_ra (void)
{
  return __builtin_return_address (0);
}

INTERCEPTOR (ra_t)
{
  GOTO_TARGET (real_ra);
}

INTERCEPTOR (ra_x)
{
  GOTO_TARGET (real_ra);
  GOTO_RETURN ();
}

__attribute__ ((noinline, noclone, section ("cs_caller"))) static void *
call_dlsym (const char *name)
{
  return dlsym (RTLD_NEXT, name);
}

__attribute__ ((noinline, noclone, section ("cs_caller"))) static void *
call_ra (int exit_part)
{
  void *r = exit_part ? ra_x () : ra_t ();
  __asm__ volatile ("" : "+r" (r));	/* no tail call */
  return r;
}

extern const char __start_cs_caller[], __stop_cs_caller[];

static int
in_caller (void *p)
{
  return (uintptr_t) p > (uintptr_t) __start_cs_caller
	 && (uintptr_t) p <= (uintptr_t) __stop_cs_caller;
}

int
main (void)
{
  static const char *const versions[] = {
    "GLIBC_2.34", "GLIBC_2.2.5", "GLIBC_2.0", NULL
  };
  Dl_info info;
  void *p;
  int i;

  for (i = 0; versions[i] != NULL && real_dlsym == NULL; i++)
    real_dlsym = dlvsym (RTLD_NEXT, "dlsym", versions[i]);
  CHECK (real_dlsym != NULL);

  p = call_dlsym ("interceptor_thread_depth");
  CHECK (dlsym_calls == 1);
  CHECK (p != NULL);
  CHECK (dladdr (p, &info) != 0 && info.dli_fname != NULL);
  CHECK (strstr (info.dli_fname, "libinterceptor") != NULL);
  /* Nothing after the runtime defines it.  */
  CHECK (call_dlsym ("no_such_symbol_anywhere") == NULL);
  CHECK (dlsym_calls == 2);

  CHECK (in_caller (call_ra (0)));
  p = call_ra (1);
  CHECK (!in_caller (p));
  CHECK (dladdr (p, &info) != 0 && info.dli_fname != NULL
	 && strstr (info.dli_fname, "libinterceptor") != NULL);
  puts ("caller-sensitive: ok");
  return 0;
}

/* { dg-output "caller-sensitive: ok" } */
