/* gen.c -- the call-state torture generator (issue 4, SPEC 3.1-3.3).

   Writes one C test program with N random signatures.  For signature K:

     real_K     the callee (attribute noipa): checks every argument bit
		for bit against the values the generator chose (field by
		field, so padding is never compared; floating point by bit
		pattern, long double by its 10 significant bytes) and
		returns a chosen value;
     t_K, x_K, s_K  three names of interceptors (one transparent body,
		one with an exit part and one strict with an exit part
		per group of signatures), all going to real_K; the bodies do disturbing work: snprintf, long double
		arithmetic, a large memcpy and an assembler helper that
		clobbers every caller-saved register at the CPU's full
		vector width;
     caller_K   calls real_K directly (the baseline), then t_K, x_K, s_K,
		each through torture_guard, an assembler helper that puts
		distinctive values into every callee-saved register,
		records the stack pointer before and after the call and
		the callee-saved registers after it; the caller checks the
		return value, the callee-saved registers and that the
		stack pointer moved as in the baseline (callee-popped
		arguments).

   Usage: gen -a x86_64|i386 -s SEED -n N [-f FIRST] [-o FILE]
   The output depends only on the options: the same seed gives the same
   program.  Signature K of a batch is numbered FIRST+K in messages.

   Copyright and license: as the rest of interceptor.  */

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Random numbers: splitmix64. ---- */

#include "../lib/splitmix.h"

static FILE *out;
static int is64;

static void
emit (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  vfprintf (out, fmt, ap);
  va_end (ap);
}

/* ---- Types. ---- */

enum kind { K_BOOL, K_INT, K_PTR, K_FLT, K_CPLX, K_VEC, K_AGG };

struct type;

struct member
{
  struct type *t;
  int bits;			/* bit-field width, 0: none, -1: unnamed :0 */
  int array;			/* array length, 0: none */
  int align;			/* aligned(N) on the member, 0: none */
};

struct type
{
  enum kind kind;
  const char *name;		/* C spelling (aggregates: "struct sN") */
  int size;			/* integers: bytes; floats: see fbytes */
  int issigned;
  int fbytes;			/* floats: significant bytes (10 for x87) */
  const char *fsuf;		/* literal suffix */
  int mant, emax;		/* mantissa bits to randomise, exponent range */
  int veclen;			/* vectors: elements (floats) */
  int veclevel;			/* vectors: 0 SSE, 1 AVX, 2 AVX-512 */
  int promotes;			/* changed by the default promotions */
  /* Aggregates.  */
  int isunion, packed, id, nmem;
  struct member mem[10];
  char namebuf[24];
  int veclevel_max;		/* highest vector level inside */
};

