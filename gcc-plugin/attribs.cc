/* attribs.cc -- the attributes <interceptor.h> expands to.

   interceptor (NAMES, LIMIT, ABI)    on the body of INTERCEPTOR(...)
   interceptor_max_recursion (N)      from MAX_RECURSION(n)
   interceptor_strict                 from INTERCEPTOR_STRICT
   interceptor_abi_1                  never used; its existence tells the
                                      header (__has_attribute) which
                                      ABI this plugin speaks.

   Copyright (C) 2026 the interceptor authors.  GPL-3.0-or-later.  */

#include "gcc-common.h"
#include "interceptor-plugin.h"

/* The attribute arguments must be constants: MAX_RECURSION(n) and
   INTERCEPTOR_MAX_RECURSION both need a non-negative integer
   constant.  */
static bool
icpt_limit_ok (tree arg, unsigned *out)
{
  if (!arg || TREE_CODE (arg) != INTEGER_CST || !INTEGRAL_TYPE_P (TREE_TYPE (arg))
      || tree_int_cst_sgn (arg) < 0 || !tree_fits_uhwi_p (arg)
      || tree_to_uhwi (arg) > 0xffffffffu)
    return false;
  if (out)
    *out = (unsigned) tree_to_uhwi (arg);
  return true;
}

static tree
icpt_handle_body (tree *node, tree, tree args, int, bool *no_add)
{
  if (TREE_CODE (*node) != FUNCTION_DECL)
    {
      error ("%<INTERCEPTOR%> must introduce a function body");
      *no_add = true;
      return NULL_TREE;
    }
  tree names = TREE_VALUE (args);
  tree limit = TREE_VALUE (TREE_CHAIN (args));
  tree abi = TREE_VALUE (TREE_CHAIN (TREE_CHAIN (args)));

  icpt_take_pending (*node);	/* may apply attributes to *NODE */
  if (DECL_CONTEXT (*node) && TYPE_P (DECL_CONTEXT (*node)))
    error_at (icpt_user_loc (DECL_SOURCE_LOCATION (*node)),
	      "%<INTERCEPTOR%> inside a class: an interceptor is defined at "
	      "namespace scope");
  /* The body never returns normally in the source; the plugin adds the
     returns.  Keep the front end from warning about it.  The attribute
     stays even when an argument is bad, so that the body is still known
     as one and its macros raise no second error.  */
  icpt_suppress_return_warning (*node);
  if (TREE_CODE (names) != STRING_CST)
    error_at (icpt_user_loc (DECL_SOURCE_LOCATION (*node)),
	      "%<INTERCEPTOR%> needs a list of names");
  else if (!icpt_limit_ok (limit, NULL))
    error_at (icpt_user_loc (DECL_SOURCE_LOCATION (*node)),
	      "%<INTERCEPTOR_MAX_RECURSION%> must be a non-negative integer "
	      "constant");
  else if (TREE_CODE (abi) != INTEGER_CST
	   || !tree_fits_shwi_p (abi) || tree_to_shwi (abi) != ICPT_ABI_VERSION)
    error_at (icpt_user_loc (DECL_SOURCE_LOCATION (*node)),
	      "this %<<interceptor.h>%> speaks another ABI version than "
	      "the interceptor plugin (version %d); use the header "
	      "installed with the plugin", ICPT_ABI_VERSION);
  return NULL_TREE;
}

/* The value of a recursion limit as the front end left it: C++ keeps
   enumerators as CONST_DECLs and constants of const variables (a
   static constexpr member of a template instance too) as the
   variables, which C++ allows in constant expressions and C does
   not.  */
static tree
icpt_fold_limit (tree arg)
{
  if (!arg)
    return arg;
  STRIP_ANY_LOCATION_WRAPPER (arg);
  if (TREE_CODE (arg) == CONST_DECL)
    arg = DECL_INITIAL (arg);
  else if (lang_GNU_CXX () && VAR_P (arg) && TREE_READONLY (arg)
	   && DECL_INITIAL (arg)
	   && TREE_CODE (DECL_INITIAL (arg)) == INTEGER_CST)
    arg = DECL_INITIAL (arg);
  if (arg && EXPR_P (arg))
    arg = fold (arg);
  return arg;
}

/* MAX_RECURSION(n) declares an extern variable with the attribute
   interceptor_max_recursion (placement.cc); the attribute written by
   hand goes on a body.  */
