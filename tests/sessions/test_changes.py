"""Typed change notices: the record a transaction collects and delivers after the outer commit."""

from __future__ import annotations

import pytest

from sessions import boards, questions, swot
from sessions.changes import Change, Ids, Topic


def test_topics_are_the_strings_they_replace():
    assert Topic.QUESTIONS == "questions"
    assert "votes" in [Topic.VOTES]
    assert {Topic.BOARD: 1}["board"] == 1
    assert questions.TOPIC is Topic.QUESTIONS and boards.TOPIC is Topic.BOARD


def test_a_service_delivers_one_record_with_its_ids_after_the_commit(tmp_store):
    records, topics = [], []
    tmp_store.subscribe(topics.append)
    tmp_store.subscribe_changes(records.append)
    qid = questions.add(tmp_store, "Hoe houden we het vol?")
    assert topics == ["questions"]
    [rec] = records
    assert rec.topics == [Topic.QUESTIONS]
    assert rec.of(Topic.QUESTIONS).inserted == {qid}
    questions.set_votes(tmp_store, qid, 4)
    assert records[-1].topics == [Topic.VOTES]
    assert records[-1].of("votes").updated == {qid}


def test_nested_transactions_merge_into_the_outer_record(tmp_store):
    records = []
    tmp_store.subscribe_changes(records.append)
    with tmp_store.transaction(Topic.PHONES):
        a = questions.add(tmp_store, "Een")
        b = questions.add(tmp_store, "Twee")
        snap = questions.delete(tmp_store, a)
        assert records == []            # nothing before the outer commit
    [rec] = records
    assert rec.topics == [Topic.PHONES, Topic.QUESTIONS, Topic.VOTES]
    ids = rec.of("questions")
    # inserted then deleted within one record: never existed for a listener
    assert ids.inserted == {b} and ids.deleted == set()
    questions.restore(tmp_store, snap)
    assert records[-1].of("questions").inserted == {a}


def test_a_rolled_back_inner_transaction_drops_its_part_only(tmp_store):
    records = []
    tmp_store.subscribe_changes(records.append)
    with tmp_store.transaction(Topic.PHONES):
        kept = questions.add(tmp_store, "Blijft")
        with pytest.raises(RuntimeError), tmp_store.transaction(Topic.BOARD):
            tmp_store.change.inserted(Topic.BOARD, 99)
            raise RuntimeError("refused")
    [rec] = records
    assert Topic.BOARD not in rec.topics and rec.of("board") is None
    assert rec.of("questions").inserted == {kept}


def test_a_rolled_back_outer_transaction_delivers_nothing(tmp_store):
    records, topics = [], []
    tmp_store.subscribe(topics.append)
    tmp_store.subscribe_changes(records.append)
    with pytest.raises(RuntimeError), tmp_store.transaction(Topic.QUESTIONS):
        questions.add(tmp_store, "Half")
        raise RuntimeError("power cut")
    assert records == [] and topics == []
    assert questions.listing(tmp_store) == []


def test_board_items_are_kept_apart_from_columns(tmp_store):
    records = []
    tmp_store.subscribe_changes(records.append)
    bid = boards.ensure_board(tmp_store, "concept")
    col = boards.get(tmp_store, "concept").columns[0].id
    item = boards.add_item(tmp_store, col, "Luisteren")
    rec = records[-1]
    assert rec.topics == ["board"]
    assert rec.of(boards.ITEMS).inserted == {item} and rec.of("board") is None
    boards.rename_column(tmp_store, col, "Houding!")
    assert records[-1].of("board").updated == {col}
    assert bid


def test_swot_names_the_person(tmp_store):
    from sessions import participants

    pid = participants.add(tmp_store, first_name="Naïma")
    records = []
    tmp_store.subscribe_changes(records.append)
    swot.set_text(tmp_store, pid, "S", "Geduld")
    assert records[-1].of("swot").updated == {pid}


def test_ids_merge_rules():
    ids = Ids(deleted={1}, updated={2})
    ids.merge(Ids(inserted={1, 3}, deleted={2}))
    assert ids == Ids(inserted={3}, updated={1}, deleted={2})
    assert not Change() and Change().touch("questions")
