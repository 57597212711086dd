/* split.cc -- the GIMPLE half of lowering an interceptor.

   Runs right after the CFG is built.  On an interceptor body it checks
   the control flow around the GOTO_TARGET and GOTO_RETURN markers and
   turns the body into a resumable function (doc/INTERNALS.md, 2.3):

     state 0:            run the entry part; at GOTO_TARGET site k
                         store (k << 1) | has_exit_part and the target
                         in the invocation, and return;
     state (k << 1) | 1: resume right after site k (the exit part); at
                         GOTO_RETURN return.

   Exception handling is already lowered at this point, so cleanups are
   ordinary statements and leaving the entry part through a 'return'
   runs none of them: C++ objects and __attribute__((cleanup)) variables
   of the entry part live on, in the frame, into the exit part.

   In every other function the pass only makes sure no marker survived
   the front end (nested functions escape PRE_GENERICIZE).

   Copyright (C) 2026 the interceptor authors.  GPL-3.0-or-later.  */

#include "gcc-common.h"
#include "interceptor-plugin.h"

struct icpt_site
{
  gcall *call;
  basic_block bb;		/* ends with CALL after splitting */
  basic_block cont;		/* the block after it */
  auto_sbitmap *reach;		/* blocks reachable from CONT */
  bool has_exit;
  bool tail;			/* nothing the user wrote follows it
				   (genericize.cc): what does is cleanup
				   code, which runs before the jump */
};

/* Is the marker call STMT of kind M?  */
static enum icpt_marker
icpt_stmt_marker (gimple *stmt)
{
  if (!is_gimple_call (stmt))
    return ICPT_NOT_A_MARKER;
  return icpt_marker_of_fndecl (gimple_call_fndecl (stmt));
}

/* Blocks reachable from FROM along normal edges (and, as WHICH says,
   abnormal ones: a computed goto's edges to every label whose address
   is taken, a call's edges to the setjmp receivers), not leaving the
   blocks in STOP (the marker blocks, whose successors are cut).
   Exception edges never count: the body's exceptions leave it.  */
enum icpt_edges
{
  ICPT_NORMAL_EDGES,
  ICPT_COMPUTED_GOTO_EDGES,	/* and those of computed gotos */
  ICPT_ALL_EDGES		/* and every abnormal one */
};

static bool icpt_computed_goto_bb_p (basic_block bb);

static void
icpt_reach (basic_block from, sbitmap stop, sbitmap out,
	    enum icpt_edges which = ICPT_NORMAL_EDGES)
{
  auto_vec<basic_block> work;

  bitmap_clear (out);
  bitmap_set_bit (out, from->index);
  work.safe_push (from);
  while (!work.is_empty ())
    {
      basic_block bb = work.pop ();
      edge e;
      edge_iterator ei;

      if (bitmap_bit_p (stop, bb->index))
	continue;
      FOR_EACH_EDGE (e, ei, bb->succs)
	{
	  if ((e->flags & EDGE_EH)
	      || ((e->flags & EDGE_ABNORMAL)
		  && !(which == ICPT_ALL_EDGES
		       || (which == ICPT_COMPUTED_GOTO_EDGES
			   && icpt_computed_goto_bb_p (bb)))))
	    continue;
	  if (!bitmap_bit_p (out, e->dest->index))
	    {
	      bitmap_set_bit (out, e->dest->index);
	      work.safe_push (e->dest);
	    }
	}
    }
}

/* Does BB hold anything but labels, debug statements, clobbers and an
   empty return?  */
static bool
icpt_block_has_code_p (basic_block bb)
{
  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
       gsi_next (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      switch (gimple_code (stmt))
	{
	case GIMPLE_LABEL:
	case GIMPLE_DEBUG:
	case GIMPLE_NOP:
	case GIMPLE_PREDICT:
	  continue;
	case GIMPLE_RETURN:
	  if (!gimple_return_retval (as_a <greturn *> (stmt)))
	    continue;
	  return true;
	default:
	  if (gimple_clobber_p (stmt))
	    continue;
	  return true;
	}
    }
  return false;
}

/* inv->FIELD; genericize.cc checked that it exists.  */
static tree
icpt_inv_ref (tree inv, const char *field)
{
  tree rec = TREE_TYPE (TREE_TYPE (inv));
  for (tree f = TYPE_FIELDS (rec); f; f = DECL_CHAIN (f))
    if (DECL_NAME (f) && strcmp (IDENTIFIER_POINTER (DECL_NAME (f)),
				 field) == 0)
      return build3 (COMPONENT_REF, TREE_TYPE (f),
		     build_simple_mem_ref (inv), f, NULL_TREE);
  gcc_unreachable ();
}

