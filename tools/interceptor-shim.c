/* interceptor-shim -- write an interceptor shim that covers every
   function a shared library exports.

   Reads the dynamic symbol table (.dynsym, with .gnu.version) of a
   shared library with libelf and writes a C source with one INTERCEPTOR
   body standing in for every exported function, from a template:

     count  per-function call count and total time, printed at exit
     log    one line per call: name, thread, depth, duration

   plus a Makefile fragment that builds it into an LD_PRELOAD shim.  See
   interceptor-shim(1).

   Copyright (C) 2026 the interceptor authors.
   This file is part of interceptor; it is free software under the GNU
   General Public License version 3 or later (see COPYING).  The sources
   it writes are the user's, under any licence.  */

#define _GNU_SOURCE 1

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gelf.h>
#include <libelf.h>

#ifndef PACKAGE_VERSION
# define PACKAGE_VERSION "unknown"
#endif

static const char *progname = "interceptor-shim";

static void
die (const char *fmt, ...)
{
  va_list ap;
  fprintf (stderr, "%s: ", progname);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  fputc ('\n', stderr);
  exit (1);
}

/* Functions that get a transparent interceptor (nothing after
   GOTO_TARGET, so no exit part): interceptor-shim(1), "What is made
   transparent".  An exit part replaces the return address while the
   function runs and expects it to return once, to the caller, in the
   same order as the calls around it; these functions do not.  */

/* Whether NAME returns twice, by GCC's rule (special_function_p in
   gcc/calls.cc: one or two leading underscores dropped), applied to all
   five names: the interceptor plugin refuses an exit part on them.  */
static int
returns_twice (const char *name)
{
  static const char *const names[] = {
    "setjmp", "sigsetjmp", "savectx", "vfork", "getcontext", NULL
  };
  if (name[0] == '_')
    name += name[1] == '_' ? 2 : 1;
  for (const char *const *n = names; *n; n++)
    if (strcmp (name, *n) == 0)
      return 1;
  return 0;
}

/* Functions that never return to their caller (or only when they
   fail), switch to another context, or start a thread of control
   elsewhere: an exit part would never run, and its record would stay
   on the thread's invocation stack until found stale.  The C library's
   and the C++ runtime's; other libraries' get exit parts, which still
   work (the record is dropped later).  */
static const char *const no_return[] = {
  "exit", "_exit", "_Exit", "quick_exit", "abort", "pthread_exit",
  "thrd_exit", "__libc_start_main", "longjmp", "_longjmp", "siglongjmp",
  "__longjmp_chk", "____longjmp_chk", "__libc_longjmp",
  "__libc_siglongjmp", "setcontext", "swapcontext", "err", "errx",
  "verr", "verrx", "__assert_fail", "__assert_perror_fail", "__assert",
  "__stack_chk_fail", "__fortify_fail", "__chk_fail", "__libc_fatal",
  "_dl_signal_error", "_dl_signal_exception", "execve", "execv",
  "execvp", "execvpe", "execl", "execle", "execlp", "fexecve",
  "execveat", "clone", "__clone", "clone3",
  "__cxa_throw", "__cxa_rethrow", "__cxa_bad_cast", "__cxa_bad_typeid",
  "__cxa_throw_bad_array_new_length", "__cxa_pure_virtual",
  "__cxa_deleted_virtual", "__cxa_call_unexpected",
  "__cxa_call_terminate", "_Unwind_Resume", "_Unwind_Resume_or_Rethrow",
  "_ZSt9terminatev", "_ZSt10unexpectedv",
  "_ZSt17rethrow_exceptionNSt15__exception_ptr13exception_ptrE",
  NULL
};

/* libstdc++'s std::__throw_* helpers and its assertion handler.  */
static int
cxx_no_return (const char *name)
{
  const char *p;
  if (strncmp (name, "_ZSt", 4) != 0)
    return 0;
  for (p = name + 4; isdigit ((unsigned char) *p); p++)
    ;
  return p > name + 4 && (strncmp (p, "__throw_", 8) == 0
			  || strncmp (p, "__glibcxx_assert_fail", 21) == 0);
}

/* Functions that look at their caller's return address (dlsym's
   RTLD_NEXT and dlopen's search path are the caller's object's; the
   profiling hooks record the caller): with an exit part they would see
   the runtime's return landing.  */
static const char *const caller_sensitive[] = {
  "dlopen", "dlmopen", "dlsym", "dlvsym", "mcount", "_mcount",
  "__fentry__", NULL
};

/* Symbols the shim object defines itself (its startup files).  */
static const char *const shim_defines[] = { "_init", "_fini", NULL };

static const char *const c_keywords[] = {
  "auto", "break", "case", "char", "const", "continue", "default", "do",
  "double", "else", "enum", "extern", "float", "for", "goto", "if",
  "inline", "int", "long", "register", "restrict", "return", "short",
  "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
  "unsigned", "void", "volatile", "while", "asm", "typeof", "bool",
  "true", "false", "alignas", "alignof", "nullptr", "static_assert",
  "thread_local", NULL
};

static int
in_list (const char *name, const char *const *list)
{
  for (; *list; list++)
    if (strcmp (name, *list) == 0)
      return 1;
  return 0;
}

static int
is_c_identifier (const char *s)
{
  if (!(isalpha ((unsigned char) *s) || *s == '_'))
    return 0;
  for (s++; *s; s++)
    if (!(isalnum ((unsigned char) *s) || *s == '_'))
      return 0;
  return 1;
}

/* One exported function of one symbol version.  */
struct sym
{
  char *name;
  char *version;		/* NULL: the library has no versions, or
				   the symbol has none (VER_NDX_GLOBAL) */
  int hidden;			/* a compatibility version (name@VERSION) */
  char *stub;			/* the shim's symbol: NAME for the default
				   version, shim_vK_NAME for the others */
  int transparent;		/* no exit part (see above) */
};

static struct sym *syms;
static size_t nsyms, syms_cap;

static int
null_strcmp (const char *a, const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);
  return strcmp (a, b);
}

/* By name, the default version first, then by version.  */
static int
sym_cmp (const void *a, const void *b)
{
  const struct sym *x = a, *y = b;
  int c = strcmp (x->name, y->name);
  if (c)
    return c;
  if (x->hidden != y->hidden)
    return x->hidden - y->hidden;
  return null_strcmp (x->version, y->version);
}

/* By stub, for the generated binary search.  */
static int
stub_cmp (const void *a, const void *b)
{
  return strcmp ((*(struct sym *const *) a)->stub,
		 (*(struct sym *const *) b)->stub);
}

static char *
xstrdup (const char *s)
{
  char *d = strdup (s);
  if (d == NULL)
    die ("out of memory");
  return d;
}

/* Reading the library.  */

static char *soname;
static char *libc_soname;	/* DT_NEEDED libc.so.N, or SONAME for libc */
static int defines_libc_start;	/* the library is the C library */

/* The names of the version definitions (.gnu.version_d), by index.  */
static char **verdef_names;
static size_t nverdef_names;

