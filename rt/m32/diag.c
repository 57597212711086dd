/* The 32-bit build of the runtime (rt/m32/Makefile.am): ../diag.c.  */
#include "../diag.c"
