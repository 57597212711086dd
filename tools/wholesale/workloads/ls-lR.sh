# ls-lR -- ls -lR of a tree made here with fixed contents, modes and
# timestamps (touch -d), so the listing is reproducible.
# needs: ls touch
# expect: fixed/a:

export LC_ALL=C TZ=UTC0
mkdir -p fixed/a/b/c fixed/d fixed/e/f
for i in 1 2 3 4 5 6 7 8; do
  printf 'file %d\n%s\n' $i "$(printf '%*s' $((i * 100)) '' | tr ' ' x)" > fixed/a/f$i
  cp fixed/a/f$i fixed/d/g$i.txt
done
printf '#! /bin/sh\necho hi\n' > fixed/e/run.sh; chmod 755 fixed/e/run.sh
chmod 600 fixed/d/g3.txt; chmod 444 fixed/d/g4.txt
ln -s ../a/f1 fixed/e/link
ln fixed/a/f2 fixed/e/hard
: > fixed/a/b/c/empty
find fixed -depth -exec touch -h -d '2020-02-29 12:34:56' {} +
ls -lR --time-style=long-iso fixed
ls -1 -S -r fixed/a
ls -l --full-time fixed/e | sed 1d
du -a -b fixed | sort -k2
