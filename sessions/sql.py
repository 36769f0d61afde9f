"""The store's two SQL helpers on the standard library: nested atomic edits and dict rows.

These replaced sqlite-utils, which the store used for exactly these two things
(``Database.atomic`` and ``Database.query``). Measured by ``bench/bench_storage.py`` on this
machine: importing it took ~800 ms against ~5 ms for sqlite3 (start-up worked around it with a
lazy import and a pre-import on the welcome page); each read went through a SAVEPOINT and a
RELEASE around the SELECT (~140 us against ~9 us); each transaction cost ~1.6x; and its
``insert_all`` for a 10,000-row import was ~4.5x ``executemany``. Nothing else of it was used.

:func:`reading` gives several reads one consistent view (the documents read the domain's own
functions inside it while the UI keeps writing).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator


class Database:
    """Nested atomic edits (BEGIN, then SAVEPOINTs inside) and rows as dicts."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._depth = 0

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; inside an open one, a savepoint that rolls back on its own."""
        conn = self.conn
        if conn.in_transaction:
            self._depth += 1
            name = f"startdag_{self._depth}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # an error such as a RAISE(ROLLBACK) trigger may have ended the whole
                # transaction, savepoint included: then there is nothing left to undo
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {name}")
            finally:
                self._depth -= 1
            return
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        """The rows of a SELECT as dicts (column name -> value)."""
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur]


@contextlib.contextmanager
def reading(store) -> Iterator[None]:
    """Several reads as one consistent view: a read transaction (inside an open transaction,
    that one). Writes from elsewhere wait for it or are not seen until it ends."""
    conn = store.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
