/* splitmix.h -- the seeded random numbers of the test generators
   (torture/gen.c, fuzz/gen.c): splitmix64, the same sequence for a seed
   on every host.  Each generator seeds rng_state its own way.  Not a
   test itself.

   Copyright and license: as the rest of interceptor.  */

#ifndef INTERCEPTOR_SPLITMIX_H
#define INTERCEPTOR_SPLITMIX_H 1

#include <stdint.h>

static uint64_t rng_state;

static uint64_t
rnd64 (void)
{
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* 0 .. N-1.  */
static int
rnd (int n)
{
  return (int) (rnd64 () % (uint64_t) n);
}

#endif /* INTERCEPTOR_SPLITMIX_H */
