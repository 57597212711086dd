/* strict.h -- shared code of the strict-mode tests (SPEC 3.4), x86_64
   and i386, with strict-snap.S.  Not a test.

   st_prepare (argc, argv) first runs the test binary again once per
   vector path the CPU has (INTERCEPTOR_VECTOR_PATH=sse, avx, avx512:
   the strict trampolines then use FXSAVE, XSAVE(C) without and with
   the AVX-512 components) and for the runtime's default, and fails if
   a child does (../interceptor.run/vecpaths.h); in the child it checks
   that the runtime took the path asked for, then fills
   st_in and st_ret with distinct patterns: every general register,
   RFLAGS with CF PF AF ZF SF OF DF and AC set, an x87 state with a
   non-default control word (rounding down), status word (TOP 5,
   condition codes, sticky exceptions), tag word, opcode, instruction
   and data pointers and eight register contents, MXCSR with rounding
   up, FTZ, DAZ (where the CPU has it) and sticky flags, the vector
   registers at the path's width, the masks.  st_expect_* compare the
   snapshots bit for bit and report every difference.  */

#include <interceptor.h>
#include <cpuid.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "strict-layout.h"
#include "../interceptor.run/vecpaths.h"

struct st_state
{
  unsigned char b[ST_SIZE];
} __attribute__ ((aligned (64)));

extern struct st_state st_in, st_entry, st_ret, st_after;
extern void *st_fn, *st_fn2;
extern int st_level, st_kq, st_cpu;
extern uintptr_t st_before_sp;
extern void st_call (void);
extern void st_target (void);
extern void st_target_pop8 (void);
extern void st_target_tail (void);
extern void st_clobber (void);

#ifdef __x86_64__
# define ST_NGPR 15
static const char *const st_gpr_names[] = {
  "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10",
  "r11", "r12", "r13", "r14", "r15" };
# define ST_NVEC_AVX512 32
# define ST_NVEC 16
#else
# define ST_NGPR 7
static const char *const st_gpr_names[] = {
  "eax", "ebx", "ecx", "edx", "esi", "edi", "ebp" };
# define ST_NVEC_AVX512 8
# define ST_NVEC 8
#endif

static int st_failures;
static int st_x87_pointers;	/* FOP, FIP, FDP observable */
static uint32_t st_seed = 0x9e3779b9u;

static uint32_t
st_rand (void)
{
  st_seed ^= st_seed << 13;
  st_seed ^= st_seed >> 17;
  st_seed ^= st_seed << 5;
  return st_seed;
}

static void
st_fill (unsigned char *p, size_t n)
{
  while (n--)
    *p++ = (unsigned char) st_rand ();
}

static int
st_cpu_level (void)
{
  unsigned int a, b, c, d, lo, hi;

  if (!__get_cpuid (1, &a, &b, &c, &d) || !(c & bit_OSXSAVE) || !(c & bit_AVX))
    return 1;
  __asm__ ("xgetbv" : "=a" (lo), "=d" (hi) : "c" (0));
  if ((lo & 6) != 6)
    return 1;
  if (__get_cpuid_max (0, 0) < 7)
    return 2;
  __cpuid_count (7, 0, a, b, c, d);
  if (!(b & bit_AVX512F) || (lo & 0xe6) != 0xe6)
    return 2;
  st_kq = (b & bit_AVX512BW) != 0;
  return 3;
}

