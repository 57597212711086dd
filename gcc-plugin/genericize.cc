/* genericize.cc -- the front-end half of lowering an interceptor.

   Runs on PLUGIN_PRE_GENERICIZE, on every function the C front end
   finishes, before gimplification:

   - outside interceptor bodies, any use of the macros is an error;
   - inside a body: 'return' is an error; INTERCEPTED_NAME and
     INTERCEPTED_DEPTH become fields of the invocation; GOTO_TARGET and
     GOTO_RETURN are checked to stand as statements of their own,
     outside loops (split.cc lowers them once the CFG exists);
   - every automatic variable of the body moves into a frame record that
     lives in the runtime's invocation record: the variable gets a
     DECL_VALUE_EXPR into the frame, the way tree-nested.cc relocates
     variables a nested function uses.  So locals keep their values
     from the entry part into the exit part.

   Copyright (C) 2026 the interceptor authors.  GPL-3.0-or-later.  */

#include "gcc-common.h"
#include "interceptor-plugin.h"
#include "stack-limits.h"

struct icpt_walk
{
  icpt_body *body;		/* NULL outside interceptor bodies */
  tree fndecl;
  tree inv;			/* the invocation parameter */
  int loop_depth;
  int expr_depth;		/* inside a statement expression */
  int try_depth;		/* inside a C++ try block */
  bool tail;			/* nothing the user wrote follows this
				   statement on its path to the end of
				   the body */
  hash_set<tree> *stmt_markers;	/* marker calls in statement position */
  vec<tree> locals;
  hash_set<tree> *seen_locals;
  bool failed;
  location_t loc;		/* of the expression being walked */
};

static enum icpt_marker
icpt_marker_of_call (tree t)
{
  if (TREE_CODE (t) != CALL_EXPR)
    return ICPT_NOT_A_MARKER;
  return icpt_marker_of_fndecl (get_callee_fndecl (t));
}

/* The field FIELD of the invocation INV points to.  */
static tree
icpt_inv_field (tree inv, const char *field)
{
  tree rec = TREE_TYPE (TREE_TYPE (inv));
  for (tree f = TYPE_FIELDS (rec); f; f = DECL_CHAIN (f))
    if (TREE_CODE (f) == FIELD_DECL && DECL_NAME (f)
	&& strcmp (IDENTIFIER_POINTER (DECL_NAME (f)), field) == 0)
      return build3 (COMPONENT_REF, TREE_TYPE (f),
		     build_simple_mem_ref (inv), f, NULL_TREE);
  return NULL_TREE;
}

/* Whether TYPE is variably modified (a pointer to a VLA, ...).  */
static bool
icpt_vm_type_p (tree type)
{
  return type != error_mark_node && variably_modified_type_p (type, NULL_TREE);
}

/* DECL (a variable or a typedef) has a variably modified type: the
   array bounds in it are computed where it is declared, into hidden
   temporaries of the body's stack frame that the exit part, a later
   call of the body, does not have.  */
static void
icpt_vm_error (icpt_walk *w, tree decl)
{
  error_at (DECL_SOURCE_LOCATION (decl), "%qD has a variably modified type "
	    "in an interceptor body: its array bounds live in the entry "
	    "part%'s stack frame, not in the invocation record, so the exit "
	    "part would see garbage; use a pointer to the element type and "
	    "compute indices yourself", decl);
  w->failed = true;
}

static void
icpt_note_local (icpt_walk *w, tree var)
{
  /* A typedef the user wrote; the front ends add nameless artificial
     ones to compute the bounds of the types they see.  */
  if (w->body && TREE_CODE (var) == TYPE_DECL && DECL_NAME (var)
      && !DECL_ARTIFICIAL (var) && icpt_vm_type_p (TREE_TYPE (var))
      && !w->seen_locals->add (var))
    {
      icpt_vm_error (w, var);
      return;
    }
  if (!w->body || !VAR_P (var) || TREE_STATIC (var) || DECL_EXTERNAL (var)
      || DECL_HAS_VALUE_EXPR_P (var) || DECL_CONTEXT (var) != w->fndecl)
    return;
  if (w->seen_locals->add (var))
    return;
  if (DECL_HARD_REGISTER (var))
    {
      error_at (DECL_SOURCE_LOCATION (var), "register variable %qD in an "
		"interceptor body: locals live in the invocation record, not "
		"in registers", var);
      w->failed = true;
      return;
    }
  if (!DECL_SIZE_UNIT (var) || TREE_CODE (DECL_SIZE_UNIT (var)) != INTEGER_CST)
    {
      error_at (DECL_SOURCE_LOCATION (var), "variable-length array %qD in "
		"an interceptor body: its size must be known at compile time "
		"because locals live in the invocation record", var);
      w->failed = true;
      return;
    }
  if (icpt_vm_type_p (TREE_TYPE (var)))
    {
      icpt_vm_error (w, var);
      return;
    }
  w->locals.safe_push (var);
}

