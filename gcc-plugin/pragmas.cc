/* pragmas.cc -- INTERCEPTOR_PROTOTYPE and INTERCEPTOR_CONVENTION (C),
   statements at the start of a body, begin with _Pragma ("interceptor
   prototype") and _Pragma ("interceptor convention ...") with the
   conventions' tokens.  Their handlers run where the parser meets them:
   they check that the macro is in a body, once, and hand the
   conventions to the architecture's hook, at the user's line, before
   the compiler meets the declarations and the identifiers the header
   pastes together from them (which it would report inside the
   header).

   Copyright (C) 2026 the interceptor authors.  GPL-3.0-or-later.  */

#include "gcc-common.h"
#include "c-family/c-pragma.h"
#include "interceptor-plugin.h"

/* The bodies a pragma found in error.  */
vec<tree> icpt_failed_decls;

/* The last body-statement pragma of each kind: in which function and
   where.  */
struct icpt_seen_pragma
{
  tree fndecl;
  location_t loc;
};
static icpt_seen_pragma icpt_seen_prototype, icpt_seen_convention;

/* A pragma of the statement macro WHAT at LOC: it belongs in a body,
   once.  Returns false after an error.  */
static bool
icpt_body_statement (const char *what, icpt_seen_pragma *seen,
		     location_t loc)
{
  tree fn = current_function_decl;

  if (!fn || !icpt_body_attribute (fn))
    {
      error_at (loc, "%qs outside an interceptor body: it is a statement "
		"at the start of the body that follows %<INTERCEPTOR(...)%>",
		what);
      return false;
    }
  if (seen->fndecl == fn)
    {
      auto_diagnostic_group d;
      error_at (loc, "%qs given twice in one interceptor body", what);
      inform (seen->loc, "the first %qs", what);
      return false;
    }
  seen->fndecl = fn;
  seen->loc = loc;
  return true;
}

/* #pragma interceptor prototype T0, T1, ..., from
   INTERCEPTOR_PROTOTYPE: in a body, once, with 1 to 32 types (the
   header's argument counting stops at 32).  */
static void
icpt_pragma_prototype (cpp_reader *)
{
  tree x;
  location_t loc = UNKNOWN_LOCATION, tloc = input_location;
  enum cpp_ttype tt;
  int depth = 0, types = 0;
  bool empty = true;

  for (tt = pragma_lex (&x, &tloc); tt != CPP_EOF; tt = pragma_lex (&x, &tloc))
    {
      if (loc == UNKNOWN_LOCATION)
	loc = icpt_user_loc (tloc);
      if (empty)
	types = 1;
      empty = false;
      if (tt == CPP_OPEN_PAREN || tt == CPP_OPEN_SQUARE)
	depth++;
      else if (tt == CPP_CLOSE_PAREN || tt == CPP_CLOSE_SQUARE)
	depth--;
      else if (tt == CPP_COMMA && depth == 0)
	types++;
    }
  if (loc == UNKNOWN_LOCATION)
    loc = icpt_user_loc (tloc);
  if (!icpt_body_statement ("INTERCEPTOR_PROTOTYPE", &icpt_seen_prototype,
			    loc))
    return;
  if (empty)
    error_at (loc, "%<INTERCEPTOR_PROTOTYPE%> needs the types of the "
	      "intercepted functions%' arguments, as in "
	      "%<INTERCEPTOR_PROTOTYPE(const char *, int)%>");
  else if (types > 32)
    error_at (loc, "%<INTERCEPTOR_PROTOTYPE%> names %d arguments; it "
	      "takes at most 32", types);
  else
    return;
  icpt_failed_decls.safe_push (current_function_decl);
}

/* #pragma interceptor convention C, ..., from INTERCEPTOR_CONVENTION:
   read the list (names, each maybe with one number in parentheses)
   and hand it to the architecture.  */
static void
icpt_pragma_convention (cpp_reader *)
{
  auto_vec<icpt_conv_item> items;
  location_t loc = UNKNOWN_LOCATION, tloc;
  enum cpp_ttype tt;
  tree x;
  bool ok = true;

  for (tt = pragma_lex (&x, &tloc); tt != CPP_EOF; tt = pragma_lex (&x, &tloc))
    {
      if (loc == UNKNOWN_LOCATION)
	loc = icpt_user_loc (tloc);
      icpt_conv_item item = { NULL, -1 };
      if (tt != CPP_NAME)
	{
	  ok = false;
	  break;
	}
      item.name = IDENTIFIER_POINTER (x);
      tt = pragma_lex (&x, &tloc);
      if (tt == CPP_OPEN_PAREN)
	{
	  if (pragma_lex (&x, &tloc) != CPP_NUMBER
	      || TREE_CODE (x) != INTEGER_CST || !tree_fits_shwi_p (x)
	      || tree_to_shwi (x) < 0 || tree_to_shwi (x) > 1000)
	    {
	      ok = false;
	      break;
	    }
	  item.arg = (int) tree_to_shwi (x);
	  if (pragma_lex (&x, &tloc) != CPP_CLOSE_PAREN)
	    {
	      ok = false;
	      break;
	    }
	  tt = pragma_lex (&x, &tloc);
	}
      items.safe_push (item);
      if (tt == CPP_EOF)
	break;
      if (tt != CPP_COMMA)
	{
	  ok = false;
	  break;
	}
    }
  if (loc == UNKNOWN_LOCATION)
    loc = icpt_user_loc (tloc);
  if (!icpt_body_statement ("INTERCEPTOR_CONVENTION", &icpt_seen_convention,
			    loc))
    return;
  /* An error fails the body: its accessors would only repeat it.  */
  if (!ok || items.is_empty ()
      || !icpt_arch_check_convention (loc, items))
    icpt_failed_decls.safe_push (current_function_decl);
  if (!ok)
    error_at (loc, "%<INTERCEPTOR_CONVENTION%> takes a comma-separated "
	      "list of conventions, written as the attributes that would "
	      "declare the intercepted functions (e.g. %<stdcall%>, "
	      "%<regparm(2)%>)");
  else if (items.is_empty ())
    error_at (loc, "%<INTERCEPTOR_CONVENTION%> needs at least one "
	      "convention");
}

static void
icpt_register_pragmas (void *, void *)
{
  c_register_pragma ("interceptor", "prototype", icpt_pragma_prototype);
  c_register_pragma ("interceptor", "convention", icpt_pragma_convention);
}

void
icpt_register_statement_pragmas (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_PRAGMAS, icpt_register_pragmas,
		     NULL);
}
