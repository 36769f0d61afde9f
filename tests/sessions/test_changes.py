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


def _records(store):
    records = []
    store.subscribe_changes(records.append)
    return records


def test_participants_name_their_ids_and_check_ins_name_the_person(tmp_store):
    from sessions import participants, trajectory

    rec = _records(tmp_store)
    meeting = trajectory.meeting_of_kind(tmp_store, "startdag").id
    a = participants.add(tmp_store, first_name="Els")
    assert rec[-1].of(Topic.PARTICIPANTS).inserted == {a}
    participants.update(tmp_store, a, role="Trainer")
    assert rec[-1].of(Topic.PARTICIPANTS).updated == {a}
    b, c = participants.add_many(tmp_store, [{"first_name": "Piet"}, {"first_name": "Kees"}])
    assert rec[-1].of(Topic.PARTICIPANTS).inserted == {b, c}
    # the first check-in puts check-in in use: everyone's presence reads differently
    participants.check_in(tmp_store, meeting, a)
    assert rec[-1].touches(Topic.ATTENDANCE) and rec[-1].of(Topic.ATTENDANCE) is None
    participants.check_in(tmp_store, meeting, b)
    assert rec[-1].of(Topic.ATTENDANCE).updated == {b}
    participants.check_out(tmp_store, meeting, b)
    assert rec[-1].of(Topic.ATTENDANCE).updated == {b}
    snap = participants.delete_many(tmp_store, [c])
    assert rec[-1].of(Topic.PARTICIPANTS).deleted == {c}
    assert rec[-1].of(Topic.GROUPS) is None        # took memberships along: read them again
    participants.restore_many(tmp_store, snap)
    assert rec[-1].of(Topic.PARTICIPANTS).inserted == {c}


def test_a_nested_call_without_ids_still_means_reload_in_the_outer_record(tmp_store):
    """A check-out loop that also stops check-in: the ids of the loop must not hide that
    everyone's presence changed."""
    from sessions import participants, trajectory

    meeting = trajectory.meeting_of_kind(tmp_store, "startdag").id
    a, b = participants.add_many(tmp_store, [{"first_name": "Els"}, {"first_name": "Piet"}])
    participants.check_in(tmp_store, meeting, a)
    rec = _records(tmp_store)
    with tmp_store.transaction(Topic.ATTENDANCE):
        participants.check_out(tmp_store, meeting, a)
        participants.set_checkin_in_use(tmp_store, meeting, False)
    assert rec[-1].of(Topic.ATTENDANCE) is None
    with tmp_store.transaction(Topic.ATTENDANCE):   # ids only: they stay listed
        participants.check_in(tmp_store, meeting, b)
        participants.check_in(tmp_store, meeting, a)
    assert rec[-1].of(Topic.ATTENDANCE) is None     # the first tick started check-in again
    with tmp_store.transaction(Topic.ATTENDANCE):
        participants.check_out(tmp_store, meeting, b)
    assert rec[-1].of(Topic.ATTENDANCE).updated == {b}


def test_an_import_asks_to_read_everyone_again(tmp_store):
    from sessions import importing

    rec = _records(tmp_store)
    importing.import_file(tmp_store, "Voornaam;Achternaam\r\nEls;Bos\r\n".encode("cp1252"))
    assert rec[-1].touches(Topic.PARTICIPANTS) and rec[-1].of(Topic.PARTICIPANTS) is None


def test_actions_and_their_log_name_the_action(tmp_store):
    from sessions import actions, groups, harvest
    from sessions.harvest import logbook

    gid = groups.add_group(tmp_store, "Groep")
    rec = _records(tmp_store)
    a = actions.add(tmp_store, gid, "Kenniscafé")
    assert rec[-1].of(Topic.ACTIONS).inserted == {a}
    actions.update(tmp_store, a, title="Kenniscafé 2")
    assert rec[-1].of(Topic.ACTIONS).updated == {a}
    log = harvest.add_log(tmp_store, a, date="2026-03-01", text="Gestart")
    assert rec[-1].of(Topic.ACTIONS).updated == {a}
    assert rec[-1].of(logbook.LOG).inserted == {log}
    snap = actions.delete(tmp_store, a)
    assert rec[-1].of(Topic.ACTIONS).deleted == {a}
    actions.restore(tmp_store, snap)
    assert rec[-1].of(Topic.ACTIONS).inserted == {a}
    assert actions.by_ids(tmp_store, [a, 999]).keys() == {a}


def test_groups_keep_members_and_choices_apart_from_the_groups(tmp_store):
    from sessions import groups, participants

    pid = participants.add(tmp_store, first_name="Els")
    rec = _records(tmp_store)
    g = groups.add_group(tmp_store, "Groep")
    assert rec[-1].of(Topic.GROUPS).inserted == {g} and rec[-1].listed(Topic.GROUPS)
    groups.choose(tmp_store, pid, 1, g)
    assert rec[-1].of(groups.CHOICES).updated == {pid} and rec[-1].of(Topic.GROUPS) is None
    assert rec[-1].listed(Topic.GROUPS, groups.CHOICES)
    groups.move(tmp_store, pid, g)
    assert rec[-1].of(groups.MEMBERS).updated == {pid}
    groups.restore_memberships(tmp_store, {})
    assert not rec[-1].listed(Topic.GROUPS)
    # nested: kinds under a topic count as listing it (no reload of the groups)
    with tmp_store.transaction(Topic.PARTICIPANTS):
        groups.move(tmp_store, pid, g)
    assert rec[-1].listed(Topic.GROUPS) and rec[-1].of(groups.MEMBERS).updated == {pid}
