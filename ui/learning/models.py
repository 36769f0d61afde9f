"""Item models of the "Leren van elkaar" area and the commands their edits take.

Every edit goes command -> service -> one transaction -> change notice -> these models,
which update in place (:func:`ui.learning.common.sync_rows`), never by a reset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from sessions import budget, experiments, expertise, intake
from sessions.changes import Topic
from ui.learning.common import (
    ACTIVITY_LABELS,
    DECISION_LABELS,
    ID_ROLE,
    RESULT_LABELS,
    SERVES_LABELS,
    STAGE_LABELS,
    STATUS_LABELS,
    column_changed,
    hours_text,
    label,
    peer_error_text,
    short_date,
    sync_rows,
    titles_after,
)
from ui.operations import added, changed, removed, succeeded
from ui.people import people_model
from ui.tables import ListTableModel, apply_rows

_ROOT = QModelIndex()
RESULT_TINTS = {"werkt": "#d5efe6", "deels": "#fbecc8", "niet": "#f8d9c6"}   # as on the PDFs


class Notices(QObject):
    """Where a refused edit is said: pages show ``refused`` in their message line."""

    refused = Signal(str)
    saved = Signal(str)         # a document was written: where


def notices(ctx) -> Notices:
    """The open trajectory's one notice channel for this area."""
    return ctx.model("peer.notices", lambda: Notices(ctx))


def _writable(ctx) -> bool:
    """An edit may be tried: a trajectory is open and not read-only (else say so)."""
    if ctx.store is None:
        return False
    if ctx.read_only:
        from ui.learning.common import tr

        notices(ctx).refused.emit(tr("This trajectory is open read-only; changes are not possible."))
        return False
    return True


def edit_experiment(ctx, experiment_id: int, text: str, **changes) -> bool:
    """Change an experiment (undoable)."""
    store = ctx.store
    return change_command(ctx, text,
            lambda: experiments.update(store, experiment_id, **changes),
            lambda old: experiments.put_back(store, experiment_id, old))


def change_command(ctx, text: str, apply: Callable[[], Any], revert: Callable[[Any], Any]) -> bool:
    """An undoable change: ``apply`` returns the old values that ``revert`` writes back."""
    return _writable(ctx) and succeeded(lambda: changed(ctx.undo_stack, text, apply, revert),
                                        notices(ctx).refused.emit, peer_error_text)


def add_command(ctx, text: str, add: Callable[[], int], remove: Callable[[int], Any],
                restore: Callable[[Any], None]) -> int | None:
    """An undoable add whose redo brings back the same id (``restore`` of what ``remove``
    returned on undo); the new id, or None when the domain refused it."""
    new: list = []
    if _writable(ctx) and succeeded(lambda: new.append(added(ctx.undo_stack, text, add, remove,
                                                             restore)),
                                    notices(ctx).refused.emit, peer_error_text):
        return new[0]
    return None


def remove_command(ctx, text: str, remove: Callable[[], Any],
                   restore: Callable[[Any], None]) -> bool:
    """An undoable removal whose undo restores the snapshot ``remove`` returned."""
    return _writable(ctx) and succeeded(lambda: removed(ctx.undo_stack, text, remove, restore),
                                        notices(ctx).refused.emit, peer_error_text)


def add_experiment(ctx, title: str, text: str, **values) -> int | None:
    """Add an experiment (undoable); return its id."""
    store = ctx.store
    return add_command(ctx, text, lambda: experiments.add(store, title, **values),
                       lambda eid: experiments.delete(store, eid),
                       lambda snap: experiments.restore(store, snap))


def delete_experiment(ctx, experiment_id: int, text: str) -> bool:
    """Delete an experiment with its evidence (undoable, hours come back linked)."""
    store = ctx.store
    return remove_command(ctx, text, lambda: experiments.delete(store, experiment_id),
                          lambda snap: experiments.restore(store, snap))


def people(ctx) -> list[tuple[int, str, str]]:
    """(id, name, team) of everyone, in Dutch order."""
    return list(people_model(ctx).triples())


# ---------------------------------------------------------------- experiments


