/* <interceptor.h> -- interceptor functions for GCC.

   An interceptor is a body of C code that stands in for one or more
   functions whose prototypes need not be known:

     #include <interceptor.h>

     MAX_RECURSION(1)
     INTERCEPTOR(OpenSocket, CloseSocket)
     {
       pthread_mutex_lock (&m);
       GOTO_TARGET (dlsym (RTLD_NEXT, INTERCEPTED_NAME));
       pthread_mutex_unlock (&m);
       GOTO_RETURN ();
     }

   The macros below only mark the source; the interceptor GCC plugin
   (interceptor.so, loaded with -fplugin=) lowers each body into one
   exported stub per name plus the outlined entry and exit parts.  See
   interceptor(7) and the README for the full contract.  */

#ifndef INTERCEPTOR_H
#define INTERCEPTOR_H 1

/* The version of the contract between this header, the plugin and the
   runtime library.  Each of them checks it.  */
#define INTERCEPTOR_ABI_VERSION 1

#if !defined (__GNUC__) || !defined (__has_attribute)
# error "<interceptor.h> needs GCC with the interceptor plugin: compile with the flags of 'pkg-config --cflags interceptor' (which add -fplugin=.../interceptor.so)"
#elif !__has_attribute (__interceptor__)
# error "<interceptor.h> needs the interceptor GCC plugin: add -fplugin=interceptor (or the flags of 'pkg-config --cflags interceptor') to the compiler's command line"
#elif !__has_attribute (__interceptor_abi_1__)
# error "<interceptor.h> (interceptor ABI version 1) does not match the loaded interceptor plugin: use the header installed with that plugin"
#endif

#ifdef __cplusplus
# define __INTERCEPTOR_NOTHROW throw ()
extern "C" {
#else
# define __INTERCEPTOR_NOTHROW __attribute__ ((__nothrow__))
#endif

/* One active invocation of an interceptor, as the lowered body sees it.
   The plugin reaches these fields by name; the runtime owns the
   storage.  Not for direct use.  */
struct __interceptor_invocation
{
  const char *name;		/* INTERCEPTED_NAME */
  unsigned int depth;		/* INTERCEPTED_DEPTH */
  unsigned int state;		/* resume point, written by the body */
  void *frame;			/* the body's local variables */
  void *target;			/* where GOTO_TARGET goes */
  /* Added with INTERCEPTED_ARG and INTERCEPTED_RETURN (runtime.c).  */
  void *regs;			/* entry part: the saved argument registers;
				   NULL in the exit part */
  void **args;			/* entry part: the caller's stack arguments */
  void *ret;			/* the saved (or to be set) return registers */
};

/* Markers.  The plugin replaces every call to these; none is defined
   anywhere, so a call the plugin did not lower cannot link.  */
extern void __interceptor_goto_target (int, ...)
  __INTERCEPTOR_NOTHROW __attribute__ ((__leaf__));
extern void __interceptor_goto_return (void)
  __INTERCEPTOR_NOTHROW __attribute__ ((__leaf__));
extern const char *__interceptor_intercepted_name (void)
  __INTERCEPTOR_NOTHROW __attribute__ ((__leaf__, __const__));
extern unsigned int __interceptor_intercepted_depth (void)
  __INTERCEPTOR_NOTHROW __attribute__ ((__leaf__, __const__));

/* INTERCEPTED_ARG and INTERCEPTED_RETURN (libinterceptor); through the
   macros below only.  */
extern void *__interceptor_arg_address (struct __interceptor_invocation *,
					int, unsigned int,
					const unsigned int *, int,
					unsigned int)
  __INTERCEPTOR_NOTHROW __attribute__ ((__returns_nonnull__));
extern void *__interceptor_return_address (struct __interceptor_invocation *,
					   unsigned int, int,
					   const unsigned int *, int,
					   unsigned int)
  __INTERCEPTOR_NOTHROW __attribute__ ((__returns_nonnull__));

/* Runtime introspection (libinterceptor), for tests, benchmarks and
   diagnostics, and symbol lookup for shims.  All are
   async-signal-safe.  */

/* Active invocations on the calling thread's invocation stack (records
   left behind by longjmp or exceptions are discarded first).  */
extern unsigned int interceptor_thread_depth (void);

/* The calling thread's invocation stack: its mapping's base in *BASE
   (NULL before the thread's first interception), the bytes records and
   frames use now in *USED, the runtime's static TLS bytes per thread in
   *TLS (each may be NULL); returns the size a thread reserves.  */
extern unsigned long interceptor_thread_memory (void **__base,
						unsigned long *__used,
						unsigned long *__tls);

/* The vector save path the stubs take in this process: "sse", "avx" or
   "avx512".  */
extern const char *interceptor_vector_path (void);

/* The function NAME of version VERSION (NULL: the default version, the
   one dlsym returns) that the loaded object LIBRARY (its DT_SONAME or
   the last component of its file name; NULL: every loaded object in
   load order) defines, with IFUNCs resolved; NULL when there is none.
   Reads the dynamic linker's list of loaded objects and their symbol
   hash tables: it calls nothing a shim could intercept, takes no lock
   and allocates nothing, so it works before main, in signal handlers
   and in the child of vfork, and it finds objects loaded with
   RTLD_LOCAL.  See interceptor(3).  */
extern void *interceptor_find_function (const char *__library,
					const char *__name,
					const char *__version);

#ifndef __cplusplus
/* What the macros of a body find under the name of its parameter
   elsewhere: this function (a parameter shadowing a function draws no
   -Wshadow warning), so that __INTERCEPTOR_IN_BODY tells a body from
   any other code, and the plugin can report the accessors and
   INTERCEPTED_NAME outside a body at their line.  */
extern void __interceptor_inv (void);
# define __INTERCEPTOR_IN_BODY						\
  __builtin_types_compatible_p (__typeof__ (__interceptor_inv),		\
				struct __interceptor_invocation *)
extern struct __interceptor_invocation *__interceptor_outside_body
  (const char *) __INTERCEPTOR_NOTHROW __attribute__ ((__leaf__));
extern const char __interceptor_name_outside_body[];
#endif

#ifdef __cplusplus
}
#endif

