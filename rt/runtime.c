/* runtime.c -- entry and exit hooks of the interceptor runtime.

   The architecture's entry trampoline calls __interceptor_enter with the
   site record the stub passed and the address of the caller's return
   address.  It pushes an invocation record (plus the body's frame) on the
   thread's invocation stack, counts and limits recursion, and runs the
   entry part of the body.  If the chosen GOTO_TARGET site has an exit
   part, the record stays and the trampoline makes the target return to
   the architecture's return landing, which calls __interceptor_leave to
   run the exit part and pop the record (doc/INTERNALS.md, 4).

   Records that a longjmp or an exception skipped are recognised by the
   position of their return-address slot on the machine stack and
   discarded lazily.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <unwind.h>

#include "interceptor-rt.h"
#include "sys.h"
#ifdef __x86_64__
# include "x86_64/frame.h"
#elif defined __i386__
# include "i386/frame.h"
#endif

/* The i386 return landing first pushes a placeholder 0 into the slot
   of a plain `ret', then copies the return address there: 0 is one of
   the values of a live record's slot.  (Pushing the return address
   itself, as the x86_64 landing does, would tell an abandoned slot that
   was overwritten with 0 from a live one.)  */
#ifdef __i386__
# define RT_LANDING_ZERO_PLACEHOLDER 1
#endif

#define ALIGN_UP(x, a) (((x) + ((a) - 1)) & -(uintptr_t) (a))

/* Whether record R, made on the same machine stack as code whose return
   address lies at SLOT, can no longer be active.

   While R is active, everything it encloses (its entry part, its target,
   its exit part) runs deeper on the stack than R's return-address slot,
   so a slot above R's, or a different call that uses R's own slot, means
   R was abandoned by a longjmp or an exception.  The one exception is a
   target that tail-calls (jumps to) another function through R's slot:
   that slot then still holds the return landing R put there.

   Code deeper on the stack may be enclosed by R -- or run after a
   longjmp or an exception abandoned R, in a frame deeper than the one
   that caught it.  R's slot tells (record_slot_live_p).  */

/* Whether V is one of the return landings.  */

/* Whether V is the landing of a non-strict record, which keeps the
   record in the anchor register.  */

static inline bool
anchored_landing_p (const void *v)
{
  return (v == (void *) __interceptor_return_landing
#ifdef RT_FAST_PATH
	  || v == (void *) __interceptor_fast_landing
#endif
	  );
}

static inline bool
landing_p (const void *v)
{
  return anchored_landing_p (v) || v == (void *) __interceptor_strict_landing;
}

static inline bool
record_slot_live_p (const struct __interceptor_record *r)
{
  /* While R is active its slot holds one of the values R's code puts
     there -- the caller's return address (R->ret_addr from the start)
     or the return landing -- and nothing else writes it.  Once R is
     abandoned the slot is dead stack, and the calls of the code that
     continued overwrite it with their own return addresses or
     arguments (at the latest, the call from the catching frame that
     leads to the code now running, when that frame's stack pointer is
     what it was when it called R's stub).  */
  void *v = RT_LOAD (r->ra_slot);

  return (landing_p (v) || v == r->ret_addr
#ifdef RT_LANDING_ZERO_PLACEHOLDER
	  || v == NULL
#endif
	  );
}

static inline bool
record_stale_p (const struct __interceptor_record *r, void **slot)
{
  if (r->ra_slot < slot)
    return true;
  if (r->ra_slot > slot)
    return !record_slot_live_p (r);
  return !((r->flags & (REC_HAS_EXIT | REC_IN_EXIT)) == REC_HAS_EXIT
	   && landing_p (RT_LOAD (slot)));
}

/* Whether ADDR lies inside the alternate signal stack SS.  */

static inline bool
on_stack_p (const stack_t *ss, const void *addr)
{
  uintptr_t a = (uintptr_t) addr, lo = (uintptr_t) ss->ss_sp;

  return a >= lo && a - lo < ss->ss_size;
}