static void
st_make (struct st_state *s, int flags_pattern)
{
  unsigned char *fx = s->b + ST_FX;
  uint32_t mxcsr_mask;
  unsigned char probe[512] __attribute__ ((aligned (16)));

  memset (s, 0, sizeof *s);
  for (int i = 0; i < ST_NGPR; i++)
    {
      uint64_t v = ((uint64_t) st_rand () << 32) | st_rand ();
      if (sizeof (void *) == 4)
	v &= 0xffffffffu;
      memcpy (s->b + ST_GPR + 8 * i, &v, 8);
    }
  /* RFLAGS: bit 1 always set; CF PF AF ZF SF OF, DF, AC.  */
  /* RFLAGS: bit 1 and IF always read as set.  */
  uint64_t fl = 0x202 | 0x1 | 0x4 | 0x10 | 0x40 | 0x80 | 0x800 | 0x400 | 0x40000;
  if (flags_pattern)
    fl = 0x202 | 0x1 | 0x80 | 0x800 | 0x400;	/* CF SF OF DF */
  memcpy (s->b + ST_FLAGS, &fl, 8);

  /* The x87 and MXCSR state, starting from a real image.  */
#ifdef __x86_64__
  __asm__ volatile ("fxsave64 %0" : "=m" (probe));
#else
  __asm__ volatile ("fxsave %0" : "=m" (probe));
#endif
  memcpy (&mxcsr_mask, probe + 28, 4);
  if (mxcsr_mask == 0)
    mxcsr_mask = 0xffbf;
  memcpy (fx, probe, 512);
  uint16_t fcw = flags_pattern ? 0x0f7f : 0x077f;	/* rounding down / toward 0 */
  uint16_t fsw = flags_pattern ? 0x1a21 : 0x6a30;	/* TOP 5 or 3, C3/C1, PE UE */
  uint8_t ftw = flags_pattern ? 0x3c : 0xb7;
  uint16_t fop = (uint16_t) (st_rand () & 0x7ff);
  memcpy (fx + 0, &fcw, 2);
  memcpy (fx + 2, &fsw, 2);
  fx[4] = ftw;
  fx[5] = 0;
  memcpy (fx + 6, &fop, 2);
#ifdef __x86_64__
  uint64_t fip = ((uint64_t) st_rand () << 16) | 0x1234, fdp = st_rand ();
  memcpy (fx + 8, &fip, 8);
  memcpy (fx + 16, &fdp, 8);
#else
  uint32_t fip = st_rand (), fdp = st_rand ();
  memcpy (fx + 8, &fip, 4);
  memcpy (fx + 16, &fdp, 4);
#endif
  uint32_t mxcsr = (0x1f80 | 0x4000 | 0x8000 | 0x0040 | 0x20 | 0x04);
  if (flags_pattern)
    mxcsr = 0x1f80 | 0x6000 | 0x01 | 0x10;
  mxcsr &= mxcsr_mask;
  memcpy (fx + 24, &mxcsr, 4);
  for (int i = 0; i < 8; i++)
    st_fill (fx + 32 + 16 * i, 10);	/* st0-7, 80 bits each */
  /* What the CPU makes of the image after other x87 code ran (fninit):
     AMD CPUs, and Intel ones with FDP_EXCPTN_ONLY, keep FOP, FIP and
     FDP only while an exception is pending, so they read back as 0;
     qemu's fxrstor does not load them at all.  */
  {
    unsigned char keep[512] __attribute__ ((aligned (16)));
    unsigned char canon[512] __attribute__ ((aligned (16)));
#ifdef __x86_64__
    __asm__ volatile ("fxsave64 %0; fxrstor64 %2; fninit; fxrstor64 %2; "
		      "fxsave64 %1; fxrstor64 %0"
		      : "+m" (keep), "=m" (canon) : "m" (*(unsigned char (*)[512]) fx));
#else
    __asm__ volatile ("fxsave %0; fxrstor %2; fninit; fxrstor %2; "
		      "fxsave %1; fxrstor %0"
		      : "+m" (keep), "=m" (canon) : "m" (*(unsigned char (*)[512]) fx));
#endif
    /* Compare FOP, FIP and FDP only where the CPU keeps what fxrstor
       loaded.  */
    st_x87_pointers = memcmp (canon + 6, fx + 6, 18) == 0;
    memcpy (fx, canon, 160);
  }
  /* The vector registers; fxrstor's %xmm fields are overwritten by
     the vector loads anyway.  */
  st_fill (s->b + ST_VEC, 64 * ST_NVEC_AVX512);
  st_fill (s->b + ST_K, 64);
  if (!st_kq)
    for (int i = 0; i < 8; i++)
      memset (s->b + ST_K + 8 * i + 2, 0, 6);
}

static void
st_diff (const char *what, const char *reg, const void *got,
	 const void *want, size_t n)
{
  if (memcmp (got, want, n) == 0)
    return;
  st_failures++;
  fprintf (stderr, "FAIL %s: %s differs:", what, reg);
  for (size_t i = 0; i < n; i++)
    fprintf (stderr, " %02x/%02x", ((const unsigned char *) got)[i],
	     ((const unsigned char *) want)[i]);
  fputc ('\n', stderr);
}

/* Whether snapshot GOT equals WANT in everything strict mode promises
   (every general register but %r11 on x86_64, RFLAGS, the x87 state,
   MXCSR, the vector registers at the path's width and the masks).  */
static void
st_compare (const char *what, const struct st_state *got,
	    const struct st_state *want)
{
  char name[32];
  int nvec = st_level == 3 ? ST_NVEC_AVX512 : ST_NVEC;
  int width = st_level == 3 ? 64 : st_level == 2 ? 32 : 16;

  for (int i = 0; i < ST_NGPR; i++)
    if (!(sizeof (void *) == 8 && i == ST_R11))
      st_diff (what, st_gpr_names[i], got->b + ST_GPR + 8 * i,
	       want->b + ST_GPR + 8 * i, 8);
  st_diff (what, "flags", got->b + ST_FLAGS, want->b + ST_FLAGS, 8);
  st_diff (what, "fcw fsw ftw", got->b + ST_FX, want->b + ST_FX, 5);
  if (st_x87_pointers)
    {
      st_diff (what, "fop", got->b + ST_FX + 6, want->b + ST_FX + 6, 2);
      st_diff (what, "fip", got->b + ST_FX + 8, want->b + ST_FX + 8,
	       sizeof (void *) == 8 ? 8 : 4);
      st_diff (what, "fdp", got->b + ST_FX + 16, want->b + ST_FX + 16,
	       sizeof (void *) == 8 ? 8 : 4);
    }
  st_diff (what, "mxcsr", got->b + ST_FX + 24, want->b + ST_FX + 24, 4);
  for (int i = 0; i < 8; i++)
    {
      snprintf (name, sizeof name, "st%d", i);
      st_diff (what, name, got->b + ST_FX + 32 + 16 * i,
	       want->b + ST_FX + 32 + 16 * i, 10);
    }
  for (int i = 0; i < nvec; i++)
    {
      snprintf (name, sizeof name, "vec%d", i);
      st_diff (what, name, got->b + ST_VEC + 64 * i,
	       want->b + ST_VEC + 64 * i, width);
    }
  if (st_level == 3)
    for (int i = 0; i < 8; i++)
      {
	snprintf (name, sizeof name, "k%d", i);
	st_diff (what, name, got->b + ST_K + 8 * i, want->b + ST_K + 8 * i,
		 st_kq ? 8 : 2);
      }
}

