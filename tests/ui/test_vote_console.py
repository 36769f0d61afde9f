"""The vote console by keyboard and at the cut: issue 14 items 9 and 13, and issue 17's
paper | phones | total columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from sessions import agenda, participants, questions, trajectory
from ui.steps import console_widget


@pytest.fixture
def warnings_seen():
    """Every Qt warning printed while the test runs."""
    seen: list[str] = []

    def handler(kind, _context, message):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg):
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


@pytest.fixture
def vote(qtbot, app_ctx, tmp_store):
    """The vote console on screen (900x600) with the trajectory open."""
    ctx, actions = app_ctx
    ctx.set_store(tmp_store)
    meeting = trajectory.meeting_of_kind(tmp_store, "startdag")

    def make(*counts):
        for n, votes in enumerate(counts):
            qid = questions.add(tmp_store, f"Vraag {n + 1}")
            questions.set_votes(tmp_store, qid, votes)
        step = agenda.add(tmp_store, meeting.id, "vote", "Stemmen")
        console = console_widget("vote", ctx, actions, step)
        qtbot.addWidget(console)
        console.resize(900, 600)
        console.show()
        qtbot.waitExposed(console)
        console.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
        return console

    yield ctx, actions, tmp_store, make
    ctx.set_store(None)


def _votes(store):
    return [e.question.votes for e in questions.listing(store)]


def _type(qtbot, widget, text):
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget() or widget, ch)


def test_the_whole_tally_by_keyboard_after_typed_counts(vote, qtbot, warnings_seen):
    """Issue 14.9: after a typed count and Enter the table lost focus; Up/Down, + and digits
    stopped working, and Qt said 'commitData called with an editor that does not belong'."""
    ctx, actions, store, make = vote
    console = make(0, 0, 0, 0)
    table = console.table
    table.setFocus()
    console.select_question(questions.listing(store)[0].id)
    qtbot.keyClick(table, Qt.Key.Key_5)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)
    assert _votes(store) == [5, 0, 0, 0]
    assert QApplication.focusWidget() is table
    # Down, then a two-digit count and Enter, then Down and + + -
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_1)
    _type(qtbot, table, "2")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter)
    qtbot.wait(20)
    assert _votes(store) == [5, 12, 0, 0]
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Minus):
        qtbot.keyClick(table, key)
    assert _votes(store) == [5, 12, 1, 0]
    # Up goes back and a new count replaces the old one
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_7)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)
    assert _votes(store) == [5, 7, 1, 0]
    assert QApplication.focusWidget() is table
    # Escape while typing changes nothing and keeps the keyboard in the table
    qtbot.keyClick(table, Qt.Key.Key_9)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.wait(20)
    assert _votes(store) == [5, 7, 1, 0]
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert _votes(store) == [5, 8, 1, 0]
    assert not [w for w in warnings_seen if "commitData" in w or "editor" in w], warnings_seen
    # every typed count is one undo step
    actions.undo.trigger()
    assert _votes(store) == [5, 7, 1, 0]


def _luminance(color) -> float:
    def channel(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def _contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_no_tie_panel_before_any_vote_is_in(vote, qtbot):
    """Issue 14.13: before any vote the panel showed a 7-way tie at 0."""
    ctx, actions, store, make = vote
    console = make(0, 0, 0, 0, 0, 0, 0)
    assert console.tie_buttons == {}
    assert console.tie_area.isHidden() and console.include_all.isHidden()
    assert "No votes yet" in console.cut_label.text()
    assert not console.confirm.isEnabled()
    # the first dots make a real tie at the cut: now the panel shows (after its refresh)
    ids = [e.id for e in questions.listing(store)]
    for qid, n in zip(ids, (3, 2, 1, 1), strict=False):
        questions.set_votes(store, qid, n)
    console.flush()
    assert set(console.tie_buttons) == {ids[2], ids[3]}
    assert console.tie_area.isVisible() and console.include_all.isVisible()


def test_tied_questions_show_in_full_and_a_pick_is_clearly_marked(vote, qtbot):
    """Issue 14.13: the buttons clipped the question at both ends, and 'picked' was a faint grey."""
    ctx, actions, store, make = vote
    long_text = ("Hoe zorgen we ervoor dat de nieuwe werkwijze in de wijkteams ook na de "
                 "zomer nog door iedereen gedragen wordt, ook door wie er vandaag niet is?")
    a = questions.add(store, long_text)
    questions.set_votes(store, a, 4)
    console = make(9, 7, 4)
    console.resize(1000, 700)
    qtbot.wait(20)
    tied = console.tie_buttons
    assert len(tied) == 2 and a in tied
    button = tied[a]
    assert button.text() == long_text
    # the whole question is on the button, wrapped over more than one line, nothing cut off
    label = button.label
    assert label.text() == long_text and label.wordWrap()
    one_line = label.fontMetrics().height()
    assert label.height() >= 2 * one_line
    assert label.height() >= label.heightForWidth(label.width())
    assert button.rect().contains(label.geometry())
    assert console.tie_area.viewport().rect().contains(
        console.tie_area.viewport().mapFromGlobal(button.mapToGlobal(button.rect().bottomRight())))

    def inside(b):
        image = b.grab().toImage()
        return image.pixelColor(5, image.height() // 2)

    plain = inside(button)
    button.click()
    qtbot.wait(10)
    picked = inside(button)
    assert button.isChecked() and label.text().startswith("✓")
    # the picked fill stands apart from the plain one, and its text reads on it (WCAG AA)
    assert _contrast(plain, picked) >= 4.5, (plain.name(), picked.name())
    from PySide6.QtGui import QColor
    assert _contrast(picked, QColor("#ffffff")) >= 4.5
    assert console.confirm.isEnabled()
    console.confirm.click()
    chosen = [q.id for q in questions.chosen(store)]
    assert a in chosen and len(chosen) == 3


def test_paper_and_phones_are_two_sources_of_one_tally(vote, qtbot):
    """Issue 17: the vote page showed one total; paper | phones | total, as in the Phones tab."""
    from ui.models_capture import VoteModel

    ctx, actions, store, make = vote
    console = make(4, 1)
    table, model = console.table, console.model
    # no phones: one count column, the typed one
    assert table.isColumnHidden(VoteModel.PHONES) and table.isColumnHidden(VoteModel.TOTAL)
    assert model.headerData(VoteModel.PAPER, Qt.Orientation.Horizontal) == "Paper"
    people = [participants.add(store, first_name=f"Stemmer{i}") for i in range(3)]
    first, second = (e.id for e in questions.listing(store))
    for p in people:
        questions.set_ballot(store, p, second, 2)
    questions.set_ballot(store, people[0], first, 1)
    console.flush()
    assert not table.isColumnHidden(VoteModel.PHONES) and not table.isColumnHidden(VoteModel.TOTAL)

    def row(qid):
        r = model.row_of(qid)
        return [model.index(r, c).data() for c in (VoteModel.PAPER, VoteModel.PHONES,
                                                     VoteModel.TOTAL)]

    assert row(first) == [4, 1, 5] and row(second) == [1, 6, 7]
    assert "12 of " in console.totals.text()
    assert console.totals.toolTip() == "5 on paper, 7 from phones"
    # a typed count changes paper and total, not phones
    console.select_question(first)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert row(first) == [5, 1, 6]
    # the ranking follows the total: the second question leads
    assert model.index(model.row_of(second), VoteModel.RANK).data() == 1
    # the numbers have room: no column cuts its figure
    for col in (VoteModel.PAPER, VoteModel.PHONES, VoteModel.TOTAL):
        assert table.columnWidth(col) >= table.fontMetrics().horizontalAdvance("88888")
    assert not table.horizontalScrollBar().isVisible()


def test_a_tie_too_wide_to_pick_from_offers_include_all_only(vote, qtbot):
    """Phones voting on 150 questions tie dozens at the cut while dots come in: no wall of
    buttons (it rebuilt for 130 ms a time), a sentence and 'Include all tied'."""
    from ui.steps.vote import TIE_BUTTONS_MAX

    ctx, actions, store, make = vote
    console = make(9, *([1] * (TIE_BUTTONS_MAX + 3)))
    assert console.tie_buttons == {} and console.tie_area.isHidden()
    assert "Too many to pick from" in console.cut_label.text()
    assert console.include_all.isVisible()
    console.include_all.click()
    assert len(questions.chosen(store)) == TIE_BUTTONS_MAX + 4


def test_a_long_question_is_cut_in_its_row_and_whole_in_a_tooltip(vote, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    ctx, _actions, store, make = vote
    long_text = ("Wie kent een locatie in Delfshaven waar we de academie van de straat kunnen "
                 "houden, liefst dicht bij de metro, met ruimte voor dertig mensen en een beamer, "
                 "en waar we ook 's avonds terechtkunnen zonder dat de buren klagen over het "
                 "geluid van de groepen die na afloop nog even blijven staan praten op de stoep "
                 "voor de deur, of over de fietsen <b>overal</b>?")
    long_id = questions.add(store, long_text)
    console = make(3, 1)
    table, model = console.table, console.model

    def tip_over(question_id):
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        rect = table.visualRect(model.index(model.row_of(question_id), model.TEXT))
        pos = rect.center()
        QApplication.sendEvent(table.viewport(), QHelpEvent(
            QEvent.Type.ToolTip, pos, table.viewport().mapToGlobal(pos)))
        return QToolTip.text() if QToolTip.isVisible() else ""

    # the row holds two lines: the question does not fit, so the tooltip has all of it,
    # literally (markup typed by a phone stays text)
    row_height = table.rowHeight(model.row_of(long_id))
    width = table.columnWidth(model.TEXT)
    needed = table.fontMetrics().boundingRect(0, 0, width - 8, 10_000,
                                              int(Qt.TextFlag.TextWordWrap), long_text).height()
    assert needed > row_height
    tip = tip_over(long_id)
    assert "Delfshaven" in tip and "&lt;b&gt;overal&lt;/b&gt;" in tip
    # a question that fits gets no tooltip
    by_text = {e.text: e.id for e in questions.listing(store)}
    short, other = by_text["Vraag 1"], by_text["Vraag 2"]
    assert tip_over(short) == ""
    # a merged one names what was merged into it
    questions.merge(store, short, [other])
    assert "Vraag 2" in tip_over(short)
    QToolTip.hideText()


def test_before_any_vote_no_row_is_ranked_marked_or_bold(vote, qtbot):
    """With no dots yet every question tied at 0: the table showed rank 1 and the tie colour
    on every row, which read as "all chosen"."""
    ctx, _actions, store, make = vote
    console = make(0, 0, 0, 0, 0)
    model = console.model

    def column(role, col=0):
        return [model.index(r, col).data(role) for r in range(model.rowCount())]

    assert column(Qt.ItemDataRole.DisplayRole) == [""] * 5
    assert column(Qt.ItemDataRole.BackgroundRole, 1) == [None] * 5
    assert column(Qt.ItemDataRole.FontRole, 1) == [None] * 5
    qid = questions.listing(store)[2].id
    questions.set_votes(store, qid, 4)      # the first count: every rank shows
    qtbot.waitUntil(lambda: column(Qt.ItemDataRole.DisplayRole) == [2, 2, 1, 2, 2])
    assert column(Qt.ItemDataRole.FontRole, 1)[2] is not None      # clearly in the top 3
    # the other four tie at 0 for the last two places: a tie of questions nobody voted
    # for is not marked (the status line still says places are open)
    assert column(Qt.ItemDataRole.BackgroundRole, 1) == [None] * 5


def test_the_wall_marks_no_tie_before_any_vote_either(vote, qtbot):
    """The wall reads the same marks as the console table: a revealed vote with no dots yet
    shows no question as tied or in the top (it used the cut's tie at 0 directly)."""
    from ui.slides.source import _vote

    _ctx, _actions, store, make = vote
    console = make(0, 0, 0, 0, 0)
    questions.set_round(store, hidden=False)
    qtbot.waitUntil(lambda: not console.model.round.hidden)
    rows = _vote(console.model.ctx).rows
    assert len(rows) == 5
    assert not any(r.top or r.tied for r in rows)
    questions.set_votes(store, questions.listing(store)[2].id, 4)
    qtbot.waitUntil(lambda: any(r.top for r in _vote(console.model.ctx).rows))