static void icpt_walk_stmt (tree *tp, icpt_walk *w);
static void icpt_walk_expr (tree *tp, icpt_walk *w);

/* Check a GOTO_TARGET or GOTO_RETURN call that stands as a statement.  */
static void
icpt_check_goto (tree call, icpt_walk *w)
{
  enum icpt_marker m = icpt_marker_of_call (call);
  location_t loc = icpt_user_loc (EXPR_LOCATION (call));

  w->stmt_markers->add (call);
  if (!w->body)
    return;			/* reported by the expression walk */
  if (w->expr_depth > 0)
    {
      /* GOTO_RETURN() is a statement expression itself.  */
      if (m == ICPT_GOTO_RETURN)
	error_at (loc, "%<GOTO_RETURN()%> must be used as a statement of "
		  "its own, not inside an expression");
      else
	error_at (loc, "%qs must be used as a statement of its own, not "
		  "inside a statement expression", icpt_marker_spelling (m));
      w->failed = true;
      return;
    }
  if (w->try_depth > 0)
    {
      error_at (loc, "%qs inside a %<try%> block: the target and the "
		"exit part run after the entry part has returned, so the "
		"handlers of the block cannot catch their exceptions; catch them "
		"in the caller", icpt_marker_spelling (m));
      w->failed = true;
      return;
    }
  if (m == ICPT_GOTO_TARGET)
    {
      /* A target in tail position: whatever follows it in GIMPLE is the
	 destructors and cleanups of the body's variables, which run
	 before the jump (split.cc).  The marker's first argument says
	 so.  */
      if (w->tail && call_expr_nargs (call) == 2)
	CALL_EXPR_ARG (call, 0) = integer_one_node;
      if (w->loop_depth > 0)
	{
	  error_at (loc, "%<GOTO_TARGET%> inside a loop: an invocation can call "
		    "its target only once; choose the target in the loop "
		    "and call it after");
	  w->failed = true;
	}
      if (call_expr_nargs (call) != 2
	  || !POINTER_TYPE_P (TREE_TYPE (CALL_EXPR_ARG (call, 1))))
	{
	  error_at (loc, "%<GOTO_TARGET%> needs a pointer to the target "
		    "function (a function pointer or %<void *%>)");
	  w->failed = true;
	}
    }
}

/* Whether T only wraps the statement in its operand 0: C++'s
   expression statement and cleanup point, a conversion to void.  */
static bool
icpt_stmt_wrapper_p (tree t)
{
  return (TREE_CODE (t) == EXPR_STMT
	  || TREE_CODE (t) == CLEANUP_POINT_EXPR
	  || ((CONVERT_EXPR_P (t) || TREE_CODE (t) == NON_LVALUE_EXPR)
	      && VOID_TYPE_P (TREE_TYPE (t))));
}

/* Is T, maybe converted to void, a GOTO marker call?  */
static tree
icpt_goto_stmt_call (tree t)
{
  while (t && icpt_stmt_wrapper_p (t))
    t = TREE_OPERAND (t, 0);
  if (!t)
    return NULL_TREE;
  enum icpt_marker m = icpt_marker_of_call (t);
  return m == ICPT_GOTO_TARGET || m == ICPT_GOTO_RETURN ? t : NULL_TREE;
}

/* What <interceptor.h> puts in place of the C accessors and of
   INTERCEPTED_NAME outside a body (__INTERCEPTOR_IN_BODY), and of an
   index that is not an integer: report them.  Returns true when T was
   one.  */
