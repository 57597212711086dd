/* placement.cc -- MAX_RECURSION and INTERCEPTOR_STRICT belong right
   before INTERCEPTOR.

   Each of them expands to a declaration of its own, an extern variable
   named __interceptor_max_recursion_K or __interceptor_strict_K (K from
   __COUNTER__) that carries the attribute: the declaration locates the
   macro (its name is spelled in the macro, so the user's line is the
   expansion point), lets the front end compute the limit (an
   enumerator, sizeof, a C++ constant), and cannot be lost, as an
   attribute in front of 'struct s { ... };' or ';' would be.  The
   attributes' handlers (attribs.cc) leave the macro pending; the
   attribute handler of the next INTERCEPTOR body takes what is pending
   (icpt_take_pending).  Whatever else the front end meets while a
   macro is pending -- a declaration, a function, the end of the unit
   -- did not take it: an error at the macro.  An INTERCEPTOR not
   followed by a body is an error too.

   INTERCEPTOR itself starts with the declaration of a function
   __interceptor_site_N, which takes whatever the user writes in front
   of the macro (icpt_site_marker): its weakness goes to the stubs, its
   other attributes to the body, and 'static', 'inline' or a template
   header are errors.

   Copyright (C) 2026 the interceptor authors.  GPL-3.0-or-later.  */

#include "gcc-common.h"
#include "interceptor-plugin.h"

/* What MAX_RECURSION and INTERCEPTOR_STRICT left for the next body.  */
static icpt_pending icpt_now;

/* The attributes written in front of the INTERCEPTOR being declared
   (icpt_site_marker).  A GC root (plugin.cc): the C parser collects
   garbage between the marker's declaration and the body's.  */
tree icpt_pending_attrs;

/* The function definition that started last while a macro was
   pending.  C calls PLUGIN_START_PARSE_FUNCTION before it applies the
   function's attributes, so whether the function took what is pending
   shows only later: at its first local declaration, or at its end
   (icpt_check_pending_at_function).  */
static tree icpt_started;

/* What each body took.  */
struct icpt_taken
{
  tree decl;
  icpt_pending pending;
};
static vec<icpt_taken> icpt_taken_list;

static bool
icpt_pending_p (void)
{
  return icpt_now.limit_loc != UNKNOWN_LOCATION
	 || icpt_now.strict_loc != UNKNOWN_LOCATION;
}

/* Where the first pending macro is, and (in *MACRO) which it is.  */
static location_t
icpt_first_pending (const char **macro)
{
  location_t loc = icpt_now.limit_loc;

  *macro = "MAX_RECURSION";
  if (loc == UNKNOWN_LOCATION
      || (icpt_now.strict_loc != UNKNOWN_LOCATION
	  && icpt_now.strict_loc < loc))
    {
      loc = icpt_now.strict_loc;
      *macro = "INTERCEPTOR_STRICT";
    }
  return loc;
}

/* Report what is pending: WHAT (with DECL, or NULL) came next.  */
static void
icpt_report_pending (const char *what, tree decl)
{
  const char *macro;
  location_t loc = icpt_first_pending (&macro);

  memset (&icpt_now, 0, sizeof icpt_now);
  if (decl)
    error_at (loc, "%qs must be followed by %<INTERCEPTOR%>: %s %qD comes "
	      "next", macro, what, decl);
  else
    error_at (loc, "%qs must be followed by %<INTERCEPTOR%>: %s comes next",
	      macro, what);
}

/* The marker declaration of a MAX_RECURSION at LOC with the limit
   LIMIT (VALID false after an error about it).  */
void
icpt_pending_max_recursion (location_t loc, unsigned limit, bool valid)
{
  if (icpt_now.limit_loc != UNKNOWN_LOCATION)
    error_at (icpt_now.limit_loc, "%<MAX_RECURSION%> must be followed by "
	      "%<INTERCEPTOR%>: another %<MAX_RECURSION%> comes next (an "
	      "interceptor has one limit)");
  icpt_now.limit_loc = loc;
  icpt_now.limit = limit;
  icpt_now.limit_valid = valid;
}

/* The marker declaration of an INTERCEPTOR_STRICT at LOC.  */
void
icpt_pending_strict (location_t loc)
{
  icpt_now.strict_loc = loc;
}

/* The declaration __interceptor_site_N that INTERCEPTOR(...) starts
   with (<interceptor.h>), complete with what the user wrote in front
   of the macro (and what '#pragma GCC optimize' and the like add).
   The body takes its weakness, for the stubs, and its other
   attributes (optimize, target, cold, ...), which are the body's as
   they were before the marker existed; static and inline would be
   ignored: an error.  */
void
icpt_site_marker (tree decl)
{
  location_t loc = icpt_user_loc (DECL_SOURCE_LOCATION (decl));

  if (!TREE_PUBLIC (decl))
    error_at (loc, "%<static%> in front of %<INTERCEPTOR%>: the stubs are "
	      "global functions and the body is static; drop it");
  else if (DECL_DECLARED_INLINE_P (decl))
    error_at (loc, "%<inline%> in front of %<INTERCEPTOR%>: the stubs are "
	      "functions of their own and the body is never inlined; drop "
	      "it");
  icpt_pending_attrs = NULL_TREE;
  for (tree a = DECL_ATTRIBUTES (decl); a; a = TREE_CHAIN (a))
    {
      tree name = get_attribute_name (a);
      if (is_attribute_p ("interceptor_site", name)
	  || is_attribute_p ("weak", name))
	continue;
      icpt_pending_attrs = tree_cons (TREE_PURPOSE (a), TREE_VALUE (a),
				      icpt_pending_attrs);
    }
  icpt_now.weak = DECL_WEAK (decl);
}

