/* gen.c -- the misuse fuzz generator (interceptor(7), DIAGNOSTICS).

   Writes COUNT standalone C and C++ interceptor sources, each a test
   case with the outcome the contract (interceptor(7), interceptor(3),
   interceptor-plugin(7)) gives it:

     valid        it must compile without error, link, run and pass its
		  own checks: it calls the intercepted symbol through its
		  exported name, the body goes on to a checking target
		  real_op, and main compares what the body computed in its
		  entry and exit parts with an ordinary reference function
		  made of the same code (ref_run), the return value, and the
		  counts of entries, exits and target calls; it prints what
		  differed and exits 1, or prints nothing and exits 0;
     error L[,L]  the compiler must report an error at one of these
		  lines of the file: where the misuse is written (each such
		  line carries the comment "<- expected error").

   Every case starts with a comment giving the seed, its index, the
   category/variant, the language, the compiler flags and the expected
   outcome (fuzz.sh reads them from there), and why.

   Usage: gen -s SEED -n COUNT [-f FIRST] [-o DIR] [-F FEATURES]
     FEATURES, comma-separated: m32 (C cases may use -m32), m32cxx (C++
     cases too), ubsan, ubsancxx (-fsanitize=undefined links).
   Case K (K = FIRST .. FIRST+COUNT-1) depends only on the seed, K and
   the features: the same options write the same files.  The cases are
   written as DIR/case-NNNNN.c or DIR/case-NNNNN.cc.

   The case templates are the table `templates' at the end: one row per
   category/variant with its language, its expected outcome and a
   weight.  Each template fills a `struct spec' (the parts of the
   standard case: what stands before the interceptor, its names, entry
   code, exit code, ...) that emit_std writes out; a few write their
   own file (typed accessors, many interceptors).

   In the templates' text, "@T" stands for the GOTO_TARGET of the
   standard body (in the reference function: recording the entry
   value), "@R" for its GOTO_RETURN (in the reference function:
   return), "@E" marks a line where an error is expected.

   Copyright and license: as the rest of interceptor.  */

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Random numbers: splitmix64, one stream per case. ---- */

#include "../lib/splitmix.h"

/* One in N.  */
static int
one_in (int n)
{
  return rnd (n) == 0;
}

static const char *
pick (const char *const *v, int n)
{
  return v[rnd (n)];
}
#define PICK(arr) pick (arr, (int) (sizeof arr / sizeof arr[0]))

/* ---- Strings. ---- */

struct buf
{
  char *s;
  size_t len, cap;
};

static void
buf_vadd (struct buf *b, const char *fmt, va_list ap)
{
  va_list aq;
  int n;

  va_copy (aq, ap);
  n = vsnprintf (NULL, 0, fmt, aq);
  va_end (aq);
  if (n < 0)
    abort ();
  if (b->len + (size_t) n + 1 > b->cap)
    {
      b->cap = (b->len + (size_t) n + 1) * 2;
      b->s = realloc (b->s, b->cap);
      if (!b->s)
	abort ();
    }
  vsnprintf (b->s + b->len, (size_t) n + 1, fmt, ap);
  b->len += (size_t) n;
}

static void __attribute__ ((format (printf, 2, 3)))
buf_add (struct buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  buf_vadd (b, fmt, ap);
  va_end (ap);
}

/* A new string, printf-style (never freed: a case is small).  */
static char * __attribute__ ((format (printf, 1, 2)))
str (const char *fmt, ...)
{
  struct buf b = { 0, 0, 0 };
  va_list ap;
  va_start (ap, fmt);
  buf_vadd (&b, fmt, ap);
  va_end (ap);
  if (!b.s)
    return calloc (1, 1);
  return b.s;
}

/* S with every FROM replaced by TO.  */
static char *
replace (const char *s, const char *from, const char *to)
{
  struct buf b = { 0, 0, 0 };
  size_t fl = strlen (from);
  const char *p;

  buf_add (&b, "%s", "");
  while ((p = strstr (s, from)) != NULL)
    {
      buf_add (&b, "%.*s%s", (int) (p - s), s, to);
      s = p + fl;
    }
  buf_add (&b, "%s", s);
  return b.s;
}

/* ---- The case being generated. ---- */

enum lang { C, CXX, BOTH };

struct ctx
{
  unsigned long long seed;
  int index;
  int cxx;			/* this case is C++ */
  int m32;			/* compiled with -m32 */
  int feat_m32, feat_m32cxx, feat_ubsan, feat_ubsancxx;
  const char *variant;		/* category/variant */
  const char *why;
  char flags[256];
  int labels;			/* label counter */
  int has_cgoto;		/* a snippet with a computed goto is in the body */
};

/* The standard case.  */
struct spec
{
  const char *pre;		/* file scope before the interceptor */
  const char *lead;		/* lines just before INTERCEPTOR (...) */
  const char *names;		/* INTERCEPTOR's arguments (default callname) */
  const char *callname;		/* the exported name main calls (fz_op) */
  const char *top;		/* declarations at the start of the body */
  const char *entry;		/* entry code; "@T" added unless present */
  const char *exitc;		/* exit code, "@R" added; NULL: transparent */
  const char *post;		/* file scope after the interceptor */
  const char *tail;		/* file scope after main */
  const char *target;		/* GOTO_TARGET's argument (real_op) */
  int rec;			/* re-entries main makes (MAX_RECURSION) */
  int no_main;			/* invalid cases: leave main out */
  int mark;			/* an error is expected at the INTERCEPTOR line */
};

/* ---- Snippets: valid code working on `unsigned acc'. ----

   Each snippet is self-contained (a block, unique labels) and reads
   and writes only acc, so the same text in the body and in the
   reference function must leave the same value.  */

enum
{
  SN_CALL = 1,			/* it calls a function */
  SN_CGOTO = 2,			/* it has a computed goto */
  SN_ALLOCA = 4,		/* it uses alloca */
  SN_SETJMP = 8,		/* it calls setjmp */
  SN_BIG = 16			/* a 64 KiB local */
};

enum snip
{
  S_FOR, S_WHILE, S_DO, S_GOTOLOOP, S_BREAKLOOP, S_SWITCH, S_CGOTO,
  S_STMTEXPR, S_CLIT, S_SETJMP, S_ALLOCA, S_BIG, S_ALIGN, S_MIX,
  S_SHADOW, S_STATIC, S_RAII, S_LAMBDA, S_TRY, S_TEMPLATE, S_NSNIP
};

static const int snip_flags[S_NSNIP] = {
  [S_CGOTO] = SN_CGOTO, [S_SETJMP] = SN_SETJMP | SN_CALL,
  [S_ALLOCA] = SN_ALLOCA | SN_CALL, [S_BIG] = SN_CALL | SN_BIG, [S_MIX] = SN_CALL,
  [S_RAII] = SN_CALL, [S_LAMBDA] = SN_CALL, [S_TRY] = SN_CALL,
  [S_TEMPLATE] = SN_CALL
};

static int
label (struct ctx *c)
{
  return ++c->labels;
}

/* The text of snippet KIND.  */
static char *
snippet (struct ctx *c, enum snip kind)
{
  unsigned k1 = 2 + (unsigned) rnd (9), k2 = 1 + (unsigned) rnd (1000);
  int l1, l2, l3, l4;

  switch (kind)
    {
    case S_FOR:
      return str ("  { /* for loop */\n"
		  "    unsigned k;\n"
		  "    for (k = 0; k < %uu + acc %% 5u; k++)\n"
		  "      acc = acc * %uu + k;\n"
		  "  }\n", k1, k1 + 1);
    case S_WHILE:
      return str ("  { /* while loop */\n"
		  "    unsigned k = acc %% 7u;\n"
		  "    while (k-- > 0)\n"
		  "      acc += k * %uu;\n"
		  "  }\n", k2);
    case S_DO:
      return str ("  { /* do loop */\n"
		  "    unsigned k = 0;\n"
		  "    do\n"
		  "      acc = (acc ^ (acc << 3)) + k + %uu;\n"
		  "    while (++k < %uu);\n"
		  "  }\n", k2, k1);
    case S_GOTOLOOP:
      l1 = label (c);
      return str ("  { /* a loop made with goto */\n"
		  "    unsigned k = 0;\n"
		  "  fz_loop%d:\n"
		  "    acc = acc * 5u + k;\n"
		  "    if (++k < %uu)\n"
		  "      goto fz_loop%d;\n"
		  "  }\n", l1, k1, l1);
    case S_BREAKLOOP:
      return str ("  { /* a loop left with break and continue */\n"
		  "    unsigned k;\n"
		  "    for (k = 0;; k++)\n"
		  "      {\n"
		  "        if (k == 1)\n"
		  "          continue;\n"
		  "        acc += k ^ %uu;\n"
		  "        if (k >= %uu)\n"
		  "          break;\n"
		  "      }\n"
		  "  }\n", k2, k1);
    case S_SWITCH:
      return str ("  switch (acc %% 5u) /* switch */\n"
		  "    {\n"
		  "    case 0:\n"
		  "      acc += %uu;\n"
		  "      break;\n"
		  "    case 1:\n"
		  "      acc *= 7u;\n"
		  "      /* Falls through.  */\n"
		  "    case 2:\n"
		  "      acc ^= 0x55u;\n"
		  "      break;\n"
		  "    case 4:\n"
		  "      {\n"
		  "        unsigned t = acc / 3u;\n"
		  "        acc = t + %uu;\n"
		  "      }\n"
		  "      break;\n"
		  "    default:\n"
		  "      acc -= 1u;\n"
		  "    }\n", k2, k1);
    case S_CGOTO:
      c->has_cgoto = 1;
      l1 = label (c), l2 = label (c), l3 = label (c), l4 = label (c);
      return str ("  { /* computed goto within this part */\n"
		  "    void *tab[3];\n"
		  "    tab[0] = &&fz_l%d;\n"
		  "    tab[1] = &&fz_l%d;\n"
		  "    tab[2] = &&fz_l%d;\n"
		  "    goto *tab[acc %% 3u];\n"
		  "  fz_l%d:\n"
		  "    acc += %uu;\n"
		  "    goto fz_l%d;\n"
		  "  fz_l%d:\n"
		  "    acc *= 3u;\n"
		  "    goto fz_l%d;\n"
		  "  fz_l%d:\n"
		  "    acc ^= 0x1234u;\n"
		  "  fz_l%d:\n"
		  "    ;\n"
		  "  }\n", l1, l2, l3, l1, k2, l4, l2, l4, l3, l4);
    case S_STMTEXPR:
      return str ("  acc = ({ unsigned t = acc * %uu; t ^ (t >> 3); }); /* statement expression */\n",
		  k1);
    case S_CLIT:
      if (c->cxx)
	return str ("  { /* an aggregate temporary */\n"
		    "    struct fz_pt p = { acc, %uu };\n"
		    "    acc = p.x * 3u + p.y;\n"
		    "  }\n", k2);
      return str ("  { /* compound literals */\n"
		  "    unsigned *cl = (unsigned[]) { acc, %uu, 5u };\n"
		  "    struct fz_pt *pp = &(struct fz_pt) { cl[1], cl[0] };\n"
		  "    acc = cl[0] * cl[1] + cl[2] + pp->x - pp->y;\n"
		  "  }\n", k2);
    case S_SETJMP:
      return str ("  { /* setjmp and longjmp, both in this part */\n"
		  "    jmp_buf jb;\n"
		  "    volatile unsigned k = 0, v = acc;\n"
		  "    if (setjmp (jb) < %u)\n"
		  "      {\n"
		  "        v = v * 7u + k;\n"
		  "        k++;\n"
		  "        fz_jump (jb, (int) k);\n"
		  "      }\n"
		  "    acc = v;\n"
		  "  }\n", 1 + rnd (3));
    case S_ALLOCA:
      return str ("  { /* alloca */\n"
		  "    unsigned *ap = (unsigned *) %s (16 * sizeof *ap);\n"
		  "    unsigned k;\n"
		  "    for (k = 0; k < 16; k++)\n"
		  "      ap[k] = acc + k * %uu;\n"
		  "    acc = ap[acc %% 16u] * 5u;\n"
		  "  }\n", one_in (2) ? "alloca" : "__builtin_alloca", k2);
    case S_BIG:
      return str ("  { /* a 64 KiB local: within the budget */\n"
		  "    unsigned char big[65536];\n"
		  "    memset (big, (int) (acc & 0xffu), sizeof big);\n"
		  "    big[acc %% sizeof big] = %uu;\n"
		  "    acc += big[acc %% sizeof big] + big[(acc + 1u) %% sizeof big];\n"
		  "  }\n", k2 & 0xff);
    case S_ALIGN:
      {
	static const unsigned al[] = { 16, 64, 256, 4096 };
	unsigned a = al[rnd (4)];
	return str ("  { /* an over-aligned local within the limit (4096) */\n"
		    "    FZ_ALIGNAS (%u) unsigned char buf[32];\n"
		    "    buf[0] = (unsigned char) acc;\n"
		    "    acc += (((unsigned long) (void *) buf %% %uu) == 0 ? %uu : 1000000u) + buf[0];\n"
		    "  }\n", a, a, k2);
      }
    case S_MIX:
      return str ("  acc = fz_mix (acc + %uu);\n", k2);
    case S_SHADOW:
      return str ("  { /* nested blocks, shadowing */\n"
		  "    unsigned acc2 = acc;\n"
		  "    {\n"
		  "      unsigned acc = acc2 * %uu;\n"
		  "      acc2 = acc + 1u;\n"
		  "    }\n"
		  "    acc = acc2;\n"
		  "  }\n", k1);
    case S_STATIC:
      return str ("  { /* a static local: not part of the frame */\n"
		  "    static const unsigned tab[4] = { 3u, %uu, 11u, 13u };\n"
		  "    acc = acc * tab[acc %% 4u] + 1u;\n"
		  "  }\n", k2);
    case S_RAII:
      return str ("  { /* an object with a destructor */\n"
		  "    fz_guard gd (&acc, %uu);\n"
		  "    acc *= 5u;\n"
		  "  }\n", k2);
    case S_LAMBDA:
      return str ("  { /* a lambda */\n"
		  "    auto lam = [&acc] (unsigned k) { acc = acc * 31u + k; };\n"
		  "    lam (%uu);\n"
		  "    lam (acc & 7u);\n"
		  "  }\n", k2);
    case S_TRY:
      return str ("  try /* an exception thrown and caught in this part */\n"
		  "    {\n"
		  "      if (acc & 1u)\n"
		  "        throw (unsigned) (acc + %uu);\n"
		  "      acc += 2u;\n"
		  "    }\n"
		  "  catch (unsigned e)\n"
		  "    {\n"
		  "      acc = e * 3u;\n"
		  "    }\n", k2);
    case S_TEMPLATE:
      return str ("  acc = fz_tw<unsigned> (acc + %uu); /* a template */\n", k2);
    default:
      abort ();
    }
}

