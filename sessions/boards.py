"""Boards: columns of short items the room calls out (the concept board, the harvest reflection).

A board is found by its key. ``ensure_board`` creates it with the default columns for
that key. Positions are kept dense (0..n-1) per board and per column. Deleting returns a
snapshot, and the ``restore_*`` functions put it back under the same ids (undo).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.store import Store

TOPIC = Topic.BOARD
ITEMS = "board_item"          # the kind of row under TOPIC the item ids are kept as

# The titles are the users' own words (Dutch); the facilitator can rename them.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "concept": ("Houding", "Gedrag"),
    "reflection": ("Wat is gelukt", "Wat niet", "Hoe kwam dat"),
}


@dataclass
class Item:
    """One line on a board."""

    id: int
    column_id: int
    position: int
    text: str


@dataclass
class Column:
    """One column of a board with its items in order."""

    id: int
    board_id: int
    position: int
    title: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Board:
    """A board with its columns in order."""

    id: int
    key: str
    title: str
    columns: list[Column] = field(default_factory=list)


def _text(text: str, field_name: str = "text") -> str:
    text = str(text).strip()
    if not text:
        raise ValidationError(Code.INVALID, field=field_name, reason="empty")
    if "\x00" in text:
        raise ValidationError(Code.INVALID, field=field_name, reason="nul")
    return text


# ---------------------------------------------------------------- reading


def board_id(store: Store, key: str) -> int | None:
    """The id of the board with ``key``, or None when it does not exist yet."""
    return store.scalar("SELECT id FROM board WHERE key = ?", (key,))


def get(store: Store, key: str) -> Board | None:
    """The board with ``key`` with its columns and items, or None."""
    row = store.one("SELECT * FROM board WHERE key = ?", (key,))
    if row is None:
        return None
    board = Board(id=row["id"], key=row["key"], title=row["title"])
    cols = store.query("SELECT * FROM board_column WHERE board_id = ? ORDER BY position, id",
                       (board.id,))
    by_id = {}
    for c in cols:
        col = Column(id=c["id"], board_id=c["board_id"], position=c["position"], title=c["title"])
        board.columns.append(col)
        by_id[col.id] = col
    items = store.query(
        "SELECT i.* FROM board_item i JOIN board_column c ON c.id = i.column_id "
        "WHERE c.board_id = ? ORDER BY i.position, i.id", (board.id,))
    hidden = {r[0] for r in store.conn.execute(
        "SELECT ref_id FROM phone_input WHERE kind = 'item' AND hidden = 1")}
    for i in items:
        if i["id"] not in hidden:      # hidden by the facilitator (phone moderation)
            by_id[i["column_id"]].items.append(Item(**i))
    return board


def column(store: Store, column_id: int) -> dict:
    """One column row."""
    row = store.one("SELECT * FROM board_column WHERE id = ?", (column_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="column", id=column_id)
    return row


def item(store: Store, item_id: int) -> Item:
    """One item."""
    row = store.one("SELECT * FROM board_item WHERE id = ?", (item_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="item", id=item_id)
    return Item(**row)


# ---------------------------------------------------------------- boards


def key_for(settings) -> str:
    """The board a concept step works on: its settings' ``board`` (a dict or its JSON),
    default 'concept'."""
    if isinstance(settings, str):
        try:
            settings = json.loads(settings or "{}")
        except ValueError:
            settings = {}
    key = settings.get("board") if isinstance(settings, dict) else None
    return key if isinstance(key, str) and key else "concept"


def ensure_board(store: Store, key: str, title: str = "") -> int:
    """The id of the board ``key``, creating it with its default columns when missing."""
    existing = board_id(store, key)
    if existing is not None:
        return existing
    with store.transaction(TOPIC):
        cur = store.conn.execute("INSERT INTO board (key, title) VALUES (?, ?)", (key, title))
        new_id = cur.lastrowid
        for pos, col_title in enumerate(DEFAULT_COLUMNS.get(key, ("",))):
            store.conn.execute(
                "INSERT INTO board_column (board_id, position, title) VALUES (?, ?, ?)",
                (new_id, pos, col_title))
    return new_id


def remove_empty_board(store: Store, board_id: int) -> None:
    """Remove a board that holds no items yet, with its columns (undo of setting it up)."""
    if store.scalar("SELECT COUNT(*) FROM board_item i JOIN board_column c ON c.id = i.column_id"
                    " WHERE c.board_id = ?", (board_id,)):
        raise ValidationError(Code.INVALID, field="board", reason="not_empty")
    with store.transaction(TOPIC):
        store.conn.execute("DELETE FROM board_column WHERE board_id = ?", (board_id,))
        store.conn.execute("DELETE FROM board WHERE id = ?", (board_id,))


def _renumber(conn, table: str, parent_col: str, parent_id: int, order: list[int]) -> None:
    for pos, row_id in enumerate(order):
        conn.execute(f"UPDATE {table} SET position = ? WHERE id = ? AND {parent_col} = ?",
                     (pos, row_id, parent_id))


def _column_order(store: Store, bid: int) -> list[int]:
    return [r["id"] for r in store.query(
        "SELECT id FROM board_column WHERE board_id = ? ORDER BY position, id", (bid,))]


def _item_order(store: Store, column_id: int) -> list[int]:
    return [r["id"] for r in store.query(
        "SELECT id FROM board_item WHERE column_id = ? ORDER BY position, id", (column_id,))]


# ---------------------------------------------------------------- columns


def add_column(store: Store, bid: int, title: str, index: int | None = None) -> int:
    """Add a column (at the end, or at ``index``); return its id."""
    title = _text(title, "title")
    order = _column_order(store, bid)
    index = len(order) if index is None else max(0, min(index, len(order)))
    with store.transaction(TOPIC):
        cur = store.conn.execute(
            "INSERT INTO board_column (board_id, position, title) VALUES (?, ?, ?)",
            (bid, index, title))
        order.insert(index, cur.lastrowid)
        _renumber(store.conn, "board_column", "board_id", bid, order)
        store.change.inserted(TOPIC, cur.lastrowid)
    return cur.lastrowid


def rename_column(store: Store, column_id: int, title: str) -> str:
    """Give a column a new title; return the old one."""
    title = _text(title, "title")
    old = column(store, column_id)["title"]
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE board_column SET title = ? WHERE id = ?", (title, column_id))
        store.change.updated(TOPIC, column_id)
    return old


def remove_column(store: Store, column_id: int) -> dict:
    """Remove a column and its items; return a snapshot for :func:`restore_column`."""
    col = column(store, column_id)
    items = store.query("SELECT * FROM board_item WHERE column_id = ? ORDER BY position, id",
                        (column_id,))
    order = _column_order(store, col["board_id"])
    with store.transaction(TOPIC):
        store.conn.execute("DELETE FROM board_column WHERE id = ?", (column_id,))
        order.remove(column_id)
        _renumber(store.conn, "board_column", "board_id", col["board_id"], order)
        store.change.deleted(TOPIC, column_id)
    return {"column": col, "items": items}


def restore_column(store: Store, snapshot: dict) -> None:
    """Put a removed column and its items back under the same ids (undo)."""
    col = snapshot["column"]
    order = _column_order(store, col["board_id"])
    order.insert(min(col["position"], len(order)), col["id"])
    with store.transaction(TOPIC):
        store.conn.execute(
            "INSERT INTO board_column (id, board_id, position, title) VALUES (?, ?, ?, ?)",
            (col["id"], col["board_id"], col["position"], col["title"]))
        for i in snapshot["items"]:
            store.conn.execute(
                "INSERT INTO board_item (id, column_id, position, text) VALUES (?, ?, ?, ?)",
                (i["id"], i["column_id"], i["position"], i["text"]))
        _renumber(store.conn, "board_column", "board_id", col["board_id"], order)
        store.change.inserted(TOPIC, col["id"])


def move_column(store: Store, column_id: int, index: int) -> int:
    """Move a column to ``index`` among its board's columns; return its old index."""
    col = column(store, column_id)
    order = _column_order(store, col["board_id"])
    old = order.index(column_id)
    order.remove(column_id)
    order.insert(max(0, min(index, len(order))), column_id)
    with store.transaction(TOPIC):
        _renumber(store.conn, "board_column", "board_id", col["board_id"], order)
        store.change.updated(TOPIC, column_id)
    return old


