"""Boards: default columns per key, items and columns with undoable edits."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions import boards
from sessions.errors import ValidationError


def _texts(store, key="concept"):
    return [[i.text for i in c.items] for c in boards.get(store, key).columns]


def test_ensure_board_creates_the_default_columns_once(tmp_store):
    bid = boards.ensure_board(tmp_store, "concept")
    assert boards.ensure_board(tmp_store, "concept") == bid
    assert [c.title for c in boards.get(tmp_store, "concept").columns] == ["Houding", "Gedrag"]
    boards.ensure_board(tmp_store, "reflection")
    assert [c.title for c in boards.get(tmp_store, "reflection").columns] == [
        "Wat is gelukt", "Wat niet", "Hoe kwam dat"]
    assert boards.get(tmp_store, "nothing") is None


def test_items_add_edit_delete_restore_and_move(tmp_store):
    boards.ensure_board(tmp_store, "concept")
    houding, gedrag = (c.id for c in boards.get(tmp_store, "concept").columns)
    a = boards.add_item(tmp_store, houding, "nieuwsgierig")
    b = boards.add_item(tmp_store, houding, "open")
    c = boards.add_item(tmp_store, gedrag, "koffie drinken met de wijkagent")
    assert boards.edit_item(tmp_store, b, "open houding") == "open"
    snap = boards.delete_item(tmp_store, a)
    assert _texts(tmp_store) == [["open houding"], ["koffie drinken met de wijkagent"]]
    boards.restore_item(tmp_store, snap)
    assert _texts(tmp_store) == [["nieuwsgierig", "open houding"], ["koffie drinken met de wijkagent"]]
    assert boards.item(tmp_store, a).id == a
    old = boards.move_item(tmp_store, a, gedrag, 0)
    assert old == (houding, 0)
    assert _texts(tmp_store) == [["open houding"], ["nieuwsgierig", "koffie drinken met de wijkagent"]]
    boards.move_item(tmp_store, a, *old)
    assert _texts(tmp_store)[0] == ["nieuwsgierig", "open houding"]
    boards.move_item(tmp_store, a, houding, 5)
    assert _texts(tmp_store)[0] == ["open houding", "nieuwsgierig"]
    assert c


def test_columns_add_rename_move_remove_restore(tmp_store):
    bid = boards.ensure_board(tmp_store, "concept")
    extra = boards.add_column(tmp_store, bid, "Kennis")
    boards.add_item(tmp_store, extra, "wie is wie")
    assert boards.rename_column(tmp_store, extra, "Kennis en kunde") == "Kennis"
    assert boards.move_column(tmp_store, extra, 0) == 2
    assert [c.title for c in boards.get(tmp_store, "concept").columns] == [
        "Kennis en kunde", "Houding", "Gedrag"]
    snap = boards.remove_column(tmp_store, extra)
    assert [c.title for c in boards.get(tmp_store, "concept").columns] == ["Houding", "Gedrag"]
    boards.restore_column(tmp_store, snap)
    first = boards.get(tmp_store, "concept").columns[0]
    assert (first.id, first.title, [i.text for i in first.items]) == (
        extra, "Kennis en kunde", ["wie is wie"])


def test_empty_text_is_refused(tmp_store):
    boards.ensure_board(tmp_store, "concept")
    col = boards.get(tmp_store, "concept").columns[0].id
    with pytest.raises(ValidationError):
        boards.add_item(tmp_store, col, "  ")
    with pytest.raises(ValidationError):
        boards.rename_column(tmp_store, col, "")
    assert _texts(tmp_store) == [[], []]


def test_every_board_edit_is_committed_when_made(tmp_store):
    other = sqlite3.connect(str(tmp_store.path))
    try:
        boards.ensure_board(tmp_store, "concept")
        col = boards.get(tmp_store, "concept").columns[1].id
        item = boards.add_item(tmp_store, col, "elkaar opzoeken")
        assert other.execute("SELECT text FROM board_item WHERE id = ?", (item,)).fetchone() == (
            "elkaar opzoeken",)
        boards.rename_column(tmp_store, col, "Doen")
        assert other.execute("SELECT title FROM board_column WHERE id = ?", (col,)).fetchone() == (
            "Doen",)
    finally:
        other.close()


@settings(max_examples=50, deadline=None)
@given(ops=st.lists(st.tuples(st.sampled_from(["add", "delete", "move", "edit", "add_col",
                                                "remove_col", "move_col", "undo"]),
                              st.integers(0, 40), st.integers(0, 40)), max_size=30))
def test_random_board_edits_with_undo_keep_the_file_consistent(tmp_path_factory, ops):
    from sessions import invariants
    from sessions.store import Store

    path = tmp_path_factory.mktemp("b") / "b.startdag"
    with Store.create(path, title="b") as store:
        bid = boards.ensure_board(store, "concept")
        undo: list = []
        start = _texts(store)
        for op, x, y in ops:
            board = boards.get(store, "concept")
            cols = board.columns
            items = [i for c in cols for i in c.items]
            if op == "add" and cols:
                iid = boards.add_item(store, cols[x % len(cols)].id, f"ding {x}", index=y)
                undo.append(lambda iid=iid: boards.delete_item(store, iid))
            elif op == "delete" and items:
                snap = boards.delete_item(store, items[x % len(items)].id)
                undo.append(lambda snap=snap: boards.restore_item(store, snap))
            elif op == "move" and items and cols:
                it = items[x % len(items)]
                old = boards.move_item(store, it.id, cols[y % len(cols)].id, y % 5)
                undo.append(lambda it=it, old=old: boards.move_item(store, it.id, *old))
            elif op == "edit" and items:
                it = items[x % len(items)]
                old = boards.edit_item(store, it.id, f"anders {y}")
                undo.append(lambda it=it, old=old: boards.edit_item(store, it.id, old))
            elif op == "add_col":
                cid = boards.add_column(store, bid, f"kolom {x}", index=y % (len(cols) + 1))
                undo.append(lambda cid=cid: boards.remove_column(store, cid))
            elif op == "remove_col" and cols:
                snap = boards.remove_column(store, cols[x % len(cols)].id)
                undo.append(lambda snap=snap: boards.restore_column(store, snap))
            elif op == "move_col" and cols:
                cid = cols[x % len(cols)].id
                old = boards.move_column(store, cid, y % len(cols))
                undo.append(lambda cid=cid, old=old: boards.move_column(store, cid, old))
            elif op == "undo" and undo:
                undo.pop()()
            assert invariants.problems(store) == []
            for col in boards.get(store, "concept").columns:
                assert [i.position for i in col.items] == list(range(len(col.items)))
        while undo:
            undo.pop()()
        assert _texts(store) == start and invariants.problems(store) == []
