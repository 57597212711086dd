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

/* Functions the generated shim itself (or the interceptor runtime)
   calls: wrapping them would make the shim re-enter itself.  They only
   matter for shims of libc, libdl and libpthread.  */
static const char *const never_wrap[] = {
  /* ELF and startup machinery. */
  "_init", "_fini", "__libc_start_main", "__libc_csu_init",
  "__libc_csu_fini", "__cxa_finalize", "__cxa_atexit", "atexit",
  "__tls_get_addr", "__stack_chk_fail", "__errno_location",
  "_dl_find_object", "__gmon_start__",
  /* What the templates call. */
  "dlsym", "dlvsym", "dlerror", "dlopen", "dladdr", "dladdr1",
  "clock_gettime", "__clock_gettime", "__clock_gettime64",
  "write", "__write", "open", "open64", "__open", "__open64",
  "__open_2", "__open64_2", "close", "__close", "getenv",
  "secure_getenv", "syscall", "gettid", "getpid", "qsort", "qsort_r",
  "abort", "strcmp", "strlen", "memcpy", "memmove", "memset",
  "__memcpy_chk", "__memset_chk", "__strcpy_chk",
  /* What the runtime calls. */
  "pthread_key_create", "pthread_setspecific", "pthread_getspecific",
  "pthread_once", "mmap", "mmap64", "munmap", "sigaltstack", "raise",
  "_Unwind_Resume", "__cxa_begin_catch",
  NULL
};

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

struct sym
{
  char *name;
  int is_ifunc;
  int is_default;		/* unversioned or the @@ version */
};

static struct sym *syms;
static size_t nsyms, syms_cap;

static int
sym_cmp (const void *a, const void *b)
{
  const struct sym *x = a, *y = b;
  int c = strcmp (x->name, y->name);
  if (c)
    return c;
  return y->is_default - x->is_default;	/* default version first */
}

static int
str_ptr_cmp (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Reading the library.  */

static char *soname;

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
      else if (shdr.sh_type == SHT_DYNAMIC)
	dynamic = scn;
    }
  if (dynsym == NULL)
    die ("%s has no dynamic symbol table (.dynsym)", path);

  /* DT_SONAME.  */
  if (dynamic && soname == NULL)
    {
      GElf_Shdr dshdr;
      gelf_getshdr (dynamic, &dshdr);
      Elf_Data *d = elf_getdata (dynamic, NULL);
      size_t n = dshdr.sh_entsize ? dshdr.sh_size / dshdr.sh_entsize : 0;
      for (size_t i = 0; d && i < n; i++)
	{
	  GElf_Dyn dyn;
	  if (gelf_getdyn (d, (int) i, &dyn) && dyn.d_tag == DT_SONAME)
	    {
	      const char *s = elf_strptr (elf, dshdr.sh_link, dyn.d_un.d_val);
	      if (s)
		soname = strdup (s);
	    }
	}
    }

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
      if (type != STT_FUNC && type != STT_GNU_IFUNC)
	{
	  if (verbose)
	    fprintf (stderr, "%s: skip %s: not a function\n", progname, name);
	  continue;
	}
      int is_default = 1;
      if (verdata)
	{
	  GElf_Versym vs;
	  if (gelf_getversym (verdata, (int) i, &vs) == NULL)
	    die ("%s: %s", path, elf_errmsg (-1));
	  /* Hidden (`name@VERSION', not `@@'): a compatibility version
	     that only old binaries bind to.  */
	  if (vs & 0x8000)
	    is_default = 0;
	}
      if (nsyms == syms_cap)
	{
	  syms_cap = syms_cap ? 2 * syms_cap : 1024;
	  syms = realloc (syms, syms_cap * sizeof *syms);
	  if (syms == NULL)
	    die ("out of memory");
	}
      syms[nsyms].name = strdup (name);
      syms[nsyms].is_ifunc = type == STT_GNU_IFUNC;
      syms[nsyms].is_default = is_default;
      nsyms++;
    }
  elf_end (elf);
  close (fd);
}

