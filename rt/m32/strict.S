/* The 32-bit build of the runtime (rt/m32/Makefile.am).  */
#include "../i386/strict.S"