static struct type scalars[] = {
  { K_BOOL, "_Bool", 1, 0, 0, 0, 0, 0, 0, 0, 1 },
  { K_INT, "char", 1, 1, 0, 0, 0, 0, 0, 0, 1 },
  { K_INT, "signed char", 1, 1, 0, 0, 0, 0, 0, 0, 1 },
  { K_INT, "unsigned char", 1, 0, 0, 0, 0, 0, 0, 0, 1 },
  { K_INT, "short", 2, 1, 0, 0, 0, 0, 0, 0, 1 },
  { K_INT, "unsigned short", 2, 0, 0, 0, 0, 0, 0, 0, 1 },
  { K_INT, "int", 4, 1, 0, 0, 0, 0, 0, 0, 0 },
  { K_INT, "unsigned int", 4, 0, 0, 0, 0, 0, 0, 0, 0 },
  { K_INT, "long", 0, 1, 0, 0, 0, 0, 0, 0, 0 },	/* size set in main */
  { K_INT, "unsigned long", 0, 0, 0, 0, 0, 0, 0, 0, 0 },
  { K_INT, "long long", 8, 1, 0, 0, 0, 0, 0, 0, 0 },
  { K_INT, "unsigned long long", 8, 0, 0, 0, 0, 0, 0, 0, 0 },
  { K_PTR, "void *", 0, 0, 0, 0, 0, 0, 0, 0, 0 },
  { K_FLT, "float", 4, 0, 4, "f", 23, 60, 0, 0, 1 },
  { K_FLT, "double", 8, 0, 8, "", 52, 300, 0, 0, 0 },
  { K_FLT, "long double", 16, 0, 10, "L", 60, 4000, 0, 0, 0 },
  { K_FLT, "_Float16", 2, 0, 2, "f16", 10, 12, 0, 0, 1 },
  { K_CPLX, "_Complex float", 8, 0, 4, "f", 23, 60, 0, 0, 0 },
  { K_CPLX, "_Complex double", 16, 0, 8, "", 52, 300, 0, 0, 0 },
  { K_CPLX, "_Complex long double", 32, 0, 10, "L", 60, 4000, 0, 0, 0 },
  { K_VEC, "v4sf", 16, 0, 4, "f", 23, 60, 4, 0, 0 },
  { K_VEC, "v2di", 16, 0, 0, "", 0, 0, 2, 0, 0 },
  { K_VEC, "v8sf", 32, 0, 4, "f", 23, 60, 8, 1, 0 },
  { K_VEC, "v16sf", 64, 0, 4, "f", 23, 60, 16, 2, 0 },
  { K_VEC, "v8di", 64, 0, 0, "", 0, 0, 8, 2, 0 },
  /* x86_64 only, after this point.  */
  { K_INT, "__int128", 16, 1, 0, 0, 0, 0, 0, 0, 0 },
  { K_INT, "unsigned __int128", 16, 0, 0, 0, 0, 0, 0, 0, 0 },
  /* __m64: SSE class on x86_64; on i386 it would leave the x87 unit in
     MMX state for the C code around it (no emms), so x86_64 only.  */
  { K_VEC, "v2si", 8, 0, 0, "", 0, 0, 2, 0, 0 },
};
#define NSCALARS_32 25
#define NSCALARS_64 28
static int nscalars;

static int naggs;

static int
tlevel (const struct type *t)
{
  return t->kind == K_VEC ? t->veclevel : t->kind == K_AGG ? t->veclevel_max : 0;
}

static struct type *random_type (int depth, int allow_vec);

static struct type *
random_scalar (int allow_vec)
{
  for (;;)
    {
      struct type *t = &scalars[rnd (nscalars)];
      if (t->kind == K_VEC && (!allow_vec || (t->veclevel > 0 && (allow_vec < 2 || rnd (8)))))
	continue;
      return t;
    }
}

static struct type *
random_agg (int depth, int allow_vec)
{
  struct type *t = calloc (1, sizeof *t);
  int i, n, big = rnd (6) == 0;
  t->kind = K_AGG;
  t->isunion = rnd (6) == 0;
  t->packed = !t->isunion && rnd (8) == 0;
  t->id = naggs;
  naggs++;
  snprintf (t->namebuf, sizeof t->namebuf, "%s s%d",
	    t->isunion ? "union" : "struct", t->id);
  t->name = t->namebuf;
  n = 1 + rnd (rnd (2) ? 3 : 8);
  i = 0;
  while (i < n && i < 9)
    {
      struct member *m = &t->mem[i];
      int r = rnd (20);
      if (depth < 2 && r < 2)
	m->t = random_agg (depth + 1, allow_vec);
      else
	/* Only 16-byte vectors in aggregates: GCC 12 returns a struct
	   or union of one 256- or 512-bit vector in %ymm0/%zmm0 and
	   then clears its upper part with vzeroupper (README,
	   Testing).  */
	m->t = random_scalar (allow_vec && rnd (4) == 0);
      if (i > 0 && r >= 2 && r < 6
	  && (m->t->kind == K_INT || m->t->kind == K_BOOL)
	  && m->t->size <= 8)
	{
	  int maxw = m->t->kind == K_BOOL ? 1 : m->t->size * 8;
	  m->bits = 1 + rnd (maxw);
	  if (rnd (10) == 0 && !t->isunion)
	    {
	      /* An unnamed zero-width bit-field before this one.  */
	      m->bits = -1;
	      i++;
	      t->mem[i].t = m->t;
	      t->mem[i].bits = 1 + rnd (maxw);
	    }
	}
      else if (r >= 6 && r < 9)
	m->array = 1 + rnd (big ? 24 : 5);
      if (r == 9 && m->bits == 0)
	m->align = rnd (2) ? 32 : 16;
      if (i == 0 && t->isunion && m->bits)
	m->bits = 0;
      i++;
    }
  t->nmem = i;
  for (i = 0; i < t->nmem; i++)
    if (tlevel (t->mem[i].t) > t->veclevel_max)
      t->veclevel_max = tlevel (t->mem[i].t);
  /* The definition.  */
  emit ("%s {", t->name);
  for (i = 0; i < t->nmem; i++)
    {
      struct member *m = &t->mem[i];
      const char *tn = m->t->kind == K_BOOL && m->bits ? "_Bool" : m->t->name;
      if (m->bits < 0)
	emit (" %s :0;", tn);
      else
	{
	  emit (" %s m%d", tn, i);
	  if (m->array)
	    emit ("[%d]", m->array);
	  if (m->bits)
	    emit (" :%d", m->bits);
	  if (m->align)
	    emit (" __attribute__ ((aligned (%d)))", m->align);
	  emit (";");
	}
    }
  emit (" }%s;\n", t->packed ? " __attribute__ ((packed))" : "");
  return t;
}