/* Discard the stale records of THR's stack, for code whose return
   address lies at SLOT, and return the new topmost record.

   Every record above an abandoned one was made while the abandoned one
   was active, so it is abandoned too: the oldest stale record and
   everything above it go.  Finding it looks at every record (one load
   of its slot each); the stack of a thread is rarely more than a few
   records deep.

   Positions compare only on the same machine stack: on a sigaltstack,
   the interrupted code's records have slots on the thread's normal
   stack, which may lie anywhere relative to the alternate one.  So when
   a record's position says stale, and only then (sigaltstack(2) is a
   system call), check whether we run on the alternate stack and the
   record's slot lies outside it; such a record belongs to the
   interrupted code, and its slot, which cannot change while the handler
   runs, tells whether it is live.

   (Known gaps: a record abandoned by a longjmp is kept while its dead
   slot still holds the landing -- when every frame that has reused
   that stack area since left the slot unwritten, e.g. a frame whose
   stack pointer moved down by alloca or a buffer it never wrote -- or
   rewrote with the record's own return address (a call from the same
   call site at the same depth) -- and is discarded once the code
   returns above it.  The records a vfork child leaves on the
   invocation stack it shares with its parent (an exit-part execve)
   would be of this kind; the parent drops them as vfork returns
   (vfork.c).  Records of ucontext/coroutine stacks of one thread
   are told apart only by their slots.)  */

static struct __interceptor_record *
discard_stale (struct __interceptor_thread *thr, void **slot)
{
  struct __interceptor_record *r, *oldest_stale = NULL;
  int alt = -1;
  stack_t ss;

  for (r = RT_LOAD (&thr->last); r != NULL; r = r->prev)
    if (record_stale_p (r, slot))
      {
	if (r->ra_slot < slot)
	  {
	    if (alt < 0)
	      alt = (rt_sigaltstack (NULL, &ss) == 0
		     && (ss.ss_flags & SS_ONSTACK) != 0);
	    if (alt && !on_stack_p (&ss, r->ra_slot) && record_slot_live_p (r))
	      continue;
	  }
	oldest_stale = r;
      }
  if (oldest_stale != NULL)
    pop_to_below (thr, oldest_stale);
  return RT_LOAD (&thr->last);
}

/* Diagnostics.  */

static void __attribute__ ((__noreturn__, __noinline__, __cold__))
die_recursion (const struct __interceptor_site *site)
{
  const struct __interceptor_desc *desc = site->desc;
  struct __interceptor_msg m;

  m.len = 0;
  __interceptor_msg_str (&m, "interceptor: recursion limit exceeded in "
			 "interceptor '");
  __interceptor_msg_str (&m, desc->label);
  __interceptor_msg_str (&m, "' entered as '");
  __interceptor_msg_str (&m, site->name);
  __interceptor_msg_str (&m, "': MAX_RECURSION(");
  __interceptor_msg_uint (&m, desc->max_recursion);
  __interceptor_msg_str (&m, ") allows ");
  __interceptor_msg_uint (&m, desc->max_recursion);
  __interceptor_msg_str (&m, desc->max_recursion == 1
			 ? " nested re-entry per thread"
			 : " nested re-entries per thread");
  __interceptor_msg_die (&m);
}

static void __attribute__ ((__noreturn__, __noinline__, __cold__))
die_exhausted (const struct __interceptor_site *site,
	       const struct __interceptor_record *last)
{
  struct __interceptor_msg m;
  unsigned long depth = 0;

  for (; last != NULL; last = last->prev)
    depth++;
  m.len = 0;
  __interceptor_msg_str (&m, "interceptor: per-thread invocation stack "
			 "exhausted (");
  __interceptor_msg_uint (&m, INTERCEPTOR_STACK_SIZE);
  __interceptor_msg_str (&m, " bytes) entering '");
  __interceptor_msg_str (&m, site->name);
  __interceptor_msg_str (&m, "' at depth ");
  __interceptor_msg_uint (&m, depth);
  /* Name the likelier cause: a frame that takes a good part of the
     stack by itself (the plugin refuses one that cannot fit at all),
     or recursion.  */
  if (site->desc->frame_size >= INTERCEPTOR_STACK_SIZE / 8)
    {
      __interceptor_msg_str (&m, "; the locals of interceptor '");
      __interceptor_msg_str (&m, site->desc->label);
      __interceptor_msg_str (&m, "' take ");
      __interceptor_msg_uint (&m, site->desc->frame_size);
      __interceptor_msg_str (&m, " bytes per invocation: make large "
			     "buffers static or malloc them");
    }
  else
    __interceptor_msg_str (&m, "; runaway recursion through targets?");
  __interceptor_msg_die (&m);
}

