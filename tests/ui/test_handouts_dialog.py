"""The Afdrukken / Handouts dialog: choices, the worker thread, opening the result, errors."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from tests.exports.filling import fill_day
from ui import handouts_dialog
from ui.handouts_dialog import HandoutsDialog


@pytest.fixture
def opened(app_ctx, demo_store, monkeypatch):
    """The demo with a filled-in day open in the app context; URL opening recorded."""
    ctx, actions = app_ctx
    fill_day(demo_store)
    ctx.set_store(demo_store)
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    yield ctx, actions, urls
    ctx.set_store(None)


def _dialog(qtbot, ctx, folder: Path, kinds: set[str]) -> HandoutsDialog:
    dialog = HandoutsDialog(ctx)
    qtbot.addWidget(dialog)
    for kind, box in dialog.kind_boxes.items():
        box.setChecked(kind in kinds)
    dialog.folder.setText(str(folder))
    return dialog


def test_handouts_action_opens_the_dialog(main_window, opened, monkeypatch):
    ctx, actions, _urls = opened
    shown = []
    monkeypatch.setattr(HandoutsDialog, "exec", lambda self: shown.append(self) or 0)
    actions.handouts.trigger()
    assert len(shown) == 1 and shown[0].people.count() == 80 and shown[0].groups.count() == 3


def test_one_pdf_is_written_in_a_worker_thread_and_opened(qtbot, opened, tmp_path, monkeypatch):
    ctx, _actions, urls = opened
    from exports import pack

    threads = []
    real = pack.export_pack

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(pack, "export_pack", recording)
    dialog = _dialog(qtbot, ctx, tmp_path / "out", {"attendance"})
    with qtbot.waitSignal(dialog.finished_writing, timeout=60000) as blocker:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    written = blocker.args[0]
    assert [p.name for p in written] == ["attendance-list.pdf"]
    assert written[0].exists()
    assert threads and threads[0] != threading.get_ident()
    assert urls == [str(written[0])]
    assert dialog.progress.value() == dialog.progress.maximum()


def test_several_files_open_the_folder(qtbot, opened, tmp_path):
    ctx, _actions, urls = opened
    dialog = _dialog(qtbot, ctx, tmp_path / "out", {"swot", "csv"})
    with qtbot.waitSignal(dialog.finished_writing, timeout=60000):
        dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert urls == [str(tmp_path / "out")]
    assert len(list((tmp_path / "out").iterdir())) == 4


def test_selected_people_only_get_badges(qtbot, opened, tmp_path):
    ctx, _actions, _urls = opened
    dialog = _dialog(qtbot, ctx, tmp_path, {"badges"})
    dialog._set_all(dialog.people, Qt.CheckState.Unchecked)
    dialog.people_filter.setText("sukru")          # type-ahead folds Ş and ü
    visible = [dialog.people.item(i) for i in range(dialog.people.count())
               if not dialog.people.item(i).isHidden()]
    assert [i.text() for i in visible] == ["Şükrü Yılmaz"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    options = dialog.options()
    assert options["only"] == {"badges"} and len(options["person_ids"]) == 1
    assert options["group_ids"] is None


def test_unwritable_folder_shows_the_error_and_writes_nothing(qtbot, opened, tmp_path):
    ctx, _actions, urls = opened
    (tmp_path / "exports").mkdir()
    blocker = tmp_path / "exports" / "a-file"
    blocker.write_text("x")
    dialog = _dialog(qtbot, ctx, blocker / "sub", {"attendance"})
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert "cannot be made" in dialog.status.text()
    assert urls == [] and sorted(p.name for p in blocker.parent.iterdir()) == ["a-file"]
    assert dialog.make_button.isEnabled()


def test_nothing_chosen_disables_make(qtbot, opened, tmp_path):
    ctx, _actions, _urls = opened
    dialog = _dialog(qtbot, ctx, tmp_path, set())
    assert not dialog.make_button.isEnabled()
    assert not dialog.people_box.isEnabled() and not dialog.groups_box.isEnabled()
    dialog.kind_boxes["personal"].setChecked(True)
    assert dialog.make_button.isEnabled() and dialog.people_box.isEnabled()


def test_close_is_refused_while_writing(qtbot, opened, tmp_path):
    ctx, _actions, _urls = opened
    dialog = _dialog(qtbot, ctx, tmp_path, {"personal"})
    dialog.show()
    with qtbot.waitSignal(dialog.finished_writing, timeout=60000):
        dialog.start()
        dialog.reject()
        assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert handouts_dialog.HandoutsDialog is HandoutsDialog


def test_harvest_report_is_offered_but_not_ticked(qtbot, opened, tmp_path):
    ctx, _actions, _urls = opened
    dialog = HandoutsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.kind_boxes["harvest"].isChecked()
    assert dialog.kind_boxes["group"].isChecked() and not dialog.kind_boxes["csv"].isChecked()


def test_documents_default_to_the_language_the_app_runs_in(qtbot, tmp_path, demo_store):
    from PySide6.QtCore import QSettings

    from ui.context import AppContext
    from ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings, language="nl")     # started with --lang nl, nothing saved
    ctx.set_store(demo_store)
    try:
        dialog = HandoutsDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.language.currentData() == "nl"
    finally:
        ctx.set_store(None)


def test_the_print_dialog_preselects_what_belongs_to_the_open_meeting(qtbot, opened):
    """Issue 14.30: at the oogstsessie the harvest report is ticked, not the kickoff handouts."""
    ctx, _actions, _urls = opened
    from sessions import trajectory
    from ui.agenda_model import live_day

    live = live_day(ctx)
    live.set_meeting(trajectory.meeting_of_kind(ctx.store, "startdag").id)
    dialog = HandoutsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.kind_boxes["personal"].isChecked() and not dialog.kind_boxes["harvest"].isChecked()
    live.set_meeting(trajectory.meeting_of_kind(ctx.store, "oogstsessie").id)
    dialog = HandoutsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.chosen_kinds() == {"harvest", "signup"}


def test_personal_handouts_default_to_the_present_and_badges_to_everyone(qtbot, opened, tmp_path):
    """Issue 14.5: with 11 checked in, personal handouts are for the 11, badges for all 80."""
    ctx, _actions, _urls = opened
    from exports.pack import export_pack
    from sessions import participants
    from tests.exports.pdftools import page_count, text_of

    store = ctx.store
    meeting = participants.checkin_meeting_id(store)
    with store.transaction("attendance"):
        for p in participants.all_participants(store)[:11]:
            participants.check_in(store, meeting, p.id)
    dialog = HandoutsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.options()["person_ids"] is None
    assert any("personal handouts for the 11 present, name badges for all 80 registered" in
               w.text() for w in dialog.people_box.findChildren(type(dialog.status)))
    paths = {p.name: p for p in export_pack(store, tmp_path, only={"personal", "badges", "report"},
                                            **{k: v for k, v in dialog.options().items()
                                               if k not in ("only", "lang")}, lang="nl")}
    assert page_count(paths["persoonlijke-handouts.pdf"]) == 11
    assert page_count(paths["naambadges.pdf"]) == 10          # 80 badges, 8 per page
    assert "Deelnemers: 11 aanwezig / 80 aangemeld" in text_of(paths["verslag-startdag.pdf"])
