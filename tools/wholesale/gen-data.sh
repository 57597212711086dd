#! /bin/sh
# gen-data.sh -- the wholesale test's input data, made once per run into
# DIR from a fixed seed: the same bytes on every machine with a POSIX awk
# (MINSTD generator, exact in awk's double arithmetic).  Every file and
# directory gets one fixed timestamp, so listings and archives of them
# are reproducible.
#   words.txt     20000 lines "word number", words from a fixed syllable set
#   numbers.txt   5000 floating-point numbers
#   blob.bin      1 MiB of pseudo-random bytes
#   tree/         a directory tree of 60 small text files, 3 levels deep
# Usage: gen-data.sh DIR [SEED]
set -eu
dir=$1
seed=${2:-20261207}
LC_ALL=C; export LC_ALL
mkdir -p "$dir"

awk -v seed="$seed" -v dir="$dir" '
function rnd(n) { x = (x * 48271) % 2147483647; return x % n }
BEGIN {
  x = seed % 2147483646 + 1
  ns = split("ka lo mi nu pe ra si to ve xa ze qu bri sta gno ph", syl, " ")
  for (i = 0; i < 20000; i++) {
    w = ""; k = 1 + rnd(4)
    for (j = 0; j < k; j++) w = w syl[1 + rnd(ns)]
    printf "%s %d\n", w, rnd(100000) > (dir "/words.txt")
  }
  for (i = 0; i < 5000; i++)
    printf "%d.%06d\n", rnd(2000) - 1000, rnd(1000000) > (dir "/numbers.txt")
}'

# 1 MiB of bytes: od-free, through printf octal escapes in chunks.
awk -v seed="$seed" '
function rnd(n) { x = (x * 48271) % 2147483647; return x % n }
BEGIN {
  x = (seed * 7) % 2147483646 + 1
  for (i = 0; i < 16384; i++) {
    line = ""
    for (j = 0; j < 64; j++) line = line sprintf("\\%03o", rnd(256))
    print line
  }
}' | while IFS= read -r line; do printf "$line"; done > "$dir/blob.bin"

awk -v seed="$seed" -v dir="$dir" '
function rnd(n) { x = (x * 48271) % 2147483647; return x % n }
BEGIN {
  x = (seed * 13) % 2147483646 + 1
  for (i = 0; i < 60; i++) {
    d = "tree/d" (i % 3) "/e" (i % 5)
    if (i % 4 == 0) d = d "/f" (i % 2)
    print d "/file" i ".txt"
    print d > (dir "/dirs.tmp")
  }
}' > "$dir/files.tmp"
(cd "$dir" && sort -u dirs.tmp | while read -r d; do mkdir -p "$d"; done)
n=0
while read -r f; do
  n=$((n + 1))
  i=0
  while [ $i -lt $((n % 7 + 1)) ]; do
    echo "line $i of $f: `sed -n "$((n * 37 + i))p" "$dir/words.txt"`"
    i=$((i + 1))
  done > "$dir/$f"
done < "$dir/files.tmp"
rm -f "$dir/files.tmp" "$dir/dirs.tmp"
find "$dir" -exec touch -h -d '2021-03-04 05:06:07 UTC' {} +