static void __attribute__ ((__noreturn__, __noinline__, __cold__))
die_abi (const struct __interceptor_site *site)
{
  struct __interceptor_msg m;

  m.len = 0;
  __interceptor_msg_str (&m, "interceptor: interceptor '");
  __interceptor_msg_str (&m, site->desc->label);
  __interceptor_msg_str (&m, "' was built for interceptor ABI version ");
  __interceptor_msg_uint (&m, site->desc->abi_version);
  __interceptor_msg_str (&m, ", this runtime implements version ");
  __interceptor_msg_uint (&m, INTERCEPTOR_RT_ABI_VERSION);
  __interceptor_msg_str (&m, ": rebuild the shim against the installed "
			 "interceptor");
  __interceptor_msg_die (&m);
}

static void __attribute__ ((__noreturn__, __noinline__, __cold__))
die_null_target (const struct __interceptor_site *site)
{
  struct __interceptor_msg m;

  m.len = 0;
  __interceptor_msg_str (&m, "interceptor: GOTO_TARGET(NULL) in "
			 "interceptor '");
  __interceptor_msg_str (&m, site->desc->label);
  __interceptor_msg_str (&m, "' entered as '");
  __interceptor_msg_str (&m, site->name);
  __interceptor_msg_str (&m, "'");
  __interceptor_msg_die (&m);
}

static void __attribute__ ((__noreturn__, __noinline__, __cold__))
die_leave (const struct __interceptor_record *rec, const char *what)
{
  struct __interceptor_msg m;

  m.len = 0;
  __interceptor_msg_str (&m, "interceptor: ");
  __interceptor_msg_str (&m, what);
  if (rec != NULL)
    {
      __interceptor_msg_str (&m, " (interceptor '");
      __interceptor_msg_str (&m, rec->site->desc->label);
      __interceptor_msg_str (&m, "' entered as '");
      __interceptor_msg_str (&m, rec->site->name);
      __interceptor_msg_str (&m, "')");
    }
  __interceptor_msg_die (&m);
}

/* For the fast path (x86_64/fast.S), which does not check the target
   itself.  */

void
__interceptor_die_null_target (const struct __interceptor_site *site)
{
  die_null_target (site);
}

/* The entry hook.  SITE is the site record of the stub the caller
   called, RA_SLOT the address of the caller's return address, ANCHOR the
   caller's value of the anchor register.  Returns the target to jump to,
   and the record when the target must return to the return landing (the
   trampoline then keeps the record in the anchor register and replaces
   *RA_SLOT with the landing; the record already holds the original
   return address and anchor).  STRICT: 0, or the REC_STRICT flags an
   exit-part record of a strict entry trampoline gets.  */