/* Make BB return: drop its successors, add the edge to EXIT.  */
static void
icpt_make_return (function *fun, basic_block bb, gimple_stmt_iterator *gsi)
{
  greturn *ret = gimple_build_return (NULL_TREE);
  gimple_set_location (ret, icpt_user_loc (gimple_location (gsi_stmt (*gsi))));
  gsi_insert_after (gsi, ret, GSI_NEW_STMT);
  while (EDGE_COUNT (bb->succs) > 0)
    remove_edge (EDGE_SUCC (bb, 0));
  make_edge (bb, EXIT_BLOCK_PTR_FOR_FN (fun), 0);
}

/* Whether BODY names vfork (with one or two leading underscores or
   none).  The target of such a body goes through
   __interceptor_vfork_target (rt/vfork.c), which makes the C library's
   vfork the runtime's own, so that the parent drops the records the
   child leaves on the thread's invocation stack.  */
static bool
icpt_names_vfork_p (icpt_body *body)
{
  unsigned i;
  char *name;

  FOR_EACH_VEC_ELT (body->names, i, name)
    {
      size_t under = strspn (name, "_");
      if (under <= 2 && strcmp (name + under, "vfork") == 0)
	return true;
    }
  return false;
}

/* "tmp = __interceptor_vfork_target (tmp);" after GSI.  */
static void
icpt_insert_vfork_target (gimple_stmt_iterator *gsi, tree tmp)
{
  tree fntype = build_function_type_list (ptr_type_node, ptr_type_node,
					  NULL_TREE);
  tree fn = build_fn_decl ("__interceptor_vfork_target", fntype);
  TREE_PUBLIC (fn) = 1;
  DECL_EXTERNAL (fn) = 1;
  TREE_NOTHROW (fn) = 1;
  gcall *call = gimple_build_call (fn, 1, tmp);
  gimple_call_set_lhs (call, tmp);
  gimple_set_location (call, gimple_location (gsi_stmt (*gsi)));
  gsi_insert_after (gsi, call, GSI_NEW_STMT);
}

/* Site K: "inv->state = V; inv->target = (void *) e; return;" (with the
   target through __interceptor_vfork_target when VFORK; without the
   return for a target in tail position).  */
static void
icpt_lower_site (function *fun, tree inv, icpt_site *s, unsigned k,
		 bool vfork)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (s->call);
  tree target = gimple_call_arg (s->call, 1);
  unsigned state = (k << 1) | (s->has_exit ? 1 : 0);
  tree state_ref = icpt_inv_ref (inv, "state");
  tree target_ref = icpt_inv_ref (inv, "target");

  gassign *st = gimple_build_assign (state_ref,
				     build_int_cst (TREE_TYPE (state_ref),
						    state));
  gimple_set_location (st, icpt_user_loc (gimple_location (s->call)));
  gsi_replace (&gsi, st, false);
  tree tmp = create_tmp_var (TREE_TYPE (target_ref), "icpt_target");
  gassign *conv = gimple_build_assign (tmp, NOP_EXPR, target);
  gsi_insert_after (&gsi, conv, GSI_NEW_STMT);
  if (vfork)
    icpt_insert_vfork_target (&gsi, tmp);
  gsi_insert_after (&gsi, gimple_build_assign (target_ref, tmp),
		    GSI_NEW_STMT);
  /* A target in tail position lets the destructors and cleanup
     functions of the body's variables run on the way to the body's own
     return: the invocation ends, and its objects die, before the
     jump.  */
  if (!s->tail)
    icpt_make_return (fun, s->bb, &gsi);
}

/* A new first block: switch (inv->state) to the resume points.  */
static void
icpt_add_dispatch (function *fun, tree inv, vec<icpt_site> &sites)
{
  edge entry = single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (fun));
  basic_block first = entry->dest;
  basic_block d = split_edge (entry);
  tree state_ref = icpt_inv_ref (inv, "state");
  tree type = TREE_TYPE (state_ref);
  tree tmp = create_tmp_var (type, "icpt_state");
  auto_vec<tree> labels;
  unsigned i;
  icpt_site *s;

  FOR_EACH_VEC_ELT (sites, i, s)
    if (s->has_exit)
      {
	tree lab = gimple_block_label (s->cont);
	unsigned state = ((i + 1) << 1) | 1;
	labels.safe_push (build_case_label (build_int_cst (type, state),
					    NULL_TREE, lab));
	make_edge (d, s->cont, 0);
      }
  tree deflab = build_case_label (NULL_TREE, NULL_TREE,
				  gimple_block_label (first));
  gimple_stmt_iterator gsi = gsi_start_bb (d);
  gsi_insert_after (&gsi, gimple_build_assign (tmp, state_ref),
		    GSI_NEW_STMT);
  gsi_insert_after (&gsi, gimple_build_switch (tmp, deflab, labels),
		    GSI_NEW_STMT);
  single_succ_edge (d)->flags &= ~EDGE_FALLTHRU;
}

