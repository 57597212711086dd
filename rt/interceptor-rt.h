/* interceptor-rt.h -- internal declarations of the interceptor runtime
   library: the data the plugin emits (descriptors and site records), the
   per-thread invocation stack, the entry and exit hooks the architecture's
   trampolines call, and the diagnostics.  Not installed.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef INTERCEPTOR_RT_H
#define INTERCEPTOR_RT_H 1

#include <stddef.h>
#include <stdint.h>

#include "record-offsets.h"
#include "stack-limits.h"

/* The contract version between header, plugin and runtime
   (INTERCEPTOR_ABI_VERSION in macros/interceptor.h).  */
#define INTERCEPTOR_RT_ABI_VERSION 1

/* The library is compiled with -fvisibility=hidden; these mark the few
   symbols it exports.  */
#define INTERCEPTOR_EXPORT __attribute__ ((__visibility__ ("default")))
#define INTERCEPTOR_HIDDEN __attribute__ ((__visibility__ ("hidden")))

/* One active invocation of an interceptor, as the lowered body sees it.
   This MUST match struct __interceptor_invocation in
   macros/interceptor.h field for field: the plugin-lowered bodies reach
   the fields by name through that header's declaration.  (That header
   refuses to compile without the plugin, so it is not included here.)  */
struct __interceptor_invocation
{
  const char *name;		/* INTERCEPTED_NAME */
  unsigned int depth;		/* INTERCEPTED_DEPTH */
  unsigned int state;		/* resume point, written by the body */
  void *frame;			/* the body's local variables */
  void *target;			/* written by the body at GOTO_TARGET */
  /* Added with INTERCEPTED_ARG and INTERCEPTED_RETURN (runtime.c).  */
  void *regs;			/* entry part: the saved argument registers;
				   NULL in the exit part */
  void **args;			/* entry part: the caller's stack arguments */
  void *ret;			/* the saved (or to be set) return registers */
};

/* One per interceptor, emitted by the plugin (doc/INTERNALS.md, 3).  */
struct __interceptor_desc
{
  void (*body) (struct __interceptor_invocation *);
  const char *label;		/* "open, open64" */
  unsigned int max_recursion;
  unsigned int frame_size;	/* bytes */
  unsigned int frame_align;	/* power of two, <= 4096 */
  unsigned int abi_version;	/* INTERCEPTOR_RT_ABI_VERSION */
};

/* One per intercepted name, emitted by the plugin; the stub passes its
   address to the entry trampoline.  */
struct __interceptor_site
{
  const struct __interceptor_desc *desc;
  const char *name;		/* "open" */
};

/* Record flags.  A record is in its entry phase (body running with
   state 0) until __interceptor_enter sees that the chosen site has an
   exit part; it then stays on the stack with REC_HAS_EXIT while the
   target runs, and gets REC_IN_EXIT while __interceptor_leave runs the
   exit part.  */
#define REC_HAS_EXIT	1u
#define REC_IN_EXIT	2u
/* The target of the record below (an exit-part invocation) tail-called
   this interceptor's stub: both share one return-address slot, which
   holds the return landing.  This record then carries the real caller's
   return address and anchor, and __interceptor_leave runs both exit
   parts (this one's first) before returning to the real caller.  */
#define REC_CHAINED	4u
/* Made by a strict entry trampoline (SPEC 3.4): the target runs with
   the caller's anchor register, so the strict return landing finds the
   record by its slot (__interceptor_strict_return); never chained.  */
#define REC_STRICT	8u
/* A strict record whose body is a GPR leaf (made by a GPR-only strict
   entry): the strict landing saves no x87 or vector state around its
   exit part.  */
#define REC_STRICT_GPR	16u
_Static_assert (REC_STRICT_GPR == 16, "STRICT_GPR in the strict.S files");

/* The runtime's record of one active invocation, on the thread's
   invocation stack.  The body's frame (its local variables) follows it,
   aligned to MAX (desc->frame_align, 16).  */