COLUMN_TITLES = {
    "picked": QT_TRANSLATE_NOOP("Peer", "Run"),
    "title": QT_TRANSLATE_NOOP("Peer", "Experiment"),
    "team": QT_TRANSLATE_NOOP("Peer", "Team"),
    "ambassador_id": QT_TRANSLATE_NOOP("Peer", "Ambassador"),
    "pairs": QT_TRANSLATE_NOOP("Peer", "Learning pairs"),
    "status": QT_TRANSLATE_NOOP("Peer", "Status"),
    "result": QT_TRANSLATE_NOOP("Peer", "Result"),
    "observed": QT_TRANSLATE_NOOP("Peer", "What happened"),
    "lesson": QT_TRANSLATE_NOOP("Peer", "Lesson"),
    "decision": QT_TRANSLATE_NOOP("Peer", "Decision"),
    "spread_to": QT_TRANSLATE_NOOP("Peer", "Spread to teams"),
    "decision_note": QT_TRANSLATE_NOOP("Peer", "Why"),
    "hypothesis": QT_TRANSLATE_NOOP("Peer", "We believe that…"),
    "hours": QT_TRANSLATE_NOOP("Peer", "Hours"),
}
TEXT_COLUMNS = {"title", "team", "observed", "lesson", "decision_note", "hypothesis", "spread_to",
                "pairs"}
CHOICE_COLUMNS = {"ambassador_id", "status", "result", "decision"}
FILTERS = {
    "all": lambda e: True,
    "open": lambda e: e.status in ("idee", "gepland"),
    "results": lambda e: e.status in ("loopt", "afgerond", "gestopt"),
    "spread": lambda e: e.result in ("werkt", "deels") or e.decision == "spread",
    "stop": lambda e: e.result == "niet" or e.status == "gestopt" or e.decision == "stop",
    **{s: (lambda e, s=s: e.status == s) for s in experiments.STATUSES},
}


class ExperimentsModel(ListTableModel):
    """Experiments as a table with chosen columns; cells edit through undoable commands."""

    CONTEXT = "Peer"

    def __init__(self, ctx, columns: tuple[str, ...], parent=None, *, which: str = "all"):
        super().__init__(parent)
        self.ctx = ctx
        self.fields = columns
        self.COLUMNS = tuple(COLUMN_TITLES[c] for c in columns)
        self.which = which
        self.rows: list[experiments.Experiment] = []
        self.names: dict[int, str] = {}
        self.hours: dict[int, float] = {}
        ctx.change_record.connect(self._on_record)
        self.refresh()

    def _on_record(self, change) -> None:
        """Apply one commit: re-read only the experiments it names (in board order), the
        hours when hours changed, the names when people changed; everything only when the
        record has no ids for the experiments."""
        store = self.ctx.store
        if store is None or store.conn is None or not change.touches(
                Topic.EXPERIMENTS, Topic.HOURS, Topic.PARTICIPANTS):
            return
        ids = change.of(Topic.EXPERIMENTS)
        if change.touches(Topic.EXPERIMENTS) and ids is None and not change.listed(
                Topic.EXPERIMENTS, experiments.EVIDENCE, experiments.METHODS, experiments.SHARES):
            self.refresh()
            return
        beside = []                        # columns read beside the experiments, if shown
        if change.touches(Topic.PARTICIPANTS) and "ambassador_id" in self.fields:
            self.names = {pid: name for pid, name, _ in people(self.ctx)}
            beside.append("ambassador_id")
        if (change.touches(Topic.HOURS) or ids is not None) and "hours" in self.fields:
            self.hours = budget.hours_per_experiment(store)
            beside.append("hours")
        if ids is not None:
            keep = FILTERS[self.which]
            by_id = {e.id: e for e in self.rows}
            for eid in ids.deleted:
                by_id.pop(eid, None)
            for eid, e in experiments.by_ids(store, ids.inserted | ids.updated).items():
                if keep(e):
                    by_id[eid] = e
                else:
                    by_id.pop(eid, None)    # it left this view's filter (a board column)
            apply_rows(self, _ROOT, self.rows, [by_id[i] for i in experiments.order(store)
                                                if i in by_id],
                       key=lambda e: e.id, columns=max(1, len(self.fields)))
        for col, field in enumerate(self.fields):
            if field in beside and self.rows:
                self.dataChanged.emit(self.index(0, col), self.index(len(self.rows) - 1, col))

    def refresh(self) -> None:
        """Read the experiments again and update the rows in place."""
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        self.names = {pid: name for pid, name, _ in people(self.ctx)}
        self.hours = budget.hours_per_experiment(store)
        keep = FILTERS[self.which]
        sync_rows(self, self.rows, [e for e in experiments.experiments(store) if keep(e)])

    def row_of(self, experiment_id: int) -> int:
        """The row of an experiment, or -1."""
        return next((i for i, e in enumerate(self.rows) if e.id == experiment_id), -1)

    def _text(self, e: experiments.Experiment, field: str) -> str:
        if field == "ambassador_id":
            return self.names.get(e.ambassador_id, "")
        if field == "pairs":
            return "\n".join(p["label"] for p in e.pairs)
        if field == "status":
            return label(STATUS_LABELS, e.status)
        if field == "result":
            return label(RESULT_LABELS, e.result) if e.result else ""
        if field == "decision":
            if e.decision == "spread":
                return label(DECISION_LABELS, "spread") + ": " + ", ".join(e.spread_to)
            return label(DECISION_LABELS, e.decision) if e.decision else ""
        if field == "spread_to":
            return ", ".join(e.spread_to)
        if field == "hours":
            return hours_text(self.hours.get(e.id, 0.0))
        if field == "picked":
            return ""
        return str(getattr(e, field))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        field = self.fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, field)
        if role == Qt.ItemDataRole.EditRole:
            if field in ("ambassador_id", "status", "result", "decision"):
                return getattr(e, field)
            return self._text(e, field)
        if role == Qt.ItemDataRole.CheckStateRole and field == "picked":
            return Qt.CheckState.Checked if e.picked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and field == "result" and e.result:
            return QBrush(QColor(RESULT_TINTS[e.result]))
        if role == Qt.ItemDataRole.ToolTipRole and field in ("title", "hypothesis", "lesson"):
            return "\n\n".join(x for x in (e.title, e.hypothesis, e.lesson) if x)
        if role == ID_ROLE:
            return e.id
        return None

    def flags(self, index):
        base = super().flags(index)
        if not index.isValid() or self.ctx.read_only:
            return base
        field = self.fields[index.column()]
        if field == "picked":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if field in TEXT_COLUMNS or field in CHOICE_COLUMNS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid():
            return False
        e = self.rows[index.row()]
        field = self.fields[index.column()]
        if field == "picked" and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            text = (self.tr("Pick '{title}' to run") if on else self.tr("Unpick '{title}'"))
            return edit_experiment(self.ctx, e.id, text.format(title=e.title), picked=on)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if field == "spread_to":
            value = [t.strip() for t in str(value).split(",") if t.strip()]
            if value == e.spread_to:
                return False
            changes = {"spread_to": value}
            if value and not e.decision:
                changes["decision"] = "spread"
        elif field == "pairs":
            labels = [x.strip() for x in str(value).splitlines() if x.strip()]
            if labels == [p["label"] for p in e.pairs]:
                return False
            return set_pairs(self.ctx, e.id, [{"pair_id": next(
                (p["pair_id"] for p in e.pairs if p["label"] == lab), None), "label": lab}
                for lab in labels], e.title)
        else:
            if value == getattr(e, field):
                return False
            changes = {field: value}
        return edit_experiment(self.ctx, e.id, self.tr("Edit '{title}'").format(title=e.title),
                               **changes)


