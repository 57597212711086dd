/* The 32-bit build of the runtime (rt/m32/Makefile.am): ../runtime.c.  */
#include "../runtime.c"