static bool
icpt_check_misuse_stand_in (tree t, icpt_walk *w)
{
  tree fn = NULL_TREE;
  if (TREE_CODE (t) == CALL_EXPR)
    fn = get_callee_fndecl (t);
  else if (VAR_P (t))
    fn = t;
  if (!fn || !DECL_NAME (fn))
    return false;
  const char *id = IDENTIFIER_POINTER (DECL_NAME (fn));
  location_t loc = icpt_user_loc (TREE_CODE (t) == CALL_EXPR
				  ? EXPR_LOCATION (t) : w->loc);
  if (strcmp (id, "__interceptor_outside_body") == 0)
    {
      const char *what = (call_expr_nargs (t) == 1
			  ? c_getstr (CALL_EXPR_ARG (t, 0)) : NULL);
      error_at (loc, "%qs used outside an interceptor body: it may only "
		"appear in the body that follows %<INTERCEPTOR(...)%>",
		what ? what : "INTERCEPTED_ARG");
    }
  else if (strcmp (id, "__interceptor_name_outside_body") == 0)
    error_at (loc, "%qs used outside an interceptor body: it may only "
	      "appear in the body that follows %<INTERCEPTOR(...)%>",
	      "INTERCEPTED_NAME");
  else if (strcmp (id, "__interceptor_bad_index") == 0)
    error_at (loc, "the index of %<INTERCEPTED_ARG%> and "
	      "%<INTERCEPTED_SET_ARG%> must be an integer constant "
	      "expression");
  else
    return false;
  w->failed = true;
  return true;
}

static tree
icpt_expr_cb (tree *tp, int *walk_subtrees, void *data)
{
  icpt_walk *w = (icpt_walk *) data;
  tree t = *tp;

  if (EXPR_P (t) && EXPR_HAS_LOCATION (t))
    w->loc = EXPR_LOCATION (t);
  if ((TREE_CODE (t) == CALL_EXPR || VAR_P (t))
      && icpt_check_misuse_stand_in (t, w))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  switch (TREE_CODE (t))
    {
    case CALL_EXPR:
      {
	enum icpt_marker m = icpt_marker_of_call (t);
	if (m == ICPT_NOT_A_MARKER)
	  break;
	location_t loc = icpt_user_loc (EXPR_LOCATION (t));
	if (!w->body)
	  {
	    error_at (loc, "%qs used outside an interceptor body: it may "
		      "only appear in the body that follows %<INTERCEPTOR(...)%>",
		      icpt_marker_spelling (m));
	    w->failed = true;
	    *walk_subtrees = 0;
	    return NULL_TREE;
	  }
	if (m == ICPT_NAME || m == ICPT_DEPTH)
	  {
	    tree f = icpt_inv_field (w->inv, m == ICPT_NAME ? "name" : "depth");
	    *tp = fold_convert (TREE_TYPE (t), f);
	    *walk_subtrees = 0;
	    return NULL_TREE;
	  }
	if (!w->stmt_markers->contains (t))
	  {
	    error_at (loc, "%qs must be used as a statement of its own",
		      icpt_marker_spelling (m));
	    w->failed = true;
	  }
	break;
      }
    case RETURN_EXPR:
      if (w->body && !w->stmt_markers->contains (t))
	{
	  error_at (icpt_user_loc (EXPR_LOCATION (t)), "%<return%> in an interceptor body: "
		    "end the entry part with %<GOTO_TARGET(...)%> and the exit "
		    "part with %<GOTO_RETURN()%>");
	  w->failed = true;
	}
      break;
    case BIND_EXPR:
      for (tree v = BIND_EXPR_VARS (t); v; v = DECL_CHAIN (v))
	icpt_note_local (w, v);
      break;
    case DECL_EXPR:
      if (TREE_CODE (DECL_EXPR_DECL (t)) == FUNCTION_DECL
	  && icpt_body_attribute (DECL_EXPR_DECL (t)))
	{
	  if (w->seen_locals->add (DECL_EXPR_DECL (t)))
	    break;
	  error_at (icpt_user_loc (DECL_SOURCE_LOCATION (DECL_EXPR_DECL (t))),
		    "%<INTERCEPTOR%> inside a function: an interceptor is "
		    "defined at file scope");
	  w->failed = true;
	  break;
	}
      if (w->body && TREE_CODE (DECL_EXPR_DECL (t)) == FUNCTION_DECL)
	{
	  if (w->seen_locals->add (DECL_EXPR_DECL (t)))
	    break;
	  error_at (DECL_SOURCE_LOCATION (DECL_EXPR_DECL (t)), "nested "
		    "function %qD in an interceptor body: the locals of a body "
		    "live in the invocation record, which a static chain "
		    "cannot reach; define the function outside the body",
		    DECL_EXPR_DECL (t));
	  w->failed = true;
	  break;
	}
      icpt_note_local (w, DECL_EXPR_DECL (t));
      /* walk_tree does not look into the initializer.  */
      if (VAR_P (DECL_EXPR_DECL (t)))
	icpt_walk_expr (&DECL_INITIAL (DECL_EXPR_DECL (t)), w);
      break;
    case COMPOUND_LITERAL_EXPR:
      icpt_note_local (w, COMPOUND_LITERAL_EXPR_DECL (t));
      break;
    case FOR_STMT:
    case WHILE_STMT:
    case DO_STMT:
    case STATEMENT_LIST:
    case COND_EXPR:
    case SWITCH_STMT:
    case SWITCH_EXPR:
      if (VOID_TYPE_P (TREE_TYPE (t)) || TREE_CODE (t) != COND_EXPR)
	{
	  /* A statement inside an expression (a statement expression):
	     walk it as statements so loops are seen, but markers there
	     are not in statement position of the body.  */
	  w->expr_depth++;
	  icpt_walk_stmt (tp, w);
	  w->expr_depth--;
	  *walk_subtrees = 0;
	}
      break;
    default:
      break;
    }
  return NULL_TREE;
}

