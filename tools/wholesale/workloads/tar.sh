# tar -- tar czf (tar with gzip as a child) and tar xzf of a fixed tree,
# diff -r against the original, tar tvzf's listing.
# needs: tar gzip diff
# expect: diff -r: identical

export LC_ALL=C
tar czf tree.tgz -C "$WS_DATA" tree
mkdir out && tar xzf tree.tgz -C out
diff -r "$WS_DATA/tree" out/tree && echo "diff -r: identical"
tar tvzf tree.tgz | sort -k6
tar cf - -C "$WS_DATA" tree | gzip -9 -n > tree2.tgz
gunzip -c tree2.tgz | tar tf - | wc -l