/* ALLOW_VEC: 0 no vectors, 1 16-byte ones, 2 all (rarely wider).  */
static struct type *
random_type (int depth, int allow_vec)
{
  if (rnd (4) == 0)
    return random_agg (depth, allow_vec ? 1 : 0);
  return random_scalar (allow_vec);
}

/* ---- Values: initialisers and comparisons. ---- */

static void
emit_float_lit (const struct type *t)
{
  uint64_t m = rnd64 ();
  int e = rnd (2 * (t->emax < 40 ? t->emax : 40) + 1)
    - (t->emax < 40 ? t->emax : 40);
  int digits = (t->mant + 3) / 4;
  m &= t->mant == 64 ? ~0ULL : (1ULL << t->mant) - 1;
  m <<= digits * 4 - t->mant;
  emit ("%s0x1.%0*llxp%+d%s", rnd (2) ? "-" : "", digits,
	(unsigned long long) m, e, t->fsuf);
}

static void
emit_int_lit (const struct type *t, int bits)
{
  uint64_t v = rnd64 ();
  int w = bits ? bits : t->size * 8;
  if (t->kind == K_BOOL)
    {
      emit ("%d", rnd (2));
      return;
    }
  if (t->size == 16 && !bits)
    {
      emit ("(%s) (((unsigned __int128) 0x%llxULL << 64) | 0x%llxULL)",
	    t->name, (unsigned long long) rnd64 (), (unsigned long long) v);
      return;
    }
  if (bits && t->issigned)
    {
      /* In range of the signed field.  */
      int64_t lo = w == 64 ? INT64_MIN : -((int64_t) 1 << (w - 1));
      uint64_t span = w == 64 ? 0 : (uint64_t) 1 << w;
      int64_t x = span ? lo + (int64_t) (v % span) : (int64_t) v;
      emit ("(%s) %lldLL", t->name, (long long) x);
      return;
    }
  if (w < 64)
    v &= (1ULL << w) - 1;
  emit ("(%s) 0x%llxULL", t->kind == K_PTR ? "unsigned long" : t->name,
	(unsigned long long) v);
}

/* An initialiser for one object of type T (a bit-field of BITS).  */
static void
emit_init (const struct type *t, int bits)
{
  int i, j;
  switch (t->kind)
    {
    case K_BOOL:
    case K_INT:
      emit_int_lit (t, bits);
      break;
    case K_PTR:
      emit ("(void *) ");
      emit_int_lit (t, 0);
      break;
    case K_FLT:
      emit_float_lit (t);
      break;
    case K_CPLX:
      emit ("__builtin_complex (");
      emit_float_lit (t);
      emit (", ");
      emit_float_lit (t);
      emit (")");
      break;
    case K_VEC:
      emit ("{ ");
      for (i = 0; i < t->veclen; i++)
	{
	  if (t->fbytes)
	    emit_float_lit (t);
	  else if (t->size / t->veclen == 4)
	    emit ("(int) 0x%llxU", (unsigned long long) (rnd64 () & 0xffffffffULL));
	  else
	    emit ("(long long) 0x%llxULL", (unsigned long long) rnd64 ());
	  emit (", ");
	}
      emit ("}");
      break;
    case K_AGG:
      emit ("{ ");
      for (i = 0; i < t->nmem; i++)
	{
	  const struct member *m = &t->mem[i];
	  if (m->bits < 0)
	    continue;
	  if (m->array)
	    {
	      emit ("{ ");
	      for (j = 0; j < m->array; j++)
		{
		  emit_init (m->t, 0);
		  emit (", ");
		}
	      emit ("}");
	    }
	  else
	    emit_init (m->t, m->bits);
	  emit (", ");
	  if (t->isunion)
	    break;
	}
      emit ("}");
      break;
    }
}