/* glibc functions whose result depends on who calls them: they look at
   their return address to find the calling object (dlsym and dlvsym for
   RTLD_NEXT and the caller's namespace; dlopen and dlmopen for the
   caller's RUNPATH/RPATH, $ORIGIN and namespace).  An exit part makes
   their return address point into the runtime's return landing.  */
static const char *const icpt_caller_sensitive[] = {
  "dlsym", "dlvsym", "dlopen", "dlmopen", NULL
};

/* Warn when BODY, which has an exit part at SITE, intercepts a
   caller-sensitive function.  Plugins cannot add -W options: the
   warning cannot be disabled by name; a transparent interceptor does
   not get it.  */
static void
icpt_warn_caller_sensitive (icpt_body *body, icpt_site *site)
{
  unsigned i;
  char *name;

  FOR_EACH_VEC_ELT (body->names, i, name)
    for (int k = 0; icpt_caller_sensitive[k]; k++)
      if (strcmp (name, icpt_caller_sensitive[k]) == 0)
	{
	  auto_diagnostic_group d;
	  if (warning_at (body->loc, 0, "interceptor %qs has an exit part, "
			  "so %qs sees the interceptor runtime as its caller: "
			  "%<RTLD_NEXT%>, the caller%'s RUNPATH and its "
			  "namespace are looked up relative to the runtime, "
			  "not to the real caller", body->label, name))
	    inform (icpt_user_loc (gimple_location (site->call)),
		    "the exit part of this %<GOTO_TARGET%>; a transparent "
		    "interceptor (nothing after %<GOTO_TARGET%>) keeps the "
		    "caller of %qs exact", name);
	}
}

/* Whether the function NAME returns twice, by GCC's own rule:
   setjmp_call_p (calls.cc) on a file-scope extern declaration of NAME,
   which asks special_function_p for setjmp, sigsetjmp (also with one or
   two leading underscores), savectx, vfork and getcontext.  glibc also
   exports __vfork, and declarations may name __getcontext, which GCC's
   table does not strip: try NAME without one or two leading
   underscores too.  */
static bool
icpt_returns_twice_p (const char *name)
{
  size_t under = strspn (name, "_");
  const char *forms[2] = { name, NULL };

  if (under >= 1 && under <= 2 && name[under] != '\0')
    forms[1] = name + under;
  for (int k = 0; k < 2 && forms[k]; k++)
    {
      tree decl = build_decl (UNKNOWN_LOCATION, FUNCTION_DECL,
			      get_identifier (forms[k]),
			      build_function_type (integer_type_node,
						   NULL_TREE));
      TREE_PUBLIC (decl) = 1;
      DECL_EXTERNAL (decl) = 1;
      if (setjmp_call_p (decl))
	return true;
    }
  return false;
}

/* An exit part cannot work on a function that returns twice: the
   return landing runs the exit part and pops the invocation at the
   first return, and the second one (a longjmp to the jmp_buf that
   recorded the landing as the return address; vfork's parent, after
   the child has used the same stack and invocation stack) comes back
   into an invocation that has ended.  Report every such name of BODY,
   which has an exit part at SITE.  Returns false after an error.  */
static bool
icpt_check_returns_twice (icpt_body *body, icpt_site *site)
{
  unsigned i;
  char *name;
  bool ok = true;

  FOR_EACH_VEC_ELT (body->names, i, name)
    if (icpt_returns_twice_p (name))
      {
	auto_diagnostic_group d;
	error_at (body->loc, "%qs returns twice, so interceptor %qs cannot "
		  "have an exit part: the second return would come back "
		  "into an invocation that has ended", name, body->label);
	inform (icpt_user_loc (gimple_location (site->call)),
		"the exit part of this %<GOTO_TARGET%>; make the interceptor "
		"transparent (nothing after %<GOTO_TARGET%>, not even "
		"%<GOTO_RETURN()%>), or intercept %qs in a transparent "
		"interceptor of its own", name);
	ok = false;
      }
  return ok;
}

/* INTERCEPTED_ARG, INTERCEPTED_SET_ARG, INTERCEPTED_RETURN and
   INTERCEPTED_SET_RETURN (<interceptor.h>) are calls of
   __interceptor_arg_address (inv, n, class, proto, nargs, conv) and
   __interceptor_return_address (inv, class, write, proto, nargs, conv)
   with constant
   arguments the header computed: check that the convention can carry
   the type and the index is in range.  Returns false after an error.  */
