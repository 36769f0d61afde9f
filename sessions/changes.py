"""Typed change notices: what one committed transaction changed.

Every ``store.transaction(*topics)`` collects a :class:`Change`: the topics it touched
(a :class:`Topic`, a ``StrEnum``, so the bare strings used before still compare equal)
and, per topic, the ids the services inserted, updated and deleted. Nested transactions
merge into the outer record; a rollback drops what the rolled-back level recorded.
Subscribers get the record once, after the outer commit.

A topic with no ids recorded means "something under this topic changed, reload it":
services that do not fill in ids yet (or that change too much to list) stay correct.
A service that changes too much to list (an import) says so with :meth:`Change.reload`,
which wins over any ids a nested call recorded for the same topic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Topic(StrEnum):
    """What a change is about. Equal to the bare strings the app used before."""

    TRAJECTORY = "trajectory"
    MEETINGS = "meetings"
    AGENDA = "agenda"
    PARTICIPANTS = "participants"
    ATTENDANCE = "attendance"
    SWOT = "swot"
    BOARD = "board"
    QUESTIONS = "questions"
    VOTES = "votes"
    GROUPS = "groups"
    ACTIONS = "actions"
    HARVEST = "harvest"
    ACTIVITIES = "activities"
    PHONES = "phones"
    # learning from each other (sessions/intake, expertise, pairs, intervisie, experiments, budget)
    INTAKE = "intake"
    GOALS = "goals"
    EXPERTISE = "expertise"
    PAIRS = "pairs"
    INTERVISIE = "intervisie"
    EXPERIMENTS = "experiments"
    HOURS = "hours"


def as_topic(value: str) -> Topic | str:
    """``value`` as a Topic when it names one (unknown strings pass through unchanged)."""
    try:
        return Topic(value)
    except ValueError:
        return value


@dataclass
class Ids:
    """The ids one topic's rows were inserted, updated and deleted under."""

    inserted: set[int] = field(default_factory=set)
    updated: set[int] = field(default_factory=set)
    deleted: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.inserted or self.updated or self.deleted)

    def merge(self, other: Ids) -> None:
        """Fold a later change of the same topic into this one.

        An id inserted and then deleted within one record never existed for a subscriber;
        deleted and inserted again (an undo's restore) is an update of the same row.
        """
        for i in other.inserted:
            if i in self.deleted:
                self.deleted.discard(i)
                self.updated.add(i)
            else:
                self.inserted.add(i)
        for i in other.updated:
            if i not in self.inserted:
                self.updated.add(i)
        for i in other.deleted:
            if i in self.inserted:
                self.inserted.discard(i)
            else:
                self.updated.discard(i)
                self.deleted.add(i)

    @property
    def all(self) -> set[int]:
        """Every id touched."""
        return self.inserted | self.updated | self.deleted