static tree
icpt_handle_max_recursion (tree *node, tree, tree args, int, bool *no_add)
{
  tree decl = DECL_P (*node) ? *node : NULL_TREE;
  location_t loc = icpt_user_loc (decl ? DECL_SOURCE_LOCATION (decl)
				  : input_location);
  tree value = args ? icpt_fold_limit (TREE_VALUE (args)) : NULL_TREE;
  bool ok = icpt_limit_ok (value, NULL);

  if (!ok)
    error_at (loc, "%<MAX_RECURSION%> needs a non-negative integer "
	      "constant below 2^32, as in %<MAX_RECURSION(1)%>");
  if (decl && icpt_marker_decl_p (decl))
    {
      unsigned limit = 0;
      if (ok)
	icpt_limit_ok (value, &limit);
      icpt_pending_max_recursion (loc, limit, ok);
      *no_add = true;
      return NULL_TREE;
    }
  if (ok && (!decl || TREE_CODE (decl) != FUNCTION_DECL))
    {
      error_at (loc, "%<MAX_RECURSION%> must be followed by "
		"%<INTERCEPTOR%>");
      ok = false;
    }
  if (!ok)
    *no_add = true;
  else
    TREE_VALUE (args) = value;
  return NULL_TREE;
}

static tree
icpt_handle_abi (tree *, tree, tree, int, bool *no_add)
{
  *no_add = true;
  return NULL_TREE;
}

static const struct attribute_spec icpt_body_attr = {
  "interceptor", 3, 3, true, false, false, false, icpt_handle_body, NULL
};
/* No argument and types are the handler's to report, where the
   macro is.  */
static const struct attribute_spec icpt_max_recursion_attr = {
  "interceptor_max_recursion", 0, 1, false, false, false, false,
  icpt_handle_max_recursion, NULL
};
/* INTERCEPTOR_STRICT, like MAX_RECURSION, declares a variable with
   the attribute (placement.cc); written by hand, it goes on a body.  */
static tree
icpt_handle_strict (tree *node, tree, tree, int, bool *no_add)
{
  tree decl = DECL_P (*node) ? *node : NULL_TREE;
  location_t loc = icpt_user_loc (decl ? DECL_SOURCE_LOCATION (decl)
				  : input_location);

  if (decl && icpt_marker_decl_p (decl))
    {
      icpt_pending_strict (loc);
      *no_add = true;
    }
  else if (!decl || TREE_CODE (decl) != FUNCTION_DECL)
    {
      error_at (loc, "%<INTERCEPTOR_STRICT%> must be followed by "
		"%<INTERCEPTOR%>");
      *no_add = true;
    }
  return NULL_TREE;
}

static const struct attribute_spec icpt_strict_attr = {
  "interceptor_strict", 0, 0, false, false, false, false, icpt_handle_strict,
  NULL
};
/* interceptor_site: on the declaration INTERCEPTOR(...) starts with
   (placement.cc reads it when it is complete).  */
static tree
icpt_handle_site (tree *node, tree, tree, int, bool *)
{
  if (TREE_CODE (*node) != FUNCTION_DECL)
    error ("%<INTERCEPTOR%> must introduce a function body");
  return NULL_TREE;
}

static const struct attribute_spec icpt_site_attr = {
  "interceptor_site", 0, 0, true, false, false, false, icpt_handle_site, NULL
};
static const struct attribute_spec icpt_abi_attr = {
  "interceptor_abi_1", 0, 0, false, false, false, false, icpt_handle_abi, NULL
};

void
icpt_register_attributes (void *, void *)
{
  register_attribute (&icpt_body_attr);
  register_attribute (&icpt_max_recursion_attr);
  register_attribute (&icpt_strict_attr);
  register_attribute (&icpt_abi_attr);
  register_attribute (&icpt_site_attr);
}

tree
icpt_body_attribute (tree fndecl)
{
  return lookup_attribute ("interceptor", DECL_ATTRIBUTES (fndecl));
}

static bool
icpt_ident_char_p (char c, bool first)
{
  return c == '_' || ISALPHA (c) || (!first && ISDIGIT (c));
}

/* Whether the identifier NAME is a keyword of the language being
   compiled ('int'; 'new' or 'this' in C++): the front ends record a
   keyword's code in its identifier, and any other identifier has code
   0, whose keyword is 'static'.  Spellings of one keyword share its
   code ('_Bool' and C23's 'bool'); C++ keywords that C marks for
   -Wc++-compat are no C keywords.  */
static bool
icpt_keyword_p (const char *name)
{
  tree id = maybe_get_identifier (name);
  if (!id)
    return false;
  int rid = C_RID_CODE (id);
  if (rid == RID_STATIC)
    return id == ridpointers[RID_STATIC];
  return rid < RID_MAX && rid != RID_CXX_COMPAT_WARN;
}

/* NAME, which INTERCEPTOR exports as a function (a stub), must not be a
   keyword, and the unit must not declare it as something else before
   the body (emit.cc checks the symbols the unit defines): a variable
   of that name would read the stub's bytes, a static function or a
   typedef would not be the function the stub is.  Returns false after
   an error.  */