static void
icpt_walk_expr (tree *tp, icpt_walk *w)
{
  if (*tp)
    walk_tree_without_duplicates (tp, icpt_expr_cb, w);
}

/* The condition of a loop, with what GCC 15 and later keep apart from
   it when it declares a variable (gcc-common.h): the declaration
   PREP, and CLEANUP, its destruction.  Those locals move into the
   frame like any other.  */
static void
icpt_walk_loop_cond (tree *prep, tree *cond, tree *cleanup, icpt_walk *w)
{
  if (prep)
    icpt_walk_stmt (prep, w);
  icpt_walk_expr (cond, w);
  if (cleanup)
    icpt_walk_expr (cleanup, w);
}

/* T, or the first statement of the statement expression T (which
   GOTO_RETURN() is).  */
static tree
icpt_block_stmt (tree t)
{
  while (t)
    {
      if (TREE_CODE (t) == BIND_EXPR)
	t = BIND_EXPR_BODY (t);
      else if (TREE_CODE (t) == STATEMENT_LIST)
	{
	  tree_stmt_iterator i = tsi_start (t);
	  while (!tsi_end_p (i) && TREE_CODE (tsi_stmt (i)) == DEBUG_BEGIN_STMT)
	    tsi_next (&i);
	  if (tsi_end_p (i))
	    return NULL_TREE;
	  t = tsi_stmt (i);
	}
      else if (icpt_stmt_wrapper_p (t))
	t = TREE_OPERAND (t, 0);
      else
	return t;
    }
  return t;
}

/* Whether the void COND_EXPR T is 'c ? a : b' rather than an 'if'.
   C++ has IF_STMTs.  C builds both as COND_EXPRs, with arms of the
   same shape; their locations differ: an 'if' is at its '(', before
   the condition; 'c ? a : b' at its ':', after it.  */
static bool
icpt_conditional_expr_p (tree t)
{
  if (lang_GNU_CXX ())
    return true;
  location_t here = EXPR_LOCATION (t);
  location_t cond = EXPR_LOCATION (COND_EXPR_COND (t));
  if (here == UNKNOWN_LOCATION || cond == UNKNOWN_LOCATION)
    return false;
  here = get_pure_location (here);
  cond = get_pure_location (cond);
  /* Where both come from one macro expansion, the order of the
     tokens in the macro's definition.  */
  location_t here_x = icpt_user_loc (here), cond_x = icpt_user_loc (cond);
  if (here_x != cond_x)
    return linemap_location_before_p (line_table, cond_x, here_x);
  here = linemap_resolve_location (line_table, here, LRK_SPELLING_LOCATION,
				   NULL);
  cond = linemap_resolve_location (line_table, cond, LRK_SPELLING_LOCATION,
				   NULL);
  return (LOCATION_FILE (here) && LOCATION_FILE (cond)
	  && strcmp (LOCATION_FILE (here), LOCATION_FILE (cond)) == 0
	  && linemap_location_before_p (line_table, cond, here));
}