def set_pairs(ctx, experiment_id: int, pairs: list[dict], title: str) -> bool:
    """Name the learning pairs of an experiment (undoable)."""
    store = ctx.store
    from ui.learning.common import tr

    return change_command(ctx, tr("Learning pairs of '{title}'").format(title=title),
            lambda: experiments.set_pairs(store, experiment_id, pairs),
            lambda old: experiments.set_pairs(store, experiment_id, old))


# ---------------------------------------------------------------- the ledger


class LedgerModel(ListTableModel):
    """The advice-hour ledger, newest first; date, adviser, hours and note edit in place."""

    CONTEXT = "Peer"
    COLUMNS = (QT_TRANSLATE_NOOP("Peer", "Date"), QT_TRANSLATE_NOOP("Peer", "Adviser"),
               QT_TRANSLATE_NOOP("Peer", "Hours"), QT_TRANSLATE_NOOP("Peer", "Activity"),
               QT_TRANSLATE_NOOP("Peer", "For"), QT_TRANSLATE_NOOP("Peer", "Note"))
    EDITABLE = {0: "date", 1: "adviser", 2: "hours", 5: "note"}

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[budget.Entry] = []
        self.titles: dict[int, str] = {}
        ctx.change_record.connect(self._on_record)
        self.refresh()

    def _on_record(self, change) -> None:
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        if change.changed(Topic.HOURS):
            self.refresh()
        elif (titles := titles_after(store, self.titles, change)) is not None:
            self.titles = titles           # an experiment's title shows in "For"
            column_changed(self, 4)

    def refresh(self) -> None:
        """Read the ledger again and update the rows in place."""
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        self.titles = {e.id: e.title for e in experiments.experiments(store)}
        sync_rows(self, self.rows, list(reversed(budget.entries(store))))

    def row_of(self, entry_id: int) -> int:
        """The row of a ledger line, or -1."""
        return next((i for i, e in enumerate(self.rows) if e.id == entry_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        x = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return x.date if role == Qt.ItemDataRole.EditRole else short_date(x.date)
            if col == 1:
                return x.adviser
            if col == 2:
                return hours_text(x.hours)
            if col == 3:
                return label(ACTIVITY_LABELS, x.activity)
            if col == 4:
                return self.titles.get(x.experiment_id) or (
                    label(SERVES_LABELS, x.serves) if x.serves else "")
            return x.note
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return x.id
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE and not self.ctx.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        x = self.rows[index.row()]
        field = self.EDITABLE.get(index.column())
        if field is None:
            return False
        store = self.ctx.store
        from ui.learning.common import tr

        return change_command(self.ctx, tr("Edit hours of {date}").format(date=short_date(x.date)),
                lambda: budget.update(store, x.id, **{field: value}),
                lambda old: budget.update(store, x.id, **old))


# ---------------------------------------------------------------- ways of working, the log


class AmbassadorsModel(ListTableModel):
    """The ambassadors of one way of working, with their stage on study → try → share."""

    CONTEXT = "Peer"
    COLUMNS = (QT_TRANSLATE_NOOP("Peer", "Ambassador"), QT_TRANSLATE_NOOP("Peer", "Team"),
               QT_TRANSLATE_NOOP("Peer", "Stage"), QT_TRANSLATE_NOOP("Peer", "Since"))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.method_id: int | None = None
        self.rows: list[experiments.Ambassador] = []
        ctx.change_record.connect(self._on_record)

    def _on_record(self, change) -> None:
        if change.changed(Topic.EXPERIMENTS, experiments.METHODS) or change.touches(
                Topic.PARTICIPANTS):
            self.refresh()

    def set_method(self, method_id: int | None) -> None:
        """Show the ambassadors of this way of working."""
        self.method_id = method_id
        self.refresh()

    def refresh(self) -> None:
        """Read again and update in place."""
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        m = next((m for m in experiments.methods(store) if m.id == self.method_id), None)
        sync_rows(self, self.rows, m.ambassadors if m else [], key=lambda a: a.participant_id)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (a.name, a.team, label(STAGE_LABELS, a.stage), short_date(a.since))[index.column()]
        if role == ID_ROLE:
            return a.participant_id
        return None


class SharesModel(ListTableModel):
    """The team-meeting log: who shared what, when, for which experiment."""

    CONTEXT = "Peer"
    COLUMNS = (QT_TRANSLATE_NOOP("Peer", "Date"), QT_TRANSLATE_NOOP("Peer", "Team"),
               QT_TRANSLATE_NOOP("Peer", "Who"), QT_TRANSLATE_NOOP("Peer", "What was shared"),
               QT_TRANSLATE_NOOP("Peer", "Experiment"))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[experiments.Share] = []
        self.titles: dict[int, str] = {}
        ctx.change_record.connect(self._on_record)
        self.refresh()

    def _on_record(self, change) -> None:
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        if change.changed(Topic.EXPERIMENTS, experiments.SHARES) or change.touches(
                Topic.PARTICIPANTS):
            self.refresh()
        elif (titles := titles_after(store, self.titles, change)) is not None:
            self.titles = titles           # an experiment's title shows in the last column
            column_changed(self, 4)

    def refresh(self) -> None:
        """Read again and update in place."""
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        self.titles = {e.id: e.title for e in experiments.experiments(store)}
        sync_rows(self, self.rows, experiments.shares(store))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (short_date(s.date), s.team, s.name, s.what,
                    self.titles.get(s.experiment_id, ""))[index.column()]
        if role == ID_ROLE:
            return s.id
        return None


class GoalsModel(ListTableModel):
    """The organisation's goals (shared with the expertise map); titles edit in place."""

    CONTEXT = "Peer"
    COLUMNS = (QT_TRANSLATE_NOOP("Peer", "Goal"),)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[intake.Goal] = []
        ctx.change_record.connect(self._on_record)
        self.refresh()

    def _on_record(self, change) -> None:
        # the same goals as the expertise map's: renamed there, they show here too
        if change.changed(Topic.GOALS) or change.changed(Topic.EXPERTISE, expertise.GOAL_ROWS):
            self.refresh()

    def refresh(self) -> None:
        """Read again and update in place."""
        store = self.ctx.store
        if store is None or store.conn is None:
            return
        sync_rows(self, self.rows, intake.goals(store))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        g = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return g.title
        if role == ID_ROLE:
            return g.id
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if not self.ctx.read_only else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        g = self.rows[index.row()]
        if str(value).strip() == g.title:
            return False
        store = self.ctx.store
        from ui.learning.common import tr

        return change_command(self.ctx, tr("Rename goal"),
                lambda: intake.rename_goal(store, g.id, str(value)),
                lambda old: intake.rename_goal(store, g.id, old))