static bool
icpt_check_name (icpt_body *body, const char *name)
{
  if (icpt_keyword_p (name))
    {
      error_at (body->loc, "%qs is a keyword, not the name of a function "
		"%<INTERCEPTOR%> can export", name);
      return false;
    }
  tree decl = identifier_global_value (get_identifier (name));
  if (!decl || !DECL_P (decl))
    return true;
  const char *what = NULL;
  if (VAR_P (decl))
    what = "a variable";
  else if (TREE_CODE (decl) == TYPE_DECL)
    what = "a type";
  else if (TREE_CODE (decl) == CONST_DECL)
    what = "an enumeration constant";
  else if (TREE_CODE (decl) == FUNCTION_DECL && !TREE_PUBLIC (decl))
    what = "a static function";
  else if (TREE_CODE (decl) == NAMESPACE_DECL)
    what = "a namespace";
  if (!what)
    return true;
  auto_diagnostic_group d;
  error_at (body->loc, "%<INTERCEPTOR%> exports %qs as a function, but "
	    "this translation unit declares %qs as %s", name, name, what);
  inform (DECL_SOURCE_LOCATION (decl), "%qs declared here; an interceptor "
	  "exports functions of global scope only", name);
  return false;
}

/* Split "a, b ,c" into identifiers.  */
static bool
icpt_parse_names (icpt_body *body, const char *s)
{
  const char *p = s;
  bool ok = true;

  for (;;)
    {
      while (ISSPACE (*p))
	p++;
      const char *start = p;
      while (*p && *p != ',' && !ISSPACE (*p))
	p++;
      size_t len = p - start;
      while (ISSPACE (*p))
	p++;
      if (len == 0 || (*p && *p != ','))
	{
	  error_at (body->loc, "%<INTERCEPTOR%> needs a comma-separated list of "
		    "function names, not %qs", s);
	  return false;
	}
      char *name = xstrndup (start, len);
      for (size_t i = 0; i < len; i++)
	if (!icpt_ident_char_p (name[i], i == 0))
	  {
	    error_at (body->loc, "%qs is not a function name that "
		      "%<INTERCEPTOR%> can export", name);
	    ok = false;
	    break;
	  }
      if (ok && !icpt_check_name (body, name))
	ok = false;
      if (ok)
	body->names.safe_push (name);
      if (!*p)
	break;
      p++;
    }
  return ok;
}

/* Fill BODY from the attributes of FNDECL.  */
bool
icpt_parse_body_attribute (tree fndecl, icpt_body *body)
{
  tree attr = icpt_body_attribute (fndecl);
  tree args = TREE_VALUE (attr);
  tree names = TREE_VALUE (args);
  tree limit = TREE_VALUE (TREE_CHAIN (args));

  tree abi = TREE_VALUE (TREE_CHAIN (TREE_CHAIN (args)));

  /* Bad arguments were reported by icpt_handle_body.  */
  if (TREE_CODE (names) != STRING_CST || !icpt_limit_ok (limit, NULL)
      || TREE_CODE (abi) != INTEGER_CST || !tree_fits_shwi_p (abi)
      || tree_to_shwi (abi) != ICPT_ABI_VERSION)
    return false;
  body->label = xstrdup (TREE_STRING_POINTER (names));
  if (!icpt_parse_names (body, body->label))
    return false;
  icpt_limit_ok (limit, &body->max_recursion);
  const icpt_pending *taken = icpt_taken_by (fndecl);
  body->weak = taken && taken->weak;
  body->strict = (icpt_strict_unit
		  || (taken && taken->strict_loc != UNKNOWN_LOCATION)
		  || lookup_attribute ("interceptor_strict",
				       DECL_ATTRIBUTES (fndecl)) != NULL);

  /* MAX_RECURSION (placement.cc), or the attribute written by hand.  */
  tree max = lookup_attribute ("interceptor_max_recursion",
			       DECL_ATTRIBUTES (fndecl));
  if (taken && taken->limit_loc != UNKNOWN_LOCATION)
    {
      if (!taken->limit_valid)
	return false;
      if (max)
	{
	  error_at (taken->limit_loc, "%<MAX_RECURSION%> and the attribute "
		    "%<interceptor_max_recursion%> for one interceptor");
	  return false;
	}
      body->max_recursion = taken->limit;
    }
  else if (max)
    {
      if (lookup_attribute ("interceptor_max_recursion",
			    TREE_CHAIN (max)))
	{
	  error_at (body->loc, "%<MAX_RECURSION%> given twice for "
		    "interceptor %qs", body->label);
	  return false;
	}
      icpt_limit_ok (TREE_VALUE (TREE_VALUE (max)), &body->max_recursion);
    }
  return true;
}
