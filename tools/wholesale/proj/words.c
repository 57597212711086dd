/* words.c -- a word table: linear probing would do, a sorted array is
   simpler (qsort, bsearch, strcmp, malloc, realloc, strdup).  */
#include <stdlib.h>
#include <string.h>
#include "words.h"

static int
by_text (const void *a, const void *b)
{
  return strcmp (((const struct word *) a)->text, ((const struct word *) b)->text);
}

void
table_add (struct table *t, const char *text)
{
  struct word key = { (char *) text, 0 };
  struct word *w = t->n ? bsearch (&key, t->w, t->n, sizeof *t->w, by_text) : NULL;
  if (w)
    {
      w->count++;
      return;
    }
  if (t->n == t->cap)
    {
      t->cap = t->cap ? 2 * t->cap : 64;
      t->w = realloc (t->w, t->cap * sizeof *t->w);
      if (!t->w)
        abort ();
    }
  t->w[t->n].text = strdup (text);
  t->w[t->n].count = 1;
  t->n++;
  table_sort (t);
}

void
table_sort (struct table *t)
{
  qsort (t->w, t->n, sizeof *t->w, by_text);
}