static inline __attribute__ ((__always_inline__))
struct __interceptor_enter_result
enter (const struct __interceptor_site *site, void **ra_slot,
       void *anchor, void *tframe, unsigned int strict)
{
  struct __interceptor_thread *thr = &__interceptor_thread_state;
  const struct __interceptor_desc *desc = site->desc;
  struct __interceptor_enter_result res;
  struct __interceptor_record *rec, *last, *r;
  uintptr_t align, frame, end;
  unsigned int depth;
  int saved_errno, *errno_p;
  char *top;

  if (__builtin_expect (desc->abi_version != INTERCEPTOR_RT_ABI_VERSION, 0))
    die_abi (site);

  top = RT_LOAD (&thr->top);
  if (__builtin_expect (top == NULL, 0))
    top = __interceptor_thread_init (thr, site);

  /* Nothing to discard when the stack is empty: skip the call.  (A
     live-looking top record does not make the others live: see
     discard_stale.)  */
  last = RT_LOAD (&thr->last);
  if (last != NULL)
    {
      last = discard_stale (thr, ra_slot);
      top = RT_LOAD (&thr->top);
    }

  /* INTERCEPTED_DEPTH: one more than the nearest enclosing invocation of
     the same interceptor.  */
  depth = 0;
  for (r = last; r != NULL; r = r->prev)
    if (r->site->desc == desc)
      {
	depth = r->inv.depth + 1;
	break;
      }
  if (__builtin_expect (depth > desc->max_recursion, 0))
    die_recursion (site);

  /* Carve the record and the frame.  TOP is INTERCEPTOR_STACK_ALIGNed and
     below the end of the mapping; the end must stay strictly below it
     (TOP determines the mapping).  */
  align = desc->frame_align;
  if (align < INTERCEPTOR_STACK_ALIGN)
    align = INTERCEPTOR_STACK_ALIGN;
  rec = (struct __interceptor_record *) top;
  frame = ALIGN_UP ((uintptr_t) (rec + 1), align);
  end = (uintptr_t) RT_STACK_LIMIT (top);
  if (__builtin_expect (frame >= end
			|| end - frame <= desc->frame_size
			+ (uintptr_t) INTERCEPTOR_STACK_ALIGN, 0))
    die_exhausted (site, last);
  end = ALIGN_UP (frame + desc->frame_size, INTERCEPTOR_STACK_ALIGN);

  /* Claim the memory, fill the record, then link it.  A signal handler
     that interrupts before the link pushes above it and pops back.  (One
     that siglongjmp()s out of this window leaks the record's bytes until
     a record below them is popped.)  */
  RT_STORE (&thr->top, (char *) end);
  RT_FENCE ();
  rec->ret_addr = *ra_slot;	/* record_slot_live_p needs it from now on */
  rec->ra_slot = ra_slot;
  rec->prev = last;
  rec->site = site;
  rec->flags = 0;
  rec->size = end - (uintptr_t) rec;
  rec->inv.name = site->name;
  rec->inv.depth = depth;
  rec->inv.state = 0;
  rec->inv.frame = (void *) frame;
  rec->inv.args = ra_slot + 1;
  /* TFRAME is the entry trampoline's frame (x86_64/frame.h,
     i386/frame.h): the saved argument registers, and a return area for
     a GOTO_RETURN in the entry part, returning zeros unless
     INTERCEPTED_SET_RETURN says otherwise.  The fast path (x86_64/fast.S)
     has none: its bodies cannot call the accessors (they call
     nothing), and it returns zeros itself.  */
  rec->inv.regs = tframe;
  rec->inv.ret = tframe != NULL ? (char *) tframe + E_RET : NULL;
  if (tframe != NULL)
    {
#ifdef __x86_64__
      *(uint64_t *) ((char *) rec->inv.ret + L_RAX) = 0;
      *(uint64_t *) ((char *) rec->inv.ret + L_RDX) = 0;
      __builtin_memset ((char *) rec->inv.ret + L_V0 + 64, 0, 16);
#else
      *(uint32_t *) ((char *) rec->inv.ret + L_EAX) = 0;
      *(uint32_t *) ((char *) rec->inv.ret + L_EDX) = 0;
      *(uint32_t *) ((char *) rec->inv.ret + L_FMT) = 0;
      *(uint32_t *) ((char *) tframe + E_POP) = 0;
#endif
      __builtin_memset ((char *) rec->inv.ret + L_V0, 0, 16);
      *(uint32_t *) ((char *) rec->inv.ret + L_NX87) = 0;
    }
  RT_FENCE ();
  RT_STORE (&thr->last, rec);
  RT_FENCE ();

  /* errno is part of what the target and the caller see: the body's
     library calls must not change it.  */
  errno_p = RT_LOAD (&thr->errno_p);
  saved_errno = *errno_p;
  rec->inv.target = NULL;
  desc->body (&rec->inv);
  res.target = rec->inv.target;

  if (__builtin_expect (rec->inv.state == 0, 0))
    {
      /* GOTO_RETURN in the entry part: no target is called; the
	 trampoline returns to the caller with the return area's values.
	 errno stays as the body set it (fault injection).  */
      pop_to_below (thr, rec);
      res.target = NULL;
      res.rec = NULL;
      return res;
    }
  *errno_p = saved_errno;

  if (__builtin_expect (res.target == NULL, 0))
    die_null_target (site);

  if (rec->inv.state & 1)
    {
      /* The site has an exit part.  Drop whatever the entry part left
	 above the record (it returned, so that is all dead).  */
      pop_to (thr, rec);
      if (strict)
	{
	  /* The target keeps the caller's anchor register: the strict
	     landing finds the record by its slot.  No chaining: a
	     tail-called strict stub's landing returns into the outer
	     landing, which finds the outer record the same way.  */
	  rec->saved_anchor = anchor;
	  RT_FENCE ();
	  rec->flags = REC_HAS_EXIT | strict;
	}
      else if (last != NULL && last->ra_slot == ra_slot
	  && (last->flags & (REC_HAS_EXIT | REC_IN_EXIT)) == REC_HAS_EXIT
	  && anchored_landing_p (*ra_slot))
	{
	  /* The target of LAST tail-called us: our caller is LAST's
	     return landing.  Take over LAST's caller, so that unwinders
	     see no landing returning into a landing (two frames with one
	     CFA, which libgcc and gdb cannot tell apart), and have the
	     landing run LAST's exit part after ours.  */
	  rec->ret_addr = last->ret_addr;
	  rec->saved_anchor = last->saved_anchor;
	  RT_FENCE ();
	  rec->flags = REC_HAS_EXIT | REC_CHAINED;
	}
      else
	{
	  rec->saved_anchor = anchor;
	  RT_FENCE ();
	  rec->flags = REC_HAS_EXIT;
	}
      RT_FENCE ();
      res.rec = rec;
    }
  else
    {
      /* Transparent: the invocation ends with the jump to the target.  */
      pop_to_below (thr, rec);
      res.rec = NULL;
    }
  return res;
}