static void
read_verdefs (Elf *elf, Elf_Scn *scn, const char *path)
{
  GElf_Shdr shdr;
  Elf_Data *d = elf_getdata (scn, NULL);
  size_t off = 0;

  if (gelf_getshdr (scn, &shdr) == NULL || d == NULL)
    die ("%s: %s", path, elf_errmsg (-1));
  for (size_t n = 0; n < shdr.sh_info; n++)
    {
      GElf_Verdef vd;
      GElf_Verdaux va;
      if (gelf_getverdef (d, (int) off, &vd) == NULL
	  || gelf_getverdaux (d, (int) (off + vd.vd_aux), &va) == NULL)
	die ("%s: malformed version definitions", path);
      const char *name = elf_strptr (elf, shdr.sh_link, va.vda_name);
      if (name == NULL)
	die ("%s: malformed version definitions", path);
      if (vd.vd_ndx >= nverdef_names)
	{
	  size_t m = vd.vd_ndx + 1u;
	  verdef_names = realloc (verdef_names, m * sizeof *verdef_names);
	  if (verdef_names == NULL)
	    die ("out of memory");
	  memset (verdef_names + nverdef_names, 0,
		  (m - nverdef_names) * sizeof *verdef_names);
	  nverdef_names = m;
	}
      /* The base definition names the library itself, no version.  */
      if (!(vd.vd_flags & VER_FLG_BASE))
	verdef_names[vd.vd_ndx] = xstrdup (name);
      if (vd.vd_next == 0)
	break;
      off += vd.vd_next;
    }
}

static void
read_dynamic (Elf *elf, Elf_Scn *scn)
{
  GElf_Shdr dshdr;
  gelf_getshdr (scn, &dshdr);
  Elf_Data *d = elf_getdata (scn, NULL);
  size_t n = dshdr.sh_entsize ? dshdr.sh_size / dshdr.sh_entsize : 0;
  for (size_t i = 0; d && i < n; i++)
    {
      GElf_Dyn dyn;
      const char *s;
      if (!gelf_getdyn (d, (int) i, &dyn))
	continue;
      if (dyn.d_tag != DT_SONAME && dyn.d_tag != DT_NEEDED)
	continue;
      s = elf_strptr (elf, dshdr.sh_link, dyn.d_un.d_val);
      if (s == NULL)
	continue;
      if (dyn.d_tag == DT_SONAME && soname == NULL)
	soname = xstrdup (s);
      else if (dyn.d_tag == DT_NEEDED && libc_soname == NULL
	       && strncmp (s, "libc.so", 7) == 0)
	libc_soname = xstrdup (s);
    }
}

static void
add_sym (const char *name, const char *version, int hidden)
{
  if (nsyms == syms_cap)
    {
      syms_cap = syms_cap ? 2 * syms_cap : 1024;
      syms = realloc (syms, syms_cap * sizeof *syms);
      if (syms == NULL)
	die ("out of memory");
    }
  syms[nsyms] = (struct sym) { .name = xstrdup (name),
			       .version = version ? xstrdup (version) : NULL,
			       .hidden = hidden };
  nsyms++;
}

static void
read_library (const char *path, int verbose)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    die ("cannot open %s: %s", path, strerror (errno));
  if (elf_version (EV_CURRENT) == EV_NONE)
    die ("libelf is out of date: %s", elf_errmsg (-1));
  Elf *elf = elf_begin (fd, ELF_C_READ, NULL);
  if (elf == NULL || elf_kind (elf) != ELF_K_ELF)
    die ("%s is not an ELF file%s%s", path, elf ? "" : ": ",
	 elf ? "" : elf_errmsg (-1));
  GElf_Ehdr ehdr;
  if (gelf_getehdr (elf, &ehdr) == NULL)
    die ("%s: %s", path, elf_errmsg (-1));
  if (ehdr.e_type != ET_DYN)
    die ("%s is not a shared library (ELF type %u)", path,
	 (unsigned) ehdr.e_type);

  Elf_Scn *scn = NULL, *dynsym = NULL, *versym = NULL, *dynamic = NULL;
  GElf_Shdr dynsym_shdr = { 0 }, shdr;
  while ((scn = elf_nextscn (elf, scn)) != NULL)
    {
      if (gelf_getshdr (scn, &shdr) == NULL)
	die ("%s: %s", path, elf_errmsg (-1));
      if (shdr.sh_type == SHT_DYNSYM)
	{
	  dynsym = scn;
	  dynsym_shdr = shdr;
	}
      else if (shdr.sh_type == SHT_GNU_versym)
	versym = scn;
      else if (shdr.sh_type == SHT_GNU_verdef)
	read_verdefs (elf, scn, path);
      else if (shdr.sh_type == SHT_DYNAMIC)
	dynamic = scn;
    }
  if (dynsym == NULL)
    die ("%s has no dynamic symbol table (.dynsym)", path);
  if (dynamic)
    read_dynamic (elf, dynamic);

  Elf_Data *symdata = elf_getdata (dynsym, NULL);
  Elf_Data *verdata = versym ? elf_getdata (versym, NULL) : NULL;
  size_t count = dynsym_shdr.sh_entsize
    ? dynsym_shdr.sh_size / dynsym_shdr.sh_entsize : 0;

  for (size_t i = 1; i < count; i++)
    {
      GElf_Sym s;
      if (gelf_getsym (symdata, (int) i, &s) == NULL)
	die ("%s: %s", path, elf_errmsg (-1));
      int bind = GELF_ST_BIND (s.st_info), type = GELF_ST_TYPE (s.st_info);
      const char *name = elf_strptr (elf, dynsym_shdr.sh_link, s.st_name);
      if (name == NULL || *name == '\0')
	continue;
      if (s.st_shndx == SHN_UNDEF)
	continue;
      if (bind != STB_GLOBAL && bind != STB_WEAK)
	continue;
      if (GELF_ST_VISIBILITY (s.st_other) == STV_HIDDEN
	  || GELF_ST_VISIBILITY (s.st_other) == STV_INTERNAL)
	continue;
      if (strcmp (name, "__libc_start_main") == 0)
	defines_libc_start = 1;
      if (type != STT_FUNC && type != STT_GNU_IFUNC)
	{
	  if (verbose)
	    fprintf (stderr, "%s: skip %s: not a function\n", progname, name);
	  continue;
	}
      const char *version = NULL;
      int hidden = 0;
      if (verdata)
	{
	  GElf_Versym vs;
	  if (gelf_getversym (verdata, (int) i, &vs) == NULL)
	    die ("%s: %s", path, elf_errmsg (-1));
	  unsigned ndx = vs & 0x7fff;
	  if (ndx == VER_NDX_LOCAL)
	    continue;
	  /* Hidden (`name@VERSION', not `@@'): a compatibility version
	     that only binaries linked against it bind to.  */
	  hidden = (vs & 0x8000) != 0;
	  if (ndx != VER_NDX_GLOBAL)
	    {
	      if (ndx >= nverdef_names || verdef_names[ndx] == NULL)
		die ("%s: symbol %s has an undefined version index %u", path,
		     name, ndx);
	      version = verdef_names[ndx];
	    }
	}
      add_sym (name, version, hidden);
    }
  elf_end (elf);
  close (fd);
}