/* Report a marker that is an arm of the conditional expression
   whose arm ARM is.  Returns true after an error.  */
static bool
icpt_conditional_marker (tree arm, icpt_walk *w)
{
  tree call = icpt_goto_stmt_call (icpt_block_stmt (arm));
  if (!call || !w->body)
    return false;
  enum icpt_marker m = icpt_marker_of_call (call);
  error_at (icpt_user_loc (EXPR_LOCATION (call)), "%qs as an operand of "
	    "%<?:%>: it must be used as a statement of its own; write "
	    "%<if (...) %s;%>", icpt_marker_spelling (m),
	    m == ICPT_GOTO_TARGET ? "GOTO_TARGET (...)" : "GOTO_RETURN ()");
  w->failed = true;
  return true;
}

/* Walk a statement: markers found in statement position are legal.  */
static void
icpt_walk_stmt (tree *tp, icpt_walk *w)
{
  tree t = *tp;
  if (!t)
    return;

  switch (TREE_CODE (t))
    {
    case STATEMENT_LIST:
      {
	bool after_goto_return = false;
	bool tail = w->tail;
	tree last = NULL_TREE;
	for (tree_stmt_iterator i = tsi_start (t); !tsi_end_p (i);
	     tsi_next (&i))
	  if (TREE_CODE (tsi_stmt (i)) != DEBUG_BEGIN_STMT)
	    last = tsi_stmt (i);
	for (tree_stmt_iterator i = tsi_start (t); !tsi_end_p (i);
	     tsi_next (&i))
	  {
	    tree s = tsi_stmt (i);
	    w->tail = tail && s == last;
	    tree call = icpt_goto_stmt_call (s);
	    /* GOTO_RETURN() is the marker and a 'return;'.  */
	    if (after_goto_return && TREE_CODE (s) == RETURN_EXPR
		&& !TREE_OPERAND (s, 0))
	      w->stmt_markers->add (s);
	    /* -g puts markers of statement starts in between.  */
	    if (TREE_CODE (s) != DEBUG_BEGIN_STMT)
	      after_goto_return
		= call && icpt_marker_of_call (call) == ICPT_GOTO_RETURN;
	    icpt_walk_stmt (tsi_stmt_ptr (i), w);
	  }
	w->tail = tail;
	return;
      }
    case BIND_EXPR:
      for (tree v = BIND_EXPR_VARS (t); v; v = DECL_CHAIN (v))
	icpt_note_local (w, v);
      icpt_walk_stmt (&BIND_EXPR_BODY (t), w);
      return;
    case COND_EXPR:
      if (!VOID_TYPE_P (TREE_TYPE (t)))
	break;
      if (icpt_conditional_expr_p (t)
	  && (icpt_conditional_marker (COND_EXPR_THEN (t), w)
	      || icpt_conditional_marker (COND_EXPR_ELSE (t), w)))
	return;
      icpt_walk_expr (&COND_EXPR_COND (t), w);
      icpt_walk_stmt (&COND_EXPR_THEN (t), w);
      icpt_walk_stmt (&COND_EXPR_ELSE (t), w);
      return;
    case SWITCH_STMT:
      icpt_walk_expr (&SWITCH_STMT_COND (t), w);
      w->tail = false;
      icpt_walk_stmt (&SWITCH_STMT_BODY (t), w);
      return;
    case SWITCH_EXPR:
      icpt_walk_expr (&SWITCH_COND (t), w);
      w->tail = false;
      icpt_walk_stmt (&SWITCH_BODY (t), w);
      return;
    case FOR_STMT:
      w->tail = false;
      icpt_walk_stmt (&FOR_INIT_STMT (t), w);
      w->loop_depth++;
      icpt_walk_loop_cond (icpt_for_cond_prep (t), &FOR_COND (t),
			   icpt_for_cond_cleanup (t), w);
      icpt_walk_expr (&FOR_EXPR (t), w);
      icpt_walk_stmt (&FOR_BODY (t), w);
      w->loop_depth--;
      return;
    case WHILE_STMT:
      w->tail = false;
      w->loop_depth++;
      icpt_walk_loop_cond (icpt_while_cond_prep (t), &WHILE_COND (t),
			   icpt_while_cond_cleanup (t), w);
      icpt_walk_stmt (&WHILE_BODY (t), w);
      w->loop_depth--;
      return;
    case DO_STMT:
      {
	/* do { ... } while (0), the usual macro wrapper, is no loop.  */
	int loop = !integer_zerop (DO_COND (t));
	w->tail &= !loop;
	w->loop_depth += loop;
	icpt_walk_stmt (&DO_BODY (t), w);
	icpt_walk_expr (&DO_COND (t), w);
	w->loop_depth -= loop;
	return;
      }
    case LOOP_EXPR:
      w->tail = false;
      w->loop_depth++;
      icpt_walk_stmt (&LOOP_EXPR_BODY (t), w);
      w->loop_depth--;
      return;
    case TRY_FINALLY_EXPR:
    case TRY_CATCH_EXPR:
      icpt_walk_stmt (&TREE_OPERAND (t, 0), w);
      w->tail = false;
      icpt_walk_stmt (&TREE_OPERAND (t, 1), w);
      return;

      /* The C++ front end's statements (cp/cp-tree.def), still present
	 at PRE_GENERICIZE.  */
    case IF_STMT:
      icpt_walk_expr (&TREE_OPERAND (t, 0), w);	/* IF_COND */
      icpt_walk_stmt (&TREE_OPERAND (t, 1), w);	/* THEN_CLAUSE */
      icpt_walk_stmt (&TREE_OPERAND (t, 2), w);	/* ELSE_CLAUSE */
      return;
    case RANGE_FOR_STMT:
      w->tail = false;
      icpt_walk_stmt (&TREE_OPERAND (t, 5), w);	/* RANGE_FOR_INIT_STMT */
      icpt_walk_expr (&TREE_OPERAND (t, 1), w);	/* RANGE_FOR_EXPR */
      w->loop_depth++;
      icpt_walk_stmt (&TREE_OPERAND (t, 2), w);	/* RANGE_FOR_BODY */
      w->loop_depth--;
      return;
    case CLEANUP_STMT:
      icpt_walk_stmt (&TREE_OPERAND (t, 0), w);	/* CLEANUP_BODY */
      icpt_walk_expr (&TREE_OPERAND (t, 1), w);	/* CLEANUP_EXPR */
      return;
    case TRY_BLOCK:
      /* A target's exceptions never reach the body's handlers: the
	 target runs after the entry part has returned.  */
      w->tail = false;
      w->try_depth++;
      icpt_walk_stmt (&TREE_OPERAND (t, 0), w);	/* TRY_STMTS */
      w->try_depth--;
      icpt_walk_stmt (&TREE_OPERAND (t, 1), w);	/* TRY_HANDLERS */
      return;
    case HANDLER:
      w->tail = false;
      icpt_walk_stmt (&TREE_OPERAND (t, 1), w);	/* HANDLER_BODY */
      return;
    case MUST_NOT_THROW_EXPR:
      icpt_walk_stmt (&TREE_OPERAND (t, 0), w);
      return;
    case LABEL_EXPR:
    case CASE_LABEL_EXPR:
    case GOTO_EXPR:
      return;
    default:
      break;
    }

  /* A statement expression in statement position (GOTO_RETURN() is
     one) is a block: C++ wraps it as an expression statement.  */
  tree *inner = tp;
  while (*inner && icpt_stmt_wrapper_p (*inner))
    inner = &TREE_OPERAND (*inner, 0);
  if (inner != tp && *inner
      && (TREE_CODE (*inner) == BIND_EXPR
	  || TREE_CODE (*inner) == STATEMENT_LIST))
    {
      icpt_walk_stmt (inner, w);
      return;
    }

  tree call = icpt_goto_stmt_call (t);
  if (call)
    {
      icpt_check_goto (call, w);
      for (int i = 0; i < call_expr_nargs (call); i++)
	icpt_walk_expr (&CALL_EXPR_ARG (call, i), w);
      if (!w->body)
	{
	  int walk_subtrees = 1;
	  icpt_expr_cb (&call, &walk_subtrees, w);
	}
      return;
    }
  icpt_walk_expr (tp, w);
}

