/* access.c -- INTERCEPTED_ARG, INTERCEPTED_SET_ARG, INTERCEPTED_RETURN
   and INTERCEPTED_SET_RETURN (macros/interceptor.h): where a body finds
   the saved arguments and return values in the trampolines' frames.

   Unlike the rest of the runtime, which the trampolines call while the
   caller's vector and x87 registers are live (and which is therefore
   compiled with -mgeneral-regs-only), these are called from bodies,
   ordinary C functions, and convert between floating-point formats.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include <stdbool.h>

#include "interceptor-rt.h"
#ifdef __x86_64__
# include "x86_64/frame.h"
#elif defined __i386__
# include "i386/frame.h"
#endif

#ifdef __x86_64__
# define L_RAX_OR_EAX L_RAX
#else
# define L_RAX_OR_EAX L_EAX
#endif

static void __attribute__ ((__noreturn__, __noinline__, __cold__))
die_access (const struct __interceptor_invocation *inv, const char *what)
{
  struct __interceptor_msg m;

  m.len = 0;
  __interceptor_msg_str (&m, "interceptor: ");
  __interceptor_msg_str (&m, what);
  __interceptor_msg_str (&m, " (interceptor entered as '");
  __interceptor_msg_str (&m, inv->name);
  __interceptor_msg_str (&m, "')");
  __interceptor_msg_die (&m);
}

/* Calling conventions (macros/interceptor.h, __INTERCEPTOR_CONV_*): the
   kind in the low 4 bits, regparm (0-3) in bits 4-5, sseregparm in
   bit 6.  */
#define CONV_KIND(c)	((c) & 0xfu)
#define CONV_STDCALL	2u
#define CONV_FASTCALL	3u
#define CONV_THISCALL	4u
#define CONV_REGPARM(c)	(((c) >> 4) & 3u)
#define CONV_SSEREGPARM	0x40u

/* Where argument N of class CLS lies, when the earlier ones have the
   classes PROTO[0..N-1] (NPROTO < 0: one integer slot each): an offset
   into the entry trampoline's frame (*IN_FRAME) or into the caller's
   stack arguments.  With N == NPROTO, the bytes of stack arguments of
   the whole prototype instead (the pop count of a callee-pop
   convention).  Returns -1 for a class the convention cannot carry.  */

static long
arg_place (int n, unsigned int cls, const unsigned int *proto, int nproto,
	   unsigned int conv, bool *in_frame)
{
#ifdef __x86_64__
  if (conv == RT_CONV_MS_ABI)
    {
      static const unsigned short gpr[4] = { E_RCX, E_RDX, E_R8, E_R9 };
      unsigned int kind = cls & 0xff;

      if (kind == RT_CLASS_X87 || kind == 0)
	return -1;
      *in_frame = n < 4;
      if (n >= 4)
	return 32 + 8 * (n - 4);
      return kind == RT_CLASS_SSE ? E_V0 + 64 * n : gpr[n];
    }
  unsigned int gp = 0, sse = 0;
  long st = 0;

  for (int i = 0; i <= n; i++)
    {
      unsigned int c = (i == n ? cls
			: nproto >= 0 ? proto[i] : (RT_CLASS_INT | 8u << 8));
      long addr;
      bool reg = false;

      switch (c & 0xff)
	{
	case RT_CLASS_INT:
	  if (gp < 6)
	    addr = E_RDI + 8 * gp++, reg = true;
	  else
	    addr = st, st += 8;
	  break;
	case RT_CLASS_SSE:
	  if (sse < 8)
	    addr = E_V0 + 64 * sse++, reg = true;
	  else
	    addr = st, st += 8;
	  break;
	case RT_CLASS_X87:
	  st = (st + 15) & -16L;
	  addr = st, st += 16;
	  break;
	default:
	  return -1;
	}
      if (i == n)
	{
	  *in_frame = reg;
	  return addr;
	}
    }
  return -1;
#else
  /* i386, as GCC's function_arg_32: integer arguments of at most 4 bytes
     (8 with regparm: two registers) in the remaining registers -- regparm
     %eax, %edx, %ecx; fastcall %ecx, %edx; thiscall %ecx -- and, once
     one does not fit, none after it; with sseregparm float and double
     in %xmm0-2; everything else on the stack, in 4-byte words.  */
  static const unsigned short regparm_regs[3] = { E_EAX, E_EDX, E_ECX };
  static const unsigned short fast_regs[2] = { E_ECX, E_EDX };
  unsigned int kind = CONV_KIND (conv);
  bool fast = kind == CONV_FASTCALL || kind == CONV_THISCALL;
  int nregs = (kind == CONV_FASTCALL ? 2 : kind == CONV_THISCALL ? 1
	       : (int) CONV_REGPARM (conv));
  int regno = 0;
  unsigned int sse = 0;
  long st = 0;

  if (kind == RT_CONV_MS_ABI)
    return -1;
  for (int i = 0; i <= n; i++)
    {
      unsigned int c = (i == n && nproto != n ? cls
			: i < nproto ? proto[i] : (RT_CLASS_INT | 4u << 8));
      unsigned int size = c >> 8;
      long addr = -1;
      bool reg = false;

      if (i == n && nproto == n)
	return st;		/* the pop count */
      switch (c & 0xff)
	{
	case RT_CLASS_INT:
	  {
	    int words = (int) (size + 3) / 4;

	    if (words <= nregs && !(fast && words > 1))
	      {
		addr = fast ? fast_regs[regno] : regparm_regs[regno];
		reg = true;
	      }
	    if (nregs > 0)
	      {
		nregs -= words;
		regno += words;
		if (nregs <= 0)
		  nregs = 0, regno = 0;
	      }
	    if (!reg)
	      addr = st, st += 4 * words;
	  }
	  break;
	case RT_CLASS_SSE:
	  if ((conv & CONV_SSEREGPARM) && sse < 3)
	    addr = E_V0 + 64 * sse++, reg = true;
	  else
	    addr = st, st += (size + 3) & -4u;
	  break;
	case RT_CLASS_X87:
	  addr = st, st += (size + 3) & -4u;
	  break;
	default:
	  return -1;
	}
      if (i == n)
	{
	  *in_frame = reg;
	  return addr;
	}
    }
  return -1;
#endif
}

