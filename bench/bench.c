/* bench.c -- the benchmark driver: what one call of an empty function in
   a shared library costs through each interposition mechanism
   (`make bench'; README, "Performance").

   Run as

       LD_PRELOAD=bench-shim.so bench-driver [--auditor bench-audit.so]
           [--qemu qemu-x86_64 --shim bench-shim.so]
           [--gen-count bench-gen-count.so --gen-log bench-gen-log.so
            | --no-gen REASON]

   it times, in this process, rows 1-6 and 3v-5v of the table (the
   functions of libbenchtarget.so, called through the PLT, with
   bench-shim.so interposing on all but bench_direct); runs itself again
   with INTERCEPTOR_VECTOR_PATH lowered for rows 3v-5v on each narrower
   vector path, and with LD_AUDIT for row 7; runs itself under the shims
   that interceptor-shim generated for the whole of libbenchtarget.so
   (templates count and log) for rows 8c and 8l, after checking them;
   optionally checks (not times) the SSE and AVX paths under QEMU CPU
   models; and prints the table, the runtime's memory per thread and per
   active invocation, and the performance goals of issue 6.

   Each figure is the median, minimum and maximum over BENCH_REPS
   (default 15) repetitions of a loop of N calls, N chosen so that one
   repetition takes about BENCH_MS (default 50) milliseconds.

   The exit status is 0 when every row was measured and every
   interposer saw its calls (the goals are figures, not tests).

   Internal modes: --child ROWS (time row 0, a direct call that stands
   for row 1 in that process, and ROWS; print "ROW ..." lines) and
   --check (call every row a few times and check arguments, results and
   counters -- or, under a generated shim, that every function but
   bench_floor goes through it and passes arguments and results; exit
   status 0 when right).

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#define _GNU_SOURCE 1

#include <dlfcn.h>
#include <errno.h>
#include <gnu/libc-version.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

/* ------------------------------------------------------------------ */
/* Timing.  */

typedef long (*loop_fn) (long);

/* One loop per function, so that every call is a direct call through
   the PLT, as in a real program.  The sum checks every result.  */
#define LOOP(fn)							\
  static long __attribute__ ((__noinline__))				\
  loop_##fn (long n)							\
  {									\
    long s = 0;								\
    for (long i = 0; i < n; i++)					\
      s += fn (i);							\
    return s;								\
  }
LOOP (bench_floor)
LOOP (bench_direct)
LOOP (bench_wrapped)
LOOP (bench_transparent)
LOOP (bench_exitpart)
LOOP (bench_transparent_v)
LOOP (bench_exitpart_v)
LOOP (bench_strict_v)
LOOP (bench_strict)
LOOP (bench_cpuid)

struct stats
{
  double med, min, max;		/* ns per call */
  int valid;
};

static int reps = 15;
static double rep_ns = 50e6;
static int sums_ok = 1;

/* How many times this process called bench_direct: under the generated
   count shim, its summary must say as many.  */
static unsigned long direct_calls;