/* A random snippet allowed in this place: not in FORBID (SN_* flags),
   C++-only ones in C++ only, at most one computed goto per body (an
   address-taken label of one part would be a possible destination of
   the other part's `goto *').  */
static char *
random_snippet (struct ctx *c, int forbid)
{
  for (;;)
    {
      enum snip k = (enum snip) rnd (S_NSNIP);
      if (snip_flags[k] & forbid)
	continue;
      if (k >= S_RAII && !c->cxx)
	continue;
      if (k == S_CGOTO && c->has_cgoto)
	continue;
      return snippet (c, k);
    }
}

/* N random snippets.  */
static char *
snippets (struct ctx *c, int n, int forbid)
{
  char *s = str ("%s", "");
  while (n-- > 0)
    s = str ("%s%s", s, random_snippet (c, forbid));
  return s;
}

/* ---- Writing a case. ---- */

static struct buf text;		/* the case below its header comment */

static void __attribute__ ((format (printf, 1, 2)))
out (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  buf_vadd (&text, fmt, ap);
  va_end (ap);
}

/* Expand @T and @R for the body (REF 0) or the reference function.  */
static char *
expand (const struct spec *sp, const char *s, int ref)
{
  if (!s)
    return str ("%s", "");
  if (ref)
    return replace (replace (s, "@T", "*at_entry = acc;"), "@R",
		    "return acc;");
  return replace (replace (s, "@T",
			   str ("{ g_entry = acc; GOTO_TARGET (%s); }",
				sp->target ? sp->target : "real_op")),
		  "@R", "{ g_exit = acc; exits++; GOTO_RETURN (); }");
}

static void
emit_prologue (struct ctx *c, const char *callname)
{
  out ("#include <interceptor.h>\n"
       "#include <alloca.h>\n"
       "#include <setjmp.h>\n"
       "#include <stdio.h>\n"
       "#include <stdlib.h>\n"
       "#include <string.h>\n"
       "\n"
       "#ifdef __cplusplus\n"
       "# define FZ_EXTERN extern \"C\"\n"
       "# define FZ_ALIGNAS(n) alignas (n)\n"
       "#else\n"
       "# define FZ_EXTERN extern\n"
       "# define FZ_ALIGNAS(n) _Alignas (n)\n"
       "#endif\n"
       "\n"
       "static unsigned g_in, g_entry, g_exit, g_rec, g_ctor, g_dtor;\n"
       "static unsigned entries, exits, real_calls, max_depth, name_bad;\n"
       "static int fails;\n"
       "struct fz_pt { unsigned x, y; };\n"
       "\n"
       "FZ_EXTERN unsigned %s (unsigned, unsigned);\n"
       "\n"
       "/* The checking target: with g_rec > 0 it re-enters the interceptor.  */\n"
       "FZ_EXTERN __attribute__ ((noipa)) unsigned\n"
       "real_op (unsigned a, unsigned b)\n"
       "{\n"
       "  real_calls++;\n"
       "  if (g_rec > 0)\n"
       "    {\n"
       "      g_rec--;\n"
       "      return %s (a, b);\n"
       "    }\n"
       "  return a * 3u + b;\n"
       "}\n"
       "\n"
       "static __attribute__ ((noinline, unused)) void\n"
       "fz_jump (jmp_buf jb, int v)\n"
       "{\n"
       "  longjmp (jb, v);\n"
       "}\n"
       "\n"
       "static __attribute__ ((noinline, unused)) unsigned\n"
       "fz_mix (unsigned x)\n"
       "{\n"
       "  return x * 2654435761u + 7u;\n"
       "}\n"
       "\n"
       "static __attribute__ ((noinline, unused)) void\n"
       "fz_note (const char *name, unsigned depth, const char *want)\n"
       "{\n"
       "  entries++;\n"
       "  if (depth > max_depth)\n"
       "    max_depth = depth;\n"
       "  if (strcmp (name, want) != 0)\n"
       "    name_bad++;\n"
       "}\n", callname, callname);
  if (c->cxx)
    out ("\n"
	 "struct fz_guard\n"
	 "{\n"
	 "  unsigned *p, v;\n"
	 "  fz_guard (unsigned *q, unsigned x) : p (q), v (x) { g_ctor++; }\n"
	 "  ~fz_guard () { *p += v; g_dtor++; }\n"
	 "};\n"
	 "\n"
	 "template <typename T> static __attribute__ ((unused)) T\n"
	 "fz_tw (T x)\n"
	 "{\n"
	 "  return x * 5 + 1;\n"
	 "}\n");
  out ("\n");
}

/* The standard case: prologue, SP->pre, the interceptor, SP->post, the
   reference function and main (valid cases), SP->tail.  */
static void
emit_std (struct ctx *c, const struct spec *sp, int valid)
{
  const char *call = sp->callname ? sp->callname : "fz_op";
  const char *entry = sp->entry ? sp->entry : "";
  int has_exit = sp->exitc != NULL;
  unsigned ncalls = 3 + (unsigned) rnd (5), rec = (unsigned) sp->rec;
  unsigned a0 = (unsigned) rnd (100000), a1 = 1 + (unsigned) rnd (977);
  unsigned b0 = (unsigned) rnd (100000), b1 = 1 + (unsigned) rnd (31);

  if (!strstr (entry, "@T"))
    entry = str ("%s  @T\n", entry);
  emit_prologue (c, call);
  if (sp->pre)
    out ("%s\n", sp->pre);
  out ("%sINTERCEPTOR (%s)%s\n"
       "{\n"
       "%s"
       "  unsigned acc = g_in;\n"
       "  fz_note (INTERCEPTED_NAME, INTERCEPTED_DEPTH, \"%s\");\n"
       "%s",
       sp->lead ? sp->lead : "", sp->names ? sp->names : call,
       sp->mark ? " @E" : "", sp->top ? sp->top : "", call, expand (sp, entry, 0));
  if (has_exit)
    out ("  /* The exit part.  */\n%s",
	 expand (sp, str ("%s  @R\n", sp->exitc), 0));
  out ("}\n\n");
  if (sp->post)
    out ("%s\n", sp->post);
  if (sp->no_main)
    ;
  else if (!valid)
    out ("int\nmain (void)\n{\n  return (int) %s (1u, 2u) != 5;\n}\n", call);
  else
    {
      out ("/* The same code as the body's, in an ordinary function.  */\n"
	   "static unsigned\n"
	   "ref_run (unsigned acc, unsigned *at_entry)\n"
	   "{\n"
	   "%s", expand (sp, entry, 1));
      if (has_exit)
	out ("%s", expand (sp, sp->exitc, 1));
      out ("  return acc;\n"
	   "}\n"
	   "\n"
	   "#define FAIL(...) (fprintf (stderr, __VA_ARGS__), fails++)\n"
	   "\n"
	   "int\n"
	   "main (void)\n"
	   "{\n"
	   "  unsigned i, n = %uu, rec = %uu;\n"
	   "\n"
	   "  for (i = 0; i < n; i++)\n"
	   "    {\n"
	   "      unsigned a = %uu + i * %uu, b = %uu ^ (i * %uu);\n"
	   "      unsigned want_entry = 0, want_exit, got;\n"
	   "\n"
	   "      g_in = a * 7u + b;\n"
	   "      want_exit = ref_run (g_in, &want_entry);\n"
	   "      g_rec = rec;\n"
	   "      got = %s (a, b);\n"
	   "      if (got != a * 3u + b)\n"
	   "        FAIL (\"call %%u: returned %%u, expected %%u\\n\", i, got, a * 3u + b);\n"
	   "      if (g_entry != want_entry)\n"
	   "        FAIL (\"call %%u: the entry part computed %%u, expected %%u\\n\", i, g_entry, want_entry);\n",
	   ncalls, rec, a0, a1, b0, b1, call);
      if (has_exit)
	out ("      if (g_exit != want_exit)\n"
	     "        FAIL (\"call %%u: the exit part computed %%u, expected %%u\\n\", i, g_exit, want_exit);\n");
      else
	out ("      (void) want_exit;\n");
      out ("    }\n"
	   "  if (entries != n * (rec + 1))\n"
	   "    FAIL (\"%%u entries, expected %%u\\n\", entries, n * (rec + 1));\n"
	   "  if (exits != %s)\n"
	   "    FAIL (\"%%u exit parts ran, expected %%u\\n\", exits, %s);\n"
	   "  if (real_calls != n * (rec + 1))\n"
	   "    FAIL (\"%%u target calls, expected %%u\\n\", real_calls, n * (rec + 1));\n"
	   "  if (max_depth != %s)\n"
	   "    FAIL (\"INTERCEPTED_DEPTH reached %%u, expected %%u\\n\", max_depth, %s);\n"
	   "  if (name_bad)\n"
	   "    FAIL (\"INTERCEPTED_NAME was not \\\"%s\\\" %%u times\\n\", name_bad);\n"
	   "  if (g_ctor != g_dtor)\n"
	   "    FAIL (\"%%u objects constructed, %%u destroyed\\n\", g_ctor, g_dtor);\n"
	   "  return fails != 0;\n"
	   "}\n",
	   has_exit ? "n * (rec + 1)" : "0", has_exit ? "n * (rec + 1)" : "0",
	   /* A transparent invocation ends at the jump to its target
	      (interceptor(7), MAX_RECURSION): the re-entries do not nest.  */
	   has_exit ? "rec" : "0u", has_exit ? "rec" : "0u", call);
    }
  if (sp->tail)
    out ("\n%s", sp->tail);
}

