"""The app shell: language choice, new trajectory, read-only view, settings, undo wiring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sessions import participants, trajectory
from sessions.store import Store
from ui import i18n
from ui.trajectory_dialog import TrajectoryDialog


def test_language_dutch_locale_english_otherwise_and_overrides():
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert i18n.choose_language(None, "", dutch) == "nl"
    assert i18n.choose_language(None, "", german) == "en"
    assert i18n.choose_language("en", "nl", dutch) == "en"      # --lang beats all
    assert i18n.choose_language(None, "nl", german) == "nl"     # the setting beats the locale


def test_the_dutch_translation_ships_and_loads(qapp):
    qm = i18n.I18N_DIR / "startdag_nl.qm"
    assert qm.exists() and (i18n.I18N_DIR / "startdag_nl.ts").exists()
    translators = i18n.install(qapp, "nl")
    try:
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("AppActions", "&Open…") == "&Openen…"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale.c())


def test_new_trajectory_writes_the_file_with_its_meetings(main_window, monkeypatch, tmp_path):
    target = tmp_path / "Leertraject"

    def fill_and_accept(dialog):
        dialog.title.setText("Eigen leerproces")
        dialog.organisation.setText("Gemeente Delft")
        dialog.concept.setText("netwerken")
        dialog.competences.setPlainText("initiatief tonen\nverantwoordelijkheid nemen")
        dialog.meeting_venues["startdag"].setText("De Doelen")
        return TrajectoryDialog.DialogCode.Accepted

    monkeypatch.setattr(TrajectoryDialog, "exec", fill_and_accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    main_window.app_actions.new.trigger()
    store = main_window.ctx.store
    assert store.path == target.with_name("Leertraject.startdag")
    t = trajectory.get(store)
    assert (t.title, t.concept, t.competences) == ("Eigen leerproces", "netwerken",
                                                   ["initiatief tonen", "verantwoordelijkheid nemen"])
    assert trajectory.meeting_of_kind(store, "startdag").venue == "De Doelen"
    assert "Eigen leerproces" in main_window.windowTitle()
    assert main_window.ctx.settings.recent_files()[0] == store.path.resolve()


def test_a_locked_file_opens_read_only_with_the_holder_named(main_window, monkeypatch, tmp_path):
    path = tmp_path / "bezet.startdag"
    holder = Store.create(path, title="Bezet")
    try:
        def choose_read_only(box):
            for b in box.buttons():
                if b.text() == "Open read-only":
                    b.click()
            return 0
        monkeypatch.setattr(QMessageBox, "exec", choose_read_only)
        assert main_window.open_path(path)
        assert main_window.ctx.store.read_only
        assert "[read-only]" in main_window.windowTitle()
        assert "Read-only" in main_window.workspace.banner.text()
        assert not main_window.app_actions.import_participants.isEnabled()
    finally:
        main_window.ctx.set_store(None)
        holder.close()


def test_editing_details_is_undoable(main_window, demo_store, monkeypatch):
    path = demo_store.path
    demo_store.close()
    main_window.open_path(Path(path))

    def rename(dialog):
        dialog.title.setText("Nieuwe titel")
        return TrajectoryDialog.DialogCode.Accepted

    monkeypatch.setattr(TrajectoryDialog, "exec", rename)
    main_window.app_actions.details.trigger()
    store = main_window.ctx.store
    assert trajectory.get(store).title == "Nieuwe titel"
    assert "Nieuwe titel" in main_window.windowTitle()
    main_window.app_actions.undo.trigger()
    assert trajectory.get(store).title == "Eigen leerproces gebiedsnetwerkers"
    main_window.app_actions.redo.trigger()
    assert trajectory.get(store).title == "Nieuwe titel"
    assert participants.count(store) == 80


def test_details_ok_without_changes_is_no_edit_and_a_venue_names_only_its_meeting(
        main_window, demo_store, monkeypatch):
    path = demo_store.path
    demo_store.close()
    main_window.open_path(Path(path))
    store, stack = main_window.ctx.store, main_window.ctx.undo_stack
    records = []
    store.subscribe_changes(records.append)
    monkeypatch.setattr(TrajectoryDialog, "exec", lambda d: TrajectoryDialog.DialogCode.Accepted)
    main_window.app_actions.details.trigger()
    assert records == [] and stack.count() == 0

    def venue(dialog):
        dialog.meeting_venues["oogstsessie"].setText("De Schouw")
        return TrajectoryDialog.DialogCode.Accepted

    monkeypatch.setattr(TrajectoryDialog, "exec", venue)
    main_window.app_actions.details.trigger()
    harvest = trajectory.meeting_of_kind(store, "oogstsessie")
    [rec] = records
    assert harvest.venue == "De Schouw" and rec.topics == ["meetings"]
    assert rec.of("meetings").updated == {harvest.id}
    main_window.app_actions.undo.trigger()
    assert trajectory.meeting_of_kind(store, "oogstsessie").venue != "De Schouw"


def test_font_scale_and_language_persist(app_ctx, tmp_path):
    ctx, _ = app_ctx
    assert ctx.settings.set_font_scale(9.0) == 2.5     # clamped
    ctx.settings.set_language("nl")
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    again = Settings(QSettings(ctx.settings.q.fileName(), QSettings.Format.IniFormat))
    assert again.font_scale() == 2.5
    assert again.language() == "nl"
