"""Step pages for learning from each other: Kenniskaart, Leerkoppels and Intervisie.

The console shows the matching part of the 'Leren van elkaar' tab (the same commands,
the same undo). The wall shows these steps through the slide engine (ui.slides.source:
the heat map as a table, the pairs and the intervisie groups as cards); the tab's own
"show on the wall" window keeps the painters of ui.peer.wall. :func:`current_round`
tells which round of the incidentmethode runs after so many seconds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sessions import intervisie
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
    return intervisie.round_at(elapsed_seconds)