/* The recursion limit of interceptors defined without MAX_RECURSION.
   A translation unit may redefine it between interceptors.  */
#define INTERCEPTOR_MAX_RECURSION 0

/* MAX_RECURSION(n), written just before INTERCEPTOR (or before
   INTERCEPTOR_STRICT and INTERCEPTOR): allow n nested re-entries of
   that interceptor on one thread.  Both macros declare an extern
   variable, never defined or used, whose attribute the plugin hands to
   the next INTERCEPTOR: the declaration tells where the macro is, so
   that a bad or misplaced one is reported there.  */
#define MAX_RECURSION(n) __INTERCEPTOR_MAX_RECURSION (n, __COUNTER__)
#define __INTERCEPTOR_MAX_RECURSION(n, k) __INTERCEPTOR_MAX_RECURSION_1 (n, k)
#define __INTERCEPTOR_MAX_RECURSION_1(n, k)				\
  extern int __interceptor_max_recursion_##k				\
    __attribute__ ((__interceptor_max_recursion__ (n)));

/* INTERCEPTOR_STRICT, written just before INTERCEPTOR: the target sees
   bit-identical architectural state (every general register but %r11
   on x86_64, the flags, all x87/MMX/SSE/AVX/AVX-512 state) and the
   caller gets the target's back unchanged, for hand-written code with
   conventions of its own.  -fplugin-arg-interceptor-strict makes every
   interceptor of a translation unit strict.  See interceptor(7).  */
#define INTERCEPTOR_STRICT __INTERCEPTOR_STRICT (__COUNTER__)
#define __INTERCEPTOR_STRICT(k) __INTERCEPTOR_STRICT_1 (k)
#define __INTERCEPTOR_STRICT_1(k) \
  extern int __interceptor_strict_##k __attribute__ ((__interceptor_strict__));

/* INTERCEPTOR(name, ...) { body }: one body, one exported stub per
   name.  Names that are object-like macros are expanded, for the stubs
   as for the body's own name (__INTERCEPTOR_STR stringifies the
   expanded arguments): `#define NM foo' then INTERCEPTOR(NM) intercepts
   foo, as a call of NM would call it.  */
#define INTERCEPTOR(...) \
  __INTERCEPTOR_DEFINE (__INTERCEPTOR_STR (__VA_ARGS__), __COUNTER__)
