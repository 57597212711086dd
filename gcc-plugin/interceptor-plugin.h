/* interceptor-plugin.h -- what the passes of the interceptor plugin
   share.  See doc/INTERNALS.md for the whole design.  */

#ifndef INTERCEPTOR_PLUGIN_H
#define INTERCEPTOR_PLUGIN_H

/* Must match INTERCEPTOR_ABI_VERSION in macros/interceptor.h and the
   runtime's.  */
#define ICPT_ABI_VERSION 1

#ifndef ICPT_VERSION
# define ICPT_VERSION "0.1"
#endif

/* One interceptor of this translation unit.  */
struct icpt_body
{
  tree fndecl;			/* the outlined body */
  location_t loc;
  char *label;			/* "open, open64" */
  vec<char *> names;		/* one stub each */
  unsigned max_recursion;
  unsigned HOST_WIDE_INT frame_size;
  unsigned frame_align;		/* bytes */
  bool failed;			/* an error was reported */
  bool lowered;			/* split.cc has run */
  bool has_exit;		/* some GOTO_TARGET has an exit part */
  bool strict;			/* INTERCEPTOR_STRICT or
				   -fplugin-arg-interceptor-strict */
  bool weak;			/* weak stubs */
  bool leaf_gpr;		/* regs.cc: calls nothing, touches general
				   registers only */
  HARD_REG_SET clobbered;	/* regs.cc: the call-clobbered registers
				   a GPR leaf writes */
};

/* The markers the header's macros expand to.  */
enum icpt_marker
{
  ICPT_NOT_A_MARKER,
  ICPT_GOTO_TARGET,
  ICPT_GOTO_RETURN,
  ICPT_NAME,
  ICPT_DEPTH
};

/* plugin.cc */
extern const char *icpt_plugin_name;
extern bool icpt_strict_unit;
extern vec<icpt_body *> icpt_bodies;
extern icpt_body *icpt_find_body (tree fndecl);
extern icpt_body *icpt_lookup_body (tree fndecl);
extern enum icpt_marker icpt_marker_of_fndecl (tree fndecl);
extern const char *icpt_marker_spelling (enum icpt_marker);
extern location_t icpt_user_loc (location_t);

/* attribs.cc */
extern void icpt_register_attributes (void *, void *);
extern tree icpt_body_attribute (tree fndecl);
extern bool icpt_parse_body_attribute (tree fndecl, icpt_body *body);

/* placement.cc: what MAX_RECURSION and INTERCEPTOR_STRICT leave for
   the next INTERCEPTOR body.  */
struct icpt_pending
{
  location_t limit_loc;		/* UNKNOWN_LOCATION: no MAX_RECURSION */
  unsigned limit;
  bool limit_valid;
  location_t strict_loc;	/* UNKNOWN_LOCATION: no INTERCEPTOR_STRICT */
  bool weak;			/* __attribute__ ((weak)) INTERCEPTOR */
};
extern tree icpt_pending_attrs;
extern void icpt_register_placement (const char *plugin_name);
extern void icpt_pending_max_recursion (location_t loc, unsigned limit,
					bool valid);
extern void icpt_pending_strict (location_t loc);
extern void icpt_site_marker (tree decl);
extern void icpt_take_pending (tree decl);
extern const icpt_pending *icpt_taken_by (tree decl);
extern bool icpt_marker_decl_p (tree decl);
extern void icpt_check_pending_at_function (tree fndecl);

/* pragmas.cc */
extern void icpt_register_statement_pragmas (const char *plugin_name);
extern vec<tree> icpt_failed_decls;

/* genericize.cc */
extern void icpt_pre_genericize (void *gcc_data, void *);
extern void icpt_check_initializer (tree decl);

/* split.cc */
extern opt_pass *icpt_make_split_pass (gcc::context *);

/* regs.cc */
extern opt_pass *icpt_make_regs_pass (gcc::context *);

/* emit.cc */
extern void icpt_finish_unit (void *, void *);
extern const char *icpt_site_label (unsigned body, unsigned name);
extern void icpt_stub_begin (FILE *f, const char *name, const char *endbr,
			     bool weak);
extern void icpt_stub_end (FILE *f, const char *name);

/* The architecture's file (target-x86.cc, ...).  */
extern bool icpt_arch_supported_p (location_t loc);
extern void icpt_arch_emit_stub (FILE *f, const char *name,
				 const char *site_label, const icpt_body *b);
/* Whether hard register REGNO is one of the general registers, which
   the runtime's fast paths may leave to a body to save (regs.cc).  */
extern bool icpt_arch_gpr_regno_p (unsigned int regno);
/* Whether a transparent interceptor's stub and trampolines keep calls
   and returns paired, as a shadow stack (CET SHSTK) needs.  */
extern bool icpt_arch_stubs_shstk_p (void);

/* One convention of INTERCEPTOR_CONVENTION: a name and its number in
   parentheses (-1 when there is none).  */
struct icpt_conv_item
{
  const char *name;
  int arg;
};
/* Check the conventions of an INTERCEPTOR_CONVENTION at LOC (the
   header has turned them into a number for the runtime, whose
   encoding only the architecture knows); report errors there.  */
extern bool icpt_arch_check_convention (location_t loc,
					const vec<icpt_conv_item> &items);

/* x86_64.cc and i386.cc, which target-x86.cc dispatches to.  */
extern bool icpt_x86_64_supported_p (location_t loc);
extern void icpt_x86_64_emit_stub (FILE *f, const char *name,
				   const char *site_label, const icpt_body *b);
extern bool icpt_i386_supported_p (location_t loc);
extern void icpt_i386_emit_stub (FILE *f, const char *name,
				 const char *site_label, const icpt_body *b);

#endif /* INTERCEPTOR_PLUGIN_H */