/* ---- Random pieces. ---- */

static unsigned k_small (void) { return 1 + (unsigned) rnd (9); }

/* Entry code: N snippets without FORBID.  */
static char *
entry_code (struct ctx *c, int forbid)
{
  return snippets (c, rnd (3), forbid);
}

/* Exit code (never NULL).  */
static char *
exit_code (struct ctx *c, int forbid)
{
  return snippets (c, rnd (3), forbid);
}

/* ---- Templates. ----

   Each fills SP (and sets c->why) for the standard case; the table
   says whether the outcome is valid.  Templates that write their own
   file return 1.  */

typedef int (*tmpl_fn) (struct ctx *, struct spec *);

/* A valid random body: any snippets in either part, transparent or
   not (interceptor(7), "Local variables": locals keep their values
   from the entry part into the exit part).  */
static int
t_plain (struct ctx *c, struct spec *sp)
{
  int exit = rnd (4) != 0;
  /* alloca in the entry part only without an exit part (see t_alloca
     below); setjmp in the entry part only when the exit part calls
     nothing (see t_setjmp_*).  */
  char *e = entry_code (c, exit ? SN_ALLOCA | SN_SETJMP : 0);
  sp->entry = e;
  sp->exitc = exit ? exit_code (c, 0) : NULL;
  c->why = "ordinary code in the entry and exit parts (interceptor(7), DESCRIPTION, \"Local variables\")";
  return 0;
}

/* Loops entirely in the entry part or the exit part.  */
static int
t_loop_valid (struct ctx *c, struct spec *sp)
{
  static const enum snip loops[] = { S_FOR, S_WHILE, S_DO, S_GOTOLOOP, S_BREAKLOOP };
  char *l = snippet (c, loops[rnd (5)]);
  int where = rnd (3);		/* 0 entry, 1 exit, 2 both */

  sp->entry = where != 1 ? str ("%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP), l) : entry_code (c, SN_ALLOCA | SN_SETJMP);
  sp->exitc = where != 0 ? str ("%s%s", snippet (c, loops[rnd (5)]), exit_code (c, 0))
    : one_in (3) ? NULL : exit_code (c, 0);
  c->why = "a loop that lies entirely in the entry part or in the exit part does not contain GOTO_TARGET (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* GOTO_RETURN inside a loop of the exit part: only GOTO_TARGET is
   forbidden inside loops (interceptor(7), DIAGNOSTICS).  */
static int
t_loop_return_in_loop (struct ctx *c, struct spec *sp)
{
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP);
  sp->exitc = str ("  {\n"
		   "    unsigned k;\n"
		   "    for (k = 0;; k++)\n"
		   "      {\n"
		   "        acc = acc * 3u + k;\n"
		   "        if (k >= %uu)\n"
		   "          @R\n"
		   "      }\n"
		   "  }\n", k_small ());
  c->why = "GOTO_RETURN in a loop of the exit part ends the exit part; only GOTO_TARGET is refused in loops (interceptor(7), DIAGNOSTICS; interceptor(3), GOTO_TARGET)";
  return 0;
}

/* GOTO_TARGET inside a loop (for, while, do, goto).  */
static int
t_loop_target_in (struct ctx *c, struct spec *sp)
{
  int l = label (c);
  const char *body;
  switch (rnd (4))
    {
    case 0:
      body = "  {\n    unsigned k;\n    for (k = 0;; k++)\n      {\n        acc++;\n        @T @E\n        break;\n      }\n  }\n";
      break;
    case 1:
      body = "  while (1)\n    {\n      acc--;\n      @T @E\n      break;\n    }\n";
      break;
    case 2:
      body = "  do\n    {\n      acc++;\n      @T @E\n    }\n  while (acc == 0u);\n";
      break;
    default:
      body = str ("  {\n    unsigned tries = 0;\n  fz_again%d:\n    tries++;\n    @T @E\n    if (tries < 3u)\n      goto fz_again%d; @E\n  }\n", l, l);
      break;
    }
  sp->entry = str ("%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO), body);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  c->why = "GOTO_TARGET inside a loop is an error at its line (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* A goto from the exit part back before GOTO_TARGET: a loop around it.  */
static int
t_loop_exit_back (struct ctx *c, struct spec *sp)
{
  int l = label (c);
  sp->top = "  unsigned rounds = 0;\n";
  sp->entry = str ("%s fz_back%d:\n  acc++;\n%s  @T @E\n",
		   entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO), l,
		   entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO));
  sp->exitc = str ("%s  if (rounds++ < 2u)\n    goto fz_back%d; @E\n%s",
		   exit_code (c, SN_CGOTO), l, exit_code (c, SN_CGOTO));
  c->why = "a goto from the exit part back before GOTO_TARGET makes a loop around it: an error at the GOTO_TARGET or at the goto (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* switch: a switch in the entry part whose cases reach the target
   and go on to a shared exit part, or a switch enclosing the target.  */
static int
t_switch_valid (struct ctx *c, struct spec *sp)
{
  if (one_in (2))
    sp->entry = str ("%s  switch (acc %% 3u) /* each case reaches the target */\n"
		     "    {\n"
		     "    case 0:\n"
		     "      acc += %uu;\n"
		     "      @T\n"
		     "      break;\n"
		     "    case 1:\n"
		     "      acc *= 3u;\n"
		     "      /* Falls through.  */\n"
		     "    default:\n"
		     "      @T\n"
		     "      break;\n"
		     "    }\n", entry_code (c, SN_ALLOCA | SN_SETJMP), k_small ());
  else
    sp->entry = str ("%s  switch (acc %% 4u) /* the target inside the switch */\n"
		     "    {\n"
		     "    case 0:\n"
		     "      acc += %uu;\n"
		     "      /* Falls through.  */\n"
		     "    default:\n"
		     "      @T\n"
		     "      acc = acc * 3u + 1u;\n"
		     "    }\n", entry_code (c, SN_ALLOCA | SN_SETJMP), k_small ());
  sp->exitc = str ("%s%s", snippet (c, S_SWITCH), exit_code (c, 0));
  c->why = "a switch in either part, or one whose cases each reach the target, loops nowhere (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* switch re-entered: a goto from the exit part back to the switch that
   holds the target.  */
static int
t_switch_reentry (struct ctx *c, struct spec *sp)
{
  int l = label (c);
  sp->top = "  unsigned phase = 0;\n";
  sp->entry = str ("%s fz_top%d:\n"
		   "  switch (phase)\n"
		   "    {\n"
		   "    case 0:\n"
		   "      @T @E\n"
		   "      break;\n"
		   "    default:\n"
		   "      acc += phase;\n"
		   "    }\n", entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO), l);
  sp->exitc = str ("%s  if (++phase < 2u)\n    goto fz_top%d; @E\n",
		   exit_code (c, SN_CGOTO), l);
  c->why = "the exit part goes back to the switch holding GOTO_TARGET: a loop around the target (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* Computed goto choosing the path to the target, in the entry part.  */
static int
t_cgoto_valid (struct ctx *c, struct spec *sp)
{
  int l1 = label (c), l2 = label (c), l3 = label (c);
  if (one_in (2))
    {
      c->has_cgoto = 1;
      sp->entry = str ("%s  {\n"
		       "    void *where = (acc & 1u) ? &&fz_odd%d : &&fz_even%d;\n"
		       "    goto *where;\n"
		       "  fz_odd%d:\n"
		       "    acc += %uu;\n"
		       "    goto fz_go%d;\n"
		       "  fz_even%d:\n"
		       "    acc *= 3u;\n"
		       "  fz_go%d:\n"
		       "    @T\n"
		       "  }\n", entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO),
		       l1, l2, l1, k_small (), l3, l2, l3);
      sp->exitc = exit_code (c, SN_CGOTO);
    }
  else
    {
      int in_exit = one_in (2);
      char *cg = snippet (c, S_CGOTO);
      sp->entry = str ("%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO),
		       in_exit ? "" : cg);
      sp->exitc = in_exit ? str ("%s%s", cg, exit_code (c, SN_CGOTO))
	: one_in (3) ? NULL : exit_code (c, SN_CGOTO);
    }
  c->why = "computed gotos whose labels all lie in the same part stay in that part (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* Computed goto from the exit part back into the entry part
   (interceptor(7), "Local variables").  */
static int
t_cgoto_exit_back (struct ctx *c, struct spec *sp)
{
  int l = label (c);
  c->has_cgoto = 1;
  sp->top = str ("  void *where = &&fz_in%d;\n  unsigned rounds = 0;\n", l);
  sp->entry = str ("%s fz_in%d:\n  acc++;\n  @T @E\n",
		   entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO), l);
  sp->exitc = str ("%s  if (rounds++ < 2u)\n    goto *where; @E\n",
		   exit_code (c, SN_CGOTO));
  c->why = "a computed goto from the exit part back into the entry part is a loop around GOTO_TARGET (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* setjmp and longjmp both in the entry part: transparent, or an exit
   part that calls nothing.  */
static int
t_setjmp_entry (struct ctx *c, struct spec *sp)
{
  sp->entry = str ("%s%s", entry_code (c, SN_ALLOCA), snippet (c, S_SETJMP));
  if (one_in (2))
    sp->exitc = NULL;
  else
    sp->exitc = str ("  acc = acc * %uu + 1u; /* no call in the exit part */\n", k_small ());
  c->why = "setjmp and longjmp both in the entry part; the exit part (if any) calls nothing, so nothing can jump back into the dead entry part";
  return 0;
}

static int
t_setjmp_exit (struct ctx *c, struct spec *sp)
{
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP);
  sp->exitc = str ("%s%s%s", exit_code (c, 0), snippet (c, S_SETJMP), exit_code (c, 0));
  c->why = "setjmp and longjmp both in the exit part";
  return 0;
}

/* setjmp in the entry part of a body whose exit part calls something
   (a longjmp from there would re-enter the entry part after the
   target).  */
static int
t_setjmp_entry_exit_call (struct ctx *c, struct spec *sp)
{
  static const char *const fns[] = { "setjmp", "_setjmp", "sigsetjmp" };
  const char *fn = PICK (fns);
  int sig = !strcmp (fn, "sigsetjmp");
  sp->top = str ("  %s jb;\n  volatile int back = 0;\n", sig ? "sigjmp_buf" : "jmp_buf");
  sp->entry = str ("%s  if (%s (jb%s) != 0) @E\n    acc += 100u;\n%s",
		   entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO), fn,
		   sig ? ", 1" : "", entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO));
  if (one_in (2))
    sp->exitc = str ("%s  if (!back++)\n    %s (jb, 1);\n", exit_code (c, SN_SETJMP),
		     sig ? "siglongjmp" : "fz_jump");
  else
    sp->exitc = str ("  acc = fz_mix (acc); /* a call: it could longjmp */\n%s",
		     exit_code (c, SN_SETJMP));
  c->why = "setjmp in the entry part of a body whose exit part calls functions: a longjmp back would re-enter the dead entry part (interceptor(7), \"Local variables\")";
  return 0;
}

/* alloca in a transparent body or in the exit part.  */
static int
t_alloca_valid (struct ctx *c, struct spec *sp)
{
  if (one_in (2))
    {
      sp->entry = str ("%s%s", entry_code (c, 0), snippet (c, S_ALLOCA));
      sp->exitc = NULL;
    }
  else
    {
      sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP);
      sp->exitc = str ("%s%s", snippet (c, S_ALLOCA), exit_code (c, 0));
    }
  c->why = "alloca memory used within the part that allocated it: a transparent body's entry part or the exit part";
  return 0;
}

