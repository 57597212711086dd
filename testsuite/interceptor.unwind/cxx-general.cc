// { dg-do run }
// { dg-additional-sources "general-aux.c catch.S catch-aux.c" }
// { dg-timeout 120 }
// Exceptions through exit parts while the C++ runtime's throw, rethrow,
// personality and resume entry points are intercepted with exit parts
// themselves, bodies that call (the general trampoline and
// landing): see cxx-throw.h.

#include "cxx-throw.h"

// { dg-output "unwind: ok" }
