/* main.c -- the wholesale test's C project: reads "word number" lines
   from the file named by argv[1] and prints word counts and statistics
   of the numbers.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "words.h"
#include "stats.h"

int
main (int argc, char **argv)
{
  struct table t = { 0 };
  struct stats s = { 0 };
  char word[256];
  long num;
  size_t i, top = 0;
  FILE *f;

  if (argc != 2 || !(f = fopen (argv[1], "r")))
    {
      fprintf (stderr, "usage: wsproj FILE\n");
      return 2;
    }
  while (fscanf (f, "%255s %ld", word, &num) == 2)
    {
      table_add (&t, word);
      stats_add (&s, (double) num);
    }
  fclose (f);
  for (i = 0; i < t.n; i++)
    if (t.w[i].count > t.w[top].count)
      top = i;
  printf ("%zu distinct words; most frequent: %s (%ld)\n", t.n, t.w[top].text,
          t.w[top].count);
  printf ("n %.0f mean %.6f stddev %.6f min %.0f max %.0f\n", s.n, s.mean,
          stats_stddev (&s), s.min, s.max);
  for (i = 0; i < t.n; i += t.n / 8 + 1)
    printf ("  %-24s %ld\n", t.w[i].text, t.w[i].count);
  return 0;
}
