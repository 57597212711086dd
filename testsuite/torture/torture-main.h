/* torture-main.h -- main of the programs testsuite/torture/gen.c writes,
   included at their end.

   Usage: PROGRAM [K]   run every signature, or only signature K.
   Signatures with vectors wider than the vector path the runtime took
   (interceptor_vector_path (), lowered by INTERCEPTOR_VECTOR_PATH) or
   than the CPU has are counted as unsupported, not run.  The last line:
     torture: cpu LEVEL path PATH: N run, U unsupported, F failures  */

static int
torture_level_of (const char *name)
{
  if (name == NULL)
    return -1;
  if (strcmp (name, "sse") == 0)
    return 0;
  if (strcmp (name, "avx") == 0)
    return 1;
  if (strcmp (name, "avx512") == 0)
    return 2;
  return -1;
}

int
main (int argc, char **argv)
{
  static const char *const names[3] = { "sse", "avx", "avx512" };
  const char *path = interceptor_vector_path ();
  const char *env = getenv ("INTERCEPTOR_VECTOR_PATH");
  int only = argc > 1 ? atoi (argv[1]) - TORTURE_FIRST : -1;
  int k, cpu, rt, req, level, i;
  unsigned long ran = 0, unsupported = 0, odd = 0;

  setvbuf (stdout, NULL, _IOLBF, 0);
  __builtin_cpu_init ();
  cpu = __builtin_cpu_supports ("avx512f") ? 2
    : __builtin_cpu_supports ("avx2") ? 1 : 0;
  torture_cpu = (unsigned char) (__builtin_cpu_supports ("avx512f") ? 2
				 : __builtin_cpu_supports ("avx") ? 1 : 0);
  rt = torture_level_of (path);
  req = torture_level_of (env);
  if (rt < 0 || (req >= 0 && req <= cpu && rt != req))
    {
      printf ("FAIL: interceptor_vector_path () = %s with"
	      " INTERCEPTOR_VECTOR_PATH=%s\n", path ? path : "(null)",
	      env ? env : "(unset)");
      torture_failures++;
    }
  level = rt >= 0 && rt < cpu ? rt : cpu;
  torture_null = fopen ("/dev/null", "w");
  for (i = 0; i < 160; i++)
    torture_xmagic[i] = (unsigned char) (0xa5 ^ (i * 7));
  for (i = 0; i < (int) sizeof torture_buf_b; i++)
    torture_buf_b[i] = (char) i;

  for (k = 0; k < TORTURE_N; k++)
    {
      if (only >= 0 && k != only)
	continue;
      if (torture_level[k] > level)
	{
	  unsupported++;
	  continue;
	}
      torture_caller[k] ();
      ran++;
      odd += k % 2;
    }
  if (torture_fast_entries != ran || torture_fast_exits != odd)
    {
      printf ("FAIL: the fast route's bodies ran %lu entry and %lu exit "
	      "parts, not %lu and %lu\n", torture_fast_entries,
	      torture_fast_exits, ran, odd);
      torture_failures++;
    }
  printf ("torture: cpu %s path %s: %lu run, %lu unsupported, %d failures\n",
	  names[cpu], path ? path : "(null)", ran, unsupported,
	  torture_failures);
  return torture_failures ? 1 : 0;
}
