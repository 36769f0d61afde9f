"""The invariant checker itself: a clean file has no problems, each kind of damage is named."""

from __future__ import annotations

import pytest

from sessions import actions, agenda, boards, groups, questions, trajectory
from sessions.invariants import problems


@pytest.fixture
def filled(demo_store):
    """The demo with a board, questions (three chosen), a group with two actions."""
    store = demo_store
    bid = boards.ensure_board(store, "concept")
    col = boards.get(store, "concept").columns[0].id
    boards.add_item(store, col, "open")
    qids = [questions.add(store, f"Vraag {n}?") for n in range(4)]
    questions.choose(store, qids[:3])
    gid = groups.add_group(store, "Groep 1")
    actions.add(store, gid, "Kenniscafé")
    actions.add(store, gid, "Intervisie")
    store.ids = {"board": bid, "questions": qids, "group": gid}
    return store


def test_a_file_built_through_the_services_is_clean(filled):
    assert problems(filled) == []


@pytest.mark.parametrize(("damage", "expected"), [
    ("UPDATE step SET position = position + 1", "not 0..n-1"),
    ("UPDATE question SET position = position * 2", "top-level questions"),
    ("UPDATE question SET chosen_rank = chosen_rank + 1 WHERE chosen_rank IS NOT NULL",
     "not 1..n"),
    ("UPDATE board_column SET position = 0", "two columns"),
    ("UPDATE action SET position = 1", "two actions"),
    ("UPDATE step SET settings = '{oops' WHERE id = (SELECT MIN(id) FROM step)",
     "unreadable settings"),
    ("UPDATE trajectory SET facilitators = '[' ", "unreadable competences"),
    ("UPDATE step SET status = 'running'", "running steps"),
])
def test_each_kind_of_damage_is_named(filled, damage, expected):
    filled.conn.execute(damage)
    found = problems(filled)
    assert any(expected in p for p in found), found


def test_a_meeting_without_steps_is_fine(filled):
    meeting = trajectory.meeting_of_kind(filled, "bouwsessie").id
    for step in agenda.steps(filled, meeting):
        agenda.remove(filled, step.id)
    assert problems(filled) == []