static bool
icpt_check_access (gimple *stmt, icpt_body *body)
{
  if (!is_gimple_call (stmt))
    return true;
  tree fn = gimple_call_fndecl (stmt);
  if (!fn || !DECL_NAME (fn))
    return true;
  const char *id = IDENTIFIER_POINTER (DECL_NAME (fn));
  bool arg = strcmp (id, "__interceptor_arg_address") == 0;
  if (!arg && strcmp (id, "__interceptor_return_address") != 0)
    return true;
  if (gimple_call_num_args (stmt) != 6)
    return true;

  location_t loc = icpt_user_loc (gimple_location (stmt));
  const char *what = arg ? "INTERCEPTED_ARG" : "INTERCEPTED_RETURN";
  if (body->strict)
    {
      /* The strict trampolines keep the call state in an XSAVE image,
	 and strict mode is for code whose convention no prototype
	 describes.  */
      error_at (loc, "%qs cannot be used in a strict interceptor: strict "
		"mode (%<INTERCEPTOR_STRICT%>) serves code whose registers "
		"follow no C convention", what);
      return false;
    }
  /* The conventions were checked where INTERCEPTOR_CONVENTION is
     (pragmas.cc).  */
  tree conv = gimple_call_arg (stmt, 5);
  tree cls = gimple_call_arg (stmt, arg ? 2 : 1);
  unsigned HOST_WIDE_INT kind
    = TREE_CODE (cls) == INTEGER_CST ? tree_to_uhwi (cls) & 0xff : 0;
  if (kind == 0)
    {
      error_at (loc, "%qs of a type the calling convention cannot carry: "
		"only integer, enumeration, pointer, %<float%>, %<double%> "
		"and %<long double%> types of at most 8 bytes (%<long "
		"double%> excepted); an array or a function arrives as a "
		"pointer, read it as one", what);
      return false;
    }
  if (!arg)
    return true;
  tree n = gimple_call_arg (stmt, 1);
  tree nargs = gimple_call_arg (stmt, 4);
  if (TREE_CODE (n) != INTEGER_CST)
    {
      error_at (loc, "the index of %<INTERCEPTED_ARG%> must be an integer "
		"constant expression");
      return false;
    }
  HOST_WIDE_INT i = tree_to_shwi (n);
  if (i < 0)
    {
      error_at (loc, "negative index %wd of %<INTERCEPTED_ARG%>", i);
      return false;
    }
  if (TREE_CODE (nargs) == INTEGER_CST && tree_to_shwi (nargs) >= 0
      && i >= tree_to_shwi (nargs))
    {
      error_at (loc, "%<INTERCEPTED_ARG%> index %wd out of range: "
		"%<INTERCEPTOR_PROTOTYPE%> names %wd arguments", i,
		tree_to_shwi (nargs));
      return false;
    }
  if (TREE_CODE (conv) == INTEGER_CST && tree_to_shwi (conv) == 1
      && kind == 3)
    {
      error_at (loc, "%<ms_abi%> passes %<long double%> by reference: "
		"read the argument as a pointer");
      return false;
    }
  return true;
}

/* An exit part that the user did not write: the destructor of a C++
   object (or a cleanup attribute's function) of the entry part runs
   when the body leaves the object's scope after GOTO_TARGET.  Say so
   where the first one in the blocks REACH runs.  */
static void
icpt_explain_cleanup_exit (function *fun, sbitmap reach)
{
  unsigned b;
  sbitmap_iterator sbi;

  EXECUTE_IF_SET_IN_BITMAP (reach, NUM_FIXED_BLOCKS, b, sbi)
    for (gimple_stmt_iterator gsi = gsi_start_bb (BASIC_BLOCK_FOR_FN (fun, b));
	 !gsi_end_p (gsi); gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	tree fn = is_gimple_call (stmt) ? gimple_call_fndecl (stmt) : NULL_TREE;
	if (!fn || TREE_CODE (fn) != FUNCTION_DECL
	    || !DECL_CXX_DESTRUCTOR_P (fn))
	  continue;
	inform (icpt_user_loc (gimple_location (stmt)), "a destructor runs "
		"here, after the target has returned, and makes an exit "
		"part; end it with %<GOTO_RETURN()%>, or end the object%'s "
		"scope before %<GOTO_TARGET%>");
	return;
      }
}

/* If STMT calls a builtin whose result points into the calling
   function's stack frame (alloca, __builtin_frame_address, ...), the
   name to report; NULL otherwise.  (Variable-length arrays, which
   GIMPLE also allocates with alloca, are refused earlier.)  */
static const char *
icpt_frame_pointer_call (gimple *stmt)
{
  if (!is_gimple_call (stmt) || !gimple_call_builtin_p (stmt, BUILT_IN_NORMAL))
    return NULL;
  tree fn = gimple_call_fndecl (stmt);
  switch (DECL_FUNCTION_CODE (fn))
    {
    case BUILT_IN_ALLOCA:
    case BUILT_IN_ALLOCA_WITH_ALIGN:
    case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
      return "alloca";
    case BUILT_IN_FRAME_ADDRESS:
      return "__builtin_frame_address";
    default:
      /* GCC 15 and later.  */
      if (strcmp (IDENTIFIER_POINTER (DECL_NAME (fn)),
		  "__builtin_stack_address") == 0)
	return "__builtin_stack_address";
      return NULL;
    }
}

