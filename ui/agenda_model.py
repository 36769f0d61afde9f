"""The live day's shared state and the agenda list model (one of each per open trajectory).

The console, its miniature and the projector window all read these two objects
(through ``ctx.model``), so what the facilitator sees and what the wall shows never
disagree. ``LiveDay.clock`` is injectable: tests set it and never sleep.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from sessions import agenda, trajectory
from sessions.changes import Topic
from ui.context import AppContext, ModelKey
from ui.operations import agenda as agenda_ops
from ui.operations.errors import attempt
from ui.plain import plain_tip
from ui.tables import apply_rows

LIVE_KEY = ModelKey.LIVE_DAY
AGENDA_KEY = ModelKey.AGENDA
MIME = "application/x-startdag-step"
BLANK_NONE, BLANK_BLACK, BLANK_WHITE = "", "black", "white"

KIND_NAMES = {
    "welcome": QT_TRANSLATE_NOOP("Kinds", "Welcome"),
    "concept": QT_TRANSLATE_NOOP("Kinds", "Concept board"),
    "swot": QT_TRANSLATE_NOOP("Kinds", "Personal SWOT"),
    "questions": QT_TRANSLATE_NOOP("Kinds", "Questions"),
    "vote": QT_TRANSLATE_NOOP("Kinds", "Voting"),
    "groups": QT_TRANSLATE_NOOP("Kinds", "Theme groups"),
    "actions": QT_TRANSLATE_NOOP("Kinds", "Action plans"),
    "close": QT_TRANSLATE_NOOP("Kinds", "Closing and handouts"),
    "harvest": QT_TRANSLATE_NOOP("Kinds", "Harvest per group"),
    "initiatives": QT_TRANSLATE_NOOP("Kinds", "New initiatives and sign-ups"),
    "break": QT_TRANSLATE_NOOP("Kinds", "Break"),
    "text": QT_TRANSLATE_NOOP("Kinds", "Free text"),
    "experiments": QT_TRANSLATE_NOOP("Kinds", "Experiments"),
    "kenniskaart": QT_TRANSLATE_NOOP("Kinds", "Expertise map"),
    "leerkoppels": QT_TRANSLATE_NOOP("Kinds", "Learning pairs"),
    "intervisie": QT_TRANSLATE_NOOP("Kinds", "Intervisie"),
}


def kind_label(kind: str) -> str:
    """The kind's name in the UI language."""
    return QCoreApplication.translate("Kinds", KIND_NAMES.get(kind, kind))


def clock_text(seconds: float) -> str:
    """'12:05' for a countdown; '-02:10' when over time; hours when needed."""
    sign = "-" if seconds < 0 else ""
    s = int(abs(seconds) + (0.999 if seconds > 0 else 0))    # a countdown shows 0:01 until it is 0
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{sec:02d}" if h else f"{sign}{m:02d}:{sec:02d}"


def drift_text(seconds: float) -> str:
    """'12 min behind', '3 min ahead' or 'on schedule'."""
    minutes = round(seconds / 60)
    if minutes >= 1:
        return QCoreApplication.translate("LiveDay", "{n} min behind").format(n=minutes)
    if minutes <= -1:
        return QCoreApplication.translate("LiveDay", "{n} min ahead").format(n=-minutes)
    return QCoreApplication.translate("LiveDay", "on schedule")