#define __INTERCEPTOR_STR(...) #__VA_ARGS__
#define __INTERCEPTOR_DEFINE(names, n) __INTERCEPTOR_DEFINE_1 (names, n)
/* The body's name is __interceptor_body_N, unique in the unit
   (__COUNTER__) and made of no name the user gave: two interceptors of
   one name, or a name that is no identifier, meet the plugin's
   diagnostics rather than the compiler's.  The declaration of
   __interceptor_site_N before it takes what the user writes in front
   of INTERCEPTOR (extern, attributes), which the plugin checks: weak
   goes to the stubs, the other attributes to the body.  */
#define __INTERCEPTOR_DEFINE_1(names, n)					\
  void __interceptor_site_##n (void)					\
    __attribute__ ((__interceptor_site__));				\
  static void								\
  __attribute__ ((__interceptor__ (names, INTERCEPTOR_MAX_RECURSION,	\
				   INTERCEPTOR_ABI_VERSION),		\
		  __used__, __noinline__, __noclone__))			\
  __interceptor_body_##n (struct __interceptor_invocation		\
			  *__interceptor_inv __attribute__ ((__unused__)))

/* GOTO_TARGET(e): restore the complete call state and jump to the
   function E points to (any function pointer or void *).  What follows
   on the same path is the exit part.  */
#define GOTO_TARGET(e) __interceptor_goto_target (0, (e))

/* GOTO_RETURN(): end of the exit part; restore the return state and go
   back to the caller.  The 'return' leaves the body the way the
   language leaves any function: C++ destructors and cleanup attributes
   of the body's variables run.  A statement expression rather than
   do-while, so that one written inside an expression (as an operand of
   ?:) meets the plugin's diagnostic, not a syntax error.  */
#define GOTO_RETURN() \
  (__extension__ ({ __interceptor_goto_return (); return; }))

/* The name of the symbol this invocation entered through.  */
#ifdef __cplusplus
# define INTERCEPTED_NAME (__interceptor_intercepted_name ())
#else
/* Outside a body (a helper function, a file-scope initializer) it is
   an undefined array the plugin reports where it is used.  */
# define INTERCEPTED_NAME						\
  __builtin_choose_expr (__INTERCEPTOR_IN_BODY,				\
			 __interceptor_intercepted_name (),		\
			 (const char *) __interceptor_name_outside_body)
#endif

/* Active invocations of this interceptor on this thread that enclose
   this one (0 for the outermost).  */
#define INTERCEPTED_DEPTH (__interceptor_intercepted_depth ())

/* Typed access to the saved call state (C only).

   INTERCEPTED_ARG(type, n) reads argument N (0-based, an integer
   constant expression) as TYPE (an integer, enumeration, pointer,
   float, double or long double type) in the entry part, placed the way
   the caller's convention places it after the earlier arguments: the
   ones INTERCEPTOR_PROTOTYPE names or, without a prototype, one integer
   slot each.  INTERCEPTED_SET_ARG(type, n, v) changes what the target
   receives.  INTERCEPTED_RETURN(type) reads the value the target
   returned (in the exit part) or the one a GOTO_RETURN() in the entry
   part will return (INTERCEPTED_SET_RETURN(type, v) sets either; 0 by
   default).  See interceptor(3).  */
#ifndef __cplusplus

/* Argument classes: kind | size << 8 (rt/interceptor-rt.h).  */
# define __INTERCEPTOR_TC(T) __builtin_classify_type (*(__typeof__ (T) *) 0)
# define __INTERCEPTOR_INT_P(T)						\
  (!__INTERCEPTOR_DECAYS_P (T)						\
   && __INTERCEPTOR_TC (T) >= 1 && __INTERCEPTOR_TC (T) <= 5)
/* Whether T is an array or function type, which the comma operator
   turns into a pointer (no argument has such a type: C passes them as
   pointers).  */
# define __INTERCEPTOR_DECAYS_P(T)					\
  (!__builtin_types_compatible_p (__typeof__ (*(__typeof__ (T) *) 0),	\
				  __typeof__ ((void) 0, *(__typeof__ (T) *) 0)))
# define __INTERCEPTOR_CLASS(T)						\
  ((__INTERCEPTOR_INT_P (T) && sizeof (T) <= sizeof (long long)		\
    ? 1u								\
    : __INTERCEPTOR_TC (T) == 8						\
      && (sizeof (T) == sizeof (float) || sizeof (T) == sizeof (double))	\
    ? 2u								\
    : __builtin_types_compatible_p (T, long double) ? 3u : 0u)		\
   | (unsigned int) sizeof (T) << 8)