/* Writing the shim.  */

enum template { T_COUNT, T_LOG };

static void
write_names (FILE *out, char **names, size_t n, const char *indent,
	     int quoted)
{
  size_t col = 0;
  for (size_t i = 0; i < n; i++)
    {
      size_t len = strlen (names[i]) + (quoted ? 4 : 2);
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
      col += (size_t) fprintf (out, quoted ? "\"%s\"%s" : "%s%s", names[i],
			       i + 1 < n ? "," : "");
    }
  fputc ('\n', out);
}

static const char shim_common[] =
"#define _GNU_SOURCE 1\n"
"\n"
"#include <dlfcn.h>\n"
"#include <fcntl.h>\n"
"#include <stdatomic.h>\n"
"#include <stdint.h>\n"
"#include <stdio.h>\n"
"#include <stdlib.h>\n"
"#include <string.h>\n"
"#include <sys/syscall.h>\n"
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
"#define SHIM_LIBRARY \"@SONAME@\"\n"
"\n"
"static uint64_t shim_calls[SHIM_NFUNCS];\n"
"static uint64_t shim_ns[SHIM_NFUNCS];\n"
"\n"
"/* The real functions, found on first use with dlsym (RTLD_NEXT): the\n"
"   next definition after this shim in the search order.  */\n"
"static void *shim_real[SHIM_NFUNCS];\n"
"\n"
"/* INTERCEPTED_NAME -> index: a lock-free table keyed by the name's\n"
"   address (each stub passes its own string), filled on first use by a\n"
"   binary search of shim_names.  */\n"
"#define SHIM_HASH_SIZE @HASHSIZE@\n"
"static const char *shim_hash_key[SHIM_HASH_SIZE];\n"
"static unsigned int shim_hash_index[SHIM_HASH_SIZE];\n"
"\n"
"static unsigned int\n"
"shim_search (const char *name)\n"
"{\n"
"  unsigned int lo = 0, hi = SHIM_NFUNCS;\n"
"  while (lo < hi)\n"
"    {\n"
"      unsigned int mid = (lo + hi) / 2;\n"
"      int c = strcmp (name, shim_names[mid]);\n"
"      if (c == 0)\n"
"        return mid;\n"
"      if (c < 0)\n"
"        hi = mid;\n"
"      else\n"
"        lo = mid + 1;\n"
"    }\n"
"  fprintf (stderr, \"interceptor-shim: %s is not in the list\\n\", name);\n"
"  abort ();\n"
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
"/* Called from the body, in this shim, so that RTLD_NEXT means the\n"
"   objects after this shim.  */\n"
"static void *\n"
"shim_real_of (unsigned int i)\n"
"{\n"
"  void *p = __atomic_load_n (&shim_real[i], __ATOMIC_ACQUIRE);\n"
"  if (p == NULL)\n"
"    {\n"
"      p = dlsym (RTLD_NEXT, shim_names[i]);\n"
"      if (p == NULL)\n"
"        {\n"
"          fprintf (stderr, \"interceptor-shim: no next definition of %s \"\n"
"                   \"(is \" SHIM_LIBRARY \" loaded?)\\n\", shim_names[i]);\n"
"          abort ();\n"
"        }\n"
"      __atomic_store_n (&shim_real[i], p, __ATOMIC_RELEASE);\n"
"    }\n"
"  return p;\n"
"}\n"
"\n"
"static inline uint64_t\n"
"shim_now (void)\n"
"{\n"
"  struct timespec ts;\n"
"  clock_gettime (CLOCK_MONOTONIC, &ts);\n"
"  return (uint64_t) ts.tv_sec * 1000000000u + (uint64_t) ts.tv_nsec;\n"
"}\n"
"\n"
"/* The output file: $" "@ENV@, else standard error.  */\n"
"static int shim_fd = -1;\n"
"\n"
"static int\n"
"shim_out (void)\n"
"{\n"
"  int fd = __atomic_load_n (&shim_fd, __ATOMIC_ACQUIRE);\n"
"  if (fd >= 0)\n"
"    return fd;\n"
"  const char *path = getenv (SHIM_ENV);\n"
"  fd = 2;\n"
"  if (path != NULL && *path != '\\0')\n"
"    {\n"
"      fd = open (path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);\n"
"      if (fd < 0)\n"
"        {\n"
"          fprintf (stderr, \"interceptor-shim: cannot open %s; using stderr\\n\",\n"
"                   path);\n"
"          fd = 2;\n"
"        }\n"
"    }\n"
"  int expected = -1;\n"
"  if (!__atomic_compare_exchange_n (&shim_fd, &expected, fd, 0,\n"
"                                    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))\n"
"    {\n"
"      if (fd != 2)\n"
"        close (fd);\n"
"      fd = expected;\n"
"    }\n"
"  return fd;\n"
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
"static void\n"
"shim_write (int fd, const char *p, size_t n)\n"
"{\n"
"  while (n > 0)\n"
"    {\n"
"      ssize_t w = write (fd, p, n);\n"
"      if (w <= 0)\n"
"        return;\n"
"      p += w;\n"
"      n -= (size_t) w;\n"
"    }\n"
"}\n"
"\n"
"static int\n"
"shim_by_calls (const void *a, const void *b)\n"
"{\n"
"  unsigned int x = *(const unsigned int *) a, y = *(const unsigned int *) b;\n"
"  if (shim_calls[x] != shim_calls[y])\n"
"    return shim_calls[x] < shim_calls[y] ? 1 : -1;\n"
"  return strcmp (shim_names[x], shim_names[y]);\n"
"}\n"
"\n"
"/* The summary: called functions by decreasing call count.  */\n"
"static void\n"
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
"  qsort (order, n, sizeof order[0], shim_by_calls);\n"
"  int fd = shim_out ();\n"
"  char line[512];\n"
"  int len = snprintf (line, sizeof line,\n"
"                      \"# interceptor-shim count: \" SHIM_LIBRARY \", pid %ld: \"\n"
"                      \"%lu calls of %u functions (of %u)\\n\"\n"
"                      \"#        calls         total_ns     avg_ns  function\\n\",\n"
"                      (long) getpid (), (unsigned long) total, n,\n"
"                      (unsigned int) SHIM_NFUNCS);\n"
"  shim_write (fd, line, (size_t) len);\n"
"  for (unsigned int k = 0; k < n; k++)\n"
"    {\n"
"      unsigned int i = order[k];\n"
"      uint64_t c = shim_calls[i], ns = shim_ns[i];\n"
"      len = snprintf (line, sizeof line, \"%14lu %16lu %10lu  %s\\n\",\n"
"                      (unsigned long) c, (unsigned long) ns,\n"
"                      (unsigned long) (ns / c), shim_names[i]);\n"
"      if (len > 0)\n"
"        shim_write (fd, line, (size_t) len < sizeof line ? (size_t) len\n"
"                                                         : sizeof line - 1);\n"
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
"#define SHIM_AFTER_CALL(i, dt) ((void) 0)\n";

