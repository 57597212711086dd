/* catch-aux.c -- the personality routine of uw_catch (catch.S), which
   catches every exception that reaches uw_catch's frame.  Not a test
   itself.  */

#include <unwind.h>

extern char uw_catch_landing[] __attribute__ ((visibility ("hidden")));

_Unwind_Reason_Code __attribute__ ((visibility ("hidden")))
uw_catch_personality (int version, _Unwind_Action actions,
		      _Unwind_Exception_Class cls,
		      struct _Unwind_Exception *exc,
		      struct _Unwind_Context *ctx)
{
  (void) cls;
  if (version != 1)
    return _URC_FATAL_PHASE1_ERROR;
  if (actions & _UA_SEARCH_PHASE)
    return _URC_HANDLER_FOUND;
  if (actions & _UA_HANDLER_FRAME)
    {
      _Unwind_SetGR (ctx, __builtin_eh_return_data_regno (0),
		     (_Unwind_Ptr) exc);
      _Unwind_SetGR (ctx, __builtin_eh_return_data_regno (1), 0);
      _Unwind_SetIP (ctx, (_Unwind_Ptr) uw_catch_landing);
      return _URC_INSTALL_CONTEXT;
    }
  return _URC_CONTINUE_UNWIND;
}
