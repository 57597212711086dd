# py-workload.py -- the wholesale test's Python workload: json, zlib,
# threading, subprocess.run capturing output, sqlite3, hashlib, math.
# Deterministic: a seeded random.Random, results printed in a fixed order.
# Reads $WS_DATA; writes into the current directory.
import hashlib
import json
import math
import os
import random
import sqlite3
import subprocess
import threading
import zlib

data = os.environ["WS_DATA"]
rng = random.Random(1207)

# json: a generated structure, written, read back, compared.
doc = {"items": [{"id": i, "name": "n%04d" % rng.randrange(10000),
                  "score": round(rng.random() * 100, 6),
                  "tags": sorted(rng.sample("abcdefghij", 3))} for i in range(2000)],
       "meta": {"seed": 1207, "unicode": "\u00e9\u4e2d\u2603"}}
with open("doc.json", "w") as f:
    json.dump(doc, f, indent=1, sort_keys=True)
with open("doc.json") as f:
    back = json.load(f)
print("json round trip:", back == doc, len(json.dumps(doc, sort_keys=True)))

# zlib: compress, decompress, checksums, a streaming compressor.
with open(os.path.join(data, "words.txt"), "rb") as f:
    words = f.read()
z = zlib.compress(words, 9)
print("zlib:", len(words), len(z), zlib.decompress(z) == words,
      "%08x" % zlib.crc32(words), "%08x" % zlib.adler32(words))
c = zlib.compressobj(6, zlib.DEFLATED, 31)  # gzip format
gz = b"".join([c.compress(words[i:i + 4096]) for i in range(0, len(words), 4096)]) + c.flush()
with open("words.gz", "wb") as f:
    f.write(gz)
print("zlib stream:", len(gz), zlib.decompress(gz, 47) == words)

# threading: four threads hash slices; a lock guards the shared dict.
with open(os.path.join(data, "blob.bin"), "rb") as f:
    blob = f.read()
results, lock = {}, threading.Lock()


def work(k):
    h = hashlib.sha256()
    for i in range(k, len(blob) // 4096, 4):
        h.update(blob[i * 4096:(i + 1) * 4096])
    s = sum(math.sin(x) for x in range(k * 1000, k * 1000 + 5000))
    with lock:
        results[k] = (h.hexdigest(), "%.9f" % s)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print("thread", k, *results[k])
print("sha256:", hashlib.sha256(blob).hexdigest(), "md5:", hashlib.md5(blob).hexdigest())

# subprocess: output captured, exit statuses.
r = subprocess.run(["sort", "-r"], input=b"b\na\nc\n", capture_output=True)
print("subprocess sort:", r.returncode, r.stdout)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 5"], capture_output=True, text=True)
print("subprocess sh:", r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(["wc", "-l", os.path.join(data, "words.txt")], capture_output=True, text=True)
print("subprocess wc:", r.stdout.split()[0])

# sqlite3: a file database, a transaction, aggregates.
db = sqlite3.connect("py.sqlite")
db.execute("CREATE TABLE w (word TEXT, n INTEGER)")
with db:
    db.executemany("INSERT INTO w VALUES (?, ?)",
                   (line.split() for line in words.decode().splitlines()[:5000]))
for row in db.execute("SELECT length(word), count(*), sum(n) FROM w GROUP BY 1 ORDER BY 1"):
    print("sqlite3:", row)
print("sqlite3 version:", sqlite3.sqlite_version_info >= (3, 0, 0))
db.close()

# math (libm).
print("math:", "%.15g %.15g %.15g %.15g" % (math.exp(1.5), math.log1p(1e-9), math.atan2(1, 3), math.lgamma(7.5)))
print("float repr:", repr(0.1 + 0.2), float("3.14159e-5"), "%.3e" % 6.02214076e23)
