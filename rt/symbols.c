/* symbols.c -- interceptor_find_function: a loaded object's function by
   name and version, found the way the dynamic linker finds it, but
   without its help.

   A shim that intercepts the C library cannot ask dlsym for the real
   functions: dlsym enters the dynamic linker, which calls back into
   exported C library functions (the shim's own stubs), takes locks and
   may allocate.  Walking the dynamic linker's list of loaded objects
   (_r_debug.r_map, the list debuggers read) and each object's own symbol
   hash table needs none of that, works from the first instruction a
   program runs, in signal handlers and in the child of vfork, and sees
   objects loaded with RTLD_LOCAL, which RTLD_NEXT and RTLD_DEFAULT do
   not.

   Copyright (C) 2026 the interceptor authors.  MIT licence (COPYING.MIT).  */

#include <elf.h>
#include <link.h>
#include <stddef.h>
#include <stdint.h>

#include "interceptor-rt.h"

#if defined __x86_64__ || defined __i386__
# include "x86/ifunc.h"
#else
# error "no IFUNC resolver convention for this architecture (rt/<arch>/ifunc.h)"
#endif

/* st_info's halves, the same in ELF32 and ELF64.  */
#define SYM_TYPE(info) ELF64_ST_TYPE (info)
#define SYM_BIND(info) ELF64_ST_BIND (info)

/* What the lookup needs of one object's dynamic section.  */
struct object
{
  ElfW(Addr) base;
  const ElfW(Sym) *symtab;
  const char *strtab;
  const uint32_t *gnu_hash;	/* DT_GNU_HASH, or */
  const uint32_t *sysv_hash;	/* DT_HASH */
  const ElfW(Versym) *versym;	/* NULL: no symbol versions */
  const ElfW(Verdef) *verdef;
  const char *soname;		/* NULL: none */
};

/* No string functions of the C library: a shim may intercept them.  */
static int
same (const char *a, const char *b)
{
  while (*a && *a == *b)
    a++, b++;
  return *a == *b;
}

static const char *
basename_of (const char *path)
{
  const char *b = path;
  for (; *path; path++)
    if (*path == '/')
      b = path + 1;
  return b;
}

/* An address from the dynamic section.  The dynamic linker adds the load
   bias to most of them in place where the section is writable (x86),
   but not to all (DT_VERDEF) and not where it is read-only (the vDSO,
   some architectures); an address below the bias has not been
   relocated yet.  */
static const void *
dyn_address (const struct link_map *m, ElfW(Addr) p)
{
  return (const void *) (p < m->l_addr ? p + m->l_addr : p);
}

static int
read_object (const struct link_map *m, struct object *o)
{
  const ElfW(Dyn) *d;
  ElfW(Addr) soname = 0;
  int have_soname = 0;

  if (m->l_ld == NULL)
    return 0;
  *o = (struct object) { .base = m->l_addr };
  for (d = m->l_ld; d->d_tag != DT_NULL; d++)
    switch (d->d_tag)
      {
      case DT_SYMTAB: o->symtab = dyn_address (m, d->d_un.d_ptr); break;
      case DT_STRTAB: o->strtab = dyn_address (m, d->d_un.d_ptr); break;
      case DT_GNU_HASH: o->gnu_hash = dyn_address (m, d->d_un.d_ptr); break;
      case DT_HASH: o->sysv_hash = dyn_address (m, d->d_un.d_ptr); break;
      case DT_VERSYM: o->versym = dyn_address (m, d->d_un.d_ptr); break;
      case DT_VERDEF: o->verdef = dyn_address (m, d->d_un.d_ptr); break;
      case DT_SONAME: soname = d->d_un.d_val; have_soname = 1; break;
      default: break;
      }
  if (o->symtab == NULL || o->strtab == NULL
      || (o->gnu_hash == NULL && o->sysv_hash == NULL))
    return 0;
  if (have_soname)
    o->soname = o->strtab + soname;
  return 1;
}

/* Whether the object M is the one LIBRARY names: its DT_SONAME, or the
   last component of the name it was loaded by.  */
static int
names_object (const struct link_map *m, const struct object *o,
	      const char *library)
{
  if (o->soname != NULL && same (o->soname, library))
    return 1;
  return m->l_name != NULL && m->l_name[0] != '\0'
	 && same (basename_of (m->l_name), library);
}

/* Whether symbol I has version VERSION (NULL: the default version, the
   one a reference without a version binds to, as dlsym takes).  */
static int
version_matches (const struct object *o, uint32_t i, const char *version)
{
  ElfW(Versym) v;
  const ElfW(Verdef) *vd;

  if (o->versym == NULL)
    return 1;
  v = o->versym[i];
  if ((v & 0x7fff) == VER_NDX_LOCAL)
    return 0;
  if (version == NULL)
    return (v & 0x8000) == 0;		/* not a compatibility version */
  if ((v & 0x7fff) == VER_NDX_GLOBAL || o->verdef == NULL)
    return 0;
  for (vd = o->verdef;;
       vd = (const ElfW(Verdef) *) ((const char *) vd + vd->vd_next))
    {
      if (vd->vd_ndx == (v & 0x7fff) && !(vd->vd_flags & VER_FLG_BASE))
	{
	  const ElfW(Verdaux) *a = (const ElfW(Verdaux) *)
	    ((const char *) vd + vd->vd_aux);
	  return same (o->strtab + a->vda_name, version);
	}
      if (vd->vd_next == 0)
	return 0;
    }
}

