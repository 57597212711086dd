// .cc tests are compiled with $CXX (cc1plus loads the plugin too).
// { dg-do run }
// { dg-output "harness-cxx: hello" }

#include <cstdio>

int
main ()
{
  std::printf ("harness-cxx: hello\n");
  return 0;
}
