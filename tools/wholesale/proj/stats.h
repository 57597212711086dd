/* stats.h -- running statistics for the wholesale test's C project.  */
struct stats { double n, mean, m2, min, max; };
void stats_add (struct stats *s, double x);
double stats_stddev (const struct stats *s);
