/* bt-common.h -- the interceptors and callers shared by backtrace.c and
   backtrace-gdb.c.  Not a test itself.

   Four ways from a caller to a target, each caller alone in its section
   so that a return address can be told to lie in it:
     caller_t  -> bt_t (transparent)           -> real_leaf
     caller_x  -> bt_x (exit part)             -> real_leaf
     caller_c  -> bt_c (exit part) -> real_c, which tail-calls (at -O2)
                  bt_x's stub: both invocations share one return slot
     caller_n  -> bt_n (exit part) -> real_n, which calls bt_x
   real_leaf calls take_backtrace (), which the test defines.  */

#include <interceptor.h>

extern int bt_t (int);
extern int bt_x (int);
extern int bt_c (int);
extern int bt_n (int);

extern void take_backtrace (int which);

#define BT_NAMES "caller_t", "caller_x", "caller_c", "caller_n"

/* Whether real_c tail-calls bt_x's stub (GCC does at -O2 on x86_64; not
   on i386, where the PIC register must be set up for the PLT call).  */
#if defined __OPTIMIZE__ && defined __x86_64__
# define TAIL_CALLS 1
#else
# define TAIL_CALLS 0
#endif

/* How many frames a backtrace from real_leaf may show up to caller
   WHICH (0-3, BT_NAMES order): real_leaf's caller and at most one
   landing, except for caller_n (and caller_c without the tail call),
   whose path has real_n or real_c and a landing in addition.  */
static int __attribute__ ((unused))
bt_max_gap (int which)
{
  return which == 3 || (which == 2 && !TAIL_CALLS) ? 4 : 2;
}

static int bt_which;

__attribute__ ((noinline, noclone)) int
real_leaf (int x)
{
  take_backtrace (bt_which);
  return x + 1;
}

__attribute__ ((noinline, noclone)) int
real_c (int x)
{
  return bt_x (x);		/* a tail call at -O2 */
}

__attribute__ ((noinline, noclone)) int
real_n (int x)
{
  int r = bt_x (x);		/* not a tail call */
  return r * 3;
}

static volatile int exit_noise;

INTERCEPTOR (bt_t)
{
  GOTO_TARGET (real_leaf);
}

MAX_RECURSION (1)
INTERCEPTOR (bt_x)
{
  GOTO_TARGET (real_leaf);
  exit_noise++;
  GOTO_RETURN ();
}

INTERCEPTOR (bt_c)
{
  GOTO_TARGET (real_c);
  exit_noise++;
  GOTO_RETURN ();
}

INTERCEPTOR (bt_n)
{
  GOTO_TARGET (real_n);
  exit_noise++;
  GOTO_RETURN ();
}

#define CALLER(name, stub, sec)						\
  __attribute__ ((noinline, noclone, section (sec))) int		\
  name (int x)								\
  {									\
    return stub (x) * 2;						\
  }

CALLER (caller_t, bt_t, "bt_caller_t")
CALLER (caller_x, bt_x, "bt_caller_x")
CALLER (caller_c, bt_c, "bt_caller_c")
CALLER (caller_n, bt_n, "bt_caller_n")

/* Run the four paths; WHICH says which one is running.  */
static void
run_all (void)
{
  bt_which = 0;
  if (caller_t (1) != 4)
    abort ();
  bt_which = 1;
  if (caller_x (2) != 6)
    abort ();
  bt_which = 2;
  if (caller_c (3) != 8)
    abort ();
  bt_which = 3;
  if (caller_n (4) != 30)
    abort ();
}
