# cc-make -- the C compiler ($CC: driver, cc1, as, ld) under make -j2 on
# a small project (proj/), one more gcc -O2 -c, and the program built.
# The objects and the program are compared byte for byte too.
# needs: make $CC
# expect: make status 0
# expect: gcc -O2 -c: same object

export LC_ALL=C
cp -R "$WS_SRC/proj" proj && chmod -R u+w proj   # (srcdir may be read-only: distcheck)
make -s -j2 -C proj CC="$CC" --no-print-directory
echo "make status $?"
$CC -O2 -c -o stats-again.o proj/stats.c && cmp stats-again.o proj/stats.o && echo "gcc -O2 -c: same object"
./proj/wsproj "$WS_DATA/words.txt"
./proj/wsproj /nonexistent; echo "status $?"
