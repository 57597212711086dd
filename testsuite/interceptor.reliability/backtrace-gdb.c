/* { dg-do run } */
/* { dg-require-program gdb } */
/* { dg-timeout 120 } */
/* gdb's `bt', with gdb stopped inside a target, shows the real caller
   (SPEC 4.4): the program runs itself under `gdb -batch' with a
   breakpoint in take_backtrace (called by every target of bt-common.h),
   and checks each of the four backtraces: the caller's frame comes
   within two frames of the target's (one may be the runtime's return
   landing), main follows, and gdb never stops the backtrace early
   ("Backtrace stopped: previous frame identical ...", "corrupt
   stack").  When gdb cannot trace (no ptrace permission), the test
   says so and passes.  */

#include <stdint.h>
#include <unistd.h>
#include "check.h"
#include "bt-common.h"

static const char *const names[] = { BT_NAMES };

__attribute__ ((noinline, noclone)) void
take_backtrace (int which)
{
  __asm__ volatile ("" : : "r" (which) : "memory");
}

/* The frame number of the first line of BT (one backtrace) that
   mentions WHAT as a function, or -1.  */
static int
frame_of (const char *bt, const char *what)
{
  const char *p = bt;
  char pat[64];

  snprintf (pat, sizeof pat, " %s (", what);
  while ((p = strstr (p, "\n#")) != NULL)
    {
      const char *eol = strchr (p + 1, '\n');
      size_t len = eol ? (size_t) (eol - p) : strlen (p);
      const char *hit = strstr (p, pat);
      if (hit != NULL && (size_t) (hit - p) < len)
	return atoi (p + 2);
      p += 2;
    }
  return -1;
}

int
main (int argc, char **argv)
{
  static char out[1 << 16];
  char cmd[4096];
  size_t n = 0, r;
  FILE *f;
  int k;
  char *blocks[4], *p;

  if (argc > 1)
    {
      run_all ();
      return 0;
    }

  snprintf (cmd, sizeof cmd,
	    "gdb -nx -batch -iex 'set debuginfod enabled off' "
	    "-ex 'set startup-with-shell off' -ex 'break take_backtrace' "
	    "-ex run -ex bt -ex continue -ex bt -ex continue -ex bt "
	    "-ex continue -ex bt -ex continue --args '%s' child 2>&1",
	    argv[0]);
  f = popen (cmd, "r");
  CHECK (f != NULL);
  while ((r = fread (out + n, 1, sizeof out - 1 - n, f)) > 0)
    n += r;
  out[n] = '\0';
  pclose (f);

  if (strstr (out, "ptrace:") != NULL
      || strstr (out, "Operation not permitted") != NULL)
    {
      printf ("backtrace-gdb: gdb cannot trace here, not tested\n%s", out);
      return 0;
    }

  /* Split into the four stops.  */
  p = out;
  for (k = 0; k < 4; k++)
    {
      p = strstr (p, "Breakpoint 1, ");
      if (p == NULL)
	{
	  fprintf (stderr, "gdb output:\n%s\n", out);
	  CHECK (!"gdb stopped fewer than four times");
	}
      blocks[k] = p;
      p++;
    }
  for (k = 0; k < 4; k++)
    {
      char *end = k < 3 ? blocks[k + 1] : out + n;
      char save = *end;
      int leaf, caller, m;

      *end = '\0';
      leaf = frame_of (blocks[k], "real_leaf");
      caller = frame_of (blocks[k], names[k]);
      m = frame_of (blocks[k], "main");
      if (leaf < 0 || caller <= leaf || m <= caller
	  || caller - leaf > bt_max_gap (k)
	  || strstr (blocks[k], "Backtrace stopped") != NULL
	  || strstr (blocks[k], "corrupt") != NULL)
	{
	  fprintf (stderr, "bad gdb backtrace for %s:\n%s\n", names[k],
		   blocks[k]);
	  CHECK (!"bad gdb backtrace");
	}
      *end = save;
    }
  puts ("backtrace-gdb: ok");
  return 0;
}

/* { dg-output "backtrace-gdb: " } */
