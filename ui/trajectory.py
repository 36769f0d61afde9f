"""The "Trajectory" tab (OverviewPage): what this trajectory is, its meetings and its people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QPushButton, QVBoxLayout, QWidget

from sessions import participants, trajectory
from sessions.changes import Topic
from ui.context import AppContext
from ui.dates import format_date
from ui.theme import scale_font
from ui.trajectory_dialog import meeting_label
from ui.widgets import RefreshWhenShown, plain_label


class OverviewPage(QWidget):
    """Read-only summary; 'Trajectory details…' edits it."""

    def __init__(self, ctx: AppContext, edit_action, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.heading = plain_label()
        scale_font(self.heading, 2, bold=True)
        self.organisation = plain_label()
        self.concept = plain_label()
        self.competences = plain_label()
        self.facilitators = plain_label()
        self.meetings = plain_label()
        self.people = plain_label()
        form = QFormLayout()
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Concept:"), self.concept)
        form.addRow(self.tr("Competences:"), self.competences)
        form.addRow(self.tr("Facilitators:"), self.facilitators)
        form.addRow(self.tr("Meetings:"), self.meetings)
        form.addRow(self.tr("Participants:"), self.people)
        edit = QPushButton(edit_action.text().replace("&", ""))
        edit.clicked.connect(edit_action.trigger)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._front = RefreshWhenShown(self, self.refresh)
        ctx.change_record.connect(self._on_record)
        ctx.store_opened.connect(self.refresh)

    def _on_record(self, change) -> None:
        """Read again what a commit changed that this page shows: the details, the meetings,
        or how many people there are (an edit of someone's role leaves the count alone)."""
        people = change.of(Topic.PARTICIPANTS) if change.touches(Topic.PARTICIPANTS) else False
        if change.touches(Topic.TRAJECTORY, Topic.MEETINGS) or people is None or (
                people and (people.inserted or people.deleted)):
            self._front.request()          # now, or when the tab comes to the front

    def refresh(self) -> None:
        """Show the open trajectory's details."""
        store = self.ctx.store
        if store is None:
            return
        t = trajectory.get(store)
        self.heading.setText(t.title)
        self.organisation.setText(t.organisation or "—")
        self.concept.setText(t.concept or "—")
        self.competences.setText(", ".join(t.competences) or "—")
        self.facilitators.setText("\n".join(
            " · ".join(x for x in (f.get("name", ""), f.get("email", ""), f.get("phone", "")) if x)
            for f in t.facilitators) or "—")
        lines = []
        for m in trajectory.meetings(store):
            bits = [meeting_label(m.kind), format_date(m.date) or self.tr("no date yet")]
            if m.venue:
                bits.append(m.venue)
            lines.append(" — ".join(bits))
        self.meetings.setText("\n".join(lines))
        self.people.setText(str(participants.count(store)))