/* Writing the shim.  */

enum template { T_COUNT, T_LOG };

/* Write the N strings of NAMES (the stub names of SYMS when NAMES is
   NULL), SEP after each but the last, wrapped at 76 columns.  */
static void
write_list (FILE *out, struct sym *const *list, size_t n, const char *indent,
	    const char *sep)
{
  size_t col = 0;
  for (size_t i = 0; i < n; i++)
    {
      const char *name = list[i]->stub;
      size_t len = strlen (name) + strlen (sep) + 1;
      if (col == 0)
	col = (size_t) fprintf (out, "%s", indent);
      else if (col + len > 76)
	{
	  fprintf (out, "\n%s", indent);
	  col = strlen (indent);
	}
      else
	{
	  fputc (' ', out);
	  col++;
	}
      col += (size_t) fprintf (out, "%s%s", name, i + 1 < n ? sep : "");
    }
  fputc ('\n', out);
}

static const char shim_common[] =
"#define _GNU_SOURCE 1\n"
"\n"
"#include <fcntl.h>\n"
"#include <stddef.h>\n"
"#include <stdint.h>\n"
"#include <sys/syscall.h>\n"
"#include <sys/types.h>\n"
"#include <time.h>\n"
"#include <unistd.h>\n"
"\n"
"#include <interceptor.h>\n"
"\n"
"/* Nested re-entries allowed per thread: the library may call its own\n"
"   exports through its PLT, and then they come back through the shim.  */\n"
"#ifndef SHIM_MAX_RECURSION\n"
"# define SHIM_MAX_RECURSION @MAXREC@\n"
"#endif\n"
"\n"
"/* The environment variable naming the output file (default: stderr).  */\n"
"#define SHIM_ENV \"@ENV@\"\n"
"\n"
"/* The shim calls no function through its PLT, where a shim of the C\n"
"   library would find its own stubs (and a program its own definitions):\n"
"   it finds what it calls in the C library itself, and its loops must\n"
"   not become calls of memcpy, strlen and the like.  */\n"
"#pragma GCC optimize (\"no-tree-loop-distribute-patterns\")\n"
"#define SHIM_NO_LIBCALLS\n"
"\n"
"static struct\n"
"{\n"
"  int (*clock_gettime) (clockid_t, struct timespec *);\n"
"  ssize_t (*write) (int, const void *, size_t);\n"
"  int (*open) (const char *, int, ...);\n"
"  pid_t (*getpid) (void);\n"
"  pid_t (*gettid) (void);\n"
"  long (*syscall) (long, ...);\n"
"  void (*abort) (void);\n"
"} shim_libc;\n"
"\n"
"/* Async-signal-safe, lock-free and idempotent: threads may race.  */\n"
"static void\n"
"shim_libc_init (void)\n"
"{\n"
"  if (__atomic_load_n (&shim_libc.clock_gettime, __ATOMIC_ACQUIRE) != NULL)\n"
"    return;\n"
"#define SHIM_LIBC_FN(f) \\\n"
"  (__typeof__ (shim_libc.f)) interceptor_find_function (SHIM_LIBC, #f, NULL)\n"
"  shim_libc.write = SHIM_LIBC_FN (write);\n"
"  shim_libc.open = SHIM_LIBC_FN (open);\n"
"  shim_libc.getpid = SHIM_LIBC_FN (getpid);\n"
"  shim_libc.gettid = SHIM_LIBC_FN (gettid);\n"
"  shim_libc.syscall = SHIM_LIBC_FN (syscall);\n"
"  shim_libc.abort = SHIM_LIBC_FN (abort);\n"
"  __atomic_store_n (&shim_libc.clock_gettime, SHIM_LIBC_FN (clock_gettime),\n"
"                    __ATOMIC_RELEASE);\n"
"}\n"
"\n"
"static SHIM_NO_LIBCALLS size_t\n"
"shim_strlen (const char *s)\n"
"{\n"
"  size_t n = 0;\n"
"  while (s[n])\n"
"    n++;\n"
"  return n;\n"
"}\n"
"\n"
"static SHIM_NO_LIBCALLS int\n"
"shim_strcmp (const char *a, const char *b)\n"
"{\n"
"  while (*a && *a == *b)\n"
"    a++, b++;\n"
"  return (unsigned char) *a - (unsigned char) *b;\n"
"}\n"
"\n"
"static void\n"
"shim_write (int fd, const char *p, size_t n)\n"
"{\n"
"  shim_libc_init ();\n"
"  while (n > 0 && shim_libc.write != NULL)\n"
"    {\n"
"      ssize_t w = shim_libc.write (fd, p, n);\n"
"      if (w <= 0)\n"
"        return;\n"
"      p += w;\n"
"      n -= (size_t) w;\n"
"    }\n"
"}\n"
"\n"
"static void\n"
"shim_write_str (int fd, const char *s)\n"
"{\n"
"  shim_write (fd, s, shim_strlen (s));\n"
"}\n"
"\n"
"/* \"interceptor-shim: \" A B C, and abort.  */\n"
"static void __attribute__ ((__noreturn__, __cold__))\n"
"shim_die (const char *a, const char *b, const char *c)\n"
"{\n"
"  shim_write_str (2, \"interceptor-shim: \");\n"
"  shim_write_str (2, a);\n"
"  shim_write_str (2, b);\n"
"  shim_write_str (2, c);\n"
"  shim_write_str (2, \"\\n\");\n"
"  if (shim_libc.abort != NULL)\n"
"    shim_libc.abort ();\n"
"  __builtin_trap ();\n"
"}\n"
"\n"
"static uint64_t shim_calls[SHIM_NFUNCS];\n"
"static uint64_t shim_ns[SHIM_NFUNCS];\n"
"\n"
"/* The real functions, found on first use in the library itself (any\n"
"   object that has its SONAME or file name, loaded with RTLD_LOCAL or\n"
"   not), each with its own symbol version.  */\n"
"static void *shim_real[SHIM_NFUNCS];\n"
"\n"
"/* INTERCEPTED_NAME -> index: a lock-free table keyed by the name's\n"
"   address (each stub passes its own string), filled on first use by a\n"
"   binary search of shim_fns.  */\n"
"#define SHIM_HASH_SIZE @HASHSIZE@\n"
"static const char *shim_hash_key[SHIM_HASH_SIZE];\n"
"static unsigned int shim_hash_index[SHIM_HASH_SIZE];\n"
"\n"
"static unsigned int\n"
"shim_search (const char *stub)\n"
"{\n"
"  unsigned int lo = 0, hi = SHIM_NFUNCS;\n"
"  while (lo < hi)\n"
"    {\n"
"      unsigned int mid = (lo + hi) / 2;\n"
"      int c = shim_strcmp (stub, shim_fns[mid].stub);\n"
"      if (c == 0)\n"
"        return mid;\n"
"      if (c < 0)\n"
"        hi = mid;\n"
"      else\n"
"        lo = mid + 1;\n"
"    }\n"
"  shim_die (stub, \" is not in the list\", \"\");\n"
"}\n"
"\n"
"static inline unsigned int\n"
"shim_index (const char *name)\n"
"{\n"
"  uintptr_t h = ((uintptr_t) name * (uintptr_t) 0x9E3779B97F4A7C15ull) >> 17;\n"
"  for (unsigned int n = 0; n < SHIM_HASH_SIZE; n++, h++)\n"
"    {\n"
"      unsigned int slot = h & (SHIM_HASH_SIZE - 1);\n"
"      const char *key = __atomic_load_n (&shim_hash_key[slot], __ATOMIC_ACQUIRE);\n"
"      if (key == name)\n"
"        {\n"
"          unsigned int i = __atomic_load_n (&shim_hash_index[slot], __ATOMIC_ACQUIRE);\n"
"          if (i != 0)\n"
"            return i - 1;\n"
"          break;                /* being filled in by another thread */\n"
"        }\n"
"      if (key == NULL)\n"
"        {\n"
"          unsigned int i = shim_search (name);\n"
"          const char *expected = NULL;\n"
"          if (__atomic_compare_exchange_n (&shim_hash_key[slot], &expected,\n"
"                                           name, 0, __ATOMIC_ACQ_REL,\n"
"                                           __ATOMIC_ACQUIRE))\n"
"            __atomic_store_n (&shim_hash_index[slot], i + 1, __ATOMIC_RELEASE);\n"
"          return i;\n"
"        }\n"
"    }\n"
"  return shim_search (name);\n"
"}\n"
"\n"
"static void *\n"
"shim_real_of (unsigned int i)\n"
"{\n"
"  void *p = __atomic_load_n (&shim_real[i], __ATOMIC_ACQUIRE);\n"
"  if (p == NULL)\n"
"    {\n"
"      p = interceptor_find_function (SHIM_LIBRARY, shim_fns[i].name,\n"
"                                     shim_fns[i].version);\n"
"      if (p == NULL)\n"
"        shim_die (\"no definition of \", shim_fns[i].stub,\n"
"                  \" in \" SHIM_LIBRARY \" (is it loaded?)\");\n"
"      __atomic_store_n (&shim_real[i], p, __ATOMIC_RELEASE);\n"
"    }\n"
"  return p;\n"
"}\n"
"\n"
"/* The name a line shows: NAME, or NAME@VERSION for a compatibility\n"
"   version.  */\n"
"static SHIM_NO_LIBCALLS char *\n"
"shim_put_name (char *p, char *end, unsigned int i)\n"
"{\n"
"  const char *s = shim_fns[i].name;\n"
"  while (*s && p < end)\n"
"    *p++ = *s++;\n"
"  if (shim_fns[i].hidden)\n"
"    {\n"
"      if (p < end)\n"
"        *p++ = '@';\n"
"      for (s = shim_fns[i].version; *s && p < end; )\n"
"        *p++ = *s++;\n"
"    }\n"
"  return p;\n"
"}\n"
"\n"
"static inline uint64_t\n"
"shim_now (void)\n"
"{\n"
"  struct timespec ts;\n"
"  shim_libc_init ();\n"
"  if (shim_libc.clock_gettime == NULL\n"
"      || shim_libc.clock_gettime (CLOCK_MONOTONIC, &ts) != 0)\n"
"    return 0;\n"
"  return (uint64_t) ts.tv_sec * 1000000000u + (uint64_t) ts.tv_nsec;\n"
"}\n"
"\n"
"/* $" "@ENV@ without getenv, which a program may define itself (bash\n"
"   does) and which a shim of the C library intercepts.  */\n"
"extern char **environ;\n"
"\n"
"static const char *\n"
"shim_getenv (const char *name)\n"
"{\n"
"  size_t n = shim_strlen (name);\n"
"  for (char **e = environ; e != NULL && *e != NULL; e++)\n"
"    {\n"
"      size_t k = 0;\n"
"      while (k < n && (*e)[k] == name[k])\n"
"        k++;\n"
"      if (k == n && (*e)[n] == '=')\n"
"        return *e + n + 1;\n"
"    }\n"
"  return NULL;\n"
"}\n"
"\n"
"/* The output file: $" "@ENV@, else standard error.  Opened by the\n"
"   constructor, before the program runs, so that no vfork child (which\n"
"   shares the parent's memory, not its file descriptors) ever opens it\n"
"   for the parent.  */\n"
"static int shim_fd = -1;\n"
"\n"
"static int\n"
"shim_out (void)\n"
"{\n"
"  int fd = __atomic_load_n (&shim_fd, __ATOMIC_ACQUIRE);\n"
"  if (fd >= 0)\n"
"    return fd;\n"
"  const char *path = shim_getenv (SHIM_ENV);\n"
"  fd = 2;\n"
"  shim_libc_init ();\n"
"  if (path != NULL && *path != '\\0' && shim_libc.open != NULL)\n"
"    {\n"
"      fd = shim_libc.open (path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC,\n"
"                           0644);\n"
"      if (fd < 0)\n"
"        {\n"
"          shim_write_str (2, \"interceptor-shim: cannot open $\" SHIM_ENV\n"
"                             \"; using standard error\\n\");\n"
"          fd = 2;\n"
"        }\n"
"    }\n"
"  int expected = -1;\n"
"  if (!__atomic_compare_exchange_n (&shim_fd, &expected, fd, 0,\n"
"                                    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))\n"
"    fd = expected;            /* another thread's; ours stays open */\n"
"  return fd;\n"
"}\n"
"\n"
"static void __attribute__ ((__constructor__))\n"
"shim_init (void)\n"
"{\n"
"  shim_libc_init ();\n"
"  (void) shim_out ();\n"
"}\n"
"\n"
"/* Decimal digits of V before END; returns the first.  */\n"
"static char *\n"
"shim_utoa (char *end, uint64_t v)\n"
"{\n"
"  do\n"
"    *--end = (char) ('0' + v % 10);\n"
"  while ((v /= 10) != 0);\n"
"  return end;\n"
"}\n"
"\n"
"/* V right-aligned in WIDTH columns at P; returns the end.  */\n"
"static char *\n"
"shim_put_uint (char *p, unsigned int width, uint64_t v)\n"
"{\n"
"  char digits[24], *d = shim_utoa (digits + sizeof digits, v);\n"
"  unsigned int n = (unsigned int) (digits + sizeof digits - d);\n"
"  for (; width > n; width--)\n"
"    *p++ = ' ';\n"
"  while (d < digits + sizeof digits)\n"
"    *p++ = *d++;\n"
"  return p;\n"
"}\n"
"\n"
"static SHIM_NO_LIBCALLS char *\n"
"shim_put_str (char *p, const char *s)\n"
"{\n"
"  while (*s)\n"
"    *p++ = *s++;\n"
"  return p;\n"
"}\n"
"\n"
"/* Whether function X sorts before Y: more calls first, then by name.  */\n"
"static int\n"
"shim_before (unsigned int x, unsigned int y)\n"
"{\n"
"  if (shim_calls[x] != shim_calls[y])\n"
"    return shim_calls[x] > shim_calls[y];\n"
"  int c = shim_strcmp (shim_fns[x].name, shim_fns[y].name);\n"
"  return c != 0 ? c < 0 : x < y;\n"
"}\n"
"\n"
"/* The summary: called functions by decreasing call count (count).  */\n"
"static void __attribute__ ((__unused__))\n"
"shim_summary (void)\n"
"{\n"
"  static unsigned int order[SHIM_NFUNCS];\n"
"  unsigned int n = 0;\n"
"  uint64_t total = 0;\n"
"  for (unsigned int i = 0; i < SHIM_NFUNCS; i++)\n"
"    {\n"
"      uint64_t c = __atomic_load_n (&shim_calls[i], __ATOMIC_RELAXED);\n"
"      if (c != 0)\n"
"        {\n"
"          order[n++] = i;\n"
"          total += c;\n"
"        }\n"
"    }\n"
"  /* Shell sort (Ciura's gaps): no qsort, which a shim may intercept.  */\n"
"  static const unsigned int gaps[] = { 701, 301, 132, 57, 23, 10, 4, 1 };\n"
"  for (unsigned int g = 0; g < sizeof gaps / sizeof gaps[0]; g++)\n"
"    for (unsigned int i = gaps[g]; i < n; i++)\n"
"      {\n"
"        unsigned int v = order[i], j = i;\n"
"        for (; j >= gaps[g] && shim_before (v, order[j - gaps[g]]); j -= gaps[g])\n"
"          order[j] = order[j - gaps[g]];\n"
"        order[j] = v;\n"
"      }\n"
"  int fd = shim_out ();\n"
"  char line[512], *p = line;\n"
"  shim_libc_init ();\n"
"  p = shim_put_str (p, \"# interceptor-shim count: \" SHIM_NAME \", pid \");\n"
"  p = shim_put_uint (p, 0, shim_libc.getpid ? (uint64_t) shim_libc.getpid () : 0);\n"
"  p = shim_put_str (p, \": \");\n"
"  p = shim_put_uint (p, 0, total);\n"
"  p = shim_put_str (p, \" calls of \");\n"
"  p = shim_put_uint (p, 0, n);\n"
"  p = shim_put_str (p, \" functions (of \");\n"
"  p = shim_put_uint (p, 0, SHIM_NFUNCS);\n"
"  p = shim_put_str (p, \")\\n#        calls         total_ns     avg_ns  function\\n\");\n"
"  shim_write (fd, line, (size_t) (p - line));\n"
"  for (unsigned int k = 0; k < n; k++)\n"
"    {\n"
"      unsigned int i = order[k];\n"
"      uint64_t c = shim_calls[i], ns = shim_ns[i];\n"
"      p = shim_put_uint (line, 14, c);\n"
"      *p++ = ' ';\n"
"      p = shim_put_uint (p, 16, ns);\n"
"      *p++ = ' ';\n"
"      p = shim_put_uint (p, 10, ns / c);\n"
"      *p++ = ' ';\n"
"      *p++ = ' ';\n"
"      p = shim_put_name (p, line + sizeof line - 1, i);\n"
"      *p++ = '\\n';\n"
"      shim_write (fd, line, (size_t) (p - line));\n"
"    }\n"
"}\n";