static double
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static double
timed (loop_fn f, long n)
{
  double t0 = now_ns ();
  long s = f (n);
  double t = now_ns () - t0;

  if (f == loop_bench_direct)
    direct_calls += n;

  if (s != n * (n - 1) / 2)
    sums_ok = 0;
  return t;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* How many calls of F take about rep_ns.  */
static long
calibrate (loop_fn f)
{
  double t;
  long n = 1;

  /* Warm up (lazy binding, the runtime's first-use work) first.  */
  timed (f, 16);
  while ((t = timed (f, n)) < rep_ns / 20 && n < (1L << 40))
    n *= 2;
  n = (long) (n * (rep_ns / t));
  return n < 1 ? 1 : n;
}

/* Time the NF loops F[]: REPS rounds, each timing every loop once (so
   that a burst of load from elsewhere on the machine hits all of them
   alike), then the median, minimum and maximum per loop.  */
static void
measure (const loop_fn *f, int nf, struct stats *st)
{
  static double v[16][64];
  long n[16];
  int i, r;

  for (i = 0; i < nf; i++)
    n[i] = calibrate (f[i]);
  for (r = 0; r < reps; r++)
    for (i = 0; i < nf; i++)
      v[i][r] = timed (f[i], n[i]) / n[i];
  for (i = 0; i < nf; i++)
    {
      qsort (v[i], reps, sizeof v[i][0], cmp_double);
      st[i].med = reps % 2 ? v[i][reps / 2]
	: (v[i][reps / 2 - 1] + v[i][reps / 2]) / 2;
      st[i].min = v[i][0];
      st[i].max = v[i][reps - 1];
      st[i].valid = 1;
    }
}

/* ------------------------------------------------------------------ */
/* The rows.  */

/* Row 0 is the floor (a direct call of bench_floor) of a child process,
   which the parent compares with its own row 1.

   Rows 3, 4 and 5 have bodies that call nothing and touch general
   registers only: the fast path (3, 4), and in strict mode (5) the
   trampolines that leave the x87 and vector state alone; rows 3v, 4v
   and 5v are the same with a function call in each part, which keeps
   the general (strict) trampolines, whose cost depends on the vector
   path.  (In --child ROWS, 3v, 4v and 5v are written 8, 9 and a.)

   Rows 8c and 8l are row 1's call, of bench_direct, in a process of
   its own under a shim that interceptor-shim generated for the whole of
   libbenchtarget.so with the count or the log template: there every
   function of the library but bench_floor (left out with -x, so that
   row 0 is still the floor) goes through the shim, and the difference
   from row 0 is what the template costs per call.  (In --child ROWS,
   c and l.)  */
enum { ROW_FLOOR = 0, ROW_DIRECT = 1, ROW_WRAPPED, ROW_TRANSPARENT, ROW_EXITPART,
       ROW_STRICT, ROW_CPUID, ROW_AUDIT, ROW_TRANSPARENT_V, ROW_EXITPART_V,
       ROW_STRICT_V, ROW_GEN_COUNT, ROW_GEN_LOG, NROWS };

static const char *const row_label[NROWS] = {
  "0", "1", "2", "3", "4", "5", "6", "7", "3v", "4v", "5v", "8c", "8l"
};

static const char *const row_name[NROWS] = {
  "direct call in that process",
  "direct call (PLT): the floor",
  "hand-written wrapper (prototype, dlsym ptr)",
  "interceptor, transparent (entry counts)",
  "interceptor, entry + exit part (both count)",
  "interceptor, strict mode (entry + exit part)",
  "proposal-style stub, CPUID on every entry",
  "LD_AUDIT la_pltenter + la_pltexit",
  "3 + a call in the body: general path",
  "4 + a call in each part: general path",
  "5 + a call in each part: XSAVE state too",
  "interceptor-shim count template (generated)",
  "interceptor-shim log template, to /dev/null",
};

static const loop_fn row_loop[NROWS] = {
  loop_bench_floor, loop_bench_direct, loop_bench_wrapped, loop_bench_transparent,
  loop_bench_exitpart, loop_bench_strict, loop_bench_cpuid, loop_bench_direct,
  loop_bench_transparent_v, loop_bench_exitpart_v, loop_bench_strict_v,
  loop_bench_direct, loop_bench_direct,
};

static struct bench_counts *counts;

/* The shim's counter that row ROW must advance, or NULL.  */
static unsigned long *
row_counter (int row)
{
  if (counts == NULL)
    return NULL;
  switch (row)
    {
    case ROW_WRAPPED: return &counts->wrapped;
    case ROW_TRANSPARENT: return &counts->transparent;
    case ROW_EXITPART: return &counts->exitpart_exit;
    case ROW_TRANSPARENT_V: return &counts->transparent_v;
    case ROW_EXITPART_V: return &counts->exitpart_v_exit;
    case ROW_STRICT_V: return &counts->strict_v_exit;
    case ROW_STRICT: return &counts->strict_exit;
    case ROW_CPUID: return &counts->cpuid;
    default: return NULL;
    }
}

/* For a row with an exit part, the shim's entry-part counter, which
   must end equal to row_counter's; else NULL.  */
static unsigned long *
row_entry_counter (int row)
{
  if (counts == NULL)
    return NULL;
  switch (row)
    {
    case ROW_EXITPART: return &counts->exitpart_entry;
    case ROW_EXITPART_V: return &counts->exitpart_v_entry;
    case ROW_STRICT: return &counts->strict_entry;
    case ROW_STRICT_V: return &counts->strict_v_entry;
    default: return NULL;
    }
}

/* The functions of libbenchtarget.so, bench_floor first.  */
static const char *const target_fn[] = {
  "bench_floor", "bench_direct", "bench_wrapped", "bench_transparent",
  "bench_exitpart", "bench_transparent_v", "bench_exitpart_v",
  "bench_strict_v", "bench_strict", "bench_cpuid", "bench_nest",
};

/* Whether a shim generated for libbenchtarget.so, without bench_floor,
   is preloaded: every other function the program calls is not the
   library's own but another object's, and bench_floor is the
   library's.  (Under bench-shim.so, which leaves bench_direct alone,
   this is false.)  */
static int
generated_shim_preloaded (void)
{
  void *lib = dlopen ("libbenchtarget.so", RTLD_LAZY | RTLD_NOLOAD);
  int ok = lib != NULL;

  for (size_t i = 0; ok && i < sizeof target_fn / sizeof target_fn[0]; i++)
    {
      void *own = dlsym (lib, target_fn[i]);
      void *seen = dlsym (RTLD_DEFAULT, target_fn[i]);
      if (own == NULL || seen == NULL || (i == 0) != (own == seen))
	ok = 0;
    }
  if (lib != NULL)
    dlclose (lib);
  return ok;
}

/* Time the NROWS rows ROW[] in this process, interleaved.  A row whose
   interposer did not see the calls is not valid.  */
static void
run_rows (const int *row, int nrows, struct stats *st)
{
  unsigned long before[16];
  loop_fn f[16];
  int idx[16], nf = 0, i;

  for (i = 0; i < nrows; i++)
    {
      unsigned long *c = row_counter (row[i]);
      before[i] = c ? *c : 0;
      if (row_loop[row[i]] != NULL)
	{
	  idx[nf] = i;
	  f[nf++] = row_loop[row[i]];
	}
      st[i] = (struct stats) { 0, 0, 0, 0 };
    }
  {
    struct stats s[16];
    measure (f, nf, s);
    for (i = 0; i < nf; i++)
      st[idx[i]] = s[i];
  }
  for (i = 0; i < nrows; i++)
    {
      unsigned long *c = row_counter (row[i]);
      if (c != NULL && *c == before[i])
	st[i].valid = 0;
      unsigned long *e = row_entry_counter (row[i]);
      if (e != NULL && *e != *c)
	st[i].valid = 0;
      if ((row[i] == ROW_GEN_COUNT || row[i] == ROW_GEN_LOG)
	  && !generated_shim_preloaded ())
	st[i].valid = 0;
    }
}

/* ------------------------------------------------------------------ */
/* The runtime, found at run time: the driver itself does not link
   libinterceptor (the preloaded shim brings it).  */

static const char *(*rt_vector_path) (void);
static unsigned int (*rt_thread_depth) (void);
static unsigned long (*rt_thread_memory) (void **, unsigned long *,
					  unsigned long *);

static void
find_runtime (void)
{
  counts = dlsym (RTLD_DEFAULT, "bench_shim_counts");
  rt_vector_path = (const char *(*) (void))
    dlsym (RTLD_DEFAULT, "interceptor_vector_path");
  rt_thread_depth = (unsigned int (*) (void))
    dlsym (RTLD_DEFAULT, "interceptor_thread_depth");
  rt_thread_memory = (unsigned long (*) (void **, unsigned long *,
					 unsigned long *))
    dlsym (RTLD_DEFAULT, "interceptor_thread_memory");
}

/* ------------------------------------------------------------------ */
/* Child processes: the same program with another environment.  */

static char *self_exe;

/* Run this program with ARGV, ENV's assignments ("NAME=value" set,
   "NAME" removed) applied to the environment and, if WRAP is not NULL,
   under WRAP[0..] (e.g. qemu).  Its standard output (and with
   MERGE_STDERR its standard error) goes into OUT (NUL-terminated,
   truncated to OUTSZ).  Returns the exit status, or -1.  */
static int
run_self (char *const *wrap, char *const *argv, char *const *env,
	  int merge_stderr, char *out, size_t outsz)
{
  extern char **environ;
  char *nargv[32], *nenv[4096];
  int fd[2], status, na = 0, ne = 0;
  size_t len = 0;
  ssize_t k;
  pid_t pid;

  for (char **e = environ; *e != NULL && ne < 4000; e++)
    {
      int drop = 0;
      for (char *const *a = env; *a != NULL; a++)
	{
	  size_t l = strcspn (*a, "=");
	  if (strncmp (*e, *a, l) == 0 && (*e)[l] == '=')
	    drop = 1;
	}
      if (!drop)
	nenv[ne++] = *e;
    }
  for (char *const *a = env; *a != NULL; a++)
    if (strchr (*a, '=') != NULL)
      nenv[ne++] = *a;
  nenv[ne] = NULL;
  for (; wrap != NULL && *wrap != NULL; wrap++)
    nargv[na++] = *wrap;
  nargv[na++] = self_exe;
  for (; *argv != NULL && na < 30; argv++)
    nargv[na++] = *argv;
  nargv[na] = NULL;

  if (pipe (fd) != 0)
    return -1;
  fflush (stdout);
  pid = fork ();
  if (pid < 0)
    return -1;
  if (pid == 0)
    {
      dup2 (fd[1], STDOUT_FILENO);
      if (merge_stderr)
	dup2 (fd[1], STDERR_FILENO);
      close (fd[0]);
      close (fd[1]);
      execve (nargv[0], nargv, nenv);
      fprintf (stderr, "bench-driver: cannot run %s: %s\n", nargv[0],
	       strerror (errno));
      _exit (127);
    }
  close (fd[1]);
  while ((k = read (fd[0], out + len, outsz - 1 - len)) > 0)
    len += k;
  out[len] = '\0';
  close (fd[0]);
  if (waitpid (pid, &status, 0) != pid)
    return -1;
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* Parse "ROW <row> <med> <min> <max> <valid>" for ROW out of OUT.  */
static struct stats
parse_row (const char *out, int row)
{
  struct stats st = { 0, 0, 0, 0 };
  const char *p = out;

  while ((p = strstr (p, "ROW ")) != NULL)
    {
      int r, v;
      double a, b, c;
      if (sscanf (p, "ROW %d %lf %lf %lf %d", &r, &a, &b, &c, &v) == 5
	  && r == row)
	{
	  st.med = a, st.min = b, st.max = c, st.valid = v;
	  break;
	}
      p += 4;
    }
  return st;
}

static void
print_row_line (int row, struct stats st)
{
  printf ("ROW %d %.4f %.4f %.4f %d\n", row, st.med, st.min, st.max,
	  st.valid);
}

/* --child ROWS: time ROWS ("89a" or "7") in this process.  */
static int
child_main (const char *rows)
{
  struct stats st[16];
  int row[16] = { ROW_FLOOR }, n = 1;

  for (const char *p = rows; *p != '\0' && n < 16; p++)
    if (*p >= '1' && *p <= '9')
      row[n++] = *p - '0';
    else if (*p == 'a')
      row[n++] = ROW_STRICT_V;
    else if (*p == 'c')
      row[n++] = ROW_GEN_COUNT;
    else if (*p == 'l')
      row[n++] = ROW_GEN_LOG;
  run_rows (row, n, st);
  for (int i = 0; i < n; i++)
    print_row_line (row[i], st[i]);
  printf ("CALLS bench_direct %lu\n", direct_calls);
  return 0;
}

/* ------------------------------------------------------------------ */
/* --check: every interposer passes arguments and results through and
   sees every call, on whatever vector path this process runs.  */

static long
identity (long x)
{
  return x;
}

/* --check under a shim generated for libbenchtarget.so: every function
   but bench_floor goes through it, passes its argument and result
   through, and bench_nest recurses 50 deep through it.  Prints how many
   times bench_direct and bench_nest were called, which the parent
   compares with what the shim wrote.  */
static int
check_generated (void)
{
  static long (*const fn[]) (long) = {
    bench_floor, bench_direct, bench_wrapped, bench_transparent,
    bench_exitpart, bench_transparent_v, bench_exitpart_v, bench_strict,
    bench_strict_v, bench_cpuid,
  };
  unsigned long n = 0;
  int bad = 0;

  if (!generated_shim_preloaded ())
    {
      printf ("check: neither bench-shim.so nor a generated shim of "
	      "libbenchtarget.so (without bench_floor) is preloaded\n");
      return 1;
    }
  for (long x = -3; x < 1000; x += 7, n++)
    for (size_t f = 0; f < sizeof fn / sizeof fn[0]; f++)
      {
	long v = (x * 0x10001L) ^ ((long) f << 40);
	if (fn[f] (v) != v)
	  bad++;
      }
  if (bench_nest (50, identity) != 50)
    bad++;
  printf ("CALLS bench_direct %lu\n", n);
  printf ("check: generated shim, vector path %s: %lu calls of each "
	  "function, bench_nest 51 deep: %s\n",
	  rt_vector_path ? rt_vector_path () : "?", n, bad ? "WRONG" : "ok");
  return bad != 0;
}

static int
check_main (void)
{
  static long (*const fn[]) (long) = {
    bench_direct, bench_wrapped, bench_transparent, bench_exitpart,
    bench_transparent_v, bench_exitpart_v, bench_strict, bench_strict_v,
    bench_cpuid,
  };
  struct bench_counts c0;
  unsigned long n = 0;
  int bad = 0;

  if (counts == NULL)
    return check_generated ();
  c0 = *counts;
  for (long x = -3; x < 1000; x += 7, n++)
    for (size_t f = 0; f < sizeof fn / sizeof fn[0]; f++)
      if (fn[f] (x * 0x10001L) != x * 0x10001L)
	bad++;
  if (counts->wrapped - c0.wrapped != n
      || counts->transparent - c0.transparent != n
      || counts->exitpart_entry - c0.exitpart_entry != n
      || counts->exitpart_exit - c0.exitpart_exit != n
      || counts->transparent_v - c0.transparent_v != n
      || counts->exitpart_v_entry - c0.exitpart_v_entry != n
      || counts->exitpart_v_exit - c0.exitpart_v_exit != n
      || counts->strict_v_entry - c0.strict_v_entry != n
      || counts->strict_v_exit - c0.strict_v_exit != n
      || counts->strict_entry - c0.strict_entry != n
      || counts->strict_exit - c0.strict_exit != n
      || counts->cpuid - c0.cpuid != n)
    bad++;
  /* 51 nested exit-part invocations, the innermost calling another
     exit-part interceptor.  */
  if (bench_nest (50, bench_exitpart) != 50
      || counts->nest_exit - c0.nest_exit != 51)
    bad++;
  printf ("check: vector path %s: %s\n",
	  rt_vector_path ? rt_vector_path () : "?", bad ? "WRONG" : "ok");
  return bad != 0;
}

/* ------------------------------------------------------------------ */
/* Memory.  */

struct mem
{
  unsigned long reserved, tls, used_first, resident_first;
  unsigned long used_nest[2], depth_nest[2], resident_nest;
  int ok;
};

static struct mem mem;
static const long nest_k[2] = { 1, 1000 };
static int nest_i;

static unsigned long
resident_bytes (void *base, unsigned long size)
{
  long page = sysconf (_SC_PAGESIZE);
  unsigned long n = size / page, res = 0;
  unsigned char *vec = malloc (n);

  if (vec == NULL || mincore (base, size, vec) != 0)
    {
      free (vec);
      return 0;
    }
  for (unsigned long i = 0; i < n; i++)
    res += vec[i] & 1;
  free (vec);
  return res * page;
}

static long
nest_probe (long x)
{
  void *base;
  unsigned long used, tls;

  rt_thread_memory (&base, &used, &tls);
  mem.used_nest[nest_i] = used;
  mem.depth_nest[nest_i] = rt_thread_depth ();
  if (nest_i == 1)
    mem.resident_nest = resident_bytes (base, mem.reserved);
  return x;
}

/* A fresh thread: one interception, then nesting.  */
static void *
mem_thread (void *arg)
{
  void *base;
  unsigned long used, tls;

  (void) arg;
  bench_exitpart (1);
  mem.reserved = rt_thread_memory (&base, &used, &tls);
  mem.tls = tls;
  mem.used_first = used;
  mem.resident_first = base ? resident_bytes (base, mem.reserved) : 0;
  mem.ok = base != NULL;
  for (nest_i = 0; nest_i < 2; nest_i++)
    if (bench_nest (nest_k[nest_i], nest_probe) != nest_k[nest_i])
      mem.ok = 0;
  return NULL;
}

static void
measure_memory (void)
{
  pthread_t t;

  if (rt_thread_memory == NULL || rt_thread_depth == NULL
      || pthread_create (&t, NULL, mem_thread, NULL) != 0)
    return;
  pthread_join (t, NULL);
}

/* ------------------------------------------------------------------ */
/* The machine.  */

static void
print_machine (void)
{
  char line[512], model[256] = "?";
  int hyper = 0;
  FILE *f = fopen ("/proc/cpuinfo", "r");
  struct utsname u;

  if (f != NULL)
    {
      while (fgets (line, sizeof line, f) != NULL)
	{
	  char *v = strchr (line, ':');
	  if (v == NULL)
	    continue;
	  v += 1 + (v[1] == ' ');
	  v[strcspn (v, "\n")] = '\0';
	  if (strncmp (line, "model name", 10) == 0 && model[0] == '?')
	    snprintf (model, sizeof model, "%s", v);
	  else if (strncmp (line, "flags", 5) == 0 && !hyper)
	    hyper = strstr (v, " hypervisor") != NULL;
	}
      fclose (f);
    }
  uname (&u);
  printf ("machine: %s, %ld online CPUs%s; %s %s %s; glibc %s\n", model,
	  sysconf (_SC_NPROCESSORS_ONLN), hyper ? " (virtual machine)" : "",
	  u.sysname, u.release, u.machine, gnu_get_libc_version ());
}

/* ------------------------------------------------------------------ */

struct result
{
  int row;
  const char *path;		/* vector path, or NULL */
  struct stats st;
  double floor;			/* row 0 of its process, or 0 (this one) */
};

static double
ratio (double a, double b)
{
  return b > 0 ? a / b : 0;
}

static void
print_result (const struct result *r, double r1, double r2)
{
  char label[16], name[80], t[64];
  double med;

  if (r->path != NULL)
    snprintf (label, sizeof label, "%s %s", row_label[r->row], r->path);
  else
    snprintf (label, sizeof label, "%s", row_label[r->row]);
  snprintf (name, sizeof name, "%s", row_name[r->row]);
  if (!r->st.valid)
    {
      printf ("%-10s %-45s %s\n", label, name, "(not measured)");
      return;
    }
  /* A row measured in another process is compared through that
     process's own floor: as if its floor had been this row 1.  */
  med = r->floor > 0 ? r->st.med * r1 / r->floor : r->st.med;
  snprintf (t, sizeof t, "%8.2f (%.2f-%.2f)", r->st.med, r->st.min,
	    r->st.max);
  printf ("%-10s %-45s %-24s %8.2f %8.2f %8.2f%s\n", label, name, t,
	  ratio (med, r1), ratio (med, r2),
	  r->st.med - (r->floor > 0 ? r->floor : r1), r->floor > 0 ? " *" : "");
}

static int
usage (void)
{
  fprintf (stderr, "usage: LD_PRELOAD=bench-shim.so bench-driver [--auditor "
	   "bench-audit.so] [--qemu QEMU --shim bench-shim.so]\n"
	   "         [--gen-count bench-gen-count.so --gen-log "
	   "bench-gen-log.so | --no-gen REASON]\n");
  return 2;
}

/* Parse "CALLS bench_direct <n>" out of OUT; -1 if absent.  */
static long
parse_calls (const char *out)
{
  const char *p = strstr (out, "CALLS bench_direct ");
  long n;

  return p != NULL && sscanf (p, "CALLS bench_direct %ld", &n) == 1 ? n : -1;
}

/* What a generated shim wrote to FILE about the function NAME: with the
   count template (LOG 0), the calls in its summary line; with the log
   template, the number of its lines.  0 if none, -1 if FILE cannot be
   read.  */
static long
shim_out_calls (int log, const char *file, const char *name)
{
  char line[512], fn[256];
  unsigned long calls, total, avg;
  long n = 0;
  size_t len = strlen (name);
  FILE *f = fopen (file, "r");

  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f) != NULL)
    if (log)
      n += strncmp (line, name, len) == 0 && line[len] == ' ';
    else if (line[0] != '#'
	     && sscanf (line, "%lu %lu %lu %255s", &calls, &total, &avg,
			fn) == 4
	     && strcmp (fn, name) == 0)
      n += calls;
  fclose (f);
  return n;
}

