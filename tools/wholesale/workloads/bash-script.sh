# bash-script -- bash itself: subshells and their exit statuses, traps
# (EXIT, ERR, a signal), pipelines and PIPESTATUS, command substitution,
# a here-doc, read loops, arrays, arithmetic, a background job.  Ends
# with exit status 3 on purpose: the status is compared too.
# needs: bash
# status: 3
# expect: subshell status 3

set -u
( exit 3 ); echo "subshell status $?"
( trap 'echo "subshell EXIT trap"' EXIT; exit 5 ); echo "status $?"
trap 'echo "ERR trap at status $?"' ERR
false || echo "false was handled"
( false ); true
trap - ERR
trap 'echo "got USR1"' USR1
kill -USR1 $$
trap - USR1

printf '%s\n' pear apple fig apple banana | sort | uniq -c | sort -k1,1nr -k2 > counts.txt
cat counts.txt
true | false | true; echo "PIPESTATUS ${PIPESTATUS[*]}"
set -o pipefail; if true | false; then echo no; else echo "pipefail $?"; fi; set +o pipefail

n=$(wc -l < "$WS_DATA/words.txt"); echo "words: $n"
first=$(head -n 1 "$WS_DATA/words.txt" | cut -d' ' -f1)
echo "first word: ${first} (${#first} chars, upper ${first^^})"

total=0 lines=0 long=0
while read -r word num; do
  total=$((total + num)); lines=$((lines + 1))
  [ ${#word} -gt 8 ] && long=$((long + 1))
done < <(head -n 3000 "$WS_DATA/words.txt")
echo "read loop: $lines lines, sum $total, $long long words"

declare -A seen=()
while IFS=: read -r key value; do
  seen[$key]=$(( ${seen[$key]:-0} + value ))
done <<HERE
alpha:1
beta:2
alpha:40
gamma:7
beta:300
HERE
for k in $(printf '%s\n' "${!seen[@]}" | sort); do echo "here-doc $k=${seen[$k]}"; done

arr=(); for i in $(seq 1 50); do arr+=($((i * i % 17))); done
echo "array: ${#arr[@]} items, 10th ${arr[9]}, sorted head $(printf '%s\n' "${arr[@]}" | sort -n | head -3 | tr '\n' ' ')"

fib () { local a=0 b=1 i; for ((i = 0; i < $1; i++)); do local t=$((a + b)); a=$b; b=$t; done; echo $a; }
echo "fib(60) = $(fib 60)"

for f in "$WS_DATA"/tree/d0/e*; do
  case ${f##*/} in e[0-2]) echo "dir ${f##*/}: low";; *) echo "dir ${f##*/}: high";; esac
done

( sleep 0.1; echo "background done" > bg.txt ) & wait $!; echo "background status $?"
cat bg.txt
cat > script.sh <<'INNER'
echo "child bash: $# args: $*"
exit 7
INNER
bash script.sh a b c; echo "child status $?"
printf '%05.1f|%-6s|%x\n' 3.14159 ok 255
exit 3