static const char body_log[] =
"/* log: one line per call, \"name tid depth duration_ns\", written with\n"
"   one write(2) when the call returns (so nested calls come first).\n"
"   Name the file in $" "@ENV@ to keep the lines apart from the\n"
"   program's own standard error.  */\n"
"static __thread long shim_tid __attribute__ ((__tls_model__ (\"initial-exec\")));\n"
"\n"
"static inline long\n"
"shim_gettid (void)\n"
"{\n"
"  long t = shim_tid;\n"
"  if (t == 0)\n"
"    shim_tid = t = (long) syscall (SYS_gettid);\n"
"  return t;\n"
"}\n"
"\n"
"static void\n"
"shim_log (unsigned int i, unsigned int depth, uint64_t dt)\n"
"{\n"
"  char line[320];\n"
"  char *end = line + sizeof line, *p = end;\n"
"  *--p = '\\n';\n"
"  p = shim_utoa (p, dt);\n"
"  *--p = ' ';\n"
"  p = shim_utoa (p, depth);\n"
"  *--p = ' ';\n"
"  p = shim_utoa (p, (uint64_t) shim_gettid ());\n"
"  *--p = ' ';\n"
"  size_t n = strlen (shim_names[i]);\n"
"  if (n > (size_t) (p - line))\n"
"    n = (size_t) (p - line);\n"
"  p -= n;\n"
"  memcpy (p, shim_names[i], n);\n"
"  shim_write (shim_out (), p, (size_t) (end - p));\n"
"}\n"
"\n"
"/* After each call: its line.  */\n"
"#define SHIM_AFTER_CALL(i, dt) shim_log ((i), INTERCEPTED_DEPTH, (dt))\n";

