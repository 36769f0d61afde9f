"""Theme groups step: the item models (group list, members, ranked choices) and the moves they carry.

The group list is one shared model (``ctx.model("groups.list")``) watched by both the
console and the projector.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
)

from sessions import agenda, assign, groups, participants
from sessions.changes import Change, Topic
from sessions.errors import StartdagError
from ui.commands import run
from ui.context import ModelKey
from ui.messages import error_text
from ui.people import people_model
from ui.plain import plain_tip
from ui.tables import apply_rows
from ui.theme import ink_on

MIME = "application/x-startdag-participant"
GroupIdRole = Qt.ItemDataRole.UserRole + 1
ParticipantIdRole = Qt.ItemDataRole.UserRole + 2
MembersRole = Qt.ItemDataRole.UserRole + 3
QuestionRole = Qt.ItemDataRole.UserRole + 4
LockedRole = Qt.ItemDataRole.UserRole + 5
GROUP_TOPICS = (Topic.GROUPS, Topic.PARTICIPANTS, Topic.ATTENDANCE, Topic.QUESTIONS)
PEOPLE_TOPICS = (Topic.GROUPS, Topic.PARTICIPANTS, Topic.ATTENDANCE)   # members, choices


def text_colour(background: str) -> QColor:
    """Black or white, whichever reads better on ``background`` (the one rule: ui.theme)."""
    return QColor(ink_on(background))


def meeting_of_step(ctx, step_id: int) -> int | None:
    """The meeting a step belongs to, else the check-in meeting."""
    step = agenda.find(ctx.store, step_id) if step_id else None
    return step.meeting_id if step else participants.checkin_meeting_id(ctx.store)


def result_text(result: assign.Result, tr) -> str:
    """'71 first choice, 9 second choice, 0 unplaced' (third and other only when there are any)."""
    parts = [QCoreApplication.translate("GroupsConsole", "{n} first choice").format(n=result.first),
             QCoreApplication.translate("GroupsConsole", "{n} second choice").format(n=result.second)]
    if result.third:
        parts.append(QCoreApplication.translate("GroupsConsole", "{n} third choice").format(n=result.third))
    if result.other:
        parts.append(QCoreApplication.translate("GroupsConsole", "{n} in a group they did not choose").format(n=result.other))
    parts.append(QCoreApplication.translate("GroupsConsole", "{n} unplaced").format(n=result.unplaced))
    return ", ".join(parts)


def caps_error_text(error: StartdagError, tr) -> str:
    """A clear sentence for sizes that cannot work, else the general error text."""
    p = error.params
    if p.get("field") != "caps":
        return error_text(error)
    reason = p.get("reason")
    if reason == "too_many":
        return QCoreApplication.translate("GroupsConsole", "{people} people are present, but the maximum sizes hold only {capacity}. "
                  "Raise the maximum or add a group.").format(**p)
    if reason == "too_few":
        return QCoreApplication.translate("GroupsConsole", "{people} people are present, but the minimum sizes need {minimum}. "
                  "Lower the minimum or remove a group.").format(**p)
    if reason == "min_above_max":
        return QCoreApplication.translate("GroupsConsole", "The minimum size is larger than the maximum.")
    if reason == "locked_over_max":
        return QCoreApplication.translate("GroupsConsole", "More people are locked in a group than its maximum allows.")
    if reason == "no_groups":
        return QCoreApplication.translate("GroupsConsole", "There are no groups yet.")
    return QCoreApplication.translate("GroupsConsole", "These group sizes cannot be met.")


# ---------------------------------------------------------------- models


def group_list_model(ctx) -> GroupListModel:
    """The one shared group list (groups console, actions console)."""
    return ctx.model(ModelKey.GROUPS, lambda: GroupListModel(ctx))


class GroupListModel(QAbstractListModel):
    """The theme groups: name (editable), colour, question and member names. Shared."""

    about_to_update = Signal()   # before an edit is applied in place
    updated = Signal()           # after an edit was applied in place

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[groups.Group] = []
        self._members: dict[int, list[str]] = {}
        self._placed: set[int] = set()
        ctx.change_record.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        """Update in place; a check-in or someone outside every group changes nothing here."""
        if self.ctx.store is None:
            return
        if change.touches(Topic.GROUPS):
            if (not change.listed(Topic.GROUPS) or change.of(Topic.GROUPS)
                    or change.of(groups.MEMBERS)):
                self._update()                 # not when only someone's choices changed
        elif change.touches(Topic.QUESTIONS):
            ids = change.of(Topic.QUESTIONS)
            if ids is None or ids.all & {g.question_id for g in self._rows}:
                self._update()
        elif change.touches(Topic.PARTICIPANTS):
            ids = change.of(Topic.PARTICIPANTS)
            if ids is None or ids.all & self._placed:
                self._update()

    def _read(self) -> tuple[list[groups.Group], dict[int, list[str]], set[int]]:
        store = self.ctx.store
        if not store:
            return [], {}, set()
        everyone = people_model(self.ctx)
        names = everyone.names()
        placed = groups.memberships(store)
        members: dict[int, list[str]] = {}
        for pid, (gid, _locked) in sorted(placed.items(),
                                          key=lambda kv: everyone.row_of(kv[0]) or 0):
            members.setdefault(gid, []).append(names.get(pid, ""))
        return groups.groups(store), members, set(placed)

    def refresh(self) -> None:
        """Reload from the store (a reset: a file opened)."""
        self.beginResetModel()
        self._rows, self._members, self._placed = self._read()
        self.endResetModel()

    def _update(self) -> None:
        self.about_to_update.emit()
        rows, members, self._placed = self._read()
        before = self._members
        apply_rows(self, QModelIndex(), self._rows, rows, key=lambda g: g.id, columns=1)
        self._members = members
        changed = [i for i, g in enumerate(self._rows) if before.get(g.id) != members.get(g.id)]
        if changed:   # the member count in the name, the member names
            self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
        self.updated.emit()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def group(self, row: int) -> groups.Group:
        """The group on a row."""
        return self._rows[row]

    def row_of(self, group_id: int) -> int:
        """The row of a group id, or -1."""
        return next((i for i, g in enumerate(self._rows) if g.id == group_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        g = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{index.row() + 1}  {g.name}  ({len(self._members.get(g.id, []))})"
            return g.name
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(g.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(g.question_text)
        if role == QuestionRole:
            return g.question_text
        if role == GroupIdRole:
            return g.id
        if role == MembersRole:
            return list(self._members.get(g.id, []))
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if not self.ctx.read_only else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        g = self._rows[index.row()]
        name = str(value).strip()
        if not name or name == g.name:
            return False
        store = self.ctx.store
        try:
            old = groups.rename_group(store, g.id, name)
        except StartdagError:
            return False
        # already done: push a command whose first redo is skipped
        self.ctx.undo_stack.push(_done(self.tr("Rename group"),
                                       lambda: groups.rename_group(store, g.id, name),
                                       lambda: groups.rename_group(store, g.id, old),
                                       self.ctx.undo_stack))
        return True


def _done(text, do, undo, stack):
    from ui.commands import Command

    return Command(text, do, undo, stack)


class MembersModel(QAbstractListModel):
    """The people in one group (``group_id``), or the present people not placed (None).

    Drag a person out, drop a person in: the drop moves them (undoable).
    """

    moved = Signal()

    def __init__(self, ctx, group_id: int | None, meeting_id: int | None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.group_id = group_id
        self.meeting_id = meeting_id
        self._rows: list[tuple[int, str, bool]] = []
        ctx.change_record.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if self.ctx.store is None or not change.touches(*PEOPLE_TOPICS):
            return
        if change.touches(Topic.GROUPS) and change.listed(Topic.GROUPS) and not (
                change.of(Topic.GROUPS) or change.of(groups.MEMBERS)) and not change.touches(
                Topic.PARTICIPANTS, Topic.ATTENDANCE):
            return                     # only someone's choices: nobody moved
        apply_rows(self, QModelIndex(), self._rows, self._read(), key=lambda r: r[0], columns=1)

    def _read(self) -> list[tuple[int, str, bool]]:
        store = self.ctx.store
        if not store:
            return []
        placed = groups.memberships(store)
        everyone = people_model(self.ctx).people
        if self.group_id is None:
            present = {p.id for p in groups.people(store, self.meeting_id)}
            return [(p.id, p.display_name, False) for p in everyone
                    if p.id in present and p.id not in placed]
        return [(p.id, p.display_name, placed[p.id][1]) for p in everyone
                if placed.get(p.id, (None,))[0] == self.group_id]

    def refresh(self) -> None:
        """Reload from the store (a reset: the model is new)."""
        self.beginResetModel()
        self._rows = self._read()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        pid, name, locked = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name} (locked)").format(name=name) if locked else name
        if role == Qt.ItemDataRole.FontRole and locked:
            f = QFont()
            f.setBold(True)
            return f
        if role == ParticipantIdRole:
            return pid
        if role == LockedRole:
            return locked
        return None

    def flags(self, index):
        base = super().flags(index)
        if self.ctx.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        ids = sorted({self._rows[i.row()][0] for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MIME, QByteArray(",".join(map(str, ids)).encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME) and not self.ctx.read_only

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        raw = bytes(data.data(MIME).data()).decode()
        ids = [int(x) for x in raw.split(",") if x.strip().isdigit()]
        ids = [pid for pid in ids if all(pid != r[0] for r in self._rows)]
        if not ids:
            return False
        move_people(self.ctx, ids, self.group_id, self.tr("Move to another group"))
        self.moved.emit()
        return True

    def removeRows(self, row, count, parent=QModelIndex()) -> bool:  # noqa: B008
        return False  # a move is done by the drop; the drag source keeps nothing to remove


def move_people(ctx, ids: list[int], group_id: int | None, text: str) -> None:
    """Move people to a group (None: out of every group), undoably; a lock stays with them."""
    store = ctx.store
    current = groups.memberships(store)
    changes = {pid: (None if group_id is None else (group_id, current.get(pid, (0, False))[1]))
               for pid in ids}
    before: dict = {}

    def do():
        before.update(groups.set_memberships(store, changes))

    run(ctx.undo_stack, text, do, lambda: groups.set_memberships(store, dict(before)))


CHOICE_COLUMNS = ("name", "area", "first", "second", "third", "group")


class ChoicesModel(QAbstractTableModel):
    """The present people with their ranked choices and their group (read-only table)."""

    HEADERS = {"name": QT_TRANSLATE_NOOP("ChoicesModel", "Name"),
               "area": QT_TRANSLATE_NOOP("ChoicesModel", "Area"),
               "first": QT_TRANSLATE_NOOP("ChoicesModel", "1st choice"),
               "second": QT_TRANSLATE_NOOP("ChoicesModel", "2nd choice"),
               "third": QT_TRANSLATE_NOOP("ChoicesModel", "3rd choice"),
               "group": QT_TRANSLATE_NOOP("ChoicesModel", "Group")}

    def __init__(self, ctx, meeting_id: int | None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self._rows: list[tuple] = []
        ctx.change_record.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if self.ctx.store is not None and change.touches(*PEOPLE_TOPICS):
            apply_rows(self, QModelIndex(), self._rows, self._read(), key=lambda r: r[0],
                       columns=len(CHOICE_COLUMNS))

    def _read(self) -> list[tuple]:
        store = self.ctx.store
        rows: list[tuple] = []
        if store:
            names = {g.id: groups.numbered(n, g.name)   # the wall's numbers, the keys typed
                     for n, g in enumerate(groups.groups(store), start=1)}
            ranked = groups.choices(store)
            placed = groups.memberships(store)
            present = {p.id for p in groups.people(store, self.meeting_id)}
            for p in people_model(self.ctx).people:
                if p.id not in present:
                    continue
                ch = ranked.get(p.id, []) + [None, None, None]
                rows.append((p.id, p.display_name, p.area,
                             *(names.get(g, "") if g else "" for g in ch[:3]),
                             names.get(placed.get(p.id, (None,))[0], "")))
        return rows

    def refresh(self) -> None:
        """Reload from the store (a reset: the model is new)."""
        self.beginResetModel()
        self._rows = self._read()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CHOICE_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ChoicesModel", self.HEADERS[CHOICE_COLUMNS[section]])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column() + 1]
        if role == ParticipantIdRole:
            return row[0]
        return None

    def row_of(self, participant_id: int) -> int:
        """The row of a person, or -1."""
        return next((i for i, r in enumerate(self._rows) if r[0] == participant_id), -1)