/* Give every local of the body a place in the frame record.  */
static void
icpt_build_frame (icpt_walk *w)
{
  icpt_body *b = w->body;
  tree frame_field = icpt_inv_field (w->inv, "frame");
  tree rec = make_node (RECORD_TYPE);
  tree fields = NULL_TREE, *chain = &fields;
  unsigned i;
  tree var;

  FOR_EACH_VEC_ELT (w->locals, i, var)
    {
      tree f = build_decl (DECL_SOURCE_LOCATION (var), FIELD_DECL,
			   DECL_NAME (var), TREE_TYPE (var));
      SET_DECL_ALIGN (f, DECL_ALIGN (var));
      DECL_USER_ALIGN (f) = DECL_USER_ALIGN (var);
      TREE_ADDRESSABLE (f) = 1;
      DECL_CONTEXT (f) = rec;
      *chain = f;
      chain = &DECL_CHAIN (f);
    }
  TYPE_FIELDS (rec) = fields;
  TYPE_NAME (rec) = get_identifier ("__interceptor_frame");
  layout_type (rec);

  /* The variables to blame: the most aligned and the largest.  */
  tree most_aligned = NULL_TREE, largest = NULL_TREE;
  FOR_EACH_VEC_ELT (w->locals, i, var)
    {
      if (!most_aligned || DECL_ALIGN (var) > DECL_ALIGN (most_aligned))
	most_aligned = var;
      if (!largest || tree_int_cst_lt (DECL_SIZE_UNIT (largest),
				       DECL_SIZE_UNIT (var)))
	largest = var;
    }

  b->frame_align = TYPE_ALIGN_UNIT (rec);
  if (b->frame_align > INTERCEPTOR_FRAME_ALIGN_MAX)
    {
      error_at (DECL_SOURCE_LOCATION (most_aligned), "%qD needs an alignment "
		"of %wu bytes; the locals of an interceptor body live in the "
		"invocation record, which aligns them to at most %d",
		most_aligned, (unsigned HOST_WIDE_INT) DECL_ALIGN_UNIT (most_aligned),
		INTERCEPTOR_FRAME_ALIGN_MAX);
      w->failed = true;
      return;
    }
  /* The record's size is the frame's, rounded up: refuse what can never
     fit the per-thread invocation stack (and what its 32-bit size field
     in the descriptor could not hold) here rather than abort at run
     time.  */
  if (!tree_fits_uhwi_p (TYPE_SIZE_UNIT (rec))
      || tree_to_uhwi (TYPE_SIZE_UNIT (rec)) > INTERCEPTOR_FRAME_MAX)
    {
      error_at (DECL_SOURCE_LOCATION (largest), "the locals of interceptor "
		"%qs take more than the %d bytes an invocation may use of "
		"the per-thread invocation stack (%d bytes), and %qD is the "
		"largest (%E bytes); allocate large buffers with %<malloc%> "
		"or make them %<static%> (%<static __thread%> in a "
		"multithreaded program)", b->label, INTERCEPTOR_FRAME_MAX,
		INTERCEPTOR_STACK_SIZE, largest, DECL_SIZE_UNIT (largest));
      w->failed = true;
      return;
    }
  b->frame_size = tree_to_uhwi (TYPE_SIZE_UNIT (rec));
  if (b->frame_size > 65536)
    warning_at (DECL_SOURCE_LOCATION (largest), 0, "the locals of "
		"interceptor %qs take %wu bytes of the per-thread invocation "
		"stack (%d bytes) on every call, and %qD is the largest",
		b->label, b->frame_size, INTERCEPTOR_STACK_SIZE, largest);

  tree frame = build_fold_indirect_ref
    (fold_convert (build_pointer_type (rec), frame_field));
  tree f = fields;
  FOR_EACH_VEC_ELT (w->locals, i, var)
    {
      tree ref = build3 (COMPONENT_REF, TREE_TYPE (var), frame, f, NULL_TREE);
      TREE_THIS_VOLATILE (ref) = TREE_THIS_VOLATILE (var);
      TREE_SIDE_EFFECTS (ref) = TREE_THIS_VOLATILE (var);
      SET_DECL_VALUE_EXPR (var, ref);
      DECL_HAS_VALUE_EXPR_P (var) = 1;
      f = DECL_CHAIN (f);
    }
}

