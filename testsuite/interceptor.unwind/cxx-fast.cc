// { dg-do run }
// { dg-additional-sources "fast-aux.c catch.S catch-aux.c" }
// { dg-timeout 120 }
// Exceptions through exit parts while the C++ runtime's throw, rethrow,
// personality and resume entry points are intercepted with exit parts
// themselves, bodies that call nothing (the fast path on x86_64, the
// GPR-only entry on i386): see cxx-throw.h.

#include "cxx-throw.h"

// { dg-output "unwind: ok" }