struct __interceptor_record
{
  void *ret_addr;		/* REC_RET_ADDR: the caller's return address */
  void *saved_anchor;		/* REC_SAVED_ANCHOR: the caller's anchor */
  void **ra_slot;		/* where the return address is (was) */
  struct __interceptor_record *prev;	/* the record below */
  const struct __interceptor_site *site;
  unsigned int flags;		/* REC_HAS_EXIT, REC_IN_EXIT, REC_CHAINED */
  unsigned int size;		/* bytes from the record to the next one */
  struct __interceptor_invocation inv;
  /* REC_UNWIND_ANCHOR: a copy of SAVED_ANCHOR that only
     __interceptor_personality writes, as it pops the record while an
     exception passes the return landing.  No push ever writes this word
     (neither __interceptor_enter nor the assembler paths; a body's frame
     starts after it), so a record a signal handler pushes at the same
     address before the unwinder has read it leaves it intact (runtime.c,
     __interceptor_personality).  It lies in what was padding: REC_FRAME
     is unchanged.  */
  void *unwind_anchor;
};

_Static_assert (offsetof (struct __interceptor_record, ret_addr)
		== REC_RET_ADDR, "REC_RET_ADDR");
_Static_assert (offsetof (struct __interceptor_record, saved_anchor)
		== REC_SAVED_ANCHOR, "REC_SAVED_ANCHOR");
_Static_assert (offsetof (struct __interceptor_record, ra_slot)
		== REC_RA_SLOT, "REC_RA_SLOT");
_Static_assert (offsetof (struct __interceptor_record, unwind_anchor)
		== REC_UNWIND_ANCHOR, "REC_UNWIND_ANCHOR");

/* Granularity of the invocation stack: every record starts at, and every
   record's size is, a multiple of this.  */
#define INTERCEPTOR_STACK_ALIGN 16


/* A thread's invocation stack.  Lives in initial-exec TLS (static TLS,
   no lazy allocation, usable from signal handlers); keep it small so a
   dlopen()ed shim still fits in glibc's static TLS surplus.

   The stack is a mapping of INTERCEPTOR_STACK_SIZE bytes aligned to its
   size, growing upward.  TOP is the bump pointer, NULL until the mapping
   exists; since it always stays below the end of the mapping, the
   mapping's base is TOP rounded down to INTERCEPTOR_STACK_SIZE, so TOP
   alone says which mapping is current.  LAST is the topmost record (NULL
   when the stack is empty).  A signal handler may run interceptors at
   any instruction of the code that updates these, so every update is
   ordered (with compiler-only fences: the interrupting handler runs on
   the same thread) such that the state seen between two stores is always
   consistent.  */
struct __interceptor_thread
{
  char *top;
  struct __interceptor_record *last;
  int *errno_p;			/* &errno, set before TOP; saves the
				   runtime two calls per entry and exit */
};

/* The base and the end of the mapping TOP lies in.  */
#define RT_STACK_BASE(top) \
  ((char *) ((uintptr_t) (top) & -(uintptr_t) INTERCEPTOR_STACK_SIZE))
#define RT_STACK_LIMIT(top) (RT_STACK_BASE (top) + INTERCEPTOR_STACK_SIZE)

extern __thread struct __interceptor_thread __interceptor_thread_state
  __attribute__ ((__tls_model__ ("initial-exec"))) INTERCEPTOR_HIDDEN;