/* Memory of the entry part's stack frame dies when the entry part
   returns to the runtime at GOTO_TARGET; the exit part is a later call
   of the body, in another frame.  Report every call in the blocks
   ENTRY_PART of a body with an exit part (at SITE) that returns such
   memory.  Returns false after an error.  */
static bool
icpt_check_frame_memory (function *fun, sbitmap entry_part, icpt_site *site)
{
  unsigned b;
  sbitmap_iterator sbi;
  bool ok = true;

  EXECUTE_IF_SET_IN_BITMAP (entry_part, NUM_FIXED_BLOCKS, b, sbi)
    for (gimple_stmt_iterator gsi = gsi_start_bb (BASIC_BLOCK_FOR_FN (fun, b));
	 !gsi_end_p (gsi); gsi_next (&gsi))
      {
	const char *what = icpt_frame_pointer_call (gsi_stmt (gsi));
	if (!what)
	  continue;
	auto_diagnostic_group d;
	error_at (icpt_user_loc (gimple_location (gsi_stmt (gsi))),
		  "%qs in the entry part of an interceptor with an exit "
		  "part: it points into the entry part%'s stack frame, which "
		  "is gone once %<GOTO_TARGET%> has left it, before the exit "
		  "part runs; use a local array of fixed size (locals live in "
		  "the invocation record) or %<malloc%>", what);
	inform (icpt_user_loc (gimple_location (site->call)),
		"the exit part of this %<GOTO_TARGET%>");
	ok = false;
      }
  return ok;
}

/* Whether BB ends in a computed goto ("goto *p").  */
static bool
icpt_computed_goto_bb_p (basic_block bb)
{
  gimple_stmt_iterator gsi = gsi_last_nondebug_bb (bb);
  return (!gsi_end_p (gsi) && gimple_code (gsi_stmt (gsi)) == GIMPLE_GOTO
	  && TREE_CODE (gimple_goto_dest (gsi_stmt (gsi))) != LABEL_DECL);
}

/* Where the user wrote a computed goto of the blocks in SET: GCC
   factors every "goto *p" of a function into one shared computed goto
   without a location (tree-cfg.cc, factor_computed_gotos) and leaves a
   plain goto to it in place of each, which the CFG keeps as the
   location of the edge.  */
static location_t
icpt_computed_goto_loc (function *fun, sbitmap set, location_t fallback)
{
  unsigned b;
  sbitmap_iterator sbi;

  EXECUTE_IF_SET_IN_BITMAP (set, NUM_FIXED_BLOCKS, b, sbi)
    {
      basic_block bb = BASIC_BLOCK_FOR_FN (fun, b);
      gimple_stmt_iterator gsi = gsi_last_nondebug_bb (bb);
      if (single_succ_p (bb) && icpt_computed_goto_bb_p (single_succ (bb))
	  && single_succ_edge (bb)->goto_locus != UNKNOWN_LOCATION)
	return single_succ_edge (bb)->goto_locus;
      /* Or the goto itself, or, when it has no location either, what
	 computes its address.  */
      if (icpt_computed_goto_bb_p (bb))
	for (; !gsi_end_p (gsi); gsi_prev_nondebug (&gsi))
	  if (gimple_has_location (gsi_stmt (gsi)))
	    return gimple_location (gsi_stmt (gsi));
    }
  return fallback;
}

/* The call of a function that returns twice (setjmp, ...) that starts
   BB, or NULL.  GCC starts a block at each such call and gives it the
   abnormal edges of every later call that might longjmp.  */
static gimple *
icpt_returns_twice_call (basic_block bb)
{
  gimple_stmt_iterator gsi = gsi_start_nondebug_after_labels_bb (bb);
  if (gsi_end_p (gsi) || !is_gimple_call (gsi_stmt (gsi))
      || !(gimple_call_flags (gsi_stmt (gsi)) & ECF_RETURNS_TWICE))
    return NULL;
  return gsi_stmt (gsi);
}

/* Control must never come back from the exit part of site S into the
   entry part (ENTRY_PART, the blocks before the markers CUT): the
   entry part has returned to the runtime at GOTO_TARGET, so its stack
   frame is gone and its target has been called.  Loops made of normal
   edges are reported as loops; this finds the abnormal ways back, a
   computed goto to a label of the entry part and a longjmp to a setjmp
   of the entry part (which the CFG models as an edge from every call
   of the exit part to the setjmp).  Returns false after an error.  */
