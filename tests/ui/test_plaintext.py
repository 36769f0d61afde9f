"""Hostile user text renders literally everywhere in the UI: no QLabel or tooltip runs it as rich text.

The demo trajectory gets `<b>Vet</b>` (and friends) in its title, concept, names, steps,
board, questions, groups, actions and activities. Then every tab, every step of every
meeting (console and projector) is shown in turn, and every QLabel of every top-level
window is checked: a label whose text holds user text must DISPLAY it literally. A label
with PlainText passes; AutoText passes only when Qt would not take the text for rich
text; a RichText label passes only when its rendered text still shows the markup (it
escaped the user text).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt carries mightBeRichText
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from sessions import actions as action_service
from sessions import agenda, boards, demo, groups, harvest, participants, questions, trajectory

MARK = "<b>Vet</b>"
HOSTILE = [MARK, f"{MARK} x<y AT&T", f"{MARK} &amp; <i>schuin</i>", f"=HYPERLINK(\"x\") {MARK}"]


def _fill(store) -> None:
    """Hostile text in every place the UI shows user text, through the services."""
    trajectory.update(store, title=f"{MARK} traject", organisation=f"AT&T {MARK}",
                      concept=f"{MARK} netwerken", competences=[MARK, "x<y"],
                      facilitators=[{"name": f"Wim {MARK}", "email": "w@x.example", "phone": ""}])
    for m in trajectory.meetings(store):
        trajectory.update_meeting(store, m.id, venue=f"{MARK} zaal")
        for n, step in enumerate(agenda.steps(store, m.id)):
            agenda.update(store, step.id, title=f"{MARK} {step.title}",
                          instructions=f"{HOSTILE[n % len(HOSTILE)]} doe dit")
    people = [p.id for p in participants.all_participants(store)]
    for n, pid in enumerate(people[:6]):
        participants.update(store, pid, first_name=HOSTILE[n % len(HOSTILE)],
                            area=MARK, role=f"x<y {MARK}")
    for key in ("concept", "reflection"):
        bid = boards.ensure_board(store, key)
        board = boards.get(store, key)
        for col in board.columns:
            boards.rename_column(store, col.id, f"{MARK} {col.title or 'kolom'}")
            for text in HOSTILE:
                boards.add_item(store, col.id, text)
        assert bid
    qids = [questions.add(store, f"{text} vraag {n}?") for n, text in enumerate(HOSTILE * 2)]
    for n, qid in enumerate(qids):
        questions.set_votes(store, qid, 20 - n)
    questions.merge(store, qids[0], [qids[-1]])
    questions.choose(store, qids[:3])
    gids = groups.create_from_questions(store)
    for n, gid in enumerate(gids):
        groups.rename_group(store, gid, f"{MARK} groep {n}")
    for n, pid in enumerate(people):
        groups.move(store, pid, gids[n % len(gids)])
    for n, gid in enumerate(gids):
        aid = action_service.add(store, gid, f"{MARK} actie {n}", description=HOSTILE[n % 4],
                                 support=f"x<y {MARK}", owner_id=people[n])
        harvest.add_log(store, aid, date="2026-05-01", text=f"{MARK} log")
        harvest.set_outcome(store, aid, "partly", f"{MARK} reden")
        harvest.set_lessons(store, gid, f"{MARK} geleerd")
    harvest.add_activity(store, title=f"{MARK} intervisie", description=MARK, period=f"x<y {MARK}")


def displayed(label: QLabel) -> str:
    """The text a label shows on screen, as the reader sees it."""
    text = label.text()
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if fmt == Qt.TextFormat.MarkdownText:
        doc = QTextDocument()
        doc.setMarkdown(text)
        return doc.toPlainText()
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def offenders(windows: list[QWidget]) -> list[str]:
    """Labels and tooltips that hold user text but do not display it literally."""
    bad = []
    for top in windows:
        for label in [top, *top.findChildren(QWidget)]:
            if isinstance(label, QLabel) and "Vet" in label.text():
                shown = displayed(label)
                interpreted = "Vet" in shown and "<b>Vet" not in shown and "<b>V" not in shown
                if interpreted or "&lt;b&gt;" in shown:    # run as markup, or escaped twice
                    bad.append(f"{label.objectName() or type(label.parent()).__name__}: "
                               f"{label.text()[:60]!r} shown as {shown[:40]!r}")
            tip = label.toolTip()
            if "Vet" in tip and Qt.mightBeRichText(tip):
                doc = QTextDocument()
                doc.setHtml(tip)
                if "<b>Vet" not in doc.toPlainText():
                    bad.append(f"tooltip of {type(label).__name__}: {tip[:60]!r}")
    return bad


def user_labels(windows: list[QWidget]) -> int:
    """How many labels show user text (so the test proves it looked at something)."""
    return sum(1 for top in windows for label in top.findChildren(QLabel) if "Vet" in label.text())


@pytest.fixture
def hostile_window(main_window, qtbot, tmp_path):
    """The main window with the hostile demo open, shown."""
    store = demo.create_demo(tmp_path / "demo.startdag")
    _fill(store)
    main_window.ctx.set_store(store)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window, store


def _windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_every_tab_shows_user_markup_literally(hostile_window, qtbot):
    """Overview, participants, day, actions (and whatever tabs land later)."""
    window, _store = hostile_window
    tabs = window.workspace.tabs
    seen = 0
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        assert offenders(_windows()) == [], tabs.tabText(i)
        seen += user_labels([tabs.widget(i)])
    assert seen > 0, "no label showed user text: the test looked at nothing"


def test_every_step_on_console_and_projector_shows_user_markup_literally(hostile_window, qtbot):
    """Each step of each meeting, selected on the console and running on the projector."""
    from ui.agenda_model import live_day

    window, store = hostile_window
    window.workspace.tabs.setCurrentWidget(window.workspace.day)
    console = window.workspace.day
    console.projector.show_window()
    qtbot.waitExposed(console.projector)
    live = live_day(window.ctx)
    page = console.page
    bad: dict[str, list[str]] = {}
    kinds_seen = set()
    labels_seen: dict[str, int] = {}
    for meeting in trajectory.meetings(store):
        live.set_meeting(meeting.id)
        QApplication.processEvents()
        for step in agenda.steps(store, meeting.id):
            page.select_step(step.id)
            live.jump(step.id)
            QApplication.processEvents()
            kinds_seen.add(step.kind)
            labels_seen[step.kind] = labels_seen.get(step.kind, 0) + user_labels(_windows())
            found = offenders(_windows())
            if found:
                bad[f"{meeting.kind}/{step.kind}"] = found
            # the wall paints text as text (no label, no rich text): the marks show literally
            console.projector.view.wall.flush()
            assert any(MARK in t for t in console.projector.view.visible_texts()), \
                f"projector shows no user text at {step.kind}"
    assert bad == {}
    print("labels with user text per step kind:", labels_seen)
    assert {"concept", "questions", "vote", "groups", "harvest", "initiatives"} <= kinds_seen


def test_the_checker_catches_a_rich_text_label(qtbot):
    """The check itself: an AutoText label with user markup is caught, PlainText is not."""
    host = QWidget()
    qtbot.addWidget(host)
    auto = QLabel(f"Groep {MARK}", host)
    assert offenders([host]) != []
    auto.setTextFormat(Qt.TextFormat.PlainText)
    assert offenders([host]) == []
    host.setToolTip(f"{MARK} tip")
    assert offenders([host]) != []
