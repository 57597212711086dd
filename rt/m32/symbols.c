/* The 32-bit build of the runtime (rt/m32/Makefile.am): ../symbols.c.  */
#include "../symbols.c"
