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

static tree
icpt_handle_max_recursion (tree *node, tree, tree args, int, bool *no_add)
{
  if (TREE_CODE (*node) != FUNCTION_DECL)
    {
      error ("%<MAX_RECURSION%> must be followed by %<INTERCEPTOR%>");
      *no_add = true;
    }
  else if (!icpt_limit_ok (TREE_VALUE (args), NULL))
    {
      error_at (icpt_user_loc (DECL_SOURCE_LOCATION (*node)),
		"%<MAX_RECURSION%> needs a non-negative integer constant");
      *no_add = true;
    }
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
static const struct attribute_spec icpt_max_recursion_attr = {
  "interceptor_max_recursion", 1, 1, true, false, false, false,
  icpt_handle_max_recursion, NULL
};
static tree
icpt_handle_strict (tree *node, tree, tree, int, bool *no_add)
{
  if (TREE_CODE (*node) != FUNCTION_DECL)
    {
      error ("%<INTERCEPTOR_STRICT%> must be followed by %<INTERCEPTOR%>");
      *no_add = true;
    }
  return NULL_TREE;
}

static const struct attribute_spec icpt_strict_attr = {
  "interceptor_strict", 0, 0, true, false, false, false, icpt_handle_strict,
  NULL
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
  body->strict = (icpt_strict_unit
		  || lookup_attribute ("interceptor_strict",
				       DECL_ATTRIBUTES (fndecl)) != NULL);

  tree max = lookup_attribute ("interceptor_max_recursion",
			       DECL_ATTRIBUTES (fndecl));
  if (max)
    {
      if (lookup_attribute ("interceptor_max_recursion",
			    TREE_CHAIN (max)))
	{
	  error_at (body->loc, "%<MAX_RECURSION%> given twice for interceptor "
		    "%qs", body->label);
	  return false;
	}
      icpt_limit_ok (TREE_VALUE (TREE_VALUE (max)), &body->max_recursion);
    }
  return true;
}
