"""The form for a new trajectory, and for editing its details later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessions.trajectory import MEETING_KINDS
from ui.widgets import DateField


def meeting_label(kind: str) -> str:
    """The translated name of a meeting kind."""
    from PySide6.QtCore import QCoreApplication

    names = {"bouwsessie": QCoreApplication.translate("Meetings", "Preparation session (bouwsessie)"),
             "startdag": QCoreApplication.translate("Meetings", "Kickoff day (startdag)"),
             "oogstsessie": QCoreApplication.translate("Meetings", "Harvest session (oogstsessie)")}
    return names.get(kind, kind)


class TrajectoryDialog(QDialog):
    """Title, organisation, concept, competences, facilitators and the three meetings."""

    def __init__(self, parent: QWidget | None = None, *, values: dict | None = None,
                 new: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New trajectory") if new else self.tr("Trajectory details"))
        self.setMinimumWidth(640)
        values = values or {}

        self.title = QLineEdit(values.get("title", ""))
        self.title.setPlaceholderText(self.tr("e.g. Eigen leerproces gebiedsnetwerkers"))
        self.organisation = QLineEdit(values.get("organisation", ""))
        self.organisation.setPlaceholderText(self.tr("e.g. Gemeente Rotterdam"))
        self.concept = QLineEdit(values.get("concept", ""))
        self.concept.setPlaceholderText(self.tr("e.g. netwerken"))
        self.competences = QPlainTextEdit("\n".join(values.get("competences", [])))
        self.competences.setPlaceholderText(self.tr("One per line, e.g.\ninitiatief tonen\n"
                                                    "verantwoordelijkheid nemen"))
        self.competences.setMaximumHeight(80)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Concept of the day:"), self.concept)
        form.addRow(self.tr("Co&mpetences:"), self.competences)

        self.facilitators = QTableWidget(3, 3)
        self.facilitators.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Phone")])
        self.facilitators.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.facilitators.verticalHeader().hide()
        self.facilitators.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.facilitators.setMaximumHeight(130)
        for row, f in enumerate(values.get("facilitators", [])[:3]):
            for col, key in enumerate(("name", "email", "phone")):
                self.facilitators.setItem(row, col, QTableWidgetItem(f.get(key, "")))
        fac_box = QGroupBox(self.tr("Facilitators"))
        QVBoxLayout(fac_box).addWidget(self.facilitators)

        meet_box = QGroupBox(self.tr("Meetings"))
        grid = QGridLayout(meet_box)
        grid.addWidget(QLabel(self.tr("Date")), 0, 1)
        grid.addWidget(QLabel(self.tr("Venue")), 0, 2)
        self.meeting_dates: dict[str, DateField] = {}
        self.meeting_venues: dict[str, QLineEdit] = {}
        meetings = {m["kind"]: m for m in values.get("meetings", [])}
        for row, kind in enumerate(MEETING_KINDS, start=1):
            # a year-less date counts from the meeting before (the first: from today)
            before = list(self.meeting_dates.values())
            date_edit = DateField(none_text=self.tr("no date yet"),
                                  reference=lambda before=before: next(
                                      (f.value() for f in reversed(before) if f.value()), None))
            date_edit.set_iso(meetings.get(kind, {}).get("date", ""))
            venue = QLineEdit(meetings.get(kind, {}).get("venue", ""))
            grid.addWidget(QLabel(meeting_label(kind)), row, 0)
            grid.addWidget(date_edit, row, 1)
            grid.addWidget(venue, row, 2)
            self.meeting_dates[kind] = date_edit
            self.meeting_venues[kind] = venue

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if new:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create…"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(fac_box)
        layout.addWidget(meet_box)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.title.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("A title is required."))
            self.title.setFocus()
            return
        super().accept()

    def values(self) -> dict:
        """What the user typed, in the shape ``Store.create`` takes."""
        facilitators = []
        for row in range(self.facilitators.rowCount()):
            cells = [self.facilitators.item(row, c) for c in range(3)]
            name, email, phone = ((c.text().strip() if c else "") for c in cells)
            if name or email or phone:
                facilitators.append({"name": name, "email": email, "phone": phone})
        meetings = []
        for kind in MEETING_KINDS:
            meetings.append({
                "kind": kind, "title": kind.capitalize(),
                "date": self.meeting_dates[kind].iso(),
                "venue": self.meeting_venues[kind].text().strip()})
        return {
            "title": self.title.text().strip(),
            "organisation": self.organisation.text().strip(),
            "concept": self.concept.text().strip(),
            "competences": [c.strip() for c in self.competences.toPlainText().splitlines()
                            if c.strip()],
            "facilitators": facilitators,
            "meetings": meetings,
        }
