/* audit.c -- bench-audit.so, row 7 of the benchmark: glibc's own
   interception mechanism, an LD_AUDIT auditor (rtld-audit(7)) whose
   la_pltenter and la_pltexit run around every PLT call of bench_direct.
   The driver runs itself again with LD_AUDIT=bench-audit.so to time it.

   At exit it writes "audit <enters> <exits>" to standard output so that
   the driver can check the hooks really ran.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#define _GNU_SOURCE 1

#include <link.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static unsigned long enters, exits;

unsigned int
la_version (unsigned int version)
{
  return version < LAV_CURRENT ? version : LAV_CURRENT;
}

unsigned int
la_objopen (struct link_map *map, Lmid_t lmid, uintptr_t *cookie)
{
  (void) map, (void) lmid, (void) cookie;
  return LA_FLG_BINDTO | LA_FLG_BINDFROM;
}

/* Only bench_direct goes through la_pltenter/la_pltexit.  */
uintptr_t
la_symbind64 (Elf64_Sym *sym, unsigned int ndx, uintptr_t *refcook,
	      uintptr_t *defcook, unsigned int *flags, const char *symname)
{
  (void) ndx, (void) refcook, (void) defcook;
  if (strcmp (symname, "bench_direct") != 0)
    *flags |= LA_SYMB_NOPLTENTER | LA_SYMB_NOPLTEXIT;
  return sym->st_value;
}

Elf64_Addr
la_x86_64_gnu_pltenter (Elf64_Sym *sym, unsigned int ndx, uintptr_t *refcook,
			uintptr_t *defcook, La_x86_64_regs *regs,
			unsigned int *flags, const char *symname,
			long int *framesizep)
{
  (void) ndx, (void) refcook, (void) defcook, (void) regs, (void) flags;
  (void) symname;
  enters++;
  *framesizep = 0;		/* >= 0: call la_pltexit too */
  return sym->st_value;
}

unsigned int
la_x86_64_gnu_pltexit (Elf64_Sym *sym, unsigned int ndx, uintptr_t *refcook,
		       uintptr_t *defcook, const La_x86_64_regs *inregs,
		       La_x86_64_retval *outregs, const char *symname)
{
  (void) sym, (void) ndx, (void) refcook, (void) defcook, (void) inregs;
  (void) outregs, (void) symname;
  exits++;
  return 0;
}

static void __attribute__ ((__destructor__))
report (void)
{
  char buf[80];
  int n = snprintf (buf, sizeof buf, "audit %lu %lu\n", enters, exits);

  if (n > 0)
    (void) !write (STDOUT_FILENO, buf, n);
}