static bool
icpt_check_reentry (function *fun, icpt_site *s, sbitmap cut,
		    sbitmap entry_part)
{
  auto_sbitmap all (last_basic_block_for_fn (fun));
  auto_sbitmap back (last_basic_block_for_fn (fun));
  unsigned b;
  sbitmap_iterator sbi;
  gimple *setjmp = NULL;

  icpt_reach (s->cont, cut, all, ICPT_ALL_EDGES);
  bitmap_and_compl (back, all, *s->reach);
  bitmap_and (back, back, entry_part);
  if (bitmap_empty_p (back))
    return true;
  tree label = NULL_TREE;
  EXECUTE_IF_SET_IN_BITMAP (back, NUM_FIXED_BLOCKS, b, sbi)
    {
      basic_block bb = BASIC_BLOCK_FOR_FN (fun, b);
      if (!setjmp)
	setjmp = icpt_returns_twice_call (bb);
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb);
	   !label && !gsi_end_p (gsi)
	   && gimple_code (gsi_stmt (gsi)) == GIMPLE_LABEL; gsi_next (&gsi))
	{
	  tree l = gimple_label_label (as_a <glabel *> (gsi_stmt (gsi)));
	  if (FORCED_LABEL (l) && DECL_NAME (l))
	    label = l;
	}
    }

  auto_diagnostic_group d;
  if (setjmp)
    {
      tree fn = gimple_call_fndecl (setjmp);
      error_at (icpt_user_loc (gimple_location (setjmp)),
		"%qs in the entry part of an interceptor whose exit part "
		"calls functions: a %<longjmp%> from the exit part would "
		"return into the entry part, whose frame is gone once "
		"%<GOTO_TARGET%> has left it; call it in the exit part or "
		"in a function of its own",
		fn ? IDENTIFIER_POINTER (DECL_NAME (fn)) : "setjmp");
    }
  else
    {
      location_t loc = icpt_computed_goto_loc (fun, *s->reach,
					       gimple_location (s->call));
      if (label)
	error_at (icpt_user_loc (loc),
		  "computed %<goto%> in the exit part can jump back into the "
		  "entry part, to label %qD, whose address the body takes: "
		  "an invocation runs its entry part and calls its target "
		  "once; take the addresses of labels after %<GOTO_TARGET%> "
		  "only", label);
      else
	error_at (icpt_user_loc (loc),
		  "computed %<goto%> in the exit part can jump back into the "
		  "entry part: an invocation runs its entry part and calls "
		  "its target once; take the addresses of labels after "
		  "%<GOTO_TARGET%> only");
    }
  inform (icpt_user_loc (gimple_location (s->call)),
	  "the exit part of this %<GOTO_TARGET%>");
  return false;
}

