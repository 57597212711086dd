/* { dg-do run } */
/* Several GOTO_TARGETs on different paths of the entry part choose the
   target by condition (SPEC 2.2): if/else and switch, each site with or
   without an exit part of its own, and sites sharing one exit part.  */

#include <interceptor.h>
#include "check.h"

extern int pick_ifelse (int);
extern int pick_mixed (int);
extern int pick_if_return (int);
extern int pick_switch (int);
extern int pick_shared (int);

static int mode;

__attribute__ ((noinline, noclone)) int t_a (int x) { ev ("A"); return x + 1000; }
__attribute__ ((noinline, noclone)) int t_b (int x) { ev ("B"); return x + 2000; }
__attribute__ ((noinline, noclone)) int t_c (int x) { ev ("C"); return x + 3000; }
__attribute__ ((noinline, noclone)) int t_d (int x) { ev ("D"); return x + 4000; }
__attribute__ ((noinline, noclone)) int t_e (int x) { ev ("E"); return x + 5000; }

/* if/else, both transparent.  */
INTERCEPTOR (pick_ifelse)
{
  if (mode == 0)
    GOTO_TARGET (t_a);
  else
    GOTO_TARGET (t_b);
}

/* if/else, one transparent, one with an exit part.  */
INTERCEPTOR (pick_mixed)
{
  ev ("e");
  if (mode == 0)
    GOTO_TARGET (t_a);
  else
    {
      GOTO_TARGET (t_b);
      ev ("x");
      GOTO_RETURN ();
    }
}

/* An if without else whose branch ends in GOTO_RETURN, then a
   transparent site for the other path.  */
INTERCEPTOR (pick_if_return)
{
  if (mode != 0)
    {
      ev ("e");
      GOTO_TARGET (mode == 1 ? t_c : t_d);
      ev ("x");
      GOTO_RETURN ();
    }
  GOTO_TARGET (t_e);
}

/* switch: transparent cases, cases with exit parts of their own, case
   labels sharing a site, a fall-through into a site.  */
INTERCEPTOR (pick_switch)
{
  switch (mode)
    {
    case 0:
      GOTO_TARGET (t_a);
      break;

    case 1:
      ev ("e1");
      GOTO_TARGET (t_b);
      ev ("x1");
      GOTO_RETURN ();

    case 2:
    case 3:
      ev ("e23");
      GOTO_TARGET (mode == 2 ? t_c : t_d);
      ev ("x23");
      GOTO_RETURN ();

    case 4:
      ev ("e4");
      /* Fall through.  */
    case 5:
      GOTO_TARGET (t_e);
      ev ("x45");
      GOTO_RETURN ();

    default:
      GOTO_TARGET (t_a);
      break;
    }
}

/* Three sites sharing one exit part after the switch.  */
INTERCEPTOR (pick_shared)
{
  int site;

  switch (mode)
    {
    case 0:
      site = 0;
      GOTO_TARGET (t_a);
      break;
    case 1:
      site = 1;
      GOTO_TARGET (t_b);
      break;
    default:
      site = 2;
      GOTO_TARGET (t_c);
      break;
    }
  ev (site == 0 ? "s0" : site == 1 ? "s1" : "s2");
  GOTO_RETURN ();
}

int
main (void)
{
  mode = 0;
  CHECK (pick_ifelse (1) == 1001);
  CHECK_LOG ("A");
  mode = 1;
  CHECK (pick_ifelse (2) == 2002);
  CHECK_LOG ("B");

  mode = 0;
  CHECK (pick_mixed (3) == 1003);
  CHECK_LOG ("e A");
  mode = 1;
  CHECK (pick_mixed (4) == 2004);
  CHECK_LOG ("e B x");

  mode = 0;
  CHECK (pick_if_return (5) == 5005);
  CHECK_LOG ("E");
  mode = 1;
  CHECK (pick_if_return (6) == 3006);
  CHECK_LOG ("e C x");
  mode = 2;
  CHECK (pick_if_return (7) == 4007);
  CHECK_LOG ("e D x");

  mode = 0;
  CHECK (pick_switch (10) == 1010);
  CHECK_LOG ("A");
  mode = 1;
  CHECK (pick_switch (11) == 2011);
  CHECK_LOG ("e1 B x1");
  mode = 2;
  CHECK (pick_switch (12) == 3012);
  CHECK_LOG ("e23 C x23");
  mode = 3;
  CHECK (pick_switch (13) == 4013);
  CHECK_LOG ("e23 D x23");
  mode = 4;
  CHECK (pick_switch (14) == 5014);
  CHECK_LOG ("e4 E x45");
  mode = 5;
  CHECK (pick_switch (15) == 5015);
  CHECK_LOG ("E x45");
  mode = 99;
  CHECK (pick_switch (16) == 1016);
  CHECK_LOG ("A");

  mode = 0;
  CHECK (pick_shared (20) == 1020);
  CHECK_LOG ("A s0");
  mode = 1;
  CHECK (pick_shared (21) == 2021);
  CHECK_LOG ("B s1");
  mode = 7;
  CHECK (pick_shared (22) == 3022);
  CHECK_LOG ("C s2");
  return 0;
}
