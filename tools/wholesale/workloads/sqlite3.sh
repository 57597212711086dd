# sqlite3 -- the sqlite3 CLI on a database file: tables filled by a
# recursive CTE, an index, a transaction, joins, aggregates, .dump.  The
# database file is compared byte for byte too.
# needs: sqlite3
# expect: status 0

export LC_ALL=C
sqlite3 -batch db.sqlite <<'SQL'
PRAGMA journal_mode=DELETE;
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, v REAL, grp INTEGER);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5000)
INSERT INTO t SELECT i, printf('name%05d', (i * 7919) % 5000), (i * 37 % 1000) / 7.0, i % 13 FROM c;
CREATE INDEX t_grp ON t (grp, v);
CREATE TABLE g (grp INTEGER PRIMARY KEY, label TEXT);
BEGIN;
WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < 12)
INSERT INTO g SELECT i, 'group-' || hex(i * 17) FROM c;
UPDATE t SET v = v * 2 WHERE grp = 3;
DELETE FROM t WHERE id % 97 = 0;
COMMIT;
.headers on
.mode column
SELECT g.label, count(*) AS n, printf('%.4f', avg(t.v)) AS mean, min(t.name) AS first
  FROM t JOIN g USING (grp) GROUP BY grp ORDER BY grp;
.mode list
SELECT group_concat(id, ',') FROM (SELECT id FROM t WHERE v > 140 ORDER BY v DESC, id LIMIT 20);
SELECT count(*), sum(length(name)), total(v) FROM t;
PRAGMA integrity_check;
SQL
echo "status $?"
sqlite3 db.sqlite .dump | sha256sum
sqlite3 db.sqlite 'SELECT * FROM t ORDER BY id LIMIT 5;'
sqlite3 db.sqlite 'SELECT nosuchcolumn FROM t;'; echo "status $?"