struct __interceptor_enter_result
__interceptor_enter (const struct __interceptor_site *site, void **ra_slot,
		     void *anchor, void *tframe)
{
  return enter (site, ra_slot, anchor, tframe, 0);
}

/* The same for the strict entry trampolines (INTERCEPTOR_STRICT); GPR:
   the GPR-only one, whose record the strict landing must know.  */

struct __interceptor_enter_result
__interceptor_enter_strict (const struct __interceptor_site *site,
			    void **ra_slot, void *anchor, void *tframe,
			    int gpr)
{
  return enter (site, ra_slot, anchor, tframe,
		REC_STRICT | (gpr ? REC_STRICT_GPR : 0));
}

/* The strict return landing's way to its record: the target ran with
   the caller's registers, so no register points at it.  The landing
   was reached by a `ret' or `ret $n' with the stack pointer at SLOT + 1
   (one word above where it puts the return address back); the record's
   own slot lies there or up to 65535 bytes lower (the popped
   arguments).  Of the strict records waiting for their target, take
   the one with the highest slot at or below SLOT -- records made later
   under the target (abandoned by a longjmp) lie deeper -- and of equal
   slots the innermost (a strict target that tail-called another strict
   stub, whose landing returned into this one).  Pop everything above
   it, put its return address into SLOT and make SLOT its slot, in that
   order, so that the record looks live to a signal handler at every
   moment afterwards.  */

struct __interceptor_record *
__interceptor_strict_return (void **slot)
{
  struct __interceptor_thread *thr = &__interceptor_thread_state;
  struct __interceptor_record *r, *best = NULL;

  for (r = RT_LOAD (&thr->last); r != NULL; r = r->prev)
    if ((r->flags & (REC_HAS_EXIT | REC_IN_EXIT | REC_STRICT))
	== (REC_HAS_EXIT | REC_STRICT)
	&& (uintptr_t) slot - (uintptr_t) r->ra_slot <= 0xffff
	&& (best == NULL || r->ra_slot > best->ra_slot))
      best = r;
  if (__builtin_expect (best == NULL, 0))
    die_leave (NULL, "strict return landing reached with no strict "
	       "invocation waiting for its target on this thread (corrupted "
	       "stack, or a return address copied elsewhere)");
  pop_to (thr, best);
  *slot = best->ret_addr;
  RT_FENCE ();
  best->ra_slot = slot;
  RT_FENCE ();
  return best;
}

/* The exit hook, called by the return landing with the record the
   anchor register kept and the address of the slot where the return
   address was.  Runs the exit part, pops the record and returns the
   caller's return address and anchor register value.  */

