"""The personal SWOT: four quadrants per participant, optional."""

from __future__ import annotations

import sqlite3

import pytest

from sessions import participants, swot
from sessions.errors import ValidationError


def test_set_and_get_quadrants_and_who_has_one(tmp_store):
    p = participants.add(tmp_store, first_name="Naïma", last_name="El Amrani")
    q = participants.add(tmp_store, first_name="Kees", prefix="van", last_name="Dijk")
    assert swot.get(tmp_store, p) == {"S": "", "W": "", "O": "", "T": ""}
    assert swot.set_text(tmp_store, p, "S", "verbinden") == ""
    assert swot.set_text(tmp_store, p, "S", "verbinden, luisteren") == "verbinden"
    assert swot.get(tmp_store, p)["S"] == "verbinden, luisteren"
    assert swot.with_swot(tmp_store) == [p]
    swot.set_text(tmp_store, p, "S", "")
    assert swot.with_swot(tmp_store) == []
    assert q


def test_bad_quadrant_or_participant_is_refused(tmp_store):
    p = participants.add(tmp_store, first_name="Els")
    with pytest.raises(ValidationError):
        swot.set_text(tmp_store, p, "X", "iets")
    with pytest.raises(ValidationError):
        swot.set_text(tmp_store, p + 99, "S", "iets")


def test_swot_edit_is_committed_when_made(tmp_store):
    p = participants.add(tmp_store, first_name="Els")
    other = sqlite3.connect(str(tmp_store.path))
    try:
        swot.set_text(tmp_store, p, "O", "nieuwe wijk")
        assert other.execute("SELECT text FROM swot_entry WHERE participant_id = ? AND quadrant = 'O'",
                             (p,)).fetchone() == ("nieuwe wijk",)
    finally:
        other.close()
