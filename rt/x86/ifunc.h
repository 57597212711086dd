/* x86/ifunc.h -- how the runtime calls an IFUNC resolver (symbols.c) on
   x86_64 and i386: with no arguments, as the dynamic linker does
   (glibc's elf_ifunc_invoke); resolvers read the CPU features the
   dynamic linker recorded.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

static inline void *
rt_ifunc_resolve (void *resolver)
{
  return ((void *(*) (void)) resolver) ();
}