struct __interceptor_leave_result
__interceptor_leave (struct __interceptor_record *rec, void **ra_slot,
		     void *lframe)
{
  struct __interceptor_thread *thr = &__interceptor_thread_state;
  struct __interceptor_leave_result res;
  struct __interceptor_record *r;
  int saved_errno, *errno_p;

  /* Never trust REC before finding it on this thread's stack.  */
  for (r = RT_LOAD (&thr->last); r != NULL && r != rec; r = r->prev)
    ;
  if (__builtin_expect (r == NULL, 0))
    die_leave (NULL, "return landing reached with a record that is not on "
	       "this thread's invocation stack (corrupted stack, or a return "
	       "address copied to another thread or context)");
  /* RA_SLOT is where the landing puts the caller's return address back:
     the slot the record saw, or up to 65535 bytes above it when the
     target popped its stack arguments (`ret $n': i386 stdcall, and the
     hidden pointer of an i386 struct return).  */
  if (__builtin_expect ((uintptr_t) ra_slot - (uintptr_t) rec->ra_slot
			> 0xffff
			|| (rec->flags & ~(REC_CHAINED | REC_STRICT
					   | REC_STRICT_GPR))
			!= REC_HAS_EXIT, 0))
    die_leave (rec, "return landing reached from the wrong stack position "
	       "(corrupted stack, or a return address copied elsewhere)");

  /* Records above REC were left by a longjmp or an exception inside the
     target.  */
  pop_to (thr, rec);

  errno_p = RT_LOAD (&thr->errno_p);
  for (;;)
    {
      bool chained = (rec->flags & REC_CHAINED) != 0;

      rec->flags |= REC_IN_EXIT;
      /* The exit part sees the return registers the landing saved in
	 its frame LFRAME (x86_64/frame.h); no arguments.  */
      rec->inv.regs = NULL;
      rec->inv.args = NULL;
      rec->inv.ret = lframe;
      RT_FENCE ();
      saved_errno = *errno_p;	/* as the target left it */
      rec->site->desc->body (&rec->inv);	/* the plugin guarantees it
						   ends in GOTO_RETURN */
      *errno_p = saved_errno;
      r = rec->prev;
      if (!chained)
	break;
      pop_to_below (thr, rec);

      /* Then the exit part of the invocation whose target tail-called
	 this one's stub (REC_CHAINED): they share the slot.  */
      if (__builtin_expect (r == NULL || r->ra_slot != rec->ra_slot
			    || (r->flags & ~REC_CHAINED) != REC_HAS_EXIT, 0))
	die_leave (r, "invocation stack corrupted under a tail call");
      rec = r;
    }

  /* The outermost invocation of a chain has the real caller's return
     address and anchor.  */
  res.ret_addr = rec->ret_addr;
  res.saved_anchor = rec->saved_anchor;
  pop_to_below (thr, rec);
  return res;
}

/* The personality routine of the return landings' FDEs.  When the second
   phase of an exception (or a forced unwind) passes a landing, the
   target of the record the anchor register holds is being left: pop it
   -- with the invocations a tail-call chain joined to it -- and
   everything above it.  No exit part runs (no unwind hook); nothing is
   caught.

   The landing's CFI finds the real caller's return address and anchor
   in that record (x86/landing-cfi.h).  They are value rules, so the
   unwinder reads them as it steps past the landing, right after this
   routine returns, and never again: the personality routines of the
   frames above, which may be intercepted themselves and push records
   into the memory popped here, cannot change what the catching frame
   gets.  (With DW_CFA_expression rules libgcc kept the address of the
   record's saved anchor as the caller's %rbx and read it only when it
   installed the catching frame: the frame got a word of the record an
   intercepted __gxx_personality_v0 had pushed there since.)  Nor can a
   signal handler that pushes a record at this address before the
   unwinder's step: the values move first to where no push writes, and
   the landing's anchor register, as the unwinder sees it, says where,
   with a tag -- the return address into the landing's return-address
   slot (the target's frame is dead; the rule reads it as CFA - 2
   words, which is the record's slot there), the anchor into the record's
   UNWIND_ANCHOR word.

   _Unwind_GetGR, _Unwind_SetGR and _Unwind_GetCFA are referenced
   weakly, so that the runtime does not need libgcc_s: whoever calls
   this routine is libgcc's unwinder, normally visible to us.  Where it
   is not (an unwinder loaded privately, e.g. by glibc for
   pthread_cancel), nothing is popped here -- the record stays intact for
   the unwinder's reads -- and records are discarded lazily as after a
   longjmp.  */

