"""sqlite-utils or the standard library for the store's transactions, reads and bulk inserts?

Issue 16.7: sqlite-utils carried every transaction (``Database.atomic``) and every read
(``Database.query``). This measures, in one run on the same file:

* import: ``import sqlite_utils`` in a fresh interpreter against ``import sqlite3`` (floor);
* reads: N small SELECTs through ``Database.query`` against ``conn.execute`` with dict rows
  (floor): sqlite-utils wraps each SELECT in a SAVEPOINT and a RELEASE;
* transactions: N one-row UPDATEs, each in ``Database.atomic`` against BEGIN/COMMIT by hand
  (floor), on a durable file (synchronous=FULL, as the store runs);
* bulk insert: 10,000 participants through ``Table.insert_all`` against ``executemany``
  (floor), the importer's shape.

Prints each figure and its ratio to the floor; a ratio near 1 means the library is not worth
its import, above 1 that it costs.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

N = 2000
ROWS = 10_000


def _import_ms(module: str) -> float:
    best = float("inf")
    for _ in range(3):
        out = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                             capture_output=True, text=True, check=True).stderr
        line = [x for x in out.splitlines() if x.rstrip().endswith(f"| {module}")][-1]
        best = min(best, int(line.split("|")[1]) / 1000)
    return best


def _conn(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS participant (id INTEGER PRIMARY KEY, first_name TEXT,"
                 " last_name TEXT, email TEXT, area TEXT, role TEXT)")
    return conn


def _rows(n: int) -> list[dict]:
    return [{"first_name": f"Voor{i}", "last_name": f"Achter{i}", "email": f"p{i}@example.nl",
             "area": f"Team {i % 40}", "role": ""} for i in range(n)]


def _time(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    try:
        import sqlite_utils
    except ImportError:
        print("storage: sqlite-utils is not installed (pip install '.[bench]'); the figures "
              "are in sessions/sql.py")
        return

    print(f"import sqlite_utils {_import_ms('sqlite_utils'):.1f} ms; floor import sqlite3 "
          f"{_import_ms('sqlite3'):.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        conn = _conn(Path(tmp) / "a.db")
        db = sqlite_utils.Database(conn, execute_plugins=False)
        conn.executemany("INSERT INTO participant (first_name, last_name, email, area, role)"
                         " VALUES (:first_name, :last_name, :email, :area, :role)", _rows(500))

        def lib_reads():
            for i in range(N):
                list(db.query("SELECT * FROM participant WHERE id = ?", (i % 500 + 1,)))

        def std_reads():
            for i in range(N):
                cur = conn.execute("SELECT * FROM participant WHERE id = ?", (i % 500 + 1,))
                cols = [d[0] for d in cur.description]
                [dict(zip(cols, r, strict=True)) for r in cur]

        def lib_txn():
            for i in range(N // 10):
                with db.atomic():
                    conn.execute("UPDATE participant SET role = ? WHERE id = 1", (str(i),))

        def std_txn():
            for i in range(N // 10):
                conn.execute("BEGIN")
                conn.execute("UPDATE participant SET role = ? WHERE id = 1", (str(i),))
                conn.execute("COMMIT")

        for name, lib, std in (("reads", lib_reads, std_reads), ("transactions", lib_txn, std_txn)):
            std()                                   # warm
            a, b = _time(lib), _time(std)
            n = N if name == "reads" else N // 10
            print(f"{name}: sqlite-utils {a / n * 1000:.1f} us each; floor stdlib "
                  f"{b / n * 1000:.1f} us; ratio {a / b:.2f}")

        rows = _rows(ROWS)
        lib_conn, std_conn = _conn(Path(tmp) / "b.db"), _conn(Path(tmp) / "c.db")
        lib_db = sqlite_utils.Database(lib_conn, execute_plugins=False)

        def lib_bulk():
            with lib_db.atomic():
                lib_db["participant"].insert_all(rows, batch_size=500)

        def std_bulk():
            std_conn.execute("BEGIN")
            std_conn.executemany("INSERT INTO participant (first_name, last_name, email, area,"
                                 " role) VALUES (:first_name, :last_name, :email, :area, :role)",
                                 rows)
            std_conn.execute("COMMIT")

        a, b = _time(lib_bulk), _time(std_bulk)
        print(f"bulk insert {ROWS} rows: sqlite-utils insert_all {a:.1f} ms; floor executemany "
              f"{b:.1f} ms; ratio {a / b:.2f}")


if __name__ == "__main__":
    main()