/* The address of the saved argument N of class CLS, in the caller's
   convention CONV, when the earlier arguments have the classes
   PROTO[0..N-1] (NPROTO < 0: no prototype, every earlier argument takes
   one integer slot).  */

void *
__interceptor_arg_address (struct __interceptor_invocation *inv, int n,
			   unsigned int cls, const unsigned int *proto,
			   int nproto, unsigned int conv)
{
  bool in_frame = false;
  long off;

  if (inv->regs == NULL)
    die_access (inv, "INTERCEPTED_ARG or INTERCEPTED_SET_ARG used where no "
		"arguments are saved (the exit part)");
  if (n < 0 || (nproto >= 0 && n >= nproto))
    die_access (inv, "INTERCEPTED_ARG index out of range");
  off = arg_place (n, cls, proto, nproto, conv, &in_frame);
  if (off < 0)
    die_access (inv, "INTERCEPTED_ARG of a type the convention cannot "
		"carry");
  return (in_frame ? (char *) inv->regs : (char *) inv->args) + off;
}

/* The address of the saved return value of class CLS: in the exit part
   the registers the target returned, in the entry part the values a
   GOTO_RETURN returns.  WRITE: the caller is going to store there; in
   the entry part the prototype PROTO/NPROTO and the convention CONV then
   also say how many bytes of arguments a callee pops.  */

void *
__interceptor_return_address (struct __interceptor_invocation *inv,
			      unsigned int cls, int write,
			      const unsigned int *proto, int nproto,
			      unsigned int conv)
{
  char *ret = inv->ret;

  switch (cls & 0xff)
    {
    case RT_CLASS_INT:
      break;
    case RT_CLASS_SSE:
#ifdef __x86_64__
      return ret + L_V0;
#else
      if (conv & CONV_SSEREGPARM)
	return ret + L_V0;
      /* Fall through: in %st0.  */
#endif
    case RT_CLASS_X87:
      {
#ifdef __i386__
	/* The landing saved %st0 as 80 bits (L_FMT 0); convert it in
	   place to the format asked for, which the landing (or the entry
	   trampoline's return path) loads back.  */
	uint32_t *fmt = (uint32_t *) (ret + L_FMT);
	uint32_t want = ((cls & 0xff) == RT_CLASS_X87 ? 0
			 : (cls >> 8) == 4 ? 1 : 2);
	if (*fmt != want)
	  {
	    long double v = (*fmt == 0 ? *(long double *) (ret + L_ST0)
			     : *fmt == 1 ? *(float *) (ret + L_ST0)
			     : *(double *) (ret + L_ST0));
	    if (want == 0)
	      *(long double *) (ret + L_ST0) = v;
	    else if (want == 1)
	      *(float *) (ret + L_ST0) = (float) v;
	    else
	      *(double *) (ret + L_ST0) = (double) v;
	    *fmt = want;
	  }
#endif
	if (write && *(uint32_t *) (ret + L_NX87) == 0)
	  *(uint32_t *) (ret + L_NX87) = 1;
	if (inv->regs != NULL && write)
	  goto pops;
	return ret + L_ST0;
      }
    default:
      die_access (inv, "INTERCEPTED_RETURN of a type the convention cannot "
		  "carry");
    }
  if (inv->regs != NULL && write)
    goto pops;
  return ret + L_RAX_OR_EAX;

 pops:
#ifdef __i386__
  /* A GOTO_RETURN in the entry part returns like the callee: stdcall,
     fastcall and thiscall callees pop their stack arguments.  */
  {
    unsigned int kind = CONV_KIND (conv);
    if (kind == CONV_STDCALL || kind == CONV_FASTCALL
	|| kind == CONV_THISCALL)
      {
	bool in_frame;

	if (nproto < 0)
	  die_access (inv, "INTERCEPTED_SET_RETURN in the entry part of a "
		      "stdcall, fastcall or thiscall interceptor needs "
		      "INTERCEPTOR_PROTOTYPE (the callee pops the "
		      "arguments)");
	*(uint32_t *) ((char *) inv->regs + E_POP)
	  = (uint32_t) arg_place (nproto, 0, proto, nproto, conv, &in_frame);
      }
  }
#else
  (void) proto;
  (void) nproto;
  (void) conv;
#endif
  switch (cls & 0xff)
    {
    case RT_CLASS_INT:
      return ret + L_RAX_OR_EAX;
#ifdef __i386__
    case RT_CLASS_SSE:
      if (conv & CONV_SSEREGPARM)
	return ret + L_V0;
      return ret + L_ST0;
#endif
    default:
      return ret + L_ST0;
    }
}

