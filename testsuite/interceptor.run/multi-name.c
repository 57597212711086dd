/* { dg-do run } */
/* One body for several names (SPEC 2.1): each name is its own global
   function symbol, and INTERCEPTED_NAME tells, in the entry part and in
   the exit part, which one this invocation came in through -- also when
   one name of the body is called while another invocation of the same
   body, entered through another name, is active.  */

#include <interceptor.h>
#include "check.h"

extern int op_add (int, int);
extern int op_sub (int, int);
extern int op_mul (int, int);
extern int op_chain (int, int);
extern int t_one (int);
extern int t_two (int);

static int n_add, n_sub, n_mul, n_chain;

__attribute__ ((noinline, noclone)) int real_add (int a, int b) { return a + b; }
__attribute__ ((noinline, noclone)) int real_sub (int a, int b) { return a - b; }
__attribute__ ((noinline, noclone)) int real_mul (int a, int b) { return a * b; }

/* op_chain (a, b) = op_add (a, b) * 2, calling op_add through the stub:
   a re-entry of the same interceptor under another name.  */
__attribute__ ((noinline, noclone)) int
real_chain (int a, int b)
{
  return op_add (a, b) * 2;
}

static char seen[256];

MAX_RECURSION (1)
INTERCEPTOR (op_add, op_sub, op_mul, op_chain)
{
  const char *name = INTERCEPTED_NAME;
  unsigned int depth = INTERCEPTED_DEPTH;
  int (*target) (int, int);

  if (strcmp (name, "op_add") == 0)
    n_add++, target = real_add;
  else if (strcmp (name, "op_sub") == 0)
    n_sub++, target = real_sub;
  else if (strcmp (name, "op_mul") == 0)
    n_mul++, target = real_mul;
  else if (strcmp (name, "op_chain") == 0)
    n_chain++, target = real_chain;
  else
    abort ();

  snprintf (seen + strlen (seen), sizeof seen - strlen (seen), "%s<%u ",
	    name, depth);
  GOTO_TARGET (target);

  /* The same name (the very same string) and depth after the target.  */
  CHECK (INTERCEPTED_NAME == name);
  CHECK (INTERCEPTED_DEPTH == depth);
  snprintf (seen + strlen (seen), sizeof seen - strlen (seen), "%s>%u ",
	    INTERCEPTED_NAME, INTERCEPTED_DEPTH);
  GOTO_RETURN ();
}

/* A transparent body for two names, choosing the target by name.  */
__attribute__ ((noinline, noclone)) int real_one (int x) { return x + 1; }
__attribute__ ((noinline, noclone)) int real_two (int x) { return x + 2; }

static const char *last_t;

INTERCEPTOR (t_one, t_two)
{
  last_t = INTERCEPTED_NAME;
  GOTO_TARGET (strcmp (INTERCEPTED_NAME, "t_one") == 0 ? real_one : real_two);
}

int
main (void)
{
  int i;

  /* Every name is a distinct function.  */
  CHECK ((void *) op_add != (void *) op_sub);
  CHECK ((void *) op_sub != (void *) op_mul);
  CHECK ((void *) op_add != (void *) op_mul);
  CHECK ((void *) t_one != (void *) t_two);

  for (i = 0; i < 10; i++)
    {
      CHECK (op_add (i, 3) == i + 3);
      CHECK (op_sub (i, 3) == i - 3);
      CHECK (op_mul (i, 3) == i * 3);
    }
  CHECK (n_add == 10 && n_sub == 10 && n_mul == 10 && n_chain == 0);

  seen[0] = '\0';
  CHECK (op_sub (1, 2) == -1);
  CHECK (strcmp (seen, "op_sub<0 op_sub>0 ") == 0);

  /* op_chain's target calls op_add: a nested invocation of the same body
     under another name, at depth 1.  */
  seen[0] = '\0';
  CHECK (op_chain (4, 5) == 18);
  if (strcmp (seen, "op_chain<0 op_add<1 op_add>1 op_chain>0 ") != 0)
    {
      fprintf (stderr, "seen: %s\n", seen);
      abort ();
    }
  CHECK (n_chain == 1 && n_add == 11);

  CHECK (t_one (10) == 11);
  CHECK (strcmp (last_t, "t_one") == 0);
  CHECK (t_two (10) == 12);
  CHECK (strcmp (last_t, "t_two") == 0);
  return 0;
}
