/* dg-additional-sources: an assembler file of this directory is linked
   in (as interceptor.callstate links snapshot.S).  */
/* { dg-do run } */
/* { dg-additional-sources "harness-helper.S" } */

extern int harness_helper_answer (void);

int
main (void)
{
  return harness_helper_answer () == 42 ? 0 : 1;
}
