# openssl -- libcrypto through the openssl command: digests, HMAC,
# AES-256-CBC with PBKDF2 and a fixed salt (and with -K/-iv), decrypt
# and compare, base64.  (With -S, OpenSSL 3 writes no salt header:
# decrypting needs -S too.)
# needs: openssl
# expect: round trip: identical

export LC_ALL=C
b=$WS_DATA/blob.bin
openssl dgst -sha256 "$b" | sed 's/.*= //'
openssl dgst -sha512 -hmac wholesale "$WS_DATA/words.txt" | sed 's/.*= //'
openssl enc -aes-256-cbc -pbkdf2 -iter 1000 -S 0011223344556677 -pass pass:x -in "$b" -out blob.enc
openssl dgst -sha256 blob.enc | sed 's/.*= //'
openssl enc -d -aes-256-cbc -pbkdf2 -iter 1000 -S 0011223344556677 -pass pass:x -in blob.enc -out blob.dec && cmp blob.dec "$b" && echo "decrypted: identical"
openssl enc -aes-256-cbc -K 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f \
  -iv 0f0e0d0c0b0a09080706050403020100 -in "$WS_DATA/words.txt" -out words.enc
openssl enc -d -aes-256-cbc -K 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f \
  -iv 0f0e0d0c0b0a09080706050403020100 -in words.enc | cmp - "$WS_DATA/words.txt" && echo "-K/-iv round trip: identical"
head -c 3000 "$b" | openssl base64 | tail -n 3
openssl enc -d -aes-256-cbc -pbkdf2 -iter 1000 -S 0011223344556677 -pass pass:wrong -in blob.enc -out /dev/null 2>/dev/null; echo "wrong password: status $?"