static const char body_count[] =
"/* count: per-function calls and total (inclusive) time, printed at\n"
"   exit.  */\n"
"static void __attribute__ ((__destructor__))\n"
"shim_fini (void)\n"
"{\n"
"  shim_summary ();\n"
"}\n"
"\n"
"/* After each call: nothing more than the counts.  */\n"
"#define SHIM_AFTER_CALL(i, dt) ((void) 0)\n"
"#define SHIM_BEFORE_TRANSPARENT_CALL(i) ((void) 0)\n";

static const char body_log[] =
"/* log: one line per call, \"name tid depth duration_ns\", written with\n"
"   one write(2) when the call returns (so nested calls come first); for\n"
"   the functions that get no exit part, when the call begins, with \"-\"\n"
"   for the duration.  Name the file in $" "@ENV@ to keep the lines\n"
"   apart from the program's own standard error.  The thread id is\n"
"   asked for every line: a vfork child shares its parent's memory.  */\n"
"static long\n"
"shim_gettid (void)\n"
"{\n"
"  shim_libc_init ();\n"
"  if (shim_libc.gettid != NULL)\n"
"    return shim_libc.gettid ();\n"
"  return shim_libc.syscall != NULL ? shim_libc.syscall (SYS_gettid) : 0;\n"
"}\n"
"\n"
"static void\n"
"shim_log (unsigned int i, unsigned int depth, const uint64_t *dt)\n"
"{\n"
"  char line[320];\n"
"  char *end = line + sizeof line - 48, *p;\n"
"  p = shim_put_name (line, end, i);\n"
"  *p++ = ' ';\n"
"  p = shim_put_uint (p, 0, (uint64_t) shim_gettid ());\n"
"  *p++ = ' ';\n"
"  p = shim_put_uint (p, 0, depth);\n"
"  *p++ = ' ';\n"
"  if (dt != NULL)\n"
"    p = shim_put_uint (p, 0, *dt);\n"
"  else\n"
"    *p++ = '-';\n"
"  *p++ = '\\n';\n"
"  shim_write (shim_out (), line, (size_t) (p - line));\n"
"}\n"
"\n"
"#define SHIM_AFTER_CALL(i, dt) shim_log ((i), INTERCEPTED_DEPTH, &(dt))\n"
"#define SHIM_BEFORE_TRANSPARENT_CALL(i) \\\n"
"  shim_log ((i), INTERCEPTED_DEPTH, NULL)\n";

