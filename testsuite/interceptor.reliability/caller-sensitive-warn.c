/* { dg-do compile } */
/* Exit parts on glibc's caller-sensitive functions -- dlsym, dlvsym,
   dlopen, dlmopen look at their return address to find the calling
   object (RTLD_NEXT, RUNPATH, namespace) -- draw a warning at the
   interceptor, one per such name, with a note at the GOTO_TARGET whose
   exit part it is.  Transparent interceptors of them and exit parts on
   other functions do not.  */

#include <interceptor.h>

extern void *real_fn;
extern int verbose;

INTERCEPTOR (dlsym) /* { dg-warning "interceptor 'dlsym' has an exit part, so 'dlsym' sees the interceptor runtime as its caller: 'RTLD_NEXT', the caller's RUNPATH and its namespace are looked up relative to the runtime, not to the real caller" } */
{
  GOTO_TARGET (real_fn);
  verbose++;
  GOTO_RETURN ();
}

INTERCEPTOR (dlopen, dlmopen, other) /* { dg-warning "'dlopen' sees the interceptor runtime" } */
{
  if (verbose)
    GOTO_TARGET (real_fn);	/* transparent */
  else
    GOTO_TARGET (real_fn);	/* with an exit part */
  /* { dg-warning "'dlmopen' sees the interceptor runtime" "" { target *-*-* } 21 } */
  verbose--;
  GOTO_RETURN ();
}

/* Transparent: no warning.  */
INTERCEPTOR (dlvsym)
{
  verbose++;
  GOTO_TARGET (real_fn);
}

/* Not caller-sensitive: no warning.  */
INTERCEPTOR (dladdr, dlclose, dlerror)
{
  GOTO_TARGET (real_fn);
  verbose++;
  GOTO_RETURN ();
}
