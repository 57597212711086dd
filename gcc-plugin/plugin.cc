/* plugin.cc -- entry point of the interceptor GCC plugin.

   Copyright (C) 2026 the interceptor authors.
   This file is part of interceptor; it is free software under the GNU
   General Public License version 3 or later (see COPYING).  */

#include "gcc-common.h"
#include "plugin-version.h"
#include "interceptor-plugin.h"

int plugin_is_GPL_compatible;

const char *icpt_plugin_name;
vec<icpt_body *> icpt_bodies;

/* The bodies' FUNCTION_DECLs, kept alive across garbage collection.  */
static tree icpt_gc_roots;

static const struct ggc_root_tab icpt_root_tab[] = {
  { &icpt_gc_roots, 1, sizeof (icpt_gc_roots),
    &gt_ggc_mx_tree_node, &gt_pch_nx_tree_node },
  { &icpt_pending_attrs, 1, sizeof (icpt_pending_attrs),
    &gt_ggc_mx_tree_node, &gt_pch_nx_tree_node },
  LAST_GGC_ROOT_TAB
};

static struct plugin_info icpt_info = {
  ICPT_VERSION,
  "Lowers INTERCEPTOR bodies of <interceptor.h> into naked stubs that keep "
  "the complete call state.  No options."
};

icpt_body *
icpt_lookup_body (tree fndecl)
{
  unsigned i;
  icpt_body *b;

  FOR_EACH_VEC_ELT (icpt_bodies, i, b)
    if (b->fndecl == fndecl)
      return b;
  return NULL;
}

icpt_body *
icpt_find_body (tree fndecl)
{
  icpt_body *b = icpt_lookup_body (fndecl);
  if (b)
    return b;
  b = XCNEW (icpt_body);
  b->fndecl = fndecl;
  b->loc = icpt_user_loc (DECL_SOURCE_LOCATION (fndecl));
  b->names = vNULL;
  icpt_bodies.safe_push (b);
  icpt_gc_roots = tree_cons (NULL_TREE, fndecl, icpt_gc_roots);
  return b;
}

static const char *const icpt_marker_names[] = {
  NULL,
  "__interceptor_goto_target",
  "__interceptor_goto_return",
  "__interceptor_intercepted_name",
  "__interceptor_intercepted_depth"
};

static const char *const icpt_marker_spellings[] = {
  NULL, "GOTO_TARGET", "GOTO_RETURN", "INTERCEPTED_NAME", "INTERCEPTED_DEPTH"
};

enum icpt_marker
icpt_marker_of_fndecl (tree fndecl)
{
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL || !DECL_NAME (fndecl))
    return ICPT_NOT_A_MARKER;
  const char *n = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  if (strncmp (n, "__interceptor_", 14) != 0)
    return ICPT_NOT_A_MARKER;
  for (int m = ICPT_GOTO_TARGET; m <= ICPT_DEPTH; m++)
    if (strcmp (n, icpt_marker_names[m]) == 0)
      return (enum icpt_marker) m;
  return ICPT_NOT_A_MARKER;
}

/* The macros put the locations of their tokens inside the header;
   diagnostics belong where the user wrote the macro.  */
location_t
icpt_user_loc (location_t loc)
{
  return linemap_resolve_location (line_table, loc,
				   LRK_MACRO_EXPANSION_POINT, NULL);
}

const char *
icpt_marker_spelling (enum icpt_marker m)
{
  return icpt_marker_spellings[m];
}

/* Register PASS POS the first instance of the pass named REF.  */
static void
icpt_register_pass (const char *name, opt_pass *pass, const char *ref,
		    enum pass_positioning_ops pos)
{
  struct register_pass_info info;

  info.pass = pass;
  info.reference_pass_name = ref;
  info.ref_pass_instance_number = 1;
  info.pos_op = pos;
  register_callback (name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

/* -fplugin-arg-interceptor-strict: every interceptor of the unit is
   strict (SPEC 3.4).  */
bool icpt_strict_unit;

/* The loader (loader.cc) chose this build by the major version of the
   GCC that runs it; GCC's own check wants the very release and
   configuration the plugin was compiled against.  Name both.  */
static void
icpt_version_mismatch (struct plugin_gcc_version *running)
{
  const char *what;

  if (strcmp (running->basever, gcc_version.basever) != 0)
    error ("the interceptor plugin was built for GCC %s and cannot run in "
	   "GCC %s", gcc_version.basever, running->basever);
  else
    {
      if (strcmp (running->datestamp, gcc_version.datestamp) != 0)
	what = "date stamp";
      else if (strcmp (running->devphase, gcc_version.devphase) != 0)
	what = "development phase";
      else if (strcmp (running->revision, gcc_version.revision) != 0)
	what = "revision";
      else
	what = "configuration";
      error ("the interceptor plugin was built for another build of GCC %s "
	     "and cannot run in this one (the %s differs)",
	     gcc_version.basever, what);
    }
  inform (UNKNOWN_LOCATION, "rebuild interceptor with this compiler and "
	  "install it again (interceptor-plugin(7), VERSIONS)");
}

int
plugin_init (struct plugin_name_args *args,
	     struct plugin_gcc_version *version)
{
  icpt_plugin_name = args->base_name;

  if (!plugin_default_version_check (version, &gcc_version))
    {
      icpt_version_mismatch (version);
      return 1;
    }
  for (int i = 0; i < args->argc; i++)
    if (strcmp (args->argv[i].key, "strict") == 0 && !args->argv[i].value)
      icpt_strict_unit = true;
    else if (strcmp (args->argv[i].key, "strict") == 0)
      error ("%<-fplugin-arg-%s-strict%> takes no value: drop %<=%s%>",
	     args->base_name, args->argv[i].value);
    else
      error ("the interceptor plugin knows no option "
	     "%<-fplugin-arg-%s-%s%>; its one option is "
	     "%<-fplugin-arg-%s-strict%>", args->base_name,
	     args->argv[i].key, args->base_name);

  register_callback (icpt_plugin_name, PLUGIN_INFO, NULL, &icpt_info);
  register_callback (icpt_plugin_name, PLUGIN_ATTRIBUTES,
		     icpt_register_attributes, NULL);
  register_callback (icpt_plugin_name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
		     (void *) icpt_root_tab);
  icpt_register_placement (icpt_plugin_name);
  icpt_register_statement_pragmas (icpt_plugin_name);
  register_callback (icpt_plugin_name, PLUGIN_PRE_GENERICIZE,
		     icpt_pre_genericize, NULL);
  /* The split pass right after the CFG is built, when exception
     handling is lowered (so cleanups are ordinary code) and local
     variables are still declarations (no SSA yet); the register pass
     after every pass that may still change a body's registers, just
     before final writes it out.  */
  icpt_register_pass (icpt_plugin_name, icpt_make_split_pass (g), "cfg",
		      PASS_POS_INSERT_AFTER);
  icpt_register_pass (icpt_plugin_name, icpt_make_regs_pass (g), "final",
		      PASS_POS_INSERT_BEFORE);
  register_callback (icpt_plugin_name, PLUGIN_FINISH_UNIT,
		     icpt_finish_unit, NULL);
  return 0;
}
