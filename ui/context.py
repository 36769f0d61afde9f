"""The application context handed down to every window and page (no module-level state)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from sessions.changes import Change
from sessions.store import Store
from ui.commands import UndoStack
from ui.heap import HeapKeeper
from ui.i18n import choose_language
from ui.settings import Settings


class ModelKey(StrEnum):
    """The keys of the shared models (``ctx.model(key, factory)``): one name, one factory each."""

    PEOPLE = "participants.roster"      # ui.people.people_model: everyone, with check-in
    GROUPS = "groups.list"              # ui.steps.groups.group_list_model
    ACTIONS = "actions.all"             # ui.steps.actions.actions_model
    QUESTIONS = "capture:questions"
    VOTE = "capture:vote"
    SWOT_PEOPLE = "capture:people"
    BOARD = "capture:board"             # one per board: f"{ModelKey.BOARD}:{key}"
    HARVEST_REVIEW = "harvest.review"
    HARVEST_NAMES = "harvest.names"
    ACTIVITIES = "harvest.activities"
    LIVE_DAY = "day.live"
    AGENDA = "day.agenda"
    WALL = "slides.wall"
    PEER_NOTICES = "peer.notices"


class AppContext(QObject):
    """The open trajectory, the undo stack and the settings, plus change signals.

    ``changed(topic)`` re-emits the store's commit notices ("participants",
    "agenda", "questions", ...) once per topic, as before. ``change_record(change)``
    carries the whole typed record of one commit (topics plus the ids inserted, updated
    and deleted): new code listens to that and updates in place. Per commit the record
    comes first (models that update from it are current when a topic listener reads them),
    then the topic notices.
    """

    changed = Signal(str)
    change_record = Signal(object)   # a sessions.changes.Change
    store_about_to_open = Signal()   # before store_opened: build what must hear store_opened
    store_opened = Signal()
    store_closed = Signal()
    font_scale_changed = Signal(float)

    def __init__(self, settings: Settings, parent: QObject | None = None,
                 language: str | None = None):
        super().__init__(parent)
        self.settings = settings
        # the language the UI runs in (also the default for printed documents)
        self.language = language or choose_language(None, settings.language())
        self.store: Store | None = None
        self.undo_stack = UndoStack(self)
        self.changed.connect(self.undo_stack.record)
        self.phones = None            # the PhoneHub, when the main window has one
        self._models: dict[str, QObject] = {}
        # the full garbage collection runs in quiet spells, not in the middle of an edit
        self.heap = HeapKeeper(self)
        self.store_opened.connect(self.heap.opened)
        self.store_closed.connect(self.heap.closed)
        self.change_record.connect(self.heap.poke)

    def set_store(self, store: Store | None) -> None:
        """Make ``store`` the open trajectory, closing the previous one."""
        if self.store is not None:
            self.store.unsubscribe(self.changed.emit)
            self.store.unsubscribe_changes(self._emit_record)
            self.undo_stack.clear()
            for model in self._models.values():
                model.deleteLater()
            self._models.clear()
            old, self.store = self.store, None
            self.store_closed.emit()
            old.close()
        if store is not None:
            self.store_about_to_open.emit()
        self.store = store
        if store is not None:
            store.subscribe(self.changed.emit)
            store.subscribe_changes(self._emit_record)
            self.store_opened.emit()

    def _emit_record(self, change: Change) -> None:
        # the participants model first: other models read names from it while they update
        people = self._models.get(ModelKey.PEOPLE)
        if people is not None:
            people.apply(change)
        self.change_record.emit(change)

    def model(self, key: str, factory):
        """The one shared model for ``key`` on the open trajectory, built by ``factory()`` once."""
        if key not in self._models:
            self._models[key] = factory()
        return self._models[key]

    @property
    def read_only(self) -> bool:
        """True when the open trajectory cannot be edited (held by another instance)."""
        return self.store is None or self.store.read_only