/* The bodies, whatever the template: count and time the call, then
   SHIM_AFTER_CALL; or, for the functions that get no exit part, count
   it and SHIM_BEFORE_TRANSPARENT_CALL.  */
static const char shim_body[] =
"#define SHIM_BODY                                                       \\\n"
"  {                                                                     \\\n"
"    unsigned int i = shim_index (INTERCEPTED_NAME);                     \\\n"
"    uint64_t t0 = shim_now ();                                          \\\n"
"    GOTO_TARGET (shim_real_of (i));                                     \\\n"
"    uint64_t dt = shim_now () - t0;                                     \\\n"
"    __atomic_fetch_add (&shim_calls[i], 1, __ATOMIC_RELAXED);           \\\n"
"    __atomic_fetch_add (&shim_ns[i], dt, __ATOMIC_RELAXED);             \\\n"
"    SHIM_AFTER_CALL (i, dt);                                            \\\n"
"    GOTO_RETURN ();                                                     \\\n"
"  }\n"
"\n"
"#define SHIM_TRANSPARENT_BODY                                           \\\n"
"  {                                                                     \\\n"
"    unsigned int i = shim_index (INTERCEPTED_NAME);                     \\\n"
"    __atomic_fetch_add (&shim_calls[i], 1, __ATOMIC_RELAXED);           \\\n"
"    SHIM_BEFORE_TRANSPARENT_CALL (i);                                   \\\n"
"    GOTO_TARGET (shim_real_of (i));                                     \\\n"
"  }\n";