# ---------------------------------------------------------------- items


def add_item(store: Store, column_id: int, text: str, index: int | None = None) -> int:
    """Add an item to a column (at the end, or at ``index``); return its id."""
    text = _text(text)
    column(store, column_id)
    order = _item_order(store, column_id)
    index = len(order) if index is None else max(0, min(index, len(order)))
    with store.transaction(TOPIC):
        cur = store.conn.execute(
            "INSERT INTO board_item (column_id, position, text) VALUES (?, ?, ?)",
            (column_id, index, text))
        order.insert(index, cur.lastrowid)
        _renumber(store.conn, "board_item", "column_id", column_id, order)
        store.change.inserted(TOPIC, cur.lastrowid, kind=ITEMS)
    return cur.lastrowid


def edit_item(store: Store, item_id: int, text: str) -> str:
    """Change an item's text; return the old text."""
    text = _text(text)
    old = item(store, item_id).text
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE board_item SET text = ? WHERE id = ?", (text, item_id))
        store.change.updated(TOPIC, item_id, kind=ITEMS)
    return old


def delete_item(store: Store, item_id: int) -> dict:
    """Delete an item; return a snapshot for :func:`restore_item`."""
    it = item(store, item_id)
    order = _item_order(store, it.column_id)
    with store.transaction(TOPIC):
        store.conn.execute("DELETE FROM board_item WHERE id = ?", (item_id,))
        order.remove(item_id)
        _renumber(store.conn, "board_item", "column_id", it.column_id, order)
        store.change.deleted(TOPIC, item_id, kind=ITEMS)
    return {"id": it.id, "column_id": it.column_id, "position": it.position, "text": it.text}


