/* loader.cc -- interceptor.so, the file that -fplugin= names.

   A GCC plugin is C++ compiled against the headers of one GCC; loaded
   into another major version, it stops inside dlopen at the first C++
   symbol that version lacks, and the user reads a dynamic linker's
   "undefined symbol" and nothing about what to do.  So the plugin proper
   is built as interceptor-gcc-N.so, N the GCC major version it is for,
   and -fplugin= names this small loader, which any GCC can load: it
   uses nothing of cc1 but the C functions of the plugin API (plugin.h),
   which every GCC since 4.5 has.  It hands over to the build for the
   major version of the GCC that runs it, and where there is none it
   says which versions there are and what to do (interceptor-plugin(7),
   VERSIONS).

   Where it looks: beside itself (the directory of the -fplugin= path),
   then in the running GCC's own plugin directory.  So builds of
   interceptor for several GCCs serve every one of those GCCs, whether
   they were installed into one directory (any --prefix but /usr and
   /usr/local) or each into its own GCC's plugin directory (the
   default), through whichever interceptor.so interceptor.pc names.

   Whether the build found fits the running GCC exactly (the same
   release and configuration) is for that build to check: it knows
   what it was built for (plugin.cc).

   Copyright (C) 2026 the interceptor authors.
   This file is part of interceptor; it is free software under the GNU
   General Public License version 3 or later (see COPYING).  */

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gcc-plugin.h"
#include "plugin-version.h"

int plugin_is_GPL_compatible;

/* What libtool's -release makes of interceptor-gcc.la.  */
#define ICPT_BUILD_PREFIX "interceptor-gcc-"
#define ICPT_BUILD_SUFFIX ".so"

/* A diagnostic in GCC's own form ("cc1: error: ..."): GCC's diagnostic
   functions are C++ and differ between versions, so they are out of
   reach here.  */
static void __attribute__ ((format (printf, 2, 3)))
icpt_say (const char *kind, const char *fmt, ...)
{
  va_list ap;

  fprintf (stderr, "%s: %s: ", program_invocation_short_name, kind);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
}

/* DIR's build of the plugin for GCC MAJOR, in PATH.  */
static bool
icpt_build_path (char *path, size_t size, const char *dir, int major)
{
  int n = snprintf (path, size, "%s/" ICPT_BUILD_PREFIX "%d"
		    ICPT_BUILD_SUFFIX, dir, major);
  return n > 0 && (size_t) n < size && access (path, F_OK) == 0;
}

/* The GCC major version a file name of a build stands for, or 0.  */
static int
icpt_build_major (const char *name)
{
  int major, end = 0;

  if (sscanf (name, ICPT_BUILD_PREFIX "%d" ICPT_BUILD_SUFFIX "%n",
	      &major, &end) != 1
      || end == 0 || name[end] != '\0')
    return 0;
  return major;
}

/* The GCC major versions there are builds for, in the directories
   looked in.  */
struct icpt_builds
{
  int n;
  int major[32];
};

/* Add the builds in DIR to FOUND, in increasing order.  (Not qsort:
   GCC's system.h turns it into gcc_qsort, a C++ function of cc1.)  */
static void
icpt_find_builds (struct icpt_builds *found, const char *dir)
{
  DIR *d = opendir (dir);
  struct dirent *e;

  if (!d)
    return;
  while ((e = readdir (d)) != NULL)
    {
      int major = icpt_build_major (e->d_name), i;

      if (major <= 0 || found->n == 32)
	continue;
      for (i = 0; i < found->n && found->major[i] < major; i++)
	;
      if (i < found->n && found->major[i] == major)
	continue;
      memmove (&found->major[i + 1], &found->major[i],
	       (found->n - i) * sizeof found->major[0]);
      found->major[i] = major;
      found->n++;
    }
  closedir (d);
}

/* "11, 12 and 14".  */
static void
icpt_format_builds (char *out, size_t size, const struct icpt_builds *found)
{
  size_t len = 0;

  out[0] = '\0';
  for (int i = 0; i < found->n && len < size; i++)
    len += snprintf (out + len, size - len, "%s%d",
		     i == 0 ? "" : i == found->n - 1 ? " and " : ", ",
		     found->major[i]);
}

/* BASE with FROM replaced by TO, in OUT ("gcc-14" -> "g++-14",
   "x86_64-linux-gnu-g++-14" -> "x86_64-linux-gnu-gcc-14").  */
static bool
icpt_swap_driver (char *out, size_t size, const char *base,
		  const char *from, const char *to)
{
  const char *at = strstr (base, from);
  if (!at)
    return false;
  snprintf (out, size, "%.*s%s%s", (int) (at - base), base, to,
	    at + strlen (from));
  return true;
}

/* Say how to build the plugin for the running GCC ("FIRST build ...
   and install it LAST"), naming its drivers: the one that runs cc1
   exports its name as COLLECT_GCC.  */
