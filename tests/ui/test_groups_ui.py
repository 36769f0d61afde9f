"""The groups console: choosing by keyboard, drag and drop, lock, forming, undo; the projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from sessions import demo, groups, participants
from sessions.store import now_iso
from ui.steps.groups import MIME, GroupsConsole


@pytest.fixture
def console(qtbot, app_ctx, tmp_path):
    ctx, actions = app_ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    with store.transaction("questions"):
        for i, text in enumerate(["Netwerken buiten je afdeling?", "Initiatief nemen?",
                                  "Zichtbaar blijven?"], start=1):
            store.conn.execute("INSERT INTO question (position, text, chosen_rank, created_at)"
                               " VALUES (?, ?, ?, ?)", (i, text, i, now_iso()))
    groups.create_from_questions(store)
    ctx.set_store(store)
    page = GroupsConsole(ctx, actions, 0)
    qtbot.addWidget(page)
    page.show()
    return ctx, page


def _gids(ctx):
    return [g.id for g in groups.groups(ctx.store)]


def _choose_all(ctx, ranked):
    """Everyone chooses ``ranked``, in one transaction (one change notice, not eighty)."""
    with ctx.store.transaction("groups"):
        for p in participants.all_participants(ctx.store):
            groups.set_choices(ctx.store, p.id, ranked)


def test_choosing_by_keyboard_sets_first_and_second_choice(qtbot, console):
    ctx, page = console
    page.name_edit.setFocus()
    qtbot.keyClicks(page.name_edit, "yilmaz")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.pad, Qt.Key.Key_2)
    qtbot.keyClick(page.pad, Qt.Key.Key_3)
    qtbot.keyClick(page.pad, Qt.Key.Key_Return)
    pid = next(p.id for p in participants.all_participants(ctx.store) if p.first_name == "Şükrü")
    g = _gids(ctx)
    assert groups.choices(ctx.store)[pid] == [g[1], g[2]]
    assert page.name_edit.hasFocus()


def test_type_ahead_ignores_accents_and_undo_reverts_choice(qtbot, console):
    ctx, page = console
    qtbot.keyClicks(page.name_edit, "sukru")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.pad, Qt.Key.Key_1)
    pid = next(p.id for p in participants.all_participants(ctx.store) if p.first_name == "Şükrü")
    assert groups.choices(ctx.store)[pid] == [_gids(ctx)[0]]
    ctx.undo_stack.undo()
    assert pid not in groups.choices(ctx.store)
    ctx.undo_stack.redo()
    assert groups.choices(ctx.store)[pid] == [_gids(ctx)[0]]


def test_who_is_in_sets_first_choice_for_selected_group(qtbot, console):
    ctx, page = console
    page.group_view.setCurrentIndex(page.model.index(2))
    qtbot.keyClicks(page.who_edit, "Anneke de Rijk")
    qtbot.keyClick(page.who_edit, Qt.Key.Key_Return)
    pid = next(p.id for p in participants.all_participants(ctx.store) if p.first_name == "Anneke")
    assert groups.choices(ctx.store)[pid] == [_gids(ctx)[2]]


def test_drag_and_drop_moves_a_member_and_undo_moves_back(qtbot, console):
    ctx, page = console
    g = _gids(ctx)
    everyone = participants.all_participants(ctx.store)
    _choose_all(ctx, [g[0]])
    page.form_free()
    source = page.member_view(g[0]).model()
    target = page.member_view(g[1]).model()
    mime = source.mimeData([source.index(0)])
    moved = source.data(source.index(0), Qt.ItemDataRole.UserRole + 2)
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert groups.memberships(ctx.store)[moved] == (g[1], False)
    assert target.rowCount() == 1 and source.rowCount() == len(everyone) - 1
    ctx.undo_stack.undo()
    assert groups.memberships(ctx.store)[moved] == (g[0], False)


def test_drop_of_foreign_data_is_refused(console):
    ctx, page = console
    target = page.member_view(_gids(ctx)[1]).model()
    mime = QMimeData()
    mime.setText("1,2,3")
    assert not target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert MIME not in mime.formats()


def test_lock_key_locks_and_balanced_forming_keeps_the_locked(qtbot, console):
    ctx, page = console
    g = _gids(ctx)
    _choose_all(ctx, [g[0], g[1]])
    page.form_free()
    view = page.member_view(g[0])
    view.setCurrentIndex(view.model().index(0))
    pid = view.model().data(view.model().index(0), Qt.ItemDataRole.UserRole + 2)
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert groups.memberships(ctx.store)[pid] == (g[0], True)
    page.min_spin.setValue(20)
    page.max_spin.setValue(30)
    page.form_balanced()
    sizes = [len(groups.members(ctx.store, x)) for x in g]
    assert max(sizes) <= 30 and min(sizes) >= 20
    assert groups.memberships(ctx.store)[pid] == (g[0], True)
    assert "30 first choice" in page.result_label.text()
    assert "0 unplaced" in page.result_label.text()
    ctx.undo_stack.undo()   # the balanced forming
    assert len(groups.members(ctx.store, g[0])) == 80


def test_infeasible_caps_show_a_message_and_change_nothing(qtbot, console):
    ctx, page = console
    g = _gids(ctx)
    _choose_all(ctx, [g[0]])
    page.max_spin.setValue(10)
    page.form_balanced()
    assert "hold only 30" in page.result_label.text()
    assert groups.memberships(ctx.store) == {}
    assert ctx.undo_stack.count() == 0


def test_absent_people_left_out_and_counted(qtbot, console):
    ctx, page = console
    meeting = participants.checkin_meeting_id(ctx.store)
    everyone = participants.all_participants(ctx.store)
    with ctx.store.transaction("attendance"):
        for p in everyone[:70]:
            participants.check_in(ctx.store, meeting, p.id)
    assert "10 absent" in page.absent_label.text()
    assert page.member_view(None).model().rowCount() == 70


def test_late_arrival_added_placed_and_undone(qtbot, console):
    ctx, page = console
    page.late_first.setText("Laat")
    page.late_last.setText("Komer")
    page.late_group.setCurrentIndex(1)
    page.late_button.click()
    pid = next(p.id for p in participants.all_participants(ctx.store) if p.first_name == "Laat")
    assert groups.memberships(ctx.store)[pid] == (_gids(ctx)[1], False)
    ctx.undo_stack.undo()
    assert participants.count(ctx.store) == 80
    ctx.undo_stack.redo()
    assert groups.memberships(ctx.store)[pid] == (_gids(ctx)[1], False)


def test_add_remove_group_undo_restores_same_id(qtbot, console):
    ctx, page = console
    page.add_button.click()
    new_id = _gids(ctx)[-1]
    assert len(_gids(ctx)) == 4
    page.group_view.setCurrentIndex(page.model.index(3))
    page.remove_button.click()
    assert len(_gids(ctx)) == 3
    ctx.undo_stack.undo()
    assert _gids(ctx)[-1] == new_id


def test_rename_in_the_list_is_undoable(qtbot, console):
    ctx, page = console
    ix = page.model.index(0)
    old = groups.groups(ctx.store)[0].name
    assert page.model.setData(ix, "Netwerk")
    assert groups.groups(ctx.store)[0].name == "Netwerk"
    ctx.undo_stack.undo()
    assert groups.groups(ctx.store)[0].name == old


def test_projector_paints_names_without_email(qtbot, console):
    ctx, page = console
    g = _gids(ctx)
    _choose_all(ctx, [g[0]])
    page.form_free()
    from tests.ui.wall_probe import WallProbe
    from ui import theme
    from ui.slides import source
    from ui.slides.paint import render

    probe = WallProbe(ctx, make=lambda ctx: source._groups(ctx.store))
    slide = probe.slide()
    image = render(slide, 0, 1920, 1080, theme.LIGHT)
    assert not image.isNull()
    members = page.model.data(page.model.index(0), Qt.ItemDataRole.UserRole + 3)
    assert len(members) == 80 and all("@" not in m for m in members)
    shown = probe.lines()
    assert all(m in shown for m in members)          # every name, on one page or another
    assert not any("@" in t for t in probe.texts())


# ---------------------------------------------------------------- action plans


@pytest.fixture
def plan_console(qtbot, console):
    from sessions import agenda
    from ui.steps.actions import ActionsConsole

    ctx, page = console
    g = _gids(ctx)
    _choose_all(ctx, [g[0]])
    page.form_free()
    step = agenda.add(ctx.store, participants.checkin_meeting_id(ctx.store), "actions", "Plannen")
    plan = ActionsConsole(ctx, page.app_actions, step)
    qtbot.addWidget(plan)
    plan.show()
    return ctx, plan, step


def test_adding_an_action_with_quick_kind_and_owner(qtbot, plan_console):
    from sessions import actions as plans

    ctx, plan, _step = plan_console
    plan.kind_buttons["kenniscafe"].click()
    assert plan.title_edit.text() == "kenniscafé"
    plan.title_edit.setText("Kenniscafé in de wijk")
    plan.owner_combo.setCurrentIndex(2)
    owner = plan.owner_combo.currentData()
    qtbot.keyClick(plan.title_edit, Qt.Key.Key_Return)
    [a] = plans.actions(ctx.store, _gids(ctx)[0])
    assert (a.title, a.kind, a.owner_id) == ("Kenniscafé in de wijk", "kenniscafe", owner)
    assert plan.proxy.rowCount() == 1 and plan.title_edit.text() == ""
    ctx.undo_stack.undo()
    assert plans.actions(ctx.store) == []
    ctx.undo_stack.redo()
    assert [x.id for x in plans.actions(ctx.store)] == [a.id]


def test_editing_details_is_one_undoable_edit(qtbot, plan_console):
    from sessions import actions as plans

    ctx, plan, _step = plan_console
    plan.title_edit.setText("Intervisie")
    plan.add_action()
    plan.d_status.setCurrentIndex(plan.d_status.findData("planned"))
    plan.d_support.setText("Een begeleider")
    plan.d_members_model.item(0).setCheckState(Qt.CheckState.Checked)
    plan.save_details()
    [a] = plans.actions(ctx.store)
    assert (a.status, a.support, len(a.member_ids)) == ("planned", "Een begeleider", 1)
    ctx.undo_stack.undo()
    [a] = plans.actions(ctx.store)
    assert (a.status, a.support, a.member_ids) == ("idea", "", [])


def test_projector_toggle_is_kept_in_the_step_settings(qtbot, plan_console):
    from sessions import agenda
    from tests.ui.wall_probe import WallProbe

    ctx, plan, step = plan_console
    proj = WallProbe(ctx, step)
    body = proj.body()
    assert body.single and body.plans[0].band.key == f"group{_gids(ctx)[0]}"
    plan.all_check.setChecked(True)
    assert agenda.get(ctx.store, step).settings["view"] == "all"
    assert not proj.body().single
    plan.group_combo.setCurrentIndex(2)
    assert agenda.get(ctx.store, step).settings["group_id"] == _gids(ctx)[2]


def test_balanced_without_limits_forms_even_groups_and_shows_the_sizes(qtbot, console):
    """Issue 14.2: with Min/Max at "auto" the groups come out as even as the choices allow."""
    ctx, page = console
    g = _gids(ctx)
    with ctx.store.transaction("groups"):
        for i, p in enumerate(participants.all_participants(ctx.store)):
            groups.set_choices(ctx.store, p.id, [g[i % 3], g[(i + 1) % 3]])
    assert page.min_spin.text() == page.max_spin.text() == "auto"
    page.form_balanced()
    sizes = sorted(len(groups.members(ctx.store, x)) for x in g)
    assert sizes == [26, 27, 27]
    assert "in a group they did not choose" not in page.result_label.text()
    assert page.sizes_label.text().startswith("Sizes 26–27 per group, chosen automatically")
    ctx.undo_stack.undo()
    assert groups.memberships(ctx.store) == {}


def _click_in_modal(qtbot, text: str, seen: list) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def go():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, go)
            return
        seen.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == text).click()

    QTimer.singleShot(0, go)


def test_balanced_shows_both_aims_when_they_differ_and_forms_the_one_picked(qtbot, console):
    """Issue 14.3: nobody outside their choices first, unless the facilitator picks first choices."""
    ctx, page = console
    g = _gids(ctx)
    everyone = participants.all_participants(ctx.store)
    with ctx.store.transaction("groups"):
        for i, p in enumerate(everyone):
            ranked = [g[0]] if i < 30 else [g[0], g[1]] if i < 60 else [g[1], g[2]]
            groups.set_choices(ctx.store, p.id, ranked)
    page.max_spin.setValue(27)
    seen: list = []
    _click_in_modal(qtbot, "Everyone in a chosen group", seen)
    page.form_balanced()
    assert seen == ["Fewest outside their choices: 27 first choice, 6 outside their choices\n"
                    "Most first choices: 47 first choice, 26 outside their choices"]
    result = groups.current_result(ctx.store)
    assert (result.first, result.other) == (27, 6)
    ctx.undo_stack.undo()
    _click_in_modal(qtbot, "Most first choices", seen)
    page.form_balanced()
    result = groups.current_result(ctx.store)
    assert (result.first, result.other) == (47, 26)
    _click_in_modal(qtbot, "Cancel", seen)
    count = ctx.undo_stack.count()
    page.form_balanced()
    assert ctx.undo_stack.count() == count
    assert (groups.current_result(ctx.store).first, groups.current_result(ctx.store).other) == (47, 26)


def test_the_console_numbers_groups_as_the_wall_does(qtbot, console):
    """Issue 14.20: the wall's cards are numbered 1..N and the keys 1..N enter choices; the
    console's list, buttons, member lists, choices table, pad and the actions step agree."""
    from ui.slides import source
    from ui.steps.actions import ActionsConsole

    ctx, page = console
    # remove the first group: numbers must follow the order, not the ids
    groups.remove_group(ctx.store, _gids(ctx)[0])
    groups.add_group(ctx.store, "Nieuwe groep")
    ctx.changed.emit("groups")
    qtbot.wait(5)
    wall = {band.key: f"{band.number}  {band.name}" for _g, band in source._bands(ctx.store)}
    gs = groups.groups(ctx.store)
    expected = [wall[f"group{g.id}"] for g in gs]
    assert [e.split("  ")[0] for e in expected] == ["1", "2", "3"]
    listed = [page.model.data(page.model.index(r)) for r in range(page.model.rowCount())]
    assert [t.rsplit("  (", 1)[0] for t in listed] == expected
    buttons = [page.group_buttons.itemAt(r).widget().text() for r in range(len(gs))]
    assert [b.split("  ")[0] for b in buttons] == ["1", "2", "3"]
    titles = [page.member_view(g.id).parent().findChild(type(page.absent_label)).text()
              for g in gs]
    assert titles == expected
    # a choice typed with key 3 reads as the wall's card 3 everywhere
    qtbot.keyClicks(page.name_edit, "sukru")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.pad, Qt.Key.Key_3)
    pid = next(p.id for p in participants.all_participants(ctx.store) if p.first_name == "Şükrü")
    assert groups.choices(ctx.store)[pid] == [gs[2].id]
    assert f"choice 1: {expected[2]}" in page.pad.text()
    row = page.choices_model.row_of(pid)
    assert expected[2] in [page.choices_model.data(page.choices_model.index(row, c))
                           for c in range(page.choices_model.columnCount())]
    plan = ActionsConsole(ctx, page.app_actions, agenda_step(ctx))
    qtbot.addWidget(plan)
    combo = [plan.group_combo.itemText(i) for i in range(plan.group_combo.count())]
    assert [c.rsplit("  (", 1)[0] for c in combo] == expected


def agenda_step(ctx):
    from sessions import agenda

    return agenda.add(ctx.store, participants.checkin_meeting_id(ctx.store), "actions", "Plannen")
