/* dg-error matching at a line, with the compiler's context lines pruned.  */
/* { dg-do compile } */

int
f (void)
{
  return undeclared_variable; /* { dg-error "'undeclared_variable' undeclared" } */
}
