/* stats.c -- Welford's running mean and variance (libm's sqrt).  */
#include <math.h>
#include "stats.h"

void
stats_add (struct stats *s, double x)
{
  double d;
  if (s->n == 0 || x < s->min)
    s->min = x;
  if (s->n == 0 || x > s->max)
    s->max = x;
  s->n += 1;
  d = x - s->mean;
  s->mean += d / s->n;
  s->m2 += d * (x - s->mean);
}

double
stats_stddev (const struct stats *s)
{
  return s->n > 1 ? sqrt (s->m2 / (s->n - 1)) : 0;
}
