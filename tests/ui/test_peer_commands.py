"""The peer page's edits as named operations (ui/operations/peer.py) over the one snapshot
command: each undoes to the state before and redoes to the very state it made (the same
ids, the same draft, the same groups and clock, not a new solve), twice over, under the
undo text the page always had."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from sessions import expertise, intervisie, pairs
from ui.peer.page import ID


@pytest.fixture
def page(peer_page):
    return peer_page


def _state(store) -> tuple:
    """Everything the peer page's commands change (without the write times)."""
    q = store.query
    return (
        q("SELECT id, learner_id, expert_id, competence_id, state, pinned, first_meeting,"
          " created_at FROM peer_pair ORDER BY id"),
        q("SELECT participant_id, competence_id, level, wants, priority, teaches, source,"
          " confirmed FROM peer_rating ORDER BY participant_id, competence_id"),
        q("SELECT * FROM peer_competence ORDER BY id"),
        q("SELECT * FROM peer_competence_goal ORDER BY competence_id, goal_id"),
        q("SELECT * FROM intervisie_group ORDER BY id"),
        q("SELECT * FROM intervisie_member ORDER BY participant_id"),
        intervisie.run(store),          # no row reads as the defaults
    )


def _round_trip(page, act, text: str) -> None:
    """``act()`` makes one undoable edit named ``text``; undo and redo, twice, give exactly the
    states before and after it, and the page shows the stored state each time."""
    store, stack = page.ctx.store, page.ctx.undo_stack
    before, depth = _state(store), stack.count()
    act()
    after = _state(store)
    assert after != before, "the edit changed nothing"
    assert stack.count() == depth + 1 and stack.undoText() == text
    for _ in range(2):
        stack.undo()
        assert _state(store) == before
        stack.redo()
        assert _state(store) == after
    assert stack.count() == depth + 1


def _select_pair(page, state: str) -> int:
    for row in range(page.pairs_table.rowCount()):
        pid = page.pairs_table.item(row, 0).data(ID)
        if next(p for p in pairs.pairs(page.ctx.store) if p.id == pid).state == state:
            page.pairs_table.selectRow(row)
            return pid
    raise AssertionError(f"no {state} pair on the page")


def test_clearing_a_rating_round_trips(page):
    store = page.ctx.store
    (pid, cid), _r = next(iter(expertise.ratings(store).items()))
    _round_trip(page, lambda: page._clear(pid, cid), "Clear rating")
    assert (pid, cid) not in expertise.ratings(store)


def test_renaming_a_competence_and_its_importance_round_trip(page):
    page.tabs.setCurrentIndex(page.GOALS)
    name_cell = page.comp_table.item(0, 0)
    _round_trip(page, lambda: name_cell.setText("Samen roosteren"), "Rename competence")
    assert page.comp_table.item(0, 0).text() == "Samen roosteren"
    link = page.comp_table.item(0, 1)
    new = "1" if link.text() != "1" else "3"
    _round_trip(page, lambda: page.comp_table.item(0, 1).setText(new), "Change importance")
    assert page.comp_table.item(0, 1).text() == new


def test_a_refused_importance_changes_nothing_and_pushes_nothing(page):
    page.tabs.setCurrentIndex(page.GOALS)
    store, stack = page.ctx.store, page.ctx.undo_stack
    before, depth = _state(store), stack.count()
    page.comp_table.item(0, 1).setText("7")
    assert _state(store) == before and stack.count() == depth
    assert "1, 2" in page.last_warning


def test_the_pair_commands_round_trip(page):
    store = page.ctx.store
    page.tabs.setCurrentIndex(page.PAIRS)
    _select_pair(page, "draft")
    _round_trip(page, page.remove_pair, "Remove pair")
    _round_trip(page, page.propose, "Propose pairs")        # the wish is paired again
    first = _select_pair(page, "draft")
    _round_trip(page, page.toggle_pin, "Pin pair")
    able = pairs.candidates(store, first)
    assert able, "the demo has a second expert for the first pair"
    _round_trip(page, lambda: page.swap_to(first, able[0]), "Other expert")
    _round_trip(page, page.publish, "Publish pairs")
    _select_pair(page, "published")
    _round_trip(page, page.end_pair, "End pair")