/* What emit_cmp's messages call the object: "argument ", "return
   value ".  */
static const char *cmp_prefix = "";

/* Compare the object A (an lvalue unless a bit-field) with G, both of
   type T; on a difference call torture_fail (SIG, WHAT, "PATH").  */
static void
emit_cmp (const struct type *t, int bits, const char *a, const char *g,
	  int sig, const char *what)
{
  char a2[512], g2[512];
  int i, j;
  switch (t->kind)
    {
    case K_BOOL:
    case K_INT:
    case K_PTR:
      emit ("  if (%s != %s) torture_fail (%d, %s, \"%s%s\");\n", a, g, sig,
	    what, cmp_prefix, a);
      break;
    case K_FLT:
      emit ("  if (memcmp (&%s, &%s, %d)) torture_fail (%d, %s, \"%s%s\");\n",
	    a, g, t->fbytes, sig, what, cmp_prefix, a);
      break;
    case K_CPLX:
      emit ("  if (memcmp (&%s, &%s, %d) || memcmp ((char *) &%s + sizeof %s / 2,"
	    " (char *) &%s + sizeof %s / 2, %d)) torture_fail (%d, %s, \"%s%s\");\n",
	    a, g, t->fbytes, a, a, g, g, t->fbytes, sig, what, cmp_prefix, a);
      break;
    case K_VEC:
      emit ("  if (memcmp (&%s, &%s, %d)) torture_fail (%d, %s, \"%s%s\");\n",
	    a, g, t->size, sig, what, cmp_prefix, a);
      break;
    case K_AGG:
      for (i = 0; i < t->nmem; i++)
	{
	  const struct member *m = &t->mem[i];
	  if (m->bits < 0)
	    continue;
	  if (m->array)
	    for (j = 0; j < m->array; j++)
	      {
		snprintf (a2, sizeof a2, "%s.m%d[%d]", a, i, j);
		snprintf (g2, sizeof g2, "%s.m%d[%d]", g, i, j);
		emit_cmp (m->t, 0, a2, g2, sig, what);
	      }
	  else
	    {
	      snprintf (a2, sizeof a2, "%s.m%d", a, i);
	      snprintf (g2, sizeof g2, "%s.m%d", g, i);
	      emit_cmp (m->t, m->bits, a2, g2, sig, what);
	    }
	  if (t->isunion)
	    break;
	}
      break;
    }
  (void) bits;
}

/* ---- Signatures. ---- */

struct conv
{
  const char *attr;		/* attribute list, "" for none */
  int varargs_ok;
  int ms;
};

static const struct conv conv64[] = {
  { "", 1, 0 },
  { "__attribute__ ((sysv_abi))", 1, 0 },
  { "__attribute__ ((ms_abi))", 1, 1 },
};
static const struct conv conv32[] = {
  { "", 1, 0 },
  { "__attribute__ ((cdecl))", 1, 0 },
  { "__attribute__ ((stdcall))", 0, 0 },
  { "__attribute__ ((fastcall))", 0, 0 },
  { "__attribute__ ((thiscall))", 0, 0 },
  { "__attribute__ ((regparm (1)))", 0, 0 },
  { "__attribute__ ((regparm (2)))", 0, 0 },
  { "__attribute__ ((regparm (3)))", 0, 0 },
  { "__attribute__ ((sseregparm))", 0, 0 },
  { "__attribute__ ((sseregparm, regparm (3)))", 0, 0 },
  { "__attribute__ ((stdcall, regparm (3)))", 0, 0 },
  { "__attribute__ ((stdcall, sseregparm))", 0, 0 },
};