/* Write TEXT with @KEY@ replaced.  */
static void
write_subst (FILE *out, const char *text, const char *const *kv)
{
  const char *p = text;
  while (*p)
    {
      const char *at = strchr (p, '@');
      if (at == NULL)
	{
	  fputs (p, out);
	  return;
	}
      fwrite (p, 1, (size_t) (at - p), out);
      const char *const *k;
      for (k = kv; *k; k += 2)
	{
	  size_t l = strlen (*k);
	  if (strncmp (at + 1, *k, l) == 0 && at[1 + l] == '@')
	    {
	      fputs (k[1], out);
	      p = at + l + 2;
	      break;
	    }
	}
      if (*k == NULL)
	{
	  fputc ('@', out);
	  p = at + 1;
	}
    }
}

/* A C string literal of S (names and versions are printable ASCII, but
   an odd file may say otherwise).  */
static void
write_c_string (FILE *out, const char *s)
{
  fputc ('"', out);
  for (; *s; s++)
    if (*s == '"' || *s == '\\')
      fprintf (out, "\\%c", *s);
    else if (isprint ((unsigned char) *s))
      fputc (*s, out);
    else
      fprintf (out, "\\%03o", (unsigned char) *s);
  fputc ('"', out);
}

struct shim
{
  const char *library;		/* the file read */
  const char *lookup;		/* SONAME, else the file's last component */
  const char *name;		/* for messages (-n) */
  const char *libc;		/* the C library's SONAME */
  const char *map;		/* the version script, or NULL */
  struct sym **by_stub;		/* every covered symbol, sorted by stub */
  size_t n;
};

static void
write_interceptors (FILE *out, struct sym **list, size_t n, unsigned chunk,
		    const char *body)
{
  size_t step = chunk ? chunk : n;
  for (size_t i = 0; i < n; i += step)
    {
      size_t m = n - i < step ? n - i : step;
      fputs ("\nMAX_RECURSION (SHIM_MAX_RECURSION)\nINTERCEPTOR (\n", out);
      write_list (out, list + i, m, "  ", ",");
      fprintf (out, ")\n%s\n", body);
    }
}

static void
write_source (FILE *out, const char *outname, const struct shim *sh,
	      enum template t, unsigned chunk, unsigned maxrec,
	      const char *env)
{
  char maxrec_s[16], hash_s[24];
  size_t hash = 16, n = sh->n;
  while (hash < 2 * n)
    hash *= 2;
  snprintf (maxrec_s, sizeof maxrec_s, "%u", maxrec);
  snprintf (hash_s, sizeof hash_s, "%zu", hash);
  const char *kv[] = { "MAXREC", maxrec_s, "ENV", env, "HASHSIZE", hash_s,
		       NULL };
  size_t ntransparent = 0, nhidden = 0;
  for (size_t i = 0; i < n; i++)
    {
      ntransparent += sh->by_stub[i]->transparent;
      nhidden += sh->by_stub[i]->hidden;
    }

  fprintf (out,
	   "/* %s -- an interceptor shim for every function %s exports.\n"
	   "\n"
	   "   Generated by interceptor-shim %s (template %s) from\n"
	   "   %s; %zu functions (%zu of them compatibility\n"
	   "   versions, %zu without an exit part).  Regenerate it rather\n"
	   "   than editing it.\n"
	   "\n"
	   "   Build:  gcc -O2 $(pkg-config --cflags --libs interceptor) -shared -fPIC \\\n"
	   "             -o shim.so %s%s%s\n"
	   "   Run:    %s=FILE LD_PRELOAD=./shim.so PROGRAM ...\n"
	   "   (without %s, the output goes to standard error).  */\n\n",
	   outname, sh->name, PACKAGE_VERSION,
	   t == T_COUNT ? "count" : "log", sh->library, n, nhidden,
	   ntransparent, outname, sh->map ? " -Wl,--version-script=" : "",
	   sh->map ? sh->map : "", env, env);
  fprintf (out, "#define SHIM_NFUNCS %zu\n", n);
  fputs ("/* Where the real functions are: the object with this SONAME (or\n"
	 "   file name), and the C library, whose functions the shim calls\n"
	 "   directly.  */\n#define SHIM_LIBRARY ", out);
  write_c_string (out, sh->lookup);
  fputs ("\n#define SHIM_LIBC ", out);
  write_c_string (out, sh->libc);
  fputs ("\n#define SHIM_NAME ", out);
  write_c_string (out, sh->name);
  fputs ("\n\n/* Each stub (INTERCEPTED_NAME), sorted (strcmp) for the binary\n"
	 "   search; the function and version it stands in for.  */\n"
	 "static const struct shim_fn\n{\n"
	 "  const char *stub, *name, *version;\n"
	 "  int hidden;\n"
	 "} shim_fns[SHIM_NFUNCS] = {\n", out);
  for (size_t i = 0; i < n; i++)
    {
      const struct sym *s = sh->by_stub[i];
      fputs ("  { ", out);
      write_c_string (out, s->stub);
      fputs (", ", out);
      write_c_string (out, s->name);
      fputs (", ", out);
      if (s->version)
	write_c_string (out, s->version);
      else
	fputs ("0", out);
      fprintf (out, ", %d },\n", s->hidden);
    }
  fputs ("};\n\n", out);
  if (nhidden)
    {
      fputs ("/* The compatibility versions: name@VERSION, as the library\n"
	     "   exports them (the version script defines the versions and\n"
	     "   gives the default ones).  */\n", out);
      for (size_t i = 0; i < n; i++)
	if (sh->by_stub[i]->hidden)
	  fprintf (out, "__asm__ (\".symver %s, %s@%s\");\n",
		   sh->by_stub[i]->stub, sh->by_stub[i]->name,
		   sh->by_stub[i]->version);
      fputc ('\n', out);
    }
  write_subst (out, shim_common, kv);
  fputc ('\n', out);
  write_subst (out, t == T_COUNT ? body_count : body_log, kv);
  fputc ('\n', out);
  write_subst (out, shim_body, kv);

  struct sym **plain = malloc ((n + 1) * sizeof *plain);
  struct sym **transparent = malloc ((n + 1) * sizeof *transparent);
  size_t np = 0, nt = 0;
  if (plain == NULL || transparent == NULL)
    die ("out of memory");
  for (size_t i = 0; i < n; i++)
    if (sh->by_stub[i]->transparent)
      transparent[nt++] = sh->by_stub[i];
    else
      plain[np++] = sh->by_stub[i];
  if (np)
    {
      fputs ("\n/* Every exported function: one body (or a few), one stub "
	     "per name.  */\n", out);
      write_interceptors (out, plain, np, chunk, "SHIM_BODY");
    }
  if (nt)
    {
      fputs ("\n/* The functions that return twice, do not return to their\n"
	     "   caller, or look at their return address: no exit part\n"
	     "   (interceptor-shim(1)).  */\n", out);
      write_interceptors (out, transparent, nt, chunk,
			  "SHIM_TRANSPARENT_BODY");
    }
  free (plain);
  free (transparent);
}