#if defined __x86_64__ || defined __i386__
# define ANCHOR_DWARF_REG 3	/* %rbx, %ebx */
#endif

extern _Unwind_Word _Unwind_GetGR (struct _Unwind_Context *, int)
  __attribute__ ((__weak__));
extern void _Unwind_SetGR (struct _Unwind_Context *, int, _Unwind_Word)
  __attribute__ ((__weak__));
extern _Unwind_Word _Unwind_GetCFA (struct _Unwind_Context *)
  __attribute__ ((__weak__));

_Unwind_Reason_Code INTERCEPTOR_HIDDEN
__interceptor_personality (int version, _Unwind_Action actions,
			   _Unwind_Exception_Class exc_class,
			   struct _Unwind_Exception *exc,
			   struct _Unwind_Context *ctx)
{
  struct __interceptor_thread *thr = &__interceptor_thread_state;
  struct __interceptor_record *rec, *r;

  (void) exc_class;
  (void) exc;
  if (version != 1 || !(actions & _UA_CLEANUP_PHASE)
      || _Unwind_GetGR == NULL || _Unwind_SetGR == NULL
      || _Unwind_GetCFA == NULL)
    return _URC_CONTINUE_UNWIND;
  rec = (struct __interceptor_record *) _Unwind_GetGR (ctx, ANCHOR_DWARF_REG);
  for (r = RT_LOAD (&thr->last); r != NULL && r != rec; r = r->prev)
    ;
  /* The landing's frame is the target's caller as the unwinder sees it:
     its stack pointer, the target's CFA, lies one word above the
     record's slot.  Anything else, and the record stays.  */
  if (r == NULL
      || (void **) _Unwind_GetCFA (ctx) != rec->ra_slot + 1)
    return _URC_CONTINUE_UNWIND;

  /* REC (the innermost record of a chain) holds the real caller's
     return address and anchor.  First the copies, then the tagged
     anchor register, then the pop: at every instruction the rules give
     the real caller's values, and the record looks live (its slot holds
     its caller's return address) until it is unlinked.  */
  RT_STORE (&rec->unwind_anchor, rec->saved_anchor);
  RT_STORE (rec->ra_slot, rec->ret_addr);
  RT_FENCE ();
  _Unwind_SetGR (ctx, ANCHOR_DWARF_REG,
		 (_Unwind_Word) ((uintptr_t) rec + REC_UNWIND_ANCHOR
				 - REC_SAVED_ANCHOR + 1));
  RT_FENCE ();
  while ((rec->flags & REC_CHAINED) != 0 && rec->prev != NULL)
    rec = rec->prev;
  pop_to_below (thr, rec);
  return _URC_CONTINUE_UNWIND;
}

/* The number of records on the calling thread's invocation stack, after
   discarding those left behind by longjmp or exceptions.  For tests and
   diagnostics.  */

unsigned int __attribute__ ((__noinline__))
interceptor_thread_depth (void)
{
  struct __interceptor_thread *thr = &__interceptor_thread_state;
  struct __interceptor_record *r;
  unsigned int n = 0;

  if (RT_LOAD (&thr->top) == NULL)
    return 0;
  /* Our own return-address slot, just above the saved frame pointer on
     x86; every active invocation's slot is above it.  */
  r = discard_stale (thr, (void **) __builtin_frame_address (0) + 1);
  for (; r != NULL; r = r->prev)
    n++;
  return n;
}

/* Memory introspection, for the benchmark (bench/) and diagnostics.
   Stores the base of the calling thread's invocation stack mapping
   (NULL before the thread's first interception) in *BASE, the bytes its
   records and frames take now in *USED, and the runtime's static TLS
   bytes per thread in *TLS (any of the three may be NULL); returns the
   size of the mapping a thread reserves.  Reads the thread's state
   only.  */

unsigned long
interceptor_thread_memory (void **base, unsigned long *used,
			   unsigned long *tls)
{
  char *top = RT_LOAD (&__interceptor_thread_state.top);

  if (base != NULL)
    *base = top != NULL ? RT_STACK_BASE (top) : NULL;
  if (used != NULL)
    *used = top != NULL ? (unsigned long) (top - RT_STACK_BASE (top)) : 0;
  if (tls != NULL)
    *tls = sizeof __interceptor_thread_state;
  return INTERCEPTOR_STACK_SIZE;
}
