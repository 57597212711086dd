/* words.h -- a word table for the wholesale test's C project.  */
struct word { char *text; long count; };
struct table { struct word *w; size_t n, cap; };
void table_add (struct table *t, const char *text);
void table_sort (struct table *t);