/* The version script: every version the library defines, with its
   default-version functions; the compatibility stubs' own names stay
   local.  */
static void
write_map (FILE *out, const struct shim *sh)
{
  fprintf (out, "/* Symbol versions of %s, for the shim of %s; generated\n"
	   "   by interceptor-shim %s.  */\n", sh->map, sh->name,
	   PACKAGE_VERSION);
  int first = 1;
  for (size_t v = 0; v < nverdef_names; v++)
    {
      if (verdef_names[v] == NULL)
	continue;
      fprintf (out, "%s {\n", verdef_names[v]);
      int any = 0;
      for (size_t i = 0; i < sh->n; i++)
	{
	  const struct sym *s = sh->by_stub[i];
	  if (!s->hidden && s->version && strcmp (s->version, verdef_names[v]) == 0)
	    {
	      fprintf (out, "%s %s;\n", any ? "   " : "  global:", s->stub);
	      any = 1;
	    }
	}
      if (first)
	fputs ("  local: shim_v*;\n", out);
      fputs ("};\n", out);
      first = 0;
    }
  if (first)
    fputs ("{\n  local: shim_v*;\n};\n", out);
}

static void
write_makefile (FILE *out, const char *source, const char *map,
		const char *fragment)
{
  /* The shim's file name, SOURCE with .c replaced by .so, and a make
     variable prefix made of it.  */
  const char *base = strrchr (source, '/');
  base = base ? base + 1 : source;
  size_t len = strlen (source);
  if (len > 2 && strcmp (source + len - 2, ".c") == 0)
    len -= 2;
  char *stem = strndup (source, len);
  char *var = strndup (base, len - (size_t) (base - source));
  if (stem == NULL || var == NULL)
    die ("out of memory");
  for (char *p = var; *p; p++)
    if (!isalnum ((unsigned char) *p))
      *p = '_';
  fprintf (out,
	   "# %s -- build %s.so, generated by interceptor-shim %s.\n"
	   "# Use:  make -f %s   (or include it from a Makefile).\n"
	   "# INTERCEPTOR_CFLAGS and INTERCEPTOR_LIBS default to pkg-config's\n"
	   "# flags for the installed interceptor, INTERCEPTOR_RPATH to its\n"
	   "# library directory, so that the shim runs wherever the runtime\n"
	   "# was installed; set them to use another.\n"
	   "\n"
	   "INTERCEPTOR_CFLAGS ?= $(shell pkg-config --cflags interceptor)\n"
	   "INTERCEPTOR_LIBS ?= $(shell pkg-config --libs interceptor)\n"
	   "INTERCEPTOR_RPATH ?= -Wl,-rpath,$(shell pkg-config --variable=libdir interceptor)\n"
	   "%s_CFLAGS ?= -O2 -g\n"
	   "\n"
	   "%s.so: %s.c%s%s\n"
	   "\t$(CC) $(%s_CFLAGS) $(INTERCEPTOR_CFLAGS) -fPIC -shared -o $@ %s.c \\\n"
	   "\t  %s%s%s$(INTERCEPTOR_LIBS) $(INTERCEPTOR_RPATH)\n"
	   "\n"
	   "clean-%s:\n"
	   "\trm -f %s.so\n"
	   "\n"
	   ".PHONY: clean-%s\n",
	   fragment, stem, PACKAGE_VERSION, fragment, var, stem, stem,
	   map ? " " : "", map ? map : "", var, stem,
	   map ? "-Wl,--version-script=" : "", map ? map : "",
	   map ? " " : "", var, stem, var);
  free (stem);
  free (var);
}

static void
usage (FILE *f)
{
  fprintf (f,
"Usage: %s [OPTION]... LIBRARY\n"
"Write an interceptor shim covering every function LIBRARY exports.\n"
"\n"
"  -t, --template=NAME    count (default): calls and time per function at exit;\n"
"                         log: one line per call (name tid depth ns)\n"
"  -o, --output=FILE      the C source (default: standard output)\n"
"  -m, --makefile=FILE    also write a Makefile fragment that builds it\n"
"  -s, --version-script=FILE  the linker version script that gives the shim\n"
"                         the library's symbol versions (default: the -o\n"
"                         file with .map for .c; without either, only\n"
"                         default versions are covered, unversioned)\n"
"  -n, --name=SONAME      the library's name in messages (default: its\n"
"                         DT_SONAME)\n"
"  -x, --exclude=REGEX    leave out functions matching the POSIX extended\n"
"                         REGEX (repeatable)\n"
"  -r, --max-recursion=N  nested re-entries allowed per thread (default 64)\n"
"  -c, --chunk=N          at most N names per INTERCEPTOR body (default: one\n"
"                         body for all)\n"
"  -e, --env=VAR          the environment variable naming the output file\n"
"                         (default INTERCEPTOR_SHIM_OUT)\n"
"  -l, --list             only list the functions that would be covered\n"
"  -v, --verbose          say which symbols are left out and why\n"
"  -h, --help             this text\n"
"  -V, --version          the version\n"
"\n"
"See interceptor-shim(1).\n", progname);
}