/* alloca in the entry part of a body with an exit part: the memory
   dies with the entry part's frame (interceptor(7), "Local
   variables").  */
static int
t_alloca_entry (struct ctx *c, struct spec *sp)
{
  static const char *const fns[] = { "alloca (64)", "__builtin_alloca (64)",
				     "__builtin_alloca_with_align (64, 64)" };
  int use_in_exit = one_in (2);
  sp->top = "  unsigned char *mem;\n";
  sp->entry = str ("%s  mem = (unsigned char *) %s; @E\n  memset (mem, 1, 64);\n%s",
		   entry_code (c, SN_ALLOCA | SN_SETJMP), PICK (fns),
		   entry_code (c, SN_ALLOCA | SN_SETJMP));
  sp->exitc = str ("%s%s", exit_code (c, 0),
		   use_in_exit ? "  acc += mem[acc % 64u];\n" : "");
  c->why = "alloca in the entry part of a body with an exit part: the memory ends with the entry part's frame (interceptor(7), \"Local variables\")";
  return 0;
}

/* Variable-length arrays and variably modified types.  */
static int
t_vla (struct ctx *c, struct spec *sp)
{
  static const char *const decls[] = {
    "    unsigned vla[n]; @E\n    vla[0] = acc;\n    acc += vla[0];\n",
    "    unsigned (*pv)[n] = 0; @E\n    acc += (unsigned) (pv == 0);\n",
    "    typedef unsigned fz_vt[n]; @E\n    acc += (unsigned) sizeof (fz_vt);\n",
    "    unsigned (*pv)[n][2] = 0; @E\n    acc += (unsigned) (pv != 0);\n",
    "    unsigned grid[2][n]; @E\n    grid[0][0] = acc;\n    acc = grid[0][0];\n",
  };
  char *d = str ("  {\n    unsigned n = acc %% 5u + 1u;\n%s  }\n",
		 c->cxx ? decls[rnd (2) ? 0 : 4] : PICK (decls));
  int where = rnd (3);
  sp->entry = str ("%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP), where == 0 ? d : "");
  sp->exitc = where == 1 ? str ("%s%s", d, exit_code (c, 0))
    : where == 2 ? NULL : exit_code (c, 0);
  if (where == 2)
    sp->entry = str ("%s%s", entry_code (c, 0), d);
  c->why = "variable-length arrays and variably modified types in a body: their hidden sizes live outside the frame record (interceptor(7), \"Local variables\")";
  return 0;
}

/* Compound literals whose addresses the exit part uses.  */
static int
t_clit_cross (struct ctx *c, struct spec *sp)
{
  sp->entry = str ("%s  unsigned *clp = (unsigned[]) { acc, acc * 2u, %uu };\n"
		   "  struct fz_pt *pp = &(struct fz_pt) { acc + 1u, %uu };\n%s",
		   entry_code (c, SN_ALLOCA | SN_SETJMP), k_small (), k_small (),
		   entry_code (c, SN_ALLOCA | SN_SETJMP));
  sp->exitc = str ("%s  acc += clp[0] + clp[1] * clp[2] + pp->x * pp->y;\n"
		   "  clp[1]++;\n"
		   "  acc += clp[1];\n%s", exit_code (c, 0), exit_code (c, 0));
  c->why = "compound literals of the entry part are locals of the body: their addresses stay valid in the exit part (interceptor(7), \"Local variables\")";
  return 0;
}

/* GNU C nested functions (C only).  */
static int
t_nested (struct ctx *c, struct spec *sp)
{
  const char *fn = str ("  unsigned fz_nested (unsigned x) @E\n"
			"  {\n"
			"    return x + acc;\n"
			"  }\n");
  int where = rnd (3);
  sp->entry = str ("%s%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP),
		   where == 0 ? fn : "", where == 0 ? "  acc = fz_nested (3u);\n" : "");
  sp->exitc = where == 1 ? str ("%s%s  acc = fz_nested (5u);\n", exit_code (c, 0), fn)
    : where == 2 ? NULL : exit_code (c, 0);
  if (where == 2)
    sp->entry = str ("%s%s", entry_code (c, 0), fn);
  c->why = "a nested function in a body: its static chain would point at the machine stack, not at the frame record (interceptor(7), \"Local variables\")";
  return 0;
}

/* Statement expressions holding GOTO_TARGET or GOTO_RETURN.  */
static int
t_stmtexpr_macro (struct ctx *c, struct spec *sp)
{
  if (one_in (2))
    {
      sp->entry = str ("%s  acc += ({ GOTO_TARGET (real_op); 1u; }); @E\n",
		       entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO));
      sp->exitc = exit_code (c, SN_CGOTO);
    }
  else
    {
      sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
      sp->exitc = str ("%s  acc += ({ if (acc == 1u) GOTO_RETURN (); 2u; }); @E\n",
		       exit_code (c, SN_CGOTO));
    }
  c->why = "GOTO_TARGET and GOTO_RETURN must stand as statements of their own, not inside a statement expression (interceptor(7), DIAGNOSTICS)";
  return 0;
}

static int
t_stmtexpr_valid (struct ctx *c, struct spec *sp)
{
  sp->entry = str ("%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP), snippet (c, S_STMTEXPR));
  sp->exitc = str ("%s%s", snippet (c, S_STMTEXPR), exit_code (c, 0));
  c->why = "statement expressions without the macros are ordinary code";
  return 0;
}

/* Names given through macros.  */
static int
t_name_macro (struct ctx *c, struct spec *sp)
{
  switch (rnd (3))
    {
    case 0:
      sp->pre = "#define FZ_NAME fz_op";
      sp->names = "FZ_NAME";
      break;
    case 1:
      sp->pre = "#define FZ_INNER fz_op\n#define FZ_NAME FZ_INNER";
      sp->names = "FZ_NAME";
      break;
    default:
      sp->pre = "#define FZ_OTHER fz_other\n#define FZ_NAME fz_op\nFZ_EXTERN unsigned fz_other (unsigned, unsigned);";
      sp->names = one_in (2) ? "FZ_OTHER, FZ_NAME" : "FZ_NAME, FZ_OTHER";
      break;
    }
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP);
  sp->exitc = one_in (3) ? NULL : exit_code (c, 0);
  c->why = "names that are object-like macros are expanded, as in a call (interceptor(3), INTERCEPTOR)";
  return 0;
}

/* C++ keywords are plain identifiers in C.  */
static int
t_name_cxx_word_in_c (struct ctx *c, struct spec *sp)
{
  static const char *const words[] = { "new", "class", "delete", "this", "template",
				       "try", "catch", "namespace", "operator", "private" };
  sp->callname = PICK (words);
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP);
  sp->exitc = one_in (3) ? NULL : exit_code (c, 0);
  c->why = "a C++ keyword is a plain identifier in C: a function name a C unit may define (interceptor(7), INTERCEPTOR)";
  return 0;
}

/* Names that are not plain identifiers of a function the unit may
   define.  */
static int
t_name_bad (struct ctx *c, struct spec *sp)
{
  static const char *const cwords[] = { "int", "while", "return", "sizeof", "_Bool", "static", "double" };
  static const char *const cxxwords[] = { "new", "class", "delete", "this", "template", "int", "operator", "typename", "namespace" };
  static const char *const numbers[] = { "123", "0x1f", "1e5", "7ull", "0" };
  static const char *const puncts[] = { "fz.a", "fz-a", "fz a", "\"fz_a\"", "fz+1", "&fz_a", "fz_a[1]", "(fz_a)", "fz_a()" };
  const char *bad, *kind;
  int later = one_in (2);

  switch (rnd (3))
    {
    case 0:
      bad = c->cxx ? PICK (cxxwords) : PICK (cwords);
      kind = "a keyword";
      break;
    case 1:
      bad = PICK (numbers);
      kind = "a number";
      break;
    default:
      bad = c->cxx && one_in (4) ? "fz::a" : PICK (puncts);
      kind = "not an identifier";
      break;
    }
  sp->names = later ? str ("fz_op, %s", bad) : str ("%s, fz_op", bad);
  sp->mark = 1;
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  c->why = str ("the name '%s' is %s, not a plain identifier of a function (interceptor(7), INTERCEPTOR)", bad, kind);
  return 0;
}