def test_a_proposal_redoes_its_own_draft_not_a_new_solve(page, monkeypatch):
    store, stack = page.ctx.store, page.ctx.undo_stack
    _select_pair(page, "draft")
    page.remove_pair()
    page.propose()
    made = _state(store)
    stack.undo()
    monkeypatch.setattr(pairs, "propose", lambda *a, **k: pytest.fail("solved again on redo"))
    stack.redo()
    assert _state(store) == made


def test_the_intervisie_commands_round_trip(page):
    store = page.ctx.store
    page.tabs.setCurrentIndex(page.INTERVISIE)
    _round_trip(page, page.form_groups, "Form intervisie groups")
    groups = intervisie.groups(store)
    m = expertise.load(store)
    managers = {p.manager_id for p in m.people}
    person, target = next((p, g) for g in groups[1:] for p in groups[0].members
                          if p not in managers and m.person(p).manager_id not in g.members)
    _round_trip(page, lambda: page.move_person(person, target.id), "Move to another group")
    _round_trip(page, lambda: page.set_meeting(3), "Meeting 3")
    _round_trip(page, lambda: page.step_round(1), "Round 1")
    _round_trip(page, page.toggle_round_pause, "Pause round")
    _round_trip(page, page.add_round_time, "One more minute")
    _round_trip(page, page.stop_rounds, "Stop rounds")
    assert page.meeting_spin.value() == 3


def test_an_import_round_trips_and_a_bad_file_is_one_sentence(page, tmp_path):
    matrix = tmp_path / "m.csv"
    matrix.write_bytes("Naam;Roosteren;Jongerenwerk\r\nJan de Boer;4;1\r\n".encode("cp1252"))
    _round_trip(page, lambda: page.import_matrix(str(matrix)), "Import skills matrix")
    store, stack = page.ctx.store, page.ctx.undo_stack
    bad = tmp_path / "leeg.csv"
    bad.write_bytes(b"")
    before, depth = _state(store), stack.count()
    page.import_matrix(str(bad))
    assert _state(store) == before and stack.count() == depth
    assert page.last_warning.startswith("leeg.csv: ") and "\n" not in page.last_warning


def test_the_page_shows_the_undone_state(page):
    """The tables follow an undo and a redo (they read the change, not the command)."""
    page.tabs.setCurrentIndex(page.GOALS)
    page.comp_table.item(0, 0).setText("Anders genoemd")
    page.ctx.undo_stack.undo()
    cid = page.comp_table.item(0, 0).data(ID)
    assert page.comp_table.item(0, 0).text() == next(
        c.name for c in expertise.competences(page.ctx.store) if c.id == cid)
    page.ctx.undo_stack.redo()
    assert page.comp_table.item(0, 0).text() == "Anders genoemd"
    assert isinstance(page.comp_table.item(0, 0), QTableWidgetItem)


def test_steering_the_rounds_reads_only_the_run_and_an_edit_reads_the_map_once(page,
                                                                                monkeypatch):
    page.tabs.setCurrentIndex(page.INTERVISIE)
    page.form_groups()
    loads = []
    real = expertise.load
    monkeypatch.setattr(expertise, "load", lambda *a: loads.append(1) or real(*a))
    page.step_round(1)
    page.toggle_round_pause()
    page.add_round_time()
    page.set_meeting(2)                    # the roles rotate: the tree shows them
    assert loads == []
    assert "Ronde 1" in page.round_label.text() or "Round 1" in page.round_label.text()
    first = page.iv_tree.topLevelItem(0)
    assert first.child(0).text(1) == "" and first.child(1).text(1)
    page.ctx.undo_stack.undo()
    assert page.iv_tree.topLevelItem(0).child(0).text(1)      # meeting 1's roles again
    assert loads == []
    # a competence removed with its ratings and pairs: two topics, one reading of the map
    store = page.ctx.store
    cid = next(p.competence_id for p in pairs.pairs(store))
    page._change("Remove", lambda: expertise.delete(store, "peer_competence", cid),
                 lambda snap: expertise.restore(store, snap))
    assert len(loads) == 1
