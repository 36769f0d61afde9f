"""sessions/sql.py: the store's nested transactions, dict rows and read view on sqlite3 alone."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from sessions import participants
from sessions.sql import Database, reading


def _db(tmp_path) -> Database:
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    return Database(conn)


def test_an_inner_failure_rolls_back_only_itself(tmp_path):
    db = _db(tmp_path)
    with db.atomic():
        db.conn.execute("INSERT INTO t (v) VALUES ('outer')")
        with pytest.raises(ValueError), db.atomic():
            db.conn.execute("INSERT INTO t (v) VALUES ('inner')")
            raise ValueError
        with db.atomic(), db.atomic():
            db.conn.execute("INSERT INTO t (v) VALUES ('deep')")
    assert [r["v"] for r in db.query("SELECT v FROM t ORDER BY id")] == ["outer", "deep"]
    assert not db.conn.in_transaction


def test_an_outer_failure_leaves_nothing(tmp_path):
    db = _db(tmp_path)
    with pytest.raises(RuntimeError), db.atomic():
        with db.atomic():
            db.conn.execute("INSERT INTO t (v) VALUES ('gone')")
        raise RuntimeError
    assert db.query("SELECT * FROM t") == [] and not db.conn.in_transaction


def test_reading_sees_one_view_while_another_connection_writes(tmp_store):
    participants.add(tmp_store, first_name="Een")
    writer = sqlite3.connect(tmp_store.path, isolation_level=None, timeout=0.1)
    insert = "INSERT INTO participant (first_name, created_at) VALUES ('Twee', '')"
    with reading(tmp_store):
        first = participants.count(tmp_store)
        try:
            writer.execute(insert)       # WAL: the write goes on beside the read view
            written = True
        except sqlite3.OperationalError:  # a rollback journal: the writer waits for the read
            written = False
        assert participants.count(tmp_store) == first
    if not written:
        writer.execute(insert)
    assert participants.count(tmp_store) == first + 1
    writer.close()


def test_opening_a_file_does_not_load_sqlite_utils(tmp_path):
    code = ("import sys; from sessions.store import Store; "
            f"Store.create({str(tmp_path / 'x.startdag')!r}, title='T').close(); "
            "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert out.stdout.strip() == "False"
