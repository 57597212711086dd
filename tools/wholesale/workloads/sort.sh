# sort -- coreutils sort on 20000 generated lines: by key, numerically,
# unique, reversed, with a small buffer and two threads (temporary
# files, merges); uniq and comm on the results.
# needs: sort uniq comm
# expect: by-line.txt is sorted

export LC_ALL=C
w=$WS_DATA/words.txt
sort "$w" > by-line.txt
sort -k2,2n -k1,1 "$w" > by-number.txt
sort -u -k1,1 "$w" | cut -d' ' -f1 > unique-words.txt
sort -r "$w" | head -n 100 > reversed-head.txt
sort -S 64K --parallel=2 -T . -k2,2nr "$w" > small-buffer.txt
cut -d' ' -f1 "$w" | sort | uniq -c | sort -k1,1nr -k2 | head -n 20
sort -g "$WS_DATA/numbers.txt" | sed -n '1p;2500p;$p'
comm -12 by-line.txt reversed-head.txt | wc -l
wc -l by-line.txt unique-words.txt
cmp by-line.txt "$w" > /dev/null && echo "unexpected: input was sorted"
sort -c by-line.txt && echo "by-line.txt is sorted"