static void
icpt_split_body (function *fun, icpt_body *body)
{
  auto_vec<icpt_site> sites;
  auto_vec<gcall *> rets;
  basic_block bb;
  tree inv = DECL_ARGUMENTS (fun->decl);
  bool failed = false;

  /* Collect the markers; each ends its block.  */
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	enum icpt_marker m = icpt_stmt_marker (stmt);
	if (m == ICPT_GOTO_TARGET)
	  {
	    icpt_site s;
	    memset (&s, 0, sizeof s);
	    s.call = as_a <gcall *> (stmt);
	    s.tail = (gimple_call_num_args (stmt) == 2
		      && integer_onep (gimple_call_arg (stmt, 0)));
	    sites.safe_push (s);
	  }
	else if (m == ICPT_GOTO_RETURN)
	  rets.safe_push (as_a <gcall *> (stmt));
	else if (m == ICPT_NOT_A_MARKER)
	  {
	    if (!icpt_check_access (stmt, body))
	      failed = true;
	  }
	else
	  {
	    error_at (icpt_user_loc (gimple_location (stmt)), "%qs used outside an "
		      "interceptor body", icpt_marker_spelling (m));
	    failed = true;
	  }
      }
  if (failed)
    {
      body->failed = true;
      return;
    }

  unsigned i;
  icpt_site *s;
  gcall *r;

  FOR_EACH_VEC_ELT (sites, i, s)
    {
      s->bb = gimple_bb (s->call);
      edge e = split_block (s->bb, s->call);
      s->cont = e->dest;
    }
  FOR_EACH_VEC_ELT (rets, i, r)
    split_block (gimple_bb (r), r);

  /* Blocks may have been added: size the sets now.  */
  unsigned nbb = last_basic_block_for_fn (fun);
  auto_sbitmap cut (nbb);
  bitmap_clear (cut);
  FOR_EACH_VEC_ELT (sites, i, s)
    bitmap_set_bit (cut, s->bb->index);
  FOR_EACH_VEC_ELT (rets, i, r)
    bitmap_set_bit (cut, gimple_bb (r)->index);

  auto_sbitmap entry_part (nbb);
  sbitmap_iterator sbi0;
  icpt_reach (single_succ (ENTRY_BLOCK_PTR_FOR_FN (fun)), cut, entry_part);
  /* And the code a computed goto of the entry part may reach.  */
  auto_sbitmap entry_code (nbb);
  icpt_reach (single_succ (ENTRY_BLOCK_PTR_FOR_FN (fun)), cut, entry_code,
	      ICPT_COMPUTED_GOTO_EDGES);
  location_t end = fun->function_end_locus;

  /* A GOTO_RETURN in the entry part returns to the caller without
     calling any target (fault injection): the body returns with
     inv->state still 0, and the runtime returns what
     INTERCEPTED_SET_RETURN stored (doc/INTERNALS.md, 2).  For a
     callee that pops its arguments (i386 stdcall, fastcall, thiscall:
     conventions 2-4) that store also tells the runtime how many bytes,
     from the prototype.  */
  EXECUTE_IF_SET_IN_BITMAP (entry_part, NUM_FIXED_BLOCKS, i, sbi0)
    for (gimple_stmt_iterator gsi
	   = gsi_start_bb (BASIC_BLOCK_FOR_FN (fun, i));
	 !gsi_end_p (gsi); gsi_next (&gsi))
      {
	gimple *stmt = gsi_stmt (gsi);
	tree fn = (is_gimple_call (stmt) ? gimple_call_fndecl (stmt)
		   : NULL_TREE);
	if (!fn || !DECL_NAME (fn)
	    || strcmp (IDENTIFIER_POINTER (DECL_NAME (fn)),
		       "__interceptor_return_address") != 0
	    || gimple_call_num_args (stmt) != 6)
	  continue;
	tree w = gimple_call_arg (stmt, 2);
	tree nargs = gimple_call_arg (stmt, 4);
	tree conv = gimple_call_arg (stmt, 5);
	if (TREE_CODE (w) == INTEGER_CST && integer_onep (w)
	    && TREE_CODE (nargs) == INTEGER_CST && tree_to_shwi (nargs) < 0
	    && TREE_CODE (conv) == INTEGER_CST
	    && (tree_to_uhwi (conv) & 0xf) >= 2
	    && (tree_to_uhwi (conv) & 0xf) <= 4)
	  {
	    error_at (icpt_user_loc (gimple_location (stmt)),
		      "%<INTERCEPTED_SET_RETURN%> in the entry part of an "
		      "interceptor whose callee pops its arguments needs "
		      "%<INTERCEPTOR_PROTOTYPE%>");
	    failed = true;
	  }
      }
  if (bitmap_bit_p (entry_part, EXIT_BLOCK))
    {
      error_at (end, "control reaches the end of the interceptor%'s entry "
		"part without %<GOTO_TARGET%> or %<GOTO_RETURN%>");
      failed = true;
    }

  FOR_EACH_VEC_ELT (sites, i, s)
    {
      s->reach = new auto_sbitmap (nbb);
      icpt_reach (s->cont, cut, *s->reach);
    }
  FOR_EACH_VEC_ELT (sites, i, s)
    {
      unsigned j;
      icpt_site *o;
      bool in_loop = bitmap_bit_p (*s->reach, s->bb->index);
      FOR_EACH_VEC_ELT (sites, j, o)
	if (j != i && bitmap_bit_p (*o->reach, s->bb->index) && !in_loop)
	  {
	    error_at (icpt_user_loc (gimple_location (s->call)), "%<GOTO_TARGET%> in the exit "
		      "part of another %<GOTO_TARGET%>: an invocation calls one "
		      "target");
	    inform (icpt_user_loc (gimple_location (o->call)), "the exit part of this "
		    "%<GOTO_TARGET%>");
	    failed = true;
	    break;
	  }
      if (in_loop)
	{
	  error_at (icpt_user_loc (gimple_location (s->call)), "%<GOTO_TARGET%> inside a loop: "
		    "an invocation can call its target only once");
	  failed = true;
	}

      /* An exit part is anything that does something before the end,
	 but the cleanups that follow a target in tail position.  */
      unsigned b;
      sbitmap_iterator sbi;
      s->has_exit = false;
      if (!s->tail)
	EXECUTE_IF_SET_IN_BITMAP (*s->reach, 0, b, sbi)
	if (b >= NUM_FIXED_BLOCKS
	    && (icpt_block_has_code_p (BASIC_BLOCK_FOR_FN (fun, b))
		|| bitmap_bit_p (cut, b)))
	  s->has_exit = true;
      /* The arguments are gone once the target has run: no
	 INTERCEPTED_ARG (a call of __interceptor_arg_address, see
	 <interceptor.h>) in an exit part.  */
      if (s->has_exit)
	EXECUTE_IF_SET_IN_BITMAP (*s->reach, NUM_FIXED_BLOCKS, b, sbi)
	  for (gimple_stmt_iterator gsi
		 = gsi_start_bb (BASIC_BLOCK_FOR_FN (fun, b));
	       !gsi_end_p (gsi); gsi_next (&gsi))
	    {
	      tree fn = (is_gimple_call (gsi_stmt (gsi))
			 ? gimple_call_fndecl (gsi_stmt (gsi)) : NULL_TREE);
	      if (fn && DECL_NAME (fn)
		  && strcmp (IDENTIFIER_POINTER (DECL_NAME (fn)),
			     "__interceptor_arg_address") == 0)
		{
		  error_at (icpt_user_loc (gimple_location (gsi_stmt (gsi))),
			    "%<INTERCEPTED_ARG%> or %<INTERCEPTED_SET_ARG%> "
			    "in the exit part: the arguments are gone once "
			    "the target has run");
		  inform (icpt_user_loc (gimple_location (s->call)),
			  "exit part of this %<GOTO_TARGET%>");
		  failed = true;
		}
	    }
      if (s->has_exit && !in_loop
	  && !icpt_check_reentry (fun, s, cut, entry_part))
	failed = true;
      if (s->has_exit && bitmap_bit_p (*s->reach, EXIT_BLOCK))
	{
	  error_at (end, "the exit part must end with %<GOTO_RETURN()%>: "
		    "control reaches the end of the interceptor body after "
		    "the target has returned");
	  inform (icpt_user_loc (gimple_location (s->call)), "exit part of this "
		  "%<GOTO_TARGET%>");
	  icpt_explain_cleanup_exit (fun, *s->reach);
	  failed = true;
	}
    }

  FOR_EACH_VEC_ELT (sites, i, s)
    delete s->reach;
  FOR_EACH_VEC_ELT (sites, i, s)
    if (s->has_exit)
      {
	if (!icpt_check_returns_twice (body, s))
	  failed = true;
	if (!icpt_check_frame_memory (fun, entry_code, s))
	  failed = true;
	break;
      }
  if (failed)
    {
      body->failed = true;
      return;
    }

  /* Lower.  */
  bool any_exit = false;
  FOR_EACH_VEC_ELT (sites, i, s)
    if (s->has_exit)
      {
	if (!any_exit)
	  icpt_warn_caller_sensitive (body, s);
	any_exit = true;
      }
  body->has_exit = any_exit;
  bool vfork = icpt_names_vfork_p (body);
  FOR_EACH_VEC_ELT (sites, i, s)
    icpt_lower_site (fun, inv, s, i + 1, vfork);
  /* The 'return' of the GOTO_RETURN macro follows, with whatever
     cleanups the language runs on the way out.  */
  FOR_EACH_VEC_ELT (rets, i, r)
    {
      gimple_stmt_iterator gsi = gsi_for_stmt (r);
      gsi_replace (&gsi, gimple_build_nop (), false);
    }
  if (any_exit)
    icpt_add_dispatch (fun, inv, sites);

  free_dominance_info (CDI_DOMINATORS);
  free_dominance_info (CDI_POST_DOMINATORS);
  delete_unreachable_blocks ();
  if (current_loops)
    loops_state_set (LOOPS_NEED_FIXUP);
  body->lowered = true;
}

