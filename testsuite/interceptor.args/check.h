/* check.h -- helpers of the tests of interceptor.args: those of
   interceptor.run/check.h (CHECK and friends).  Not a test itself.  */

#include "../interceptor.run/check.h"
