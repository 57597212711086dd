/* x86/vec-level.h -- the vector save level of the x86 trampolines,
   shared by x86_64/cpu.c and i386/cpu.c.

   The entry trampolines and the return landings save the argument and
   return vector registers at the widest width the CPU and the OS enable:
   1 = SSE (%xmm), 2 = AVX (%ymm), 3 = AVX-512 (%zmm).  The level is
   detected once per process with CPUID/XGETBV and cached in a byte the
   trampolines read; 0 means not yet detected.

   The includer defines ICPT_VEC_LEVEL (the byte) and ICPT_VEC_DETECT
   (the detection function the trampoline calls while the caller's
   vector and x87 registers are live: the including file MUST be
   compiled with -mgeneral-regs-only, and this code calls nothing but
   the diagnostics on a CPU without SSE).

   For testing the narrower paths on a wider CPU, the environment
   variable INTERCEPTOR_VECTOR_PATH=sse|avx|avx512 lowers the level (it
   never raises it).  Vector arguments wider than the chosen path are
   then not preserved: only use it with signatures the narrower CPU
   could have.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#if !defined ICPT_VEC_LEVEL || !defined ICPT_VEC_DETECT \
    || !defined ICPT_XSAVE_KIND || !defined ICPT_XSAVE_MASK \
    || !defined ICPT_XSAVE_SIZE
# error "define ICPT_VEC_LEVEL, ICPT_VEC_DETECT and ICPT_XSAVE_* before including x86/vec-level.h"
#endif
#if defined __SSE__ || defined __x87__ || defined __MMX__
# error "the x86 cpu.c files must be compiled with -mgeneral-regs-only"
#endif

#include <cpuid.h>
#include <stddef.h>
#include <unistd.h>

#define LEVEL_SSE	1
#define LEVEL_AVX	2
#define LEVEL_AVX512	3

/* Read by the trampolines.  */
unsigned char ICPT_VEC_LEVEL INTERCEPTOR_HIDDEN;

/* Read by the strict trampolines (x86_64/strict.S, i386/strict.S), which
   save the whole x87/SSE/AVX/AVX-512 state: the instruction (0 not yet
   detected, 1 FXSAVE, 2 XSAVE, 3 XSAVEC: only the components in use
   are written), the requested-feature bitmap for XSAVE/XSAVEC/XRSTOR
   and the size of the save area (a multiple of 64).  Written before
   ICPT_XSAVE_KIND, which the trampolines test.  */
#define XSAVE_KIND_FXSAVE	1
#define XSAVE_KIND_XSAVE	2
#define XSAVE_KIND_XSAVEC	3
unsigned char ICPT_XSAVE_KIND INTERCEPTOR_HIDDEN;
unsigned int ICPT_XSAVE_MASK INTERCEPTOR_HIDDEN;
unsigned int ICPT_XSAVE_SIZE INTERCEPTOR_HIDDEN;

extern unsigned int ICPT_VEC_DETECT (void) INTERCEPTOR_HIDDEN;

extern char **environ;

/* XCR0 state components.  */
#define XCR0_X87	(1u << 0)
#define XCR0_SSE	(1u << 1)
#define XCR0_AVX	(1u << 2)
#define XCR0_OPMASK	(1u << 5)
#define XCR0_ZMM_HI256	(1u << 6)
#define XCR0_HI16_ZMM	(1u << 7)

static void __attribute__ ((__noreturn__, __noinline__, __cold__))
no_sse (void)
{
  struct __interceptor_msg m;

  m.len = 0;
  __interceptor_msg_str (&m, "interceptor: this CPU lacks SSE or FXSAVE, "
			 "which the runtime needs (Pentium III or later)");
  __interceptor_msg_die (&m);
}

static unsigned int
hardware_level (void)
{
  unsigned int eax, ebx, ecx, edx, xcr0_lo, xcr0_hi;
  unsigned int want;

  /* The trampolines use SSE moves and FXSAVE (Pentium III and later).  */
  if (!__get_cpuid (1, &eax, &ebx, &ecx, &edx)
      || (edx & bit_SSE) == 0 || (edx & bit_FXSAVE) == 0)
    no_sse ();
  if ((ecx & bit_OSXSAVE) == 0 || (ecx & bit_AVX) == 0)
    return LEVEL_SSE;
  __asm__ ("xgetbv" : "=a" (xcr0_lo), "=d" (xcr0_hi) : "c" (0));
  want = XCR0_SSE | XCR0_AVX;
  if ((xcr0_lo & want) != want)
    return LEVEL_SSE;
  if (__get_cpuid_max (0, NULL) < 7)
    return LEVEL_AVX;
  __cpuid_count (7, 0, eax, ebx, ecx, edx);
  want |= XCR0_OPMASK | XCR0_ZMM_HI256 | XCR0_HI16_ZMM;
  if ((ebx & bit_AVX512F) == 0 || (xcr0_lo & want) != want)
    return LEVEL_AVX;
  return LEVEL_AVX512;
}