/* Outside the bodies no marker may survive.  */
static void
icpt_check_no_markers (function *fun)
{
  basic_block bb;

  /* The front-end walk has reported these already.  */
  if (seen_error ())
    return;

  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	enum icpt_marker m = icpt_stmt_marker (gsi_stmt (gsi));
	if (m != ICPT_NOT_A_MARKER)
	  error_at (icpt_user_loc (gimple_location (gsi_stmt (gsi))), "%qs used outside an "
		    "interceptor body: it may only appear in the body that "
		    "follows %<INTERCEPTOR(...)%>", icpt_marker_spelling (m));
      }
}

namespace {

const pass_data icpt_split_pass_data = {
  GIMPLE_PASS,
  "interceptor_split",
  OPTGROUP_NONE,
  TV_NONE,
  PROP_cfg,
  0,
  0,
  0,
  TODO_cleanup_cfg
};

class icpt_split_pass : public gimple_opt_pass
{
public:
  icpt_split_pass (gcc::context *ctxt)
    : gimple_opt_pass (icpt_split_pass_data, ctxt)
  {
  }

  unsigned int
  execute (function *fun) final override
  {
    if (!icpt_body_attribute (fun->decl))
      {
	icpt_check_no_markers (fun);
	return 0;
      }
    /* Every path ends in a return we add or in an error.  */
    icpt_suppress_return_warning (fun->decl);
    icpt_body *body = icpt_lookup_body (fun->decl);
    if (!body || body->failed)
      return 0;
    icpt_split_body (fun, body);
    return TODO_cleanup_cfg;
  }
};

} // anon namespace

opt_pass *
icpt_make_split_pass (gcc::context *ctxt)
{
  return new icpt_split_pass (ctxt);
}
