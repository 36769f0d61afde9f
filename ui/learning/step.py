"""The "Experimenten" step (kind "experiments"): the room's experiments, live.

Four views, kept in the step's settings (``{"view": …}``):

- board: every experiment by status, as on the console's board;
- propose: the room proposes experiments (type a title, Enter), picks the ones to run, and
  names the team, the ambassador and the learning pairs;
- results: what each experiment showed (the return meeting);
- spread: what spreads to which teams;
- stop: what stops, and why.

The console edits in a table (every cell an undoable command); the wall shows the cards.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sessions import agenda, experiments
from ui.learning.common import (
    DECISION_LABELS,
    RESULT_LABELS,
    STATUS_LABELS,
    label,
    tr,
)
from ui.learning.models import ExperimentsModel, add_experiment, change_command, notices, people

VIEW_LABELS = {
    "board": QT_TRANSLATE_NOOP("Peer", "The experiments board"),
    "propose": QT_TRANSLATE_NOOP("Peer", "Propose and pick experiments"),
    "results": QT_TRANSLATE_NOOP("Peer", "What each experiment showed"),
    "spread": QT_TRANSLATE_NOOP("Peer", "What spreads to other teams"),
    "stop": QT_TRANSLATE_NOOP("Peer", "What stops, and why"),
}
VIEW_COLUMNS = {
    "board": (("title", "status", "result", "team", "ambassador_id", "hours"), "all"),
    "propose": (("picked", "title", "team", "ambassador_id", "pairs", "status"), "open"),
    "results": (("title", "status", "result", "observed", "lesson"), "results"),
    "spread": (("title", "result", "decision", "spread_to", "decision_note"), "spread"),
    "stop": (("title", "result", "decision", "decision_note", "lesson"), "stop"),
}


def step_view(ctx, step_id: int) -> str:
    """The view a step shows (propose when unset)."""
    step = agenda.find(ctx.store, step_id) if step_id else None
    view = (step.settings.get("view") if step else None) or "propose"
    return view if view in VIEW_LABELS else "propose"


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the ambassador, status, result and decision columns."""

    def __init__(self, ctx, field: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.field = field

    def _choices(self) -> list[tuple[str, object]]:
        if self.field == "ambassador_id":
            return [(tr("(nobody yet)"), None)] + [
                (f"{name} ({team})" if team else name, pid) for pid, name, team in people(self.ctx)]
        if self.field == "status":
            return [(label(STATUS_LABELS, s), s) for s in experiments.STATUSES]
        if self.field == "result":
            return [(label(RESULT_LABELS, r), r) for r in ("", *experiments.RESULTS)]
        return [(label(DECISION_LABELS, d), d) for d in ("", *experiments.DECISIONS)]

    def createEditor(self, parent, option, index):  # noqa: N802
        box = QComboBox(parent)
        for text, value in self._choices():
            box.addItem(text, value)
        return box

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.showPopup()

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ExperimentsConsole(QWidget):
    """The facilitator's work area for the step."""

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.step_id = step_id
        self.view = step_view(ctx, step_id)
        self.view_box = QComboBox()
        for key in VIEW_LABELS:
            self.view_box.addItem(label(VIEW_LABELS, key), key)
        self.view_box.setCurrentIndex(self.view_box.findData(self.view))
        self.view_box.activated.connect(self._view_chosen)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(tr("The room proposes: type an experiment, Enter"))
        self.new_title.returnPressed.connect(self.add)
        add = QPushButton(tr("Add"))
        add.clicked.connect(self.add)
        self.add_button = add
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show:")))
        top.addWidget(self.view_box)
        top.addWidget(self.new_title, 1)
        top.addWidget(add)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#8a0000; font-weight:bold;")
        self.message.hide()
        notices(ctx).refused.connect(self._refused)
        self.table = QTableView()
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.hint = QLabel(tr("Double-click or F2 edits a cell; Space ticks 'Run'. The wall shows "
                              "the cards."))
        self.hint.setStyleSheet("color:#52606d;")
        layout.addWidget(self.hint)
        self.model: ExperimentsModel | None = None
        self._build_model()

    def _build_model(self) -> None:
        columns, which = VIEW_COLUMNS[self.view]
        old = self.model
        self.model = ExperimentsModel(self.ctx, columns, self, which=which)
        self.table.setModel(self.model)
        if old is not None:
            old.deleteLater()
        for i, field in enumerate(columns):
            if field in ("ambassador_id", "status", "result", "decision"):
                self.table.setItemDelegateForColumn(i, ChoiceDelegate(self.ctx, field, self.table))
            else:
                self.table.setItemDelegateForColumn(i, QStyledItemDelegate(self.table))
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(True)
        for i, field in enumerate(columns):
            mode = (QHeaderView.ResizeMode.Stretch if field in ("title", "lesson", "observed",
                                                                "decision_note", "pairs")
                    else QHeaderView.ResizeMode.ResizeToContents)
            hh.setSectionResizeMode(i, mode)
        self.new_title.setVisible(self.view == "propose")
        self.add_button.setVisible(self.view == "propose")

    def _view_chosen(self, index: int) -> None:
        view = self.view_box.itemData(index)
        if view == self.view:
            return
        step = agenda.get(self.ctx.store, self.step_id)
        store = self.ctx.store
        new = {**step.settings, "view": view}
        if change_command(self.ctx, tr("Show: {view}").format(view=label(VIEW_LABELS, view)),
                lambda: agenda.update(store, self.step_id, settings=new),
                lambda old: agenda.update(store, self.step_id, **old)):
            self.view = view
            self._build_model()

    def add(self) -> None:
        """Add the room's proposal as an idea (undoable)."""
        title = self.new_title.text().strip()
        if not title:
            return
        if add_experiment(self.ctx, title, tr("Add experiment '{title}'").format(title=title)):
            self.new_title.clear()
            self.table.scrollToBottom()

    def _refused(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