/* The body of every interceptor, whatever the template: count and time
   the call, then SHIM_AFTER_CALL.  */
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

static void
write_source (FILE *out, const char *outname, const char *library,
	      const char *name, enum template t, char **names, size_t n,
	      unsigned chunk, unsigned maxrec, const char *env)
{
  char maxrec_s[16], hash_s[24];
  size_t hash = 16;
  while (hash < 2 * n)
    hash *= 2;
  snprintf (maxrec_s, sizeof maxrec_s, "%u", maxrec);
  snprintf (hash_s, sizeof hash_s, "%zu", hash);
  const char *kv[] = { "MAXREC", maxrec_s, "ENV", env, "SONAME", name,
		       "HASHSIZE", hash_s, NULL };

  fprintf (out,
	   "/* %s -- an interceptor shim for every function %s exports.\n"
	   "\n"
	   "   Generated by interceptor-shim %s (template %s) from\n"
	   "   %s; %zu functions.  Regenerate it rather than\n"
	   "   editing it.\n"
	   "\n"
	   "   Build:  gcc -O2 $(pkg-config --cflags --libs interceptor) -shared -fPIC \\\n"
	   "             -o shim.so %s -ldl\n"
	   "   Run:    %s=FILE LD_PRELOAD=./shim.so PROGRAM ...\n"
	   "   (without %s, the output goes to standard error).  */\n\n",
	   outname, name, PACKAGE_VERSION, t == T_COUNT ? "count" : "log",
	   library, n, outname, env, env);
  fprintf (out, "#define SHIM_NFUNCS %zu\n\n", n);
  fputs ("/* The functions, sorted (strcmp) for the binary search.  */\n"
	 "static const char *const shim_names[SHIM_NFUNCS] = {\n", out);
  write_names (out, names, n, "  ", 1);
  fputs ("};\n\n", out);
  write_subst (out, shim_common, kv);
  fputc ('\n', out);
  write_subst (out, t == T_COUNT ? body_count : body_log, kv);
  fputc ('\n', out);
  write_subst (out, shim_body, kv);
  fputs ("\n/* Every exported function: one body (or a few), one stub per "
	 "name.  */\n", out);
  size_t step = chunk ? chunk : n;
  for (size_t i = 0; i < n; i += step)
    {
      size_t m = n - i < step ? n - i : step;
      fputs ("\nMAX_RECURSION (SHIM_MAX_RECURSION)\nINTERCEPTOR (\n", out);
      write_names (out, names + i, m, "  ", 0);
      fputs (")\nSHIM_BODY\n", out);
    }
}