/* If S starts with PREFIX, return what follows it, else NULL.  */

static const char *
skip_prefix (const char *s, const char *prefix)
{
  while (*prefix != '\0')
    if (*s++ != *prefix++)
      return NULL;
  return s;
}

static int
equal_p (const char *a, const char *b)
{
  while (*a != '\0' && *a == *b)
    a++, b++;
  return *a == *b;
}

/* The level INTERCEPTOR_VECTOR_PATH asks for, or 0.  Reads environ
   directly: getenv is no business of code that must not touch vector
   registers.  */

static unsigned int
requested_level (void)
{
  char **env = environ;
  const char *v = NULL;

  for (; env != NULL && *env != NULL; env++)
    if ((v = skip_prefix (*env, "INTERCEPTOR_VECTOR_PATH=")) != NULL)
      break;
  if (v == NULL)
    return 0;
  if (equal_p (v, "sse"))
    return LEVEL_SSE;
  if (equal_p (v, "avx"))
    return LEVEL_AVX;
  if (equal_p (v, "avx512"))
    return LEVEL_AVX512;
  return 0;
}

/* The save area of the strict trampolines for vector level LEVEL: the
   state components of that level (never AMX tiles, PKRU or
   supervisor state), XSAVEC's compacted format where the CPU has it.  */

static void
detect_xsave (unsigned int level)
{
  unsigned int eax, ebx, ecx, edx, mask, size, i, kind;

  if (level < LEVEL_AVX)
    {
      /* No usable XSAVE (or told to stay on the SSE path): FXSAVE
	 covers x87, MMX, %xmm and MXCSR.  */
      __atomic_store_n (&ICPT_XSAVE_SIZE, 512, __ATOMIC_RELAXED);
      __atomic_store_n (&ICPT_XSAVE_MASK, XCR0_X87 | XCR0_SSE,
			__ATOMIC_RELAXED);
      __atomic_store_n (&ICPT_XSAVE_KIND, XSAVE_KIND_FXSAVE,
			__ATOMIC_RELEASE);
      return;
    }
  mask = XCR0_X87 | XCR0_SSE | XCR0_AVX;
  if (level >= LEVEL_AVX512)
    mask |= XCR0_OPMASK | XCR0_ZMM_HI256 | XCR0_HI16_ZMM;
  __cpuid_count (0xd, 1, eax, ebx, ecx, edx);
  kind = (eax & 2) ? XSAVE_KIND_XSAVEC : XSAVE_KIND_XSAVE;

  /* The legacy area and the header, then each component: at its
     standard offset, or packed in order (64-byte aligned where CPUID
     says so) for the compacted format.  */
  size = 576;
  for (i = 2; i < 32; i++)
    if (mask & (1u << i))
      {
	unsigned int end;

	__cpuid_count (0xd, i, eax, ebx, ecx, edx);
	if (kind == XSAVE_KIND_XSAVEC)
	  {
	    if (ecx & 2)
	      size = (size + 63) & -64u;
	    end = size + eax;
	  }
	else
	  end = ebx + eax;
	if (end > size)
	  size = end;
      }
  size = (size + 63) & -64u;
  __atomic_store_n (&ICPT_XSAVE_SIZE, size, __ATOMIC_RELAXED);
  __atomic_store_n (&ICPT_XSAVE_MASK, mask, __ATOMIC_RELAXED);
  __atomic_store_n (&ICPT_XSAVE_KIND, (unsigned char) kind, __ATOMIC_RELEASE);
}

/* Detect the level, cache it and return it.  Several threads may race
   here; they all compute the same value.  Clobbers only general
   registers.  */

unsigned int
ICPT_VEC_DETECT (void)
{
  unsigned int level = __atomic_load_n (&ICPT_VEC_LEVEL,
					__ATOMIC_RELAXED);
  unsigned int req;

  if (level != 0)
    return level;
  level = hardware_level ();
  req = requested_level ();
  if (req != 0 && req < level)
    level = req;
  detect_xsave (level);
  __atomic_store_n (&ICPT_VEC_LEVEL, (unsigned char) level,
		    __ATOMIC_RELEASE);
  return level;
}

static void __attribute__ ((__constructor__ (101)))
detect_at_load (void)
{
  ICPT_VEC_DETECT ();
}

/* "sse", "avx" or "avx512": which path the trampolines take.  */

const char *
interceptor_vector_path (void)
{
  switch (ICPT_VEC_DETECT ())
    {
    case LEVEL_AVX512:
      return "avx512";
    case LEVEL_AVX:
      return "avx";
    default:
      return "sse";
    }
}
