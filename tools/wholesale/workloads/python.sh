# python -- python3 (py-workload.py): json, zlib, threading,
# subprocess.run capturing output, sqlite3, hashlib, math.
# needs: $PYTHON
# expect: json round trip: True
# expect: status 0

PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 "$PYTHON" -I "$WS_SRC/py-workload.py"
echo "status $?"