/* What the target saw at entry: the caller's state, its stack pointer
   minus the return address, and (unless RA_ANY) the caller's return
   address.  */
static void
st_expect_entry (const char *what)
{
  uintptr_t sp = 0, ra = 0;

  st_compare (what, &st_entry, &st_in);
  memcpy (&sp, st_entry.b + ST_RSP, sizeof (void *));
  if (sp != st_before_sp - sizeof (void *))
    {
      st_failures++;
      fprintf (stderr, "FAIL %s: target entered with sp %#lx, caller's "
	       "%#lx\n", what, (unsigned long) sp,
	       (unsigned long) st_before_sp);
    }
  (void) ra;
}

/* What the caller got back: WANT, its stack pointer moved up by POP.  */
static void
st_expect_after (const char *what, const struct st_state *want, int pop)
{
  uintptr_t sp = 0;

  st_compare (what, &st_after, want);
  memcpy (&sp, st_after.b + ST_RSP, sizeof (void *));
  if (sp != st_before_sp + pop)
    {
      st_failures++;
      fprintf (stderr, "FAIL %s: caller's sp %#lx after the call, want "
	       "%#lx\n", what, (unsigned long) sp,
	       (unsigned long) (st_before_sp + pop));
    }
}

/* In a body: the ABI's default environment, whatever the caller left.  */
static void
st_check_body_env (const char *where)
{
  unsigned short cw, env[14];
  unsigned int mxcsr;
  unsigned long fl;

  __asm__ volatile ("fnstcw %0" : "=m" (cw));
  __asm__ volatile ("stmxcsr %0" : "=m" (mxcsr));
  __asm__ volatile ("fnstenv %0; fldenv %0" : "=m" (env));
  __asm__ volatile ("pushf; pop %0" : "=r" (fl));
  if (cw != 0x37f || mxcsr != 0x1f80 || (fl & 0x40400) != 0
      || env[4] != 0xffff)
    {
      st_failures++;
      fprintf (stderr, "FAIL %s: body runs with fcw %#x mxcsr %#x flags "
	       "%#lx ftw %#x\n", where, cw, mxcsr, fl, env[4]);
    }
}

/* Work that disturbs every kind of state.  */
static void __attribute__ ((noinline))
st_body_noise (const char *where)
{
  static char src[16384], dst[16384];
  volatile long double x = 3;
  char buf[64];
  FILE *f;

  st_check_body_env (where);
  st_clobber ();
  memset (src, where[0], sizeof src);
  memcpy (dst, src, sizeof dst);
  for (int i = 0; i < 8; i++)
    x = x * x / 7.0L + 0.5L;
  snprintf (buf, sizeof buf, "%s %Lg %d", where, (long double) x, dst[100]);
  f = fopen ("/dev/null", "w");
  if (f)
    {
      fputs (buf, f);
      fclose (f);
    }
  st_clobber ();
}

/* Run this binary again for each vector path the CPU has and for the
   runtime's default (../interceptor.run/vecpaths.h); in a child, check
   the path and set up the patterns for it.  */
static void
st_prepare (int argc, char **argv)
{
  int level;

  vp_run_all_paths (argc, argv, "strict");
  st_cpu = st_cpu_level ();
  level = vp_check_path ("strict");
  if (level < 0)
    {
      st_failures++;
      level = -1 - level;
    }
  st_level = level + 1;		/* 1 sse, 2 avx, 3 avx512 */
  if (st_level < 3)
    st_kq = 0;
  st_make (&st_in, 0);
  st_make (&st_ret, 1);
  fprintf (stderr, "x87 FOP/FIP/FDP: %s\n", st_x87_pointers
	   ? "compared" : "not kept by this CPU, not compared");
}

static int
st_finish (const char *what)
{
  if (st_failures)
    {
      fprintf (stderr, "%s: %d failures\n", what, st_failures);
      return 1;
    }
  return 0;
}
