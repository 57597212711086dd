/* { dg-do compile } */
/* Misuse: an option the plugin does not know.  */
/* { dg-options "-fplugin-arg-interceptor-bogus" } */
/* { dg-error "knows no option" "" { target *-*-* } 0 } */

int x;