/* The body DECL takes what is pending.  */
void
icpt_take_pending (tree decl)
{
  /* 'template <...> INTERCEPTOR (f)' makes the marker
     __interceptor_site_N a function template (C++, which reports no
     template declaration to plugins): look it up by the body's N.  The
     name is bound to a FUNCTION_DECL but for a template (a
     TEMPLATE_DECL or an OVERLOAD of one, C++'s own tree codes).  */
  const char *n = IDENTIFIER_POINTER (DECL_NAME (decl));
  if (strncmp (n, "__interceptor_body_", 19) == 0)
    {
      char site[64];
      snprintf (site, sizeof site, "__interceptor_site_%s", n + 19);
      tree id = maybe_get_identifier (site);
      tree bound = id ? identifier_global_value (id) : NULL_TREE;
      if (bound && TREE_CODE (bound) != FUNCTION_DECL
	  && TREE_CODE (bound) != ERROR_MARK)
	error_at (icpt_user_loc (DECL_SOURCE_LOCATION (decl)),
		  "%<INTERCEPTOR%> as a template: an interceptor is defined "
		  "at namespace scope, outside templates");
    }

  /* The attributes written in front of INTERCEPTOR are the body's.  */
  if (icpt_pending_attrs)
    {
      tree attrs = nreverse (icpt_pending_attrs);
      icpt_pending_attrs = NULL_TREE;
      decl_attributes (&decl, attrs, 0);
    }
  if (!icpt_pending_p () && !icpt_now.weak)
    return;
  icpt_taken t;
  t.decl = decl;
  t.pending = icpt_now;
  icpt_taken_list.safe_push (t);
  memset (&icpt_now, 0, sizeof icpt_now);
}

/* What the body DECL took, or NULL.  */
const icpt_pending *
icpt_taken_by (tree decl)
{
  unsigned i;
  icpt_taken *t;

  FOR_EACH_VEC_ELT (icpt_taken_list, i, t)
    if (t->decl == decl)
      return &t->pending;
  return NULL;
}

/* Whether DECL is the marker declaration of one of the macros.  */
bool
icpt_marker_decl_p (tree decl)
{
  if (!DECL_P (decl) || !DECL_NAME (decl))
    return false;
  const char *n = IDENTIFIER_POINTER (DECL_NAME (decl));
  if (TREE_CODE (decl) == FUNCTION_DECL)
    return strncmp (n, "__interceptor_site_", 19) == 0;
  return (VAR_P (decl)
	  && (strncmp (n, "__interceptor_max_recursion_", 28) == 0
	      || strncmp (n, "__interceptor_strict_", 21) == 0));
}

static void
icpt_finish_decl (void *gcc_data, void *)
{
  tree decl = (tree) gcc_data;

  /* C finishes the parameters of a declarator before the declaration
     that takes the attributes.  */
  if (!decl || TREE_CODE (decl) == PARM_DECL)
    return;
  if (icpt_marker_decl_p (decl))
    {
      if (TREE_CODE (decl) == FUNCTION_DECL)
	icpt_site_marker (decl);
      return;
    }
  if (VAR_P (decl) && !DECL_CONTEXT (decl))
    icpt_check_initializer (decl);
  /* What C++ instantiates while it parses the macros' arguments
     (L<2>::v) was declared before them.  Locations grow as the lexer
     goes.  */
  if (icpt_pending_p ())
    {
      const char *macro;
      location_t first = icpt_first_pending (&macro);
      if (get_pure_location (icpt_user_loc (DECL_SOURCE_LOCATION (decl)))
	  < get_pure_location (first))
	return;
      /* The members of a struct the macro is in front of; the locals
	 of a function it is in front of.  */
      if (TREE_CODE (decl) == FIELD_DECL)
	icpt_report_pending ("a type", NULL_TREE);
      else if (icpt_started && DECL_CONTEXT (decl) == icpt_started)
	icpt_report_pending ("the definition of", icpt_started);
      else if (TREE_CODE (decl) == FIELD_DECL)
	icpt_report_pending ("a type", NULL_TREE);
      else
	icpt_report_pending ("the declaration of", decl);
      return;
    }
  /* (A C++ class finishes its members' definitions as declarations;
     the body's handler has reported those.)  */
  if (TREE_CODE (decl) == FUNCTION_DECL && icpt_body_attribute (decl)
      && !(DECL_CONTEXT (decl) && TYPE_P (DECL_CONTEXT (decl))))
    error_at (icpt_user_loc (DECL_SOURCE_LOCATION (decl)),
	      "%<INTERCEPTOR(...)%> must be followed by its body in braces");
}

static void
icpt_start_function (void *gcc_data, void *)
{
  icpt_started = icpt_pending_p () ? (tree) gcc_data : NULL_TREE;
}

/* FNDECL, a function definition, is complete.  */
void
icpt_check_pending_at_function (tree fndecl)
{
  if (icpt_pending_p ())
    icpt_report_pending ("the definition of", fndecl);
  icpt_started = NULL_TREE;
}

static void
icpt_finish_placement (void *, void *)
{
  if (icpt_pending_p ())
    icpt_report_pending ("the end of the file", NULL_TREE);
}

void
icpt_register_placement (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_FINISH_DECL, icpt_finish_decl,
		     NULL);
  register_callback (plugin_name, PLUGIN_START_PARSE_FUNCTION,
		     icpt_start_function, NULL);
  register_callback (plugin_name, PLUGIN_FINISH_UNIT, icpt_finish_placement,
		     NULL);
  /* After other errors, GCC finishes the compilation without
     PLUGIN_FINISH_UNIT.  */
  register_callback (plugin_name, PLUGIN_FINISH, icpt_finish_placement,
		     NULL);
}