/* The offsets the fast path's assembler code uses (record-offsets.h).  */
#ifdef REC_FRAME
# define RT_OFFSET_IS(type, field, off) \
  _Static_assert (offsetof (type, field) == (off), #off)
RT_OFFSET_IS (struct __interceptor_record, prev, REC_PREV);
RT_OFFSET_IS (struct __interceptor_record, site, REC_SITE);
RT_OFFSET_IS (struct __interceptor_record, flags, REC_FLAGS);
RT_OFFSET_IS (struct __interceptor_record, size, REC_SIZE);
RT_OFFSET_IS (struct __interceptor_record, inv.name, INV_NAME);
RT_OFFSET_IS (struct __interceptor_record, inv.depth, INV_DEPTH);
RT_OFFSET_IS (struct __interceptor_record, inv.state, INV_STATE);
RT_OFFSET_IS (struct __interceptor_record, inv.frame, INV_FRAME);
RT_OFFSET_IS (struct __interceptor_record, inv.target, INV_TARGET);
RT_OFFSET_IS (struct __interceptor_record, inv.regs, INV_REGS);
RT_OFFSET_IS (struct __interceptor_record, inv.args, INV_ARGS);
RT_OFFSET_IS (struct __interceptor_record, inv.ret, INV_RET);
_Static_assert ((sizeof (struct __interceptor_record) + 15) / 16 * 16
		== REC_FRAME, "REC_FRAME");
RT_OFFSET_IS (struct __interceptor_desc, body, DESC_BODY);
RT_OFFSET_IS (struct __interceptor_desc, frame_size, DESC_FRAME_SIZE);
RT_OFFSET_IS (struct __interceptor_desc, frame_align, DESC_FRAME_ALIGN);
RT_OFFSET_IS (struct __interceptor_desc, abi_version, DESC_ABI_VERSION);
RT_OFFSET_IS (struct __interceptor_site, desc, SITE_DESC);
RT_OFFSET_IS (struct __interceptor_site, name, SITE_NAME);
RT_OFFSET_IS (struct __interceptor_thread, top, THR_TOP);
RT_OFFSET_IS (struct __interceptor_thread, last, THR_LAST);
RT_OFFSET_IS (struct __interceptor_thread, errno_p, THR_ERRNO_P);
_Static_assert (1 << THR_STACK_SHIFT == INTERCEPTOR_STACK_SIZE,
		"THR_STACK_SHIFT");
_Static_assert (FAST_ABI_VERSION == INTERCEPTOR_RT_ABI_VERSION
		&& FAST_STACK_ALIGN == INTERCEPTOR_STACK_ALIGN
		&& FAST_HAS_EXIT == REC_HAS_EXIT
		&& FAST_IN_EXIT == REC_IN_EXIT, "FAST_*");
#endif

/* Relaxed, signal-ordered access to the thread state.  */
#define RT_LOAD(p) __atomic_load_n ((p), __ATOMIC_RELAXED)
#define RT_STORE(p, v) __atomic_store_n ((p), (v), __ATOMIC_RELAXED)
#define RT_FENCE() __atomic_signal_fence (__ATOMIC_SEQ_CST)

/* Pop REC and everything above it.  Unlink first, then release the
   memory, so that a signal handler running between the two stores
   pushes above the memory or reuses it only once it is unlinked.  */

static inline void
pop_to_below (struct __interceptor_thread *thr,
	      struct __interceptor_record *rec)
{
  RT_STORE (&thr->last, rec->prev);
  RT_FENCE ();
  RT_STORE (&thr->top, (char *) rec);
  RT_FENCE ();
}

/* Pop everything above REC, keeping REC (runtime.c; vfork.c).  */

static inline void
pop_to (struct __interceptor_thread *thr, struct __interceptor_record *rec)
{
  RT_STORE (&thr->last, rec);
  RT_FENCE ();
  RT_STORE (&thr->top, (char *) rec + rec->size);
  RT_FENCE ();
}

/* thread.c: reserve the calling thread's invocation stack (SITE only
   names the culprit if that fails) and return its TOP.  */
extern char *__interceptor_thread_init (struct __interceptor_thread *,
					const struct __interceptor_site *)
  INTERCEPTOR_HIDDEN;

/* runtime.c: the hooks the architecture's trampolines call
   (doc/INTERNALS.md, 4).  */
struct __interceptor_enter_result
{
  void *target;
  struct __interceptor_record *rec;
};
struct __interceptor_leave_result
{
  void *ret_addr;
  void *saved_anchor;
};

extern struct __interceptor_enter_result
__interceptor_enter (const struct __interceptor_site *, void **, void *,
		     void *)
  INTERCEPTOR_HIDDEN;
extern struct __interceptor_leave_result
__interceptor_leave (struct __interceptor_record *, void **, void *)
  INTERCEPTOR_HIDDEN;
/* The strict trampolines' (doc/INTERNALS.md, 6).  */
extern struct __interceptor_enter_result
__interceptor_enter_strict (const struct __interceptor_site *, void **,
			    void *, void *, int)
  INTERCEPTOR_HIDDEN;
extern struct __interceptor_record *
__interceptor_strict_return (void **)
  INTERCEPTOR_HIDDEN;
/* The fast path's (doc/INTERNALS.md, 7).  */
extern void __interceptor_die_null_target (const struct __interceptor_site *)
  INTERCEPTOR_HIDDEN __attribute__ ((__noreturn__));

/* Argument and return-value classes of INTERCEPTED_ARG and
   INTERCEPTED_RETURN (macros/interceptor.h): the kind in the low byte,
   the size in bytes above it.  */
#define RT_CLASS_INT	1u	/* integer, enum, bool, pointer */
#define RT_CLASS_SSE	2u	/* float, double */
#define RT_CLASS_X87	3u	/* long double */
#define RT_CONV_DEFAULT	0u	/* SysV (x86_64), cdecl (i386) */
#define RT_CONV_MS_ABI	1u	/* more in runtime.c (CONV_*) */

extern void *__interceptor_arg_address (struct __interceptor_invocation *,
					int, unsigned int,
					const unsigned int *, int,
					unsigned int)
  INTERCEPTOR_EXPORT;
extern void *__interceptor_return_address (struct __interceptor_invocation *,
					   unsigned int, int,
					   const unsigned int *, int,
					   unsigned int)
  INTERCEPTOR_EXPORT;

/* The architecture's return landing (e.g. x86_64/trampoline.S): where a
   target with an exit part returns to.  */
extern char __interceptor_return_landing[] INTERCEPTOR_HIDDEN;
/* The strict one (e.g. x86_64/strict.S).  */
extern char __interceptor_strict_landing[] INTERCEPTOR_HIDDEN;
/* The fast path's, where the architecture has one (RT_FAST_PATH, e.g.
   x86_64/fast.S): like the first, for bodies that touch general
   registers only.  */
extern char __interceptor_fast_landing[] INTERCEPTOR_HIDDEN;

/* Public diagnostics API (declared for users in <interceptor.h>).  */
extern unsigned int interceptor_thread_depth (void) INTERCEPTOR_EXPORT;
extern const char *interceptor_vector_path (void) INTERCEPTOR_EXPORT;
extern void *interceptor_find_function (const char *, const char *,
				       const char *) INTERCEPTOR_EXPORT;
/* thread.c: &errno, through the C library's own __errno_location.  */
extern int *__interceptor_errno_address (void) INTERCEPTOR_HIDDEN;
/* vfork.c: the target of an interceptor of vfork (the plugin calls it
   from every body that names vfork).  */
extern void *__interceptor_vfork_target (void *) INTERCEPTOR_EXPORT;
/* symbols.c: NAME as the runtime's own dependencies define it.  */
extern void *__interceptor_dependency_function (const char *)
  INTERCEPTOR_HIDDEN;
extern unsigned long interceptor_thread_memory (void **, unsigned long *,
						unsigned long *)
  INTERCEPTOR_EXPORT;

/* diag.c: one-line fatal diagnostics, built without stdio or malloc and
   written with a single write(2), so they are async-signal-safe.  */
struct __interceptor_msg
{
  unsigned int len;
  char buf[1024];
};

extern void __interceptor_msg_str (struct __interceptor_msg *, const char *)
  INTERCEPTOR_HIDDEN __attribute__ ((__cold__));
extern void __interceptor_msg_uint (struct __interceptor_msg *,
				    unsigned long)
  INTERCEPTOR_HIDDEN __attribute__ ((__cold__));
extern void __interceptor_msg_die (struct __interceptor_msg *)
  INTERCEPTOR_HIDDEN __attribute__ ((__cold__, __noreturn__));

#endif /* INTERCEPTOR_RT_H */