static const char *const level_target[3] = {
  "", "__attribute__ ((target (\"avx2\")))",
  "__attribute__ ((target (\"avx512f\")))"
};

static void
gen_signature (int k, int num)
{
  struct type *args[64], *vargs[64], *ret;
  const struct conv *cv;
  int nargs, nvargs = 0, i, level = 0, isvoid;
  char a[64], g[64];

  if (is64)
    cv = &conv64[rnd (3)];
  else
    cv = &conv32[rnd (12)];
  /* Up to 40 arguments, mostly few.  */
  nargs = rnd (4) == 0 ? rnd (41) : rnd (9);
  for (i = 0; i < nargs; i++)
    {
      args[i] = random_type (0, 2);
      if (tlevel (args[i]) > level)
	level = tlevel (args[i]);
    }
  if (cv->varargs_ok && nargs > 0 && rnd (6) == 0)
    {
      nvargs = 1 + rnd (rnd (3) ? 6 : 24);
      for (i = 0; i < nvargs; i++)
	{
	  /* ms_abi: GCC 12's __builtin_va_arg on a __builtin_ms_va_list
	     does not dereference the arguments passed by reference
	     (everything but 1, 2, 4 and 8 bytes): int, long, long long,
	     pointers and double only (README, Testing).  */
	  do
	    vargs[i] = cv->ms ? random_scalar (0) : random_type (0, 0);
	  while (vargs[i]->promotes
		 || (cv->ms
		     && !(vargs[i]->kind == K_PTR
			  || (vargs[i]->kind == K_INT && vargs[i]->size >= 4
			      && vargs[i]->size <= 8)
			  || (vargs[i]->kind == K_FLT && vargs[i]->fbytes == 8))));
	}
    }
  isvoid = rnd (8) == 0;
  ret = isvoid ? NULL : random_type (0, 2);
  if (ret && tlevel (ret) > level)
    level = tlevel (ret);

  /* The values.  */
  for (i = 0; i < nargs; i++)
    {
      emit ("static %s const g%d_%d = ", args[i]->name, k, i);
      emit_init (args[i], 0);
      emit (";\n");
    }
  for (i = 0; i < nvargs; i++)
    {
      emit ("static %s const gv%d_%d = ", vargs[i]->name, k, i);
      emit_init (vargs[i], 0);
      emit (";\n");
    }
  if (ret)
    {
      emit ("static %s const gr%d = ", ret->name, k);
      emit_init (ret, 0);
      emit (";\n");
    }

  /* The prototype, as a function type.  */
  emit ("typedef %s %s fn%d (", ret ? ret->name : "void", cv->attr, k);
  for (i = 0; i < nargs; i++)
    emit ("%s%s", i ? ", " : "", args[i]->name);
  emit ("%s);\n", nargs == 0 ? "void" : nvargs ? ", ..." : "");
  emit ("extern fn%d t_%d, x_%d, s_%d, f_%d;\n", k, k, k, k, k);

  /* The callee.  */
  emit ("%s __attribute__ ((noipa)) %s %s\nreal_%d (", level_target[level],
	cv->attr, ret ? ret->name : "void", k);
  for (i = 0; i < nargs; i++)
    emit ("%s%s a%d", i ? ", " : "", args[i]->name, i);
  emit ("%s)\n{\n", nargs == 0 ? "void" : nvargs ? ", ..." : "");
  emit ("  torture_calls++;\n  torture_fpenv_check (%d, torture_route);\n",
	num);
  cmp_prefix = "argument ";
  for (i = 0; i < nargs; i++)
    {
      snprintf (a, sizeof a, "a%d", i);
      snprintf (g, sizeof g, "g%d_%d", k, i);
      emit_cmp (args[i], 0, a, g, num, "torture_route");
    }
  if (nvargs)
    {
      if (cv->ms)
	emit ("  {\n    __builtin_ms_va_list ap;\n"
	      "    __builtin_ms_va_start (ap, a%d);\n", nargs - 1);
      else
	emit ("  {\n    va_list ap;\n    va_start (ap, a%d);\n", nargs - 1);
      for (i = 0; i < nvargs; i++)
	{
	  emit ("    {\n    %s v%d = __builtin_va_arg (ap, %s);\n",
		vargs[i]->name, i, vargs[i]->name);
	  snprintf (a, sizeof a, "v%d", i);
	  snprintf (g, sizeof g, "gv%d_%d", k, i);
	  emit_cmp (vargs[i], 0, a, g, num, "torture_route");
	  emit ("    }\n");
	}
      emit (cv->ms ? "    __builtin_ms_va_end (ap);\n  }\n"
	    : "    va_end (ap);\n  }\n");
    }
  if (ret)
    emit ("  return gr%d;\n", k);
  emit ("}\n");

  /* The caller: the direct call and four routes.  */
  emit ("%s __attribute__ ((noipa)) static void\ncaller_%d (void)\n{\n",
	level_target[level], k);
  emit ("  static void *const to[5] = { (void *) real_%d, (void *) t_%d,"
	" (void *) x_%d, (void *) s_%d, (void *) f_%d };\n  int route;\n",
	k, k, k, k, k);
  emit ("  for (route = 0; route < 5; route++)\n    {\n");
  emit ("      unsigned long calls = torture_calls;\n");
  emit ("      torture_route = route;\n      torture_guard_begin (to[route]);\n"
	"      torture_fpenv_enter (%d);\n", num);
  emit ("      %s%s((fn%d *) (void *) %s) (", ret ? ret->name : "",
	ret ? " r = " : "", k, cv->ms ? "torture_guard_ms_p" : "torture_guard_p");
  for (i = 0; i < nargs; i++)
    emit ("%sg%d_%d", i ? ", " : "", k, i);
  for (i = 0; i < nvargs; i++)
    emit (", gv%d_%d", k, i);
  emit (");\n");
  emit ("      torture_fpenv_check (%d, route + 10);\n"
	"      torture_fpenv_leave ();\n", num);
  emit ("      torture_guard_end (%d, route, calls, %d);\n", num, cv->ms);
  if (ret)
    {
      cmp_prefix = "return value ";
      snprintf (a, sizeof a, "r");
      snprintf (g, sizeof g, "gr%d", k);
      emit ("    {\n");
      emit_cmp (ret, 0, a, g, num, "route + 10");
      emit ("    }\n");
    }
  emit ("    }\n}\n\n");
  /* The vector level main checks before running the signature.  */
  emit ("#define LEVEL_%d %d\n", k, level);
}