static void
write_makefile (FILE *out, const char *source, const char *fragment)
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
  for (char *p = var; *p; p++)
    if (!isalnum ((unsigned char) *p))
      *p = '_';
  fprintf (out,
	   "# %s -- build %s.so, generated by interceptor-shim %s.\n"
	   "# Use:  make -f %s   (or include it from a Makefile).\n"
	   "# INTERCEPTOR_CFLAGS and INTERCEPTOR_LIBS default to pkg-config's\n"
	   "# flags for the installed interceptor; set them to use another.\n"
	   "\n"
	   "INTERCEPTOR_CFLAGS ?= $(shell pkg-config --cflags interceptor)\n"
	   "INTERCEPTOR_LIBS ?= $(shell pkg-config --libs interceptor)\n"
	   "%s_CFLAGS ?= -O2 -g\n"
	   "\n"
	   "%s.so: %s.c\n"
	   "\t$(CC) $(%s_CFLAGS) $(INTERCEPTOR_CFLAGS) -fPIC -shared -o $@ %s.c \\\n"
	   "\t  $(INTERCEPTOR_LIBS) -ldl\n"
	   "\n"
	   "clean-%s:\n"
	   "\trm -f %s.so\n"
	   "\n"
	   ".PHONY: clean-%s\n",
	   fragment, stem, PACKAGE_VERSION, fragment, var, stem, stem, var,
	   stem, stem, stem, stem);
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
    { "list", no_argument, NULL, 'l' },
    { "verbose", no_argument, NULL, 'v' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  enum template t = T_COUNT;
  const char *output = NULL, *makefile = NULL, *name = NULL;
  const char *env = "INTERCEPTOR_SHIM_OUT";
  regex_t *excludes = NULL;
  size_t nexcludes = 0;
  unsigned long maxrec = 64, chunk = 0;
  int list = 0, verbose = 0, c;
  char *end;

  while ((c = getopt_long (argc, argv, "t:o:m:n:x:r:c:e:lvhV", longopts,
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

  /* One entry per name: the default version wins; names with only
     hidden (compatibility) versions are left out.  */
  qsort (syms, nsyms, sizeof *syms, sym_cmp);
  char **names = malloc ((nsyms + 1) * sizeof *names);
  size_t n = 0;
  for (size_t i = 0; i < nsyms; i++)
    {
      const char *s = syms[i].name;
      if (i > 0 && strcmp (s, syms[i - 1].name) == 0)
	continue;		/* another version of the same name */
      const char *why = NULL;
      if (!syms[i].is_default)
	why = "only a compatibility version (name@VERSION, no @@)";
      else if (!is_c_identifier (s) || in_list (s, c_keywords))
	why = "not a C identifier";
      else if (strncmp (s, "__interceptor", 13) == 0
	       || strncmp (s, "shim_", 5) == 0)
	why = "a name the shim or the runtime uses";
      else if (in_list (s, never_wrap))
	why = "the shim or the runtime calls it";
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
	    fprintf (stderr, "%s: skip %s: %s\n", progname, s, why);
	  continue;
	}
      names[n++] = syms[i].name;
    }
  qsort (names, n, sizeof *names, str_ptr_cmp);
  if (n == 0)
    die ("%s exports no function a shim can cover", library);
  if (name == NULL)
    {
      if (soname)
	name = soname;
      else
	{
	  const char *b = strrchr (library, '/');
	  name = b ? b + 1 : library;
	}
    }
  if (verbose)
    fprintf (stderr, "%s: %zu functions of %s\n", progname, n, name);

  if (list)
    {
      for (size_t i = 0; i < n; i++)
	puts (names[i]);
      return ferror (stdout) ? 1 : 0;
    }

  FILE *out = stdout;
  if (output)
    {
      out = fopen (output, "w");
      if (out == NULL)
	die ("cannot create %s: %s", output, strerror (errno));
    }
  write_source (out, output ? output : "shim.c", library, name, t, names, n,
		(unsigned) chunk, (unsigned) maxrec, env);
  if (fflush (out) != 0 || ferror (out) || (output && fclose (out) != 0))
    die ("cannot write %s: %s", output ? output : "standard output",
	 strerror (errno));

  if (makefile)
    {
      FILE *mk = fopen (makefile, "w");
      if (mk == NULL)
	die ("cannot create %s: %s", makefile, strerror (errno));
      write_makefile (mk, output ? output : "shim.c", makefile);
      if (fclose (mk) != 0)
	die ("cannot write %s: %s", makefile, strerror (errno));
    }
  return 0;
}