class LiveDay(QObject):
    """Which meeting is live, the blank screen, the clock, and the day's commands."""

    state_changed = Signal()          # the meeting, its steps or their statuses changed
    ticked = Signal()                 # once a second: countdowns move
    blank_changed = Signal(str)
    appearance_changed = Signal()     # theme or font scale
    error_raised = Signal(object)     # a StartdagError for the UI to show

    def __init__(self, ctx: AppContext, clock: Callable[[], datetime] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Callable[[], datetime] = clock or datetime.now
        self.meeting_id: int | None = None
        self.blank = BLANK_NONE
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        ctx.changed.connect(self._on_changed)
        self.meeting_id = self._default_meeting()

    def _tick(self) -> None:
        self.ticked.emit()

    # ------------------------------------------------------------ state

    @property
    def store(self):
        """The open store."""
        return self.ctx.store

    def _default_meeting(self) -> int | None:
        store = self.store
        if store is None:
            return None
        meetings = trajectory.meetings(store)
        for m in meetings:
            if agenda.current(store, m.id) is not None:
                return m.id
        today = self.clock().date().isoformat()
        dated = sorted((m for m in meetings if m.date and m.date >= today), key=lambda m: m.date)
        if dated:
            return dated[0].id
        startdag = next((m for m in meetings if m.kind == "startdag"), None)
        return startdag.id if startdag else (meetings[0].id if meetings else None)

    def set_meeting(self, meeting_id: int | None) -> None:
        """Make another meeting the live one."""
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id
            self.state_changed.emit()

    def _on_changed(self, topic: str) -> None:
        if topic in (Topic.AGENDA, Topic.MEETINGS, Topic.TRAJECTORY) and self.store is not None:
            self.state_changed.emit()

    def now(self) -> datetime:
        """The injected clock's time."""
        return self.clock()

    def steps(self) -> list[agenda.Step]:
        """The live meeting's steps."""
        if self.store is None or self.meeting_id is None:
            return []
        return agenda.steps(self.store, self.meeting_id)

    def state(self) -> agenda.RunState | None:
        """The live meeting's run state."""
        if self.store is None or self.meeting_id is None:
            return None
        return agenda.state(self.store, self.meeting_id)

    def current(self) -> agenda.Step | None:
        """The running step."""
        st = self.state()
        return st.current if st else None

    def remaining(self) -> float | None:
        """Seconds left on the running step, or None."""
        step = self.current()
        return agenda.remaining_seconds(step, self.now()) if step else None

    def drift(self) -> float:
        """Seconds behind the plan (negative: ahead)."""
        if self.store is None or self.meeting_id is None:
            return 0.0
        return agenda.drift_seconds(self.store, self.meeting_id, self.now())

    # ------------------------------------------------------------ the day's commands

    def _call(self, fn, *args, **kwargs):
        if self.store is None or self.meeting_id is None or self.ctx.read_only:
            return None
        # the one error path; the banner chooses its words, so it gets the error itself
        return attempt(lambda: fn(*args, **kwargs), self.error_raised.emit, words=None)

    def start(self):
        """Start the live meeting (its first planned step runs)."""
        return self._call(lambda: agenda.start(self.store, self.meeting_id, self.now()))

    def next(self):
        """Finish the running step; the next planned one runs (starts the meeting if needed)."""
        return self._call(lambda: agenda.next_step(self.store, self.meeting_id, self.now()))

    def previous(self):
        """Back to the previous step."""
        return self._call(lambda: agenda.previous_step(self.store, self.meeting_id, self.now()))

    def skip(self, step_id: int | None = None):
        """Skip the running step, or toggle 'skipped' on a step that is not running (undoable)."""
        cur = self.current()
        if step_id is None or (cur is not None and cur.id == step_id):
            return self._call(lambda: agenda.skip_current(self.store, self.meeting_id, self.now()))
        store = self.store
        step = agenda.find(store, step_id) if store else None
        if step is None:
            return None
        want = step.status != "skipped"
        text = (QCoreApplication.translate("LiveDay", "Skip step") if want
                else QCoreApplication.translate("LiveDay", "Plan skipped step again"))
        return self._call(agenda_ops.set_skipped, self.ctx, text, step_id, want)

    def jump(self, step_id: int):
        """Run any step now."""
        return self._call(lambda: agenda.jump(self.store, step_id, self.now()))

    def toggle_pause(self):
        """Pause or resume the running step's timer."""
        return self._call(lambda: agenda.toggle_pause(self.store, self.meeting_id, self.now()))

    def extend(self, minutes: int = 5):
        """Give the running step more time."""
        return self._call(lambda: agenda.extend(self.store, self.meeting_id, minutes))

    def add_step(self, *, after_current: bool = False, index: int | None = None, kind: str = "text",
                 title: str | None = None, minutes: int = 10) -> int | None:
        """Add a step (undoable): after the running step, or at ``index``; return its id."""
        title = title or QCoreApplication.translate("LiveDay", "New step")
        text = (QCoreApplication.translate("LiveDay", "Insert step") if after_current
                else QCoreApplication.translate("LiveDay", "Add step"))
        return self._call(agenda_ops.add_step, self.ctx, text, self.meeting_id,
                          after_current=after_current, index=index, kind=kind, title=title,
                          minutes=minutes)

    def remove_step(self, step_id: int) -> bool:
        """Remove a step (undoable; undo brings it back under the same id); True when removed."""
        text = QCoreApplication.translate("LiveDay", "Remove step")
        return bool(self._call(lambda: agenda_ops.remove_step(self.ctx, text, step_id) or True))

    def update_step(self, step_id: int, text: str, **changes) -> None:
        """Edit a step's fields (undoable)."""
        store = self.store
        if store is None:
            return
        step = agenda.find(store, step_id)
        if step is None or all(getattr(step, k) == v for k, v in changes.items()):
            return
        self._call(agenda_ops.update_step, self.ctx, text, step_id, **changes)

    def move_step(self, step_id: int, index: int) -> None:
        """Move a step to another place in the order (undoable)."""
        self._call(agenda_ops.move_step, self.ctx,
                   QCoreApplication.translate("LiveDay", "Move step"), step_id, index)

    def apply_template(self, key: str) -> None:
        """Replace the live meeting's agenda with a template (undoable; a redo brings the
        template's steps back under the same ids)."""
        self._call(agenda_ops.apply_template, self.ctx,
                   QCoreApplication.translate("LiveDay", "Apply agenda template"),
                   self.meeting_id, key)

    def set_blank(self, mode: str) -> None:
        """Black, white or no blank screen on the projector."""
        if mode != self.blank:
            self.blank = mode
            self.blank_changed.emit(mode)


class AgendaModel(QAbstractListModel):
    """The live meeting's steps as a list; drag and drop reorders them (undoable)."""

    StepIdRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2
    KindRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, live: LiveDay, parent: QObject | None = None):
        super().__init__(parent)
        self.live = live
        self._steps: list[agenda.Step] = []
        self._meeting = live.meeting_id
        live.state_changed.connect(self._on_state)
        live.ctx.change_record.connect(self._on_record)
        self.beginResetModel()             # the model is new: a file opened
        self._steps = self.live.steps()
        self.endResetModel()

    def _on_state(self) -> None:
        # another meeting went live: its steps replace these (in place); an edit of this
        # meeting's steps comes as a change record (_on_record), read there by id
        if self.live.meeting_id != self._meeting:
            self.refresh()

    def _on_record(self, change) -> None:
        if not change.touches(Topic.AGENDA) or self.live.store is None:
            return
        ids = change.of(Topic.AGENDA)
        if ids is None:
            if not change.listed(Topic.AGENDA, agenda.RUNS):
                self.refresh()             # no ids: read the meeting's steps again
            return
        self._apply(ids)

    def _apply(self, ids) -> None:
        """Re-read only the named steps, and place them by the meeting's order (cheap)."""
        store, mid = self.live.store, self.live.meeting_id
        if mid is None:
            return
        fresh = {i: s for i, s in agenda.by_ids(store, ids.inserted | ids.updated).items()
                 if s.meeting_id == mid}
        if not fresh and not ids.all & {s.id for s in self._steps}:
            return                         # another meeting's steps: nothing shown changed
        by_id = {s.id: s for s in self._steps}
        by_id.update(fresh)
        new = [by_id[i] for i in agenda.order(store, mid) if i in by_id]
        apply_rows(self, QModelIndex(), self._steps, new, key=lambda s: s.id, columns=1)

    def refresh(self) -> None:
        """Bring the steps in line with the store, in place (selection and editors stay)."""
        self._meeting = self.live.meeting_id
        apply_rows(self, QModelIndex(), self._steps, self.live.steps(), key=lambda s: s.id,
                   columns=1)

    def step(self, row: int) -> agenda.Step | None:
        """The step on a row."""
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def row_of(self, step_id: int) -> int:
        """The row of a step id, or -1."""
        return next((i for i, s in enumerate(self._steps) if s.id == step_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        step = self.step(index.row()) if index.isValid() else None
        if step is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = {"running": "▶", "done": "✓", "skipped": "–"}.get(step.status, "·")
            return f"{mark}  {step.title} · {step.minutes}′"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._tooltip(step))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()     # only bold/strike-out set: the view's own size still applies
            if step.status == "running":
                font.setBold(True)
            if step.status == "skipped":
                font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and step.status in ("done", "skipped"):
            # between the text and the disabled colour: finished, yet readable
            pal = QApplication.palette()
            a = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
            b = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
            return QColor((a.red() * 3 + b.red() * 2) // 5, (a.green() * 3 + b.green() * 2) // 5,
                          (a.blue() * 3 + b.blue() * 2) // 5)
        if role == self.StepIdRole:
            return step.id
        if role == self.StatusRole:
            return step.status
        if role == self.KindRole:
            return step.kind
        return None

    def _tooltip(self, step: agenda.Step) -> str:
        status = {"planned": QCoreApplication.translate("AgendaModel", "Planned"),
                  "running": QCoreApplication.translate("AgendaModel", "Running"),
                  "done": QCoreApplication.translate("AgendaModel", "Done"),
                  "skipped": QCoreApplication.translate("AgendaModel", "Skipped")}[step.status]
        times = ""
        if step.started_at:
            times = " " + step.started_at[11:16]
            if step.ended_at:
                times += "–" + step.ended_at[11:16]
        return f"{kind_label(step.kind)} · {status}{times}"

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if self.live.ctx.read_only:
            return base
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            data.setData(MIME, QByteArray(str(self._steps[rows[0]].id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int,
                     parent: QModelIndex) -> bool:
        if not data.hasFormat(MIME) or self.live.ctx.read_only:
            return False
        try:
            step_id = int(bytes(data.data(MIME)).decode())
        except ValueError:
            return False
        old = self.row_of(step_id)
        if old < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._steps)
        target = row - 1 if row > old else row
        if target != old:
            # later, outside the view's drag loop: the model resets under the view
            QTimer.singleShot(0, self, lambda: self.live.move_step(step_id, target))
        return False   # the reset after the move redraws; the view must not remove rows itself


# No parent: a child of ctx that holds ctx gets deleted twice when the last reference to a
# Python-owned ctx goes away while its deleteLater is pending (seen as a segfault in tests).
def live_day(ctx: AppContext) -> LiveDay:
    """The shared LiveDay of the open trajectory."""
    return ctx.model(LIVE_KEY, lambda: LiveDay(ctx))


def agenda_model(ctx: AppContext) -> AgendaModel:
    """The shared agenda model of the open trajectory."""
    live = live_day(ctx)
    return ctx.model(AGENDA_KEY, lambda: AgendaModel(live))
