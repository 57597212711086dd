/* broken-shim.c -- deliberately broken shims for the wholesale test's
   self-test (run.sh --selftest, part of --quick): each breaks the
   programs in one way, which the harness must report.  They intercept
   what programs call through their PLT (stdio calls write(2) inside
   libc, out of a shim's reach): fclose, which coreutils call on stdout
   at exit, and open, which bash's redirections call.  -DBREAK=N:
     1  fclose: abort()                                 -> FAIL
     2  fclose of the run's stdout ($WS_STDOUT_FILE):   -> FAIL:stdout
        an extra byte first
     3  open with O_CREAT: an extra byte written to     -> FAIL:files
        the new file
     4  fclose of the run's stdout: sleep               -> TIMEOUT  */
#include <interceptor.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#if BREAK < 1 || BREAK > 4
# error "BREAK must be 1 to 4"
#endif

#if BREAK == 3
INTERCEPTOR (open, open64, openat, openat64)
{
  int at = strncmp (INTERCEPTED_NAME, "openat", 6) == 0;
  int flags = at ? INTERCEPTED_ARG (int, 2) : INTERCEPTED_ARG (int, 1);
  GOTO_TARGET (dlsym (RTLD_NEXT, INTERCEPTED_NAME));
  if ((flags & O_CREAT) && INTERCEPTED_RETURN (int) >= 0)
    (void) !write (INTERCEPTED_RETURN (int), "X", 1);
  GOTO_RETURN ();
}
#else
/* Whether F is the run's stdout file.  */
static int
is_stdout (FILE *f)
{
  struct stat s, o;
  const char *out = getenv ("WS_STDOUT_FILE");
  return out && fstat (fileno (f), &s) == 0 && stat (out, &o) == 0
         && o.st_ino == s.st_ino && o.st_dev == s.st_dev;
}

INTERCEPTOR (fclose)
{
  FILE *f = INTERCEPTED_ARG (FILE *, 0);
# if BREAK == 1
  (void) f;
  abort ();
# elif BREAK == 2
  if (is_stdout (f))
    (void) !write (fileno (f), "X", 1);
# else
  if (is_stdout (f))
    sleep (3600);
# endif
  GOTO_TARGET (dlsym (RTLD_NEXT, "fclose"));
}
#endif
