"""Issue 14.15: walk the whole app in Dutch and check that no English is shown.

The compiled startdag_nl.qm (and Qt's own Dutch) is loaded before any widget exists; then
every tab of the workspace, every step console of every meeting (and their inner tabs),
the dialogs (opened non-modally), Qt's file dialog, and the wall's slides of every step are
shown. From each, the visible texts are collected (labels, buttons, group titles, tab
titles, combo box items, placeholders, table headers and cells, window titles, menus) and
checked two ways: a text that is an English source string of the .ts (whose Dutch differs)
is English; and a text with a word that only English has ("the", "choice", "overdue",
"update", "top" …) is English."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from sessions import actions as plans
from sessions import agenda, demo, groups, participants, trajectory
from sessions.store import now_iso

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "ui" / "i18n" / "startdag_nl.ts"

# words only English has (none of them is also a Dutch word); lower case
ENGLISH_ONLY = set("""
the and with without from this that these your you please yet not none only each every
first second third choice choices unplaced overdue update larger than size
step steps people person group groups action actions question questions vote votes
add remove delete edit show hide print save close next previous skip again pick choose
owner due wanted support title description kind name date hours minutes participants
planned idea dropped progress done look files new all undo redo quit about
""".split())
# seen in the Dutch UI by the facilitator (issue 14.15), whatever the word list says
SEEN = ("Top N", "(overdue)", "Update", "first choice", "unplaced", "minimum size")


def _plain(text: str) -> str:
    """The text as read: no markup, no mnemonic ampersands, no shortcut after a tab."""
    text = text.split("\t")[0]
    if "<" in text and ">" in text:
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


def _english_sources() -> set[str]:
    root = ET.parse(TS).getroot()
    found = set()
    for msg in root.iter("message"):
        src, tr = msg.findtext("source") or "", msg.findtext("translation") or ""
        if _plain(src) != _plain(tr) and not re.search(r"\{\w*\}|%\w", src):
            found.add(_plain(src).rstrip(":…. "))
    return found


def visible_texts(top: QWidget, cells: bool = True) -> list[str]:
    """What a facilitator reads in ``top`` now (the widgets shown, not those in hidden tabs);
    ``cells=False`` leaves out table contents and a file combo box's items, which are not
    the demo's (file names, folders)."""
    out: list[str] = []
    for w in (top, *top.findChildren(QWidget)):
        if w is not top and not w.isVisibleTo(top):
            continue
        if w.isWindow():
            out.append(w.windowTitle())
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count() if cells else 0)]
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            out.append(w.placeholderText())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            root = w.rootIndex()
            try:
                ncols = m.columnCount(root)
            except TypeError:           # a list model: one column
                ncols = 1
            cols = [c for c in range(ncols)
                    if not (hasattr(w, "isColumnHidden") and w.isColumnHidden(c))]
            out += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in cols]
            for r in range(min(m.rowCount(root), 25) if cells else 0):
                out += [str(m.index(r, c, root).data() or "") for c in cols]
    return [t for t in (_plain(x) for x in out) if t]


class Walk:
    """Collects what was shown where, and what of it is English."""

    def __init__(self):
        self.sources = _english_sources()
        self.seen: dict[str, set[str]] = {}

    def look(self, where: str, texts) -> None:
        for t in texts:
            self.seen.setdefault(t, set()).add(where)

    def english(self) -> list[str]:
        bad = []
        for text, where in sorted(self.seen.items()):
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
            hit = sorted(words & ENGLISH_ONLY)
            hit += [s for s in SEEN if s in text]
            if text.rstrip(":…. ") in self.sources or hit:
                bad.append(f"{text!r} ({', '.join(hit) or 'source'}) in {sorted(where)[0]}")
        return bad


@pytest.fixture
def dutch(qapp):
    from ui import i18n

    translators = i18n.install(qapp, "nl")
    yield
    for t in translators:
        qapp.removeTranslator(t)
    QLocale.setDefault(QLocale.c())


def _filled_demo(path: Path):
    """The demo after a morning: questions chosen, groups formed, actions planned, a log."""
    store = demo.create_demo(path)
    with store.transaction("questions"):
        for i, text in enumerate(["Hoe netwerk je buiten je afdeling?", "Hoe neem je initiatief?",
                                  "Hoe blijf je zichtbaar?"], start=1):
            store.conn.execute("INSERT INTO question (position, text, chosen_rank, created_at)"
                               " VALUES (?, ?, ?, ?)", (i, text, i, now_iso()))
    gids = groups.create_from_questions(store)
    people = participants.all_participants(store)
    with store.transaction("groups"):
        for n, p in enumerate(people):
            groups.set_choices(store, p.id, [gids[n % 3], gids[(n + 1) % 3]])
    groups.form_free(store)
    first = plans.add(store, gids[0], "Kenniscafé over netwerken", owner_id=people[0].id)
    plans.update(store, first, due_date="2026-04-01", status="planned")
    plans.add(store, gids[1], "LinkedIn-groep", kind="linkedin")
    from sessions import harvest

    harvest.add_log(store, first, date="2026-04-02", text="Eerste bijeenkomst gepland")
    return store