# define __INTERCEPTOR_KIND(T) (__INTERCEPTOR_CLASS (T) & 0xffu)

/* Conventions: the kind in the low 4 bits, regparm in bits 4-5,
   sseregparm in bit 6 (rt/runtime.c).  */
# define __INTERCEPTOR_CONV_sysv_abi 0
# define __INTERCEPTOR_CONV_ms_abi 1
# define __INTERCEPTOR_CONV_cdecl 0
# define __INTERCEPTOR_CONV_stdcall 2
# define __INTERCEPTOR_CONV_fastcall 3
# define __INTERCEPTOR_CONV_thiscall 4
# define __INTERCEPTOR_CONV_regparm(n) ((n) << 4)
# define __INTERCEPTOR_CONV_sseregparm 0x40
# define __INTERCEPTOR_CONV_ITEM(c) __INTERCEPTOR_CONV_##c |
/* INTERCEPTOR_CONVENTION(): the plugin reports it.  */
# define __INTERCEPTOR_CONV_ 0

extern int __interceptor_bad_index (void)
  __INTERCEPTOR_NOTHROW __attribute__ ((__leaf__));

/* The defaults: no prototype, the platform's convention.  A body's
   INTERCEPTOR_PROTOTYPE and INTERCEPTOR_CONVENTION shadow them.  */
static const unsigned int __interceptor_proto[1] __attribute__ ((__unused__))
  = { 0 };
enum { __interceptor_nargs = -1 };
enum { __interceptor_conv = 0 };

# define __INTERCEPTOR_NARGS(...)					\
  __INTERCEPTOR_NARGS_1 (__VA_ARGS__,					\
			 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18,	\
			 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1,	\
			 0)
# define __INTERCEPTOR_NARGS_1(						\
	a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12,	\
	a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23,	\
	a24, a25, a26, a27, a28, a29, a30, a31, n, ...) n
# define __INTERCEPTOR_CL(T) __INTERCEPTOR_CLASS (T),
# define __INTERCEPTOR_MAP_1(f, x) f (x)
# define __INTERCEPTOR_MAP_2(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_1 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_3(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_2 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_4(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_3 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_5(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_4 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_6(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_5 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_7(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_6 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_8(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_7 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_9(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_8 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_10(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_9 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_11(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_10 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_12(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_11 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_13(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_12 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_14(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_13 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_15(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_14 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_16(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_15 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_17(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_16 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_18(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_17 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_19(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_18 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_20(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_19 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_21(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_20 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_22(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_21 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_23(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_22 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_24(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_23 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_25(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_24 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_26(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_25 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_27(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_26 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_28(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_27 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_29(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_28 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_30(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_29 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_31(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_30 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_32(f, x, ...) \
  f (x) __INTERCEPTOR_MAP_31 (f, __VA_ARGS__)
# define __INTERCEPTOR_MAP(n, f, ...) __INTERCEPTOR_MAP_N (n, f, __VA_ARGS__)
# define __INTERCEPTOR_MAP_N(n, f, ...) __INTERCEPTOR_MAP_##n (f, __VA_ARGS__)

/* INTERCEPTOR_PROTOTYPE(T0, T1, ...), a statement at the start of a
   body: the intercepted functions take arguments of these types (1 to
   32 of them).  */
# define __INTERCEPTOR_SHADOW_BEGIN					\
  _Pragma ("GCC diagnostic push")					\
  _Pragma ("GCC diagnostic ignored \"-Wshadow\"")
# define __INTERCEPTOR_SHADOW_END \
  ; _Pragma ("GCC diagnostic pop") _Static_assert (1, "")
# define INTERCEPTOR_PROTOTYPE(...)					\
  _Pragma (__INTERCEPTOR_STR (interceptor prototype __VA_ARGS__))	\
  __INTERCEPTOR_SHADOW_BEGIN						\
  enum { __interceptor_nargs = __INTERCEPTOR_NARGS (__VA_ARGS__) };	\
  static const unsigned int __interceptor_proto[]			\
    __attribute__ ((__unused__)) = {					\
      __INTERCEPTOR_MAP (__INTERCEPTOR_NARGS (__VA_ARGS__),		\
			 __INTERCEPTOR_CL, __VA_ARGS__) }			\
  __INTERCEPTOR_SHADOW_END