def restore_item(store: Store, snapshot: dict) -> None:
    """Put a deleted item back under the same id and place (undo)."""
    order = _item_order(store, snapshot["column_id"])
    order.insert(min(snapshot["position"], len(order)), snapshot["id"])
    with store.transaction(TOPIC):
        store.conn.execute(
            "INSERT INTO board_item (id, column_id, position, text) VALUES (?, ?, ?, ?)",
            (snapshot["id"], snapshot["column_id"], snapshot["position"], snapshot["text"]))
        _renumber(store.conn, "board_item", "column_id", snapshot["column_id"], order)
        store.change.inserted(TOPIC, snapshot["id"], kind=ITEMS)


def move_item(store: Store, item_id: int, column_id: int, index: int) -> tuple[int, int]:
    """Move an item to ``index`` in ``column_id`` (same or another column of the same board).

    Returns ``(old_column_id, old_index)`` so the move can be undone.
    """
    it = item(store, item_id)
    target = column(store, column_id)
    source = column(store, it.column_id)
    if target["board_id"] != source["board_id"]:
        raise ValidationError(Code.INVALID, field="column", id=column_id)
    old_order = _item_order(store, it.column_id)
    old_index = old_order.index(item_id)
    old_order.remove(item_id)
    new_order = old_order if column_id == it.column_id else _item_order(store, column_id)
    new_order.insert(max(0, min(index, len(new_order))), item_id)
    with store.transaction(TOPIC):
        store.conn.execute("UPDATE board_item SET column_id = ? WHERE id = ?", (column_id, item_id))
        if column_id != it.column_id:
            _renumber(store.conn, "board_item", "column_id", it.column_id, old_order)
        _renumber(store.conn, "board_item", "column_id", column_id, new_order)
        store.change.updated(TOPIC, item_id, kind=ITEMS)
    return it.column_id, old_index