/* "PREFIXINTERCEPTOR (Rk, ..., Rj)" for the GROUP signatures from K on
   (fewer at the end), R the route's letter.  */
static void
emit_interceptor_head (const char *prefix, char route, int k, int n,
		       int group)
{
  int j;

  emit ("%sINTERCEPTOR (", prefix);
  for (j = k; j < n && j < k + group; j++)
    emit ("%s%c_%d", j > k ? ", " : "", route, j);
  emit (")\n");
}

int
main (int argc, char **argv)
{
  unsigned long long seed = 1;
  int n = 100, first = 0, i, k, group = 48;
  const char *arch = "x86_64", *file = NULL;
  int no_float16 = 0;

  for (i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "-a") == 0 && i + 1 < argc)
	arch = argv[++i];
      else if (strcmp (argv[i], "-s") == 0 && i + 1 < argc)
	seed = strtoull (argv[++i], NULL, 0);
      else if (strcmp (argv[i], "-n") == 0 && i + 1 < argc)
	n = atoi (argv[++i]);
      else if (strcmp (argv[i], "-f") == 0 && i + 1 < argc)
	first = atoi (argv[++i]);
      else if (strcmp (argv[i], "-o") == 0 && i + 1 < argc)
	file = argv[++i];
      else if (strcmp (argv[i], "-F") == 0)
	no_float16 = 1;		/* the compiler lacks _Float16 */
      else
	{
	  fprintf (stderr, "usage: %s -a x86_64|i386 -s SEED -n N [-f FIRST]"
		   " [-F] [-o FILE]\n", argv[0]);
	  return 2;
	}
    }
  is64 = strcmp (arch, "x86_64") == 0;
  if (!is64 && strcmp (arch, "i386") != 0)
    {
      fprintf (stderr, "gen: unknown architecture %s\n", arch);
      return 2;
    }
  nscalars = is64 ? NSCALARS_64 : NSCALARS_32;
  if (no_float16)
    for (i = 0; i < nscalars; i++)
      if (strcmp (scalars[i].name, "_Float16") == 0)
	{
	  /* Keep the order: the x86_64-only types stay last.  */
	  memmove (&scalars[i], &scalars[i + 1],
		   (NSCALARS_64 - i - 1) * sizeof scalars[0]);
	  nscalars--;
	  break;
	}
  for (i = 0; i < nscalars; i++)
    if (scalars[i].size == 0)
      scalars[i].size = is64 ? 8 : 4;
  rng_state = seed * 0x2545f4914f6cdd1dULL + (unsigned long long) first;
  out = file ? fopen (file, "w") : stdout;
  if (out == NULL)
    {
      perror (file);
      return 1;
    }

  emit ("/* Generated by testsuite/torture/gen.c: -a %s -s %llu -n %d -f %d."
	"  Do not edit.  */\n", arch, seed, n, first);
  emit ("#define TORTURE_N %d\n#define TORTURE_FIRST %d\n", n, first);
  emit ("#include \"torture.h\"\n\n");
  for (k = 0; k < n; k++)
    gen_signature (k, first + k);

  /* The interceptors: one transparent body and one with an exit part
     per group of signatures.  */
  for (k = 0; k < n; k += group)
    {
      emit_interceptor_head ("", 't', k, n, group);
      emit ("{\n  torture_disturb (INTERCEPTED_NAME);\n"
	    "  GOTO_TARGET (torture_target (INTERCEPTED_NAME));\n}\n\n");
      emit_interceptor_head ("", 'x', k, n, group);
      emit ("{\n  char buf[80];\n  long double ld = torture_disturb"
	    " (INTERCEPTED_NAME);\n"
	    "  GOTO_TARGET (torture_target (INTERCEPTED_NAME));\n"
	    "  snprintf (buf, sizeof buf, \"%%s %%Lg\", INTERCEPTED_NAME,"
	    " ld * 3);\n  torture_disturb (buf);\n  GOTO_RETURN ();\n}\n\n");
      /* Strict mode (SPEC 3.4), with an exit part.  */
      emit_interceptor_head ("INTERCEPTOR_STRICT ", 's', k, n, group);
      emit ("{\n  long double ld = torture_disturb (INTERCEPTED_NAME);\n"
	    "  GOTO_TARGET (torture_target (INTERCEPTED_NAME));\n"
	    "  torture_disturb (ld > 0 ? \"exit\" : \"EXIT\");\n"
	    "  GOTO_RETURN ();\n}\n\n");
    }

  /* The fast path (doc/INTERNALS.md, 7): a body of one signature that
     calls nothing and touches general registers only, with an exit
     part for odd signatures, strict for every third.  */
  for (k = 0; k < n; k++)
    {
      emit_interceptor_head (k % 3 ? "" : "INTERCEPTOR_STRICT ", 'f', k, n, 1);
      emit ("{\n  torture_fast_entries++;\n  GOTO_TARGET (real_%d);\n", k);
      if (k % 2)
	emit ("  torture_fast_exits++;\n  GOTO_RETURN ();\n");
      emit ("}\n\n");
    }

  emit ("void *const torture_real[TORTURE_N] = {\n");
  for (k = 0; k < n; k++)
    emit ("  (void *) real_%d,\n", k);
  emit ("};\n");
  emit ("void (*const torture_caller[TORTURE_N]) (void) = {\n");
  for (k = 0; k < n; k++)
    emit ("  caller_%d,\n", k);
  emit ("};\n");
  emit ("const unsigned char torture_level[TORTURE_N] = {\n");
  for (k = 0; k < n; k++)
    emit ("  LEVEL_%d,\n", k);
  emit ("};\n");
  emit ("#include \"torture-main.h\"\n");
  if (file && fclose (out) != 0)
    {
      perror (file);
      return 1;
    }
  return 0;
}