/* INTERCEPTOR_CONVENTION(c, ...), a statement at the start of a body:
   the intercepted functions' calling convention, as the attributes that
   would declare them: sysv_abi (the default) or ms_abi on x86_64;
   cdecl (the default), stdcall, fastcall, thiscall, regparm(n) and
   sseregparm, combined as GCC allows, on i386.  */
# define INTERCEPTOR_CONVENTION(...)					\
  _Pragma (__INTERCEPTOR_STR (interceptor convention __VA_ARGS__))	\
  __INTERCEPTOR_SHADOW_BEGIN						\
  enum { __interceptor_conv =						\
	 __INTERCEPTOR_MAP (__INTERCEPTOR_NARGS (__VA_ARGS__),		\
			    __INTERCEPTOR_CONV_ITEM, __VA_ARGS__) 0 }	\
  __INTERCEPTOR_SHADOW_END

/* The plugin checks the constant arguments of these calls: the class
   of the type, the index against the prototype, the convention.  */
# define __INTERCEPTOR_INV(what)					\
  __builtin_choose_expr (__INTERCEPTOR_IN_BODY, __interceptor_inv,	\
			 __interceptor_outside_body (what))
/* The index, or a call of __interceptor_bad_index, which the plugin
   reports, when it is not of an integer type (1.5 would become 1).  */
# define __INTERCEPTOR_INDEX(n)						\
  __builtin_choose_expr (__INTERCEPTOR_INT_P (__typeof__ (n)), (n),	\
			 __interceptor_bad_index ())
# define __INTERCEPTOR_ARG_PTR(T, n)					\
  __interceptor_arg_address (__INTERCEPTOR_INV ("INTERCEPTED_ARG"),	\
			     __INTERCEPTOR_INDEX (n),			\
			     __INTERCEPTOR_CLASS (T), __interceptor_proto, \
			     __interceptor_nargs, __interceptor_conv)

/* T if it is an integer-like type, int otherwise (never used then).  */
# define __INTERCEPTOR_WT(T) \
  __typeof__ (__builtin_choose_expr (__INTERCEPTOR_INT_P (T),		\
				     *(__typeof__ (T) *) 0, 0))

/* T, or int for a type the plugin refuses (an array, a struct), so that
   the branches of __INTERCEPTOR_STORE not taken still compile.  */
# define __INTERCEPTOR_VT(T)						\
  __typeof__ (__builtin_choose_expr (__INTERCEPTOR_KIND (T) == 0, 0,	\
				     *(__typeof__ (T) *) 0))

/* Store V as T in the slot at P, widening integers to the whole
   register or stack word; nothing for a type the plugin refuses.  */
# define __INTERCEPTOR_STORE(T, p, v)					\
  __builtin_choose_expr							\
  (__INTERCEPTOR_KIND (T) == 0,						\
   (void) (p), /* the plugin reports the type */			\
   __builtin_choose_expr						\
   (__INTERCEPTOR_KIND (T) == 1 && sizeof (T) < sizeof (long),		\
    (void) (*(long *) (p)						\
	    = (long) (__INTERCEPTOR_WT (T))				\
	      __builtin_choose_expr (__INTERCEPTOR_INT_P (T), (v), 0)),	\
    (void) (*(__INTERCEPTOR_VT (T) *) (p)				\
	    = __builtin_choose_expr (__INTERCEPTOR_KIND (T) == 0, 0, (v)))))

# define INTERCEPTED_ARG(type, n) \
  (*(__typeof__ (type) *) __INTERCEPTOR_ARG_PTR (type, n))
# define INTERCEPTED_SET_ARG(type, n, v) \
  __INTERCEPTOR_STORE (type, __INTERCEPTOR_ARG_PTR (type, n), v)

# define __INTERCEPTOR_RET_PTR(T, w)					\
  __interceptor_return_address (__INTERCEPTOR_INV ("INTERCEPTED_RETURN"), \
				__INTERCEPTOR_CLASS (T),		\
				(w), __interceptor_proto,		\
				__interceptor_nargs, __interceptor_conv)
# define INTERCEPTED_RETURN(type) \
  (*(__typeof__ (type) *) __INTERCEPTOR_RET_PTR (type, 0))
# define INTERCEPTED_SET_RETURN(type, v) \
  __INTERCEPTOR_STORE (type, __INTERCEPTOR_RET_PTR (type, 1), v)

#endif /* !__cplusplus */

#endif /* INTERCEPTOR_H */
