/* { dg-do compile } */
/* Which stub the plugin gives a body (doc/INTERNALS.md, 7): one that
   calls nothing and touches general registers only gets the fast stub
   (x86_64: saves what the body clobbers and calls the fast path; i386:
   enters the trampoline that saves no vector, x87 or MMX state);
   anything else -- a call, floating-point arithmetic, inline assembler
   -- keeps the general trampoline.  In strict mode such a body enters
   the strict trampoline that leaves the x87 and vector state alone.  The run tests
   fast.c (x86_64) and i386/gpr.c check the call state through them.  */

#include <interceptor.h>

extern void sc_leaf (void), sc_leaf_exit (void), sc_call (void);
extern void sc_float (void), sc_asm (void), sc_strict (void);
extern void sc_strict_call (void);
extern void *sc_real;
extern void sc_callee (void);
static unsigned long n;
static volatile double d;

INTERCEPTOR (sc_leaf)
{
  n++;
  GOTO_TARGET (sc_real);
}

INTERCEPTOR (sc_leaf_exit)
{
  n++;
  GOTO_TARGET (sc_real);
  n += 2;
  GOTO_RETURN ();
}

INTERCEPTOR (sc_call)
{
  sc_callee ();
  GOTO_TARGET (sc_real);
}

INTERCEPTOR (sc_float)
{
  d = d * 1.5;
  GOTO_TARGET (sc_real);
}

INTERCEPTOR (sc_asm)
{
  __asm__ volatile ("");
  GOTO_TARGET (sc_real);
}

INTERCEPTOR_STRICT INTERCEPTOR (sc_strict)
{
  n++;
  GOTO_TARGET (sc_real);
}

INTERCEPTOR_STRICT INTERCEPTOR (sc_strict_call)
{
  sc_callee ();
  GOTO_TARGET (sc_real);
}

/* Each stub, up to its .cfi_endproc.  */
/* { dg-final { scan-assembler "\nsc_leaf:\n((?!\t\\.cfi_endproc)\[^\n\]*\n)*\[^\n\]*(call\t\\*__interceptor_x86_64_fast_entry@GOTPCREL|pushl\t__interceptor_i386_gpr_entry@GOT)" } } */
/* { dg-final { scan-assembler "\nsc_leaf_exit:\n((?!\t\\.cfi_endproc)\[^\n\]*\n)*\[^\n\]*(call\t\\*__interceptor_x86_64_fast_entry@GOTPCREL|pushl\t__interceptor_i386_gpr_entry@GOT)" } } */
/* { dg-final { scan-assembler "\nsc_call:\n((?!\t\\.cfi_endproc)\[^\n\]*\n)*\[^\n\]*(jmp\t\\*__interceptor_x86_64_entry@GOTPCREL|pushl\t__interceptor_i386_entry@GOT)" } } */
/* { dg-final { scan-assembler "\nsc_float:\n((?!\t\\.cfi_endproc)\[^\n\]*\n)*\[^\n\]*(jmp\t\\*__interceptor_x86_64_entry@GOTPCREL|pushl\t__interceptor_i386_entry@GOT)" } } */
/* { dg-final { scan-assembler "\nsc_asm:\n((?!\t\\.cfi_endproc)\[^\n\]*\n)*\[^\n\]*(jmp\t\\*__interceptor_x86_64_entry@GOTPCREL|pushl\t__interceptor_i386_entry@GOT)" } } */
/* { dg-final { scan-assembler "\nsc_strict:\n((?!\t\\.cfi_endproc)\[^\n\]*\n)*\[^\n\]*(jmp\t\\*__interceptor_x86_64_strict_gpr_entry@GOTPCREL|pushl\t__interceptor_i386_strict_gpr_entry@GOT)" } } */
/* { dg-final { scan-assembler "\nsc_strict_call:\n((?!\t\\.cfi_endproc)\[^\n\]*\n)*\[^\n\]*(jmp\t\\*__interceptor_x86_64_strict_entry@GOTPCREL|pushl\t__interceptor_i386_strict_entry@GOT)" } } */
