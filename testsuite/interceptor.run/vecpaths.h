/* vecpaths.h -- run one test binary on every vector path of the runtime
   (SPEC 3.5), for the call-state harnesses (interceptor.callstate/
   snapshot.h, interceptor.i386/snap32.h, interceptor.strict/strict.h).

   The runtime reads INTERCEPTOR_VECTOR_PATH once per process, so each
   path needs a process of its own.  vp_run_all_paths (argc, argv, tag),
   first thing in main, runs this very binary (/proc/self/exe) again
   once with INTERCEPTOR_VECTOR_PATH=sse, =avx and =avx512 as far as the
   CPU has them and once without the variable (the runtime's own
   choice), prints one line per run prefixed with TAG, and exits with
   the verdict: 0 when every child passed.  In a child (argv[1] is
   VP_CHILD_ARG) it returns, and the test runs; vp_check_path () then
   says whether the runtime took the path the child asked for (a
   runtime that ignored the variable must fail the test).  By hand:

       INTERCEPTOR_VECTOR_PATH=sse ./test.exe --vector-path-child

   Levels: VP_SSE 0, VP_AVX 1, VP_AVX512 2.  */

#ifndef VECPATHS_H
#define VECPATHS_H 1

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define VP_SSE 0
#define VP_AVX 1
#define VP_AVX512 2
#define VP_ENV "INTERCEPTOR_VECTOR_PATH"
#define VP_CHILD_ARG "--vector-path-child"

static const char *const vp_name[3] = { "sse", "avx", "avx512" };
static int vp_is_child;		/* set by vp_run_all_paths */

extern const char *interceptor_vector_path (void);

/* The level named NAME, or -1.  */
static int __attribute__ ((unused))
vp_level_of (const char *name)
{
  int l;

  for (l = VP_SSE; name != NULL && l <= VP_AVX512; l++)
    if (strcmp (name, vp_name[l]) == 0)
      return l;
  return -1;
}

/* The CPU's (and the OS's) vector level.  */
static int __attribute__ ((unused))
vp_cpu_level (void)
{
  __builtin_cpu_init ();
  if (__builtin_cpu_supports ("avx512f"))
    return VP_AVX512;
  if (__builtin_cpu_supports ("avx"))
    return VP_AVX;
  return VP_SSE;
}

static void __attribute__ ((unused))
vp_run_all_paths (int argc, char **argv, const char *tag)
{
  int cpu, run, failed = 0, nruns = 0;

  if (argc >= 2 && strcmp (argv[1], VP_CHILD_ARG) == 0)
    {
      vp_is_child = 1;
      /* Keep the log complete and in order if the child dies.  */
      setvbuf (stdout, NULL, _IOLBF, 0);
      return;
    }

  cpu = vp_cpu_level ();
  printf ("%s: CPU vector level %s: running the test for every path up "
	  "to it and for the default\n", tag, vp_name[cpu]);
  /* RUN = VP_SSE .. cpu: that path; RUN = cpu + 1: variable unset.  */
  for (run = VP_SSE; run <= cpu + 1; run++)
    {
      const char *req = run <= cpu ? vp_name[run] : NULL;
      char *child_argv[3];
      int status;
      pid_t pid, w;

      child_argv[0] = argc >= 1 && argv[0] != NULL ? argv[0] : (char *) "test";
      child_argv[1] = (char *) VP_CHILD_ARG;
      child_argv[2] = NULL;
      printf ("%s: --- %s%s ---\n", tag, req ? VP_ENV "=" : "",
	      req ? req : VP_ENV " unset (the runtime's default)");
      fflush (stdout);
      fflush (stderr);
      pid = fork ();
      if (pid < 0)
	{
	  perror ("fork");
	  exit (1);
	}
      if (pid == 0)
	{
	  if (req ? setenv (VP_ENV, req, 1) : unsetenv (VP_ENV))
	    {
	      perror ("setenv");
	      _exit (127);
	    }
	  execv ("/proc/self/exe", child_argv);
	  perror ("execv /proc/self/exe");
	  _exit (127);
	}
      do
	w = waitpid (pid, &status, 0);
      while (w < 0 && errno == EINTR);
      nruns++;
      if (w < 0)
	{
	  perror ("waitpid");
	  failed++;
	}
      else if (WIFEXITED (status) && WEXITSTATUS (status) == 0)
	printf ("%s: path %s: passed\n", tag, req ? req : "default");
      else
	{
	  failed++;
	  if (WIFEXITED (status))
	    printf ("%s: path %s: FAILED (exit status %d)\n", tag,
		    req ? req : "default", WEXITSTATUS (status));
	  else
	    printf ("%s: path %s: FAILED (%s)\n", tag, req ? req : "default",
		    WIFSIGNALED (status) ? strsignal (WTERMSIG (status))
		    : "stopped");
	}
    }
  printf ("%s: %d of %d runs failed\n", tag, failed, nruns);
  fflush (stdout);
  exit (failed ? 1 : 0);
}

/* In a child: the level the runtime runs at (the CPU's when it names
   none it knows), after checking, with a FAIL line on stderr each, that
   vp_run_all_paths made this process and that the runtime took the
   path asked for -- what the runtime promises: the variable lowers the
   CPU's level, never raises it; unset or unknown, the CPU's level.
   Returns -1 - LEVEL instead of LEVEL when a check failed.  */
static int __attribute__ ((unused))
vp_check_path (const char *tag)
{
  const char *path = interceptor_vector_path ();
  int cpu = vp_cpu_level ();
  int req = vp_level_of (getenv (VP_ENV));
  int rt = vp_level_of (path);
  int want = req >= 0 && req < cpu ? req : cpu;
  int level = rt >= 0 && rt < cpu ? rt : cpu;
  int ok = 1;

  printf ("%s: CPU %s, interceptor_vector_path () = %s, testing at %s\n",
	  tag, vp_name[cpu], path ? path : "(null)", vp_name[level]);
  if (!vp_is_child)
    {
      fprintf (stderr, "FAIL: %s: the test did not start with "
	       "vp_run_all_paths\n", tag);
      ok = 0;
    }
  if (rt != want)
    {
      fprintf (stderr, "FAIL: %s: interceptor_vector_path () = %s, "
	       "expected %s\n", tag, path ? path : "(null)", vp_name[want]);
      ok = 0;
    }
  return ok ? level : -1 - level;
}

#endif /* VECPATHS_H */
