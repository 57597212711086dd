/* catch.h -- uw_catch (catch.S, catch-aux.c).  Not a test itself.  */

#ifndef UW_CATCH_H
#define UW_CATCH_H 1

#define UW_CAUGHT	-1000001	/* caught, registers intact */
#define UW_CLOBBERED	-1000002	/* caught, a register was not */

#ifdef __cplusplus
extern "C"
#endif
long uw_catch (long (*) (long), long, void **);

#endif
