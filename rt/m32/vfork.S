/* The 32-bit build of the runtime (rt/m32/Makefile.am): ../i386/vfork.S.  */
#include "../i386/vfork.S"
