"""Step pages for learning from each other: Kenniskaart, Leerkoppels and Intervisie.

The console shows the matching part of the 'Leren van elkaar' tab (the same commands,
the same undo); the projector shows the painters of ui.peer.wall, which read the store
again on every change notice. The Intervisie slide follows the step's own clock: the
round of the incidentmethode that is running now, and the minutes left in it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sessions import agenda, expertise, intervisie, pairs
from ui.peer import wall
from ui.peer.page import PeerPage


def _console(part: int):
    class Console(PeerPage):
        def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
            super().__init__(ctx, parent, only=part)
            self.step_id = step_id
    return Console


KenniskaartConsole = _console(PeerPage.MAP)
PairsConsole = _console(PeerPage.PAIRS)
IntervisieConsole = _console(PeerPage.INTERVISIE)


def current_round(elapsed_seconds: float) -> tuple[int, float]:
    """(index of the round running after ``elapsed_seconds``, seconds left in it)."""
    t = 0.0
    for i, (_key, minutes) in enumerate(intervisie.ROUNDS):
        t += minutes * 60
        if elapsed_seconds < t:
            return i, t - elapsed_seconds
    return len(intervisie.ROUNDS) - 1, 0.0


class _Slide(QWidget):
    """A painter from ui.peer.wall that refreshes on the topics it shows."""

    TOPICS: tuple[str, ...] = ()

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.step_id = ctx, step_id
        self.slide = wall.SlideWidget()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.slide)
        ctx.changed.connect(self._changed)
        self.refresh()

    def _changed(self, topic: str) -> None:
        if topic in self.TOPICS:
            self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        if store is None or store.conn is None:
            self.slide.set_painter(None)
            return
        self.slide.set_painter(self.painter(store))

    def painter(self, store):
        raise NotImplementedError


class KenniskaartProjector(_Slide):
    """The heat map growing as the room fills it in (counts; names only when switched on)."""

    TOPICS = ("expertise", "participants")

    def painter(self, store):
        m = expertise.load(store)
        rows = expertise.heat_map(m)
        names = m.settings.show_names
        return lambda p, r: wall.paint_heatmap(p, r, rows, names=names)


class PairsProjector(_Slide):
    """The proposed and published pairs with their competence and reason."""

    TOPICS = ("pairs", "expertise", "participants")

    def painter(self, store):
        from exports.peer_words import why_text

        m = expertise.load(store)
        lines = []
        for p in pairs.pairs(store):
            if p.state == "ended":
                continue
            w = pairs.why(m, p)
            reason = why_text(w, self.ctx.language).split(": ", 1)[-1]
            lines.append(wall.PairLine(w.learner, w.expert, w.competence, reason, p.pinned))
        return lambda painter, rect: wall.paint_pairs(painter, rect, lines)


class IntervisieProjector(_Slide):
    """The rounds with the running one lit and its minutes left; each group's roles."""

    TOPICS = ("intervisie", "agenda", "participants")

    def __init__(self, ctx, actions, step_id: int, parent: QWidget | None = None):
        super().__init__(ctx, actions, step_id, parent)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(1000)

    def painter(self, store):
        from exports.peer_words import word

        step = agenda.find(store, self.step_id)
        index, left = current_round(agenda.elapsed_seconds(step) if step else 0.0)
        m = expertise.load(store)
        t = QCoreApplication.translate
        role_names = {"inbrenger": t("PeerPage", "Case giver"), "gespreksleider": t("PeerPage", "Chair"),
                      "tijdbewaker": t("PeerPage", "Timekeeper")}
        groups = [(g.name, [m.person(p).name for p in g.members],
                   {role_names[r]: m.person(pid).name for r, pid in g.roles(1).items()})
                  for g in intervisie.groups(store)]
        rounds = [(word(k, self.ctx.language), minutes) for k, minutes in intervisie.ROUNDS]
        started = bool(step and step.started_at)
        remaining = (QCoreApplication.translate("PeerWall", "Round {n}: {m}:{s:02d} left").format(
            n=index + 1, m=int(left) // 60, s=int(left) % 60) if started else "")
        return lambda painter, rect: wall.paint_intervisie(painter, rect, groups, rounds,
                                                           index if started else -1,
                                                           remaining=remaining)
