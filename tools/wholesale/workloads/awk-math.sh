# awk-math -- awk's floating point (libm: sin, exp, log, sqrt, atan2,
# printf of doubles) over 5000 generated numbers, and a word histogram.
# needs: awk
# expect: sum 

export LC_ALL=C
awk '{ x = $1; s += sin(x) * exp(-x * x / 1e6) + log(1 + x * x) + sqrt(x < 0 ? -x : x) + atan2(x, 7)
       if (NR % 1000 == 0) printf "%d %.12g %.6e\n", NR, s, cos(x) }
     END { printf "sum %.15g\n", s }' "$WS_DATA/numbers.txt"
awk '{ n[length($1)]++; t += $2 } END { for (k = 1; k <= 20; k++) if (k in n) print k, n[k]; printf "mean %.4f\n", t / NR }' "$WS_DATA/words.txt"
awk 'BEGIN { for (i = 1; i <= 20; i++) printf "%d %.17g %.17g\n", i, exp(i / 3), log(i) / log(2) }' > table.txt
awk -v OFS=, '{ print NR, toupper(substr($1, 1, 3)), int($2 / 7) }' "$WS_DATA/words.txt" | tail -n 5