int
main (int argc, char **argv)
{
  static const struct option longopts[] = {
    { "template", required_argument, NULL, 't' },
    { "output", required_argument, NULL, 'o' },
    { "makefile", required_argument, NULL, 'm' },
    { "name", required_argument, NULL, 'n' },
    { "exclude", required_argument, NULL, 'x' },
    { "max-recursion", required_argument, NULL, 'r' },
    { "chunk", required_argument, NULL, 'c' },
    { "env", required_argument, NULL, 'e' },
    { "version-script", required_argument, NULL, 's' },
    { "list", no_argument, NULL, 'l' },
    { "verbose", no_argument, NULL, 'v' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  enum template t = T_COUNT;
  const char *output = NULL, *makefile = NULL, *name = NULL, *map = NULL;
  const char *env = "INTERCEPTOR_SHIM_OUT";
  regex_t *excludes = NULL;
  size_t nexcludes = 0;
  unsigned long maxrec = 64, chunk = 0;
  int list = 0, verbose = 0, c;
  char *end;

  while ((c = getopt_long (argc, argv, "t:o:m:n:x:r:c:e:s:lvhV", longopts,
			   NULL)) != -1)
    switch (c)
      {
      case 't':
	if (strcmp (optarg, "count") == 0)
	  t = T_COUNT;
	else if (strcmp (optarg, "log") == 0)
	  t = T_LOG;
	else
	  die ("unknown template '%s' (choose count or log)", optarg);
	break;
      case 'o': output = optarg; break;
      case 'm': makefile = optarg; break;
      case 's': map = optarg; break;
      case 'n': name = optarg; break;
      case 'x':
	excludes = realloc (excludes, (nexcludes + 1) * sizeof *excludes);
	if (excludes == NULL)
	  die ("out of memory");
	if ((c = regcomp (&excludes[nexcludes], optarg,
			  REG_EXTENDED | REG_NOSUB)) != 0)
	  {
	    char msg[256];
	    regerror (c, &excludes[nexcludes], msg, sizeof msg);
	    die ("bad regular expression '%s': %s", optarg, msg);
	  }
	nexcludes++;
	break;
      case 'r':
	errno = 0;
	maxrec = strtoul (optarg, &end, 10);
	if (errno || *end || end == optarg || maxrec > 1000000)
	  die ("--max-recursion needs a number from 0 to 1000000");
	break;
      case 'c':
	errno = 0;
	chunk = strtoul (optarg, &end, 10);
	if (errno || *end || end == optarg || chunk > 1000000)
	  die ("--chunk needs a number (0: one body)");
	break;
      case 'e':
	if (!is_c_identifier (optarg))
	  die ("--env needs a variable name");
	env = optarg;
	break;
      case 'l': list = 1; break;
      case 'v': verbose = 1; break;
      case 'h': usage (stdout); return 0;
      case 'V':
	printf ("interceptor-shim (interceptor) %s\n", PACKAGE_VERSION);
	return 0;
      default:
	usage (stderr);
	return 2;
      }
  if (optind + 1 != argc)
    {
      usage (stderr);
      return 2;
    }
  const char *library = argv[optind];
  read_library (library, verbose);

  /* Without a version script the shim cannot define versions: it then
     covers the default versions only, unversioned, as they bind every
     reference that is not to a compatibility version.  */
  char *derived_map = NULL;
  if (map == NULL && output != NULL && !list)
    {
      size_t len = strlen (output);
      if (len > 2 && strcmp (output + len - 2, ".c") == 0)
	len -= 2;
      derived_map = malloc (len + 5);
      if (derived_map == NULL)
	die ("out of memory");
      memcpy (derived_map, output, len);
      strcpy (derived_map + len, ".map");
      map = derived_map;
    }
  int versions = map != NULL || list;

  /* One entry per name and version: the default version first, then the
     compatibility ones, each with a stub of its own.  */
  qsort (syms, nsyms, sizeof *syms, sym_cmp);
  struct sym **cover = malloc ((nsyms + 1) * sizeof *cover);
  if (cover == NULL)
    die ("out of memory");
  size_t n = 0, nvers = 0;
  for (size_t i = 0; i < nsyms; i++)
    {
      struct sym *sy = &syms[i];
      const char *s = sy->name;
      if (i > 0 && sym_cmp (sy, sy - 1) == 0)
	continue;		/* listed twice */
      const char *why = NULL;
      if (!is_c_identifier (s) || in_list (s, c_keywords))
	why = "not a C identifier";
      else if (strncmp (s, "__interceptor", 13) == 0
	       || strncmp (s, "shim_", 5) == 0)
	why = "a name the shim or the runtime uses";
      else if (in_list (s, shim_defines))
	why = "the shim object defines its own";
      else if (sy->hidden && !versions)
	why = "a compatibility version (name@VERSION), and no version "
	      "script (-o or -s)";
      else
	for (size_t k = 0; k < nexcludes; k++)
	  if (regexec (&excludes[k], s, 0, NULL, 0) == 0)
	    {
	      why = "excluded by -x";
	      break;
	    }
      if (why)
	{
	  if (verbose)
	    fprintf (stderr, "%s: skip %s%s%s: %s\n", progname, s,
		     sy->version ? (sy->hidden ? "@" : "@@") : "",
		     sy->version ? sy->version : "", why);
	  continue;
	}
      if (!sy->hidden)
	{
	  nvers = 0;
	  sy->stub = sy->name;
	}
      else
	{
	  /* Compatibility versions after the default one (sym_cmp).  */
	  char buf[32];
	  if (i == 0 || strcmp (syms[i - 1].name, s) != 0)
	    nvers = 0;
	  snprintf (buf, sizeof buf, "shim_v%zu_", ++nvers);
	  sy->stub = malloc (strlen (buf) + strlen (s) + 1);
	  if (sy->stub == NULL)
	    die ("out of memory");
	  strcpy (sy->stub, buf);
	  strcat (sy->stub, s);
	}
      if (!versions)
	sy->version = NULL;
      sy->transparent = returns_twice (s) || in_list (s, no_return)
			|| cxx_no_return (s) || in_list (s, caller_sensitive);
      if (verbose && sy->transparent)
	fprintf (stderr, "%s: %s: no exit part (%s)\n", progname, s,
		 returns_twice (s) ? "returns twice"
		 : in_list (s, caller_sensitive) ? "looks at its caller"
		 : "does not return to its caller");
      cover[n++] = sy;
    }
  if (n == 0)
    die ("%s exports no function a shim can cover", library);
  if (list)
    {
      for (size_t i = 0; i < n; i++)
	if (cover[i]->hidden)
	  printf ("%s@%s\n", cover[i]->name, cover[i]->version);
	else
	  puts (cover[i]->name);
      return ferror (stdout) ? 1 : 0;
    }
  qsort (cover, n, sizeof *cover, stub_cmp);

  struct shim sh = { .library = library, .by_stub = cover, .n = n,
		     .map = map };
  const char *b = strrchr (library, '/');
  sh.lookup = soname ? soname : b ? b + 1 : library;
  sh.name = name ? name : sh.lookup;
  /* The C library: this one, or the one it needs.  */
  sh.libc = defines_libc_start && soname ? soname
	    : libc_soname ? libc_soname : "libc.so.6";
  if (verbose)
    fprintf (stderr, "%s: %zu functions of %s\n", progname, n, sh.name);

  FILE *out = stdout;
  if (output)
    {
      out = fopen (output, "w");
      if (out == NULL)
	die ("cannot create %s: %s", output, strerror (errno));
    }
  write_source (out, output ? output : "shim.c", &sh, t, (unsigned) chunk,
		(unsigned) maxrec, env);
  if (fflush (out) != 0 || ferror (out) || (output && fclose (out) != 0))
    die ("cannot write %s: %s", output ? output : "standard output",
	 strerror (errno));

  if (map)
    {
      FILE *mf = fopen (map, "w");
      if (mf == NULL)
	die ("cannot create %s: %s", map, strerror (errno));
      write_map (mf, &sh);
      if (fclose (mf) != 0)
	die ("cannot write %s: %s", map, strerror (errno));
    }

  if (makefile)
    {
      FILE *mk = fopen (makefile, "w");
      if (mk == NULL)
	die ("cannot create %s: %s", makefile, strerror (errno));
      write_makefile (mk, output ? output : "shim.c", map, makefile);
      if (fclose (mk) != 0)
	die ("cannot write %s: %s", makefile, strerror (errno));
    }
  return 0;
}
