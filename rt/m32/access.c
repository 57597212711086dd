/* The 32-bit build of the runtime (rt/m32/Makefile.am): ../access.c.  */
#include "../access.c"