static int
symbol_matches (const struct object *o, uint32_t i, const char *name,
		const char *version)
{
  const ElfW(Sym) *s = &o->symtab[i];
  int type = SYM_TYPE (s->st_info), bind = SYM_BIND (s->st_info);

  if (s->st_shndx == SHN_UNDEF || s->st_value == 0)
    return 0;
  if (type != STT_FUNC && type != STT_GNU_IFUNC)
    return 0;
  if (bind != STB_GLOBAL && bind != STB_WEAK)
    return 0;
  return same (o->strtab + s->st_name, name)
	 && version_matches (o, i, version);
}

static uint32_t
gnu_hash (const char *s)
{
  uint32_t h = 5381;
  for (; *s; s++)
    h = h * 33 + (unsigned char) *s;
  return h;
}

static uint32_t
sysv_hash (const char *s)
{
  uint32_t h = 0, g;
  for (; *s; s++)
    {
      h = (h << 4) + (unsigned char) *s;
      g = h & 0xf0000000;
      if (g)
	h ^= g >> 24;
      h &= ~g;
    }
  return h;
}

/* The index of NAME (VERSION) in O's symbol table, or 0.  */
static uint32_t
lookup (const struct object *o, const char *name, const char *version)
{
  if (o->gnu_hash != NULL)
    {
      /* The GNU hash table: a Bloom filter of the names, then a bucket
	 of the hash chain, whose entries' low bits end each chain.  */
      const uint32_t *t = o->gnu_hash;
      uint32_t nbuckets = t[0], symoffset = t[1], bloom_size = t[2];
      uint32_t shift = t[3], h = gnu_hash (name), i;
      const ElfW(Addr) *bloom = (const ElfW(Addr) *) &t[4];
      const uint32_t *buckets = (const uint32_t *) &bloom[bloom_size];
      const uint32_t *chain = &buckets[nbuckets];
      const unsigned bits = sizeof (ElfW(Addr)) * 8;
      ElfW(Addr) word, mask;

      if (nbuckets == 0 || bloom_size == 0)
	return 0;
      word = bloom[(h / bits) % bloom_size];
      mask = ((ElfW(Addr)) 1 << (h % bits))
	     | ((ElfW(Addr)) 1 << ((h >> shift) % bits));
      if ((word & mask) != mask)
	return 0;
      i = buckets[h % nbuckets];
      if (i < symoffset)
	return 0;
      for (;; i++)
	{
	  uint32_t h2 = chain[i - symoffset];
	  if ((h | 1) == (h2 | 1) && symbol_matches (o, i, name, version))
	    return i;
	  if (h2 & 1)
	    return 0;
	}
    }
  else
    {
      const uint32_t *t = o->sysv_hash;
      uint32_t nbucket = t[0], i;
      const uint32_t *bucket = &t[2], *chain = &bucket[nbucket];

      if (nbucket == 0)
	return 0;
      for (i = bucket[sysv_hash (name) % nbucket]; i != STN_UNDEF;
	   i = chain[i])
	if (symbol_matches (o, i, name, version))
	  return i;
      return 0;
    }
}

void *
interceptor_find_function (const char *library, const char *name,
			   const char *version)
{
  const struct link_map *m;
  struct object o;
  uint32_t i;

  if (name == NULL)
    return NULL;
  /* The list is only appended to (under the dynamic linker's lock) while
     other threads may read it; dlclose of an object while another thread
     looks through it is the caller's race, as with any pointer into
     that object.  */
  for (m = __atomic_load_n (&_r_debug.r_map, __ATOMIC_ACQUIRE); m != NULL;
       m = __atomic_load_n (&m->l_next, __ATOMIC_ACQUIRE))
    {
      if (!read_object (m, &o))
	continue;
      if (library != NULL && !names_object (m, &o, library))
	continue;
      i = lookup (&o, name, version);
      if (i != 0)
	{
	  const ElfW(Sym) *s = &o.symtab[i];
	  void *p = (void *) (o.base + s->st_value);
	  /* The resolver is ordinary code, which may use vector
	     registers: the runtime's own lookups (thread.c) never ask
	     for an IFUNC while a caller's vector state is live.  */
	  if (SYM_TYPE (s->st_info) == STT_GNU_IFUNC)
	    p = rt_ifunc_resolve (p);
	  return p;
	}
      if (library != NULL)
	return NULL;
    }
  return NULL;
}

/* _DYNAMIC (<link.h>) is the dynamic section of the object this code
   is linked into: libinterceptor.so, or the shim or program it is
   linked into statically; none in a static program.  */
#pragma weak _DYNAMIC

/* NAME as this object's own dependencies (its DT_NEEDED entries, in
   order) define it, or NULL: what its calls of NAME bind to when no
   other object interposes a definition.  The runtime calls libc this
   way where going through its PLT would enter a shim that intercepts
   the function and so the runtime itself (thread.c: __errno_location,
   called before the thread can run interceptors).  */
void *
__interceptor_dependency_function (const char *name)
{
  const struct link_map *m;
  const ElfW(Dyn) *d;
  struct object o;
  void *p;

  if ((const ElfW(Dyn) *) _DYNAMIC == NULL)
    return NULL;
  for (m = __atomic_load_n (&_r_debug.r_map, __ATOMIC_ACQUIRE); m != NULL;
       m = __atomic_load_n (&m->l_next, __ATOMIC_ACQUIRE))
    if (m->l_ld == (const ElfW(Dyn) *) _DYNAMIC)
      break;
  if (m == NULL || !read_object (m, &o))
    return NULL;
  for (d = _DYNAMIC; d->d_tag != DT_NULL; d++)
    if (d->d_tag == DT_NEEDED
	&& (p = interceptor_find_function (o.strtab + d->d_un.d_val, name,
					   NULL)) != NULL)
      return p;
  return NULL;
}
