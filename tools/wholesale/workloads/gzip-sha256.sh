# gzip-sha256 -- gzip at several levels, gunzip, zcat; sha256sum of the
# data and of the results (and sha256sum -c of its own list).
# needs: gzip gunzip sha256sum
# expect: gzip -t: ok

export LC_ALL=C
for l in 1 6 9; do gzip -$l -n -c "$WS_DATA/blob.bin" > blob.$l.gz; done
gzip -9 -c "$WS_DATA/words.txt" > words.txt.gz
cp "$WS_DATA/numbers.txt" numbers.txt && gzip -n numbers.txt && gunzip numbers.txt.gz
gunzip -c blob.9.gz | cmp - "$WS_DATA/blob.bin" && echo "gunzip: identical"
zcat words.txt.gz | wc -l
gzip -l words.txt.gz | awk 'NR > 1 { print $1, $2 }'
gzip -t blob.1.gz blob.6.gz && echo "gzip -t: ok"
(cd "$WS_DATA" && sha256sum blob.bin words.txt numbers.txt) | tee sums.txt
sha256sum blob.*.gz words.txt.gz numbers.txt
(cd "$WS_DATA" && sha256sum -c) < sums.txt