/* Names of things declared before (or after) as something else.  */
static int
t_name_declared (struct ctx *c, struct spec *sp)
{
  static const char *const decls[] = {
    "extern int fz_thing;", "static unsigned fz_thing;", "int fz_thing = 3;",
    "typedef int fz_thing;", "static unsigned fz_thing (unsigned);",
    "enum { fz_thing = 4 };", "struct fz_s { int a; } fz_thing;",
  };
  static const char *const later_defs[] = {
    "int fz_thing = 7; @E",
    "unsigned fz_thing (unsigned a) @E\n{\n  return a;\n}",
  };
  int later = one_in (4);
  if (later)
    sp->post = PICK (later_defs);
  else
    sp->pre = PICK (decls);
  sp->names = one_in (2) ? "fz_thing" : one_in (2) ? "fz_op, fz_thing" : "fz_thing, fz_op";
  sp->mark = 1;
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  c->why = later ? "the translation unit also defines the name as something else: two definitions of one symbol (interceptor-plugin(7), DIAGNOSTICS)"
    : "the name was declared before as a variable, typedef, static function or enumerator: not a function name the unit may define (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* The same name twice.  */
static int
t_twice (struct ctx *c, struct spec *sp)
{
  switch (rnd (3))
    {
    case 0:
      sp->names = "fz_op, fz_op";
      sp->mark = 1;
      c->why = "one name twice in one INTERCEPTOR: a name may appear in one INTERCEPTOR only, once (interceptor(3), INTERCEPTOR)";
      break;
    case 1:
      sp->post = "INTERCEPTOR (fz_op) @E\n{\n  GOTO_TARGET (real_op);\n}\n";
      c->why = "INTERCEPTOR twice with the same name: the second is the error (interceptor(3), INTERCEPTOR)";
      break;
    default:
      sp->post = "FZ_EXTERN unsigned fz_b (unsigned, unsigned);\n\nINTERCEPTOR (fz_b, fz_op) @E\n{\n  GOTO_TARGET (real_op);\n  GOTO_RETURN ();\n}\n";
      c->why = "a name intercepted by two INTERCEPTORs (interceptor(3), INTERCEPTOR)";
      break;
    }
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  return 0;
}

/* INTERCEPTOR at block scope, in a class (C++), as a declaration
   without a body, with storage classes or attributes before it.  */
static int
t_placement (struct ctx *c, struct spec *sp)
{
  int v = rnd (c->cxx ? 6 : 5);
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  switch (v)
    {
    case 0:
      sp->post = "static void\nfz_setup (void)\n{\n  INTERCEPTOR (fz_inner) @E\n  { @E\n    GOTO_TARGET (real_op);\n  }\n}\n";
      c->why = "INTERCEPTOR at block scope: interceptors are file-scope definitions (interceptor(3), INTERCEPTOR); the compiler may see the misuse at the brace";
      break;
    case 1:
      sp->post = "INTERCEPTOR (fz_nobody); @E\n";
      c->why = "INTERCEPTOR not followed by a body (interceptor(3), INTERCEPTOR: the body is a compound statement)";
      break;
    case 2:
      sp->post = "INTERCEPTOR (fz_nobody) @E\nstatic int fz_after; @E\n";
      c->why = "INTERCEPTOR followed by a declaration instead of a body (the error may come at the next line)";
      break;
    case 3:
      sp->lead = "inline ";
      c->why = "inline before INTERCEPTOR: the stubs are functions of their own and the body is never inlined (interceptor(3), INTERCEPTOR)";
      break;
    case 4:
      sp->lead = "static ";
      c->why = "static before INTERCEPTOR: the stubs are global (interceptor(3), INTERCEPTOR)";
      break;
    default:
      sp->post = "struct fz_holder\n{\n  INTERCEPTOR (fz_member) @E\n  {\n    GOTO_TARGET (real_op);\n  }\n};\n";
      c->why = "INTERCEPTOR inside a class: interceptors are namespace-scope definitions";
      break;
    }
  if (v == 3 || v == 4)
    sp->mark = 1;
  return 0;
}

/* What may stand before INTERCEPTOR besides MAX_RECURSION and
   INTERCEPTOR_STRICT (interceptor(3), INTERCEPTOR): extern (the stubs'
   own linkage), __attribute__ ((weak)) (weak stubs) and attributes of
   the body.  */
static int
t_prefix_valid (struct ctx *c, struct spec *sp)
{
  static const char *const leads[] = {
    "extern ", "__attribute__ ((weak)) ", "__attribute__ ((weak))\n",
    "__attribute__ ((cold)) ", "__attribute__ ((optimize (\"O1\")))\n",
    "extern __attribute__ ((weak, cold)) "
  };
  sp->lead = PICK (leads);
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  c->why = "extern, weak and the body's attributes before INTERCEPTOR (interceptor(3), INTERCEPTOR)";
  return 0;
}

/* MAX_RECURSION with valid arguments: the limit is exactly what main
   recurses to.  */
static int
t_maxrec_valid (struct ctx *c, struct spec *sp)
{
  int n = rnd (5);
  int v = rnd (c->cxx ? 8 : 5);
  const char *strict = one_in (5) ? (one_in (2) ? "INTERCEPTOR_STRICT " : "INTERCEPTOR_STRICT\n") : "";
  const char *arg;

  switch (v)
    {
    case 0:
      arg = str ("%d", n);
      break;
    case 1:
      sp->pre = str ("enum { FZ_LIMIT = %d };", n);
      arg = "FZ_LIMIT";
      break;
    case 2:
      arg = str ("(%d + 0 * sizeof (int))", n);
      break;
    case 3:
      sp->pre = str ("#undef INTERCEPTOR_MAX_RECURSION\n#define INTERCEPTOR_MAX_RECURSION %d", n);
      arg = NULL;
      break;
    case 4:
      arg = "100000";
      n = 20;
      break;
    case 5:
      sp->pre = str ("struct fz_lim { static constexpr int v = %d; };", n);
      arg = "fz_lim::v";
      break;
    case 6:
      sp->pre = "template <int N> struct fz_tl { static const int v = N; };";
      arg = str ("fz_tl<%d>::v", n);
      break;
    default:
      sp->pre = str ("static constexpr int\nfz_limit ()\n{\n  return %d;\n}", n);
      arg = "fz_limit ()";
      break;
    }
  sp->lead = arg ? str ("MAX_RECURSION (%s)\n%s", arg, strict) : strict;
  if (arg && one_in (3) && *strict)
    sp->lead = str ("%sMAX_RECURSION (%s)\n", strict, arg);
  sp->rec = n;
  /* No 64 KiB locals: 21 nested invocations of them would not fit in
     the 1 MiB invocation stack.  */
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_BIG);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_BIG);
  c->why = "MAX_RECURSION (n) with a non-negative integer constant expression allows n nested re-entries (interceptor(3), MAX_RECURSION)";
  return 0;
}

/* MAX_RECURSION misused.  */
static int
t_maxrec_bad (struct ctx *c, struct spec *sp)
{
  static const char *const cargs[] = { "-1", "(-3)", "(0 - 2)", "fz_limit_var", "fz_mix (1u)",
				       "", "4294967296", "0x100000000000", "1.5", "2.0", "\"2\"",
				       "FZ_NEG" };
  static const char *const follow[] = {
    "static unsigned\nfz_plain (unsigned x)\n{\n  return x;\n}\n",
    "unsigned fz_decl (unsigned);\n",
    "static unsigned fz_var;\n",
    "typedef unsigned fz_type;\n",
    "struct fz_str { int a; };\n",
  };
  int v = rnd (4);
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  switch (v)
    {
    case 0:
      {
	const char *a = PICK (cargs);
	sp->pre = "static unsigned fz_limit_var = 2;\nenum { FZ_NEG = -2 };";
	sp->lead = str ("MAX_RECURSION (%s) @E\n", a);
	c->why = str ("MAX_RECURSION (%s): the limit must be a non-negative integer constant expression that fits (interceptor(3), MAX_RECURSION; the error belongs at the MAX_RECURSION line)", a);
	break;
      }
    case 1:
      sp->lead = str ("MAX_RECURSION (1) @E\nMAX_RECURSION (%d) @E\n", rnd (4));
      c->why = "MAX_RECURSION given twice (interceptor-plugin(7), DIAGNOSTICS)";
      break;
    case 2:
      sp->post = str ("MAX_RECURSION (%d) @E\n%s", 1 + rnd (3), PICK (follow));
      c->why = "MAX_RECURSION not followed by INTERCEPTOR: an error at the MAX_RECURSION line (interceptor(7), DIAGNOSTICS)";
      break;
    default:
      sp->tail = str ("MAX_RECURSION (%d) @E\n", 1 + rnd (3));
      c->why = "MAX_RECURSION followed by nothing (interceptor(7), DIAGNOSTICS)";
      break;
    }
  return 0;
}