/* Rows 8c and 8l: run this program under the shim SO that
   interceptor-shim generated with TEMPLATE, without bench-shim.so.
   First --check, with the shim's output in a temporary file, which must
   account for every call of bench_direct and bench_nest and for none of
   bench_floor (left out); a line about it goes into REPORT.  Then time
   ROW in a process of its own (the log template writing to /dev/null)
   into R; the count template's summary must count every timed call.
   Returns the number of failures.  */
static int
run_generated (const char *so, const char *template, int row,
	       const char *path, struct result *r, char *report,
	       size_t reportsz)
{
  static char out[8192];
  char file[4096], preload[4096], outenv[4200];
  const char *tmpdir = getenv ("TMPDIR");
  int log = strcmp (template, "log") == 0, fd, st, fails = 0, len;
  long calls, direct, nest, floor_;
  const char *line;

  r->row = row;
  r->path = path;
  r->st = (struct stats) { 0, 0, 0, 0 };
  r->floor = 0;
  snprintf (file, sizeof file, "%s/bench-gen-%s.XXXXXX",
	    tmpdir && *tmpdir ? tmpdir : "/tmp", template);
  if ((fd = mkstemp (file)) < 0)
    {
      snprintf (report, reportsz, "interceptor-shim %s template: cannot "
		"create %.200s: %s", template, file, strerror (errno));
      return 1;
    }
  close (fd);
  snprintf (preload, sizeof preload, "LD_PRELOAD=%s", so);
  snprintf (outenv, sizeof outenv, "INTERCEPTOR_SHIM_OUT=%s", file);

  {
    char *argv2[] = { "--check", NULL };
    char *env2[] = { preload, outenv, NULL };

    st = run_self (NULL, argv2, env2, 1, out, sizeof out);
    calls = parse_calls (out);
    direct = shim_out_calls (log, file, "bench_direct");
    nest = shim_out_calls (log, file, "bench_nest");
    floor_ = shim_out_calls (log, file, "bench_floor");
    line = strstr (out, "check: ");
    len = line ? (int) strcspn (line, "\n") : 0;
    snprintf (report, reportsz, "interceptor-shim %s template "
	      "(correctness): %.*s; %s: bench_direct %ld, bench_nest %ld, "
	      "bench_floor %ld", template, len, line ? line : "(no check)",
	      log ? "lines" : "summary", direct, nest, floor_);
    if (st != 0 || line == NULL || strncmp (line + len - 4, ": ok", 4) != 0
	|| calls <= 0 || direct != calls || nest != 51 || floor_ != 0)
      {
	printf ("ERROR: under %s: exit status %d, output:\n%s\n", so, st, out);
	fails++;
      }
  }

  {
    char rows[2] = { log ? 'l' : 'c', '\0' };
    char *argv2[] = { "--child", rows, NULL };
    char *env2[] = { preload, log ? "INTERCEPTOR_SHIM_OUT=/dev/null" : outenv,
		     NULL };

    if (truncate (file, 0) != 0)
      fails++;
    if (run_self (NULL, argv2, env2, 0, out, sizeof out) != 0)
      fails++;
    r->st = parse_row (out, row);
    r->floor = parse_row (out, ROW_FLOOR).med;
    calls = parse_calls (out);
    if (!log && (calls <= 0
		 || shim_out_calls (0, file, "bench_direct") != calls))
      {
	printf ("ERROR: the count shim's summary does not count the %ld "
		"timed calls of bench_direct\n", calls);
	r->st.valid = 0;
      }
  }
  unlink (file);
  return fails;
}

