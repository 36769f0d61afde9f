"""Backups in the window: the offer on a damaged file, File → Backups…, the backups taken while
a meeting runs, and deleting a trajectory with its backups."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from sessions import agenda, backups, participants, trajectory
from sessions.store import Store


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(tmp_path: Path, n: int = 15, name: str = "Leertraject Delft.startdag") -> Path:
    path = tmp_path / name
    store = Store.create(path, title="Leertraject Delft")
    with store.transaction("participants"):
        for i in range(n):
            participants.add(store, first_name=f"Persoon{i}", last_name="de Vries")
    store.close()
    return path


def _answer(text: str, seen: list):
    """Replace QMessageBox.exec: note what was asked, then click the button named ``text``."""
    def fake_exec(box):
        seen.append({"text": box.text(), "info": box.informativeText(),
                     "buttons": [b.text() for b in box.buttons()],
                     "format": box.textFormat()})
        for b in box.buttons():
            if b.text() == text:
                b.click()
                return 0
        raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")
    return fake_exec


def _open(window, path: Path) -> None:
    assert window.open_path(path)
    window.backup_service.wait()


def test_a_damaged_file_offers_its_newest_good_backup_and_opens_it_as_a_copy(
        main_window, tmp_path, monkeypatch):
    path = _make(tmp_path)
    _open(main_window, path)
    participants.add(main_window.ctx.store, first_name="Laat", last_name="Binnen")
    main_window.close_trajectory()                  # the backup at close holds 16 people
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])        # a USB stick pulled out mid-write
    damaged = sha(path)

    seen: list = []
    monkeypatch.setattr(QMessageBox, "exec", _answer("Open the backup as a copy", seen))
    assert main_window.open_path(path) is True
    newest = backups.list_for(path, main_window.backup_service.policy())
    close_backup = [b for b in newest if b.reason == "close"][0]
    assert "is incomplete (truncated)" in seen[0]["text"]
    assert "16 participants, 0 questions, 0 actions" in seen[0]["info"]
    expected = f"Leertraject Delft (restored {close_backup.time:%d-%m %H.%M}).startdag"
    assert expected in seen[0]["info"]
    assert seen[0]["format"] == Qt.TextFormat.PlainText
    store = main_window.ctx.store
    assert store.path == path.with_name(expected)
    assert participants.count(store) == 16
    assert sha(path) == damaged
    assert expected in main_window.windowTitle()


def test_a_damaged_file_without_backups_gets_the_plain_message(main_window, tmp_path,
                                                               monkeypatch):
    path = tmp_path / "nooit geopend.startdag"
    path.write_bytes(b"SQLite format 3\x00" + bytes(50))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert main_window.open_path(path) is False
    assert len(shown) == 1 and "incomplete" in shown[0]
    assert main_window.ctx.store is None


def test_the_backups_dialog_lists_them_and_opens_one_as_a_copy(main_window, tmp_path,
                                                               monkeypatch, qtbot):
    from ui.backups_dialog import BackupsDialog

    path = _make(tmp_path)
    _open(main_window, path)
    participants.add(main_window.ctx.store, first_name="Nog", last_name="Een")
    main_window.close_trajectory()
    _open(main_window, path)
    original = sha(path)

    dialogs = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: dialogs.append(self) or 0)
    main_window.show_backups()
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    assert dialog.which.currentText() == f"This trajectory: {path.name}"
    rows = [[dialog.tree.topLevelItem(i).text(c) for c in range(5)]
            for i in range(dialog.tree.topLevelItemCount())]
    assert [r[1] for r in rows] == ["at open", "at close", "at open"]
    assert rows[0][3] == "16 participants, 0 questions, 0 actions"
    assert rows[2][3] == "15 participants, 0 questions, 0 actions"
    assert {r[4] for r in rows} == {"good"}
    policy = main_window.backup_service.policy()
    assert "Backups: 3 (" in dialog.where.text() and str(policy.root) in dialog.where.text()
    assert "older than 90 days" in dialog.rules.text()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog.show_folder()
    assert opened == [str(policy.root / main_window.ctx.store.uid)]

    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(2))      # the oldest: 15 people
    dialog.open_selected()
    store = main_window.ctx.store
    assert store.path.name.startswith("Leertraject Delft (restored ")
    assert participants.count(store) == 15
    assert sha(path) == original


def test_the_dialog_settings_are_kept(main_window, tmp_path, monkeypatch, qtbot):
    from ui.backups_dialog import BackupsDialog

    dialogs = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: dialogs.append(self) or 0)
    main_window.show_backups()                       # no file open: every trajectory
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    dialog.retention.setValue(30)
    dialog._set_mirror(tmp_path)
    assert main_window.ctx.settings.backup_retention_days() == 30
    assert main_window.ctx.settings.backup_mirror() == tmp_path
    policy = main_window.backup_service.policy()
    assert policy.retention_days == 30 and policy.mirror_root == tmp_path / "Startdag backups"
    assert "older than 30 days" in dialog.rules.text()
    assert dialog.mirror_label.text() == str(tmp_path)


def test_starting_the_meeting_takes_a_backup_on_the_worker(main_window, tmp_path, qtbot):
    path = _make(tmp_path, n=3)
    _open(main_window, path)
    store = main_window.ctx.store
    meeting = trajectory.meeting_of_kind(store, "startdag").id
    agenda.add(store, meeting, "text", "Welkom")
    main_window.app_actions.start_day.trigger()
    main_window.backup_service.wait()
    reasons = [t.reason for t in main_window.backup_service.keeper.taken]
    assert reasons == ["open", "meeting"]
    # the worker's result reaches the GUI thread through a queued signal
    qtbot.waitUntil(lambda: getattr(main_window.backup_service.last, "reason", "") == "meeting")
    assert main_window.backup_service.last.path.exists()


def test_delete_trajectory_removes_the_file_and_its_backups_after_one_question(
        main_window, tmp_path, monkeypatch):
    path = _make(tmp_path, n=4)
    _open(main_window, path)
    uid = main_window.ctx.store.uid
    policy = main_window.backup_service.policy()
    seen: list = []
    monkeypatch.setattr(QMessageBox, "exec", _answer("Cancel", seen))
    main_window.delete_trajectory()
    assert path.exists() and main_window.ctx.store is not None
    monkeypatch.setattr(QMessageBox, "exec", _answer("Delete trajectory and backups", seen))
    main_window.delete_trajectory()
    assert len(seen) == 2
    assert "Leertraject Delft" in seen[0]["text"] and "its backups (1, " in seen[0]["info"]
    assert not path.exists()
    assert main_window.ctx.store is None
    assert not (policy.root / uid).exists()
    assert backups.list_for(path, policy, uid=uid) == []
    assert main_window.stack.currentWidget() is main_window.welcome


@pytest.mark.parametrize("lang", ["nl"])
def test_the_offer_reads_in_dutch(qapp, lang, tmp_path):
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from ui import i18n
    from ui.backups import holds_text, restored_word, time_text

    translators = i18n.install(qapp, lang)
    try:
        assert holds_text({"participants": 80, "questions": 14, "actions": 9}) == \
            "80 deelnemers, 14 vragen, 9 acties"
        assert holds_text({"participants": 1, "questions": 1, "actions": 0}) == \
            "1 deelnemer, 1 vraag, 0 acties"
        assert time_text(datetime(datetime.now().year, 3, 12, 14, 32)) == "12 maart, 14:32"
        assert restored_word() == "hersteld"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale.c())


def test_an_unreachable_second_place_is_told_in_the_status_bar(main_window, tmp_path, qtbot):
    main_window.ctx.settings.set_backup_mirror(tmp_path / "usb-stick-eruit")
    path = _make(tmp_path, n=2)
    _open(main_window, path)
    qtbot.waitUntil(lambda: main_window.backup_service.last is not None)
    assert main_window.backup_service.last.path.exists()
    assert main_window.statusBar().currentMessage().startswith(
        "The backup was taken, but the second place is not reachable:")


def test_the_window_never_opens_a_second_writing_connection(main_window, tmp_path, qtbot):
    import sys

    path = _make(tmp_path, n=5)
    opened: list[str] = []
    watching = [True]

    def hook(event, args):
        if watching[0] and event == "sqlite3.connect":
            opened.append(str(args[0]))

    sys.addaudithook(hook)
    try:
        _open(main_window, path)
        store = main_window.ctx.store
        meeting = trajectory.meeting_of_kind(store, "startdag").id
        agenda.add(store, meeting, "text", "Welkom")
        main_window.app_actions.start_day.trigger()
        participants.add(store, first_name="Nieuw")
        main_window.backup_service.keeper.request("interval")
        main_window.close_trajectory()
    finally:
        watching[0] = False
    on_file = [c for c in opened if c.split("?")[0].endswith(path.name.replace(" ", "%20"))
               or c == str(path)]
    writers = [c for c in on_file if "mode=ro" not in c.partition("?")[2].split("&")]
    assert len(on_file) >= 5 and writers == [str(path)]