static void
icpt_say_rebuild (const char *first, const char *last)
{
  const char *driver = getenv ("COLLECT_GCC");
  const char *base = driver ? strrchr (driver, '/') : NULL;
  char other[PATH_MAX];
  const char *cc = NULL, *cxx = NULL;

  base = base ? base + 1 : driver;
  if (base && icpt_swap_driver (other, sizeof other, base, "g++", "gcc"))
    cc = other, cxx = base;
  else if (base && icpt_swap_driver (other, sizeof other, base, "gcc", "g++"))
    cc = base, cxx = other;
  if (cc)
    icpt_say ("note", "%sbuild interceptor with this compiler and install "
	      "it %s: ./configure CC=%s CXX=%s && make && make install "
	      "(interceptor-plugin(7))", first, last, cc, cxx);
  else
    icpt_say ("note", "%sbuild interceptor with this compiler and install "
	      "it %s: configure it with CC and CXX naming this GCC's C and "
	      "C++ compilers (interceptor-plugin(7))", first, last);
}

/* No build for the running GCC, MAJOR, in OWN_DIR nor in GCC_DIR (if
   not null): say which builds there are, and what to do.  */
static void
icpt_say_missing (struct plugin_name_args *info,
		  struct plugin_gcc_version *version, int major,
		  const char *own_dir, const char *gcc_dir)
{
  struct icpt_builds found = { 0, { 0 } };
  char list[256];

  icpt_find_builds (&found, own_dir);
  if (gcc_dir)
    icpt_find_builds (&found, gcc_dir);
  icpt_format_builds (list, sizeof list, &found);
  if (found.n > 0)
    {
      icpt_say ("error", "the interceptor plugin is built for GCC %s only, "
		"and this compiler is GCC %s: there is no "
		ICPT_BUILD_PREFIX "%d" ICPT_BUILD_SUFFIX " in %s%s%s",
		list, version->basever, major, own_dir,
		gcc_dir ? " nor in " : "", gcc_dir ? gcc_dir : "");
      icpt_say_rebuild ("compile with a GCC it is built for, or ", "too");
    }
  else
    {
      icpt_say ("error", "this compiler is GCC %s, and there is no build of "
		"the interceptor plugin in %s%s%s (%s, which loads the "
		"builds, came with the one for GCC %s)",
		version->basever, own_dir, gcc_dir ? " nor in " : "",
		gcc_dir ? gcc_dir : "", info->full_name, gcc_version.basever);
      icpt_say_rebuild ("", "too");
    }
}

/* Find the build for GCC MAJOR: beside this file, else in the running
   GCC's plugin directory.  False (having said so) when there is none.  */
static bool
icpt_find_build (char *path, size_t size, struct plugin_name_args *info,
		 struct plugin_gcc_version *version, int major)
{
  char own_dir[PATH_MAX], a[PATH_MAX], b[PATH_MAX];

  /* The directory of the -fplugin= path, as GCC opened it.  */
  snprintf (own_dir, sizeof own_dir, "%s", info->full_name);
  char *slash = strrchr (own_dir, '/');
  if (slash)
    *slash = '\0';
  else
    strcpy (own_dir, ".");
  if (icpt_build_path (path, size, own_dir, major))
    return true;

  /* The driver passes cc1 its plugin directory (-iplugindir=) whenever
     it passes -fplugin.  */
  const char *gcc_dir = default_plugin_dir_name ();
  if (realpath (gcc_dir, a) && realpath (own_dir, b) && strcmp (a, b) == 0)
    gcc_dir = NULL;
  if (gcc_dir && icpt_build_path (path, size, gcc_dir, major))
    return true;

  icpt_say_missing (info, version, major, own_dir, gcc_dir);
  return false;
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  int major = atoi (version->basever);
  char path[PATH_MAX];

  if (major < ICPT_OLDEST_GCC)
    {
      icpt_say ("error", "the interceptor plugin needs GCC %d or later, and "
		"this compiler is GCC %s", ICPT_OLDEST_GCC, version->basever);
      return 1;
    }
  if (!icpt_find_build (path, sizeof path, info, version, major))
    return 1;

  /* RTLD_LOCAL: the build's symbols serve itself only.  */
  void *handle = dlopen (path, RTLD_NOW | RTLD_LOCAL);
  if (!handle)
    {
      icpt_say ("error", "cannot load %s, the interceptor plugin's build "
		"for GCC %d, into GCC %s: %s", path, major, version->basever,
		dlerror ());
      icpt_say_rebuild ("it was built for another release of this GCC: ",
			"again");
      return 1;
    }
  plugin_init_func init = (plugin_init_func) dlsym (handle, "plugin_init");
  if (!init)
    {
      icpt_say ("error", "%s is not a GCC plugin: it has no plugin_init",
		path);
      return 1;
    }
  return init (info, version);
}