int
main (int argc, char **argv)
{
  const char *auditor = NULL, *qemu = NULL, *shim = NULL, *child = NULL;
  const char *gen_count = NULL, *gen_log = NULL, *no_gen = NULL;
  struct result res[24];
  const char *path, *e;
  int nres = 0, check = 0, fails = 0, i7;
  char gen_report[2][1024] = { "", "" };
  char out[8192], buf[4096];
  double r1, r2, r3, r4, r3v, r4v, r6, r7, audit_floor = 0;

  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--auditor") == 0 && i + 1 < argc)
      auditor = argv[++i];
    else if (strcmp (argv[i], "--qemu") == 0 && i + 1 < argc)
      qemu = argv[++i];
    else if (strcmp (argv[i], "--shim") == 0 && i + 1 < argc)
      shim = argv[++i];
    else if (strcmp (argv[i], "--child") == 0 && i + 1 < argc)
      child = argv[++i];
    else if (strcmp (argv[i], "--gen-count") == 0 && i + 1 < argc)
      gen_count = argv[++i];
    else if (strcmp (argv[i], "--gen-log") == 0 && i + 1 < argc)
      gen_log = argv[++i];
    else if (strcmp (argv[i], "--no-gen") == 0 && i + 1 < argc)
      no_gen = argv[++i];
    else if (strcmp (argv[i], "--check") == 0)
      check = 1;
    else
      return usage ();

  if ((e = getenv ("BENCH_REPS")) != NULL && atoi (e) > 0)
    reps = atoi (e) < 64 ? atoi (e) : 63;
  if ((e = getenv ("BENCH_MS")) != NULL && atof (e) > 0)
    rep_ns = atof (e) * 1e6;
  self_exe = realpath ("/proc/self/exe", NULL);
  find_runtime ();

  if (check)
    return check_main ();
  if (child != NULL)
    return child_main (child);

  if (counts == NULL || rt_vector_path == NULL)
    {
      fprintf (stderr, "bench-driver: bench-shim.so is not preloaded\n");
      return usage ();
    }
  path = rt_vector_path ();

  printf ("interceptor benchmark: one call of an empty function "
	  "long f(long) in a shared library\n");
  print_machine ();
  printf ("vector path: %s%s; %d repetitions of ~%.0f ms each; "
	  "ns/call = median (min-max)\n\n", path,
	  getenv ("INTERCEPTOR_VECTOR_PATH") ? " (INTERCEPTOR_VECTOR_PATH)"
	  : " (detected)", reps, rep_ns / 1e6);
  fflush (stdout);

  /* In this process.  */
  {
    static const int row[] = {
      ROW_DIRECT, ROW_WRAPPED, ROW_TRANSPARENT, ROW_EXITPART, ROW_STRICT,
      ROW_TRANSPARENT_V, ROW_EXITPART_V, ROW_STRICT_V, ROW_CPUID
    };
    enum { N = sizeof row / sizeof row[0] };
    struct stats st[N];

    run_rows (row, N, st);
    for (int i = 0; i < N; i++)
      {
	res[nres].row = row[i];
	res[nres].path = (row[i] == ROW_TRANSPARENT_V
			  || row[i] == ROW_EXITPART_V
			  || row[i] == ROW_STRICT_V) ? path : NULL;
	res[nres].st = st[i];
	res[nres].floor = 0;
	nres++;
      }
  }

  /* Rows 3v, 4v and 5v on the narrower vector paths, each in its own
     process.  */
  if (getenv ("INTERCEPTOR_VECTOR_PATH") == NULL)
    {
      static const char *const lower[] = { "avx", "sse" };
      static const int vrow[] = {
	ROW_TRANSPARENT_V, ROW_EXITPART_V, ROW_STRICT_V
      };
      for (int i = 0; i < 2; i++)
	{
	  char *argv2[] = { "--child", "89a", NULL };
	  char *env2[] = { buf, NULL };
	  if (strcmp (path, "sse") == 0
	      || (strcmp (path, "avx") == 0 && strcmp (lower[i], "avx") == 0))
	    continue;
	  snprintf (buf, sizeof buf, "INTERCEPTOR_VECTOR_PATH=%s", lower[i]);
	  if (run_self (NULL, argv2, env2, 0, out, sizeof out) != 0)
	    fails++;
	  for (int j = 0; j < 3; j++)
	    {
	      res[nres].row = vrow[j];
	      res[nres].path = lower[i];
	      res[nres].st = parse_row (out, vrow[j]);
	      res[nres].floor = parse_row (out, ROW_FLOOR).med;
	      nres++;
	    }
	}
    }

  /* Row 7: the same driver under LD_AUDIT, without the shim.  */
  res[nres].row = ROW_AUDIT;
  res[nres].path = NULL;
  res[nres].st = (struct stats) { 0, 0, 0, 0 };
  res[nres].floor = 0;
  if (auditor != NULL)
    {
      char *argv2[] = { "--child", "7", NULL };
      char *env2[] = { buf, "LD_PRELOAD", NULL };
      unsigned long en = 0, ex = 0;
      const char *a;

      snprintf (buf, sizeof buf, "LD_AUDIT=%s", auditor);
      if (run_self (NULL, argv2, env2, 0, out, sizeof out) != 0)
	fails++;
      res[nres].st = parse_row (out, ROW_AUDIT);
      /* Not a floor: with an auditor loaded, every PLT call of the
	 process goes through the dynamic linker's profiling trampoline,
	 even one that la_symbind excluded from la_pltenter/la_pltexit.  */
      audit_floor = parse_row (out, ROW_FLOOR).med;
      /* The auditor's own count: the hooks really ran.  */
      if ((a = strstr (out, "audit ")) == NULL
	  || sscanf (a, "audit %lu %lu", &en, &ex) != 2 || en < 1000
	  || ex != en)
	res[nres].st.valid = 0;
    }
  i7 = nres++;

  /* Rows 8c and 8l: the generated shims, each in a process of its own
     (the bodies call functions: the general path, on this process's
     vector path).  */
  if (gen_count != NULL)
    fails += run_generated (gen_count, "count", ROW_GEN_COUNT, path,
			    &res[nres++], gen_report[0], sizeof gen_report[0]);
  if (gen_log != NULL)
    fails += run_generated (gen_log, "log", ROW_GEN_LOG, path,
			    &res[nres++], gen_report[1], sizeof gen_report[1]);

  r1 = res[0].st.med;
  r2 = res[1].st.med;
  r3 = res[2].st.med;
  r4 = res[3].st.med;
  r3v = res[5].st.med;
  r4v = res[6].st.med;
  r6 = res[8].st.med;
  r7 = res[i7].st.valid ? res[i7].st.med : 0;

  printf ("%-10s %-45s %-24s %8s %8s %8s\n", "row", "mechanism",
	  "ns/call", "x row 1", "x row 2", "+ns");
  for (int i = 0; i < nres; i++)
    print_result (&res[i], r1, r2);
  printf ("(* measured in a process of its own, whose direct call took "
	  "the place of row 1 in the ratios and +ns)\n");
  if (audit_floor > 0)
    printf ("(under LD_AUDIT every PLT call pays: a call the auditor "
	    "excludes from la_pltenter/la_pltexit took %.2f ns)\n",
	    audit_floor);
  if (gen_count != NULL || gen_log != NULL)
    printf ("(8c, 8l: row 1's call under a shim that interceptor-shim "
	    "generated for all of libbenchtarget.so but bench_floor, that "
	    "process's floor)\n");
  if (gen_count == NULL || gen_log == NULL)
    printf ("(row%s %s not run: %s)\n",
	    gen_count == NULL && gen_log == NULL ? "s" : "",
	    gen_count == NULL && gen_log == NULL ? "8c and 8l"
	    : gen_count == NULL ? "8c" : "8l",
	    no_gen ? no_gen : "no --gen-count/--gen-log shim given");
  if (gen_report[0][0] != '\0' || gen_report[1][0] != '\0')
    printf ("\n");
  for (int i = 0; i < 2; i++)
    if (gen_report[i][0] != '\0')
      printf ("%s\n", gen_report[i]);
  if (!sums_ok)
    {
      printf ("ERROR: some call returned a wrong result\n");
      fails++;
    }
  for (int i = 0; i < nres; i++)
    if (!res[i].st.valid
	&& !(res[i].row == ROW_AUDIT && auditor == NULL))
      {
	printf ("ERROR: row %s %s was not measured, or its calls were "
		"not intercepted\n", row_label[res[i].row],
		res[i].path ? res[i].path : "");
	fails++;
      }

  /* Correctness of the narrower paths under QEMU (not timed).  */
  if (qemu != NULL && shim != NULL)
    {
      static const char *const cpus[][2] = { { "Nehalem", "sse" },
					     { "Haswell", "avx" } };
      printf ("\n");
      for (int i = 0; i < 2; i++)
	{
	  char preload[4096];
	  char *wrap[] = { (char *) qemu, "-cpu", (char *) cpus[i][0], "-E",
			   preload, NULL };
	  char *argv2[] = { "--check", NULL };
	  char *env2[] = { "LD_PRELOAD", "INTERCEPTOR_VECTOR_PATH", NULL };
	  int st;

	  const char *line;
	  char got[16];
	  int len;

	  /* QEMU's warnings about CPU features TCG lacks go into OUT too;
	     shown only if the check fails.  */
	  snprintf (preload, sizeof preload, "LD_PRELOAD=%s", shim);
	  st = run_self (wrap, argv2, env2, 1, out, sizeof out);
	  line = strstr (out, "check: ");
	  len = line ? (int) strcspn (line, "\n") : 0;
	  printf ("qemu -cpu %s (%s path, correctness only): %.*s\n",
		  cpus[i][0], cpus[i][1], len, line ? line : "");
	  if (st != 0 || line == NULL
	      || sscanf (line, "check: vector path %15[a-z0-9]", got) != 1
	      || strcmp (got, cpus[i][1]) != 0
	      || strncmp (line + len - 4, ": ok", 4) != 0)
	    {
	      printf ("ERROR: exit status %d, output:\n%s\n", st, out);
	      fails++;
	    }
	}
    }

  /* Memory.  */
  measure_memory ();
  printf ("\nruntime memory (a fresh thread):\n");
  if (!mem.ok)
    {
      printf ("  ERROR: could not measure\n");
      fails++;
    }
  else
    {
      double per_inv = (double) (mem.used_nest[1] - mem.used_nest[0])
	/ (nest_k[1] - nest_k[0]);
      printf ("  per thread: %lu bytes of static TLS; %lu KiB of address "
	      "space reserved at the first interception, of which %lu KiB "
	      "resident after it\n", mem.tls, mem.reserved / 1024,
	      mem.resident_first / 1024);
      printf ("  per active invocation (exit part, no locals): %.0f bytes "
	      "(record + frame); %lu nested: %lu bytes used, %lu KiB "
	      "resident, depth %lu\n", per_inv, nest_k[1], mem.used_nest[1],
	      mem.resident_nest / 1024, mem.depth_nest[1]);
      printf ("  a thread stays under 64 KiB until it nests %.0f deep; "
	      "capacity %.0f nested invocations\n",
	      per_inv > 0 ? (65536.0 - mem.tls) / per_inv : 0,
	      per_inv > 0 ? mem.reserved / per_inv : 0);
      if (mem.depth_nest[1] != (unsigned long) nest_k[1] + 1
	  || mem.depth_nest[0] != (unsigned long) nest_k[0] + 1)
	{
	  printf ("  ERROR: nesting depth %lu/%lu, expected %ld/%ld\n",
		  mem.depth_nest[0], mem.depth_nest[1], nest_k[0] + 1,
		  nest_k[1] + 1);
	  fails++;
	}
    }

  /* The goals of issue 6 (benchmark figures, not tests).  */
  printf ("\ngoals:\n");
  printf ("  transparent overhead (row 3 - row 1) <= 1.5 x wrapper "
	  "overhead (row 2 - row 1): %.2f ns vs %.2f ns = %.2fx  %s\n",
	  r3 - r1, r2 - r1, ratio (r3 - r1, r2 - r1),
	  r3 - r1 <= 1.5 * (r2 - r1) ? "met" : "NOT met");
  printf ("  exit-part overhead (row 4 - row 1) <= 4 x wrapper overhead: "
	  "%.2f ns = %.2fx  %s\n", r4 - r1, ratio (r4 - r1, r2 - r1),
	  r4 - r1 <= 4 * (r2 - r1) ? "met" : "NOT met");
  printf ("  (general path, %s: transparent %.2f ns = %.2fx, exit part "
	  "%.2f ns = %.2fx the wrapper's overhead)\n", path, r3v - r1,
	  ratio (r3v - r1, r2 - r1), r4v - r1, ratio (r4v - r1, r2 - r1));
  printf ("  per call >= 100x cheaper than row 6: row 6 / row 3 = %.0fx, "
	  "row 6 / row 4 = %.0fx  %s\n", ratio (r6, r3), ratio (r6, r4),
	  r6 >= 100 * r4 ? "met" : "NOT met");
  if (r7 > 0)
    printf ("  per call >= 10x cheaper than row 7: row 7 / row 3 = %.1fx, "
	    "row 7 / row 4 = %.1fx  %s\n", ratio (r7, r3), ratio (r7, r4),
	    r7 >= 10 * r4 ? "met" : "NOT met");
  if (mem.ok)
    printf ("  memory per thread < 64 KiB: %lu bytes  %s\n",
	    mem.tls + mem.resident_first,
	    mem.tls + mem.resident_first < 65536 ? "met" : "NOT met");

  return fails ? 1 : 0;
}
