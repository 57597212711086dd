/* { dg-do run } */
/* Taking the address of a nested function makes GCC build a trampoline
   on the stack, which the linker reports; it is never executed here.  */
/* { dg-prune-output "executable stack" } */
/* The static chain (SPEC 3.1): a caller that passes a static chain
   (%r10 on x86_64, %ecx on i386) to an intercepted name gets it to the
   target unchanged, while the body clobbers that register.

   1. The target is a GNU C nested function that updates a variable of
      the function enclosing it through its static chain.  The caller
      calls the stub through a function pointer with
      __builtin_call_with_static_chain, passing the nested function's own
      chain; the interceptor jumps to the nested function's code.  Both
      the code address and the chain are read out of the trampoline GCC
      builds for the nested function (the trampoline itself, which would
      set the chain register by itself, is never run).
   2. The target is a piece of assembler that returns its argument plus
      the chain register, with an arbitrary chain value.  */

#include <stdint.h>
#include <interceptor.h>
#include "check.h"

extern int chained (int);
extern int chained_x (int);
extern long probe (long);
extern long probe_x (long);

/* The target the interceptors below jump to, set by the caller.  */
static void *volatile chain_target;

/* Destroy the static chain register.  */
#if defined __x86_64__
# define CLOBBER_CHAIN() __asm__ volatile ("movq $-1, %%r10" : : : "r10")
#elif defined __i386__
# define CLOBBER_CHAIN() __asm__ volatile ("movl $-1, %%ecx" : : : "ecx")
#else
# define CLOBBER_CHAIN() ((void) 0)
#endif

INTERCEPTOR (chained, probe)
{
  CLOBBER_CHAIN ();
  fp_noise ();
  CLOBBER_CHAIN ();
  GOTO_TARGET (chain_target);
}

INTERCEPTOR (chained_x, probe_x)
{
  CLOBBER_CHAIN ();
  fp_noise ();
  GOTO_TARGET (chain_target);
  CLOBBER_CHAIN ();
  fp_noise ();
  GOTO_RETURN ();
}

/* long chain_probe (long x): x + the static chain register.  */
extern long chain_probe (long);
#if defined __x86_64__
__asm__ ("	.text\n"
	 "	.p2align 4\n"
	 "	.type chain_probe, @function\n"
	 "chain_probe:\n"
	 "	leaq (%rdi,%r10), %rax\n"
	 "	ret\n"
	 "	.size chain_probe, .-chain_probe\n");
#elif defined __i386__
__asm__ ("	.text\n"
	 "	.p2align 4\n"
	 "	.type chain_probe, @function\n"
	 "chain_probe:\n"
	 "	movl 4(%esp), %eax\n"
	 "	addl %ecx, %eax\n"
	 "	ret\n"
	 "	.size chain_probe, .-chain_probe\n");
#endif

/* What a trampoline does: jump to CODE with CHAIN in the static chain
   register.  */
struct tramp
{
  void *code;
  void *chain;
};

/* Decode the trampoline GCC builds for a nested function (see
   ix86_trampoline_init).  Returns 0 when it looks different.  */
static int
parse_trampoline (const void *p, struct tramp *t)
{
  const unsigned char *b = p;

#if defined __x86_64__ && defined __LP64__
  uint32_t v32;
  uint64_t v64;

  if (b[0] == 0xf3 && b[1] == 0x0f && b[2] == 0x1e && b[3] == 0xfa)
    b += 4;				/* endbr64 */
  if (b[0] == 0x41 && b[1] == 0xbb)	/* movl $code, %r11d */
    {
      memcpy (&v32, b + 2, 4);
      t->code = (void *) (uintptr_t) v32;
      b += 6;
    }
  else if (b[0] == 0x49 && b[1] == 0xbb)	/* movabsq $code, %r11 */
    {
      memcpy (&v64, b + 2, 8);
      t->code = (void *) (uintptr_t) v64;
      b += 10;
    }
  else
    return 0;
  if (b[0] != 0x49 || b[1] != 0xba)	/* movabsq $chain, %r10 */
    return 0;
  memcpy (&v64, b + 2, 8);
  t->chain = (void *) (uintptr_t) v64;
  b += 10;
  return b[0] == 0x49 && b[1] == 0xff && b[2] == 0xe3;	/* jmp *%r11 */
#elif defined __i386__
  uint32_t v32;
  int32_t rel;

  if (b[0] == 0xf3 && b[1] == 0x0f && b[2] == 0x1e && b[3] == 0xfb)
    b += 4;				/* endbr32 */
  if (b[0] != 0xb9)			/* movl $chain, %ecx */
    return 0;
  memcpy (&v32, b + 1, 4);
  t->chain = (void *) (uintptr_t) v32;
  b += 5;
  if (b[0] != 0xe9)			/* jmp code */
    return 0;
  memcpy (&rel, b + 1, 4);
  t->code = (void *) (b + 5 + rel);
  return 1;
#else
  (void) b;
  (void) t;
  return 0;
#endif
}

__attribute__ ((noinline, noclone)) static int
outer (int base)
{
  int acc = base;
  int inner (int x)
  {
    acc += x;
    return acc * 2;
  }
  struct tramp t;
  int (*volatile stub) (int);
  int r;

  if (!parse_trampoline ((void *) inner, &t))
    {
      fprintf (stderr, "static-chain.c: unknown trampoline layout\n");
      abort ();
    }
  chain_target = t.code;

  /* Calling the code with the chain is what the trampoline would do.  */
  stub = chained;
  r = __builtin_call_with_static_chain (stub (5), t.chain);
  CHECK (acc == base + 5);
  CHECK (r == (base + 5) * 2);

  stub = chained_x;
  r = __builtin_call_with_static_chain (stub (7), t.chain);
  CHECK (acc == base + 12);
  CHECK (r == (base + 12) * 2);

  /* And the nested function still works as usual.  */
  CHECK (inner (1) == (base + 13) * 2);
  return acc;
}

int
main (void)
{
  long (*volatile p) (long);
  int i;

  for (i = 0; i < 3; i++)
    CHECK (outer (100 * i) == 100 * i + 13);

#if defined __x86_64__ || defined __i386__
  chain_target = (void *) chain_probe;
  p = probe;
  CHECK (__builtin_call_with_static_chain (p (5), (void *) 0x12340000)
	 == 0x12340005);
  p = probe_x;
  CHECK (__builtin_call_with_static_chain (p (6), (void *) 0x43210000)
	 == 0x43210006);
#else
  (void) p;
#endif
  return 0;
}