/* C++: MAX_RECURSION () empty.  (In C, t_maxrec_bad has it.)  */
static int
t_maxrec_empty_cxx (struct ctx *c, struct spec *sp)
{
  sp->lead = "MAX_RECURSION () @E\n";
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  c->why = "MAX_RECURSION () without a limit (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* The typed accessors misused (C).  */
static int
t_accessor_bad (struct ctx *c, struct spec *sp)
{
  static const char *const in_entry[] = {
    "  acc += (unsigned) INTERCEPTED_ARG (int, 1.5); @E\n",
    "  (void) INTERCEPTED_ARG (int[2], 0); @E\n",
    "  (void) INTERCEPTED_ARG (int (int), 0); @E\n",
    "  acc += INTERCEPTED_ARG (struct fz_pt, 0).x; @E\n",
    "  acc += (unsigned) __real__ INTERCEPTED_ARG (_Complex double, 0); @E\n",
    "  acc += (unsigned) INTERCEPTED_ARG (__int128, 0); @E\n",
    "  acc += (unsigned) INTERCEPTED_ARG (int, -1); @E\n",
    "  acc += (unsigned) INTERCEPTED_ARG (int, acc & 1u); @E\n",
    "  INTERCEPTED_SET_ARG (struct fz_pt, 0, ((struct fz_pt) { 1u, 2u })); @E\n",
    "  INTERCEPTED_SET_ARG (int, 0.5, 3); @E\n",
    "  INTERCEPTED_SET_RETURN (int[2], 0); @E\n",
  };
  static const char *const in_exit[] = {
    "  acc += INTERCEPTED_ARG (unsigned, 0); @E\n",
    "  INTERCEPTED_SET_ARG (unsigned, 1, 4u); @E\n",
    "  acc += INTERCEPTED_RETURN (struct fz_pt).x; @E\n",
    "  (void) INTERCEPTED_RETURN (unsigned[4]); @E\n",
    "  INTERCEPTED_SET_RETURN (_Complex float, 1.0f); @E\n",
  };
  int v = rnd (5);
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = exit_code (c, SN_CGOTO);
  switch (v)
    {
    case 0:
    case 1:
      sp->entry = str ("%s%s", sp->entry, PICK (in_entry));
      c->why = "INTERCEPTED_ARG and friends need an integer constant index within the prototype and a scalar type (interceptor(3), INTERCEPTED_ARG)";
      break;
    case 2:
      if (one_in (2))
	{
	  sp->top = "  INTERCEPTOR_PROTOTYPE (unsigned, unsigned);\n";
	  sp->entry = str ("%s  acc += INTERCEPTED_ARG (unsigned, %d); @E\n", sp->entry, 2 + rnd (3));
	  c->why = "an index beyond INTERCEPTOR_PROTOTYPE (interceptor(3), INTERCEPTED_ARG)";
	}
      else
	{
	  sp->exitc = str ("%s%s", sp->exitc, PICK (in_exit));
	  c->why = "INTERCEPTED_ARG in the exit part, or INTERCEPTED_RETURN with a non-scalar type (interceptor(3))";
	}
      break;
    case 3:
      sp->post = one_in (2)
	? "static unsigned\nfz_helper (void)\n{\n  return INTERCEPTED_ARG (unsigned, 0); @E\n}\n"
	: "static void\nfz_helper (void)\n{\n  INTERCEPTED_SET_RETURN (unsigned, 1u); @E\n}\n";
      c->why = "a typed accessor in a helper function, outside any body (interceptor(7), DIAGNOSTICS)";
      break;
    default:
      /* Not sizeof (INTERCEPTED_RETURN (unsigned)): an operand that is
	 not evaluated runs nothing, and is valid anywhere.  */
      sp->pre = "static unsigned *fz_p = &INTERCEPTED_ARG (unsigned, 0); @E";
      c->why = "a typed accessor at file scope (interceptor(7), DIAGNOSTICS)";
      break;
    }
  return 0;
}

/* The accessors do not exist in C++.  */
static int
t_accessor_cxx (struct ctx *c, struct spec *sp)
{
  static const char *const uses[] = {
    "  acc += INTERCEPTED_ARG (unsigned, 0); @E\n",
    "  INTERCEPTOR_PROTOTYPE (unsigned, unsigned); @E\n",
    "  INTERCEPTOR_CONVENTION (sysv_abi); @E\n",
  };
  sp->entry = str ("%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO), PICK (uses));
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  c->why = "the typed accessors, INTERCEPTOR_PROTOTYPE and INTERCEPTOR_CONVENTION are C only (interceptor(3))";
  return 0;
}

/* INTERCEPTOR_PROTOTYPE misused.  */
static int
t_prototype_bad (struct ctx *c, struct spec *sp)
{
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  switch (rnd (4))
    {
    case 0:
      sp->top = "  INTERCEPTOR_PROTOTYPE (unsigned, unsigned);\n  INTERCEPTOR_PROTOTYPE (unsigned, double); @E\n";
      c->why = "INTERCEPTOR_PROTOTYPE twice in one body";
      break;
    case 1:
      sp->pre = "INTERCEPTOR_PROTOTYPE (unsigned, unsigned); @E";
      c->why = "INTERCEPTOR_PROTOTYPE at file scope, outside a body (interceptor(7), DIAGNOSTICS)";
      break;
    case 2:
      sp->top = "  INTERCEPTOR_PROTOTYPE (); @E\n";
      c->why = "INTERCEPTOR_PROTOTYPE names 1 to 32 types (interceptor(3))";
      break;
    default:
      sp->top = "  INTERCEPTOR_PROTOTYPE (int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int); @E\n";
      c->why = "INTERCEPTOR_PROTOTYPE names 1 to 32 types; this one 33 (interceptor(3))";
      break;
    }
  return 0;
}

/* INTERCEPTOR_CONVENTION misused.  */
static int
t_convention_bad (struct ctx *c, struct spec *sp)
{
  static const char *const unknown[] = { "vectorcall", "pascal", "fz_conv", "", "ms_abi, sysv_abi" };
  static const char *const foreign64[] = { "stdcall", "fastcall", "thiscall", "regparm (2)", "sseregparm" };
  static const char *const foreign32[] = { "ms_abi", "sysv_abi", "regparm (9)", "regparm (-1)",
					   "fastcall, regparm (2)", "thiscall, regparm (1)",
					   "fastcall, thiscall" };
  const char *conv;
  int v = rnd (3);
  if (v == 0)
    conv = PICK (unknown);
  else
    conv = c->m32 ? PICK (foreign32) : PICK (foreign64);
  sp->top = one_in (4) ? str ("  INTERCEPTOR_CONVENTION (%s);\n  INTERCEPTOR_CONVENTION (%s); @E\n",
			      c->m32 ? "cdecl" : "sysv_abi", c->m32 ? "stdcall" : "ms_abi")
    : str ("  INTERCEPTOR_CONVENTION (%s); @E\n", conv);
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  c->why = str ("INTERCEPTOR_CONVENTION must name conventions of this architecture, combined as GCC allows, once; an error even when no accessor uses it (interceptor(3), INTERCEPTOR_CONVENTION)");
  return 0;
}

/* INTERCEPTED_NAME / INTERCEPTED_DEPTH outside a body.  */
static int
t_name_depth_outside (struct ctx *c, struct spec *sp)
{
  const char *m = one_in (2) ? "INTERCEPTED_NAME" : "INTERCEPTED_DEPTH";
  int name = m[12] == 'N';
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  /* Not INTERCEPTED_DEPTH in a file-scope initializer of C: the
     compiler rejects its value as not constant, but reports it inside
     the header (interceptor(7), BUGS).  */
  if (one_in (2) && (name || c->cxx))
    sp->pre = name ? "static const char *fz_n = INTERCEPTED_NAME; @E"
      : "static unsigned fz_d = INTERCEPTED_DEPTH; @E";
  else
    sp->post = name ? "static __attribute__ ((unused)) const char *\nfz_helper (void)\n{\n  return INTERCEPTED_NAME; @E\n}\n"
      : "static __attribute__ ((unused)) unsigned\nfz_helper (void)\n{\n  return INTERCEPTED_DEPTH; @E\n}\n";
  c->why = str ("%s outside a body (interceptor(7), DIAGNOSTICS)", m);
  return 0;
}

/* GOTO_TARGET / GOTO_RETURN inside ?: and other expressions.  */
static int
t_conditional (struct ctx *c, struct spec *sp)
{
  static const char *const ent[] = {
    "  (acc & 1u) ? GOTO_TARGET (real_op) : (void) 0; @E\n",
    "  (acc & 1u) ? (void) 0 : GOTO_TARGET (real_op); @E\n",
    "  (void) ((acc & 1u) && (GOTO_TARGET (real_op), 1)); @E\n",
    "  (acc & 1u) ? GOTO_RETURN () : (void) 0; @E\n",
  };
  static const char *const ext[] = {
    "  (acc & 1u) ? GOTO_RETURN () : (void) 0; @E\n",
    "  acc = (acc > 2u) ? (GOTO_RETURN (), 1u) : 2u; @E\n",
  };
  if (one_in (2))
    {
      sp->entry = str ("%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO), PICK (ent));
      sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
    }
  else
    {
      sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
      sp->exitc = str ("%s%s", exit_code (c, SN_CGOTO), PICK (ext));
    }
  c->why = "GOTO_TARGET and GOTO_RETURN inside an expression (?:, &&, comma) instead of as statements (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* Locals too big for the invocation stack (1 MiB per thread).  */
static int
t_huge_local (struct ctx *c, struct spec *sp)
{
  static const char *const sizes[] = { "(2u << 20)", "(4u << 20)", "(16u << 20)", "(1ull << 32)", "(3u << 20) / 2u" };
  const char *sz = PICK (sizes);
  const char *d = one_in (4)
    ? str ("  {\n    struct { unsigned char a[%s]; } hs; @E\n    hs.a[acc %% 8u] = 1;\n    acc += hs.a[acc %% 8u];\n  }\n", sz)
    : str ("  {\n    unsigned char huge[%s]; @E\n    huge[acc %% 8u] = 1;\n    acc += huge[acc %% 8u];\n  }\n", sz);
  int where = rnd (3);
  sp->entry = str ("%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO), where != 1 ? d : "");
  sp->exitc = where == 1 ? str ("%s%s", exit_code (c, SN_CGOTO), d)
    : where == 2 ? NULL : exit_code (c, SN_CGOTO);
  c->why = str ("a local of %s bytes cannot live in the 1 MiB per-thread invocation stack (interceptor(7), \"Local variables\", DIAGNOSTICS)", sz);
  return 0;
}

/* Statics are not in the frame: a big static local is fine.  */
static int
t_big_static (struct ctx *c, struct spec *sp)
{
  sp->entry = str ("%s  {\n    static unsigned char fz_bigs[16u << 20];\n    fz_bigs[acc %% (16u << 20)] = 3;\n    acc += fz_bigs[acc %% (16u << 20)];\n  }\n",
		   entry_code (c, SN_ALLOCA | SN_SETJMP));
  sp->exitc = one_in (3) ? NULL : exit_code (c, 0);
  c->why = "a static local is not in the frame record, whatever its size";
  return 0;
}

/* Over-aligned locals.  */
static int
t_aligned_local (struct ctx *c, struct spec *sp)
{
  static const char *const al[] = { "8192", "16384", "65536", "(1 << 20)" };
  const char *a = PICK (al);
  const char *d = one_in (3)
    ? str ("  {\n    unsigned char ab[16] __attribute__ ((aligned (%s))); @E\n    ab[0] = (unsigned char) acc;\n    acc += ab[0];\n  }\n", a)
    : str ("  {\n    FZ_ALIGNAS (%s) unsigned char ab[16]; @E\n    ab[0] = (unsigned char) acc;\n    acc += ab[0];\n  }\n", a);
  int where = rnd (3);
  sp->entry = str ("%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO), where != 1 ? d : "");
  sp->exitc = where == 1 ? str ("%s%s", exit_code (c, SN_CGOTO), d)
    : where == 2 ? NULL : exit_code (c, SN_CGOTO);
  c->why = str ("a local aligned to %s: more than the supported alignment (4096) (interceptor-plugin(7), DIAGNOSTICS)", a);
  return 0;
}

/* C++: objects with destructors across GOTO_TARGET, and in
   transparent bodies.  */
static int
t_cxx_raii (struct ctx *c, struct spec *sp)
{
  int transparent = one_in (3);
  sp->pre = "#include <string>\n#include <vector>";
  sp->entry = str ("%s  fz_guard held (&g_exit, 0u); /* lives into the exit part */\n"
		   "  std::string s (\"abc\");\n"
		   "  std::vector<unsigned> v (%u, acc);\n"
		   "  acc += (unsigned) s.size () + v[0];\n%s",
		   entry_code (c, SN_ALLOCA | SN_SETJMP), k_small (),
		   entry_code (c, SN_ALLOCA | SN_SETJMP));
  if (!transparent)
    sp->exitc = str ("%s  s += \"d\";\n  v.push_back (acc);\n  acc += (unsigned) s.size () + v.back ();\n%s",
		     exit_code (c, 0), exit_code (c, 0));
  c->why = transparent ? "C++ objects with destructors in a transparent body (README, C++)"
    : "C++ objects with destructors live from the entry part into the exit part and are destroyed at GOTO_RETURN (README, C++)";
  return 0;
}

/* C++ try blocks around the target.  */
static int
t_cxx_try_target (struct ctx *c, struct spec *sp)
{
  sp->entry = str ("%s  try\n    {\n      acc++;\n      @T @E\n    }\n  catch (...)\n    {\n      acc = 0u;\n    }\n",
		   entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO));
  sp->exitc = one_in (2) ? NULL : exit_code (c, SN_CGOTO);
  c->why = "GOTO_TARGET inside a try block: the target runs after the entry part returned (README, C++)";
  return 0;
}

/* C++: lambdas and templates in the body (valid), and the macros in
   a lambda (another function: invalid).  */
static int
t_cxx_lambda_template (struct ctx *c, struct spec *sp)
{
  sp->entry = str ("%s%s%s", entry_code (c, SN_ALLOCA | SN_SETJMP),
		   snippet (c, S_LAMBDA), snippet (c, S_TEMPLATE));
  sp->exitc = one_in (3) ? NULL : str ("%s%s", snippet (c, one_in (2) ? S_LAMBDA : S_TEMPLATE), exit_code (c, 0));
  c->why = "lambdas and templates are ordinary C++ code in a body (README, C++)";
  return 0;
}

static int
t_cxx_macro_in_lambda (struct ctx *c, struct spec *sp)
{
  sp->entry = str ("%s  auto fz_go = [&] () { GOTO_TARGET (real_op); }; @E\n  fz_go ();\n",
		   entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO));
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  c->why = "GOTO_TARGET inside a lambda: the lambda is another function, outside the body (interceptor(7), DIAGNOSTICS)";
  return 0;
}

static int
t_cxx_template_interceptor (struct ctx *c, struct spec *sp)
{
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP | SN_CGOTO);
  sp->exitc = one_in (3) ? NULL : exit_code (c, SN_CGOTO);
  sp->lead = "template <int N> @E\n";
  sp->mark = 1;
  c->why = "INTERCEPTOR as a template: an interceptor is defined at namespace scope, outside templates (interceptor(7), DIAGNOSTICS)";
  return 0;
}

/* -flto: refused at each interceptor.  */
static int
t_lto (struct ctx *c, struct spec *sp)
{
  sp->mark = 1;
  sp->entry = entry_code (c, SN_ALLOCA | SN_SETJMP);
  sp->exitc = one_in (3) ? NULL : exit_code (c, 0);
  /* -flto and -flto -ffat-lto-objects: see pick_flags.  */
  c->why = "files with interceptors cannot be compiled with -flto, fat objects or not (interceptor(7), DIAGNOSTICS, \"Other limits\")";
  return 0;
}

/* ---- Cases with files of their own. ---- */

/* Typed accessors, valid (C): a target with a random signature; the
   body reads arguments, changes some, reads and changes the return
   value (or fakes it), and main compares with direct calls of the
   target with the changed arguments.  */

struct aty
{
  const char *name;
  int fp;			/* floating point */
  int ok32reg;			/* passed in registers by i386 regparm */
};

static const struct aty atys[] = {
  { "int", 0, 1 }, { "unsigned", 0, 1 }, { "long", 0, 1 }, { "unsigned long", 0, 1 },
  { "long long", 0, 0 }, { "short", 0, 1 }, { "unsigned char", 0, 1 },
  { "double", 1, 0 }, { "float", 1, 0 }, { "long double", 1, 0 },
};

static int
t_accessor_valid (struct ctx *c)
{
  static const char *const conv64[] = { "", "", "", "sysv_abi", "ms_abi" };
  static const char *const conv32[] = { "", "", "cdecl", "stdcall", "fastcall", "thiscall", "regparm (1)",
					"regparm (2)", "regparm (3)", "sseregparm", "stdcall, regparm (2)" };
  const char *conv = c->m32 ? PICK (conv32) : PICK (conv64);
  int nargs = 1 + rnd (9), i, ti[10], proto, rd, wr, ret_fp, fault;
  int callee_pop = strstr (conv, "stdcall") || strstr (conv, "fastcall") || strstr (conv, "thiscall");
  const char *rtype;
  struct buf params = { 0, 0, 0 }, ptypes = { 0, 0, 0 }, sum = { 0, 0, 0 };
  long vals[10];

  for (i = 0; i < nargs; i++)
    {
      ti[i] = rnd ((int) (sizeof atys / sizeof atys[0]));
      /* ms_abi refuses long double arguments (interceptor-plugin(7)).  */
      if (!strcmp (conv, "ms_abi") && !strcmp (atys[ti[i]].name, "long double"))
	ti[i] = 0;
      vals[i] = 1 + rnd (100);
      buf_add (&params, "%s%s a%d", i ? ", " : "", atys[ti[i]].name, i);
      buf_add (&ptypes, "%s%s", i ? ", " : "", atys[ti[i]].name);
      buf_add (&sum, " + (long long) a%d * %d", i, 3 + 2 * i);
    }
  /* Without a prototype every earlier argument counts as one integer
     slot, so only use none when all arguments are integers (and the
     convention needs no pop count).  */
  proto = 1;
  if (!callee_pop && one_in (3))
    {
      int allint = 1;
      for (i = 0; i < nargs; i++)
	allint &= !atys[ti[i]].fp && (!c->m32 || strcmp (atys[ti[i]].name, "long long"));
      if (allint)
	proto = 0;
    }
  rd = rnd (nargs);
  wr = rnd (nargs);
  ret_fp = one_in (3);
  rtype = ret_fp ? "double" : "long long";
  fault = one_in (4);
  c->why = "the typed accessors read and change arguments and return values where the convention puts them (interceptor(3), INTERCEPTED_ARG)";

  out ("#include <interceptor.h>\n#include <stdio.h>\n#include <string.h>\n\n"
       "#define CONV %s\n"
       "static int fails, fault, entries, exits, real_calls;\n"
       "static long double seen;\n\n"
       "extern %s CONV fz_typed (%s);\n\n"
       "__attribute__ ((noipa)) %s CONV\n"
       "real_typed (%s)\n{\n  real_calls++;\n  return (%s) (0%s);\n}\n\n",
       *conv ? str ("__attribute__ ((%s))", conv) : "",
       rtype, ptypes.s, rtype, params.s, rtype, sum.s);
  out ("INTERCEPTOR (fz_typed)\n{\n");
  if (proto)
    out ("  INTERCEPTOR_PROTOTYPE (%s);\n", ptypes.s);
  if (*conv)
    out ("  INTERCEPTOR_CONVENTION (%s);\n", conv);
  out ("  entries++;\n"
       "  seen = INTERCEPTED_ARG (%s, %d);\n"
       "  INTERCEPTED_SET_ARG (%s, %d, INTERCEPTED_ARG (%s, %d) + 2);\n",
       atys[ti[rd]].name, rd, atys[ti[wr]].name, wr, atys[ti[wr]].name, wr);
  if (fault)
    out ("  if (fault)\n    {\n      INTERCEPTED_SET_RETURN (%s, 4242);\n      GOTO_RETURN ();\n    }\n", rtype);
  out ("  GOTO_TARGET (real_typed);\n"
       "  exits++;\n"
       "  INTERCEPTED_SET_RETURN (%s, INTERCEPTED_RETURN (%s) * 2 + 1);\n"
       "  GOTO_RETURN ();\n}\n\n", rtype, rtype);
  out ("int\nmain (void)\n{\n  %s got, want;\n", rtype);
  {
    struct buf args = { 0, 0, 0 }, args2 = { 0, 0, 0 };
    for (i = 0; i < nargs; i++)
      {
	buf_add (&args, "%s(%s) %ld", i ? ", " : "", atys[ti[i]].name, vals[i]);
	buf_add (&args2, "%s(%s) %ld", i ? ", " : "", atys[ti[i]].name, vals[i] + (i == wr ? 2 : 0));
      }
    out ("  want = real_typed (%s) * 2 + 1;\n"
	 "  got = fz_typed (%s);\n"
	 "  if (got != want)\n"
	 "    fails++, fprintf (stderr, \"returned %%Lg, expected %%Lg\\n\", (long double) got, (long double) want);\n"
	 "  if (seen != (long double) (%s) %ld)\n"
	 "    fails++, fprintf (stderr, \"argument %d read as %%Lg, expected %ld\\n\", seen);\n"
	 "  if (entries != 1 || exits != 1 || real_calls != 2)\n"
	 "    fails++, fprintf (stderr, \"%%d entries, %%d exits, %%d target calls; expected 1, 1, 2\\n\", entries, exits, real_calls);\n",
	 args2.s, args.s, atys[ti[rd]].name, vals[rd], rd, vals[rd]);
    /* The read comes before the change: it sees the caller's value.  */
    if (rd == wr)
      out ("  /* (argument %d was read before it was changed) */\n", rd);
    if (fault)
      out ("  fault = 1;\n"
	   "  got = fz_typed (%s);\n"
	   "  if (got != 4242 || real_calls != 2 || exits != 1)\n"
	   "    fails++, fprintf (stderr, \"fault injection: returned %%Lg, %%d target calls, %%d exits\\n\", (long double) got, real_calls, exits);\n",
	   args.s);
    out ("  return fails != 0;\n}\n");
  }
  return 1;
}

/* Many interceptors in one unit.  */
static int
t_many (struct ctx *c)
{
  int n = 200 + rnd (301), i;
  c->why = "hundreds of interceptors in one translation unit";
  out ("#include <interceptor.h>\n#include <stdio.h>\n\n"
       "#ifdef __cplusplus\n# define FZ_EXTERN extern \"C\"\n#else\n# define FZ_EXTERN extern\n#endif\n\n"
       "static unsigned cnt_in[%d], cnt_out[%d];\n"
       "static int fails;\n\n"
       "FZ_EXTERN __attribute__ ((noipa)) unsigned\nreal_m (unsigned a, unsigned b)\n{\n  return a * 3u + b;\n}\n\n", n, n);
  for (i = 0; i < n; i++)
    {
      int exit = (i * 7 + (int) c->seed) % 3 != 0;
      out ("FZ_EXTERN unsigned fz_m%d (unsigned, unsigned);\n"
	   "INTERCEPTOR (fz_m%d)\n{\n  cnt_in[%d]++;\n  GOTO_TARGET (real_m);\n", i, i, i);
      if (exit)
	out ("  cnt_out[%d]++;\n  GOTO_RETURN ();\n", i);
      out ("}\n\n");
    }
  out ("int\nmain (void)\n{\n");
  for (i = 0; i < n; i++)
    {
      int exit = (i * 7 + (int) c->seed) % 3 != 0;
      out ("  if (fz_m%d (%du, 1u) != %du || cnt_in[%d] != 1 || cnt_out[%d] != %d)\n"
	   "    fails++, fprintf (stderr, \"fz_m%d is wrong\\n\");\n",
	   i, i, i * 3 + 1, i, i, exit, i);
    }
  out ("  return fails != 0;\n}\n");
  return 1;
}

/* ---- The table. ---- */

enum kind { STD, OWN };

struct tmpl
{
  const char *name;		/* category/variant */
  enum lang lang;
  int valid;
  int weight;
  int (*fn) (struct ctx *, struct spec *);
  int (*own) (struct ctx *);
  int lto;			/* the flags get -flto */
};

static const struct tmpl templates[] = {
  /* Valid.  */
  { "plain/mixed", BOTH, 1, 12, t_plain, 0, 0 },
  { "loop/in-one-part", BOTH, 1, 6, t_loop_valid, 0, 0 },
  { "loop/goto-return-in-exit-loop", BOTH, 1, 2, t_loop_return_in_loop, 0, 0 },
  { "switch/valid", BOTH, 1, 4, t_switch_valid, 0, 0 },
  { "computed-goto/one-part", BOTH, 1, 4, t_cgoto_valid, 0, 0 },
  { "setjmp/entry", BOTH, 1, 3, t_setjmp_entry, 0, 0 },
  { "setjmp/exit", BOTH, 1, 3, t_setjmp_exit, 0, 0 },
  { "alloca/transparent-or-exit", BOTH, 1, 3, t_alloca_valid, 0, 0 },
  { "compound-literal/across", C, 1, 3, t_clit_cross, 0, 0 },
  { "stmt-expr/valid", BOTH, 1, 2, t_stmtexpr_valid, 0, 0 },
  { "name/macro", BOTH, 1, 3, t_name_macro, 0, 0 },
  { "name/cxx-keyword-in-c", C, 1, 2, t_name_cxx_word_in_c, 0, 0 },
  { "max-recursion/valid", BOTH, 1, 5, t_maxrec_valid, 0, 0 },
  { "placement/prefix-valid", BOTH, 1, 2, t_prefix_valid, 0, 0 },
  { "local/big-static", BOTH, 1, 1, t_big_static, 0, 0 },
  { "accessor/valid", C, 1, 6, 0, t_accessor_valid, 0 },
  { "cxx/raii", CXX, 1, 3, t_cxx_raii, 0, 0 },
  { "cxx/lambda-template", CXX, 1, 2, t_cxx_lambda_template, 0, 0 },
  { "many/interceptors", BOTH, 1, 1, 0, t_many, 0 },
  /* Invalid.  */
  { "loop/target-in-loop", BOTH, 0, 4, t_loop_target_in, 0, 0 },
  { "loop/exit-goto-back", BOTH, 0, 3, t_loop_exit_back, 0, 0 },
  { "switch/reentry", BOTH, 0, 2, t_switch_reentry, 0, 0 },
  { "computed-goto/exit-back", BOTH, 0, 3, t_cgoto_exit_back, 0, 0 },
  { "setjmp/entry-exit-calls", BOTH, 0, 3, t_setjmp_entry_exit_call, 0, 0 },
  { "alloca/entry-with-exit", BOTH, 0, 3, t_alloca_entry, 0, 0 },
  { "vla/vm-type", BOTH, 0, 4, t_vla, 0, 0 },
  { "nested-function/c", C, 0, 2, t_nested, 0, 0 },
  { "stmt-expr/macro-inside", BOTH, 0, 2, t_stmtexpr_macro, 0, 0 },
  { "name/not-a-function-name", BOTH, 0, 5, t_name_bad, 0, 0 },
  { "name/declared-otherwise", BOTH, 0, 4, t_name_declared, 0, 0 },
  { "name/twice", BOTH, 0, 3, t_twice, 0, 0 },
  { "placement/scope-body-attrs", BOTH, 0, 5, t_placement, 0, 0 },
  { "max-recursion/bad", BOTH, 0, 6, t_maxrec_bad, 0, 0 },
  { "max-recursion/empty", CXX, 0, 1, t_maxrec_empty_cxx, 0, 0 },
  { "accessor/bad", C, 0, 6, t_accessor_bad, 0, 0 },
  { "accessor/in-cxx", CXX, 0, 1, t_accessor_cxx, 0, 0 },
  { "prototype/bad", C, 0, 2, t_prototype_bad, 0, 0 },
  { "convention/bad", C, 0, 3, t_convention_bad, 0, 0 },
  { "name-depth/outside", BOTH, 0, 2, t_name_depth_outside, 0, 0 },
  { "conditional/macro-in-expr", BOTH, 0, 3, t_conditional, 0, 0 },
  { "local/huge", BOTH, 0, 3, t_huge_local, 0, 0 },
  { "local/over-aligned", BOTH, 0, 3, t_aligned_local, 0, 0 },
  { "cxx/try-target", CXX, 0, 2, t_cxx_try_target, 0, 0 },
  { "cxx/macro-in-lambda", CXX, 0, 1, t_cxx_macro_in_lambda, 0, 0 },
  { "cxx/template-interceptor", CXX, 0, 1, t_cxx_template_interceptor, 0, 0 },
  { "lto/flto", BOTH, 0, 2, t_lto, 0, 1 },
};
#define NTEMPLATES ((int) (sizeof templates / sizeof templates[0]))

/* ---- Flags. ---- */

static void
pick_flags (struct ctx *c, const struct tmpl *t)
{
  static const char *const opts[] = { "-O0", "-O1", "-O2", "-O3", "-Os", "-Og" };
  char *f = str ("%s", PICK (opts));

  if (c->m32)
    f = str ("-m32 -msse2 %s", f);	/* sseregparm needs SSE */
  if (one_in (3))
    f = str ("%s -g", f);
  if (one_in (6))
    f = str ("%s -fcf-protection=branch", f);
  if (one_in (8) && (c->cxx ? c->feat_ubsancxx : c->feat_ubsan) && !t->lto)
    f = str ("%s -fsanitize=undefined", f);
  if (t->lto)
    f = str ("%s %s", f, one_in (2) ? "-flto" : "-flto -ffat-lto-objects");
  snprintf (c->flags, sizeof c->flags, "%s", f);
}

/* ---- One case. ---- */

static const struct tmpl *
choose (void)
{
  int total = 0, i, r;
  for (i = 0; i < NTEMPLATES; i++)
    total += templates[i].weight;
  r = rnd (total);
  for (i = 0; i < NTEMPLATES; i++)
    if ((r -= templates[i].weight) < 0)
      return &templates[i];
  abort ();
}

/* The lines of TEXT that carry "@E" (1-based, offset by HEADER
   lines), and TEXT with each marker replaced by a comment.  */
static char *
mark_lines (const char *t, int header, char *lines, size_t size)
{
  int line = 1;
  const char *p;
  size_t used = 0;

  lines[0] = '\0';
  for (p = t; *p; p++)
    {
      if (p[0] == '@' && p[1] == 'E')
	{
	  used += (size_t) snprintf (lines + used, size - used, "%s%d",
				     used ? "," : "", header + line);
	  if (used >= size)
	    abort ();
	}
      if (*p == '\n')
	line++;
    }
  return replace (t, "@E", "/* <- expected error */");
}

static int
count_lines (const char *s)
{
  int n = 0;
  for (; *s; s++)
    n += *s == '\n';
  return n;
}

static void
gen_case (struct ctx *base, int index, const char *dir)
{
  struct ctx c = *base;
  struct spec sp;
  const struct tmpl *t;
  char lines[512], path[4096], *hdr, *body;
  FILE *f;
  int own = 0;

  /* One independent stream per case.  */
  rng_state = base->seed ^ ((uint64_t) index * 0xd1b54a32d192ed03ULL);
  rnd64 ();
  c.index = index;
  t = choose ();
  c.cxx = t->lang == CXX || (t->lang == BOTH && one_in (3));
  c.m32 = (c.cxx ? c.feat_m32cxx : c.feat_m32) && one_in (6);
  c.variant = t->name;
  c.why = "";
  memset (&sp, 0, sizeof sp);
  free (text.s);
  memset (&text, 0, sizeof text);
  pick_flags (&c, t);
  if (t->own)
    own = t->own (&c);
  else
    t->fn (&c, &sp);
  if (!own)
    emit_std (&c, &sp, t->valid);
  if (!text.s)
    abort ();

  /* The header: its length does not depend on the line numbers.  */
  hdr = str ("/* interceptor fuzz case %05d (seed %llu)\n"
	     "   category: %s\n"
	     "   language: %s\n"
	     "   flags: %s\n"
	     "   expect: %%s\n"
	     "   why: %s\n"
	     "   (testsuite/fuzz/gen.c; fuzz.sh compiles it with the plugin and,\n"
	     "   when valid, links it with libinterceptor and runs it.)  */\n\n",
	     index, base->seed, t->name, c.cxx ? "c++" : "c", c.flags, c.why);
  body = mark_lines (text.s, count_lines (hdr), lines, sizeof lines);
  if (t->valid != (lines[0] == '\0'))
    {
      fprintf (stderr, "gen: case %d (%s): %s case with%s error marks\n",
	       index, t->name, t->valid ? "valid" : "invalid", t->valid ? "" : "out");
      exit (1);
    }
  snprintf (path, sizeof path, "%s/case-%05d.%s", dir, index, c.cxx ? "cc" : "c");
  f = fopen (path, "w");
  if (!f)
    {
      perror (path);
      exit (1);
    }
  fprintf (f, hdr, t->valid ? "valid" : str ("error %s", lines));
  fputs (body, f);
  if (fclose (f) != 0)
    {
      perror (path);
      exit (1);
    }
}

int
main (int argc, char **argv)
{
  struct ctx base;
  const char *dir = ".", *features = "";
  int count = 1, first = 0, i;
  int have_seed = 0;

  memset (&base, 0, sizeof base);
  for (i = 1; i < argc; i++)
    {
      const char *a = argv[i];
      if (i + 1 >= argc)
	goto usage;
      if (!strcmp (a, "-s"))
	base.seed = strtoull (argv[++i], NULL, 0), have_seed = 1;
      else if (!strcmp (a, "-n"))
	count = atoi (argv[++i]);
      else if (!strcmp (a, "-f"))
	first = atoi (argv[++i]);
      else if (!strcmp (a, "-o"))
	dir = argv[++i];
      else if (!strcmp (a, "-F"))
	features = argv[++i];
      else
	goto usage;
    }
  if (!have_seed || count < 0 || first < 0)
    goto usage;
  {
    char *fs = str (",%s,", features);
    base.feat_m32 = strstr (fs, ",m32,") != NULL;
    base.feat_m32cxx = strstr (fs, ",m32cxx,") != NULL;
    base.feat_ubsan = strstr (fs, ",ubsan,") != NULL;
    base.feat_ubsancxx = strstr (fs, ",ubsancxx,") != NULL;
  }
  for (i = first; i < first + count; i++)
    gen_case (&base, i, dir);
  return 0;

usage:
  fprintf (stderr, "usage: gen -s SEED -n COUNT [-f FIRST] [-o DIR] [-F m32,m32cxx,ubsan,ubsancxx]\n");
  return 2;
}
