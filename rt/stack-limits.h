/* stack-limits.h -- the size of a thread's invocation stack and the
   largest frame of locals an interceptor may have.  One source for the
   runtime (interceptor-rt.h), which maps the stack, and the plugin
   (gcc-plugin/genericize.cc), which refuses bodies whose locals could
   never fit; #defines only, no architecture.

   Copyright (c) 2026 the interceptor authors.
   MIT licence: see COPYING.MIT.  */

#ifndef INTERCEPTOR_STACK_LIMITS_H
#define INTERCEPTOR_STACK_LIMITS_H 1

/* Size of a thread's invocation stack: one anonymous mapping, reserved at
   the thread's first interception, pages touched only as used.  */
#define INTERCEPTOR_STACK_SIZE (1024 * 1024)

/* The locals of one interceptor (its frame, interceptor(7), "Local
   variables") may take at most this much: what is left of the stack
   once the invocation record, the frame's alignment (at most 4096) and
   the records of a few nested invocations (signal handlers) have their
   room.  */
#define INTERCEPTOR_FRAME_MAX (INTERCEPTOR_STACK_SIZE - 64 * 1024)

/* The largest alignment a frame may ask for.  */
#define INTERCEPTOR_FRAME_ALIGN_MAX 4096

#endif /* INTERCEPTOR_STACK_LIMITS_H */