@dataclass
class Change:
    """The record of one committed transaction: topics, and the ids per topic where known."""

    topics: list[Topic | str] = field(default_factory=list)
    ids: dict[str, Ids] = field(default_factory=dict)   # by topic, or by a kind of row
    reloads: set[str] = field(default_factory=set)      # topics (or kinds) to read again whole
    kinds: dict[str, str] = field(default_factory=dict)  # kind of row -> the topic it is under

    def reload(self, *topics: str) -> Change:
        """Everything under ``topics`` may have changed: subscribers read them again whole."""
        self.touch(*topics)
        self.reloads.update(str(t) for t in topics)
        return self

    def touch(self, *topics: str) -> Change:
        """Add topics (in first-seen order)."""
        for t in topics:
            t = as_topic(t)
            if t not in self.topics:
                self.topics.append(t)
        return self

    def inserted(self, topic: str, *ids: int, kind: str | None = None) -> Change:
        """Rows of ``topic`` were inserted."""
        return self._add(topic, Ids(inserted=set(ids)), kind)

    def updated(self, topic: str, *ids: int, kind: str | None = None) -> Change:
        """Rows of ``topic`` changed."""
        return self._add(topic, Ids(updated=set(ids)), kind)

    def deleted(self, topic: str, *ids: int, kind: str | None = None) -> Change:
        """Rows of ``topic`` were deleted."""
        return self._add(topic, Ids(deleted=set(ids)), kind)

    def _add(self, topic: str, ids: Ids, kind: str | None) -> Change:
        self.touch(topic)
        if kind:
            self.kinds[str(kind)] = str(topic)
        self.ids.setdefault(str(kind or topic), Ids()).merge(ids)
        return self

    def _lists(self, topic: str) -> bool:
        """True when ids were recorded for ``topic`` itself or for a kind of row under it."""
        return bool(self.ids.get(str(topic))) or any(
            self.ids.get(k) for k, t in self.kinds.items() if t == str(topic))

    def merge(self, other: Change) -> None:
        """Fold a nested transaction's record into this one.

        A topic the nested one touched without listing ids means "reload it" there; in
        the outer record it must keep meaning that, even when other calls list ids for
        the same topic (a check-out loop that also stops check-in: everyone's presence).
        """
        self.touch(*other.topics)
        self.reloads |= other.reloads
        self.kinds.update(other.kinds)
        self.reloads.update(str(t) for t in other.topics if not other._lists(t))
        for topic, ids in other.ids.items():
            self.ids.setdefault(topic, Ids()).merge(ids)

    def of(self, topic: str) -> Ids | None:
        """The ids recorded for ``topic`` (or for a ``kind`` of rows under a topic, e.g. a
        board's items); None when it changed without ids (reload it)."""
        if str(topic) in self.reloads:
            return None
        ids = self.ids.get(str(topic))
        return ids if ids else None

    def listed(self, topic: str, *kinds: str) -> bool:
        """True when the record says which rows of ``topic`` changed: ids under the topic
        or under one of its ``kinds`` (a group's members, its choices), and no reload."""
        if any(str(k) in self.reloads for k in (topic, *kinds)):
            return False
        return self._lists(topic)

    def changed(self, topic: str, kind: str | None = None) -> bool:
        """True when rows of ``kind`` under ``topic`` (or the topic's own rows) may have
        changed: they are named, or the topic changed without saying which rows. False when
        the record lists only other kinds of the topic (a model of this kind has nothing to do)."""
        if not self.touches(topic):
            return False
        return self.of(kind or topic) is not None or not self.listed(topic, *([kind] if kind else []))

    def touches(self, *topics: str) -> bool:
        """True when any of ``topics`` changed."""
        return any(t in self.topics for t in topics)

    def __bool__(self) -> bool:
        return bool(self.topics)


def name_cascade(change: Change, steps: list[tuple], tables: dict[str, tuple],
                 restoring: bool = False) -> None:
    """Name in ``change`` the rows a cascade snapshot (``Store.snapshot_cascade``) holds.

    ``tables`` maps a table to ``(topic, kind, column, whole)``: the ids are ``column`` of
    its rows; ``whole`` rows go (or come back, ``restoring``) themselves, other rows only
    changed what they belong to (a link, a rating: their owner is updated). Rows a delete
    only pointed away (``ON DELETE SET NULL``) are updated by rowid. Tables not named are
    left out: their services' topics are not touched.
    """
    whole_ids: dict[tuple, set[int]] = {}
    owners: dict[tuple, set[int]] = {}
    for step in steps:
        spec = tables.get(step[1])
        if spec is None:
            continue
        topic, kind, column, whole = spec
        if step[0] == "insert":
            ids = {r[column] for r in step[2]}
        else:                                  # ("set", table, column, [(rowid, value)])
            ids, whole = {rowid for rowid, _value in step[3]}, False
        (whole_ids if whole else owners).setdefault((topic, kind), set()).update(ids)
    for (topic, kind), ids in whole_ids.items():
        if ids:
            (change.inserted if restoring else change.deleted)(topic, *ids, kind=kind)
    for (topic, kind), ids in owners.items():
        ids -= whole_ids.get((topic, kind), set())     # gone or back whole: not "changed"
        if ids:
            change.updated(topic, *ids, kind=kind)
