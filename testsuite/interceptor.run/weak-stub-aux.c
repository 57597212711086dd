/* The strong definition weak-stub.c's weak stub gives way to.  */

int
weak_strong (int x)
{
  (void) x;
  return -1;
}