def test_the_whole_app_reads_dutch(dutch, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.agenda_model import live_day
    from ui.app_actions import AppActions
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings)
    actions = AppActions(ctx)
    window = MainWindow(ctx, actions, version="test")
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    walk = Walk()
    walk.look("welcome", visible_texts(window))
    for menu_action in window.menuBar().actions():
        walk.look("menu", [_plain(menu_action.text())]
                  + [_plain(a.text()) for a in menu_action.menu().actions()])
    store = _filled_demo(tmp_path / "demo.startdag")
    ctx.set_store(store)
    tabs = window.workspace.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(5)
        walk.look(f"tab {tabs.tabText(i)}", visible_texts(window))
    tabs.setCurrentWidget(window.workspace.day)
    page = window.workspace.day.page
    live = live_day(ctx)
    wall = page.miniature.wall
    for m in trajectory.meetings(store):
        live.set_meeting(m.id)
        for step in agenda.steps(store, m.id):
            page.select_step(step.id)
            live.jump(step.id)
            qtbot.wait(5)
            where = f"{m.kind}/{step.kind}"
            walk.look(where, visible_texts(window))
            for inner in window.findChildren(QTabBar):
                if inner.isVisibleTo(window) and inner is not tabs.tabBar():
                    for t in range(inner.count()):
                        inner.setCurrentIndex(t)
                        walk.look(f"{where} tab {inner.tabText(t)}", visible_texts(window))
            wall.flush()
            for p in wall.slide.pages:
                walk.look(f"wall {where}", [_plain(b.text) for b in p.texts() if b.text])
    walk.look("dialogs", _dialog_texts(ctx, window, qtbot, tmp_path))
    bad = walk.english()
    assert bad == [], "\n".join(bad)
    ctx.set_store(None)


def _dialog_texts(ctx, window, qtbot, tmp_path) -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    from ui.backups_dialog import BackupsDialog
    from ui.handouts_dialog import HandoutsDialog
    from ui.roster import ParticipantDialog
    from ui.steps.initiatives.console import ActivityDialog
    from ui.trajectory_dialog import TrajectoryDialog

    texts: list[str] = []
    dialogs = [HandoutsDialog(ctx, window), TrajectoryDialog(window, values={}),
               ParticipantDialog(parent=window), ActivityDialog(window),
               BackupsDialog(window, path=ctx.store.path, uid=ctx.store.uid,
                             policy=window.backup_service.policy(), settings=ctx.settings,
                             open_path=lambda p: None)]
    files = QFileDialog(window, "Openen", str(tmp_path), "Startdag (*.startdag)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialogs.append(files)
    for d in dialogs:
        d.show()                 # non-modal: nothing blocks the walk
        qtbot.waitExposed(d)
        # the backups and file lists show files of this machine, not the app's words
        texts += visible_texts(d, cells=not isinstance(d, (BackupsDialog, QFileDialog)))
        d.close()
    return [t for t in texts if t != str(tmp_path)]


def test_the_size_message_is_dutch_and_goes_once_the_sizes_are_fixed(dutch, qtbot, app_ctx,
                                                                      tmp_path):
    from ui.steps.groups import GroupsConsole

    ctx, actions = app_ctx
    ctx.set_store(_filled_demo(tmp_path / "demo.startdag"))
    page = GroupsConsole(ctx, actions, 0)
    qtbot.addWidget(page)
    page.show()
    formed = page.result_label.text()
    page.max_spin.setValue(5)
    page.min_spin.setValue(8)
    page.form_balanced()
    assert page.result_label.text() == "De minimale grootte is groter dan de maximale."
    page.min_spin.setValue(4)                    # fixed: the message goes
    assert page.result_label.text() == formed
    ctx.set_store(None)


def test_the_english_ui_has_no_dutch_labels_left(qtbot, app_ctx, tmp_path):
    """Issue 14.29: in English the quick reasons, the activity and action kinds and the print
    dialog's title are English; the step's skip toggle says what it will do."""
    from ui.actions_overview import tag_label
    from ui.handouts_dialog import HandoutsDialog
    from ui.steps.actions import kind_label as action_kind
    from ui.steps.initiatives import kind_label

    assert [tag_label(t) for t in ("geen reactie ontvangen", "geen tijd", "niet meer nodig",
                                   "anders opgelost", "eigen woorden")] == [
        "no response received", "no time", "no longer needed", "solved another way",
        "eigen woorden"]
    assert [kind_label(k) for k in ("intervisie", "kenniscafe", "wijkreis")] == [
        "Peer consultation", "Knowledge café", "Neighbourhood tour"]
    assert action_kind("academie_van_de_straat") == "street academy"
    ctx, _actions = app_ctx
    ctx.set_store(_filled_demo(tmp_path / "demo.startdag"))
    dialog = HandoutsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Print handouts"
    ctx.set_store(None)


def test_the_skip_toggle_says_what_it_will_do(main_window, qtbot, tmp_path):
    ctx = main_window.ctx
    store = demo.create_demo(tmp_path / "demo.startdag")
    ctx.set_store(store)
    page = main_window.workspace.day.page
    mid = trajectory.meeting_of_kind(store, "startdag").id
    page.fill_meetings()
    from ui.agenda_model import live_day

    live_day(ctx).set_meeting(mid)
    step = agenda.steps(store, mid)[2]
    page.select_step(step.id)
    assert page.toggle_skip.text() == "Skip step"
    page.toggle_skip.trigger()
    assert agenda.get(store, step.id).status == "skipped"
    page.select_step(step.id)
    assert page.toggle_skip.text() == "Plan step again"
    ctx.set_store(None)
    qtbot.wait(1)