static bool
icpt_check_signature (icpt_walk *w)
{
  tree fndecl = w->fndecl;
  tree args = DECL_ARGUMENTS (fndecl);
  if (!args || DECL_CHAIN (args)
      || !POINTER_TYPE_P (TREE_TYPE (args))
      || TREE_CODE (TREE_TYPE (TREE_TYPE (args))) != RECORD_TYPE
      || !VOID_TYPE_P (TREE_TYPE (TREE_TYPE (fndecl)))
      || !icpt_inv_field (args, "name") || !icpt_inv_field (args, "depth")
      || !icpt_inv_field (args, "state") || !icpt_inv_field (args, "frame")
      || !icpt_inv_field (args, "target"))
    {
      error_at (icpt_user_loc (DECL_SOURCE_LOCATION (fndecl)), "the %<interceptor%> "
		"attribute is for the bodies %<INTERCEPTOR(...)%> defines; use "
		"the macro from %<<interceptor.h>%>");
      return false;
    }
  w->inv = args;
  return true;
}

void
icpt_pre_genericize (void *gcc_data, void *)
{
  tree fndecl = (tree) gcc_data;
  icpt_walk w;
  hash_set<tree> markers, seen_locals;

  if (TREE_CODE (fndecl) != FUNCTION_DECL || !DECL_SAVED_TREE (fndecl))
    return;

  icpt_check_pending_at_function (fndecl);
  memset (&w, 0, sizeof w);
  w.fndecl = fndecl;
  w.stmt_markers = &markers;
  w.seen_locals = &seen_locals;
  w.locals = vNULL;

  if (icpt_body_attribute (fndecl))
    {
      if (!icpt_check_signature (&w))
	return;
      /* With -ffat-lto-objects too: a link with -flto compiles the
	 bytecode again, without the plugin, and loses the stubs.  */
      if (flag_generate_lto)
	{
	  location_t loc = icpt_user_loc (DECL_SOURCE_LOCATION (fndecl));
	  if (flag_fat_lto_objects)
	    error_at (loc, "interceptors cannot be compiled with %<-flto "
		      "-ffat-lto-objects%>: a link with %<-flto%> would "
		      "compile the bytecode again, without the stubs; compile "
		      "this file with %<-fno-lto%> (the rest of the program "
		      "may use LTO)");
	  else
	    error_at (loc, "interceptors cannot be compiled with %<-flto%>: "
		      "compile this file with %<-fno-lto%> (the rest of the "
		      "program may use LTO)");
	  return;
	}
      if (!icpt_arch_supported_p (icpt_user_loc (DECL_SOURCE_LOCATION (fndecl))))
	return;
      w.body = icpt_find_body (fndecl);
      if (!icpt_parse_body_attribute (fndecl, w.body)
	  || icpt_failed_decls.contains (fndecl))
	w.failed = true;
    }
  else if (lookup_attribute ("interceptor_max_recursion",
			     DECL_ATTRIBUTES (fndecl)))
    {
      error_at (icpt_user_loc (DECL_SOURCE_LOCATION (fndecl)),
		"%<MAX_RECURSION%> must be followed by %<INTERCEPTOR%>: "
		"%qD is not an interceptor", fndecl);
    }
  else if (lookup_attribute ("interceptor_strict", DECL_ATTRIBUTES (fndecl)))
    error_at (icpt_user_loc (DECL_SOURCE_LOCATION (fndecl)),
	      "%<INTERCEPTOR_STRICT%> must be followed by %<INTERCEPTOR%>: "
	      "%qD is not an interceptor", fndecl);

  w.tail = true;
  icpt_walk_stmt (&DECL_SAVED_TREE (fndecl), &w);
  if (w.body && !w.failed)
    icpt_build_frame (&w);
  if (w.body)
    w.body->failed |= w.failed;
  w.locals.release ();
}

/* A file-scope initializer that uses INTERCEPTED_NAME (<interceptor.h>
   makes it an undefined array there): report it at the variable.  */
void
icpt_check_initializer (tree decl)
{
  icpt_walk w;
  hash_set<tree> markers, seen_locals;

  if (!VAR_P (decl) || !DECL_INITIAL (decl)
      || DECL_INITIAL (decl) == error_mark_node)
    return;
  memset (&w, 0, sizeof w);
  w.stmt_markers = &markers;
  w.seen_locals = &seen_locals;
  w.loc = DECL_SOURCE_LOCATION (decl);
  walk_tree_without_duplicates (&DECL_INITIAL (decl), icpt_expr_cb, &w);
}
