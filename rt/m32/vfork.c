/* The 32-bit build of the runtime (rt/m32/Makefile.am): ../vfork.c.  */
#include "../vfork.c"
